#pragma once

#include <QString>

namespace Erp::Storage {

class Database;

/// Numbering of documents and records (customer codes, order numbers). The counter advances in
/// the caller's transaction: concurrent writers are serialized by the store, and a rolled-back
/// call gives its number back.
qint64 nextSequenceValue(Database& db, const QString& series);

} // namespace Erp::Storage
