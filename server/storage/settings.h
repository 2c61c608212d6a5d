#pragma once

#include <QString>

namespace Erp::Storage {

class Database;

/// The store's own key/value settings (table settings): when it was set up, whether the demo
/// company is loaded. Read and written inside the caller's transaction.
QString setting(Database& db, const QString& key);
void setSetting(Database& db, const QString& key, const QString& value);

} // namespace Erp::Storage
