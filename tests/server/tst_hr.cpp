// Module hr, people and organisation: employees (ID number checks, versions, the manager chain),
// departments (a tree without cycles), positions, the org chart and the expiring contracts.
#include "tests/support/servertest.h"

#include <QJsonArray>
#include <QTest>

using namespace Erp;
using Erp::Test::ServerTest;

namespace {

using Session = ServerTest::Session;

qint64 idOf(const QJsonValue& v)
{
    return v.toObject().value(QStringLiteral("id")).toInteger();
}

QJsonObject idVersion(const QJsonObject& record)
{
    return {{"id", record.value("id")}, {"version", record.value("version")}};
}

/// The first field error's message id of a -32022.
QString fieldMessage(const Rpc::Error& e)
{
    return e.data.toObject()
        .value("fields")
        .toArray()
        .first()
        .toObject()
        .value("message_id")
        .toString();
}

} // namespace

class TestHr final : public QObject
{
    Q_OBJECT
private slots:
    void idNumberIsCheckedAndFillsBirthDateAndGender_data()
    {
        QTest::addColumn<QString>("idNumber");
        QTest::addColumn<QString>("birthDate"); // given with it ("" = none)
        QTest::addColumn<QString>("gender");
        QTest::addColumn<QString>("error"); // "field:code" or "" for success
        QTest::addColumn<QString>("messageId");
        QTest::newRow("valid, derives") << "310101199003071230"
                                        << ""
                                        << ""
                                        << ""
                                        << "";
        QTest::newRow("valid, agrees") << "310101199003071230"
                                       << "1990-03-07"
                                       << "male"
                                       << ""
                                       << "";
        QTest::newRow("X check digit") << "11010519491231002X"
                                       << ""
                                       << ""
                                       << ""
                                       << "";
        QTest::newRow("lower-case x") << "11010519491231002x"
                                      << ""
                                      << "female"
                                      << ""
                                      << "";
        QTest::newRow("wrong check digit") << "310101199003071231"
                                           << ""
                                           << ""
                                           << "id_number:invalid"
                                           << "hr.employee.id_number_check";
        QTest::newRow("wrong length") << "31010119900307123"
                                      << ""
                                      << ""
                                      << "id_number:invalid"
                                      << "hr.employee.id_number_length";
        QTest::newRow("letters") << "3101011990030A1230"
                                 << ""
                                 << ""
                                 << "id_number:invalid"
                                 << "hr.employee.id_number_chars";
        QTest::newRow("no such day") << "310101199002301237"
                                     << ""
                                     << ""
                                     << "id_number:invalid"
                                     << "hr.employee.id_number_birth_date";
        QTest::newRow("birth date mismatch") << "310101199003071230"
                                             << "1990-03-08"
                                             << ""
                                             << "birth_date:mismatch"
                                             << "hr.employee.birth_date_mismatch";
        QTest::newRow("gender mismatch") << "310101199003071230"
                                         << ""
                                         << "female"
                                         << "gender:mismatch"
                                         << "hr.employee.gender_mismatch";
    }
    void idNumberIsCheckedAndFillsBirthDateAndGender()
    {
        QFETCH(QString, idNumber);
        QFETCH(QString, birthDate);
        QFETCH(QString, gender);
        QFETCH(QString, error);
        QFETCH(QString, messageId);
        ServerTest t(QStringLiteral("hr_idnumber"));
        Session a = t.admin();
        QJsonObject params{
            {"name", "王小明"}, {"hire_date", "2024-03-01"}, {"id_number", idNumber}};
        if (!birthDate.isEmpty())
            params.insert("birth_date", birthDate);
        if (!gender.isEmpty())
            params.insert("gender", gender);
        Rpc::Error e;
        const int code = t.callCode(a, "hr.employee.create", params, &e);
        if (error.isEmpty()) {
            QCOMPARE(code, 0);
            const QJsonObject got = t.call(a, "hr.employee.get", {{"id", idOf(e.data)}}).toObject();
            QCOMPARE(got.value("id_number").toString(), idNumber.toUpper());
            QCOMPARE(got.value("birth_date").toString(),
                     QDate::fromString(idNumber.mid(6, 8), "yyyyMMdd").toString(Qt::ISODate));
            QCOMPARE(got.value("gender").toString(), (idNumber.at(16).digitValue() % 2)
                                                         ? QStringLiteral("male")
                                                         : QStringLiteral("female"));
            QVERIFY(got.value("number").toString().startsWith("E0000"));
        } else {
            QCOMPARE(code, int(Rpc::ValidationFailed));
            QCOMPARE(Test::fieldCodes(e), QStringList{error});
            QCOMPARE(fieldMessage(e), messageId);
        }
    }

    void createUpdateAndVersions()
    {
        ServerTest t(QStringLiteral("hr_crud"));
        Session a = t.admin();
        const QJsonObject dep = t.call(a, "hr.department.create", {{"name", "研发部"}}).toObject();
        QCOMPARE(dep.value("code").toString(), QStringLiteral("D001"));
        const QJsonObject pos =
            t.call(a, "hr.position.create",
                   {{"title", "工程师"}, {"department_id", dep.value("id")}, {"headcount", 3}})
                .toObject();
        QJsonObject e =
            t.call(a, "hr.employee.create",
                   {{"name", "李雷"},
                    {"hire_date", "2025-01-02"},
                    {"position_id", pos.value("id")}, // the department follows
                    {"contribution_base", "15000.00"},
                    {"housing_fund_rate", "7.00"},
                    {"deductions", QJsonObject{{"children", 1},
                                               {"housing", "rent_tier1"},
                                               {"elderly_only_child", true},
                                               {"elderly_share", "3000.00"}}},
                    {"contracts", QJsonArray{QJsonObject{{"start_date", "2025-01-02"},
                                                         {"end_date", "2028-01-01"},
                                                         {"probation_end", "2025-04-01"}}}}})
                .toObject();
        QCOMPARE(e.value("number").toString(), QStringLiteral("E000001"));
        QCOMPARE(e.value("department_id"), dep.value("id"));
        QCOMPARE(e.value("department_name").toString(), QStringLiteral("研发部"));
        QCOMPARE(e.value("contribution_base").toString(), QStringLiteral("15000.00"));
        QCOMPARE(e.value("housing_fund_rate").toString(), QStringLiteral("7.00"));
        QCOMPARE(e.value("deductions").toObject().value("elderly_share").toString(),
                 QStringLiteral("3000.00"));
        QCOMPARE(e.value("contracts").toArray().size(), 1);
        QCOMPARE(e.value("version").toInteger(), 1);
        // The position counts as filled.
        QCOMPARE(t.call(a, "hr.position.get", {{"id", pos.value("id")}}).toObject().value("filled"),
                 QJsonValue(1));
        // A second employee takes the next number of the gapless series.
        const QJsonObject second =
            t.call(a, "hr.employee.create", {{"name", "韩梅梅"}, {"hire_date", "2025-02-01"}})
                .toObject();
        QCOMPARE(second.value("number").toString(), QStringLiteral("E000002"));

        QJsonObject p = idVersion(e);
        p.insert("phone", "13800138000");
        const QJsonObject updated = t.call(a, "hr.employee.update", p).toObject();
        QCOMPARE(updated.value("version").toInteger(), 2);
        QCOMPARE(updated.value("phone").toString(), QStringLiteral("13800138000"));
        QCOMPARE(updated.value("contribution_base").toString(), QStringLiteral("15000.00"));
        // A stale version is a conflict; nothing changes.
        Rpc::Error err;
        p.insert("phone", "13900139000");
        QCOMPARE(t.callCode(a, "hr.employee.update", p, &err), int(Rpc::VersionConflict));
        QCOMPARE(t.call(a, "hr.employee.get", {{"id", e.value("id")}}).toObject().value("phone"),
                 QJsonValue("13800138000"));
        // Rules: leaving needs a date and reason; an elderly share beyond the cap; probation out
        // of the contract; a number taken.
        QJsonObject leave = idVersion(updated);
        leave.insert("status", "left");
        QCOMPARE(t.callCode(a, "hr.employee.update", leave, &err), int(Rpc::ValidationFailed));
        QCOMPARE(Test::fieldCodes(err),
                 (QStringList{"leave_date:required", "leave_reason:required"}));
        QCOMPARE(t.callCode(a, "hr.employee.update",
                            {{"id", e.value("id")},
                             {"version", 2},
                             {"deductions", QJsonObject{{"elderly_only_child", false}}}},
                            &err),
                 int(Rpc::ValidationFailed));
        QCOMPARE(fieldMessage(err), QStringLiteral("hr.employee.elderly_share_max"));
        QCOMPARE(
            t.callCode(a, "hr.employee.update",
                       {{"id", e.value("id")},
                        {"version", 2},
                        {"contracts", QJsonArray{QJsonObject{{"start_date", "2025-01-02"},
                                                             {"end_date", "2026-01-01"},
                                                             {"probation_end", "2026-06-01"}}}}},
                       &err),
            int(Rpc::ValidationFailed));
        QCOMPARE(Test::fieldCodes(err), QStringList{"contracts[0].probation_end:invalid"});
        QCOMPARE(t.callCode(a, "hr.employee.update",
                            {{"id", second.value("id")}, {"version", 1}, {"number", "E000001"}},
                            &err),
                 int(Rpc::ValidationFailed));
        QCOMPARE(fieldMessage(err), QStringLiteral("hr.employee.number_taken"));
        // Archive only after leaving.
        QCOMPARE(t.callCode(a, "hr.employee.archive", idVersion(updated), &err),
                 int(Rpc::BusinessRule));
        QCOMPARE(err.messageId(), QStringLiteral("hr.employee.archive_not_left"));
        leave.insert("leave_date", "2026-03-31");
        leave.insert("leave_reason", "个人原因");
        const QJsonObject left = t.call(a, "hr.employee.update", leave).toObject();
        const QJsonObject archived = t.call(a, "hr.employee.archive", idVersion(left)).toObject();
        QVERIFY(archived.value("archived").toBool());
        QCOMPARE(t.call(a, "hr.employee.list").toObject().value("total"), QJsonValue(1));
        QCOMPARE(t.call(a, "hr.employee.list", {{"filter", QJsonObject{{"status", "archived"}}}})
                     .toObject()
                     .value("total"),
                 QJsonValue(1));
        // Every change is in the audit trail under hr.employee.
        const QJsonArray audit =
            t.call(a, "admin.audit.list", {{"filter", QJsonObject{{"entity", "hr.employee"}}}})
                .toObject()
                .value("rows")
                .toArray();
        QVERIFY2(audit.size() >= 5, qPrintable(QString::number(audit.size())));
    }

    void managerCycleIsRefused()
    {
        ServerTest t(QStringLiteral("hr_cycle"));
        Session a = t.admin();
        auto hire = [&](const char* name, const QJsonValue& manager) {
            return t
                .call(a, "hr.employee.create",
                      {{"name", QString::fromUtf8(name)},
                       {"hire_date", "2024-01-01"},
                       {"manager_id", manager}})
                .toObject();
        };
        const QJsonObject boss = hire("老板", QJsonValue());
        const QJsonObject lead = hire("组长", boss.value("id"));
        const QJsonObject dev = hire("开发", lead.value("id"));
        Rpc::Error e;
        // The boss under his indirect report: a loop.
        QJsonObject p = idVersion(boss);
        p.insert("manager_id", dev.value("id"));
        QCOMPARE(t.callCode(a, "hr.employee.update", p, &e), int(Rpc::ValidationFailed));
        QCOMPARE(Test::fieldCodes(e), QStringList{"manager_id:cycle"});
        QCOMPARE(fieldMessage(e), QStringLiteral("hr.employee.manager_cycle"));
        // His own manager.
        p.insert("manager_id", boss.value("id"));
        QCOMPARE(t.callCode(a, "hr.employee.update", p, &e), int(Rpc::ValidationFailed));
        QCOMPARE(Test::fieldCodes(e), QStringList{"manager_id:cycle"});
        // An unknown one.
        p.insert("manager_id", 99999);
        QCOMPARE(t.callCode(a, "hr.employee.update", p, &e), int(Rpc::ValidationFailed));
        QCOMPARE(Test::fieldCodes(e), QStringList{"manager_id:unknown"});
        // Moving the developer under the boss directly is fine.
        p = idVersion(dev);
        p.insert("manager_id", boss.value("id"));
        QCOMPARE(t.call(a, "hr.employee.update", p).toObject().value("manager_name").toString(),
                 QStringLiteral("老板"));
    }

    void departmentTreeRefusesCyclesAndArchivesWhenUsed()
    {
        ServerTest t(QStringLiteral("hr_departments"));
        Session a = t.admin();
        const QJsonObject top = t.call(a, "hr.department.create", {{"name", "公司"}}).toObject();
        const QJsonObject mid =
            t.call(a, "hr.department.create", {{"name", "销售部"}, {"parent_id", top.value("id")}})
                .toObject();
        const QJsonObject low =
            t.call(a, "hr.department.create", {{"name", "华南组"}, {"parent_id", mid.value("id")}})
                .toObject();
        Rpc::Error e;
        QJsonObject p = idVersion(top);
        p.insert("parent_id", low.value("id"));
        QCOMPARE(t.callCode(a, "hr.department.update", p, &e), int(Rpc::ValidationFailed));
        QCOMPARE(Test::fieldCodes(e), QStringList{"parent_id:cycle"});
        QCOMPARE(fieldMessage(e), QStringLiteral("hr.department.cycle"));
        p.insert("parent_id", top.value("id"));
        QCOMPARE(t.callCode(a, "hr.department.update", p, &e), int(Rpc::ValidationFailed));
        QCOMPARE(Test::fieldCodes(e), QStringList{"parent_id:cycle"});
        QCOMPARE(t.call(a, "hr.department.list").toObject().value("total"), QJsonValue(3));

        // Used: not deleted, archived once no current employee is left in it.
        const QJsonObject emp = t.call(a, "hr.employee.create",
                                       {{"name", "周杰"},
                                        {"hire_date", "2024-01-01"},
                                        {"department_id", low.value("id")}})
                                    .toObject();
        QCOMPARE(t.callCode(a, "hr.department.delete", idVersion(low), &e), int(Rpc::BusinessRule));
        QCOMPARE(e.messageId(), QStringLiteral("hr.department.in_use"));
        QCOMPARE(t.callCode(a, "hr.department.archive", idVersion(low), &e),
                 int(Rpc::BusinessRule));
        QCOMPARE(e.messageId(), QStringLiteral("hr.department.archive_in_use"));
        QJsonObject leave = idVersion(emp);
        leave.insert("status", "left");
        leave.insert("leave_date", "2025-01-01");
        leave.insert("leave_reason", "合同到期");
        t.call(a, "hr.employee.update", leave);
        const QJsonObject archived = t.call(a, "hr.department.archive", idVersion(low)).toObject();
        QVERIFY(!archived.value("active").toBool());
        QCOMPARE(t.call(a, "hr.department.list").toObject().value("total"), QJsonValue(2));
        QCOMPARE(t.call(a, "hr.department.list", {{"archived", true}}).toObject().value("total"),
                 QJsonValue(3));
        // Hiring into an archived department is refused; an unused one is deleted.
        QCOMPARE(
            t.callCode(
                a, "hr.employee.create",
                {{"name", "新人"}, {"hire_date", "2025-01-01"}, {"department_id", low.value("id")}},
                &e),
            int(Rpc::ValidationFailed));
        QCOMPARE(fieldMessage(e), QStringLiteral("hr.department.archived"));
        const QJsonObject unused =
            t.call(a, "hr.department.create", {{"name", "空部门"}}).toObject();
        QCOMPARE(t.call(a, "hr.department.delete", idVersion(unused)).toObject().value("deleted"),
                 QJsonValue(true));
        // A position's title is unique in its department.
        t.call(a, "hr.position.create", {{"title", "经理"}, {"department_id", mid.value("id")}});
        QCOMPARE(t.callCode(a, "hr.position.create",
                            {{"title", "经理"}, {"department_id", mid.value("id")}}, &e),
                 int(Rpc::ValidationFailed));
        QCOMPARE(fieldMessage(e), QStringLiteral("hr.position.title_taken"));
    }

    void orgchartHasTheTreeAndTheEmployees()
    {
        ServerTest t(QStringLiteral("hr_orgchart"));
        Session a = t.admin();
        const QJsonObject top = t.call(a, "hr.department.create", {{"name", "公司"}}).toObject();
        const QJsonObject sales =
            t.call(a, "hr.department.create", {{"name", "销售部"}, {"parent_id", top.value("id")}})
                .toObject();
        const QJsonObject it =
            t.call(a, "hr.department.create", {{"name", "IT部"}, {"parent_id", top.value("id")}})
                .toObject();
        const QJsonObject pos = t.call(a, "hr.position.create",
                                       {{"title", "销售"}, {"department_id", sales.value("id")}})
                                    .toObject();
        const QJsonObject ceo = t.call(a, "hr.employee.create",
                                       {{"name", "总经理"},
                                        {"hire_date", "2020-01-01"},
                                        {"department_id", top.value("id")}})
                                    .toObject();
        for (int i = 0; i < 3; ++i)
            t.call(a, "hr.employee.create",
                   {{"name", QStringLiteral("销售%1").arg(i)},
                    {"hire_date", "2021-01-01"},
                    {"position_id", pos.value("id")},
                    {"manager_id", ceo.value("id")}});
        const QJsonObject chart = t.call(a, "hr.orgchart").toObject();
        const QJsonArray roots = chart.value("departments").toArray();
        QCOMPARE(roots.size(), 1);
        QCOMPARE(roots.first().toObject().value("name").toString(), QStringLiteral("公司"));
        const QJsonArray children = roots.first().toObject().value("children").toArray();
        QCOMPARE(children.size(), 2);
        QStringList names;
        for (const QJsonValue& c : children)
            names.append(c.toObject().value("name").toString());
        names.sort();
        QCOMPARE(names, (QStringList{"IT部", "销售部"}));
        QCOMPARE(chart.value("total"), QJsonValue(4));
        int reports = 0;
        for (const QJsonValue& v : chart.value("employees").toArray()) {
            const QJsonObject e = v.toObject();
            if (e.value("manager_id") == ceo.value("id")) {
                ++reports;
                QCOMPARE(e.value("position_title").toString(), QStringLiteral("销售"));
                QCOMPARE(e.value("department_id"), sales.value("id"));
            }
            QVERIFY(!e.contains("id_number"));
        }
        QCOMPARE(reports, 3);
        // One branch only.
        const QJsonObject branch =
            t.call(a, "hr.orgchart", {{"department_id", sales.value("id")}}).toObject();
        QCOMPARE(branch.value("departments").toArray().size(), 1);
        QCOMPARE(branch.value("total"), QJsonValue(3));
        Q_UNUSED(it);
    }

    void contractsExpiringListsTheLatestContract()
    {
        ServerTest t(QStringLiteral("hr_contracts"));
        Session a = t.admin();
        const QDate today = QDate::currentDate();
        auto hire = [&](const char* name, const QJsonArray& contracts) {
            return t
                .call(a, "hr.employee.create",
                      {{"name", QString::fromUtf8(name)},
                       {"hire_date", "2020-01-01"},
                       {"contracts", contracts}})
                .toObject();
        };
        auto contract = [](const QDate& start, const QDate& end, bool renewal = false) {
            return QJsonObject{{"start_date", start.toString(Qt::ISODate)},
                               {"end_date", end.isValid() ? end.toString(Qt::ISODate) : ""},
                               {"renewal", renewal}};
        };
        const QDate start(2020, 1, 1);
        hire("快到期", {contract(start, today.addDays(20))});
        hire("已续签", {contract(start, today.addDays(10)),
                        contract(today.addDays(11), today.addYears(3), true)});
        hire("无固定期", {contract(start, QDate())});
        hire("还早", {contract(start, today.addDays(200))});
        const QJsonObject r =
            t.call(a, "hr.employee.contracts_expiring", {{"days", 60}}).toObject();
        const QJsonArray rows = r.value("rows").toArray();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().toObject().value("name").toString(), QStringLiteral("快到期"));
        QCOMPARE(rows.first().toObject().value("days_left"), QJsonValue(20));
        QCOMPARE(
            t.call(a, "hr.employee.contracts_expiring", {{"days", 365}}).toObject().value("total"),
            QJsonValue(2));
    }
};

QTEST_GUILESS_MAIN(TestHr)
#include "tst_hr.moc"
