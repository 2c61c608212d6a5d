#pragma once

#include <QString>

#include <limits>

namespace Erp::Storage {

class Database;

/// Applies the numbered migrations found under the resource prefix ":/migrations"
/// (files "NNNN_name.sql", collected from server/storage/migrations and every module's
/// migrations/ folder). Each migration runs in its own transaction and is recorded in
/// schema_migrations. Refuses a database whose schema is newer than this program.
///
/// File format: statements are separated by blank lines (so trigger bodies may contain ';').
/// A paragraph starting with "-- sqlite" or "-- postgres" applies to that dialect only.
/// ${ID} expands to the dialect's auto-increment primary key.
class Migrator final
{
public:
    explicit Migrator(Database& db);

    /// Applies pending migrations up to `targetVersion` (default: all); returns how many were
    /// applied; throws StoreError on failure.
    int migrate(int targetVersion = std::numeric_limits<int>::max());

    /// The highest migration number this program knows.
    static int latestVersion();
    /// The schema version recorded in the database (0 for an empty one).
    int currentVersion();

private:
    Database& m_db;
};

} // namespace Erp::Storage
