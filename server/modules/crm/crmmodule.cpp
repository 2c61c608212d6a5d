#include "server/modules/crm/crmmodule.h"

#include "server/modules/crm/customerimport.h"
#include "server/modules/crm/customerrepository.h"
#include "server/modules/crm/demodata.h"
#include "server/modules/crm/pipelinedemo.h"
#include "server/platform/importservice.h"
#include "server/rpc/callcontext.h"

#include <QRandomGenerator>

namespace Erp::Server::Crm {

void CrmModule::registerImports(Platform::ImportService& imports)
{
    m_imports = &imports;
    imports.add(customerImportEntity(m_customers));
}

void CrmModule::loadDemo(Rpc::CallContext& ctx)
{
    // A few hundred customers, owned by the demo sales people; a few archived.
    CustomerRepository repo(ctx.db);
    const qint64 owners[] = {repo.userIdByName(QStringLiteral("li.na")),
                             repo.userIdByName(QStringLiteral("zhang.wei"))};
    QRandomGenerator rng(20261127);
    for (int i = 1; i <= 360; ++i) {
        Customer c = demoCustomer(i, rng);
        c.ownerId = owners[i % 2];
        if (i % 40 == 0)
            c.status = QStringLiteral("archived");
        m_customers.insertChecked(ctx, repo, c, true);
    }
}

void CrmModule::prepare(Rpc::CallContext& ctx, const InitOptions& options)
{
    (void)options;
    m_config.seedDefaults(ctx); // the default stages and lost reasons, once
}

void CrmModule::loadLateDemo(Rpc::CallContext& ctx)
{
    loadDemoPipeline(ctx, {m_config, m_leads, m_opportunities, m_activities});
}

QList<RoleGrants> CrmModule::defaultGrants() const
{
    return {
        {QStringLiteral("manager"),
         QStringLiteral("Reads and approves everything outside administration; keeps customers"),
         {QStringLiteral("crm.*")}},
        {QStringLiteral("sales"),
         QStringLiteral("Customers (CRM) and sales orders"),
         {QStringLiteral("crm.*")}},
        {QStringLiteral("warehouse"),
         QStringLiteral("Inventory, shipping and receiving"),
         {QStringLiteral("crm.customer.read")}},
        {QStringLiteral("accountant"),
         QStringLiteral("Finance: ledger, invoices and payments"),
         {QStringLiteral("crm.customer.read")}},
    };
}

} // namespace Erp::Server::Crm
