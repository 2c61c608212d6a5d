// Registration of the sales pipeline's methods: parameters in, service call, result out.
#include "server/modules/crm/crmmodule.h"
#include "server/modules/crm/pipelineschemas.h"

#include "server/platform/accesspolicy.h"
#include "server/rpc/callcontext.h"
#include "server/rpc/registry.h"

namespace Erp::Server::Crm {

using namespace Rpc;
using namespace PipelineSchemas;

namespace {

qint64 idOf(const QJsonObject& p, const char* key = "id")
{
    return qint64(p.value(QLatin1String(key)).toDouble());
}

QJsonObject fieldsOf(const QJsonObject& p)
{
    QJsonObject fields = p;
    for (const char* key : {"id", "version"})
        fields.remove(QLatin1String(key));
    return fields;
}

MethodSpec& leadFields(MethodSpec& spec)
{
    return spec
        .param(QStringLiteral("name"), ParamType::String, Optional,
               QStringLiteral("person or company"), 200)
        .param(QStringLiteral("kind"), ParamType::String, Optional,
               QStringLiteral("company | individual"), 20)
        .param(QStringLiteral("contact_name"), ParamType::String, Optional, {}, 100)
        .param(QStringLiteral("phone"), ParamType::String, Optional, {}, 40)
        .param(QStringLiteral("email"), ParamType::String, Optional, {}, 200)
        .param(QStringLiteral("source"), ParamType::String, Optional,
               QStringLiteral("web | phone | referral | exhibition | campaign | email | other"), 40)
        .param(QStringLiteral("campaign"), ParamType::String, Optional, {}, 200)
        .param(QStringLiteral("owner_id"), ParamType::Any, Optional,
               QStringLiteral("a user, or null; left out on create: the automation assigns"))
        .param(QStringLiteral("region"), ParamType::String, Optional, {}, 100)
        .param(QStringLiteral("notes"), ParamType::String, Optional, {}, 4000);
}

MethodSpec& opportunityFields(MethodSpec& spec)
{
    return spec.param(QStringLiteral("title"), ParamType::String, Optional, {}, 200)
        .param(QStringLiteral("customer_id"), ParamType::Any, Optional, QStringLiteral("or null"))
        .param(QStringLiteral("contact_name"), ParamType::String, Optional, {}, 100)
        .param(QStringLiteral("amount"), ParamType::Decimal, Optional,
               QStringLiteral("expected revenue, e.g. \"120000.00\""))
        .param(QStringLiteral("currency"), ParamType::String, Optional,
               QStringLiteral("ISO 4217, default CNY"), 3)
        .param(QStringLiteral("probability"), ParamType::Integer, Optional,
               QStringLiteral("percent; default: the stage's"))
        .param(QStringLiteral("expected_close"), ParamType::String, Optional,
               QStringLiteral("YYYY-MM-DD"), 10)
        .param(QStringLiteral("owner_id"), ParamType::Any, Optional, QStringLiteral("a user"))
        .param(QStringLiteral("notes"), ParamType::String, Optional, {}, 4000)
        .param(QStringLiteral("products"), ParamType::Array, Optional,
               QStringLiteral("products of interest [{product_id, qty}] (replaces the list)"));
}

MethodSpec& activityFields(MethodSpec& spec)
{
    return spec
        .param(QStringLiteral("kind"), ParamType::String, Optional,
               QStringLiteral("call | meeting | email | task"), 20)
        .param(QStringLiteral("subject"), ParamType::String, Optional, {}, 200)
        .param(QStringLiteral("due_at"), ParamType::String, Optional,
               QStringLiteral("ISO date-time (UTC) or date"), 40)
        .param(QStringLiteral("owner_id"), ParamType::Any, Optional, QStringLiteral("a user"))
        .param(QStringLiteral("result"), ParamType::String, Optional, {}, 4000)
        .param(QStringLiteral("done"), ParamType::Boolean)
        .param(QStringLiteral("customer_id"), ParamType::Any)
        .param(QStringLiteral("lead_id"), ParamType::Any)
        .param(QStringLiteral("opportunity_id"), ParamType::Any)
        .param(QStringLiteral("order_id"), ParamType::Any, Optional,
               QStringLiteral("a sales order"))
        .param(QStringLiteral("notes"), ParamType::String, Optional, {}, 4000);
}

MethodSpec& reportFilter(MethodSpec& spec)
{
    return spec.param(QStringLiteral("owner_id"), ParamType::Id)
        .param(QStringLiteral("close_from"), ParamType::String, Optional,
               QStringLiteral("expected close on or after, YYYY-MM-DD"), 10)
        .param(QStringLiteral("close_to"), ParamType::String, Optional,
               QStringLiteral("expected close on or before"), 10)
        .param(QStringLiteral("currency"), ParamType::String, Optional,
               QStringLiteral("default CNY; other currencies are counted apart"), 3);
}

} // namespace

void CrmModule::registerPipelineMethods(MethodRegistry& r)
{
    const QString read = QStringLiteral("crm.pipeline.read");
    const QString write = QStringLiteral("crm.pipeline.write");
    const QString configure = QStringLiteral("crm.pipeline.configure");
    // Off for every role until an admin switches them on in Admin ▸ Roles.
    r.access().addRecordRule({QStringLiteral("crm.lead.own"), LeadService::recordEntity(), read,
                              QStringLiteral("Sees only leads they own")});
    r.access().addRecordRule({QStringLiteral("crm.opportunity.own"),
                              OpportunityService::recordEntity(), read,
                              QStringLiteral("Sees only opportunities they own")});
    PipelineConfig* config = &m_config;
    LeadService* leads = &m_leads;
    OpportunityService* opps = &m_opportunities;
    ActivityService* activities = &m_activities;
    PipelineReport* report = &m_report;

    // Stages, lost reasons and rules: the configuration.
    r.add(MethodSpec(QStringLiteral("crm.stage.list"))
              .describe(QStringLiteral("The pipeline's stages by position (inactive ones with "
                                       "all: true). A seeded stage's name has name_ref."))
              .needs(read)
              .reads()
              .param(QStringLiteral("all"), ParamType::Boolean)
              .returns(schemaObject({{QStringLiteral("rows"), arrayOf(stageSchema())}}))
              .handle([config](CallContext& ctx, const QJsonObject& p) -> QJsonValue {
                  return QJsonObject{{QStringLiteral("rows"),
                                      config->stages(ctx, p.value(QLatin1String("all")).toBool())}};
              }));
    for (const bool creating : {true, false}) {
        MethodSpec spec(creating ? QStringLiteral("crm.stage.create")
                                 : QStringLiteral("crm.stage.update"));
        spec.describe(creating ? QStringLiteral("Add a stage (position default: last).")
                               : QStringLiteral("Change a stage; renaming a seeded one drops its "
                                                "name_ref. active: false hides it from the board."))
            .needs(configure)
            .param(QStringLiteral("name"), ParamType::String, Optional, {}, 100)
            .param(QStringLiteral("position"), ParamType::Integer)
            .param(QStringLiteral("probability"), ParamType::Integer, Optional,
                   QStringLiteral("default probability, percent"))
            .param(QStringLiteral("is_won"), ParamType::Boolean)
            .param(QStringLiteral("is_lost"), ParamType::Boolean)
            .param(QStringLiteral("active"), ParamType::Boolean)
            .returns(stageSchema());
        if (!creating)
            spec.param(QStringLiteral("id"), ParamType::Id, Required)
                .param(QStringLiteral("version"), ParamType::Integer, Required);
        spec.handle([config, creating](CallContext& ctx, const QJsonObject& p) -> QJsonValue {
            return creating ? config->createStage(ctx, fieldsOf(p))
                            : config->updateStage(ctx, idOf(p), idOf(p, "version"), fieldsOf(p));
        });
        r.add(spec);
    }
    r.add(MethodSpec(QStringLiteral("crm.lost_reason.list"))
              .describe(QStringLiteral("Reasons a lead or opportunity is lost (all: true with "
                                       "inactive ones)."))
              .needs(read)
              .reads()
              .param(QStringLiteral("all"), ParamType::Boolean)
              .handle([config](CallContext& ctx, const QJsonObject& p) -> QJsonValue {
                  return QJsonObject{
                      {QStringLiteral("rows"),
                       config->lostReasons(ctx, p.value(QLatin1String("all")).toBool())}};
              }));
    for (const bool creating : {true, false}) {
        MethodSpec spec(creating ? QStringLiteral("crm.lost_reason.create")
                                 : QStringLiteral("crm.lost_reason.update"));
        spec.describe(creating ? QStringLiteral("Add a lost reason.")
                               : QStringLiteral("Change or deactivate a lost reason."))
            .needs(configure)
            .param(QStringLiteral("name"), ParamType::String, Optional, {}, 100)
            .param(QStringLiteral("position"), ParamType::Integer)
            .param(QStringLiteral("active"), ParamType::Boolean);
        if (!creating)
            spec.param(QStringLiteral("id"), ParamType::Id, Required)
                .param(QStringLiteral("version"), ParamType::Integer, Required);
        spec.handle([config, creating](CallContext& ctx, const QJsonObject& p) -> QJsonValue {
            return creating
                       ? config->createLostReason(ctx, fieldsOf(p))
                       : config->updateLostReason(ctx, idOf(p), idOf(p, "version"), fieldsOf(p));
        });
        r.add(spec);
    }
    r.add(MethodSpec(QStringLiteral("crm.rule.list"))
              .describe(QStringLiteral("The automation rules (docs/USER-GUIDE.md)."))
              .needs(read)
              .reads()
              .handle([config](CallContext& ctx, const QJsonObject&) -> QJsonValue {
                  return QJsonObject{{QStringLiteral("rows"), config->rules(ctx)}};
              }));
    for (const bool creating : {true, false}) {
        MethodSpec spec(creating ? QStringLiteral("crm.rule.create")
                                 : QStringLiteral("crm.rule.update"));
        spec.describe(QStringLiteral(
                          "event lead_created + action assign: round robin over user_ids; event "
                          "stage_changed (stage_id, or any) + action activity: a follow-up "
                          "activity_kind/activity_subject due after activity_days for the "
                          "opportunity's owner."))
            .needs(configure)
            .param(QStringLiteral("name"), ParamType::String, Optional, {}, 100)
            .param(QStringLiteral("event"), ParamType::String, Optional, {}, 20)
            .param(QStringLiteral("action"), ParamType::String, Optional, {}, 20)
            .param(QStringLiteral("stage_id"), ParamType::Any)
            .param(QStringLiteral("user_ids"), ParamType::Array)
            .param(QStringLiteral("activity_kind"), ParamType::String, Optional, {}, 20)
            .param(QStringLiteral("activity_subject"), ParamType::String, Optional, {}, 200)
            .param(QStringLiteral("activity_days"), ParamType::Integer)
            .param(QStringLiteral("active"), ParamType::Boolean);
        if (!creating)
            spec.param(QStringLiteral("id"), ParamType::Id, Required)
                .param(QStringLiteral("version"), ParamType::Integer, Required);
        spec.handle([config, creating](CallContext& ctx, const QJsonObject& p) -> QJsonValue {
            return creating ? config->createRule(ctx, fieldsOf(p))
                            : config->updateRule(ctx, idOf(p), idOf(p, "version"), fieldsOf(p));
        });
        r.add(spec);
    }

    // Leads.
    MethodSpec leadList(QStringLiteral("crm.lead.list"));
    listParams(leadList)
        .filters({QStringLiteral("state"), QStringLiteral("owner_id"), QStringLiteral("source")})
        .describe(QStringLiteral("Leads. filter {state: new|qualified|converted|lost|all, "
                                 "owner_id, source}; search: name, contact, phone, e-mail, "
                                 "campaign, region. Record rule crm.lead.own."))
        .needs(read)
        .reads()
        .returns(schemaListOf(leadSchema()))
        .handle([leads](CallContext& ctx, const QJsonObject& p) -> QJsonValue {
            return leads->list(ctx, p);
        });
    r.add(leadList);
    r.add(MethodSpec(QStringLiteral("crm.lead.get"))
              .describe(QStringLiteral("One lead."))
              .needs(read)
              .reads()
              .param(QStringLiteral("id"), ParamType::Id, Required)
              .returns(leadSchema())
              .handle([leads](CallContext& ctx, const QJsonObject& p) -> QJsonValue {
                  return leads->get(ctx, idOf(p));
              }));
    MethodSpec leadCreate(QStringLiteral("crm.lead.create"));
    leadFields(leadCreate)
        .describe(QStringLiteral("A new lead (state new). Without owner_id the lead_created "
                                 "rules assign an owner round robin, or none."))
        .needs(write)
        .returns(leadSchema())
        .handle([leads](CallContext& ctx, const QJsonObject& p) -> QJsonValue {
            return leads->create(ctx, fieldsOf(p));
        });
    r.add(leadCreate);
    MethodSpec leadUpdate(QStringLiteral("crm.lead.update"));
    leadFields(leadUpdate)
        .describe(QStringLiteral("Change a new or qualified lead."))
        .needs(write)
        .param(QStringLiteral("id"), ParamType::Id, Required)
        .param(QStringLiteral("version"), ParamType::Integer, Required)
        .returns(leadSchema())
        .handle([leads](CallContext& ctx, const QJsonObject& p) -> QJsonValue {
            return leads->update(ctx, idOf(p), idOf(p, "version"), fieldsOf(p));
        });
    r.add(leadUpdate);
    MethodSpec qualify(QStringLiteral("crm.lead.qualify"));
    opportunityFields(qualify)
        .describe(QStringLiteral("new -> qualified: creates the lead's opportunity in the first "
                                 "stage (title defaults to the lead's name)."))
        .needs(write)
        .param(QStringLiteral("id"), ParamType::Id, Required)
        .param(QStringLiteral("version"), ParamType::Integer, Required)
        .returns(schemaObject({{QStringLiteral("lead"), leadSchema()},
                               {QStringLiteral("opportunity"), opportunitySchema()}}))
        .handle([leads](CallContext& ctx, const QJsonObject& p) -> QJsonValue {
            return leads->qualify(ctx, idOf(p), idOf(p, "version"), fieldsOf(p));
        });
    r.add(qualify);
    r.add(MethodSpec(QStringLiteral("crm.lead.convert"))
              .describe(QStringLiteral(
                  "new|qualified -> converted: links customer_id, or creates the customer from "
                  "the lead after the duplicate check (-32030 reason \"duplicates\" with "
                  "data.duplicates unless allow_duplicates)."))
              .needs(write)
              .param(QStringLiteral("id"), ParamType::Id, Required)
              .param(QStringLiteral("version"), ParamType::Integer, Required)
              .param(QStringLiteral("customer_id"), ParamType::Id, Optional,
                     QStringLiteral("an existing customer (e.g. a duplicate candidate)"))
              .param(QStringLiteral("allow_duplicates"), ParamType::Boolean)
              .returns(schemaObject({{QStringLiteral("lead"), leadSchema()},
                                     {QStringLiteral("customer_id"), type("integer")},
                                     {QStringLiteral("customer_created"), type("boolean")}}))
              .handle([leads](CallContext& ctx, const QJsonObject& p) -> QJsonValue {
                  return leads->convert(ctx, idOf(p), idOf(p, "version"), idOf(p, "customer_id"),
                                        p.value(QLatin1String("allow_duplicates")).toBool());
              }));
    r.add(MethodSpec(QStringLiteral("crm.lead.lose"))
              .describe(QStringLiteral("new|qualified -> lost with a reason (crm.lost_reason)."))
              .needs(write)
              .param(QStringLiteral("id"), ParamType::Id, Required)
              .param(QStringLiteral("version"), ParamType::Integer, Required)
              .param(QStringLiteral("reason_id"), ParamType::Id)
              .param(QStringLiteral("note"), ParamType::String, Optional, {}, 4000)
              .returns(leadSchema())
              .handle([leads](CallContext& ctx, const QJsonObject& p) -> QJsonValue {
                  return leads->lose(ctx, idOf(p), idOf(p, "version"), idOf(p, "reason_id"),
                                     p.value(QLatin1String("note")).toString());
              }));
    MethodSpec leadExport(QStringLiteral("crm.lead.export"));
    listParams(leadExport)
        .filters({QStringLiteral("state"), QStringLiteral("owner_id"), QStringLiteral("source")})
        .describe(QStringLiteral("The list's leads as CSV (UTF-8 with BOM)."))
        .needs(read)
        .reads()
        .param(QStringLiteral("format"), ParamType::String, Optional, QStringLiteral("csv"), 8)
        .returns(exportSchema())
        .handle([leads](CallContext& ctx, const QJsonObject& p) -> QJsonValue {
            return leads->exportRows(ctx, p);
        });
    r.add(leadExport);

    // Opportunities.
    const QStringList oppFilters{QStringLiteral("stage_id"), QStringLiteral("state"),
                                 QStringLiteral("owner_id"), QStringLiteral("customer_id"),
                                 QStringLiteral("lead_id"),  QStringLiteral("close_from"),
                                 QStringLiteral("close_to")};
    MethodSpec oppList(QStringLiteral("crm.opportunity.list"));
    listParams(oppList)
        .filters(oppFilters)
        .describe(QStringLiteral("Opportunities (light rows without products). filter "
                                 "{stage_id, state: open|won|lost|all, owner_id, customer_id, "
                                 "lead_id, close_from, close_to}; search: number, title, "
                                 "customer, contact. Record rule crm.opportunity.own."))
        .needs(read)
        .reads()
        .returns(schemaListOf(opportunitySchema()))
        .handle([opps](CallContext& ctx, const QJsonObject& p) -> QJsonValue {
            return opps->list(ctx, p);
        });
    r.add(oppList);
    r.add(MethodSpec(QStringLiteral("crm.opportunity.get"))
              .describe(QStringLiteral("One opportunity with products and stage history."))
              .needs(read)
              .reads()
              .param(QStringLiteral("id"), ParamType::Id, Required)
              .returns(opportunitySchema())
              .handle([opps](CallContext& ctx, const QJsonObject& p) -> QJsonValue {
                  return opps->get(ctx, idOf(p));
              }));
    MethodSpec oppCreate(QStringLiteral("crm.opportunity.create"));
    opportunityFields(oppCreate)
        .describe(QStringLiteral("A new opportunity, numbered OPP2026-000001, in stage_id (default "
                                 "the first open stage)."))
        .needs(write)
        .param(QStringLiteral("stage_id"), ParamType::Id)
        .returns(opportunitySchema())
        .handle([opps](CallContext& ctx, const QJsonObject& p) -> QJsonValue {
            return opps->create(ctx, fieldsOf(p));
        });
    r.add(oppCreate);
    MethodSpec oppUpdate(QStringLiteral("crm.opportunity.update"));
    opportunityFields(oppUpdate)
        .describe(QStringLiteral("Change an open opportunity (the stage moves with move)."))
        .needs(write)
        .param(QStringLiteral("id"), ParamType::Id, Required)
        .param(QStringLiteral("version"), ParamType::Integer, Required)
        .returns(opportunitySchema())
        .handle([opps](CallContext& ctx, const QJsonObject& p) -> QJsonValue {
            return opps->update(ctx, idOf(p), idOf(p, "version"), fieldsOf(p));
        });
    r.add(oppUpdate);
    r.add(MethodSpec(QStringLiteral("crm.opportunity.move"))
              .describe(QStringLiteral(
                  "Move an open opportunity to another open stage: recorded in its history, "
                  "probability = the stage's default. A won/lost stage: -32030 (use win/lose)."))
              .needs(write)
              .param(QStringLiteral("id"), ParamType::Id, Required)
              .param(QStringLiteral("version"), ParamType::Integer, Required)
              .param(QStringLiteral("stage_id"), ParamType::Id, Required)
              .returns(opportunitySchema())
              .handle([opps](CallContext& ctx, const QJsonObject& p) -> QJsonValue {
                  return opps->move(ctx, idOf(p), idOf(p, "version"), idOf(p, "stage_id"));
              }));
    r.add(MethodSpec(QStringLiteral("crm.opportunity.win"))
              .describe(QStringLiteral(
                  "Close as won: the sales module creates a draft sales order of the customer "
                  "with the products of interest (order_id, order_number in the result)."))
              .needs(write)
              .param(QStringLiteral("id"), ParamType::Id, Required)
              .param(QStringLiteral("version"), ParamType::Integer, Required)
              .returns(opportunitySchema())
              .handle([opps](CallContext& ctx, const QJsonObject& p) -> QJsonValue {
                  return opps->win(ctx, idOf(p), idOf(p, "version"));
              }));
    r.add(MethodSpec(QStringLiteral("crm.opportunity.lose"))
              .describe(QStringLiteral("Close as lost with a reason (crm.lost_reason)."))
              .needs(write)
              .param(QStringLiteral("id"), ParamType::Id, Required)
              .param(QStringLiteral("version"), ParamType::Integer, Required)
              .param(QStringLiteral("reason_id"), ParamType::Id)
              .param(QStringLiteral("note"), ParamType::String, Optional, {}, 4000)
              .returns(opportunitySchema())
              .handle([opps](CallContext& ctx, const QJsonObject& p) -> QJsonValue {
                  return opps->lose(ctx, idOf(p), idOf(p, "version"), idOf(p, "reason_id"),
                                    p.value(QLatin1String("note")).toString());
              }));
    MethodSpec oppExport(QStringLiteral("crm.opportunity.export"));
    listParams(oppExport)
        .filters(oppFilters)
        .describe(QStringLiteral("The list's opportunities as CSV (UTF-8 with BOM)."))
        .needs(read)
        .reads()
        .param(QStringLiteral("format"), ParamType::String, Optional, QStringLiteral("csv"), 8)
        .returns(exportSchema())
        .handle([opps](CallContext& ctx, const QJsonObject& p) -> QJsonValue {
            return opps->exportRows(ctx, p);
        });
    r.add(oppExport);

    // Activities.
    const QStringList activityFilters{QStringLiteral("owner_id"),       QStringLiteral("done"),
                                      QStringLiteral("customer_id"),    QStringLiteral("lead_id"),
                                      QStringLiteral("opportunity_id"), QStringLiteral("order_id"),
                                      QStringLiteral("overdue")};
    for (const bool mine : {false, true}) {
        MethodSpec spec(mine ? QStringLiteral("crm.activity.mine")
                             : QStringLiteral("crm.activity.list"));
        listParams(spec)
            .filters(activityFilters)
            .describe(mine ? QStringLiteral("The caller's open activities (filter.done true: "
                                            "done ones), overdue first, then by due time.")
                           : QStringLiteral("Activities; filter {owner_id, done, customer_id, "
                                            "lead_id, opportunity_id, order_id, overdue}; "
                                            "overdue first, then by due time."))
            .needs(read)
            .reads()
            .returns(schemaListOf(activitySchema()))
            .handle([activities, mine](CallContext& ctx, const QJsonObject& p) -> QJsonValue {
                return mine ? activities->mine(ctx, p) : activities->list(ctx, p);
            });
        r.add(spec);
    }
    r.add(MethodSpec(QStringLiteral("crm.activity.get"))
              .describe(QStringLiteral("One activity."))
              .needs(read)
              .reads()
              .param(QStringLiteral("id"), ParamType::Id, Required)
              .returns(activitySchema())
              .handle([activities](CallContext& ctx, const QJsonObject& p) -> QJsonValue {
                  return activities->get(ctx, idOf(p));
              }));
    MethodSpec actCreate(QStringLiteral("crm.activity.create"));
    activityFields(actCreate)
        .describe(QStringLiteral("A call, meeting, e-mail or task (owner: the caller unless "
                                 "given)."))
        .needs(write)
        .returns(activitySchema())
        .handle([activities](CallContext& ctx, const QJsonObject& p) -> QJsonValue {
            return activities->create(ctx, fieldsOf(p));
        });
    r.add(actCreate);
    MethodSpec actUpdate(QStringLiteral("crm.activity.update"));
    activityFields(actUpdate)
        .describe(QStringLiteral("Change an activity."))
        .needs(write)
        .param(QStringLiteral("id"), ParamType::Id, Required)
        .param(QStringLiteral("version"), ParamType::Integer, Required)
        .returns(activitySchema())
        .handle([activities](CallContext& ctx, const QJsonObject& p) -> QJsonValue {
            return activities->update(ctx, idOf(p), idOf(p, "version"), fieldsOf(p));
        });
    r.add(actUpdate);
    r.add(MethodSpec(QStringLiteral("crm.activity.complete"))
              .describe(QStringLiteral("Mark an activity done with its result."))
              .needs(write)
              .param(QStringLiteral("id"), ParamType::Id, Required)
              .param(QStringLiteral("version"), ParamType::Integer, Required)
              .param(QStringLiteral("result"), ParamType::String, Optional, {}, 4000)
              .returns(activitySchema())
              .handle([activities](CallContext& ctx, const QJsonObject& p) -> QJsonValue {
                  return activities->complete(ctx, idOf(p), idOf(p, "version"),
                                              p.value(QLatin1String("result")).toString());
              }));

    // Reports and the timeline.
    MethodSpec summary(QStringLiteral("crm.pipeline.summary"));
    reportFilter(summary)
        .describe(QStringLiteral(
            "Per stage: count, amount and weighted amount (Σ amount × probability / 100); "
            "totals, open totals, win rate, average cycle days (created -> won) and the funnel "
            "(reached per stage, conversion to the next). Only rows the caller may list."))
        .needs(read)
        .reads()
        .returns(schemaObject(
            {{QStringLiteral("currency"), type("string")},
             {QStringLiteral("stages"), arrayOf(stageSchema())},
             {QStringLiteral("total"), sumSchema()},
             {QStringLiteral("open"), sumSchema()},
             {QStringLiteral("other_currency_count"), type("integer")},
             {QStringLiteral("won"), type("integer")},
             {QStringLiteral("lost"), type("integer")},
             {QStringLiteral("win_rate_pct"), type("string", "one decimal")},
             {QStringLiteral("avg_cycle_days"), type("string", "one decimal")},
             {QStringLiteral("funnel"),
              arrayOf(schemaObject({{QStringLiteral("stage_id"), type("integer")},
                                    {QStringLiteral("name"), type("string")},
                                    {QStringLiteral("reached"), type("integer")},
                                    {QStringLiteral("conversion_pct"), type("string")}}))}}))
        .handle([report](CallContext& ctx, const QJsonObject& p) -> QJsonValue {
            return report->summary(ctx, p);
        });
    r.add(summary);
    MethodSpec forecast(QStringLiteral("crm.forecast"));
    reportFilter(forecast)
        .describe(QStringLiteral("Weighted revenue of the opportunities not lost by expected "
                                 "close month and owner, with month totals."))
        .needs(read)
        .reads()
        .returns(schemaObject({{QStringLiteral("currency"), type("string")},
                               {QStringLiteral("rows"), arrayOf(sumSchema())},
                               {QStringLiteral("months"), arrayOf(sumSchema())},
                               {QStringLiteral("total"), sumSchema()}}))
        .handle([report](CallContext& ctx, const QJsonObject& p) -> QJsonValue {
            return report->forecast(ctx, p);
        });
    r.add(forecast);
    r.add(MethodSpec(QStringLiteral("crm.customer.timeline"))
              .describe(QStringLiteral(
                  "Everything that happened with a customer, newest first: orders (sales), "
                  "invoices, credit notes and payments (finance), opportunities and activities."))
              .needs(QStringLiteral("crm.customer.read"))
              .reads()
              .param(QStringLiteral("customer_id"), ParamType::Id, Required)
              .param(QStringLiteral("offset"), ParamType::Integer)
              .param(QStringLiteral("limit"), ParamType::Integer, Optional,
                     QStringLiteral("default 50, at most 500"))
              .returns(schemaListOf(schemaObject(
                  {{QStringLiteral("at"), type("string", "ISO date or date-time")},
                   {QStringLiteral("kind"),
                    type("string", "order | invoice | credit_note | receipt | opportunity | call "
                                   "| meeting | email | task")},
                   {QStringLiteral("entity"), type("string")},
                   {QStringLiteral("id"), type("integer")},
                   {QStringLiteral("title"), type("string")},
                   {QStringLiteral("amount"), type("string")},
                   {QStringLiteral("currency"), type("string")},
                   {QStringLiteral("state"), type("string")}})))
              .handle([report](CallContext& ctx, const QJsonObject& p) -> QJsonValue {
                  return report->timeline(ctx, idOf(p, "customer_id"), int(idOf(p, "offset")),
                                          int(idOf(p, "limit")));
              }));
}

} // namespace Erp::Server::Crm
