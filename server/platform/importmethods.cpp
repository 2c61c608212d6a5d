// Registration of platform.import.*: parameters in, import service call, result out.
#include "server/platform/importmethods.h"

#include "server/platform/importservice.h"
#include "server/rpc/callcontext.h"
#include "server/rpc/registry.h"

namespace Erp::Platform {

using namespace Rpc;

namespace {

qint64 jobOf(const QJsonObject& p)
{
    return qint64(p.value(QLatin1String("job")).toDouble());
}

} // namespace

void registerImportMethods(MethodRegistry& r, ImportService& imports)
{
    ImportService* svc = &imports;
    const QJsonObject problemSchema = schemaObject(
        {{QStringLiteral("row"), QJsonObject{{QStringLiteral("type"), QStringLiteral("integer")}}},
         {QStringLiteral("column"),
          QJsonObject{{QStringLiteral("type"), QStringLiteral("string")}}},
         {QStringLiteral("code"), QJsonObject{{QStringLiteral("type"), QStringLiteral("string")}}},
         {QStringLiteral("message"),
          QJsonObject{{QStringLiteral("type"), QStringLiteral("string")}}},
         {QStringLiteral("message_id"),
          QJsonObject{{QStringLiteral("type"), QStringLiteral("string")}}},
         {QStringLiteral("args"),
          QJsonObject{{QStringLiteral("type"), QStringLiteral("object")}}}});
    r.add(MethodSpec(QStringLiteral("platform.import.entities"))
              .describe(QStringLiteral("The entities the caller may import, with their columns "
                                       "(name, type, required, label, label_id, aliases) and key."))
              .reads()
              .handle([svc](CallContext& ctx, const QJsonObject&) -> QJsonValue {
                  return svc->entities(ctx);
              }));
    r.add(MethodSpec(QStringLiteral("platform.import.start"))
              .describe(QStringLiteral("Starts a staged import of one entity; needs the entity's "
                                       "import permission. Returns {job, expires_at, "
                                       "batch_limit}."))
              .param(QStringLiteral("entity"), ParamType::String, Required,
                     QStringLiteral("e.g. crm.customer"), 64)
              .param(QStringLiteral("options"), ParamType::Object, Optional,
                     QStringLiteral("{expires_in?: seconds, entity options}"))
              .handle([svc](CallContext& ctx, const QJsonObject& p) -> QJsonValue {
                  return svc->start(ctx, p.value(QLatin1String("entity")).toString(),
                                    p.value(QLatin1String("options")).toObject());
              }));
    r.add(MethodSpec(QStringLiteral("platform.import.append"))
              .describe(QStringLiteral(
                  "Checks a batch of rows like a dry run (nothing written but the staged rows) "
                  "and stages it. Returns every problem by row and column."))
              .param(QStringLiteral("job"), ParamType::Id, Required)
              .param(QStringLiteral("rows"), ParamType::Array, Required,
                     QStringLiteral("[{row: the file's data row, values: {column: value}}]"))
              .checksControlCharactersItself() // a problem of its row, not of the batch
              .returns(
                  schemaObject({{QStringLiteral("staged"),
                                 QJsonObject{{QStringLiteral("type"), QStringLiteral("integer")}}},
                                {QStringLiteral("problems"),
                                 QJsonObject{{QStringLiteral("type"), QStringLiteral("array")},
                                             {QStringLiteral("items"), problemSchema}}}}))
              .handle([svc](CallContext& ctx, const QJsonObject& p) -> QJsonValue {
                  return svc->append(ctx, jobOf(p), p.value(QLatin1String("rows")).toArray());
              }));
    r.add(MethodSpec(QStringLiteral("platform.import.commit"))
              .describe(QStringLiteral(
                  "Applies every staged row in one transaction or none; returns {total, created, "
                  "updated, unchanged}. -32022 with data.rows when a row fails."))
              .param(QStringLiteral("job"), ParamType::Id, Required)
              .handle([svc](CallContext& ctx, const QJsonObject& p) -> QJsonValue {
                  return svc->commit(ctx, jobOf(p));
              }));
    r.add(MethodSpec(QStringLiteral("platform.import.cancel"))
              .describe(QStringLiteral("Drops a staged import and its rows."))
              .param(QStringLiteral("job"), ParamType::Id, Required)
              .handle([svc](CallContext& ctx, const QJsonObject& p) -> QJsonValue {
                  return svc->cancel(ctx, jobOf(p));
              }));
}

} // namespace Erp::Platform
