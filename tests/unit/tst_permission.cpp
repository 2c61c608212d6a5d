#include "common/permission.h"

#include <QTest>

using Erp::isValidPermissionName;
using Erp::permissionGranted;

class TestPermission final : public QObject
{
    Q_OBJECT
private slots:
    void grants_data()
    {
        QTest::addColumn<QStringList>("granted");
        QTest::addColumn<QString>("required");
        QTest::addColumn<bool>("expected");
        QTest::newRow("exact") << QStringList{"admin.user.read"} << "admin.user.read" << true;
        QTest::newRow("other verb")
            << QStringList{"admin.user.read"} << "admin.user.write" << false;
        QTest::newRow("everything") << QStringList{"*"} << "finance.entry.post" << true;
        QTest::newRow("module wildcard") << QStringList{"crm.*"} << "crm.customer.write" << true;
        QTest::newRow("entity wildcard")
            << QStringList{"crm.customer.*"} << "crm.customer.merge" << true;
        QTest::newRow("wildcard other module")
            << QStringList{"crm.*"} << "crmx.customer.write" << false;
        QTest::newRow("verb wildcard") << QStringList{"*.read"} << "hr.salary.read" << true;
        QTest::newRow("verb wildcard other verb")
            << QStringList{"*.read"} << "hr.salary.write" << false;
        QTest::newRow("prefix is not a grant")
            << QStringList{"admin.user"} << "admin.user.read" << false;
        QTest::newRow("denial wins")
            << QStringList{"*.read", "!admin.*"} << "admin.audit.read" << false;
        QTest::newRow("denial elsewhere")
            << QStringList{"*.read", "!admin.*"} << "crm.customer.read" << true;
        QTest::newRow("exact denial")
            << QStringList{"*", "!hr.salary.read"} << "hr.salary.read" << false;
        QTest::newRow("empty requirement") << QStringList{} << "" << true;
        QTest::newRow("nothing granted") << QStringList{} << "admin.user.read" << false;
    }

    void grants()
    {
        QFETCH(QStringList, granted);
        QFETCH(QString, required);
        QFETCH(bool, expected);
        QCOMPARE(permissionGranted(QSet<QString>(granted.begin(), granted.end()), required),
                 expected);
    }

    void names()
    {
        QVERIFY(isValidPermissionName("admin.user.read", false));
        QVERIFY(!isValidPermissionName("crm.*", false));
        QVERIFY(isValidPermissionName("crm.*", true));
        QVERIFY(isValidPermissionName("*", true));
        QVERIFY(isValidPermissionName("*.approve", true));
        QVERIFY(!isValidPermissionName("Admin.User", true));
        QVERIFY(!isValidPermissionName("a..b", true));
        QVERIFY(!isValidPermissionName("", true));
        QVERIFY(!isValidPermissionName("crm.*.read", true));
        QVERIFY(!isValidPermissionName("drop table;", true));
        QVERIFY(isValidPermissionName("!admin.*", true));
        QVERIFY(!isValidPermissionName("!admin.*", false));
        QVERIFY(!isValidPermissionName("!!a", true));
    }
};

QTEST_GUILESS_MAIN(TestPermission)
#include "tst_permission.moc"
