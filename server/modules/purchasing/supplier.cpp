#include "server/modules/purchasing/supplier.h"

#include "common/jsonrpc.h"
#include "server/modules/crm/customer.h" // the shared phone and e-mail formats

#include <QRegularExpression>

namespace Erp::Server::Purchasing {

namespace {

const QString kInvalid = QStringLiteral("invalid");

/// A text field: a string of at most `max` characters (trimmed).
void text(const QJsonObject& json, const char* key, QString& out, int max, Rpc::FieldErrors& errors)
{
    const auto it = json.constFind(QLatin1String(key));
    if (it == json.constEnd())
        return;
    if (it->isNull()) {
        out.clear();
        return;
    }
    const QString field = QLatin1String(key);
    if (!it->isString()) {
        errors.add(field, kInvalid, QStringLiteral("must be text"),
                   QStringLiteral("validation.text"));
        return;
    }
    const QString value = it->toString().trimmed();
    if (value.size() > max) {
        errors.add(field, QStringLiteral("too_long"),
                   QStringLiteral("must be at most %1 characters").arg(max),
                   QStringLiteral("validation.too_long"),
                   QJsonObject{{QStringLiteral("max"), max}});
        return;
    }
    out = value;
}

void days(const QJsonObject& json, const char* key, int& out, Rpc::FieldErrors& errors)
{
    const QJsonValue v = json.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull())
        return;
    const double d = v.toDouble();
    if (!v.isDouble() || d != double(qint64(d)) || d < -1e6 || d > 1e6) {
        errors.add(QLatin1String(key), kInvalid, QStringLiteral("must be a whole number of days"),
                   QStringLiteral("validation.days"));
        return;
    }
    out = int(d);
}

} // namespace

QJsonObject toJson(const Supplier& s)
{
    return QJsonObject{
        {QStringLiteral("id"), s.id},
        {QStringLiteral("code"), s.code},
        {QStringLiteral("name"), s.name},
        {QStringLiteral("tax_id"), s.taxId},
        {QStringLiteral("contact_name"), s.contactName},
        {QStringLiteral("phone"), s.phone},
        {QStringLiteral("email"), s.email},
        {QStringLiteral("address"), s.address},
        {QStringLiteral("currency"), s.currency},
        {QStringLiteral("payment_terms_days"), s.paymentTermsDays},
        {QStringLiteral("lead_time_days"), s.leadTimeDays},
        {QStringLiteral("notes"), s.notes},
        {QStringLiteral("active"), s.active},
        {QStringLiteral("created_at"), s.createdAt},
        {QStringLiteral("updated_at"), s.updatedAt},
        {QStringLiteral("version"), s.version},
    };
}

void applyJson(Supplier& s, const QJsonObject& json, Rpc::FieldErrors& errors)
{
    text(json, "code", s.code, 20, errors);
    s.code = s.code.toUpper();
    text(json, "name", s.name, 200, errors);
    text(json, "tax_id", s.taxId, 30, errors);
    s.taxId = s.taxId.toUpper();
    text(json, "contact_name", s.contactName, 100, errors);
    text(json, "phone", s.phone, 40, errors);
    text(json, "email", s.email, 200, errors);
    s.email = s.email.toLower();
    text(json, "address", s.address, 500, errors);
    text(json, "currency", s.currency, 3, errors);
    s.currency = s.currency.toUpper();
    text(json, "notes", s.notes, 4000, errors);
    days(json, "payment_terms_days", s.paymentTermsDays, errors);
    days(json, "lead_time_days", s.leadTimeDays, errors);
    const QJsonValue active = json.value(QLatin1String("active"));
    if (active.isBool())
        s.active = active.toBool();
    else if (!active.isUndefined() && !active.isNull())
        errors.add(QStringLiteral("active"), kInvalid, QStringLiteral("must be true or false"),
                   QStringLiteral("validation.boolean"));
}

void validate(const Supplier& s, Rpc::FieldErrors& errors)
{
    static const QRegularExpression codePattern(QStringLiteral("^[A-Z0-9][A-Z0-9_-]{0,19}$"));
    static const QRegularExpression currencyPattern(QStringLiteral("^[A-Z]{3}$"));
    static const QRegularExpression taxPattern(QStringLiteral("^[0-9A-Z-]{5,30}$"));
    if (s.name.isEmpty())
        errors.add(QStringLiteral("name"), QStringLiteral("required"),
                   QStringLiteral("is required"), QStringLiteral("validation.required"));
    if (!s.code.isEmpty() && !codePattern.match(s.code).hasMatch())
        errors.add(QStringLiteral("code"), kInvalid,
                   QStringLiteral("must be letters, digits, '-' or '_'"),
                   QStringLiteral("validation.code_chars"));
    if (!s.taxId.isEmpty() && !taxPattern.match(s.taxId).hasMatch())
        errors.add(QStringLiteral("tax_id"), kInvalid,
                   QStringLiteral("must be 5-30 letters or digits"),
                   QStringLiteral("validation.tax_id"));
    if (!s.phone.isEmpty() && !Crm::isValidPhone(s.phone))
        errors.add(QStringLiteral("phone"), kInvalid,
                   QStringLiteral("is not a phone number (mobile 13800138000, landline "
                                  "010-12345678 or +44 20 7946 0958)"),
                   QStringLiteral("validation.phone"));
    if (!s.email.isEmpty() && !Crm::isValidEmail(s.email))
        errors.add(QStringLiteral("email"), kInvalid,
                   QStringLiteral("is not a valid e-mail address"),
                   QStringLiteral("validation.email"));
    if (!currencyPattern.match(s.currency).hasMatch())
        errors.add(QStringLiteral("currency"), kInvalid,
                   QStringLiteral("must be a three-letter currency code"),
                   QStringLiteral("validation.currency"));
    if (s.paymentTermsDays < 0 || s.paymentTermsDays > 365)
        errors.add(QStringLiteral("payment_terms_days"), kInvalid,
                   QStringLiteral("must be between 0 and 365 days"),
                   QStringLiteral("validation.days_range"));
    if (s.leadTimeDays < 0 || s.leadTimeDays > 365)
        errors.add(QStringLiteral("lead_time_days"), kInvalid,
                   QStringLiteral("must be between 0 and 365 days"),
                   QStringLiteral("validation.days_range"));
}

QString searchText(const Supplier& s)
{
    QStringList parts{s.code, s.name, s.taxId, s.contactName, s.phone, Crm::phoneDigits(s.phone),
                      s.email};
    parts.removeAll(QString());
    return parts.join(QLatin1Char('\n')).toLower();
}

} // namespace Erp::Server::Purchasing
