#include "server/modules/finance/documentfields.h"

#include "common/money.h"
#include "server/modules/finance/invoice.h"
#include "server/rpc/errors.h"

#include <QHash>
#include <QJsonObject>

#include <stdexcept>

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

void checkListFilters(const QJsonObject& filter, std::initializer_list<const char*> textKeys,
                      std::initializer_list<const char*> idKeys)
{
    for (const char* key : textKeys) {
        const QJsonValue v = filter.value(QLatin1String(key));
        if (!v.isUndefined() && !v.isNull() && !v.isString())
            throw Rpc::Error(
                Rpc::InvalidParams,
                QStringLiteral("Invalid params: filter.%1 must be text").arg(QLatin1String(key)))
                .withId(QStringLiteral("list.filter_text"),
                        {{QStringLiteral("filter"), QLatin1String(key)}});
    }
    for (const char* key : idKeys) {
        const QJsonValue v = filter.value(QLatin1String(key));
        if (!v.isUndefined() && !v.isNull() && !(v.isDouble() && v.toDouble() > 0))
            throw Rpc::Error(
                Rpc::InvalidParams,
                QStringLiteral("Invalid params: filter.%1 must be an id").arg(QLatin1String(key)))
                .withId(QStringLiteral("list.filter_id"),
                        {{QStringLiteral("filter"), QLatin1String(key)}});
    }
}

void readText(const QJsonObject& params, const char* key, int max, QString& out,
              Rpc::FieldErrors& errors)
{
    if (!params.contains(QLatin1String(key)))
        return;
    out = params.value(QLatin1String(key)).toString().trimmed();
    if (out.size() > max)
        errors.add(QLatin1String(key), QStringLiteral("too_long"),
                   QStringLiteral("must be at most %1 characters").arg(max),
                   QStringLiteral("validation.too_long"), {{QStringLiteral("max"), max}});
}

QList<std::pair<qint64, qint64>> readAllocations(const QJsonArray& allocations, qint64 unapplied,
                                                 const AllocationTexts& texts,
                                                 const std::function<Allocatable(qint64)>& lookup)
{
    constexpr int kMaxAllocations = 1000;
    if (allocations.size() > kMaxAllocations)
        throw Rpc::Error::validation(QStringLiteral("allocations"), QStringLiteral("too_many"),
                                     QStringLiteral("at most %1 lines").arg(kMaxAllocations),
                                     QStringLiteral("validation.too_many_lines"),
                                     {{QStringLiteral("max"), kMaxAllocations}});
    Rpc::FieldErrors errors;
    QList<std::pair<qint64, qint64>> out;
    QHash<qint64, qint64> pending;
    qint64 sum = 0;
    for (qsizetype n = 0; n < allocations.size(); ++n) {
        const QString prefix = QStringLiteral("allocations[%1].").arg(n);
        const QJsonObject in = allocations.at(n).toObject();
        const qint64 id = in.value(texts.key).toInteger();
        const qint64 amount = readAmount(in.value(QLatin1String("amount")),
                                         prefix + QStringLiteral("amount"), errors);
        const Allocatable doc = id > 0 ? lookup(id) : Allocatable{};
        if (!doc.open) {
            texts.notOpen(errors, prefix + texts.key);
            continue;
        }
        if (amount <= 0)
            continue;
        const qint64 open = doc.openAmount - pending.value(id);
        if (amount > open) {
            texts.exceeds(errors, prefix + QStringLiteral("amount"), open, doc.number);
            continue;
        }
        pending[id] += amount;
        sum += amount;
        out.append({id, amount});
    }
    errors.throwIfAny();
    if (sum > unapplied)
        throw Rpc::Error::validation(
            QStringLiteral("allocations"), QStringLiteral("exceeds_unapplied"),
            QStringLiteral("the allocations (%1) exceed what is unapplied of the payment (%2)")
                .arg(money(sum), money(unapplied)),
            QStringLiteral("finance.payment.exceeds_unapplied"),
            {{QStringLiteral("amount"), money(sum)},
             {QStringLiteral("unapplied"), money(unapplied)}});
    return out;
}

void computeTaxed(TaxedLine& l, qint64 discount, int index)
{
    TaxSplit split;
    try {
        split = splitLine(l.qty, l.unitPrice, discount, l.taxRate, l.priceIncludesTax);
    } catch (const std::overflow_error&) {
        throw Rpc::Error::validation(QStringLiteral("lines[%1].qty").arg(index),
                                     QStringLiteral("range"),
                                     QStringLiteral("quantity times price is too large"),
                                     QStringLiteral("validation.amount_too_large"));
    }
    l.net = split.net;
    l.tax = split.tax;
    l.gross = split.gross;
}

QString money(qint64 minor)
{
    return Money(minor).toString();
}

} // namespace Erp::Server::Finance
