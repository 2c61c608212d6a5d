#include "server/modules/finance/stockpostings.h"

#include "server/modules/inventory/inventoryevents.h"

namespace Erp::Server::Finance {

namespace {

/// The account role a move's value is booked against (the inventory account is the other
/// side), or empty for a move that stays within inventory.
QString counterRole(const Inventory::PostedMove& m)
{
    const QString& kind = m.kind;
    if (kind == QLatin1String("transfer"))
        return {};
    if (kind == QLatin1String("receipt")) {
        if (m.source.type == QLatin1String("purchase_order"))
            return QStringLiteral("grni");
        if (m.source.type == QLatin1String("opening"))
            return QStringLiteral("opening");
        return QStringLiteral("inventory_gain");
    }
    if (kind == QLatin1String("shipment") || kind == QLatin1String("return"))
        return QStringLiteral("cogs");
    if (kind == QLatin1String("scrap"))
        return QStringLiteral("inventory_loss");
    // Adjustments (counts, corrections): gains and losses.
    return m.qty > 0 ? QStringLiteral("inventory_gain") : QStringLiteral("inventory_loss");
}

QString sourceText(const Inventory::StockSource& s)
{
    return s.ref.isEmpty() ? s.type : s.ref;
}

} // namespace

Posting stockPosting(const Inventory::Events::StockMoved& event)
{
    Posting p;
    p.journal = QStringLiteral("stock");
    p.date = event.date;
    if (!event.moves.isEmpty()) {
        const Inventory::StockSource& source = event.moves.constFirst().source;
        p.sourceType = source.type;
        p.sourceId = source.id;
        p.sourceRef = source.ref;
        p.description = sourceText(source);
    }
    struct Key
    {
        QString role;
        QString category;
        bool debit;
        bool operator==(const Key& o) const
        {
            return role == o.role && category == o.category && debit == o.debit;
        }
    };
    QList<Key> keys;
    QList<qint64> amounts;
    auto add = [&](const QString& role, const QString& category, bool debit, qint64 amount) {
        const Key key{role, category, debit};
        const qsizetype at = keys.indexOf(key);
        if (at < 0) {
            keys.append(key);
            amounts.append(amount);
        } else {
            amounts[at] += amount;
        }
    };
    for (const Inventory::PostedMove& m : event.moves) {
        const QString counter = counterRole(m);
        if (counter.isEmpty())
            continue;
        // The move's value at the moving average, in the base currency (inventory values it).
        const qint64 value = m.value;
        if (value == 0)
            continue;
        // Stock in: Dr inventory / Cr counter; stock out: Dr counter / Cr inventory.
        const bool in = value > 0;
        const qint64 amount = in ? value : -value;
        add(QStringLiteral("inventory"), m.category, in, amount);
        add(counter, m.category, !in, amount);
    }
    for (qsizetype i = 0; i < keys.size(); ++i) {
        PostingLine l;
        l.role = keys.at(i).role;
        l.category = keys.at(i).category;
        (keys.at(i).debit ? l.debit : l.credit) = amounts.at(i);
        l.description = p.description;
        p.lines.append(l);
    }
    return p;
}

} // namespace Erp::Server::Finance
