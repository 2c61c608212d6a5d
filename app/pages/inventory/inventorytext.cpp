#include "app/pages/inventory/inventorytext.h"

#include "app/models/format.h"
#include "common/money.h"

#include <QLocale>

namespace Erp::Client::Inventory {

QString InventoryText::qty(const QString& value)
{
    QString text = value.trimmed();
    if (text.contains(QLatin1Char('.'))) {
        while (text.endsWith(QLatin1Char('0')))
            text.chop(1);
        if (text.endsWith(QLatin1Char('.')))
            text.chop(1);
    }
    if (text == QLatin1String("-0"))
        text = QStringLiteral("0");
    return Format::decimal(text);
}

QString InventoryText::percent(const QString& value)
{
    if (value.isEmpty())
        return value;
    //: A percentage, e.g. "13%"
    return tr("%1%").arg(qty(value));
}

QString InventoryText::money(const QString& value)
{
    return Format::decimal(value);
}

QString InventoryText::parseQty(const QString& text, bool allowNegative)
{
    const QLocale locale;
    QString t = text.trimmed();
    if (t.isEmpty())
        return QStringLiteral("");
    t.remove(locale.groupSeparator());
    t.remove(QLatin1Char(' '));
    if (locale.groupSeparator() != QLatin1String(","))
        t.remove(QLatin1Char(','));
    t.replace(locale.decimalPoint(), QLatin1String("."));
    if (t.endsWith(QLatin1Char('.')))
        t.chop(1);
    const auto d = Decimal::parse(t, 3);
    if (!d || (d->isNegative() && !allowNegative))
        return QString();
    return d->toString();
}

qint64 InventoryText::thousandths(const QString& qty)
{
    const auto d = Decimal::parse(qty, 3);
    return d ? d->units() : 0;
}

qint64 InventoryText::minorUnits(const QString& amount)
{
    const auto d = Decimal::parse(amount, 2);
    return d ? d->units() : 0;
}

qint64 InventoryText::basisPoints(const QString& rate)
{
    return minorUnits(rate);
}

QString InventoryText::amount(qint64 minorUnits)
{
    return Decimal(minorUnits, 2).toString();
}

QString InventoryText::qtyText(qint64 thousandths)
{
    return Decimal(thousandths, 3).toString();
}

QString InventoryText::moveKind(const QString& kind)
{
    if (kind == QLatin1String("receipt"))
        return tr("Receipt");
    if (kind == QLatin1String("shipment"))
        return tr("Shipment");
    if (kind == QLatin1String("transfer"))
        return tr("Transfer");
    if (kind == QLatin1String("adjustment"))
        return tr("Adjustment");
    if (kind == QLatin1String("return"))
        return tr("Return");
    if (kind == QLatin1String("scrap"))
        return tr("Scrap");
    return kind;
}

QString InventoryText::sourceType(const QString& type)
{
    if (type == QLatin1String("sales_order"))
        return tr("Sales order");
    if (type == QLatin1String("purchase_order"))
        return tr("Purchase order");
    if (type == QLatin1String("stock_count"))
        return tr("Stock count");
    if (type == QLatin1String("manual"))
        return tr("Manual");
    if (type == QLatin1String("return"))
        return tr("Return");
    if (type == QLatin1String("opening"))
        return tr("Opening balance");
    return type;
}

QString InventoryText::countState(const QString& state)
{
    if (state == QLatin1String("open"))
        return tr("Open");
    if (state == QLatin1String("posted"))
        return tr("Posted");
    if (state == QLatin1String("cancelled"))
        return tr("Cancelled");
    return state;
}

Column::Tone InventoryText::countTone(const QString& state)
{
    if (state == QLatin1String("open"))
        return Column::Tone::Waiting;
    if (state == QLatin1String("posted"))
        return Column::Tone::Done;
    return Column::Tone::Neutral;
}

QString InventoryText::orderState(const QString& state)
{
    if (state == QLatin1String("draft"))
        return tr("Draft");
    if (state == QLatin1String("sent"))
        return tr("Sent");
    if (state == QLatin1String("confirmed"))
        return tr("Confirmed");
    if (state == QLatin1String("partially_received"))
        return tr("Partially received");
    if (state == QLatin1String("received"))
        return tr("Received");
    if (state == QLatin1String("cancelled"))
        return tr("Cancelled");
    return state;
}

Column::Tone InventoryText::orderTone(const QString& state)
{
    if (state == QLatin1String("draft") || state == QLatin1String("cancelled"))
        return Column::Tone::Neutral;
    if (state == QLatin1String("received"))
        return Column::Tone::Done;
    if (state == QLatin1String("partially_received"))
        return Column::Tone::Info;
    return Column::Tone::Waiting;
}

QString InventoryText::orderAction(const QString& action)
{
    if (action == QLatin1String("send"))
        return tr("Send");
    if (action == QLatin1String("confirm"))
        return tr("Confirm");
    if (action == QLatin1String("cancel"))
        return tr("Cancel Order");
    if (action == QLatin1String("receive"))
        return tr("Receive…");
    return action;
}

QString InventoryText::str(const QJsonObject& o, const char* key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isDouble() ? QString::number(v.toInteger()) : v.toString();
}

qint64 InventoryText::id(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toInteger();
}

} // namespace Erp::Client::Inventory
