#pragma once

namespace Erp::Rpc {
struct CallContext;
}

namespace Erp::Server::Crm {

class ActivityService;
class LeadService;
class OpportunityService;
class PipelineConfig;

struct PipelineDemoServices
{
    PipelineConfig& config;
    LeadService& leads;
    OpportunityService& opportunities;
    ActivityService& activities;
};

/// The demo company's pipeline, deterministic and made through the services on their days
/// (BusinessDateScope): about 60 leads and 90 opportunities of li.na and zhang.wei spread over
/// the demo year, moved through the stages; some won (their draft orders made by sales), some
/// lost with reasons; activities, a few of them overdue. Nothing without demo products.
void loadDemoPipeline(Rpc::CallContext& ctx, const PipelineDemoServices& services);

} // namespace Erp::Server::Crm
