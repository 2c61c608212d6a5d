#include "server/modules/crm/leadrepository.h"

#include "server/storage/database.h"
#include "server/storage/listquery.h"
#include "server/storage/queryresult.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QVariant>

namespace Erp::Server::Crm {

using Storage::exec;

namespace {

const QString kSelect = QStringLiteral(
    "SELECT l.id, l.name, l.kind, l.contact_name, l.phone, l.email, l.source, l.campaign, "
    "l.owner_id, COALESCE(u.username, ''), l.region, l.notes, l.state, l.lost_reason_id, "
    "COALESCE(r.name, ''), l.lost_note, l.customer_id, COALESCE(c.name, ''), l.opportunity_id, "
    "COALESCE(o.number, ''), l.created_at, l.updated_at, l.version");
constexpr int kColumnCount = 23;
const QString kFrom = QStringLiteral(" FROM crm_leads l LEFT JOIN users u ON u.id = l.owner_id "
                                     "LEFT JOIN crm_lost_reasons r ON r.id = l.lost_reason_id "
                                     "LEFT JOIN customers c ON c.id = l.customer_id "
                                     "LEFT JOIN crm_opportunities o ON o.id = l.opportunity_id");

Lead readLead(const QSqlQuery& q)
{
    Lead l;
    l.id = q.value(0).toLongLong();
    l.name = q.value(1).toString();
    l.kind = q.value(2).toString();
    l.contactName = q.value(3).toString();
    l.phone = q.value(4).toString();
    l.email = q.value(5).toString();
    l.source = q.value(6).toString();
    l.campaign = q.value(7).toString();
    l.ownerId = q.value(8).toLongLong();
    l.ownerName = q.value(9).toString();
    l.region = q.value(10).toString();
    l.notes = q.value(11).toString();
    l.state = q.value(12).toString();
    l.lostReasonId = q.value(13).toLongLong();
    l.lostReason = q.value(14).toString();
    l.lostNote = q.value(15).toString();
    l.customerId = q.value(16).toLongLong();
    l.customerName = q.value(17).toString();
    l.opportunityId = q.value(18).toLongLong();
    l.opportunityNumber = q.value(19).toString();
    l.createdAt = q.value(20).toString();
    l.updatedAt = q.value(21).toString();
    l.version = q.value(22).toLongLong();
    return l;
}

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qlonglong>());
}

void bindRecord(QSqlQuery& q, const Lead& l)
{
    q.bindValue(QStringLiteral(":name"), notNull(l.name));
    q.bindValue(QStringLiteral(":kind"), notNull(l.kind));
    q.bindValue(QStringLiteral(":contact"), notNull(l.contactName));
    q.bindValue(QStringLiteral(":phone"), notNull(l.phone));
    q.bindValue(QStringLiteral(":email"), notNull(l.email));
    q.bindValue(QStringLiteral(":source"), notNull(l.source));
    q.bindValue(QStringLiteral(":campaign"), notNull(l.campaign));
    q.bindValue(QStringLiteral(":owner"), idOrNull(l.ownerId));
    q.bindValue(QStringLiteral(":region"), notNull(l.region));
    q.bindValue(QStringLiteral(":notes"), notNull(l.notes));
    q.bindValue(QStringLiteral(":state"), notNull(l.state));
    q.bindValue(QStringLiteral(":reason"), idOrNull(l.lostReasonId));
    q.bindValue(QStringLiteral(":lost_note"), notNull(l.lostNote));
    q.bindValue(QStringLiteral(":customer"), idOrNull(l.customerId));
    q.bindValue(QStringLiteral(":opportunity"), idOrNull(l.opportunityId));
    q.bindValue(QStringLiteral(":search"), pipelineSearchText({l.name, l.contactName, l.phone,
                                                               l.email, l.campaign, l.region}));
    q.bindValue(QStringLiteral(":now"), Storage::nowText());
}

} // namespace

std::optional<Lead> LeadRepository::byId(qint64 id)
{
    QSqlQuery q = m_db.uncached(kSelect + kFrom + QStringLiteral(" WHERE l.id = :id") +
                                m_scope.andCondition());
    q.bindValue(QStringLiteral(":id"), id);
    m_scope.bind(q);
    exec(q);
    std::optional<Lead> l;
    if (q.next())
        l = readLead(q);
    return l;
}

void LeadRepository::insert(Lead& l)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "INSERT INTO crm_leads (name, kind, contact_name, phone, email, source, campaign, "
        "owner_id, region, notes, state, lost_reason_id, lost_note, customer_id, opportunity_id, "
        "search_text, created_at, updated_at, version) VALUES (:name, :kind, :contact, :phone, "
        ":email, :source, :campaign, :owner, :region, :notes, :state, :reason, :lost_note, "
        ":customer, :opportunity, :search, :now, :now, 1) RETURNING id"));
    bindRecord(q, l);
    exec(q);
    l.id = Storage::oneInteger(q);
    l.version = 1;
}

bool LeadRepository::update(const Lead& l, qint64 expectedVersion)
{
    QSqlQuery& q = m_db.prepared(
        QStringLiteral("UPDATE crm_leads SET name = :name, kind = :kind, contact_name = :contact, "
                       "phone = :phone, email = :email, source = :source, campaign = :campaign, "
                       "owner_id = :owner, region = :region, notes = :notes, state = :state, "
                       "lost_reason_id = :reason, lost_note = :lost_note, customer_id = :customer, "
                       "opportunity_id = :opportunity, search_text = :search, updated_at = :now, "
                       "version = version + 1 WHERE id = :id AND version = :version"));
    bindRecord(q, l);
    q.bindValue(QStringLiteral(":id"), l.id);
    q.bindValue(QStringLiteral(":version"), expectedVersion);
    exec(q);
    return q.numRowsAffected() == 1;
}

QString LeadRepository::where(const Storage::ListQuery& query) const
{
    QString w = QStringLiteral(" WHERE 1 = 1");
    const QString state = query.filter.value(QLatin1String("state")).toString();
    if (!state.isEmpty() && state != QLatin1String("all"))
        w += QStringLiteral(" AND l.state = :state");
    if (query.filter.value(QLatin1String("owner_id")).toInteger() > 0)
        w += QStringLiteral(" AND l.owner_id = :owner");
    if (!query.filter.value(QLatin1String("source")).toString().isEmpty())
        w += QStringLiteral(" AND l.source = :source");
    if (!query.search.isEmpty())
        w += QStringLiteral(" AND l.search_text LIKE :q ESCAPE '\\'");
    return w + m_scope.andCondition();
}

void LeadRepository::bind(QSqlQuery& q, const Storage::ListQuery& query) const
{
    const QString state = query.filter.value(QLatin1String("state")).toString();
    if (!state.isEmpty() && state != QLatin1String("all"))
        q.bindValue(QStringLiteral(":state"), state);
    if (query.filter.value(QLatin1String("owner_id")).toInteger() > 0)
        q.bindValue(QStringLiteral(":owner"),
                    query.filter.value(QLatin1String("owner_id")).toInteger());
    if (!query.filter.value(QLatin1String("source")).toString().isEmpty())
        q.bindValue(QStringLiteral(":source"),
                    query.filter.value(QLatin1String("source")).toString());
    if (!query.search.isEmpty())
        q.bindValue(QStringLiteral(":q"), Storage::containsPattern(query.search.toLower()));
    m_scope.bind(q);
}

QJsonObject LeadRepository::list(const Storage::ListQuery& query)
{
    const QString w = where(query);
    QSqlQuery count = m_db.uncached(QStringLiteral("SELECT COUNT(*) FROM crm_leads l") + w);
    bind(count, query);
    exec(count);
    const qint64 total = Storage::oneInteger(count);
    const QString sortKey =
        query.sortExpression.isEmpty() ? QStringLiteral("NULL") : query.sortExpression;
    QSqlQuery q = m_db.uncached(kSelect + QStringLiteral(", ") + sortKey + kFrom + w +
                                query.keysetCondition() + query.orderBy +
                                QStringLiteral(" LIMIT :limit OFFSET :offset"));
    bind(q, query);
    query.bindKeyset(q);
    q.bindValue(QStringLiteral(":limit"), query.limit);
    q.bindValue(QStringLiteral(":offset"), query.offset);
    exec(q);
    QJsonArray rows;
    QJsonArray nextAfter;
    while (q.next()) {
        rows.append(toJson(readLead(q)));
        nextAfter = query.nextAfter(q.value(kColumnCount), q.value(0).toLongLong());
    }
    return QJsonObject{{QStringLiteral("rows"), rows},
                       {QStringLiteral("total"), total},
                       {QStringLiteral("total_capped"), false},
                       {QStringLiteral("next_after"),
                        rows.size() == query.limit ? QJsonValue(nextAfter) : QJsonValue()}};
}

QList<Lead> LeadRepository::listAll(const Storage::ListQuery& query, int max)
{
    QSqlQuery q = m_db.uncached(kSelect + kFrom + where(query) + query.orderBy +
                                QStringLiteral(" LIMIT :limit"));
    bind(q, query);
    q.bindValue(QStringLiteral(":limit"), max + 1);
    exec(q);
    QList<Lead> out;
    while (q.next())
        out.append(readLead(q));
    return out;
}

} // namespace Erp::Server::Crm
