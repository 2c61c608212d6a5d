#include "server/storage/settings.h"

#include "server/storage/database.h"
#include "server/storage/queryresult.h"

#include <QSqlQuery>
#include <QVariant>

namespace Erp::Storage {

QString setting(Database& db, const QString& key)
{
    QSqlQuery& q = db.prepared(QStringLiteral("SELECT value FROM settings WHERE key = :k"));
    q.bindValue(QStringLiteral(":k"), key);
    exec(q);
    const QString value = oneValue(q).value_or(QVariant()).toString();
    return value;
}

void setSetting(Database& db, const QString& key, const QString& value)
{
    QSqlQuery& q =
        db.prepared(QStringLiteral("INSERT INTO settings (key, value) VALUES (:k, :v) ON CONFLICT "
                                   "(key) DO UPDATE SET value = excluded.value"));
    q.bindValue(QStringLiteral(":k"), key);
    q.bindValue(QStringLiteral(":v"), value);
    exec(q);
}

} // namespace Erp::Storage
