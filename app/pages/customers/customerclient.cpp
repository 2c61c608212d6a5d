#include "app/pages/customers/customerclient.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Erp::Client::Customers {

namespace {
const QString kId = QStringLiteral("id");
const QString kVersion = QStringLiteral("version");

ApiClient::ResultHandler asCustomer(CustomerClient::Done<Customer> done)
{
    return
        [done = std::move(done)](const QJsonValue& v) { done(Customer::fromJson(v.toObject())); };
}
} // namespace

CustomerClient::CustomerClient(ApiClient& api)
    : m_api(api)
{}

void CustomerClient::list(const QJsonObject& params, QObject* context, Done<QJsonObject> done,
                          Fail fail)
{
    m_api.call(
        listMethod(), params, context,
        [done = std::move(done)](const QJsonValue& v) { done(v.toObject()); }, std::move(fail));
}

void CustomerClient::get(qint64 id, QObject* context, Done<Customer> done, Fail fail)
{
    m_api.call(QStringLiteral("crm.customer.get"), {{kId, id}}, context,
               asCustomer(std::move(done)), std::move(fail));
}

void CustomerClient::create(const QJsonObject& fields, bool allowDuplicates, QObject* context,
                            Done<Customer> done, Fail fail)
{
    QJsonObject params = fields;
    if (allowDuplicates)
        params.insert(QStringLiteral("allow_duplicates"), true);
    m_api.call(QStringLiteral("crm.customer.create"), params, context, asCustomer(std::move(done)),
               std::move(fail));
}

void CustomerClient::update(qint64 id, qint64 version, const QJsonObject& fields, QObject* context,
                            Done<Customer> done, Fail fail)
{
    QJsonObject params = fields;
    params.insert(kId, id);
    params.insert(kVersion, version);
    m_api.call(QStringLiteral("crm.customer.update"), params, context, asCustomer(std::move(done)),
               std::move(fail));
}

void CustomerClient::setArchived(qint64 id, qint64 version, bool archive, QObject* context,
                                 Done<Customer> done, Fail fail)
{
    m_api.call(
        archive ? QStringLiteral("crm.customer.archive") : QStringLiteral("crm.customer.restore"),
        {{kId, id}, {kVersion, version}}, context, asCustomer(std::move(done)), std::move(fail));
}

void CustomerClient::merge(qint64 survivorId, qint64 duplicateId, QObject* context,
                           Done<Customer> done, Fail fail)
{
    m_api.call(QStringLiteral("crm.customer.merge"),
               {{QStringLiteral("survivor_id"), survivorId},
                {QStringLiteral("duplicate_id"), duplicateId}},
               context, asCustomer(std::move(done)), std::move(fail));
}

void CustomerClient::duplicates(const QJsonObject& fields, qint64 excludingId, QObject* context,
                                Done<QList<DuplicateHit>> done, Fail fail)
{
    QJsonObject params = fields;
    if (excludingId > 0)
        params.insert(kId, excludingId);
    m_api.call(
        QStringLiteral("crm.customer.duplicates"), params, context,
        [done = std::move(done)](const QJsonValue& v) {
            done(DuplicateHit::listFromJson(
                v.toObject().value(QLatin1String("duplicates")).toArray()));
        },
        std::move(fail));
}

void CustomerClient::listOwners(QObject* context, Done<QList<Owner>> done, Fail fail)
{
    m_api.call(
        QStringLiteral("admin.user.list"),
        {{QStringLiteral("limit"), 1000},
         {QStringLiteral("sort"), QStringLiteral("username")},
         {QStringLiteral("filter"), QJsonObject{{QStringLiteral("active"), true}}}},
        context,
        [done = std::move(done)](const QJsonValue& v) {
            QList<Owner> owners;
            for (const QJsonValue& r : v.toObject().value(QLatin1String("rows")).toArray()) {
                const QJsonObject o = r.toObject();
                owners.append({o.value(QLatin1String("id")).toInteger(),
                               o.value(QLatin1String("username")).toString(),
                               o.value(QLatin1String("full_name")).toString()});
            }
            done(owners);
        },
        std::move(fail));
}

} // namespace Erp::Client::Customers
