#include "server/modules/crm/opportunityrepository.h"

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
    "SELECT o.id, o.number, o.lead_id, o.customer_id, COALESCE(c.name, ''), o.contact_name, "
    "o.title, o.amount, o.currency, o.probability, o.stage_id, s.name, s.builtin_key, o.state, "
    "o.expected_close, o.owner_id, COALESCE(u.username, ''), o.lost_reason_id, "
    "COALESCE(r.name, ''), o.lost_note, o.order_id, o.order_number, o.notes, "
    "o.stage_changed_at, o.closed_at, o.created_at, o.updated_at, o.version");
constexpr int kColumnCount = 28;
const QString kFrom =
    QStringLiteral(" FROM crm_opportunities o JOIN crm_stages s ON s.id = o.stage_id "
                   "LEFT JOIN customers c ON c.id = o.customer_id "
                   "LEFT JOIN users u ON u.id = o.owner_id "
                   "LEFT JOIN crm_lost_reasons r ON r.id = o.lost_reason_id");

Opportunity readOpportunity(const QSqlQuery& q)
{
    Opportunity o;
    o.id = q.value(0).toLongLong();
    o.number = q.value(1).toString();
    o.leadId = q.value(2).toLongLong();
    o.customerId = q.value(3).toLongLong();
    o.customerName = q.value(4).toString();
    o.contactName = q.value(5).toString();
    o.title = q.value(6).toString();
    o.amount = q.value(7).toLongLong();
    o.currency = q.value(8).toString();
    o.probability = q.value(9).toInt();
    o.stageId = q.value(10).toLongLong();
    o.stageName = q.value(11).toString();
    o.stageKey = q.value(12).toString();
    o.state = q.value(13).toString();
    o.expectedClose = q.value(14).toString();
    o.ownerId = q.value(15).toLongLong();
    o.ownerName = q.value(16).toString();
    o.lostReasonId = q.value(17).toLongLong();
    o.lostReason = q.value(18).toString();
    o.lostNote = q.value(19).toString();
    o.orderId = q.value(20).toLongLong();
    o.orderNumber = q.value(21).toString();
    o.notes = q.value(22).toString();
    o.stageChangedAt = q.value(23).toString();
    o.closedAt = q.value(24).toString();
    o.createdAt = q.value(25).toString();
    o.updatedAt = q.value(26).toString();
    o.version = q.value(27).toLongLong();
    return o;
}

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qlonglong>());
}

QVariant textOrNull(const QString& s)
{
    return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}

void bindRecord(QSqlQuery& q, const Opportunity& o)
{
    q.bindValue(QStringLiteral(":lead"), idOrNull(o.leadId));
    q.bindValue(QStringLiteral(":customer"), idOrNull(o.customerId));
    q.bindValue(QStringLiteral(":contact"), notNull(o.contactName));
    q.bindValue(QStringLiteral(":title"), notNull(o.title));
    q.bindValue(QStringLiteral(":amount"), o.amount);
    q.bindValue(QStringLiteral(":currency"), notNull(o.currency));
    q.bindValue(QStringLiteral(":probability"), o.probability);
    q.bindValue(QStringLiteral(":stage"), o.stageId);
    q.bindValue(QStringLiteral(":state"), notNull(o.state));
    q.bindValue(QStringLiteral(":close"), notNull(o.expectedClose));
    q.bindValue(QStringLiteral(":owner"), idOrNull(o.ownerId));
    q.bindValue(QStringLiteral(":reason"), idOrNull(o.lostReasonId));
    q.bindValue(QStringLiteral(":lost_note"), notNull(o.lostNote));
    q.bindValue(QStringLiteral(":order"), idOrNull(o.orderId));
    q.bindValue(QStringLiteral(":order_number"), notNull(o.orderNumber));
    q.bindValue(QStringLiteral(":notes"), notNull(o.notes));
    q.bindValue(QStringLiteral(":search"),
                pipelineSearchText({o.number, o.title, o.customerName, o.contactName}));
    q.bindValue(QStringLiteral(":stage_at"), notNull(o.stageChangedAt));
    q.bindValue(QStringLiteral(":closed_at"), textOrNull(o.closedAt));
    q.bindValue(QStringLiteral(":now"), Storage::nowText());
}

} // namespace

std::optional<Opportunity> OpportunityRepository::byId(qint64 id)
{
    QSqlQuery q = m_db.uncached(kSelect + kFrom + QStringLiteral(" WHERE o.id = :id") +
                                m_scope.andCondition());
    q.bindValue(QStringLiteral(":id"), id);
    m_scope.bind(q);
    exec(q);
    std::optional<Opportunity> o;
    if (q.next()) {
        o = readOpportunity(q);
        o->products = products(id);
    }
    return o;
}

QList<InterestLine> OpportunityRepository::products(qint64 opportunityId)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "SELECT p.product_id, p.qty, COALESCE(pr.sku, ''), COALESCE(pr.name, '') "
        "FROM crm_opportunity_products p LEFT JOIN products pr ON pr.id = p.product_id "
        "WHERE p.opportunity_id = :id ORDER BY p.position"));
    q.bindValue(QStringLiteral(":id"), opportunityId);
    exec(q);
    QList<InterestLine> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                    q.value(3).toString()});
    q.finish();
    return out;
}

void OpportunityRepository::writeProducts(const Opportunity& o)
{
    QSqlQuery& del = m_db.prepared(
        QStringLiteral("DELETE FROM crm_opportunity_products WHERE opportunity_id = :id"));
    del.bindValue(QStringLiteral(":id"), o.id);
    exec(del);
    int position = 0;
    for (const InterestLine& p : o.products) {
        QSqlQuery& q = m_db.prepared(QStringLiteral(
            "INSERT INTO crm_opportunity_products (opportunity_id, position, product_id, qty) "
            "VALUES (:id, :pos, :product, :qty)"));
        q.bindValue(QStringLiteral(":id"), o.id);
        q.bindValue(QStringLiteral(":pos"), position++);
        q.bindValue(QStringLiteral(":product"), p.productId);
        q.bindValue(QStringLiteral(":qty"), p.qty);
        exec(q);
    }
}

void OpportunityRepository::insert(Opportunity& o)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "INSERT INTO crm_opportunities (number, lead_id, customer_id, contact_name, title, "
        "amount, currency, probability, stage_id, state, expected_close, owner_id, "
        "lost_reason_id, lost_note, order_id, order_number, notes, search_text, "
        "stage_changed_at, closed_at, created_at, updated_at, version) VALUES (:number, :lead, "
        ":customer, :contact, :title, :amount, :currency, :probability, :stage, :state, :close, "
        ":owner, :reason, :lost_note, :order, :order_number, :notes, :search, :stage_at, "
        ":closed_at, :created, :now, 1) RETURNING id"));
    bindRecord(q, o);
    q.bindValue(QStringLiteral(":number"), notNull(o.number));
    q.bindValue(QStringLiteral(":created"),
                o.createdAt.isEmpty() ? Storage::nowText() : o.createdAt);
    exec(q);
    o.id = Storage::oneInteger(q);
    o.version = 1;
    writeProducts(o);
}

bool OpportunityRepository::update(const Opportunity& o, qint64 expectedVersion, bool products)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "UPDATE crm_opportunities SET lead_id = :lead, customer_id = :customer, "
        "contact_name = :contact, title = :title, amount = :amount, currency = :currency, "
        "probability = :probability, stage_id = :stage, state = :state, "
        "expected_close = :close, owner_id = :owner, lost_reason_id = :reason, "
        "lost_note = :lost_note, order_id = :order, order_number = :order_number, "
        "notes = :notes, search_text = :search, stage_changed_at = :stage_at, "
        "closed_at = :closed_at, updated_at = :now, version = version + 1 "
        "WHERE id = :id AND version = :version"));
    bindRecord(q, o);
    q.bindValue(QStringLiteral(":id"), o.id);
    q.bindValue(QStringLiteral(":version"), expectedVersion);
    exec(q);
    if (q.numRowsAffected() != 1)
        return false;
    if (products)
        writeProducts(o);
    return true;
}

QString OpportunityRepository::where(const Storage::ListQuery& query) const
{
    QString w = QStringLiteral(" WHERE 1 = 1");
    const QJsonObject& f = query.filter;
    const QString state = f.value(QLatin1String("state")).toString();
    if (!state.isEmpty() && state != QLatin1String("all"))
        w += QStringLiteral(" AND o.state = :state");
    for (const char* key : {"stage_id", "owner_id", "customer_id", "lead_id"})
        if (f.value(QLatin1String(key)).toInteger() > 0)
            w += QStringLiteral(" AND o.%1 = :%1").arg(QLatin1String(key));
    if (!f.value(QLatin1String("close_from")).toString().isEmpty())
        w += QStringLiteral(" AND o.expected_close >= :close_from");
    if (!f.value(QLatin1String("close_to")).toString().isEmpty())
        w += QStringLiteral(" AND o.expected_close <> '' AND o.expected_close <= :close_to");
    if (!query.search.isEmpty())
        w += QStringLiteral(" AND o.search_text LIKE :q ESCAPE '\\'");
    return w + m_scope.andCondition();
}

void OpportunityRepository::bind(QSqlQuery& q, const Storage::ListQuery& query) const
{
    const QJsonObject& f = query.filter;
    const QString state = f.value(QLatin1String("state")).toString();
    if (!state.isEmpty() && state != QLatin1String("all"))
        q.bindValue(QStringLiteral(":state"), state);
    for (const char* key : {"stage_id", "owner_id", "customer_id", "lead_id"})
        if (f.value(QLatin1String(key)).toInteger() > 0)
            q.bindValue(QLatin1Char(':') + QLatin1String(key),
                        f.value(QLatin1String(key)).toInteger());
    for (const char* key : {"close_from", "close_to"})
        if (!f.value(QLatin1String(key)).toString().isEmpty())
            q.bindValue(QLatin1Char(':') + QLatin1String(key),
                        f.value(QLatin1String(key)).toString());
    if (!query.search.isEmpty())
        q.bindValue(QStringLiteral(":q"), Storage::containsPattern(query.search.toLower()));
    m_scope.bind(q);
}

QJsonObject OpportunityRepository::list(const Storage::ListQuery& query)
{
    const QString w = where(query);
    QSqlQuery count = m_db.uncached(QStringLiteral("SELECT COUNT(*) FROM crm_opportunities o") + w);
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
        QJsonObject row = toJson(readOpportunity(q));
        row.remove(QStringLiteral("products")); // a light row: the form reads the record
        rows.append(row);
        nextAfter = query.nextAfter(q.value(kColumnCount), q.value(0).toLongLong());
    }
    return QJsonObject{{QStringLiteral("rows"), rows},
                       {QStringLiteral("total"), total},
                       {QStringLiteral("total_capped"), false},
                       {QStringLiteral("next_after"),
                        rows.size() == query.limit ? QJsonValue(nextAfter) : QJsonValue()}};
}

QList<Opportunity> OpportunityRepository::listAll(const Storage::ListQuery& query, int max)
{
    QSqlQuery q = m_db.uncached(kSelect + kFrom + where(query) + query.orderBy +
                                QStringLiteral(" LIMIT :limit"));
    bind(q, query);
    q.bindValue(QStringLiteral(":limit"), max + 1);
    exec(q);
    QList<Opportunity> out;
    while (q.next())
        out.append(readOpportunity(q));
    return out;
}

QList<Opportunity> OpportunityRepository::ofCustomer(qint64 customerId, int limit, qint64* total)
{
    QSqlQuery count = m_db.uncached(
        QStringLiteral("SELECT COUNT(*) FROM crm_opportunities o WHERE o.customer_id = :c") +
        m_scope.andCondition());
    count.bindValue(QStringLiteral(":c"), customerId);
    m_scope.bind(count);
    exec(count);
    *total = Storage::oneInteger(count);
    QSqlQuery q = m_db.uncached(kSelect + kFrom + QStringLiteral(" WHERE o.customer_id = :c") +
                                m_scope.andCondition() +
                                QStringLiteral(" ORDER BY o.created_at DESC, o.id DESC LIMIT :n"));
    q.bindValue(QStringLiteral(":c"), customerId);
    q.bindValue(QStringLiteral(":n"), limit);
    m_scope.bind(q);
    exec(q);
    QList<Opportunity> out;
    while (q.next())
        out.append(readOpportunity(q));
    return out;
}

void OpportunityRepository::setCustomerOfLead(qint64 leadId, qint64 customerId)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "UPDATE crm_opportunities SET customer_id = :c, version = version + 1, updated_at = :now "
        "WHERE lead_id = :lead AND customer_id IS NULL"));
    q.bindValue(QStringLiteral(":c"), customerId);
    q.bindValue(QStringLiteral(":now"), Storage::nowText());
    q.bindValue(QStringLiteral(":lead"), leadId);
    exec(q);
}

void OpportunityRepository::addHistory(qint64 opportunityId, const Move& move)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "INSERT INTO crm_stage_history (opportunity_id, from_stage_id, to_stage_id, moved_at, "
        "moved_by) VALUES (:id, :from, :to, :at, :by)"));
    q.bindValue(QStringLiteral(":id"), opportunityId);
    q.bindValue(QStringLiteral(":from"), idOrNull(move.fromStageId));
    q.bindValue(QStringLiteral(":to"), move.toStageId);
    q.bindValue(QStringLiteral(":at"), notNull(move.movedAt));
    q.bindValue(QStringLiteral(":by"), notNull(move.movedBy));
    exec(q);
}

QList<OpportunityRepository::Move> OpportunityRepository::history(qint64 opportunityId)
{
    QSqlQuery& q =
        m_db.prepared(QStringLiteral("SELECT from_stage_id, to_stage_id, moved_at, moved_by FROM "
                                     "crm_stage_history WHERE opportunity_id = :id ORDER BY id"));
    q.bindValue(QStringLiteral(":id"), opportunityId);
    exec(q);
    QList<Move> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                    q.value(3).toString()});
    q.finish();
    return out;
}

} // namespace Erp::Server::Crm
