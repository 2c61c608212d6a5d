#include "app/pages/customers/customertypes.h"

namespace Erp::Client::Customers {

namespace {
QString str(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toString();
}

qint64 integer(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toInteger();
}
} // namespace

Customer Customer::fromJson(const QJsonObject& o)
{
    Customer c;
    c.id = integer(o, "id");
    c.code = str(o, "code");
    c.name = str(o, "name");
    c.kind = str(o, "kind");
    c.taxId = str(o, "tax_id");
    c.industry = str(o, "industry");
    c.source = str(o, "source");
    for (const QJsonValue& t : o.value(QLatin1String("tags")).toArray())
        c.tags.append(t.toString());
    c.creditLimit = str(o, "credit_limit");
    c.currency = str(o, "currency");
    c.paymentTermsDays = int(integer(o, "payment_terms_days"));
    c.ownerId = integer(o, "owner_id");
    c.ownerName = str(o, "owner_name");
    c.status = str(o, "status");
    c.notes = str(o, "notes");
    c.contacts = o.value(QLatin1String("contacts")).toArray();
    c.addresses = o.value(QLatin1String("addresses")).toArray();
    c.mergedInto = integer(o, "merged_into");
    c.createdAt = str(o, "created_at");
    c.updatedAt = str(o, "updated_at");
    c.version = integer(o, "version");
    return c;
}

QJsonObject Customer::fields() const
{
    QJsonObject o{{QStringLiteral("name"), name},
                  {QStringLiteral("kind"), kind},
                  {QStringLiteral("tax_id"), taxId},
                  {QStringLiteral("industry"), industry},
                  {QStringLiteral("source"), source},
                  {QStringLiteral("tags"), QJsonArray::fromStringList(tags)},
                  {QStringLiteral("credit_limit"), creditLimit},
                  {QStringLiteral("currency"), currency},
                  {QStringLiteral("payment_terms_days"), paymentTermsDays},
                  {QStringLiteral("notes"), notes},
                  {QStringLiteral("contacts"), contacts},
                  {QStringLiteral("addresses"), addresses}};
    if (!code.isEmpty())
        o.insert(QStringLiteral("code"), code);
    return o;
}

QList<DuplicateHit> DuplicateHit::listFromJson(const QJsonArray& array)
{
    QList<DuplicateHit> hits;
    for (const QJsonValue& v : array) {
        const QJsonObject o = v.toObject();
        hits.append({integer(o, "id"), str(o, "code"), str(o, "name"), str(o, "reason")});
    }
    return hits;
}

QString Owner::displayName() const
{
    return fullName.isEmpty() ? username : QStringLiteral("%1 (%2)").arg(fullName, username);
}

} // namespace Erp::Client::Customers
