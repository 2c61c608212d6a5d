#pragma once

#include <QSet>
#include <QString>

#include <optional>

namespace Erp::Storage {
class Database;
}

namespace Erp::Server {

/// A module's switch as stored (table module_states, migration 0012).
struct ModuleState
{
    qint64 id = 0;
    bool enabled = true;
    qint64 version = 0; ///< 0: no row yet (the module has never been switched)
};

/// The SQL of the platform's own tables: which modules the company switched off.
class PlatformRepository final
{
public:
    explicit PlatformRepository(Storage::Database& db)
        : m_db(db)
    {}

    QSet<QString> disabledModules();
    std::optional<ModuleState> moduleState(const QString& module);
    /// Writes the switch (inserting the row on first use); returns the stored state.
    ModuleState setModuleEnabled(const QString& module, bool enabled);

private:
    Storage::Database& m_db;
};

} // namespace Erp::Server
