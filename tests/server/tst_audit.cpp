// The audit trail: every mutation recorded with who, when, method, entity, before and after;
// append-only, enforced by the store itself; readable by admins only.
#include "server/servercore.h"
#include "server/storage/database.h"
#include "tests/support/servertest.h"

#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Erp;
using Erp::Test::ServerTest;

class TestAudit final : public QObject
{
    Q_OBJECT
private slots:
    void recordsBeforeAndAfter()
    {
        ServerTest t(QStringLiteral("audit"));
        ServerTest::Session a = t.admin();
        const QJsonObject u =
            t.call(a, "admin.user.create",
                   {{"username", "clerk"}, {"password", "password-1"}, {"full_name", "Old Name"}})
                .toObject();
        t.call(a, "admin.user.update",
               {{"id", u.value("id")}, {"version", 1}, {"full_name", "New Name"}});
        const QJsonObject trail =
            t.call(a, "admin.audit.list",
                   {{"filter", QJsonObject{{"entity", "user"}, {"entity_id", u.value("id")}}}})
                .toObject();
        QCOMPARE(trail.value("total").toInt(), 2);
        const QJsonObject update = trail.value("rows").toArray().at(0).toObject(); // newest first
        QCOMPARE(update.value("method").toString(), QStringLiteral("admin.user.update"));
        QCOMPARE(update.value("username").toString(), QStringLiteral("admin"));
        QCOMPARE(update.value("user_id").toInt(), 1);
        QVERIFY(update.value("at").toString().endsWith('Z'));
        QCOMPARE(update.value("before").toObject().value("full_name").toString(),
                 QStringLiteral("Old Name"));
        QCOMPARE(update.value("after").toObject().value("full_name").toString(),
                 QStringLiteral("New Name"));
        const QJsonObject create = trail.value("rows").toArray().at(1).toObject();
        QVERIFY(create.value("before").isNull());
        QVERIFY(!create.value("after").toObject().contains("password_hash"));

        // Filters and the method filter.
        QCOMPARE(t.call(a, "admin.audit.list",
                        {{"filter", QJsonObject{{"method", "admin.user.update"}}}})
                     .toObject()
                     .value("total")
                     .toInt(),
                 1);
        QCOMPARE(t.call(a, "admin.audit.list", {{"filter", QJsonObject{{"from", "2999-01-01"}}}})
                     .toObject()
                     .value("total")
                     .toInt(),
                 0);
    }

    void failedCallsLeaveNoTrace()
    {
        ServerTest t(QStringLiteral("audit_fail"));
        ServerTest::Session a = t.admin();
        const int before = t.call(a, "admin.audit.list").toObject().value("total").toInt();
        QCOMPARE(
            t.callCode(a, "admin.user.create", {{"username", "admin"}, {"password", "password-1"}}),
            int(Rpc::ValidationFailed));
        QCOMPARE(t.call(a, "admin.audit.list").toObject().value("total").toInt(), before);
    }

    void appendOnlyInTheStore()
    {
        ServerTest t(QStringLiteral("audit_ro"));
        ServerTest::Session a = t.admin();
        t.call(a, "admin.role.create", {{"name", "temp"}});
        QSqlQuery q(t.core().database().connection());
        QVERIFY(q.exec("SELECT COUNT(*) FROM audit_log"));
        QVERIFY(q.next());
        const int rows = q.value(0).toInt();
        QVERIFY(rows >= 2);
        QVERIFY(!q.exec("UPDATE audit_log SET username = 'mallory'"));
        QVERIFY(q.lastError().text().contains("append-only"));
        QVERIFY(!q.exec("DELETE FROM audit_log"));
        QVERIFY(q.exec("SELECT COUNT(*) FROM audit_log WHERE username = 'mallory'"));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        q.finish();
        t.core().database().closeThreadConnection();
    }

    void onlyAdminsRead()
    {
        ServerTest t(QStringLiteral("audit_perm"));
        ServerTest::Session manager = t.userWithRoles("boss", {"manager"});
        QCOMPARE(t.callCode(manager, "admin.audit.list"), int(Rpc::Forbidden));
    }
};

QTEST_GUILESS_MAIN(TestAudit)
#include "tst_audit.moc"
