// Logging in: Argon2id verification, tokens, back-off and lockout, sessions ending.
#include "tests/support/servertest.h"

#include <QJsonArray>
#include <QTest>

using namespace Erp;
using Erp::Test::ServerTest;

class TestAuth final : public QObject
{
    Q_OBJECT
private slots:
    void loginReturnsTokenRolesAndPermissions()
    {
        ServerTest t(QStringLiteral("login"));
        ServerTest::Session s;
        const QJsonObject r =
            t.call(s, "auth.login",
                   {{"username", "admin"}, {"password", ServerTest::AdminPassword}})
                .toObject();
        QCOMPARE(r.value("token").toString().size(), 64);
        QCOMPARE(r.value("user").toObject().value("username").toString(), QStringLiteral("admin"));
        QCOMPARE(r.value("roles").toArray(), QJsonArray{"admin"});
        QCOMPARE(r.value("permissions").toArray(), QJsonArray{"*"});
        QVERIFY(s.identity.isLoggedIn());
        QCOMPARE(t.call(s, "system.info").toObject().value("user").toString(),
                 QStringLiteral("admin"));
        // Usernames are case-insensitive at login.
        ServerTest::Session upper;
        QCOMPARE(t.callCode(upper, "auth.login",
                            {{"username", "ADMIN"}, {"password", ServerTest::AdminPassword}}),
                 0);
    }

    void wrongPasswordAndUnknownUserLookTheSame()
    {
        ServerTest t(QStringLiteral("wrong"));
        ServerTest::Session s;
        Rpc::Error wrong, unknown;
        QCOMPARE(
            t.callCode(s, "auth.login", {{"username", "admin"}, {"password", "nope-nope"}}, &wrong),
            int(Rpc::NotAuthenticated));
        QCOMPARE(t.callCode(s, "auth.login", {{"username", "ghost"}, {"password", "nope-nope"}},
                            &unknown),
                 int(Rpc::NotAuthenticated));
        QCOMPARE(wrong.message, unknown.message);
        QVERIFY(!s.identity.isLoggedIn());
    }

    void backoffThenLockoutAfterFiveFailures()
    {
        ServerTest t(QStringLiteral("lockout"));
        ServerTest::Session admin = t.admin();
        t.call(admin, "admin.user.create", {{"username", "clerk"}, {"password", "right-password"}});
        ServerTest::Session s;
        int lastDelay = 0;
        Rpc::Error e;
        for (int i = 1; i <= 4; ++i) {
            QCOMPARE(
                t.callCode(s, "auth.login", {{"username", "clerk"}, {"password", "wrong"}}, &e),
                int(Rpc::NotAuthenticated));
            QCOMPARE(e.data.toObject().value("reason").toString(),
                     QStringLiteral("invalid_credentials"));
            QVERIFY2(s.lastDelayMs > lastDelay, "each failure must slow the next answer down");
            lastDelay = s.lastDelayMs;
        }
        QCOMPARE(t.callCode(s, "auth.login", {{"username", "clerk"}, {"password", "wrong"}}, &e),
                 int(Rpc::NotAuthenticated));
        QCOMPARE(e.data.toObject().value("reason").toString(), QStringLiteral("locked"));
        // Locked: even the right password is refused, and the lock is visible to the admin.
        QCOMPARE(t.callCode(s, "auth.login",
                            {{"username", "clerk"}, {"password", "right-password"}}, &e),
                 int(Rpc::NotAuthenticated));
        QCOMPARE(e.data.toObject().value("reason").toString(), QStringLiteral("locked"));
        const QJsonObject users =
            t.call(admin, "admin.user.list", {{"search", "clerk"}}).toObject();
        const QJsonObject clerk = users.value("rows").toArray().at(0).toObject();
        QVERIFY(!clerk.value("locked_until").toString().isEmpty());
        // The lock is audited.
        const QJsonObject audit =
            t.call(admin, "admin.audit.list",
                   {{"filter", QJsonObject{{"entity", "user"}, {"entity_id", clerk.value("id")}}}})
                .toObject();
        QCOMPARE(audit.value("rows").toArray().at(0).toObject().value("method").toString(),
                 QStringLiteral("auth.login"));
        // An admin unlocks; the right password works again.
        t.call(admin, "admin.user.unlock", {{"id", clerk.value("id")}});
        QCOMPARE(
            t.callCode(s, "auth.login", {{"username", "clerk"}, {"password", "right-password"}}),
            0);
    }

    void successResetsFailureCount()
    {
        ServerTest t(QStringLiteral("reset"));
        ServerTest::Session admin = t.admin();
        t.call(admin, "admin.user.create", {{"username", "clerk"}, {"password", "right-password"}});
        ServerTest::Session s;
        for (int round = 0; round < 3; ++round) {
            for (int i = 0; i < 4; ++i)
                t.callCode(s, "auth.login", {{"username", "clerk"}, {"password", "wrong"}});
            QCOMPARE(t.callCode(s, "auth.login",
                                {{"username", "clerk"}, {"password", "right-password"}}),
                     0);
        }
    }

    void resumeAndLogout()
    {
        ServerTest t(QStringLiteral("resume"));
        ServerTest::Session first;
        const QString token =
            t.call(first, "auth.login",
                   {{"username", "admin"}, {"password", ServerTest::AdminPassword}})
                .toObject()
                .value("token")
                .toString();
        ServerTest::Session second; // e.g. after a reconnect
        const QJsonObject resumed = t.call(second, "auth.resume", {{"token", token}}).toObject();
        QCOMPARE(resumed.value("user").toObject().value("username").toString(),
                 QStringLiteral("admin"));
        QCOMPARE(t.callCode(second, "admin.user.list"), 0);

        QCOMPARE(t.callCode(first, "auth.logout"), 0);
        QVERIFY(!first.identity.isLoggedIn());
        QCOMPARE(t.callCode(first, "admin.user.list"), int(Rpc::NotAuthenticated));
        ServerTest::Session third;
        QCOMPARE(t.callCode(third, "auth.resume", {{"token", token}}), int(Rpc::NotAuthenticated));
        QCOMPARE(t.callCode(third, "auth.resume", {{"token", "not-a-token"}}),
                 int(Rpc::NotAuthenticated));
    }

    void changePassword()
    {
        ServerTest t(QStringLiteral("chpw"));
        ServerTest::Session s = t.userWithRoles("clerk", {"sales"});
        Rpc::Error e;
        QCOMPARE(t.callCode(s, "auth.change_password",
                            {{"old_password", "wrong-one"}, {"new_password", "new-password-1"}},
                            &e),
                 int(Rpc::ValidationFailed));
        QCOMPARE(
            e.data.toObject().value("fields").toArray().at(0).toObject().value("field").toString(),
            QStringLiteral("old_password"));
        QCOMPARE(t.callCode(s, "auth.change_password",
                            {{"old_password", "password-1"}, {"new_password", "short"}}, &e),
                 int(Rpc::ValidationFailed));
        QCOMPARE(
            e.data.toObject().value("fields").toArray().at(0).toObject().value("code").toString(),
            QStringLiteral("too_short"));
        QCOMPARE(t.callCode(s, "auth.change_password",
                            {{"old_password", "password-1"}, {"new_password", "new-password-1"}}),
                 0);
        ServerTest::Session again;
        QCOMPARE(
            t.callCode(again, "auth.login", {{"username", "clerk"}, {"password", "password-1"}}),
            int(Rpc::NotAuthenticated));
        QCOMPARE(t.callCode(again, "auth.login",
                            {{"username", "clerk"}, {"password", "new-password-1"}}),
                 0);
    }

    void deactivationEndsSessionsAndRoleChangesApplyAtOnce()
    {
        ServerTest t(QStringLiteral("deact"));
        ServerTest::Session admin = t.admin();
        ServerTest::Session clerk = t.userWithRoles("clerk", {"sales"});
        QCOMPARE(t.callCode(clerk, "admin.user.list"), int(Rpc::Forbidden));

        // Granting a role takes effect on the clerk's very next call, without logging in again.
        QJsonObject user = t.call(admin, "admin.user.list", {{"search", "clerk"}})
                               .toObject()
                               .value("rows")
                               .toArray()
                               .at(0)
                               .toObject();
        user = t.call(admin, "admin.user.update",
                      {{"id", user.value("id")},
                       {"version", user.value("version")},
                       {"roles", QJsonArray{"sales", "admin"}}})
                   .toObject();
        QCOMPARE(t.callCode(clerk, "admin.user.list"), 0);

        t.call(admin, "admin.user.update",
               {{"id", user.value("id")}, {"version", user.value("version")}, {"active", false}});
        QCOMPARE(t.callCode(clerk, "admin.user.list"), int(Rpc::NotAuthenticated));
        QVERIFY(!clerk.identity.isLoggedIn());
        ServerTest::Session again;
        QCOMPARE(
            t.callCode(again, "auth.login", {{"username", "clerk"}, {"password", "password-1"}}),
            int(Rpc::NotAuthenticated));
    }
};

QTEST_GUILESS_MAIN(TestAuth)
#include "tst_auth.moc"
