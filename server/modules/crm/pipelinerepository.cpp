#include "server/modules/crm/pipelinerepository.h"

#include "server/storage/database.h"
#include "server/storage/queryresult.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace Erp::Server::Crm {

using Storage::exec;

namespace {

const QString kStageColumns = QStringLiteral(
    "id, name, builtin_key, position, probability, is_won, is_lost, active, version");

Stage readStage(const QSqlQuery& q)
{
    Stage s;
    s.id = q.value(0).toLongLong();
    s.name = q.value(1).toString();
    s.builtinKey = q.value(2).toString();
    s.position = q.value(3).toInt();
    s.probability = q.value(4).toInt();
    s.isWon = q.value(5).toInt() != 0;
    s.isLost = q.value(6).toInt() != 0;
    s.active = q.value(7).toInt() != 0;
    s.version = q.value(8).toLongLong();
    return s;
}

const QString kReasonColumns = QStringLiteral("id, name, builtin_key, position, active, version");

LostReason readReason(const QSqlQuery& q)
{
    LostReason r;
    r.id = q.value(0).toLongLong();
    r.name = q.value(1).toString();
    r.builtinKey = q.value(2).toString();
    r.position = q.value(3).toInt();
    r.active = q.value(4).toInt() != 0;
    r.version = q.value(5).toLongLong();
    return r;
}

const QString kRuleColumns =
    QStringLiteral("id, name, event, action, stage_id, user_ids, last_user_id, activity_kind, "
                   "activity_subject, activity_days, active, version");

AutomationRule readRule(const QSqlQuery& q)
{
    AutomationRule r;
    r.id = q.value(0).toLongLong();
    r.name = q.value(1).toString();
    r.event = q.value(2).toString();
    r.action = q.value(3).toString();
    r.stageId = q.value(4).toLongLong();
    for (const QJsonValue& v : QJsonDocument::fromJson(q.value(5).toByteArray()).array())
        r.userIds.append(v.toInteger());
    r.lastUserId = q.value(6).toLongLong();
    r.activityKind = q.value(7).toString();
    r.activitySubject = q.value(8).toString();
    r.activityDays = q.value(9).toInt();
    r.active = q.value(10).toInt() != 0;
    r.version = q.value(11).toLongLong();
    return r;
}

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qlonglong>());
}

} // namespace

QList<Stage> PipelineRepository::stages(bool all)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral("SELECT ") + kStageColumns +
                                 QStringLiteral(" FROM crm_stages WHERE active = 1 OR :all = 1 "
                                                "ORDER BY position, id"));
    q.bindValue(QStringLiteral(":all"), all ? 1 : 0);
    exec(q);
    QList<Stage> out;
    while (q.next())
        out.append(readStage(q));
    q.finish();
    return out;
}

std::optional<Stage> PipelineRepository::stage(qint64 id)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral("SELECT ") + kStageColumns +
                                 QStringLiteral(" FROM crm_stages WHERE id = :id"));
    q.bindValue(QStringLiteral(":id"), id);
    exec(q);
    std::optional<Stage> s;
    if (q.next())
        s = readStage(q);
    q.finish();
    return s;
}

void PipelineRepository::insert(Stage& s)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "INSERT INTO crm_stages (name, builtin_key, position, probability, is_won, is_lost, "
        "active, created_at, updated_at, version) VALUES (:name, :key, :pos, :prob, :won, :lost, "
        ":active, :now, :now, 1) RETURNING id"));
    q.bindValue(QStringLiteral(":name"), notNull(s.name));
    q.bindValue(QStringLiteral(":key"), notNull(s.builtinKey));
    q.bindValue(QStringLiteral(":pos"), s.position);
    q.bindValue(QStringLiteral(":prob"), s.probability);
    q.bindValue(QStringLiteral(":won"), s.isWon ? 1 : 0);
    q.bindValue(QStringLiteral(":lost"), s.isLost ? 1 : 0);
    q.bindValue(QStringLiteral(":active"), s.active ? 1 : 0);
    q.bindValue(QStringLiteral(":now"), Storage::nowText());
    exec(q);
    s.id = Storage::oneInteger(q);
    s.version = 1;
}

bool PipelineRepository::update(const Stage& s, qint64 expectedVersion)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "UPDATE crm_stages SET name = :name, builtin_key = :key, position = :pos, "
        "probability = :prob, is_won = :won, is_lost = :lost, active = :active, "
        "updated_at = :now, version = version + 1 WHERE id = :id AND version = :version"));
    q.bindValue(QStringLiteral(":name"), notNull(s.name));
    q.bindValue(QStringLiteral(":key"), notNull(s.builtinKey));
    q.bindValue(QStringLiteral(":pos"), s.position);
    q.bindValue(QStringLiteral(":prob"), s.probability);
    q.bindValue(QStringLiteral(":won"), s.isWon ? 1 : 0);
    q.bindValue(QStringLiteral(":lost"), s.isLost ? 1 : 0);
    q.bindValue(QStringLiteral(":active"), s.active ? 1 : 0);
    q.bindValue(QStringLiteral(":now"), Storage::nowText());
    q.bindValue(QStringLiteral(":id"), s.id);
    q.bindValue(QStringLiteral(":version"), expectedVersion);
    exec(q);
    return q.numRowsAffected() == 1;
}

qint64 PipelineRepository::opportunitiesInStage(qint64 stageId)
{
    QSqlQuery& q = m_db.prepared(
        QStringLiteral("SELECT COUNT(*) FROM crm_opportunities WHERE stage_id = :id"));
    q.bindValue(QStringLiteral(":id"), stageId);
    exec(q);
    return Storage::oneInteger(q);
}

QList<LostReason> PipelineRepository::lostReasons(bool all)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral("SELECT ") + kReasonColumns +
                                 QStringLiteral(" FROM crm_lost_reasons WHERE active = 1 OR "
                                                ":all = 1 ORDER BY position, id"));
    q.bindValue(QStringLiteral(":all"), all ? 1 : 0);
    exec(q);
    QList<LostReason> out;
    while (q.next())
        out.append(readReason(q));
    q.finish();
    return out;
}

std::optional<LostReason> PipelineRepository::lostReason(qint64 id)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral("SELECT ") + kReasonColumns +
                                 QStringLiteral(" FROM crm_lost_reasons WHERE id = :id"));
    q.bindValue(QStringLiteral(":id"), id);
    exec(q);
    std::optional<LostReason> r;
    if (q.next())
        r = readReason(q);
    q.finish();
    return r;
}

void PipelineRepository::insert(LostReason& r)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "INSERT INTO crm_lost_reasons (name, builtin_key, position, active, created_at, "
        "updated_at, version) VALUES (:name, :key, :pos, :active, :now, :now, 1) RETURNING id"));
    q.bindValue(QStringLiteral(":name"), notNull(r.name));
    q.bindValue(QStringLiteral(":key"), notNull(r.builtinKey));
    q.bindValue(QStringLiteral(":pos"), r.position);
    q.bindValue(QStringLiteral(":active"), r.active ? 1 : 0);
    q.bindValue(QStringLiteral(":now"), Storage::nowText());
    exec(q);
    r.id = Storage::oneInteger(q);
    r.version = 1;
}

bool PipelineRepository::update(const LostReason& r, qint64 expectedVersion)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "UPDATE crm_lost_reasons SET name = :name, builtin_key = :key, position = :pos, "
        "active = :active, updated_at = :now, version = version + 1 "
        "WHERE id = :id AND version = :version"));
    q.bindValue(QStringLiteral(":name"), notNull(r.name));
    q.bindValue(QStringLiteral(":key"), notNull(r.builtinKey));
    q.bindValue(QStringLiteral(":pos"), r.position);
    q.bindValue(QStringLiteral(":active"), r.active ? 1 : 0);
    q.bindValue(QStringLiteral(":now"), Storage::nowText());
    q.bindValue(QStringLiteral(":id"), r.id);
    q.bindValue(QStringLiteral(":version"), expectedVersion);
    exec(q);
    return q.numRowsAffected() == 1;
}

QList<AutomationRule> PipelineRepository::rules(const QString& event)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral("SELECT ") + kRuleColumns +
                                 QStringLiteral(" FROM crm_rules WHERE event = :event OR "
                                                ":event = '' ORDER BY id"));
    q.bindValue(QStringLiteral(":event"), event.isNull() ? QStringLiteral("") : event);
    exec(q);
    QList<AutomationRule> out;
    while (q.next())
        out.append(readRule(q));
    q.finish();
    return out;
}

std::optional<AutomationRule> PipelineRepository::rule(qint64 id)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral("SELECT ") + kRuleColumns +
                                 QStringLiteral(" FROM crm_rules WHERE id = :id"));
    q.bindValue(QStringLiteral(":id"), id);
    exec(q);
    std::optional<AutomationRule> r;
    if (q.next())
        r = readRule(q);
    q.finish();
    return r;
}

namespace {

void bindRule(QSqlQuery& q, const AutomationRule& r)
{
    QJsonArray users;
    for (qint64 id : r.userIds)
        users.append(id);
    q.bindValue(QStringLiteral(":name"), notNull(r.name));
    q.bindValue(QStringLiteral(":event"), notNull(r.event));
    q.bindValue(QStringLiteral(":action"), notNull(r.action));
    q.bindValue(QStringLiteral(":stage"), idOrNull(r.stageId));
    q.bindValue(QStringLiteral(":users"),
                QString::fromUtf8(QJsonDocument(users).toJson(QJsonDocument::Compact)));
    q.bindValue(QStringLiteral(":kind"), notNull(r.activityKind));
    q.bindValue(QStringLiteral(":subject"), notNull(r.activitySubject));
    q.bindValue(QStringLiteral(":days"), r.activityDays);
    q.bindValue(QStringLiteral(":active"), r.active ? 1 : 0);
    q.bindValue(QStringLiteral(":now"), Storage::nowText());
}

} // namespace

void PipelineRepository::insert(AutomationRule& r)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "INSERT INTO crm_rules (name, event, action, stage_id, user_ids, activity_kind, "
        "activity_subject, activity_days, active, created_at, updated_at, version) VALUES "
        "(:name, :event, :action, :stage, :users, :kind, :subject, :days, :active, :now, :now, 1) "
        "RETURNING id"));
    bindRule(q, r);
    exec(q);
    r.id = Storage::oneInteger(q);
    r.version = 1;
}

bool PipelineRepository::update(const AutomationRule& r, qint64 expectedVersion)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "UPDATE crm_rules SET name = :name, event = :event, action = :action, stage_id = :stage, "
        "user_ids = :users, activity_kind = :kind, activity_subject = :subject, "
        "activity_days = :days, active = :active, updated_at = :now, version = version + 1 "
        "WHERE id = :id AND version = :version"));
    bindRule(q, r);
    q.bindValue(QStringLiteral(":id"), r.id);
    q.bindValue(QStringLiteral(":version"), expectedVersion);
    exec(q);
    return q.numRowsAffected() == 1;
}

void PipelineRepository::setLastUser(qint64 ruleId, qint64 userId)
{
    QSqlQuery& q =
        m_db.prepared(QStringLiteral("UPDATE crm_rules SET last_user_id = :user WHERE id = :id"));
    q.bindValue(QStringLiteral(":user"), userId);
    q.bindValue(QStringLiteral(":id"), ruleId);
    exec(q);
}

bool PipelineRepository::userIsActive(qint64 userId)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral("SELECT active FROM users WHERE id = :id"));
    q.bindValue(QStringLiteral(":id"), userId);
    exec(q);
    return Storage::oneInteger(q) != 0;
}

qint64 PipelineRepository::userIdByName(const QString& username)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral("SELECT id FROM users WHERE username = :u"));
    q.bindValue(QStringLiteral(":u"), username);
    exec(q);
    return Storage::oneInteger(q);
}

QString PipelineRepository::userName(qint64 userId)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral("SELECT username FROM users WHERE id = :id"));
    q.bindValue(QStringLiteral(":id"), userId);
    exec(q);
    const auto v = Storage::oneValue(q);
    return v ? v->toString() : QString();
}

QList<std::pair<qint64, qint64>> PipelineRepository::demoCustomers(int limit)
{
    QSqlQuery& q = m_db.prepared(
        QStringLiteral("SELECT id, COALESCE(owner_id, 0) FROM customers WHERE status = 'active' "
                       "ORDER BY id LIMIT :n"));
    q.bindValue(QStringLiteral(":n"), limit);
    exec(q);
    QList<std::pair<qint64, qint64>> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toLongLong()});
    q.finish();
    return out;
}

QList<qint64> PipelineRepository::demoProducts(int limit)
{
    QSqlQuery& q = m_db.prepared(
        QStringLiteral("SELECT id FROM products WHERE active = 1 ORDER BY id LIMIT :n"));
    q.bindValue(QStringLiteral(":n"), limit);
    exec(q);
    QList<qint64> out;
    while (q.next())
        out.append(q.value(0).toLongLong());
    q.finish();
    return out;
}

QString PipelineRepository::where(const ReportFilter& f) const
{
    QString w = QStringLiteral(" WHERE 1 = 1");
    if (f.ownerId > 0)
        w += QStringLiteral(" AND o.owner_id = :owner");
    if (f.closeFrom.isValid())
        w += QStringLiteral(" AND o.expected_close >= :from");
    if (f.closeTo.isValid())
        w += QStringLiteral(" AND o.expected_close <> '' AND o.expected_close <= :to");
    return w + m_scope.andCondition();
}

void PipelineRepository::bind(QSqlQuery& q, const ReportFilter& f) const
{
    if (f.ownerId > 0)
        q.bindValue(QStringLiteral(":owner"), f.ownerId);
    if (f.closeFrom.isValid())
        q.bindValue(QStringLiteral(":from"), f.closeFrom.toString(Qt::ISODate));
    if (f.closeTo.isValid())
        q.bindValue(QStringLiteral(":to"), f.closeTo.toString(Qt::ISODate));
    m_scope.bind(q);
}

QHash<qint64, PipelineRepository::StageSum> PipelineRepository::stageSums(const ReportFilter& f)
{
    QSqlQuery q = m_db.uncached(
        QStringLiteral(
            "SELECT o.stage_id, COUNT(*), CAST(COALESCE(SUM(o.amount), 0) AS BIGINT), "
            "CAST(COALESCE(SUM(o.amount * o.probability), 0) AS BIGINT) FROM crm_opportunities o") +
        where(f) + QStringLiteral(" AND o.currency = :currency GROUP BY o.stage_id"));
    bind(q, f);
    q.bindValue(QStringLiteral(":currency"), f.currency);
    exec(q);
    QHash<qint64, StageSum> out;
    while (q.next())
        out.insert(q.value(0).toLongLong(),
                   {q.value(1).toLongLong(), q.value(2).toLongLong(), q.value(3).toLongLong()});
    return out;
}

qint64 PipelineRepository::otherCurrencyCount(const ReportFilter& f)
{
    QSqlQuery q = m_db.uncached(QStringLiteral("SELECT COUNT(*) FROM crm_opportunities o") +
                                where(f) + QStringLiteral(" AND o.currency <> :currency"));
    bind(q, f);
    q.bindValue(QStringLiteral(":currency"), f.currency);
    exec(q);
    return Storage::oneInteger(q);
}

QList<PipelineRepository::ForecastRow> PipelineRepository::forecast(const ReportFilter& f)
{
    QSqlQuery q = m_db.uncached(
        QStringLiteral("SELECT substr(o.expected_close, 1, 7) AS month, "
                       "COALESCE(o.owner_id, 0), COALESCE(MAX(u.username), ''), COUNT(*), "
                       "CAST(SUM(o.amount) AS BIGINT), CAST(SUM(o.amount * o.probability) AS "
                       "BIGINT) FROM crm_opportunities o "
                       "LEFT JOIN users u ON u.id = o.owner_id") +
        where(f) +
        QStringLiteral(" AND o.currency = :currency AND o.state <> 'lost' AND "
                       "o.expected_close <> '' GROUP BY substr(o.expected_close, 1, 7), "
                       "COALESCE(o.owner_id, 0) ORDER BY 1, 3, 2"));
    bind(q, f);
    q.bindValue(QStringLiteral(":currency"), f.currency);
    exec(q);
    QList<ForecastRow> out;
    while (q.next())
        out.append({q.value(0).toString(),
                    q.value(1).toLongLong(),
                    q.value(2).toString(),
                    {q.value(3).toLongLong(), q.value(4).toLongLong(), q.value(5).toLongLong()}});
    return out;
}

QList<PipelineRepository::Closed> PipelineRepository::closed(const ReportFilter& f)
{
    QSqlQuery q = m_db.uncached(
        QStringLiteral("SELECT o.state, o.created_at, o.closed_at FROM crm_opportunities o") +
        where(f) + QStringLiteral(" AND o.state IN ('won', 'lost') AND o.closed_at IS NOT NULL"));
    bind(q, f);
    exec(q);
    QList<Closed> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString()});
    return out;
}

QList<int> PipelineRepository::reachedPositions(const ReportFilter& f)
{
    QSqlQuery q =
        m_db.uncached(QStringLiteral("SELECT o.id, MAX(s.position) FROM crm_opportunities o "
                                     "JOIN crm_stage_history h ON h.opportunity_id = o.id "
                                     "JOIN crm_stages s ON s.id = h.to_stage_id") +
                      where(f) + QStringLiteral(" AND s.is_lost = 0 GROUP BY o.id"));
    bind(q, f);
    exec(q);
    QList<int> out;
    while (q.next())
        out.append(q.value(1).toInt());
    return out;
}

} // namespace Erp::Server::Crm
