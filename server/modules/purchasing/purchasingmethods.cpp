// Registration of purchasing.* methods: parameters in, service call, result out.
#include "server/modules/purchasing/purchasingmodule.h"

#include "server/rpc/callcontext.h"
#include "server/rpc/registry.h"

namespace Erp::Server::Purchasing {

using namespace Rpc;

namespace {

qint64 idOf(const QJsonObject& p, const char* key = "id")
{
    return qint64(p.value(QLatin1String(key)).toDouble());
}

QJsonObject withoutKeys(QJsonObject p, std::initializer_list<const char*> keys)
{
    for (const char* key : keys)
        p.remove(QLatin1String(key));
    return p;
}

/// The editable fields of a supplier, declared once for create and update.
MethodSpec& supplierFields(MethodSpec& spec)
{
    return spec
        .param(QStringLiteral("code"), ParamType::String, Optional,
               QStringLiteral("generated as S00001 when omitted"), 20)
        .param(QStringLiteral("name"), ParamType::String, Optional, {}, 200)
        .param(QStringLiteral("tax_id"), ParamType::String, Optional, {}, 30)
        .param(QStringLiteral("contact_name"), ParamType::String, Optional, {}, 100)
        .param(QStringLiteral("phone"), ParamType::String, Optional, {}, 40)
        .param(QStringLiteral("email"), ParamType::String, Optional, {}, 200)
        .param(QStringLiteral("address"), ParamType::String, Optional, {}, 500)
        .param(QStringLiteral("currency"), ParamType::String, Optional,
               QStringLiteral("ISO 4217, default CNY"), 3)
        .param(QStringLiteral("payment_terms_days"), ParamType::Integer, Optional,
               QStringLiteral("0..365, default 30"))
        .param(QStringLiteral("lead_time_days"), ParamType::Integer, Optional,
               QStringLiteral("0..365, default 7"))
        .param(QStringLiteral("notes"), ParamType::String, Optional, {}, 4000)
        .param(QStringLiteral("active"), ParamType::Boolean);
}

} // namespace

void PurchasingModule::registerMethods(MethodRegistry& r)
{
    registerSupplierMethods(r);
}

void PurchasingModule::registerSupplierMethods(MethodRegistry& r)
{
    SupplierService* svc = &m_suppliers;
    const QString read = QStringLiteral("purchasing.supplier.read");
    const QString write = QStringLiteral("purchasing.supplier.write");

    MethodSpec list(QStringLiteral("purchasing.supplier.list"));
    listParams(list)
        .describe(QStringLiteral("Suppliers. filter {active: true|false}; search: any substring "
                                 "of code, name, tax id, contact, phone or e-mail. Sort: code, "
                                 "name, contact_name, phone, currency, lead_time_days, "
                                 "payment_terms_days, created_at, updated_at."))
        .needs(read)
        .reads()
        .handle([svc](CallContext& ctx, const QJsonObject& p) -> QJsonValue {
            return svc->list(ctx, p);
        });
    r.add(list);
    r.add(MethodSpec(QStringLiteral("purchasing.supplier.get"))
              .describe(QStringLiteral("One supplier."))
              .needs(read)
              .reads()
              .param(QStringLiteral("id"), ParamType::Id, Required)
              .handle([svc](CallContext& ctx, const QJsonObject& p) -> QJsonValue {
                  return svc->get(ctx, idOf(p));
              }));
    MethodSpec create(QStringLiteral("purchasing.supplier.create"));
    supplierFields(create)
        .describe(QStringLiteral("Create a supplier; -32022 for invalid fields or a code or tax "
                                 "id another supplier has."))
        .needs(write)
        .handle([svc](CallContext& ctx, const QJsonObject& p) -> QJsonValue {
            return svc->create(ctx, p);
        });
    r.add(create);
    MethodSpec update(QStringLiteral("purchasing.supplier.update"));
    supplierFields(update)
        .describe(QStringLiteral("Change a supplier; fields left out stay as they are; "
                                 "active: true restores an archived one."))
        .needs(write)
        .param(QStringLiteral("id"), ParamType::Id, Required)
        .param(QStringLiteral("version"), ParamType::Integer, Required)
        .handle([svc](CallContext& ctx, const QJsonObject& p) -> QJsonValue {
            return svc->update(ctx, idOf(p), idOf(p, "version"), withoutKeys(p, {"id", "version"}));
        });
    r.add(update);
    r.add(MethodSpec(QStringLiteral("purchasing.supplier.archive"))
              .describe(QStringLiteral("Archive an active supplier (never deleted: orders refer "
                                       "to it); new orders can no longer name it."))
              .needs(write)
              .param(QStringLiteral("id"), ParamType::Id, Required)
              .param(QStringLiteral("version"), ParamType::Integer, Required)
              .handle([svc](CallContext& ctx, const QJsonObject& p) -> QJsonValue {
                  return svc->archive(ctx, idOf(p), idOf(p, "version"));
              }));
}

} // namespace Erp::Server::Purchasing
