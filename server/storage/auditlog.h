#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace Erp::Storage {

class Database;

/// The append-only audit trail (table audit_log). Writes happen inside the caller's
/// transaction so an audit row exists exactly when its change was committed.
class AuditLog final
{
public:
    struct Entry
    {
        qint64 userId = 0;
        QString username;
        QString method;
        QString entity;
        qint64 entityId = 0;
        QJsonValue before;
        QJsonValue after;
        /// `after` as compact JSON text already (bulk writers that write it directly); used
        /// instead of `after` when set.
        QString afterText;
    };

    static void append(Database& db, const Entry& entry);
    /// The entries of a bulk write (an import's batch) with one statement: the same rows as
    /// append() once per entry.
    static void appendMany(Database& db, const QList<Entry>& entries);

    /// Filters: entity, entity_id, user_id, method, from/to (ISO timestamps); newest first.
    static QJsonObject list(Database& db, const QJsonObject& filter, qint64 offset, qint64 limit);
};

} // namespace Erp::Storage
