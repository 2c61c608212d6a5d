// The sales pipeline (crm.lead.*, crm.opportunity.*, crm.activity.*, reports, timeline) on both
// backends: lead -> qualify -> move -> win makes a sales order; conversion finds duplicates;
// lose needs a reason; stale moves are refused; the owner rules restrict every read and sum;
// the sums equal an independent sum; activities and the timeline are ordered.
#include "tests/server/salesshop.h"

#include "common/money.h"

#include <QDate>
#include <QTest>

using namespace SalesTest;

namespace {

qint64 minor(const QJsonValue& v)
{
    return Money::parse(v.toString())->minorUnits();
}

QJsonObject stageByKey(ServerTest& t, Session& s, const QString& key)
{
    for (const QJsonValue& v : t.call(s, "crm.stage.list").toObject().value("rows").toArray())
        if (v.toObject().value("builtin_key").toString() == key)
            return v.toObject();
    return {};
}

qint64 reasonId(ServerTest& t, Session& s)
{
    return idOf(t.call(s, "crm.lost_reason.list").toObject().value("rows").toArray().first());
}

QJsonObject move(ServerTest& t, Session& s, const QJsonObject& o, qint64 stage)
{
    return t
        .call(s, "crm.opportunity.move",
              {{"id", o.value("id")}, {"version", o.value("version")}, {"stage_id", stage}})
        .toObject();
}

void setRules(ServerTest& t, Session& admin, const QString& role, const QJsonArray& rules)
{
    qint64 id = 0;
    for (const QJsonValue& r :
         t.call(admin, "admin.role.list", {{"search", role}}).toObject().value("rows").toArray())
        if (r.toObject().value("name").toString() == role)
            id = idOf(r);
    const QJsonObject current = t.call(admin, "admin.role.get", {{"id", id}}).toObject();
    t.call(admin, "admin.role.update",
           {{"id", id}, {"version", current.value("version")}, {"record_rules", rules}});
}

} // namespace

class TestPipeline final : public QObject
{
    Q_OBJECT
private slots:
    void leadQualifyMoveWinMakesAnOrder()
    {
        Shop shop(QStringLiteral("pl_win"));
        ServerTest& t = shop.t;
        Session& a = shop.admin;
        const QJsonObject lead = t.call(a, "crm.lead.create",
                                        {{"name", "广州新城贸易"},
                                         {"contact_name", "陈先生"},
                                         {"phone", "13800001111"},
                                         {"source", "exhibition"},
                                         {"campaign", "广交会 2026"}})
                                     .toObject();
        QCOMPARE(lead.value("state").toString(), QStringLiteral("new"));
        const QJsonObject q =
            t.call(a, "crm.lead.qualify",
                   {{"id", lead.value("id")},
                    {"version", lead.value("version")},
                    {"amount", "12000.00"},
                    {"products", QJsonArray{QJsonObject{{"product_id", shop.pen}, {"qty", "10"}},
                                            QJsonObject{{"product_id", shop.ink}, {"qty", "4"}}}}})
                .toObject();
        QCOMPARE(q.value("lead").toObject().value("state").toString(), QStringLiteral("qualified"));
        QJsonObject opp = q.value("opportunity").toObject();
        QVERIFY(opp.value("number").toString().startsWith("OPP"));
        QCOMPARE(opp.value("stage_id").toInteger(), idOf(stageByKey(t, a, "qualification")));
        QCOMPARE(opp.value("probability").toInt(), 10);
        QVERIFY(opp.value("customer_id").isNull());
        // Without a customer there is nothing to win yet.
        Rpc::Error e;
        QCOMPARE(t.callCode(a, "crm.opportunity.win",
                            {{"id", opp.value("id")}, {"version", opp.value("version")}}, &e),
                 int(Rpc::BusinessRule));
        QCOMPARE(e.messageId(), QStringLiteral("crm.opportunity.needs_customer"));
        // Converting the lead creates its customer and gives the opportunity that customer.
        const QJsonObject leadNow = q.value("lead").toObject();
        const QJsonObject conv =
            t.call(a, "crm.lead.convert",
                   {{"id", leadNow.value("id")}, {"version", leadNow.value("version")}})
                .toObject();
        QVERIFY(conv.value("customer_created").toBool());
        const qint64 customer = conv.value("customer_id").toInteger();
        opp = t.call(a, "crm.opportunity.get", {{"id", opp.value("id")}}).toObject();
        QCOMPARE(opp.value("customer_id").toInteger(), customer);
        for (const char* key : {"needs_analysis", "proposal", "negotiation"})
            opp = move(t, a, opp, idOf(stageByKey(t, a, key)));
        QCOMPARE(opp.value("probability").toInt(), 80);
        // A won stage is reached with win only.
        QCOMPARE(t.callCode(a, "crm.opportunity.move",
                            {{"id", opp.value("id")},
                             {"version", opp.value("version")},
                             {"stage_id", idOf(stageByKey(t, a, "won"))}},
                            &e),
                 int(Rpc::BusinessRule));
        QCOMPARE(e.messageId(), QStringLiteral("crm.opportunity.move_to_won"));
        const QJsonObject won = t.call(a, "crm.opportunity.win",
                                       {{"id", opp.value("id")}, {"version", opp.value("version")}})
                                    .toObject();
        QCOMPARE(won.value("state").toString(), QStringLiteral("won"));
        QCOMPARE(won.value("history").toArray().size(), 5);
        QVERIFY(!won.value("closed_at").isNull());
        const QJsonObject order =
            t.call(a, "sales.order.get", {{"id", won.value("order_id")}}).toObject();
        QCOMPARE(order.value("number").toString(), won.value("order_number").toString());
        QCOMPARE(order.value("state").toString(), QStringLiteral("draft"));
        QCOMPARE(order.value("customer_id").toInteger(), customer);
        const QJsonArray lines = order.value("lines").toArray();
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.at(0).toObject().value("product_id").toInteger(), shop.pen);
        QCOMPARE(lines.at(0).toObject().value("qty").toString(), QStringLiteral("10.000"));
        QCOMPARE(lines.at(1).toObject().value("qty").toString(), QStringLiteral("4.000"));
        // Closed: no more moves.
        QCOMPARE(t.callCode(a, "crm.opportunity.move",
                            {{"id", won.value("id")},
                             {"version", won.value("version")},
                             {"stage_id", idOf(stageByKey(t, a, "proposal"))}},
                            &e),
                 int(Rpc::BusinessRule));
        QCOMPARE(e.messageId(), QStringLiteral("crm.opportunity.closed"));
    }

    void convertFindsTheExistingCustomerOrCreatesOne()
    {
        Shop shop(QStringLiteral("pl_convert"));
        ServerTest& t = shop.t;
        Session& a = shop.admin;
        const int before = t.call(a, "crm.customer.list").toObject().value("total").toInt();
        const QJsonObject dup =
            t.call(a, "crm.lead.create",
                   {{"name", "明远贸易"}, {"email", "buyer@mingyuan.example.cn"}})
                .toObject();
        Rpc::Error e;
        QCOMPARE(t.callCode(a, "crm.lead.convert",
                            {{"id", dup.value("id")}, {"version", dup.value("version")}}, &e),
                 int(Rpc::BusinessRule));
        QCOMPARE(e.data.toObject().value("reason").toString(), QStringLiteral("duplicates"));
        const QJsonArray candidates = e.data.toObject().value("duplicates").toArray();
        QCOMPARE(idOf(candidates.first()), shop.customer);
        const QJsonObject linked = t.call(a, "crm.lead.convert",
                                          {{"id", dup.value("id")},
                                           {"version", dup.value("version")},
                                           {"customer_id", shop.customer}})
                                       .toObject();
        QVERIFY(!linked.value("customer_created").toBool());
        QCOMPARE(linked.value("lead").toObject().value("customer_id").toInteger(), shop.customer);
        QCOMPARE(t.call(a, "crm.customer.list").toObject().value("total").toInt(), before);
        // A lead like nobody else becomes a new customer.
        const QJsonObject fresh =
            t.call(a, "crm.lead.create", {{"name", "乌鲁木齐天山果业"}, {"phone", "13999990000"}})
                .toObject();
        const QJsonObject created =
            t.call(a, "crm.lead.convert",
                   {{"id", fresh.value("id")}, {"version", fresh.value("version")}})
                .toObject();
        QVERIFY(created.value("customer_created").toBool());
        QCOMPARE(t.call(a, "crm.customer.get", {{"id", created.value("customer_id")}})
                     .toObject()
                     .value("name")
                     .toString(),
                 QStringLiteral("乌鲁木齐天山果业"));
        QCOMPARE(t.call(a, "crm.customer.list").toObject().value("total").toInt(), before + 1);
        // Converted: it cannot be converted again.
        const QJsonObject again = created.value("lead").toObject();
        QCOMPARE(t.callCode(a, "crm.lead.convert",
                            {{"id", again.value("id")}, {"version", again.value("version")}}, &e),
                 int(Rpc::BusinessRule));
        QCOMPARE(e.messageId(), QStringLiteral("crm.lead.illegal_transition"));
    }

    void loseNeedsAReasonAndStaleMovesAreRefused()
    {
        Shop shop(QStringLiteral("pl_lose"));
        ServerTest& t = shop.t;
        Session& a = shop.admin;
        const QJsonObject opp =
            t.call(a, "crm.opportunity.create",
                   {{"title", "测试"}, {"customer_id", shop.customer}, {"amount", "500.00"}})
                .toObject();
        const QJsonObject moved = move(t, a, opp, idOf(stageByKey(t, a, "proposal")));
        QCOMPARE(moved.value("probability").toInt(), 60);
        Rpc::Error e;
        // Stale version (the one before the move).
        QCOMPARE(t.callCode(a, "crm.opportunity.move",
                            {{"id", opp.value("id")},
                             {"version", opp.value("version")},
                             {"stage_id", idOf(stageByKey(t, a, "negotiation"))}},
                            &e),
                 int(Rpc::VersionConflict));
        QCOMPARE(t.call(a, "crm.opportunity.get", {{"id", opp.value("id")}})
                     .toObject()
                     .value("history")
                     .toArray()
                     .size(),
                 2);
        QCOMPARE(t.callCode(a, "crm.opportunity.lose",
                            {{"id", moved.value("id")}, {"version", moved.value("version")}}, &e),
                 int(Rpc::ValidationFailed));
        QCOMPARE(Test::fieldCodes(e), QStringList{"reason_id:required"});
        const QJsonObject lost = t.call(a, "crm.opportunity.lose",
                                        {{"id", moved.value("id")},
                                         {"version", moved.value("version")},
                                         {"reason_id", reasonId(t, a)},
                                         {"note", "太贵"}})
                                     .toObject();
        QCOMPARE(lost.value("state").toString(), QStringLiteral("lost"));
        QCOMPARE(lost.value("probability").toInt(), 0);
        QCOMPARE(lost.value("lost_reason_id").toInteger(), reasonId(t, a));
        // A lead is lost with a reason too.
        const QJsonObject lead = t.call(a, "crm.lead.create", {{"name", "某公司"}}).toObject();
        QCOMPARE(t.callCode(a, "crm.lead.lose",
                            {{"id", lead.value("id")}, {"version", lead.value("version")}}, &e),
                 int(Rpc::ValidationFailed));
    }

    void ownerRulesRestrictEveryReadAndSum()
    {
        Shop shop(QStringLiteral("pl_rules"));
        ServerTest& t = shop.t;
        Session& admin = shop.admin;
        Session li = t.userWithRoles("li.na", {"sales"});
        Session zhang = t.userWithRoles("zhang.wei", {"sales"});
        auto opp = [&](Session& s, const char* title, const char* amount) {
            return t
                .call(s, "crm.opportunity.create",
                      {{"title", title}, {"customer_id", shop.customer}, {"amount", amount}})
                .toObject();
        };
        const QJsonObject liOpp = opp(li, "上海项目", "1000.00");
        opp(li, "上海二期", "2000.00");
        const QJsonObject zhangOpp = opp(zhang, "上海北区", "4000.00");
        t.call(li, "crm.lead.create", {{"name", "上海甲"}, {"owner_id", li.identity.userId}});
        const QJsonObject zhangLead =
            t.call(zhang, "crm.lead.create",
                   {{"name", "上海乙"}, {"owner_id", zhang.identity.userId}})
                .toObject();
        auto total = [&](Session& s, const char* method, const QJsonObject& p = {}) {
            return t.call(s, method, p).toObject().value("total").toInt();
        };
        auto exported = [&](Session& s, const char* method) {
            return t.call(s, method, {{"format", "csv"}}).toObject().value("rows").toInt();
        };
        QCOMPARE(total(li, "crm.opportunity.list"), 3);
        QCOMPARE(minor(t.call(li, "crm.pipeline.summary")
                           .toObject()
                           .value("total")
                           .toObject()
                           .value("amount")),
                 700000);
        setRules(t, admin, "sales", QJsonArray{"crm.lead.own", "crm.opportunity.own"});
        QCOMPARE(total(li, "crm.opportunity.list"), 2);
        QCOMPARE(total(zhang, "crm.opportunity.list"), 1);
        QCOMPARE(total(li, "crm.opportunity.list", {{"search", "上海"}}), 2);
        QCOMPARE(total(li, "crm.lead.list"), 1);
        QCOMPARE(total(zhang, "crm.lead.list", {{"search", "上海"}}), 1);
        QCOMPARE(exported(li, "crm.opportunity.export"), 2);
        QCOMPARE(exported(li, "crm.lead.export"), 1);
        Rpc::Error e;
        QCOMPARE(t.callCode(li, "crm.opportunity.get", {{"id", zhangOpp.value("id")}}, &e),
                 int(Rpc::NotFound));
        QCOMPARE(t.callCode(li, "crm.lead.get", {{"id", zhangLead.value("id")}}, &e),
                 int(Rpc::NotFound));
        QCOMPARE(t.callCode(li, "crm.opportunity.move",
                            {{"id", zhangOpp.value("id")},
                             {"version", zhangOpp.value("version")},
                             {"stage_id", idOf(stageByKey(t, li, "proposal"))}},
                            &e),
                 int(Rpc::NotFound));
        const QJsonObject sum = t.call(li, "crm.pipeline.summary").toObject();
        QCOMPARE(sum.value("total").toObject().value("count").toInt(), 2);
        QCOMPARE(minor(sum.value("total").toObject().value("amount")), 300000);
        QCOMPARE(t.call(zhang, "crm.forecast")
                     .toObject()
                     .value("total")
                     .toObject()
                     .value("count")
                     .toInt(),
                 0); // no expected close date: not in the forecast
        // The admin (no rule) still sees all.
        QCOMPARE(total(admin, "crm.opportunity.list"), 3);
        QCOMPARE(idOf(liOpp) > 0, true);
    }

    void sumsEqualAnIndependentSum()
    {
        Shop shop(QStringLiteral("pl_sums"));
        ServerTest& t = shop.t;
        Session& a = shop.admin;
        const QStringList keys{"qualification", "needs_analysis", "proposal", "negotiation"};
        QHash<qint64, std::array<qint64, 3>> expectStage; // count, amount, amount*prob
        QHash<QString, qint64> expectMonth;               // month|owner -> amount*prob
        qint64 weightedAll = 0;
        for (int i = 0; i < 17; ++i) {
            const qint64 amount = 12345 + i * 9871; // minor units, odd on purpose
            const QString close = QDate(2026, 1 + i % 5, 1 + i).toString(Qt::ISODate);
            QJsonObject o = t.call(a, "crm.opportunity.create",
                                   {{"title", QStringLiteral("O%1").arg(i)},
                                    {"customer_id", shop.customer},
                                    {"amount", Money(amount).toString()},
                                    {"expected_close", close}})
                                .toObject();
            const QJsonObject stage = stageByKey(t, a, keys.at(i % 4));
            if (i % 4)
                o = move(t, a, o, idOf(stage));
            if (i % 3 == 0)
                o = t.call(a, "crm.opportunity.update",
                           {{"id", o.value("id")},
                            {"version", o.value("version")},
                            {"probability", 33 + i}})
                        .toObject();
            const qint64 prob = o.value("probability").toInt();
            auto& s = expectStage[idOf(stage)];
            s[0] += 1;
            s[1] += amount;
            s[2] += amount * prob;
            expectMonth[close.left(7)] += amount * prob;
            weightedAll += amount * prob;
        }
        auto rounded = [](qint64 x) { return (x + 50) / 100; };
        const QJsonObject sum = t.call(a, "crm.pipeline.summary").toObject();
        for (const QJsonValue& v : sum.value("stages").toArray()) {
            const QJsonObject row = v.toObject();
            const auto s = expectStage.value(idOf(row));
            QCOMPARE(row.value("count").toInteger(), s[0]);
            QCOMPARE(minor(row.value("amount")), s[1]);
            QCOMPARE(minor(row.value("weighted")), rounded(s[2]));
        }
        QCOMPARE(minor(sum.value("total").toObject().value("weighted")), rounded(weightedAll));
        const QJsonObject fc = t.call(a, "crm.forecast").toObject();
        QCOMPARE(fc.value("months").toArray().size(), expectMonth.size());
        for (const QJsonValue& v : fc.value("months").toArray())
            QCOMPARE(minor(v.toObject().value("weighted")),
                     rounded(expectMonth.value(v.toObject().value("month").toString())));
        // A period filter: only February and March.
        const QJsonObject part =
            t.call(a, "crm.forecast", {{"close_from", "2026-02-01"}, {"close_to", "2026-03-31"}})
                .toObject();
        QCOMPARE(minor(part.value("total").toObject().value("weighted")),
                 rounded(expectMonth.value("2026-02") + expectMonth.value("2026-03")));
        // Funnel: every opportunity reached the first stage.
        QCOMPARE(sum.value("funnel").toArray().first().toObject().value("reached").toInt(), 17);
    }

    void activitiesOverdueFirstAndTheTimeline()
    {
        Shop shop(QStringLiteral("pl_act"));
        ServerTest& t = shop.t;
        Session& a = shop.admin;
        const QString past = QDateTime::currentDateTimeUtc().addDays(-3).toString(Qt::ISODate);
        const QString later = QDateTime::currentDateTimeUtc().addDays(2).toString(Qt::ISODate);
        const QString older = QDateTime::currentDateTimeUtc().addDays(-9).toString(Qt::ISODate);
        for (const auto& [subject, due] :
             {std::pair{"后天拜访", later}, std::pair{"逾期电话", past},
              std::pair{"更早逾期", older}})
            t.call(a, "crm.activity.create",
                   {{"kind", "call"},
                    {"subject", subject},
                    {"due_at", due},
                    {"customer_id", shop.customer}});
        const QJsonArray mine = t.call(a, "crm.activity.mine").toObject().value("rows").toArray();
        QCOMPARE(mine.size(), 3);
        QCOMPARE(mine.at(0).toObject().value("subject").toString(), QStringLiteral("更早逾期"));
        QVERIFY(mine.at(0).toObject().value("overdue").toBool());
        QVERIFY(mine.at(1).toObject().value("overdue").toBool());
        QVERIFY(!mine.at(2).toObject().value("overdue").toBool());
        const QJsonObject first = mine.at(0).toObject();
        t.call(
            a, "crm.activity.complete",
            {{"id", first.value("id")}, {"version", first.value("version")}, {"result", "已联系"}});
        QCOMPARE(t.call(a, "crm.activity.mine").toObject().value("total").toInt(), 2);

        // Timeline: an order, an opportunity and the activities, newest first.
        shop.order(QJsonArray{QJsonObject{{"product_id", shop.pen}, {"qty", "1"}}});
        t.call(a, "crm.opportunity.create", {{"title", "时间线"}, {"customer_id", shop.customer}});
        const QJsonObject tl =
            t.call(a, "crm.customer.timeline", {{"customer_id", shop.customer}}).toObject();
        const QJsonArray rows = tl.value("rows").toArray();
        QCOMPARE(tl.value("total").toInt(), 5);
        QCOMPARE(rows.size(), 5);
        QStringList kinds;
        for (qsizetype i = 0; i < rows.size(); ++i) {
            kinds.append(rows.at(i).toObject().value("kind").toString());
            if (i > 0)
                QVERIFY(rows.at(i - 1).toObject().value("at").toString() >=
                        rows.at(i).toObject().value("at").toString());
        }
        QVERIFY(kinds.contains("order"));
        QVERIFY(kinds.contains("opportunity"));
        QCOMPARE(rows.first().toObject().value("kind").toString(),
                 QStringLiteral("call")); // in 2 days
        const QJsonObject page =
            t.call(a, "crm.customer.timeline",
                   {{"customer_id", shop.customer}, {"offset", 1}, {"limit", 2}})
                .toObject();
        QCOMPARE(page.value("rows").toArray().at(0), rows.at(1));
        QCOMPARE(page.value("rows").toArray().size(), 2);
    }

    void automationAssignsRoundRobinAndFollowsUp()
    {
        Shop shop(QStringLiteral("pl_auto"));
        ServerTest& t = shop.t;
        Session& a = shop.admin;
        Session li = t.userWithRoles("li.na", {"sales"});
        Session zhang = t.userWithRoles("zhang.wei", {"sales"});
        t.call(a, "crm.rule.create",
               {{"name", "轮流"},
                {"event", "lead_created"},
                {"action", "assign"},
                {"user_ids", QJsonArray{li.identity.userId, zhang.identity.userId}}});
        const qint64 proposal = idOf(stageByKey(t, a, "proposal"));
        t.call(a, "crm.rule.create",
               {{"name", "跟进"},
                {"event", "stage_changed"},
                {"action", "activity"},
                {"stage_id", proposal},
                {"activity_kind", "call"},
                {"activity_subject", "报价跟进"},
                {"activity_days", 2}});
        QList<qint64> owners;
        for (int i = 0; i < 3; ++i)
            owners.append(t.call(a, "crm.lead.create", {{"name", QStringLiteral("L%1").arg(i)}})
                              .toObject()
                              .value("owner_id")
                              .toInteger());
        QCOMPARE(owners,
                 (QList<qint64>{li.identity.userId, zhang.identity.userId, li.identity.userId}));
        QJsonObject o = t.call(li, "crm.opportunity.create",
                               {{"title", "跟进测试"}, {"customer_id", shop.customer}})
                            .toObject();
        o = move(t, li, o, idOf(stageByKey(t, a, "needs_analysis")));
        QCOMPARE(t.call(li, "crm.activity.mine").toObject().value("total").toInt(), 0);
        o = move(t, li, o, proposal);
        const QJsonArray acts = t.call(li, "crm.activity.mine").toObject().value("rows").toArray();
        QCOMPARE(acts.size(), 1); // fired once
        QCOMPARE(acts.at(0).toObject().value("subject").toString(), QStringLiteral("报价跟进"));
        QCOMPARE(acts.at(0).toObject().value("opportunity_id").toInteger(), idOf(o));
    }

    void aStoreWithoutStagesGetsTheDefaultsOnItsNextStart()
    {
        // A store upgraded to migration 0023 has empty stage and reason tables until the crm
        // module's start seeds them (once: a second start adds nothing).
        QString url;
        {
            ServerTest t(QStringLiteral("pl_seed"));
            url = t.url();
            QSqlQuery q(t.core().database().connection());
            QVERIFY(q.exec("DELETE FROM crm_stages"));
            QVERIFY(q.exec("DELETE FROM crm_lost_reasons"));
            q.finish();
            t.core().database().closeThreadConnection();
        }
        for (int start = 0; start < 2; ++start) {
            ServerTest t(QStringLiteral("pl_seed"), false, url);
            Session a = t.admin();
            const QJsonArray stages =
                t.call(a, "crm.stage.list").toObject().value("rows").toArray();
            QStringList keys;
            for (const QJsonValue& v : stages)
                keys.append(v.toObject().value("builtin_key").toString());
            QCOMPARE(keys, (QStringList{"qualification", "needs_analysis", "proposal",
                                        "negotiation", "won", "lost"}));
            QCOMPARE(stages.first().toObject().value("name").toString(), QStringLiteral("新线索"));
            QCOMPARE(stages.first().toObject().value("name_ref").toObject().value("id").toString(),
                     QStringLiteral("crm.stage.qualification"));
            QCOMPARE(t.call(a, "crm.lost_reason.list").toObject().value("rows").toArray().size(),
                     6);
            t.core().database().closeThreadConnection();
        }
    }

    void demoHasAPipeline()
    {
        ServerTest t(QStringLiteral("pl_demo"), true);
        Session a = t.admin();
        auto total = [&](const char* method, const QJsonObject& filter) {
            return t.call(a, method, {{"filter", filter}}).toObject().value("total").toInt();
        };
        QCOMPARE(total("crm.lead.list", {}), 60);
        QCOMPARE(total("crm.opportunity.list", {}),
                 90 + total("crm.lead.list", {{"state", "qualified"}}));
        QVERIFY(total("crm.opportunity.list", {{"state", "won"}}) > 5);
        QVERIFY(total("crm.opportunity.list", {{"state", "lost"}}) > 3);
        QVERIFY(total("crm.opportunity.list", {{"state", "open"}}) > 10);
        QVERIFY(total("crm.activity.list", {{"overdue", true}}) > 0);
        // Every won opportunity has its order, a draft of its customer.
        const QJsonArray won = t.call(a, "crm.opportunity.list",
                                      {{"filter", QJsonObject{{"state", "won"}}}, {"limit", 3}})
                                   .toObject()
                                   .value("rows")
                                   .toArray();
        for (const QJsonValue& v : won) {
            const QJsonObject order =
                t.call(a, "sales.order.get", {{"id", v.toObject().value("order_id")}}).toObject();
            QCOMPARE(order.value("customer_id"), v.toObject().value("customer_id"));
        }
        // Both demo sales people own opportunities; the lost ones have a reason.
        Session li = t.login(QStringLiteral("li.na"), QStringLiteral("demo1234"));
        QVERIFY(total("crm.opportunity.list", {{"owner_id", li.identity.userId}}) > 10);
        const QJsonArray lost =
            t.call(a, "crm.opportunity.list", {{"filter", QJsonObject{{"state", "lost"}}}})
                .toObject()
                .value("rows")
                .toArray();
        for (const QJsonValue& v : lost)
            QVERIFY(v.toObject().value("lost_reason_id").toInteger() > 0);
        const QJsonObject sum = t.call(a, "crm.pipeline.summary").toObject();
        QVERIFY(sum.value("avg_cycle_days").toString() != QStringLiteral("0.0"));
    }
};

QTEST_GUILESS_MAIN(TestPipeline)
#include "tst_pipeline.moc"
