#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

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
};

/// What became of one record of the file.
enum class ImportOutcome { Created, Updated, Unchanged };

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
