#pragma once

#include "common/jsonrpc.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace Erp::Rpc {
struct CallContext;
}

namespace Erp::Platform {

/// One column of an importable entity, as the file carries it.
struct ImportColumn
{
    enum class Type { Text, Integer, Decimal, Date, Boolean };

    QString name; ///< wire name, e.g. "credit_limit"
    Type type = Type::Text;
    bool required = false;
    QString labelId; ///< message id of the clerk's label, e.g. "crm.customer.field.name"
    QString label;   ///< the English label (scripts, logs, header matching)
    /// Other headers a spreadsheet may carry for this column (e.g. the Chinese label "客户名称"),
    /// matched by the client wizard when it maps the file's header.
    QStringList aliases;
    /// The protected field (AccessPolicy) this column is a part of when its name is not the
    /// field's own, e.g. "deductions" for a column "deduction_children": the column is offered
    /// and taken only with that field's permission. Empty: the column's own name.
    QString protectedAs = {};

    /// The field name field permissions are checked under.
    const QString& protectedField() const { return protectedAs.isEmpty() ? name : protectedAs; }
};

/// What became of one record of the file.
enum class ImportOutcome { Created, Updated, Unchanged };

/// One record of a batch: one row, or the rows of one key for groupedByKey, with the file's
/// row numbers.
struct ImportRecord
{
    QList<QJsonObject> rows;
    QList<qint64> rowNumbers;
};

/// What became of one record of a batch (ImportEntity::applyBatch).
struct ImportResult
{
    ImportOutcome outcome = ImportOutcome::Unchanged;
    /// Why the record cannot be written, as the row handler would throw it (field errors name
    /// the file's columns and may carry "row", the index in the record's rows).
    std::optional<Rpc::Error> error;
    /// Set when the store itself refused the record: the message of the store's error. On
    /// PostgreSQL the transaction is then unusable until the caller rolls back to a savepoint.
    QString storeError;
};

/// Which pass of the import runs a batch.
enum class ImportPass {
    /// The dry run (platform.import.append): everything written is rolled back afterwards, so
    /// a batch handler may leave out writes that cannot reveal a problem — but it must find
    /// every problem the Write pass would, with the same rules and messages.
    Check,
    /// The commit: the records are written.
    Write,
};

/// An entity a module makes importable: its columns, its key and its row handler. The handler
/// goes through the entity's service (the same validation and duplicate checks as create) and
/// throws Rpc::Error — field errors name the file's columns — when a record cannot be written.
struct ImportEntity
{
    QString name;       ///< e.g. "crm.customer"
    QString permission; ///< the grant needed to import it (the entity's create/update right)
    QString labelId;    ///< message id of the entity's name for the clerk
    QString label;      ///< English name
    QList<ImportColumn> columns;
    /// The column that names a record (idempotency): a row whose key names an existing record
    /// updates it (or leaves it unchanged). Empty = no key column.
    QString keyColumn;
    /// Rows with the same key form ONE record (an order and its lines); otherwise a key repeated
    /// in a file is a problem.
    bool groupedByKey = false;
    /// The key of a row inside the file (duplicates are reported); default: the key column's
    /// value in upper case. Returning an empty string means "no key".
    std::function<QString(const QJsonObject& row)> fileKey;
    /// Writes one record (one row; several rows for groupedByKey) through the entity's service.
    /// Field errors may carry "row" (the index in `rows`) when a group's row is at fault.
    std::function<ImportOutcome(Rpc::CallContext& ctx, const QList<QJsonObject>& rows,
                                const QJsonObject& options)>
        apply;
    /// Optional bulk path for many records at once (set-based lookups, multi-row writes): the
    /// records in file order, with exactly the effect and the problems of `apply` called for
    /// each in turn. Returns one result per record for a prefix of `records`: it stops after a
    /// record whose storeError is set. Without it, the framework calls `apply` per record.
    std::function<QList<ImportResult>(Rpc::CallContext& ctx, const QList<ImportRecord>& records,
                                      const QJsonObject& options, ImportPass pass)>
        applyBatch;
    /// The tables an import of the entity fills. A commit that writes many records refreshes
    /// their planner statistics (PostgreSQL ANALYZE, inside the transaction, which counts the
    /// transaction's own rows) after its first batch: statistics that still describe the
    /// empty table make PostgreSQL check every foreign key to it by scanning the table, which
    /// makes a long import quadratic (docs/BENCHMARKS.md).
    QStringList tables;
    /// The entity name of the one summary event.changed sent after a commit.
    QString eventEntity;

    const ImportColumn* column(const QString& wireName) const
    {
        for (const ImportColumn& c : columns)
            if (c.name == wireName)
                return &c;
        return nullptr;
    }
};

} // namespace Erp::Platform

namespace Erp::Platform {

/// The row's non-empty cells as the entity's create/update fields: integer columns as numbers,
/// boolean columns as true/false, everything else as text; columns in `skip` are left out.
QJsonObject typedFields(const ImportEntity& entity, const QJsonObject& row,
                        const QStringList& skip = {});

/// Runs the service's `update` (which returns the record after) and undoes it when nothing but
/// the version and timestamps changed: the row is then Unchanged and the record untouched (no
/// new version, no audit entry). `before` is the record as the service's get returned it.
ImportOutcome updateOrUnchanged(Rpc::CallContext& ctx, const QJsonObject& before,
                                const std::function<QJsonObject()>& update);

/// A field error of the file's row and column, thrown by a row handler.
[[noreturn]] void throwRowProblem(const QString& column, const QString& code,
                                  const QString& message, const QString& messageId,
                                  const QJsonObject& args = {});

} // namespace Erp::Platform
