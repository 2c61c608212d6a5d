#include "server/modules/finance/documentfields.h"

#include "common/money.h"
#include "server/modules/finance/invoice.h"
#include "server/rpc/errors.h"

#include <QJsonObject>

namespace Erp::Server::Finance {

/// A non-negative decimal string with at most `scale` decimals; nullopt after adding the
/// field's error.
std::optional<qint64> readDecimal(const QJsonValue& value, int scale, const QString& field,
                                  Rpc::FieldErrors& errors, bool required)
{
    if (value.isUndefined() || value.isNull()) {
        if (required)
            errors.add(field, QStringLiteral("required"), QStringLiteral("is required"),
                       QStringLiteral("validation.required"));
        return std::nullopt;
    }
    const QString text = value.isString() ? value.toString().trimmed()
                         : value.isDouble() && value.toDouble() == double(value.toInteger())
                             ? QString::number(value.toInteger())
                             : QString();
    const auto exact = Decimal::parse(text, scale);
    if (!exact) {
        if (!text.isEmpty() && Decimal::parse(text, scale, Rounding::HalfUp))
            errors.add(field, QStringLiteral("scale"),
                       QStringLiteral("has more than %1 decimals").arg(scale),
                       QStringLiteral("validation.too_many_decimals"),
                       QJsonObject{{QStringLiteral("max"), scale}});
        else
            errors.add(field, QStringLiteral("invalid"),
                       QStringLiteral("must be a decimal string such as \"12.50\""),
                       QStringLiteral("validation.decimal"),
                       QJsonObject{{QStringLiteral("example"), QStringLiteral("12.50")}});
        return std::nullopt;
    }
    if (exact->isNegative()) {
        errors.add(field, QStringLiteral("negative"), QStringLiteral("must not be negative"),
                   QStringLiteral("validation.negative"));
        return std::nullopt;
    }
    // A trillion is far beyond any invoice line; the bound keeps products inside 128 bits and
    // sums inside 64.
    if (exact->units() > 100'000'000'000'000) {
        errors.add(field, QStringLiteral("range"), QStringLiteral("is too large"),
                   QStringLiteral("finance.entry.amount_too_large"));
        return std::nullopt;
    }
    return exact->units();
}

QDate readDate(const QJsonValue& v, const QString& field, Rpc::FieldErrors& errors)
{
    const QDate d = QDate::fromString(v.toString(), Qt::ISODate);
    if (!d.isValid())
        errors.add(field, QStringLiteral("invalid"),
                   QStringLiteral("must be a date such as 2026-11-27"),
                   QStringLiteral("validation.date"));
    return d;
}

qint64 readAmount(const QJsonValue& value, const QString& field, Rpc::FieldErrors& errors)
{
    if (value.isUndefined() || value.isNull()) {
        errors.add(field, QStringLiteral("required"), QStringLiteral("is required"),
                   QStringLiteral("validation.required"));
        return 0;
    }
    const auto m = Money::parse(value.isString() ? value.toString().trimmed() : QString());
    if (!m) {
        errors.add(field, QStringLiteral("invalid"),
                   QStringLiteral("must be an amount such as 50000.00"),
                   QStringLiteral("validation.amount"));
        return 0;
    }
    if (m->minorUnits() <= 0) {
        errors.add(field, QStringLiteral("positive"), QStringLiteral("must be more than zero"),
                   QStringLiteral("validation.positive"));
        return 0;
    }
    if (m->minorUnits() > 100'000'000'000'000) {
        errors.add(field, QStringLiteral("range"), QStringLiteral("is too large"),
                   QStringLiteral("finance.entry.amount_too_large"));
        return 0;
    }
    return m->minorUnits();
}

void checkTaxRate(qint64 rate, const QString& field, Rpc::FieldErrors& errors)
{
    if (invoiceTaxRates().contains(rate))
        return;
    const QString rates = QStringLiteral("13, 9, 6, 0, 3, 1");
    errors.add(
        field, QStringLiteral("invalid"), QStringLiteral("must be one of %1 %").arg(rates),
        QStringLiteral("finance.invoice.tax_rate"),
        {{QStringLiteral("rate"), Decimal(rate, 2).toString()}, {QStringLiteral("values"), rates}});
}

QString money(qint64 minor)
{
    return Money(minor).toString();
}

} // namespace Erp::Server::Finance
