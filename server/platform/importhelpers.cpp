// Helpers for the row handlers of importable entities (importentity.h).
#include "common/jsonrpc.h"
#include "server/platform/importentity.h"
#include "server/platform/importrepository.h"
#include "server/rpc/callcontext.h"

namespace Erp::Platform {

QJsonObject typedFields(const ImportEntity& entity, const QJsonObject& row, const QStringList& skip)
{
    QJsonObject fields;
    for (const ImportColumn& c : entity.columns) {
        const QString text = row.value(c.name).toString();
        if (text.isEmpty() || skip.contains(c.name))
            continue;
        switch (c.type) {
        case ImportColumn::Type::Integer:
            fields.insert(c.name, text.toLongLong());
            break;
        case ImportColumn::Type::Boolean:
            fields.insert(c.name, text == QLatin1String("true"));
            break;
        default:
            fields.insert(c.name, text);
        }
    }
    return fields;
}

ImportOutcome updateOrUnchanged(Rpc::CallContext& ctx, const QJsonObject& before,
                                const std::function<QJsonObject()>& update)
{
    static const QString savepoint = QStringLiteral("import_same");
    const auto comparable = [](QJsonObject o) {
        for (const char* key : {"version", "updated_at", "created_at"})
            o.remove(QLatin1String(key));
        return o;
    };
    ImportRepository repo(ctx.db);
    const qsizetype changesBefore = ctx.changes.size();
    repo.savepoint(savepoint);
    QJsonObject after;
    try {
        after = update();
    } catch (...) {
        repo.rollbackTo(savepoint);
        repo.release(savepoint);
        ctx.changes.resize(changesBefore);
        throw;
    }
    if (comparable(after) == comparable(before)) {
        repo.rollbackTo(savepoint);
        repo.release(savepoint);
        ctx.changes.resize(changesBefore);
        return ImportOutcome::Unchanged;
    }
    repo.release(savepoint);
    return ImportOutcome::Updated;
}

void throwRowProblem(const QString& column, const QString& code, const QString& message,
                     const QString& messageId, const QJsonObject& args)
{
    throw Rpc::Error::validation(column, code, message, messageId, args);
}

} // namespace Erp::Platform
