#include "app/pages/orders/ordertext.h"

#include "app/models/format.h"
#include "app/net/servermessages.h"
#include "app/pages/customers/customertext.h"
#include "common/money.h"

#include <QLocale>

namespace Erp::Client::Orders {

QStringList OrderText::states()
{
    return {QStringLiteral("draft"),     QStringLiteral("submitted"), QStringLiteral("approved"),
            QStringLiteral("allocated"), QStringLiteral("picking"),   QStringLiteral("shipped"),
            QStringLiteral("delivered"), QStringLiteral("completed"), QStringLiteral("cancelled"),
            QStringLiteral("rejected")};
}

QString OrderText::state(const QString& state)
{
    if (state == QLatin1String("draft"))
        return tr("Draft");
    if (state == QLatin1String("submitted"))
        return tr("Waiting Approval");
    if (state == QLatin1String("approved"))
        return tr("Approved");
    if (state == QLatin1String("allocated"))
        return tr("Allocated");
    if (state == QLatin1String("picking"))
        return tr("Picking");
    if (state == QLatin1String("shipped"))
        return tr("Shipped");
    if (state == QLatin1String("delivered"))
        return tr("Delivered");
    if (state == QLatin1String("completed"))
        return tr("Completed");
    if (state == QLatin1String("cancelled"))
        return tr("Cancelled");
    if (state == QLatin1String("rejected"))
        return tr("Rejected");
    return state;
}

Column::Tone OrderText::stateTone(const QString& state)
{
    if (state == QLatin1String("draft"))
        return Column::Tone::Neutral;
    if (state == QLatin1String("submitted"))
        return Column::Tone::Waiting;
    if (state == QLatin1String("rejected") || state == QLatin1String("cancelled"))
        return Column::Tone::Problem;
    if (state == QLatin1String("shipped") || state == QLatin1String("delivered") ||
        state == QLatin1String("completed"))
        return Column::Tone::Done;
    return Column::Tone::Info; // approved, allocated, picking: under way
}

QString OrderText::action(const QString& action)
{
    if (action == QLatin1String("submit"))
        return tr("Submit");
    if (action == QLatin1String("approve"))
        return tr("Approve");
    if (action == QLatin1String("reject"))
        return tr("Reject…");
    if (action == QLatin1String("allocate"))
        return tr("Allocate");
    if (action == QLatin1String("pick"))
        return tr("Pick");
    if (action == QLatin1String("ship"))
        return tr("Ship…");
    if (action == QLatin1String("deliver"))
        return tr("Deliver");
    if (action == QLatin1String("complete"))
        return tr("Complete");
    if (action == QLatin1String("cancel"))
        return tr("Cancel Order…");
    if (action == QLatin1String("return"))
        return tr("Return…");
    return action;
}

QString OrderText::actionDone(const QString& action)
{
    if (action == QLatin1String("create"))
        return tr("Created");
    if (action == QLatin1String("update"))
        return tr("Changed");
    if (action == QLatin1String("submit"))
        return tr("Submitted");
    if (action == QLatin1String("approve"))
        return tr("Approved");
    if (action == QLatin1String("auto_approve") || action == QLatin1String("approve_auto"))
        return tr("Approved automatically");
    if (action == QLatin1String("reject"))
        return tr("Rejected");
    if (action == QLatin1String("allocate"))
        return tr("Allocated");
    if (action == QLatin1String("allocate_backorder"))
        return tr("Backorder allocated");
    if (action == QLatin1String("pick"))
        return tr("Picking started");
    if (action == QLatin1String("ship"))
        return tr("Shipped");
    if (action == QLatin1String("deliver"))
        return tr("Delivered");
    if (action == QLatin1String("complete"))
        return tr("Completed");
    if (action == QLatin1String("cancel"))
        return tr("Cancelled");
    if (action == QLatin1String("return"))
        return tr("Returned");
    if (action == QLatin1String("import"))
        return tr("Imported");
    return action;
}

QStringList OrderText::channels()
{
    return {QStringLiteral("phone"), QStringLiteral("email"), QStringLiteral("web"),
            QStringLiteral("walk_in"), QStringLiteral("import")};
}

QString OrderText::channel(const QString& channel)
{
    if (channel == QLatin1String("phone"))
        return tr("Phone");
    if (channel == QLatin1String("email"))
        return tr("E-mail");
    if (channel == QLatin1String("web"))
        return tr("Web shop");
    if (channel == QLatin1String("walk_in"))
        return tr("Walk-in");
    if (channel == QLatin1String("import"))
        return tr("Import");
    return channel;
}

QString OrderText::reviewReason(const QString& code, const QString& serverMessage,
                                const QJsonValue& ref)
{
    const QString message = ServerMessages::text(ref, serverMessage);
    QString what;
    if (code == QLatin1String("credit_limit"))
        what = tr("Credit limit exceeded");
    else if (code == QLatin1String("insufficient_stock"))
        what = tr("Not enough stock");
    else if (code == QLatin1String("below_cost"))
        what = tr("Price below cost");
    else if (code == QLatin1String("discount"))
        what = tr("Discount above the allowed maximum");
    if (what.isEmpty())
        return message.isEmpty() ? code : message;
    if (message.isEmpty() || message == code)
        return what;
    //: A review reason: the reason and the server's details
    return tr("%1: %2").arg(what, message);
}

QString OrderText::disposition(const QString& disposition)
{
    if (disposition == QLatin1String("restock"))
        return tr("Back to stock");
    if (disposition == QLatin1String("scrap"))
        return tr("Scrap");
    return disposition;
}

QString OrderText::money(const QString& amount, const QString& currency)
{
    return Customers::CustomerText::money(amount, currency);
}

QString OrderText::minorToWire(qint64 minor)
{
    return Decimal(minor, 2).toString();
}

QString OrderText::qtyToWire(qint64 thousandths)
{
    return Decimal(thousandths, 3).toString();
}

QString OrderText::decimal(const QString& wire, bool trimZeros)
{
    QString text = wire;
    if (trimZeros && text.contains(QLatin1Char('.'))) {
        while (text.endsWith(QLatin1Char('0')))
            text.chop(1);
        if (text.endsWith(QLatin1Char('.')))
            text.chop(1);
    }
    return Format::decimal(text);
}

std::optional<qint64> OrderText::parse(const QString& text, int scale)
{
    const QLocale locale;
    QString t = text.trimmed();
    t.remove(locale.groupSeparator());
    if (locale.decimalPoint() != QLatin1String(","))
        t.remove(QLatin1Char(','));
    t.remove(QLatin1Char('%'));
    t.replace(locale.decimalPoint(), QLatin1String("."));
    t = t.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    const std::optional<Decimal> d = Decimal::parse(t, scale);
    if (!d)
        return std::nullopt;
    return d->rescaled(scale).units();
}

} // namespace Erp::Client::Orders
