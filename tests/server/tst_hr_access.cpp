// Who sees what of HR: the private fields (hr.private) are absent for everyone else from every
// hr method, export and import, and writing one is -32003 naming it; the manager record rule
// (hr.employee.reports, on for the built-in manager role) limits list, get, search, count,
// export, the org chart and the contract list to a manager's direct and indirect reports; the
// demo company's people are consistent.
#include "common/idnumber.h"
#include "tests/support/servertest.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

using namespace Erp;
using Erp::Test::ServerTest;

namespace {

using Session = ServerTest::Session;

const QStringList kPrivate{"id_number",         "bank_name",         "bank_account",
                           "contribution_base", "housing_fund_rate", "deductions"};

qint64 idOf(const QJsonValue& v)
{
    return v.toObject().value(QStringLiteral("id")).toInteger();
}

QList<qint64> ids(const QJsonValue& list)
{
    QList<qint64> out;
    for (const QJsonValue& r : list.toObject().value(QStringLiteral("rows")).toArray())
        out.append(idOf(r));
    std::sort(out.begin(), out.end());
    return out;
}

/// Private keys anywhere in `v`.
QStringList privateKeysIn(const QJsonValue& v)
{
    QStringList hits;
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (kPrivate.contains(it.key()))
                hits.append(it.key());
            hits += privateKeysIn(it.value());
        }
    } else if (v.isArray()) {
        for (const QJsonValue& x : v.toArray())
            hits += privateKeysIn(x);
    }
    return hits;
}

/// Header and data lines of a CSV export.
QStringList exportLines(ServerTest& t, Session& s, const QJsonObject& params = {})
{
    QJsonObject p = params;
    p.insert("format", "csv");
    const QJsonObject r = t.call(s, "hr.employee.export", p).toObject();
    QByteArray content = QByteArray::fromBase64(r.value("content_base64").toString().toLatin1());
    if (content.startsWith("\xEF\xBB\xBF"))
        content.remove(0, 3);
    QStringList lines =
        QString::fromUtf8(content).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    if (lines.size() == 1 && lines.first().contains('\n'))
        lines = QString::fromUtf8(content).split('\n', Qt::SkipEmptyParts);
    return lines;
}

} // namespace

class TestHrAccess final : public QObject
{
    Q_OBJECT
private slots:
    void privateFieldsNeedHrPrivate()
    {
        ServerTest t(QStringLiteral("hr_private"));
        Session a = t.admin();
        const QJsonObject dep = t.call(a, "hr.department.create", {{"name", "财务部"}}).toObject();
        const QJsonObject e =
            t.call(a, "hr.employee.create",
                   {{"name", "钱多多"},
                    {"hire_date", "2024-05-06"},
                    {"department_id", dep.value("id")},
                    {"id_number", "310101198506152468"},
                    {"bank_name", "招商银行"},
                    {"bank_account", "6225880212345678"},
                    {"contribution_base", "20000.00"},
                    {"housing_fund_rate", "12.00"},
                    {"deductions", QJsonObject{{"children", 2}}},
                    {"contracts",
                     QJsonArray{QJsonObject{
                         {"start_date", "2024-05-06"},
                         {"end_date", QDate::currentDate().addDays(30).toString(Qt::ISODate)}}}}})
                .toObject();
        QCOMPARE(privateKeysIn(e).size(), kPrivate.size()); // admin sees all of them

        t.call(a, "admin.role.create",
               {{"name", "hr_clerk"}, {"permissions", QJsonArray{"hr.read", "hr.write"}}});
        Session clerk = t.userWithRoles("hr.clerk", {"hr_clerk"});
        Session hr = t.userWithRoles("hr.officer", {"hr"});
        const QJsonObject seenByHr =
            t.call(hr, "hr.employee.get", {{"id", e.value("id")}}).toObject();
        QCOMPARE(seenByHr.value("id_number").toString(), QStringLiteral("310101198506152468"));
        QCOMPARE(seenByHr.value("contribution_base").toString(), QStringLiteral("20000.00"));

        // Absent (not masked) from every read of the clerk.
        const QJsonObject got =
            t.call(clerk, "hr.employee.get", {{"id", e.value("id")}}).toObject();
        QCOMPARE(got.value("name").toString(), QStringLiteral("钱多多"));
        QCOMPARE(got.value("birth_date").toString(), QStringLiteral("1985-06-15"));
        QVERIFY2(privateKeysIn(got).isEmpty(), qPrintable(privateKeysIn(got).join(',')));
        for (const char* method :
             {"hr.employee.list", "hr.orgchart", "hr.employee.contracts_expiring"}) {
            const QJsonValue r = t.call(clerk, QLatin1String(method));
            QVERIFY2(privateKeysIn(r).isEmpty(), method);
        }
        QCOMPARE(t.call(clerk, "hr.employee.contracts_expiring").toObject().value("total"),
                 QJsonValue(1));
        // A search by the ID number finds nothing (it is not searchable at all).
        QCOMPARE(t.call(clerk, "hr.employee.list", {{"search", "198506152468"}})
                     .toObject()
                     .value("total"),
                 QJsonValue(0));
        // Export: no private column for the clerk; all of them for HR.
        const QStringList clerkHeader = exportLines(t, clerk).first().split(',');
        QVERIFY(clerkHeader.contains("name"));
        for (const QString& c : clerkHeader) {
            QVERIFY2(!kPrivate.contains(c) && !c.startsWith("deduction"), qPrintable(c));
        }
        const QStringList hrExport = exportLines(t, hr);
        QVERIFY(hrExport.first().split(',').contains("id_number"));
        QVERIFY(hrExport.first().split(',').contains("deduction_children"));
        QVERIFY(hrExport.at(1).contains("310101198506152468"));
        QVERIFY(!exportLines(t, clerk).join('\n').contains("310101198506152468"));

        // Writing any private field is -32003 naming it; without them the update works and
        // keeps what HR stored.
        Rpc::Error err;
        for (const QString& field : kPrivate) {
            QJsonObject p{{"id", e.value("id")}, {"version", got.value("version")}};
            p.insert(field, field == "deductions" ? QJsonValue(QJsonObject{{"children", 0}})
                                                  : QJsonValue("1.00"));
            QCOMPARE(t.callCode(clerk, "hr.employee.update", p, &err), int(Rpc::Forbidden));
            QCOMPARE(err.data.toObject().value("field").toString(), field);
            QCOMPARE(err.data.toObject().value("permission").toString(),
                     QStringLiteral("hr.private"));
            QCOMPARE(err.messageId(), QStringLiteral("platform.field.forbidden"));
        }
        QCOMPARE(t.callCode(clerk, "hr.employee.create",
                            {{"name", "新人"},
                             {"hire_date", "2025-01-01"},
                             {"id_number", "310101199003071230"}},
                            &err),
                 int(Rpc::Forbidden));
        t.call(
            clerk, "hr.employee.update",
            {{"id", e.value("id")}, {"version", got.value("version")}, {"phone", "13800138000"}});
        QCOMPARE(t.call(hr, "hr.employee.get", {{"id", e.value("id")}})
                     .toObject()
                     .value("bank_account")
                     .toString(),
                 QStringLiteral("6225880212345678"));

        // The import neither offers nor takes a private column without the permission.
        auto columns = [&](Session& s) {
            QStringList names;
            for (const QJsonValue& x :
                 t.call(s, "platform.import.entities").toObject().value("entities").toArray())
                if (x.toObject().value("name") == QJsonValue("hr.employee"))
                    for (const QJsonValue& c : x.toObject().value("columns").toArray())
                        names.append(c.toObject().value("name").toString());
            return names;
        };
        QVERIFY(columns(hr).contains("id_number"));
        QVERIFY(columns(hr).contains("deduction_infants"));
        const QStringList offered = columns(clerk);
        QVERIFY(offered.contains("name"));
        for (const QString& c : offered)
            QVERIFY2(!kPrivate.contains(c) && !c.startsWith("deduction"), qPrintable(c));
        const QJsonValue job = t.call(clerk, "platform.import.start", {{"entity", "hr.employee"}})
                                   .toObject()
                                   .value("job");
        QCOMPARE(t.callCode(clerk, "platform.import.append",
                            {{"job", job},
                             {"rows", QJsonArray{QJsonObject{
                                          {"values", QJsonObject{{"name", "导入"},
                                                                 {"hire_date", "2025-01-01"},
                                                                 {"deduction_children", "1"}}}}}}},
                            &err),
                 int(Rpc::Forbidden));
        QCOMPARE(err.data.toObject().value("field").toString(), QStringLiteral("deductions"));

        // A sales clerk cannot call hr at all.
        Session sales = t.userWithRoles("sales.clerk", {"sales"});
        for (const char* method : {"hr.employee.list", "hr.employee.get", "hr.orgchart",
                                   "hr.employee.export", "hr.employee.contracts_expiring"})
            QCOMPARE(t.callCode(sales, QLatin1String(method), {{"id", e.value("id")}}),
                     int(Rpc::Forbidden));
    }

    void importCreatesAndUpdatesEmployees()
    {
        ServerTest t(QStringLiteral("hr_import"));
        Session a = t.admin();
        const QJsonObject dep =
            t.call(a, "hr.department.create", {{"name", "仓储部"}, {"code", "WH"}}).toObject();
        t.call(a, "hr.position.create", {{"title", "仓管员"}, {"department_id", dep.value("id")}});
        auto run = [&](const QJsonArray& rows) {
            const QJsonValue job = t.call(a, "platform.import.start", {{"entity", "hr.employee"}})
                                       .toObject()
                                       .value("job");
            QJsonArray staged;
            for (const QJsonValue& r : rows)
                staged.append(QJsonObject{{"values", r}});
            const QJsonObject appended =
                t.call(a, "platform.import.append", {{"job", job}, {"rows", staged}}).toObject();
            if (!appended.value("problems").toArray().isEmpty())
                return appended;
            return t.call(a, "platform.import.commit", {{"job", job}}).toObject();
        };
        const QJsonArray rows{QJsonObject{{"number", "W001"},
                                          {"name", "赵仓"},
                                          {"hire_date", "2023-04-01"},
                                          {"department", "WH"},
                                          {"position", "仓管员"},
                                          {"id_number", "310115199202290039"},
                                          {"contribution_base", "7310.00"},
                                          {"deduction_housing", "rent_tier1"}},
                              QJsonObject{{"number", "W002"},
                                          {"name", "钱库"},
                                          {"hire_date", "2024-04-01"},
                                          {"department", "仓储部"},
                                          {"manager", "W001"}}};
        const QJsonObject first = run(rows);
        QVERIFY2(first.value("problems").toArray().isEmpty(),
                 qPrintable(QJsonDocument(first).toJson()));
        const QJsonArray list = t.call(a, "hr.employee.list").toObject().value("rows").toArray();
        QCOMPARE(list.size(), 2);
        const QJsonObject w1 = t.call(a, "hr.employee.get", {{"id", idOf(list.at(0))}}).toObject();
        QCOMPARE(w1.value("position_title").toString(), QStringLiteral("仓管员"));
        QCOMPARE(w1.value("gender").toString(), QStringLiteral("male"));
        QCOMPARE(w1.value("deductions").toObject().value("housing").toString(),
                 QStringLiteral("rent_tier1"));
        QCOMPARE(list.at(1).toObject().value("manager_name").toString(), QStringLiteral("赵仓"));
        // The same file again changes nothing; a bad ID number is a problem of its row.
        run(rows);
        QCOMPARE(
            t.call(a, "hr.employee.get", {{"id", idOf(list.at(0))}}).toObject().value("version"),
            w1.value("version"));
        const QJsonObject bad = run({QJsonObject{{"number", "W003"},
                                                 {"name", "错号"},
                                                 {"hire_date", "2024-01-01"},
                                                 {"id_number", "310101199003071231"}}});
        QCOMPARE(bad.value("problems").toArray().size(), 1);
        QCOMPARE(bad.value("problems").toArray().first().toObject().value("column").toString(),
                 QStringLiteral("id_number"));
    }

    void managerSeesOnlyHisReports()
    {
        ServerTest t(QStringLiteral("hr_reports"));
        Session a = t.admin();
        Session m1 = t.userWithRoles("mgr.one", {"manager"});
        Session m2 = t.userWithRoles("mgr.two", {"manager"});
        // The built-in manager role has the rule on by default.
        const QJsonArray roles = t.call(a, "admin.role.list", {{"search", "manager"}})
                                     .toObject()
                                     .value("rows")
                                     .toArray();
        bool ruleOn = false;
        for (const QJsonValue& r : roles)
            if (r.toObject().value("name") == QJsonValue("manager"))
                ruleOn = r.toObject()
                             .value("record_rules")
                             .toArray()
                             .contains(QJsonValue("hr.employee.reports"));
        QVERIFY(ruleOn);

        auto hire = [&](const char* name, const QJsonValue& manager, qint64 user = 0) {
            QJsonObject p{
                {"name", QString::fromUtf8(name)},
                {"hire_date", "2022-01-01"},
                {"manager_id", manager},
                {"contracts",
                 QJsonArray{QJsonObject{
                     {"start_date", "2022-01-01"},
                     {"end_date", QDate::currentDate().addDays(15).toString(Qt::ISODate)}}}}};
            if (user > 0)
                p.insert("user_id", user);
            return idOf(t.call(a, "hr.employee.create", p));
        };
        const qint64 ceo = hire("总裁", QJsonValue());
        const qint64 one = hire("一号经理", ceo, m1.identity.userId);
        const qint64 two = hire("二号经理", ceo, m2.identity.userId);
        const qint64 lead = hire("一组组长", one);
        const qint64 dev = hire("一组开发", lead); // indirect report of one
        const qint64 ops = hire("一组运维", one);
        const qint64 sales = hire("二组销售", two);
        QList<qint64> ofOne{one, lead, dev, ops};
        std::sort(ofOne.begin(), ofOne.end());
        QList<qint64> ofTwo{two, sales};
        std::sort(ofTwo.begin(), ofTwo.end());

        // list and its count
        QCOMPARE(ids(t.call(m1, "hr.employee.list")), ofOne);
        QCOMPARE(t.call(m1, "hr.employee.list").toObject().value("total"), QJsonValue(4));
        QCOMPARE(ids(t.call(m2, "hr.employee.list")), ofTwo);
        QCOMPARE(t.call(m2, "hr.employee.list", {{"limit", 1}}).toObject().value("total"),
                 QJsonValue(2)); // counted, not the page
        QCOMPARE(t.call(a, "hr.employee.list").toObject().value("total"), QJsonValue(7));
        // search
        QCOMPARE(t.call(m1, "hr.employee.list", {{"search", "组"}}).toObject().value("total"),
                 QJsonValue(3));
        QCOMPARE(t.call(m2, "hr.employee.list", {{"search", "组"}}).toObject().value("total"),
                 QJsonValue(1));
        QCOMPARE(t.call(m2, "hr.employee.list", {{"search", "开发"}}).toObject().value("total"),
                 QJsonValue(0));
        // get: out of scope is "not found", never "forbidden"
        Rpc::Error e;
        QCOMPARE(t.call(m1, "hr.employee.get", {{"id", dev}}).toObject().value("name").toString(),
                 QStringLiteral("一组开发"));
        QCOMPARE(t.callCode(m1, "hr.employee.get", {{"id", sales}}, &e), int(Rpc::NotFound));
        QCOMPARE(t.callCode(m2, "hr.employee.get", {{"id", dev}}, &e), int(Rpc::NotFound));
        QCOMPARE(t.callCode(m1, "hr.employee.get", {{"id", ceo}}, &e), int(Rpc::NotFound));
        // export
        QCOMPARE(exportLines(t, m1).size(), 1 + 4);
        QCOMPARE(exportLines(t, m2).size(), 1 + 2);
        QVERIFY(!exportLines(t, m2).join('\n').contains("一组"));
        // the org chart and the contract list
        QCOMPARE(t.call(m1, "hr.orgchart").toObject().value("total"), QJsonValue(4));
        QCOMPARE(t.call(m2, "hr.orgchart").toObject().value("total"), QJsonValue(2));
        QCOMPARE(t.call(m1, "hr.employee.contracts_expiring").toObject().value("total"),
                 QJsonValue(4));
        QCOMPARE(t.call(m2, "hr.employee.contracts_expiring").toObject().value("total"),
                 QJsonValue(2));
        // A reorganisation moves the branch with its manager at once.
        t.call(
            a, "hr.employee.update",
            {{"id", lead},
             {"version", t.call(a, "hr.employee.get", {{"id", lead}}).toObject().value("version")},
             {"manager_id", two}});
        QCOMPARE(t.call(m1, "hr.employee.list").toObject().value("total"), QJsonValue(2));
        QCOMPARE(t.call(m2, "hr.employee.list").toObject().value("total"), QJsonValue(4));
        // Switched off for the role, the managers see everyone again.
        const qint64 roleId = [&] {
            for (const QJsonValue& r : roles)
                if (r.toObject().value("name") == QJsonValue("manager"))
                    return idOf(r);
            return qint64(0);
        }();
        const QJsonObject role = t.call(a, "admin.role.get", {{"id", roleId}}).toObject();
        t.call(
            a, "admin.role.update",
            {{"id", roleId}, {"version", role.value("version")}, {"record_rules", QJsonArray()}});
        QCOMPARE(t.call(m1, "hr.employee.list").toObject().value("total"), QJsonValue(7));
        // The manager never reads the private fields (his role reads, it is not HR).
        QVERIFY(privateKeysIn(t.call(m1, "hr.employee.get", {{"id", dev}})).isEmpty());
    }

    void demoCompanyHasConsistentPeople()
    {
        ServerTest t(QStringLiteral("hr_demo"), true);
        Session hr = t.login("zhao.min", "demo1234");
        const QJsonObject all =
            t.call(hr, "hr.employee.list",
                   {{"filter", QJsonObject{{"status", "all"}}}, {"limit", 1000}})
                .toObject();
        const QJsonArray rows = all.value("rows").toArray();
        QVERIFY2(rows.size() >= 55 && rows.size() <= 70, qPrintable(QString::number(rows.size())));
        const QJsonArray departments =
            t.call(hr, "hr.department.list").toObject().value("rows").toArray();
        QVERIFY(departments.size() >= 8);
        QSet<QString> names;
        QHash<qint64, qint64> managerOf;
        int top = 0;
        for (const QJsonValue& v : rows) {
            const QJsonObject e = t.call(hr, "hr.employee.get", {{"id", idOf(v)}}).toObject();
            names.insert(e.value("name").toString());
            QCOMPARE(int(IdNumber::check(e.value("id_number").toString())),
                     int(IdNumber::Problem::None));
            QCOMPARE(IdNumber::birthDate(e.value("id_number").toString()).toString(Qt::ISODate),
                     e.value("birth_date").toString());
            QCOMPARE(IdNumber::gender(e.value("id_number").toString()),
                     e.value("gender").toString());
            QVERIFY(e.value("contribution_base").toString().toDouble() >= 7310.0);
            QVERIFY(!e.value("contracts").toArray().isEmpty());
            QVERIFY(!e.value("department_name").toString().isEmpty());
            QVERIFY(!e.value("position_title").toString().isEmpty());
            if (e.value("manager_id").isNull())
                ++top;
            else
                managerOf.insert(idOf(e), e.value("manager_id").toInteger());
        }
        QCOMPARE(top, 1); // one general manager; everybody's chain ends there
        QCOMPARE(names.size(), rows.size());
        for (auto it = managerOf.cbegin(); it != managerOf.cend(); ++it) {
            qint64 at = it.key();
            int steps = 0;
            while (managerOf.contains(at) && steps < 10) {
                at = managerOf.value(at);
                ++steps;
            }
            QVERIFY(steps < 10);
        }
        for (const QJsonValue& p :
             t.call(hr, "hr.position.list").toObject().value("rows").toArray())
            QVERIFY(p.toObject().value("filled").toInt() <=
                    p.toObject().value("headcount").toInt());
        QVERIFY(t.call(hr, "hr.employee.contracts_expiring", {{"days", 60}})
                    .toObject()
                    .value("total")
                    .toInt() >= 1);
        // wang.fang, the sales director (manager role), sees the sales branch only and no
        // private field.
        Session wang = t.login("wang.fang", "demo1234");
        const QJsonObject hers = t.call(wang, "hr.employee.list", {{"limit", 1000}}).toObject();
        QVERIFY(hers.value("total").toInt() >= 10);
        QVERIFY(hers.value("total").toInt() < rows.size());
        for (const QJsonValue& v : hers.value("rows").toArray()) {
            const QString d = v.toObject().value("department_name").toString();
            QVERIFY2(d == QStringLiteral("销售部") || d == QStringLiteral("华东大区"),
                     qPrintable(d));
        }
        QVERIFY(privateKeysIn(t.call(wang, "hr.orgchart")).isEmpty());
        // A sales clerk has no HR at all.
        Session li = t.login("li.na", "demo1234");
        QCOMPARE(t.callCode(li, "hr.employee.list"), int(Rpc::Forbidden));
    }
};

QTEST_GUILESS_MAIN(TestHrAccess)
#include "tst_hr_access.moc"
