#include "server/storage/auditlog.h"

#include "server/storage/bulkinsert.h"
#include "server/storage/database.h"
#include "server/storage/queryresult.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace Erp::Storage {

namespace {

QString toText(const QJsonValue& v)
{
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    return QString();
}

QJsonValue fromText(const QVariant& v)
{
    if (v.isNull() || v.toString().isEmpty())
        return QJsonValue::Null;
    const QJsonDocument doc = QJsonDocument::fromJson(v.toString().toUtf8());
    return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
}

} // namespace

void AuditLog::append(Database& db, const Entry& e)
{
    QSqlQuery& q = db.prepared(
        QStringLiteral("INSERT INTO audit_log (at, user_id, username, method, entity, entity_id, "
                       "before_json, after_json) "
                       "VALUES (:at, :uid, :uname, :method, :entity, :eid, :before, :after)"));
    q.bindValue(QStringLiteral(":at"), nowText());
    q.bindValue(QStringLiteral(":uid"),
                e.userId > 0 ? QVariant(e.userId) : QVariant(QMetaType(QMetaType::LongLong)));
    q.bindValue(QStringLiteral(":uname"), e.username);
    q.bindValue(QStringLiteral(":method"), e.method);
    q.bindValue(QStringLiteral(":entity"), e.entity);
    q.bindValue(QStringLiteral(":eid"),
                e.entityId > 0 ? QVariant(e.entityId) : QVariant(QMetaType(QMetaType::LongLong)));
    const QString before = toText(e.before);
    const QString after = toText(e.after);
    q.bindValue(QStringLiteral(":before"),
                before.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(before));
    q.bindValue(QStringLiteral(":after"),
                after.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(after));
    exec(q);
}

void AuditLog::appendMany(Database& db, const QList<Entry>& entries)
{
    using C = BulkInsert::Column;
    BulkInsert rows(db, QStringLiteral("audit_log"),
                    {C{QStringLiteral("at")}, C{QStringLiteral("user_id"), true},
                     C{QStringLiteral("username")}, C{QStringLiteral("method")},
                     C{QStringLiteral("entity")}, C{QStringLiteral("entity_id"), true},
                     C{QStringLiteral("before_json")}, C{QStringLiteral("after_json")}});
    const QString at = nowText();
    const auto id = [](qint64 v) { return v > 0 ? QVariant(v) : QVariant(); };
    const auto text = [](const QJsonValue& v) {
        const QString t = toText(v);
        return t.isEmpty() ? QVariant() : QVariant(t);
    };
    for (const Entry& e : entries)
        rows.add({at, id(e.userId), e.username, e.method, e.entity, id(e.entityId), text(e.before),
                  e.afterText.isEmpty() ? text(e.after) : QVariant(e.afterText)});
    rows.exec();
}

QJsonObject AuditLog::list(Database& db, const QJsonObject& filter, qint64 offset, qint64 limit)
{
    // Fixed statement with optional conditions: a NULL parameter switches its condition off.
    // The casts let PostgreSQL type a parameter that only appears in "IS NULL".
    static const QString where =
        QStringLiteral(" WHERE (CAST(:entity AS TEXT) IS NULL OR entity = :entity)"
                       " AND (CAST(:eid AS BIGINT) IS NULL OR entity_id = :eid)"
                       " AND (CAST(:uid AS BIGINT) IS NULL OR user_id = :uid)"
                       " AND (CAST(:method AS TEXT) IS NULL OR method = :method)"
                       " AND (CAST(:from AS TEXT) IS NULL OR at >= :from)"
                       " AND (CAST(:to AS TEXT) IS NULL OR at < :to)");
    auto bindFilter = [&filter](QSqlQuery& q) {
        auto text = [&filter](const char* key) {
            const QJsonValue v = filter.value(QLatin1String(key));
            return v.isString() && !v.toString().isEmpty()
                       ? QVariant(v.toString())
                       : QVariant(QMetaType(QMetaType::QString));
        };
        auto number = [&filter](const char* key) {
            const QJsonValue v = filter.value(QLatin1String(key));
            return v.isDouble() ? QVariant(qint64(v.toDouble()))
                                : QVariant(QMetaType(QMetaType::LongLong));
        };
        q.bindValue(QStringLiteral(":entity"), text("entity"));
        q.bindValue(QStringLiteral(":eid"), number("entity_id"));
        q.bindValue(QStringLiteral(":uid"), number("user_id"));
        q.bindValue(QStringLiteral(":method"), text("method"));
        q.bindValue(QStringLiteral(":from"), text("from"));
        q.bindValue(QStringLiteral(":to"), text("to"));
    };

    QSqlQuery count = db.uncached(QStringLiteral("SELECT COUNT(*) FROM audit_log") + where);
    bindFilter(count);
    exec(count);
    const qint64 total = oneInteger(count);

    QSqlQuery& q =
        db.prepared(QStringLiteral("SELECT id, at, user_id, username, method, entity, entity_id, "
                                   "before_json, after_json FROM audit_log") +
                    where + QStringLiteral(" ORDER BY id DESC LIMIT :limit OFFSET :offset"));
    bindFilter(q);
    q.bindValue(QStringLiteral(":limit"), limit);
    q.bindValue(QStringLiteral(":offset"), offset);
    exec(q);
    QJsonArray rows;
    while (q.next()) {
        rows.append(QJsonObject{
            {QStringLiteral("id"), q.value(0).toLongLong()},
            {QStringLiteral("at"), q.value(1).toString()},
            {QStringLiteral("user_id"),
             q.value(2).isNull() ? QJsonValue() : QJsonValue(q.value(2).toLongLong())},
            {QStringLiteral("username"), q.value(3).toString()},
            {QStringLiteral("method"), q.value(4).toString()},
            {QStringLiteral("entity"), q.value(5).toString()},
            {QStringLiteral("entity_id"),
             q.value(6).isNull() ? QJsonValue() : QJsonValue(q.value(6).toLongLong())},
            {QStringLiteral("before"), fromText(q.value(7))},
            {QStringLiteral("after"), fromText(q.value(8))},
        });
    }
    q.finish();
    return QJsonObject{{QStringLiteral("rows"), rows}, {QStringLiteral("total"), total}};
}

} // namespace Erp::Storage
