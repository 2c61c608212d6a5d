#include "server/modules/inventory/units.h"

#include "common/jsonrpc.h"
#include "common/money.h"

namespace Erp::Server::Inventory {

QString qtyText(qint64 thousandths)
{
    return Decimal(thousandths, 3).toString();
}

QString moneyText(qint64 minorUnits)
{
    return Decimal(minorUnits, 2).toString();
}

QString rateText(qint64 basisPoints)
{
    return Decimal(basisPoints, 2).toString();
}

namespace {

bool readDecimal(const QJsonValue& value, const QString& field, int scale, qint64& out,
                 Rpc::FieldErrors& errors, Sign sign)
{
    if (!value.isString()) {
        errors.add(field, QStringLiteral("invalid"),
                   QStringLiteral("must be a decimal string such as \"12.50\""));
        return false;
    }
    const QString text = value.toString().trimmed();
    const auto exact = Decimal::parse(text, scale);
    if (!exact) {
        if (Decimal::parse(text, scale, Rounding::HalfUp))
            errors.add(field, QStringLiteral("scale"),
                       QStringLiteral("must have at most %1 decimals").arg(scale));
        else
            errors.add(field, QStringLiteral("invalid"),
                       QStringLiteral("must be a decimal string such as \"12.50\""));
        return false;
    }
    if (sign != Sign::Any && exact->isNegative()) {
        errors.add(field, QStringLiteral("negative"), QStringLiteral("must not be negative"));
        return false;
    }
    if (sign == Sign::Positive && exact->isZero()) {
        errors.add(field, QStringLiteral("zero"), QStringLiteral("must be more than zero"));
        return false;
    }
    out = exact->units();
    return true;
}

} // namespace

bool readQty(const QJsonValue& value, const QString& field, qint64& out, Rpc::FieldErrors& errors,
             Sign sign)
{
    return readDecimal(value, field, 3, out, errors, sign);
}

bool readMoney(const QJsonValue& value, const QString& field, qint64& out, Rpc::FieldErrors& errors)
{
    return readDecimal(value, field, 2, out, errors, Sign::NonNegative);
}

bool readRate(const QJsonValue& value, const QString& field, qint64& out, Rpc::FieldErrors& errors)
{
    if (!readDecimal(value, field, 2, out, errors, Sign::NonNegative))
        return false;
    if (out > 10000) {
        errors.add(field, QStringLiteral("range"), QStringLiteral("must be at most 100.00"));
        return false;
    }
    return true;
}

} // namespace Erp::Server::Inventory
