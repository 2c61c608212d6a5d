#include "server/modules/crm/pipelinedemo.h"

#include "server/modules/crm/activityservice.h"
#include "server/modules/crm/leadservice.h"
#include "server/modules/crm/opportunityservice.h"
#include "server/modules/crm/pipelineconfig.h"
#include "server/modules/crm/pipelinerepository.h"
#include "server/platform/businessdate.h"
#include "server/rpc/callcontext.h"

#include <QDateTime>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QTimeZone>

namespace Erp::Server::Crm {

namespace {

const char* const kTitles[] = {"年度采购框架", "办公用品补货", "新店开业备货", "仓库升级项目",
                               "季度集采",     "促销活动备货", "分公司配套",   "设备更新"};
const char* const kLeadNames[] = {"杭州云帆科技", "苏州恒通物流", "南京金石建材", "宁波海诚贸易",
                                  "无锡博远电子", "合肥新锐教育", "厦门鼎盛餐饮", "青岛蓝海渔业",
                                  "成都天府文创", "武汉长江汽配"};

QString at(const QDate& day, int hour)
{
    return QDateTime(day, QTime(hour, 0), Qt::UTC).toString(Qt::ISODate);
}

} // namespace

void loadDemoPipeline(Rpc::CallContext& ctx, const PipelineDemoServices& s)
{
    PipelineRepository repo(ctx.db);
    const QList<qint64> products = repo.demoProducts(12);
    const QList<std::pair<qint64, qint64>> customers = repo.demoCustomers(80);
    if (products.isEmpty() || customers.isEmpty())
        return;
    const qint64 li = repo.userIdByName(QStringLiteral("li.na"));
    const qint64 zhang = repo.userIdByName(QStringLiteral("zhang.wei"));
    const QList<Stage> all = repo.stages(false);
    QList<Stage> open;
    for (const Stage& st : all)
        if (!st.isWon && !st.isLost)
            open.append(st);
    const QList<LostReason> reasons = repo.lostReasons(false);
    // Automation, visible in the demo: new leads go round robin to the two sales people; a
    // proposal asks for a follow-up call two days later.
    if (li > 0 && zhang > 0)
        s.config.createRule(ctx, {{QStringLiteral("name"), QStringLiteral("新线索轮流分配")},
                                  {QStringLiteral("event"), QStringLiteral("lead_created")},
                                  {QStringLiteral("action"), QStringLiteral("assign")},
                                  {QStringLiteral("user_ids"), QJsonArray{li, zhang}}});
    for (const Stage& st : open)
        if (st.builtinKey == QLatin1String("proposal"))
            s.config.createRule(
                ctx, {{QStringLiteral("name"), QStringLiteral("报价后电话跟进")},
                      {QStringLiteral("event"), QStringLiteral("stage_changed")},
                      {QStringLiteral("action"), QStringLiteral("activity")},
                      {QStringLiteral("stage_id"), st.id},
                      {QStringLiteral("activity_kind"), QStringLiteral("call")},
                      {QStringLiteral("activity_subject"), QStringLiteral("报价跟进电话")},
                      {QStringLiteral("activity_days"), 2}});

    QRandomGenerator rng(20261208);
    const QDate start = Platform::demoBooksStart();
    const QDate today = QDate::currentDate();
    const int span = int(start.daysTo(today));
    Platform::BusinessDateScope scope(start);

    // Leads: spread over the year; some qualified, some converted to their customer, some lost.
    for (int i = 0; i < 60; ++i) {
        scope.set(start.addDays(span * i / 60));
        const QString name =
            QString::fromUtf8(kLeadNames[i % 10]) + QStringLiteral(" %1").arg(i / 10 + 1);
        const QJsonObject lead = s.leads.create(
            ctx,
            {{QStringLiteral("name"), name},
             {QStringLiteral("contact_name"), QStringLiteral("王经理")},
             {QStringLiteral("phone"), QStringLiteral("1390000%1").arg(1000 + i)},
             {QStringLiteral("source"), leadSources().at(i % leadSources().size())},
             {QStringLiteral("region"), i % 2 ? QStringLiteral("华东") : QStringLiteral("华南")}});
        const qint64 id = lead.value(QLatin1String("id")).toInteger();
        const int fate = int(rng.bounded(10));
        if (fate < 3) {
            s.leads.qualify(ctx, id, 1,
                            {{QStringLiteral("amount"),
                              QStringLiteral("%1.00").arg(10000 * (1 + rng.bounded(20)))}});
        } else if (fate < 5 && !reasons.isEmpty()) {
            s.leads.lose(ctx, id, 1, reasons.at(i % reasons.size()).id, {});
        }
    }

    // Opportunities of the demo customers, by their owners, moved through the stages on the
    // following days; the older ones closed.
    for (int i = 0; i < 90; ++i) {
        const QDate created = start.addDays(span * i / 90);
        scope.set(created);
        const auto& [customerId, ownerId] = customers.at(i % customers.size());
        Opportunity o;
        o.title = QString::fromUtf8(kTitles[i % 8]);
        o.customerId = customerId;
        o.contactName = QStringLiteral("王经理");
        o.ownerId = ownerId > 0 ? ownerId : (i % 2 ? li : zhang);
        o.amount = 100 * (5000 + 1000 * qint64(rng.bounded(95)));
        o.expectedClose = created.addDays(30 + rng.bounded(90)).toString(Qt::ISODate);
        o.probability = open.first().probability;
        const int lines = 1 + int(rng.bounded(3));
        for (int l = 0; l < lines; ++l)
            o.products.append({products.at((i + l * 5) % products.size()),
                               1000 * (1 + qint64(rng.bounded(10))),
                               {},
                               {}});
        Opportunity stored = s.opportunities.insert(ctx, o, open.first());
        qint64 version = stored.version;
        const int steps = int(rng.bounded(open.size()));
        QDate day = created;
        for (int k = 1; k <= steps && k < open.size(); ++k) {
            day = day.addDays(3 + rng.bounded(10));
            if (day > today)
                break;
            scope.set(day);
            version = s.opportunities.move(ctx, stored.id, version, open.at(k).id)
                          .value(QLatin1String("version"))
                          .toInteger();
        }
        const QDate closeDay = day.addDays(5 + rng.bounded(20));
        if (closeDay < today.addDays(-7) && i % 3 != 2) {
            scope.set(closeDay);
            if (rng.bounded(10) < 6)
                s.opportunities.win(ctx, stored.id, version);
            else if (!reasons.isEmpty())
                s.opportunities.lose(ctx, stored.id, version,
                                     reasons.at(rng.bounded(reasons.size())).id, {});
        }
        // An activity per opportunity: the older ones done, the recent ones open (some overdue).
        const QDate due = created.addDays(7);
        scope.set(created);
        const bool done = due < today.addDays(-20);
        s.activities.create(
            ctx, {{QStringLiteral("kind"), activityKinds().at(i % activityKinds().size())},
                  {QStringLiteral("subject"), QStringLiteral("%1 跟进").arg(stored.number)},
                  {QStringLiteral("due_at"), at(due, 1 + i % 8)},
                  {QStringLiteral("owner_id"), stored.ownerId},
                  {QStringLiteral("customer_id"), customerId},
                  {QStringLiteral("opportunity_id"), stored.id},
                  {QStringLiteral("done"), done},
                  {QStringLiteral("result"), done ? QStringLiteral("已沟通") : QString()}});
    }
}

} // namespace Erp::Server::Crm
