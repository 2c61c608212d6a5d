#pragma once

#include <QString>

namespace Erp::Test {

/// "sqlite" or "postgres", from ERP_TEST_BACKEND (default sqlite).
QString backend();

/// A fresh, empty database for the current backend: a new SQLite file in a temporary directory,
/// or a newly created database on the test PostgreSQL server (tests/scripts/pg-start.sh).
/// Throws std::runtime_error when PostgreSQL is wanted but unreachable: never a silent skip.
QString databaseUrl(const QString& tag);

} // namespace Erp::Test
