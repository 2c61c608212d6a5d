#include "server/modules/crm/customer.h"

#include "common/jsonrpc.h"
#include "common/jsonwriter.h"
#include "common/money.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace Erp::Server::Crm {

namespace {

const QString kRequired = QStringLiteral("required");
const QString kInvalid = QStringLiteral("invalid");
const QString kTooLong = QStringLiteral("too_long");

QString str(const QJsonValue& v)
{
    if (v.isDouble())
        return QString::number(v.toDouble(), 'f', v.toDouble() == qint64(v.toDouble()) ? 0 : 2);
    return v.toString().trimmed();
}

bool boolean(const QJsonValue& v, bool lenient)
{
    if (v.isBool())
        return v.toBool();
    if (lenient) {
        const QString s = v.toString().trimmed().toLower();
        return s == QLatin1String("1") || s == QLatin1String("true") || s == QLatin1String("yes") ||
               s == QStringLiteral("是");
    }
    return false;
}

/// A text field: must be a string (or, leniently, a number) of at most `max` characters.
bool text(const QJsonObject& json, const char* key, QString& out, int max, Rpc::FieldErrors& errors,
          const QString& prefix = {})
{
    const auto it = json.constFind(QLatin1String(key));
    if (it == json.constEnd() || it->isNull())
        return false;
    const QString field = prefix + QLatin1String(key);
    if (!it->isString() && !it->isDouble()) {
        errors.add(field, kInvalid, QStringLiteral("must be text"),
                   QStringLiteral("validation.text"));
        return false;
    }
    const QString value = str(*it);
    if (value.size() > max) {
        errors.add(field, kTooLong, QStringLiteral("must be at most %1 characters").arg(max),
                   QStringLiteral("validation.too_long"),
                   QJsonObject{{QStringLiteral("max"), max}});
        return false;
    }
    out = value;
    return true;
}

Contact contactFrom(const QJsonObject& o, const QString& prefix, Rpc::FieldErrors& errors,
                    bool lenient)
{
    Contact c;
    c.id = qint64(o.value(QLatin1String("id")).toDouble());
    text(o, "name", c.name, 100, errors, prefix);
    text(o, "title", c.title, 100, errors, prefix);
    text(o, "phone", c.phone, 40, errors, prefix);
    text(o, "email", c.email, 200, errors, prefix);
    c.isPrimary = boolean(o.value(QLatin1String("is_primary")), lenient);
    return c;
}

Address addressFrom(const QJsonObject& o, const QString& prefix, Rpc::FieldErrors& errors,
                    bool lenient)
{
    Address a;
    a.id = qint64(o.value(QLatin1String("id")).toDouble());
    text(o, "kind", a.kind, 20, errors, prefix);
    text(o, "country", a.country, 2, errors, prefix);
    text(o, "province", a.province, 50, errors, prefix);
    text(o, "city", a.city, 50, errors, prefix);
    text(o, "district", a.district, 50, errors, prefix);
    text(o, "line1", a.line1, 200, errors, prefix);
    text(o, "postcode", a.postcode, 12, errors, prefix);
    a.isDefault = boolean(o.value(QLatin1String("is_default")), lenient);
    return a;
}

} // namespace

const Contact* Customer::primaryContact() const
{
    for (const Contact& c : contacts)
        if (c.isPrimary)
            return &c;
    return contacts.isEmpty() ? nullptr : &contacts.first();
}

const Address* Customer::defaultAddress() const
{
    for (const Address& a : addresses)
        if (a.isDefault && a.kind == QLatin1String("billing"))
            return &a;
    for (const Address& a : addresses)
        if (a.isDefault)
            return &a;
    return addresses.isEmpty() ? nullptr : &addresses.first();
}

QJsonObject summaryJson(const Customer& c)
{
    return QJsonObject{
        {QStringLiteral("id"), c.id},
        {QStringLiteral("code"), c.code},
        {QStringLiteral("name"), c.name},
        {QStringLiteral("kind"), c.kind},
        {QStringLiteral("tax_id"), c.taxId},
        {QStringLiteral("industry"), c.industry},
        {QStringLiteral("source"), c.source},
        {QStringLiteral("tags"), QJsonArray::fromStringList(c.tags)},
        {QStringLiteral("credit_limit"), Money(c.creditLimit, c.currency).toString()},
        {QStringLiteral("currency"), c.currency},
        {QStringLiteral("payment_terms_days"), c.paymentTermsDays},
        {QStringLiteral("owner_id"), c.ownerId > 0 ? QJsonValue(c.ownerId) : QJsonValue()},
        {QStringLiteral("owner_name"), c.ownerName},
        {QStringLiteral("status"), c.status},
        {QStringLiteral("merged_into"), c.mergedInto > 0 ? QJsonValue(c.mergedInto) : QJsonValue()},
        {QStringLiteral("created_at"), c.createdAt},
        {QStringLiteral("updated_at"), c.updatedAt},
        {QStringLiteral("version"), c.version},
    };
}

QJsonObject toJson(const Customer& c)
{
    QJsonArray contacts;
    for (const Contact& k : c.contacts)
        contacts.append(QJsonObject{{QStringLiteral("id"), k.id},
                                    {QStringLiteral("name"), k.name},
                                    {QStringLiteral("title"), k.title},
                                    {QStringLiteral("phone"), k.phone},
                                    {QStringLiteral("email"), k.email},
                                    {QStringLiteral("is_primary"), k.isPrimary}});
    QJsonArray addresses;
    for (const Address& a : c.addresses)
        addresses.append(QJsonObject{{QStringLiteral("id"), a.id},
                                     {QStringLiteral("kind"), a.kind},
                                     {QStringLiteral("country"), a.country},
                                     {QStringLiteral("province"), a.province},
                                     {QStringLiteral("city"), a.city},
                                     {QStringLiteral("district"), a.district},
                                     {QStringLiteral("line1"), a.line1},
                                     {QStringLiteral("postcode"), a.postcode},
                                     {QStringLiteral("is_default"), a.isDefault}});
    QJsonObject json = summaryJson(c);
    json.insert(QStringLiteral("notes"), c.notes);
    json.insert(QStringLiteral("contacts"), contacts);
    json.insert(QStringLiteral("addresses"), addresses);
    return json;
}

QString toJsonText(const Customer& c)
{
    // The keys in the order QJsonDocument writes toJson(c): sorted.
    JsonWriter w;
    const auto id = [&w](qint64 v) {
        if (v > 0)
            w.value(v);
        else
            w.null();
    };
    w.beginObject();
    w.key(QLatin1String("addresses"));
    w.beginArray();
    for (const Address& a : c.addresses) {
        w.beginObject();
        w.key(QLatin1String("city"));
        w.value(a.city);
        w.key(QLatin1String("country"));
        w.value(a.country);
        w.key(QLatin1String("district"));
        w.value(a.district);
        w.key(QLatin1String("id"));
        w.value(a.id);
        w.key(QLatin1String("is_default"));
        w.value(a.isDefault);
        w.key(QLatin1String("kind"));
        w.value(a.kind);
        w.key(QLatin1String("line1"));
        w.value(a.line1);
        w.key(QLatin1String("postcode"));
        w.value(a.postcode);
        w.key(QLatin1String("province"));
        w.value(a.province);
        w.endObject();
    }
    w.endArray();
    w.key(QLatin1String("code"));
    w.value(c.code);
    w.key(QLatin1String("contacts"));
    w.beginArray();
    for (const Contact& k : c.contacts) {
        w.beginObject();
        w.key(QLatin1String("email"));
        w.value(k.email);
        w.key(QLatin1String("id"));
        w.value(k.id);
        w.key(QLatin1String("is_primary"));
        w.value(k.isPrimary);
        w.key(QLatin1String("name"));
        w.value(k.name);
        w.key(QLatin1String("phone"));
        w.value(k.phone);
        w.key(QLatin1String("title"));
        w.value(k.title);
        w.endObject();
    }
    w.endArray();
    w.key(QLatin1String("created_at"));
    w.value(c.createdAt);
    w.key(QLatin1String("credit_limit"));
    w.value(Money(c.creditLimit, c.currency).toString());
    w.key(QLatin1String("currency"));
    w.value(c.currency);
    w.key(QLatin1String("id"));
    w.value(c.id);
    w.key(QLatin1String("industry"));
    w.value(c.industry);
    w.key(QLatin1String("kind"));
    w.value(c.kind);
    w.key(QLatin1String("merged_into"));
    id(c.mergedInto);
    w.key(QLatin1String("name"));
    w.value(c.name);
    w.key(QLatin1String("notes"));
    w.value(c.notes);
    w.key(QLatin1String("owner_id"));
    id(c.ownerId);
    w.key(QLatin1String("owner_name"));
    w.value(c.ownerName);
    w.key(QLatin1String("payment_terms_days"));
    w.value(c.paymentTermsDays);
    w.key(QLatin1String("source"));
    w.value(c.source);
    w.key(QLatin1String("status"));
    w.value(c.status);
    w.key(QLatin1String("tags"));
    w.beginArray();
    for (const QString& tag : c.tags)
        w.value(tag);
    w.endArray();
    w.key(QLatin1String("tax_id"));
    w.value(c.taxId);
    w.key(QLatin1String("updated_at"));
    w.value(c.updatedAt);
    w.key(QLatin1String("version"));
    w.value(c.version);
    w.endObject();
    return w.take();
}

const QStringList& editableFields()
{
    static const QStringList fields{
        QStringLiteral("code"),     QStringLiteral("name"),
        QStringLiteral("kind"),     QStringLiteral("tax_id"),
        QStringLiteral("industry"), QStringLiteral("source"),
        QStringLiteral("tags"),     QStringLiteral("credit_limit"),
        QStringLiteral("currency"), QStringLiteral("payment_terms_days"),
        QStringLiteral("owner_id"), QStringLiteral("notes"),
        QStringLiteral("contacts"), QStringLiteral("addresses")};
    return fields;
}

void applyJson(Customer& c, const QJsonObject& json, Rpc::FieldErrors& errors, bool lenient)
{
    text(json, "code", c.code, 20, errors);
    c.code = c.code.toUpper();
    text(json, "name", c.name, 200, errors);
    text(json, "kind", c.kind, 20, errors);
    text(json, "tax_id", c.taxId, 30, errors);
    c.taxId = c.taxId.toUpper();
    text(json, "industry", c.industry, 100, errors);
    text(json, "source", c.source, 100, errors);
    text(json, "notes", c.notes, 4000, errors);
    text(json, "currency", c.currency, 3, errors);
    c.currency = c.currency.toUpper();

    const QJsonValue tags = json.value(QLatin1String("tags"));
    if (tags.isArray()) {
        c.tags.clear();
        for (const QJsonValue& t : tags.toArray()) {
            if (!t.isString()) {
                errors.add(QStringLiteral("tags"), kInvalid,
                           QStringLiteral("must be a list of words"),
                           QStringLiteral("validation.list_of_words"));
                break;
            }
            c.tags.append(t.toString().trimmed());
        }
    } else if (lenient && tags.isString()) {
        static const QRegularExpression separators(QStringLiteral("[;,，；|]"));
        c.tags = tags.toString().split(separators, Qt::SkipEmptyParts);
        for (QString& t : c.tags)
            t = t.trimmed();
    } else if (!tags.isUndefined() && !tags.isNull()) {
        errors.add(QStringLiteral("tags"), kInvalid, QStringLiteral("must be a list of words"),
                   QStringLiteral("validation.list_of_words"));
    }
    c.tags.removeAll(QString());
    c.tags.removeDuplicates();

    const QJsonValue credit = json.value(QLatin1String("credit_limit"));
    if (credit.isString() || (lenient && credit.isDouble())) {
        const QString s = str(credit);
        const auto money = Money::parse(s.isEmpty() ? QStringLiteral("0") : s);
        if (!money)
            errors.add(QStringLiteral("credit_limit"), kInvalid,
                       QStringLiteral("must be an amount such as 50000.00"),
                       QStringLiteral("validation.amount"));
        else
            c.creditLimit = money->minorUnits();
    } else if (!credit.isUndefined() && !credit.isNull()) {
        errors.add(QStringLiteral("credit_limit"), kInvalid,
                   QStringLiteral("must be a decimal string such as \"50000.00\""),
                   QStringLiteral("validation.decimal"),
                   QJsonObject{{QStringLiteral("example"), QStringLiteral("50000.00")}});
    }

    const QJsonValue terms = json.value(QLatin1String("payment_terms_days"));
    if (terms.isDouble() && terms.toDouble() == int(terms.toDouble())) {
        c.paymentTermsDays = int(terms.toDouble());
    } else if (lenient && terms.isString() && !terms.toString().trimmed().isEmpty()) {
        bool ok = false;
        c.paymentTermsDays = terms.toString().trimmed().toInt(&ok);
        if (!ok)
            errors.add(QStringLiteral("payment_terms_days"), kInvalid,
                       QStringLiteral("must be a whole number of days"),
                       QStringLiteral("validation.days"));
    } else if (!terms.isUndefined() && !terms.isNull() &&
               !(lenient && terms.toString().trimmed().isEmpty())) {
        errors.add(QStringLiteral("payment_terms_days"), kInvalid,
                   QStringLiteral("must be a whole number of days"),
                   QStringLiteral("validation.days"));
    }

    const QJsonValue owner = json.value(QLatin1String("owner_id"));
    if (owner.isDouble() && owner.toDouble() >= 1)
        c.ownerId = qint64(owner.toDouble());
    else if (owner.isNull() ||
             (lenient && owner.toString().trimmed().isEmpty() && !owner.isUndefined()))
        c.ownerId = 0;
    else if (!owner.isUndefined())
        errors.add(QStringLiteral("owner_id"), kInvalid, QStringLiteral("must be a user id"),
                   QStringLiteral("validation.user_id"));

    const QJsonValue contacts = json.value(QLatin1String("contacts"));
    if (contacts.isArray()) {
        c.contacts.clear();
        const QJsonArray list = contacts.toArray();
        for (qsizetype i = 0; i < list.size(); ++i)
            c.contacts.append(contactFrom(list.at(i).toObject(),
                                          QStringLiteral("contacts[%1].").arg(i), errors, lenient));
    } else if (!contacts.isUndefined() && !contacts.isNull()) {
        errors.add(QStringLiteral("contacts"), kInvalid, QStringLiteral("must be a list"),
                   QStringLiteral("validation.list"));
    }
    const QJsonValue addresses = json.value(QLatin1String("addresses"));
    if (addresses.isArray()) {
        c.addresses.clear();
        const QJsonArray list = addresses.toArray();
        for (qsizetype i = 0; i < list.size(); ++i)
            c.addresses.append(addressFrom(
                list.at(i).toObject(), QStringLiteral("addresses[%1].").arg(i), errors, lenient));
    } else if (!addresses.isUndefined() && !addresses.isNull()) {
        errors.add(QStringLiteral("addresses"), kInvalid, QStringLiteral("must be a list"),
                   QStringLiteral("validation.list"));
    }
}

bool isValidEmail(const QString& email)
{
    static const QRegularExpression pattern(QStringLiteral("^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$"));
    return pattern.match(email).hasMatch();
}

bool isValidPhone(const QString& phone)
{
    // Chinese mobile (optionally +86), Chinese landline with area code, or international E.164.
    static const QRegularExpression mobile(QStringLiteral("^(\\+?86)?1[3-9]\\d{9}$"));
    static const QRegularExpression landline(QStringLiteral("^0\\d{2,3}\\d{7,8}(\\d{1,6})?$"));
    static const QRegularExpression international(QStringLiteral("^\\+[1-9]\\d{6,14}$"));
    QString compact = phone;
    static const QRegularExpression separators(QStringLiteral("[\\s\\-()]"));
    compact.remove(separators);
    return mobile.match(compact).hasMatch() || landline.match(compact).hasMatch() ||
           international.match(compact).hasMatch();
}

void validate(const Customer& c, Rpc::FieldErrors& errors)
{
    static const QRegularExpression codePattern(QStringLiteral("^[A-Z0-9][A-Z0-9_-]{0,19}$"));
    static const QRegularExpression currencyPattern(QStringLiteral("^[A-Z]{3}$"));
    static const QRegularExpression taxPattern(QStringLiteral("^[0-9A-Z-]{5,30}$"));
    if (c.name.trimmed().isEmpty())
        errors.add(QStringLiteral("name"), kRequired, QStringLiteral("is required"),
                   QStringLiteral("validation.required"));
    if (!c.code.isEmpty() && !codePattern.match(c.code).hasMatch())
        errors.add(QStringLiteral("code"), kInvalid,
                   QStringLiteral("must be letters, digits, '-' or '_'"),
                   QStringLiteral("validation.code_chars"));
    if (c.kind != QLatin1String("company") && c.kind != QLatin1String("individual"))
        errors.add(QStringLiteral("kind"), kInvalid,
                   QStringLiteral("must be company or individual"),
                   QStringLiteral("crm.customer.kind"));
    if (!c.taxId.isEmpty() && !taxPattern.match(c.taxId).hasMatch())
        errors.add(QStringLiteral("tax_id"), kInvalid,
                   QStringLiteral("must be 5-30 letters or digits"),
                   QStringLiteral("validation.tax_id"));
    if (c.creditLimit < 0)
        errors.add(QStringLiteral("credit_limit"), kInvalid, QStringLiteral("must not be negative"),
                   QStringLiteral("validation.negative"));
    if (!currencyPattern.match(c.currency).hasMatch())
        errors.add(QStringLiteral("currency"), kInvalid,
                   QStringLiteral("must be a three-letter currency code"),
                   QStringLiteral("validation.currency"));
    if (c.paymentTermsDays < 0 || c.paymentTermsDays > 365)
        errors.add(QStringLiteral("payment_terms_days"), kInvalid,
                   QStringLiteral("must be between 0 and 365 days"),
                   QStringLiteral("validation.days_range"));
    for (const QString& tag : c.tags)
        if (tag.size() > 32)
            errors.add(QStringLiteral("tags"), kTooLong,
                       QStringLiteral("\"%1\" is longer than 32 characters").arg(tag),
                       QStringLiteral("crm.customer.tag_too_long"),
                       QJsonObject{{QStringLiteral("tag"), tag}});
    if (c.contacts.size() > 50 || c.addresses.size() > 50)
        errors.add(c.contacts.size() > 50 ? QStringLiteral("contacts")
                                          : QStringLiteral("addresses"),
                   kTooLong, QStringLiteral("at most 50 entries"),
                   QStringLiteral("validation.too_many_entries"),
                   QJsonObject{{QStringLiteral("max"), 50}});
    int primaries = 0;
    for (qsizetype i = 0; i < c.contacts.size(); ++i) {
        const Contact& k = c.contacts.at(i);
        const QString p = QStringLiteral("contacts[%1].").arg(i);
        if (k.name.isEmpty())
            errors.add(p + QStringLiteral("name"), kRequired, QStringLiteral("is required"),
                       QStringLiteral("validation.required"));
        if (!k.phone.isEmpty() && !isValidPhone(k.phone))
            errors.add(p + QStringLiteral("phone"), kInvalid,
                       QStringLiteral("is not a phone number (mobile 13800138000, landline "
                                      "010-12345678 or +44 20 7946 0958)"),
                       QStringLiteral("validation.phone"));
        if (!k.email.isEmpty() && !isValidEmail(k.email))
            errors.add(p + QStringLiteral("email"), kInvalid,
                       QStringLiteral("is not a valid e-mail address"),
                       QStringLiteral("validation.email"));
        primaries += k.isPrimary ? 1 : 0;
    }
    if (primaries > 1)
        errors.add(QStringLiteral("contacts"), kInvalid,
                   QStringLiteral("only one contact can be the primary one"),
                   QStringLiteral("crm.contact.one_primary"));
    for (qsizetype i = 0; i < c.addresses.size(); ++i) {
        const Address& a = c.addresses.at(i);
        const QString p = QStringLiteral("addresses[%1].").arg(i);
        if (a.kind != QLatin1String("billing") && a.kind != QLatin1String("shipping"))
            errors.add(p + QStringLiteral("kind"), kInvalid,
                       QStringLiteral("must be billing or shipping"),
                       QStringLiteral("crm.address.kind"));
        if (a.country.size() != 2)
            errors.add(p + QStringLiteral("country"), kInvalid,
                       QStringLiteral("must be a two-letter country code"),
                       QStringLiteral("validation.country"));
        if (a.line1.isEmpty() && a.city.isEmpty())
            errors.add(p + QStringLiteral("line1"), kRequired,
                       QStringLiteral("an address needs at least a city or a street"),
                       QStringLiteral("crm.address.needs_city_or_street"));
    }
}

QString normalizedNameKey(const QString& name)
{
    // Lower case, no spaces or punctuation, common legal-form suffixes dropped: "Acme Ltd." and
    // "ACME Limited" and "深圳市华为科技有限公司" / "深圳市华为科技" fall together.
    static const QStringList suffixes{QStringLiteral("有限责任公司"),
                                      QStringLiteral("股份有限公司"),
                                      QStringLiteral("有限公司"),
                                      QStringLiteral("公司"),
                                      QStringLiteral("limited"),
                                      QStringLiteral("ltd"),
                                      QStringLiteral("gmbh"),
                                      QStringLiteral("inc"),
                                      QStringLiteral("llc"),
                                      QStringLiteral("corp"),
                                      QStringLiteral("co")};
    QString key;
    for (const QChar ch : name.toLower())
        if (ch.isLetterOrNumber())
            key.append(ch);
    bool stripped = true;
    while (stripped) {
        stripped = false;
        for (const QString& s : suffixes) {
            if (key.size() > s.size() + 1 && key.endsWith(s)) {
                key.chop(s.size());
                stripped = true;
            }
        }
    }
    return key;
}

QString phoneDigits(const QString& phone)
{
    QString digits;
    for (const QChar ch : phone)
        if (ch.isDigit())
            digits.append(ch);
    if (digits.startsWith(QLatin1String("86")) && digits.size() == 13)
        digits.remove(0, 2);
    return digits;
}

QString searchText(const Customer& c)
{
    QStringList parts{c.name, c.code, c.taxId};
    for (const Contact& k : c.contacts)
        parts << k.name << k.phone << phoneDigits(k.phone) << k.email;
    parts.removeAll(QString());
    for (QString& part : parts)
        part = part.toLower();
    // A part twice (the contact named like the company, a phone without separators) only
    // makes the FTS5 index longer: every substring of it is found once already.
    parts.removeDuplicates();
    return parts.join(QLatin1Char('\n'));
}

QStringList searchBigrams(const QString& searchText)
{
    // As the store holds it: a lone surrogate does not survive UTF-8, so the pairs are taken
    // from what the store's substr() will see.
    const QList<uint> points = QString::fromUtf8(searchText.toUtf8()).toUcs4();
    QStringList out;
    for (qsizetype i = 0; i + 1 < points.size(); ++i) {
        if (points[i] <= 0x7f || points[i + 1] <= 0x7f)
            continue;
        const QString pair = QString::fromUcs4(reinterpret_cast<const char32_t*>(&points[i]), 2);
        if (!out.contains(pair))
            out.append(pair);
    }
    return out;
}

bool isBigramTerm(const QString& term)
{
    const QList<uint> points = term.toUcs4();
    return points.size() == 2 && points[0] > 0x7f && points[1] > 0x7f;
}

} // namespace Erp::Server::Crm
