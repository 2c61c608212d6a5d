#pragma once

#include "server/module.h"
#include "server/modules/crm/activityservice.h"
#include "server/modules/crm/customerservice.h"
#include "server/modules/crm/customertransfer.h"
#include "server/modules/crm/leadservice.h"
#include "server/modules/crm/opportunityservice.h"
#include "server/modules/crm/pipelineconfig.h"
#include "server/modules/crm/pipelinereport.h"

namespace Erp::Server::Crm {

/// The customer master (crm.customer.*): the CRM core every other module hangs from; and the
/// sales pipeline (crm.lead.*, crm.opportunity.*, crm.stage.*, crm.activity.*, reports).
class CrmModule final : public Module
{
public:
    /// Announces merges on `events`.
    explicit CrmModule(Platform::EventBus& events)
        : m_customers(events)
        , m_transfer(m_customers)
        , m_opportunities(m_customers, m_config, events)
        , m_leads(m_customers, m_opportunities, m_config)
        , m_activities(m_customers, m_leads, m_opportunities)
        , m_report(m_customers, events)
    {}
    QString name() const override { return QStringLiteral("crm"); }
    QString description() const override
    {
        return QStringLiteral("The customer master: customers, contacts, duplicates and merges; "
                              "the sales pipeline and activities");
    }
    QList<RoleGrants> defaultGrants() const override;
    void registerMethods(Rpc::MethodRegistry& registry) override;
    void registerImports(Platform::ImportService& imports) override;
    void prepare(Rpc::CallContext& ctx, const InitOptions& options) override;
    void loadDemo(Rpc::CallContext& ctx) override;
    /// The demo pipeline: leads, opportunities (won ones with their orders) and activities.
    void loadLateDemo(Rpc::CallContext& ctx) override;

    CustomerService& customers() { return m_customers; }
    OpportunityService& opportunities() { return m_opportunities; }
    LeadService& leads() { return m_leads; }

private:
    /// crm.lead.*, crm.opportunity.*, crm.stage.*, crm.lost_reason.*, crm.rule.*,
    /// crm.activity.*, the reports and the timeline (pipelinemethods.cpp).
    void registerPipelineMethods(Rpc::MethodRegistry& registry);

    CustomerService m_customers;
    CustomerTransfer m_transfer;
    PipelineConfig m_config;
    OpportunityService m_opportunities;
    LeadService m_leads;
    ActivityService m_activities;
    PipelineReport m_report;
    Platform::ImportService* m_imports = nullptr;
};

} // namespace Erp::Server::Crm
