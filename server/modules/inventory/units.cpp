#include "server/modules/inventory/units.h"

#include "common/jsonrpc.h"
#include "common/money.h"

namespace Erp::Server::Inventory {

namespace {

/// Writes the decimal text of `units` at `scale` backwards from `end`; returns its start.
/// Decimal::toString without allocations: lists of many thousands of quantities print a lot.
char* writeFixed(char* end, qint64 units, int scale)
{
    char* p = end;
    const bool negative = units < 0;
    quint64 magnitude = negative ? quint64(0) - quint64(units) : quint64(units);
    for (int digit = 0; digit <= scale || magnitude > 0; ++digit) {
        if (digit == scale)
            *--p = '.';
        *--p = char('0' + magnitude % 10);
        magnitude /= 10;
    }
    if (negative)
        *--p = '-';
    return p;
}

QString fixedText(qint64 units, int scale)
{
    char buffer[32];
    char* end = buffer + sizeof buffer;
    const char* start = writeFixed(end, units, scale);
    return QString::fromLatin1(start, end - start);
}

} // namespace

QString qtyText(qint64 thousandths)
{
    return fixedText(thousandths, 3);
}

void appendQtyText(QByteArray& out, qint64 thousandths)
{
    char buffer[32];
    char* end = buffer + sizeof buffer;
    const char* start = writeFixed(end, thousandths, 3);
    out.append(start, end - start);
}

QString moneyText(qint64 minorUnits)
{
    return fixedText(minorUnits, 2);
}

QString rateText(qint64 basisPoints)
{
    return fixedText(basisPoints, 2);
}

namespace {

bool readDecimal(const QJsonValue& value, const QString& field, int scale, qint64& out,
                 Rpc::FieldErrors& errors, Sign sign)
{
    if (!value.isString()) {
        errors.add(field, QStringLiteral("invalid"),
                   QStringLiteral("must be a decimal string such as \"12.50\""),
                   QStringLiteral("validation.decimal"),
                   QJsonObject{{QStringLiteral("example"), QStringLiteral("12.50")}});
        return false;
    }
    const QString text = value.toString().trimmed();
    const auto exact = Decimal::parse(text, scale);
    if (!exact) {
        if (Decimal::parse(text, scale, Rounding::HalfUp))
            errors.add(field, QStringLiteral("scale"),
                       QStringLiteral("must have at most %1 decimals").arg(scale),
                       QStringLiteral("validation.too_many_decimals"),
                       QJsonObject{{QStringLiteral("max"), scale}});
        else
            errors.add(field, QStringLiteral("invalid"),
                       QStringLiteral("must be a decimal string such as \"12.50\""),
                       QStringLiteral("validation.decimal"),
                       QJsonObject{{QStringLiteral("example"), QStringLiteral("12.50")}});
        return false;
    }
    if (sign != Sign::Any && exact->isNegative()) {
        errors.add(field, QStringLiteral("negative"), QStringLiteral("must not be negative"),
                   QStringLiteral("validation.negative"));
        return false;
    }
    if (sign == Sign::Positive && exact->isZero()) {
        errors.add(field, QStringLiteral("zero"), QStringLiteral("must be more than zero"),
                   QStringLiteral("validation.positive"));
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
        errors.add(field, QStringLiteral("range"), QStringLiteral("must be at most 100.00"),
                   QStringLiteral("validation.max_100"));
        return false;
    }
    return true;
}

} // namespace Erp::Server::Inventory
