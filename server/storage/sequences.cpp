#include "server/storage/sequences.h"

#include "server/storage/database.h"

#include <QSqlQuery>
#include <QVariant>

namespace Erp::Storage {

qint64 nextSequenceValue(Database& db, const QString& series)
{
    QSqlQuery& q = db.prepared(QStringLiteral(
        "INSERT INTO number_sequences (name, value) VALUES (:name, 1) "
        "ON CONFLICT (name) DO UPDATE SET value = number_sequences.value + 1 RETURNING value"));
    q.bindValue(QStringLiteral(":name"), series);
    exec(q);
    const qint64 value = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return value;
}

} // namespace Erp::Storage
