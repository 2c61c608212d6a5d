// Users and roles: validation with field errors, optimistic concurrency, the rules that keep
// the firm from locking itself out, and event.changed for every change.
#include "tests/support/servertest.h"

#include <QJsonArray>
#include <QTest>

using namespace Erp;
using Erp::Test::fieldCodes;
using Erp::Test::ServerTest;

class TestAdmin final : public QObject
{
    Q_OBJECT
private slots:
    void createUserValidates()
    {
        ServerTest t(QStringLiteral("uval"));
        ServerTest::Session a = t.admin();
        Rpc::Error e;
        QCOMPARE(t.callCode(a, "admin.user.create",
                            {{"username", "Bad Name"},
                             {"password", "x"},
                             {"email", "nope"},
                             {"roles", QJsonArray{"wizard"}}},
                            &e),
                 int(Rpc::ValidationFailed));
        QCOMPARE(fieldCodes(e), QStringList({"username:invalid", "password:too_short",
                                             "email:invalid", "roles:unknown"}));
        QCOMPARE(t.callCode(a, "admin.user.create",
                            {{"username", "admin"}, {"password", "long-enough"}}, &e),
                 int(Rpc::ValidationFailed));
        QCOMPARE(fieldCodes(e), QStringList({"username:duplicate"}));
        QCOMPARE(t.callCode(a, "admin.user.create", {{"username", ""}, {"password", ""}}, &e),
                 int(Rpc::ValidationFailed));
        QCOMPARE(fieldCodes(e), QStringList({"username:required", "password:required"}));
        // Nothing was created by the failed attempts.
        QCOMPARE(t.call(a, "admin.user.list").toObject().value("total").toInt(), 1);
    }

    void createGetListAndSearch()
    {
        ServerTest t(QStringLiteral("ucrud"));
        ServerTest::Session a = t.admin();
        const QJsonObject u = t.call(a, "admin.user.create",
                                     {{"username", "li.na"},
                                      {"password", "password-1"},
                                      {"full_name", "李娜"},
                                      {"email", "li.na@example.cn"},
                                      {"roles", QJsonArray{"sales"}}})
                                  .toObject();
        QCOMPARE(u.value("version").toInt(), 1);
        QCOMPARE(u.value("roles").toArray(), QJsonArray{"sales"});
        QVERIFY(!u.contains("password_hash"));
        QCOMPARE(a.changes.size(), 1);
        QCOMPARE(a.changes.first().entity, QStringLiteral("user"));
        QCOMPARE(a.changes.first().id, u.value("id").toInteger());
        QCOMPARE(a.changes.first().by, QStringLiteral("admin"));

        t.call(a, "admin.user.create",
               {{"username", "zhang.wei"},
                {"password", "password-1"},
                {"full_name", "张伟"},
                {"roles", QJsonArray{"warehouse"}}});
        QCOMPARE(t.call(a, "admin.user.get", {{"id", u.value("id")}})
                     .toObject()
                     .value("full_name")
                     .toString(),
                 QStringLiteral("李娜"));
        QCOMPARE(t.call(a, "admin.user.list", {{"search", "娜"}}).toObject().value("total").toInt(),
                 1);
        QCOMPARE(t.call(a, "admin.user.list", {{"search", "EXAMPLE.CN"}})
                     .toObject()
                     .value("total")
                     .toInt(),
                 1);
        QCOMPARE(t.call(a, "admin.user.list", {{"search", "%"}}).toObject().value("total").toInt(),
                 0); // LIKE wildcards are literal
        QCOMPARE(t.call(a, "admin.user.list", {{"filter", QJsonObject{{"role", "warehouse"}}}})
                     .toObject()
                     .value("total")
                     .toInt(),
                 1);
        const QJsonObject desc =
            t.call(a, "admin.user.list", {{"sort", "-username"}, {"limit", 2}}).toObject();
        QCOMPARE(desc.value("total").toInt(), 3);
        QCOMPARE(desc.value("rows").toArray().size(), 2);
        QCOMPARE(desc.value("rows").toArray().at(0).toObject().value("username").toString(),
                 QStringLiteral("zhang.wei"));
        const QJsonObject page2 =
            t.call(a, "admin.user.list", {{"sort", "-username"}, {"limit", 2}, {"offset", 2}})
                .toObject();
        QCOMPARE(page2.value("rows").toArray().at(0).toObject().value("username").toString(),
                 QStringLiteral("admin"));
    }

    void staleVersionIsAConflictAndChangesNothing()
    {
        ServerTest t(QStringLiteral("uconf"));
        ServerTest::Session a = t.admin();
        const QJsonObject u =
            t.call(a, "admin.user.create",
                   {{"username", "clerk"}, {"password", "password-1"}, {"full_name", "Old"}})
                .toObject();
        const QJsonObject v2 =
            t.call(a, "admin.user.update",
                   {{"id", u.value("id")}, {"version", 1}, {"full_name", "First"}})
                .toObject();
        QCOMPARE(v2.value("version").toInt(), 2);
        Rpc::Error e;
        QCOMPARE(t.callCode(a, "admin.user.update",
                            {{"id", u.value("id")}, {"version", 1}, {"full_name", "Second"}}, &e),
                 int(Rpc::VersionConflict));
        QCOMPARE(e.data.toObject().value("current_version").toInt(), 2);
        QCOMPARE(t.call(a, "admin.user.get", {{"id", u.value("id")}})
                     .toObject()
                     .value("full_name")
                     .toString(),
                 QStringLiteral("First"));
    }

    void lastAdminStaysAdmin()
    {
        ServerTest t(QStringLiteral("lastadmin"));
        ServerTest::Session a = t.admin();
        QJsonObject me = t.call(a, "admin.user.get", {{"id", 1}}).toObject();
        QCOMPARE(t.callCode(a, "admin.user.update",
                            {{"id", 1}, {"version", me.value("version")}, {"active", false}}),
                 int(Rpc::BusinessRule));
        QCOMPARE(t.callCode(
                     a, "admin.user.update",
                     {{"id", 1}, {"version", me.value("version")}, {"roles", QJsonArray{"sales"}}}),
                 int(Rpc::BusinessRule));
        // With a second admin, the first may step down.
        t.call(a, "admin.user.create",
               {{"username", "boss"}, {"password", "password-1"}, {"roles", QJsonArray{"admin"}}});
        QCOMPARE(
            t.callCode(
                a, "admin.user.update",
                {{"id", 1}, {"version", me.value("version")}, {"roles", QJsonArray{"manager"}}}),
            0);
    }

    void setPasswordEndsSessions()
    {
        ServerTest t(QStringLiteral("setpw"));
        ServerTest::Session a = t.admin();
        ServerTest::Session clerk = t.userWithRoles("clerk", {"sales"});
        const qint64 id = t.call(a, "admin.user.list", {{"search", "clerk"}})
                              .toObject()
                              .value("rows")
                              .toArray()
                              .at(0)
                              .toObject()
                              .value("id")
                              .toInteger();
        Rpc::Error e;
        QCOMPARE(t.callCode(a, "admin.user.set_password", {{"id", id}, {"password", "short"}}, &e),
                 int(Rpc::ValidationFailed));
        QCOMPARE(
            t.callCode(a, "admin.user.set_password", {{"id", id}, {"password", "brand-new-1"}}), 0);
        ServerTest::Session resumed;
        QCOMPARE(t.callCode(resumed, "auth.resume", {{"token", "x"}}), int(Rpc::NotAuthenticated));
        QCOMPARE(t.login("clerk", "brand-new-1").identity.isLoggedIn(), true);
    }

    void rolesRules()
    {
        ServerTest t(QStringLiteral("roles"));
        ServerTest::Session a = t.admin();
        const QJsonObject list = t.call(a, "admin.role.list").toObject();
        QCOMPARE(list.value("total").toInt(),
                 7); // admin manager sales warehouse purchasing accountant hr
        Rpc::Error e;
        QCOMPARE(t.callCode(a, "admin.role.create", {{"name", "sales"}}, &e),
                 int(Rpc::ValidationFailed));
        QCOMPARE(fieldCodes(e), QStringList({"name:duplicate"}));
        QCOMPARE(t.callCode(a, "admin.role.create",
                            {{"name", "x y"}, {"permissions", QJsonArray{"DROP TABLE"}}}, &e),
                 int(Rpc::ValidationFailed));
        QCOMPARE(fieldCodes(e), QStringList({"name:invalid", "permissions:invalid"}));

        const QJsonObject auditor =
            t.call(a, "admin.role.create",
                   {{"name", "auditor"},
                    {"description", "Reads the trail"},
                    {"permissions", QJsonArray{"admin.audit.read", "*.read"}}})
                .toObject();
        QCOMPARE(auditor.value("builtin").toBool(), false);
        ServerTest::Session au = t.userWithRoles("aud", {"auditor"});
        QCOMPARE(t.callCode(au, "admin.audit.list"), 0);
        QCOMPARE(t.callCode(au, "admin.user.list"), 0); // *.read
        QCOMPARE(
            t.callCode(au, "admin.user.create", {{"username", "zz"}, {"password", "password-1"}}),
            int(Rpc::Forbidden));

        // In use: cannot delete. Built-in: cannot delete. Admin's permissions are fixed.
        QCOMPARE(t.callCode(a, "admin.role.delete",
                            {{"id", auditor.value("id")}, {"version", auditor.value("version")}}),
                 int(Rpc::BusinessRule));
        const QJsonObject adminRole = t.call(a, "admin.role.list", {{"search", "everything"}})
                                          .toObject()
                                          .value("rows")
                                          .toArray()
                                          .at(0)
                                          .toObject();
        QCOMPARE(adminRole.value("name").toString(), QStringLiteral("admin"));
        QCOMPARE(
            t.callCode(a, "admin.role.delete",
                       {{"id", adminRole.value("id")}, {"version", adminRole.value("version")}}),
            int(Rpc::BusinessRule));
        QCOMPARE(t.callCode(a, "admin.role.update",
                            {{"id", adminRole.value("id")},
                             {"version", adminRole.value("version")},
                             {"permissions", QJsonArray{"admin.user.read"}}}),
                 int(Rpc::BusinessRule));

        const QJsonObject spare = t.call(a, "admin.role.create", {{"name", "spare"}}).toObject();
        QCOMPARE(t.callCode(a, "admin.role.delete", {{"id", spare.value("id")}, {"version", 99}}),
                 int(Rpc::VersionConflict));
        QCOMPARE(t.callCode(a, "admin.role.delete",
                            {{"id", spare.value("id")}, {"version", spare.value("version")}}),
                 0);
        QCOMPARE(t.callCode(a, "admin.role.get", {{"id", spare.value("id")}}), int(Rpc::NotFound));

        const QJsonArray catalogue =
            t.call(a, "admin.role.permissions").toObject().value("permissions").toArray();
        QVERIFY(catalogue.contains("admin.user.write"));
        QVERIFY(catalogue.contains("admin.audit.read"));
    }

    void demoCompanyHasColleagues()
    {
        ServerTest t(QStringLiteral("demo"), true);
        ServerTest::Session a = t.admin();
        QVERIFY(t.call(a, "admin.user.list").toObject().value("total").toInt() >= 8);
        QVERIFY(t.login("li.na", "demo1234").identity.roles.contains("sales"));
    }
};

QTEST_GUILESS_MAIN(TestAdmin)
#include "tst_admin.moc"
