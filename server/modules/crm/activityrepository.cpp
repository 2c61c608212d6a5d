#include "server/modules/crm/activityrepository.h"

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
    "SELECT a.id, a.kind, a.subject, a.due_at, a.owner_id, COALESCE(u.username, ''), a.result, "
    "a.done, a.done_at, a.customer_id, COALESCE(c.name, ''), a.lead_id, a.opportunity_id, "
    "a.order_id, a.notes, a.created_at, a.updated_at, a.version");
const QString kFrom = QStringLiteral(" FROM crm_activities a LEFT JOIN users u ON u.id = "
                                     "a.owner_id LEFT JOIN customers c ON c.id = a.customer_id");

Activity readActivity(const QSqlQuery& q)
{
    Activity a;
    a.id = q.value(0).toLongLong();
    a.kind = q.value(1).toString();
    a.subject = q.value(2).toString();
    a.dueAt = q.value(3).toString();
    a.ownerId = q.value(4).toLongLong();
    a.ownerName = q.value(5).toString();
    a.result = q.value(6).toString();
    a.done = q.value(7).toInt() != 0;
    a.doneAt = q.value(8).toString();
    a.customerId = q.value(9).toLongLong();
    a.customerName = q.value(10).toString();
    a.leadId = q.value(11).toLongLong();
    a.opportunityId = q.value(12).toLongLong();
    a.orderId = q.value(13).toLongLong();
    a.notes = q.value(14).toString();
    a.createdAt = q.value(15).toString();
    a.updatedAt = q.value(16).toString();
    a.version = q.value(17).toLongLong();
    return a;
}

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qlonglong>());
}

void bindRecord(QSqlQuery& q, const Activity& a)
{
    q.bindValue(QStringLiteral(":kind"), notNull(a.kind));
    q.bindValue(QStringLiteral(":subject"), notNull(a.subject));
    q.bindValue(QStringLiteral(":due"), notNull(a.dueAt));
    q.bindValue(QStringLiteral(":owner"), idOrNull(a.ownerId));
    q.bindValue(QStringLiteral(":result"), notNull(a.result));
    q.bindValue(QStringLiteral(":done"), a.done ? 1 : 0);
    q.bindValue(QStringLiteral(":done_at"),
                a.doneAt.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(a.doneAt));
    q.bindValue(QStringLiteral(":customer"), idOrNull(a.customerId));
    q.bindValue(QStringLiteral(":lead"), idOrNull(a.leadId));
    q.bindValue(QStringLiteral(":opportunity"), idOrNull(a.opportunityId));
    q.bindValue(QStringLiteral(":order"), idOrNull(a.orderId));
    q.bindValue(QStringLiteral(":notes"), notNull(a.notes));
    q.bindValue(QStringLiteral(":now"), Storage::nowText());
}

} // namespace

std::optional<Activity> ActivityRepository::byId(qint64 id)
{
    QSqlQuery& q = m_db.prepared(kSelect + kFrom + QStringLiteral(" WHERE a.id = :id"));
    q.bindValue(QStringLiteral(":id"), id);
    exec(q);
    std::optional<Activity> a;
    if (q.next())
        a = readActivity(q);
    q.finish();
    return a;
}

void ActivityRepository::insert(Activity& a)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "INSERT INTO crm_activities (kind, subject, due_at, owner_id, result, done, done_at, "
        "customer_id, lead_id, opportunity_id, order_id, notes, created_at, updated_at, version) "
        "VALUES (:kind, :subject, :due, :owner, :result, :done, :done_at, :customer, :lead, "
        ":opportunity, :order, :notes, :now, :now, 1) RETURNING id"));
    bindRecord(q, a);
    exec(q);
    a.id = Storage::oneInteger(q);
    a.version = 1;
}

bool ActivityRepository::update(const Activity& a, qint64 expectedVersion)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "UPDATE crm_activities SET kind = :kind, subject = :subject, due_at = :due, "
        "owner_id = :owner, result = :result, done = :done, done_at = :done_at, "
        "customer_id = :customer, lead_id = :lead, opportunity_id = :opportunity, "
        "order_id = :order, notes = :notes, updated_at = :now, version = version + 1 "
        "WHERE id = :id AND version = :version"));
    bindRecord(q, a);
    q.bindValue(QStringLiteral(":id"), a.id);
    q.bindValue(QStringLiteral(":version"), expectedVersion);
    exec(q);
    return q.numRowsAffected() == 1;
}

QString ActivityRepository::where(const Storage::ListQuery& query) const
{
    QString w = QStringLiteral(" WHERE 1 = 1");
    const QJsonObject& f = query.filter;
    for (const char* key : {"owner_id", "customer_id", "lead_id", "opportunity_id", "order_id"})
        if (f.value(QLatin1String(key)).toInteger() > 0)
            w += QStringLiteral(" AND a.%1 = :%1").arg(QLatin1String(key));
    if (f.value(QLatin1String("done")).isBool())
        w += QStringLiteral(" AND a.done = :done");
    if (f.value(QLatin1String("overdue")).toBool())
        w += QStringLiteral(" AND a.done = 0 AND a.due_at < :now");
    if (!query.search.isEmpty())
        w += QStringLiteral(" AND lower(a.subject) LIKE :q ESCAPE '\\'");
    return w;
}

void ActivityRepository::bind(QSqlQuery& q, const Storage::ListQuery& query,
                              const QString& now) const
{
    const QJsonObject& f = query.filter;
    for (const char* key : {"owner_id", "customer_id", "lead_id", "opportunity_id", "order_id"})
        if (f.value(QLatin1String(key)).toInteger() > 0)
            q.bindValue(QLatin1Char(':') + QLatin1String(key),
                        f.value(QLatin1String(key)).toInteger());
    if (f.value(QLatin1String("done")).isBool())
        q.bindValue(QStringLiteral(":done"), f.value(QLatin1String("done")).toBool() ? 1 : 0);
    if (f.value(QLatin1String("overdue")).toBool())
        q.bindValue(QStringLiteral(":now"), now);
    if (!query.search.isEmpty())
        q.bindValue(QStringLiteral(":q"), Storage::containsPattern(query.search.toLower()));
}

QJsonObject ActivityRepository::list(const Storage::ListQuery& query, const QString& now)
{
    const QString w = where(query);
    QSqlQuery count = m_db.uncached(QStringLiteral("SELECT COUNT(*) FROM crm_activities a") + w);
    bind(count, query, now);
    exec(count);
    const qint64 total = Storage::oneInteger(count);
    // Overdue first (open and due before now), then the list's own order.
    QString order = query.orderBy;
    order.replace(QStringLiteral("ORDER BY "),
                  QStringLiteral("ORDER BY CASE WHEN a.done = 0 AND a.due_at < :order_now THEN 0 "
                                 "ELSE 1 END, "));
    QSqlQuery q =
        m_db.uncached(kSelect + kFrom + w + order + QStringLiteral(" LIMIT :limit OFFSET :offset"));
    bind(q, query, now);
    q.bindValue(QStringLiteral(":order_now"), now);
    q.bindValue(QStringLiteral(":limit"), query.limit);
    q.bindValue(QStringLiteral(":offset"), query.offset);
    exec(q);
    QJsonArray rows;
    while (q.next()) {
        const Activity a = readActivity(q);
        QJsonObject row = toJson(a);
        row.insert(QStringLiteral("overdue"), !a.done && a.dueAt < now);
        rows.append(row);
    }
    return QJsonObject{{QStringLiteral("rows"), rows},
                       {QStringLiteral("total"), total},
                       {QStringLiteral("total_capped"), false},
                       {QStringLiteral("next_after"), QJsonValue()}};
}

QList<Activity> ActivityRepository::ofCustomer(qint64 customerId, int limit, qint64* total)
{
    const QString w = QStringLiteral(
        " WHERE (a.customer_id = :c OR a.opportunity_id IN (SELECT id FROM crm_opportunities "
        "WHERE customer_id = :c))");
    QSqlQuery count = m_db.uncached(QStringLiteral("SELECT COUNT(*) FROM crm_activities a") + w);
    count.bindValue(QStringLiteral(":c"), customerId);
    exec(count);
    *total = Storage::oneInteger(count);
    QSqlQuery q = m_db.uncached(kSelect + kFrom + w +
                                QStringLiteral(" ORDER BY a.due_at DESC, a.id DESC LIMIT :n"));
    q.bindValue(QStringLiteral(":c"), customerId);
    q.bindValue(QStringLiteral(":n"), limit);
    exec(q);
    QList<Activity> out;
    while (q.next())
        out.append(readActivity(q));
    return out;
}

} // namespace Erp::Server::Crm
