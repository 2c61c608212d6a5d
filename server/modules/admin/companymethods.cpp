// Registration of admin.company.* and admin.module.*: parameters in, service call, result out.
#include "server/modules/admin/adminmodule.h"

#include "server/rpc/callcontext.h"
#include "server/rpc/registry.h"

namespace Erp::Server::Admin {

using namespace Rpc;

void AdminModule::registerCompanyMethods(MethodRegistry& r)
{
    CompanyService* company = &m_company;
    ModuleService* modules = &m_modules;
    const QString companyWrite = QStringLiteral("admin.company.write");

    r.add(MethodSpec(QStringLiteral("admin.company.get"))
              .describe(QStringLiteral("The company profile: legal name, tax id, address, bank, "
                                       "logo (base64), base currency, fiscal year start, VAT "
                                       "status. Any logged-in user (every printed document "
                                       "needs it)."))
              .reads()
              .handle([company](CallContext& ctx, const QJsonObject&) -> QJsonValue {
                  return company->get(ctx);
              }));

    MethodSpec update(QStringLiteral("admin.company.update"));
    update
        .describe(QStringLiteral("Changes the given fields of the company profile at its "
                                 "version (-32009 when stale, -32022 with field errors)."))
        .needs(companyWrite)
        .param(QStringLiteral("version"), ParamType::Integer, Required)
        .param(QStringLiteral("legal_name"), ParamType::String)
        .param(QStringLiteral("country"), ParamType::String, Optional,
               QStringLiteral("ISO 3166 two-letter code; CN: tax_id is a USCC"))
        .param(QStringLiteral("tax_id"), ParamType::String, Optional,
               QStringLiteral("统一社会信用代码 (CN) or the tax id of the country"))
        .param(QStringLiteral("address"), ParamType::String)
        .param(QStringLiteral("phone"), ParamType::String)
        .param(QStringLiteral("email"), ParamType::String)
        .param(QStringLiteral("bank_name"), ParamType::String)
        .param(QStringLiteral("bank_account"), ParamType::String)
        .param(QStringLiteral("logo"), ParamType::String, Optional,
               QStringLiteral("base64 of a PNG or JPEG file up to 512 KB; \"\" removes it"))
        .param(QStringLiteral("base_currency"), ParamType::String, Optional,
               QStringLiteral("ISO 4217 code"))
        .param(QStringLiteral("fiscal_year_start_month"), ParamType::Integer)
        .param(QStringLiteral("fiscal_year_start_day"), ParamType::Integer)
        .param(QStringLiteral("vat_status"), ParamType::String, Optional,
               QStringLiteral("general or small_scale"))
        .handle([company](CallContext& ctx, const QJsonObject& p) -> QJsonValue {
            return company->update(ctx, p);
        });
    r.add(std::move(update));

    r.add(MethodSpec(QStringLiteral("admin.module.list"))
              .describe(QStringLiteral("Every module of this server in start order: name, "
                                       "description, dependencies, core, enabled. Any logged-in "
                                       "user (the client hides switched-off modules)."))
              .reads()
              .handle([modules](CallContext& ctx, const QJsonObject&) -> QJsonValue {
                  return modules->list(ctx);
              }));

    r.add(MethodSpec(QStringLiteral("admin.module.set"))
              .describe(QStringLiteral("Switches a module on or off for this company."))
              .needs(QStringLiteral("admin.module.write"))
              .param(QStringLiteral("name"), ParamType::String, Required)
              .param(QStringLiteral("enabled"), ParamType::Boolean, Required)
              .handle([modules](CallContext& ctx, const QJsonObject& p) -> QJsonValue {
                  return modules->setEnabled(ctx, p.value(QLatin1String("name")).toString(),
                                             p.value(QLatin1String("enabled")).toBool());
              }));
}

} // namespace Erp::Server::Admin
