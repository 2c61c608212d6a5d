// End to end over TCP on a real erp-server process (SQLite and PostgreSQL): the private fields
// of an employee never reach a user without hr.private — not in get, list, the org chart, the
// export file nor an event.changed line — writing one is -32003 naming it, and a manager sees
// only his reports.
#include "tests/support/rpcclient.h"
#include "tests/support/serverprocess.h"
#include "tests/support/testdb.h"

#include <QJsonArray>
#include <QTest>

#include <stdexcept>

using namespace Erp::Test;

class E2eHrTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QString url;
        try {
            url = databaseUrl(QStringLiteral("e2e_hr"));
        } catch (const std::exception& e) {
            QFAIL(e.what());
        }
        QVERIFY2(m_server.start(ServerProcess::Options(url)), qPrintable(m_server.errorString()));
        QVERIFY(m_admin.connectTo(m_server.port()));
        QCOMPARE(errorCode(
                     m_admin.login(QStringLiteral("admin"), ServerProcess::defaultAdminPassword())),
                 0);
    }

    void cleanupTestCase()
    {
        m_admin.close();
        QVERIFY2(m_server.terminate(), qPrintable(m_server.errorString()));
    }

    void privateFieldsAndReportsOverTcp()
    {
        QCOMPARE(errorCode(m_admin.call(
                     "admin.role.create",
                     {{"name", "hr_clerk"}, {"permissions", QJsonArray{"hr.read", "hr.write"}}})),
                 0);
        for (const auto& [name, role] :
             {std::pair{"renshi", "hr_clerk"}, std::pair{"jingli", "manager"}})
            QCOMPARE(errorCode(m_admin.call("admin.user.create",
                                            {{"username", QLatin1String(name)},
                                             {"password", "secret-pw-1"},
                                             {"roles", QJsonArray{QLatin1String(role)}}})),
                     0);
        const QJsonObject users =
            resultObject(m_admin.call("admin.user.list", {{"search", "jingli"}}));
        const qint64 managerUser =
            users.value("rows").toArray().first().toObject().value("id").toInteger();
        const QJsonObject boss = resultObject(
            m_admin.call("hr.employee.create", {{"name", "总经理"}, {"hire_date", "2020-01-01"}}));
        const QJsonObject mgr =
            resultObject(m_admin.call("hr.employee.create", {{"name", "经理"},
                                                             {"hire_date", "2021-01-01"},
                                                             {"manager_id", boss.value("id")},
                                                             {"user_id", managerUser}}));
        const QJsonObject worker =
            resultObject(m_admin.call("hr.employee.create", {{"name", "员工"},
                                                             {"hire_date", "2022-01-01"},
                                                             {"manager_id", mgr.value("id")},
                                                             {"id_number", "11010519491231002X"},
                                                             {"bank_account", "6222000099998888"},
                                                             {"contribution_base", "9000.00"}}));
        QCOMPARE(worker.value("id_number").toString(), QStringLiteral("11010519491231002X"));

        RpcClient clerk;
        QVERIFY(clerk.connectTo(m_server.port()));
        QCOMPARE(errorCode(clerk.login("renshi", "secret-pw-1")), 0);
        for (const auto& [method, params] :
             {std::pair{"hr.employee.get", QJsonObject{{"id", worker.value("id")}}},
              std::pair{"hr.employee.list", QJsonObject{}}, std::pair{"hr.orgchart", QJsonObject{}},
              std::pair{"hr.employee.export", QJsonObject{{"format", "csv"}}}}) {
            const QJsonObject reply = clerk.call(QLatin1String(method), params);
            QCOMPARE(errorCode(reply), 0);
            QByteArray text = compact(reply);
            if (qstrcmp(method, "hr.employee.export") == 0)
                text = QByteArray::fromBase64(
                    resultObject(reply).value("content_base64").toString().toLatin1());
            for (const char* secret : {"11010519491231002X", "6222000099998888", "9000.00",
                                       "id_number", "bank_account", "contribution_base"})
                QVERIFY2(!text.contains(secret), method);
        }
        // Writing is refused naming the field; a change by the clerk notifies without values.
        QJsonObject refused =
            clerk.call("hr.employee.update", {{"id", worker.value("id")},
                                              {"version", worker.value("version")},
                                              {"bank_account", "1"}});
        QCOMPARE(errorCode(refused), -32003);
        QCOMPARE(refused.value("error").toObject().value("data").toObject().value("field"),
                 QJsonValue("bank_account"));
        m_admin.clearNotifications();
        QCOMPARE(errorCode(clerk.call("hr.employee.update", {{"id", worker.value("id")},
                                                             {"version", worker.value("version")},
                                                             {"phone", "13800138000"}})),
                 0);
        QVERIFY(m_admin.waitForNotification([](const QJsonObject& n) {
            return n.value("params").toObject().value("entity") == QJsonValue("hr.employee");
        }));
        for (const QJsonObject& n : m_admin.notifications())
            QVERIFY(!compact(n).contains("6222000099998888"));

        // The manager (record rule on for the role) sees himself and his report.
        RpcClient manager;
        QVERIFY(manager.connectTo(m_server.port()));
        QCOMPARE(errorCode(manager.login("jingli", "secret-pw-1")), 0);
        const QJsonObject list = resultObject(manager.call("hr.employee.list"));
        QCOMPARE(list.value("total").toInt(), 2);
        QCOMPARE(errorCode(manager.call("hr.employee.get", {{"id", boss.value("id")}})), -32004);
        clerk.close();
        manager.close();
    }

private:
    ServerProcess m_server;
    RpcClient m_admin;
};

QTEST_GUILESS_MAIN(E2eHrTest)
#include "tst_e2e_hr.moc"
