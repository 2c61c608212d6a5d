#include "server/platform/platformrepository.h"

#include "server/storage/database.h"

#include <QSqlQuery>
#include <QVariant>

namespace Erp::Server {

using Storage::exec;

QSet<QString> PlatformRepository::disabledModules()
{
    QSqlQuery& q =
        m_db.prepared(QStringLiteral("SELECT name FROM module_states WHERE enabled = 0"));
    exec(q);
    QSet<QString> names;
    while (q.next())
        names.insert(q.value(0).toString());
    q.finish();
    return names;
}

std::optional<ModuleState> PlatformRepository::moduleState(const QString& module)
{
    QSqlQuery& q = m_db.prepared(
        QStringLiteral("SELECT id, enabled, version FROM module_states WHERE name = :name"));
    q.bindValue(QStringLiteral(":name"), module);
    exec(q);
    std::optional<ModuleState> state;
    if (q.next())
        state =
            ModuleState{q.value(0).toLongLong(), q.value(1).toInt() != 0, q.value(2).toLongLong()};
    q.finish();
    return state;
}

ModuleState PlatformRepository::setModuleEnabled(const QString& module, bool enabled)
{
    QSqlQuery& q = m_db.prepared(
        QStringLiteral("INSERT INTO module_states (name, enabled, version, updated_at) "
                       "VALUES (:name, :enabled, 1, :now) ON CONFLICT (name) DO UPDATE SET "
                       "enabled = excluded.enabled, version = module_states.version + 1, "
                       "updated_at = excluded.updated_at RETURNING id, enabled, version"));
    q.bindValue(QStringLiteral(":name"), module);
    q.bindValue(QStringLiteral(":enabled"), enabled ? 1 : 0);
    q.bindValue(QStringLiteral(":now"), Storage::nowText());
    exec(q);
    ModuleState state;
    if (q.next())
        state =
            ModuleState{q.value(0).toLongLong(), q.value(1).toInt() != 0, q.value(2).toLongLong()};
    q.finish();
    return state;
}

} // namespace Erp::Server
