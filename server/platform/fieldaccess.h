#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

class QJsonValue;
class QByteArray;

namespace Erp::Rpc {
struct CallContext;
}

namespace Erp::Platform {

/// Protected fields as one call sees them (the declarations are in AccessPolicy). A context
/// without a policy (start-up, the demo loader) is the system itself and reads everything.
class FieldAccess final
{
public:
    /// True when the caller may read (and write) `entity`.`field`. Services that compute a
    /// total or an export from a protected field ask this and leave the total out.
    static bool canRead(const Rpc::CallContext& ctx, const QString& entity, const QString& field);
    /// Throws -32003 naming the field (data.field, data.permission, message id
    /// "platform.field.forbidden") when the caller may not write `entity`.`field`.
    static void checkWrite(const Rpc::CallContext& ctx, const QString& entity,
                           const QString& field);
    /// The dispatcher's check before a handler runs: every top-level parameter that is a
    /// protected field of an entity the method writes needs its permission.
    static void checkParams(const Rpc::CallContext& ctx, const QStringList& entities,
                            const QJsonObject& params);
    /// The protected keys of `entities` the caller may not read.
    static QStringList hiddenKeys(const Rpc::CallContext& ctx, const QStringList& entities);
    /// The dispatcher's safety net after a handler ran: removes the hidden keys of the entities
    /// the method carries from its result (a QJsonValue and/or the handler's raw JSON text).
    static void strip(const Rpc::CallContext& ctx, const QStringList& entities, QJsonValue& result,
                      QByteArray& rawResult);
    /// The audit trail viewer: removes from each row's before/after what the caller may not
    /// read of that row's entity. `rows` is the list result {rows: [...]} or one row.
    static void stripAudit(const Rpc::CallContext& ctx, QJsonObject& result);
};

} // namespace Erp::Platform
