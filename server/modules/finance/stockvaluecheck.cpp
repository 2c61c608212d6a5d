#include "server/modules/finance/stockvaluecheck.h"

#include "common/money.h"
#include "server/modules/finance/accountrepository.h"
#include "server/modules/finance/invoicerepository.h"
#include "server/modules/inventory/stockservice.h"
#include "server/modules/inventory/units.h"
#include "server/rpc/callcontext.h"

#include <QJsonArray>
#include <QMap>

namespace Erp::Server::Finance {

namespace {

QString money(qint64 v)
{
    return Money(v).toString();
}

} // namespace

void checkStockValue(Rpc::CallContext& ctx, const QList<Inventory::ProductValuation>& products,
                     QJsonObject& result)
{
    AccountRepository accounts(ctx.db);
    InvoiceRepository ledger(ctx.db);
    QJsonArray problems = result.value(QStringLiteral("problems")).toArray();
    QHash<QString, qint64> accountOf; // category -> inventory account
    QMap<qint64, qint64> stockOn;     // account -> sum of the running values booked on it
    for (const Inventory::ProductValuation& p : products) {
        if (p.value != p.ledgerValue || p.qty != p.ledgerQty)
            problems.append(
                QJsonObject{{QStringLiteral("kind"), QStringLiteral("stock_value_mismatch")},
                            {QStringLiteral("product_id"), p.productId},
                            {QStringLiteral("recorded_qty"), Inventory::qtyText(p.qty)},
                            {QStringLiteral("computed_qty"), Inventory::qtyText(p.ledgerQty)},
                            {QStringLiteral("recorded_value"), money(p.value)},
                            {QStringLiteral("computed_value"), money(p.ledgerValue)}});
        auto it = accountOf.find(p.category);
        if (it == accountOf.end())
            it = accountOf.insert(p.category,
                                  accounts.roleAccount(QStringLiteral("inventory"), p.category));
        if (it.value() != 0)
            stockOn[it.value()] += p.value;
    }
    // Every account the inventory role names (per category or by default) is compared, also
    // one that holds no stock any more.
    for (const qint64 account : accountOf)
        if (account != 0 && !stockOn.contains(account))
            stockOn.insert(account, 0);
    if (const qint64 fallback = accounts.roleAccount(QStringLiteral("inventory"), QString());
        fallback != 0 && !stockOn.contains(fallback))
        stockOn.insert(fallback, 0);
    QJsonArray inventory;
    for (auto it = stockOn.cbegin(); it != stockOn.cend(); ++it) {
        const qint64 balance = ledger.accountBalance(it.key()).first;
        const auto a = accounts.byId(it.key());
        const QString code = a ? a->code : QString();
        inventory.append(QJsonObject{{QStringLiteral("account_code"), code},
                                     {QStringLiteral("stock"), money(it.value())},
                                     {QStringLiteral("ledger"), money(balance)}});
        if (balance != it.value())
            problems.append(
                QJsonObject{{QStringLiteral("kind"), QStringLiteral("inventory_mismatch")},
                            {QStringLiteral("account_code"), code},
                            {QStringLiteral("ledger"), money(balance)},
                            {QStringLiteral("stock"), money(it.value())}});
    }
    result.insert(QStringLiteral("inventory"), inventory);
    result.insert(QStringLiteral("problems"), problems);
    result.insert(QStringLiteral("ok"), problems.isEmpty());
}

} // namespace Erp::Server::Finance
