// Purchasing (purchasing.*) on SQLite and PostgreSQL: the supplier master (validation, codes,
// conflicts, search, archive), purchase orders (totals, every transition legal and illegal,
// partial and full receipts posting receipt moves, over-receipt), replenishment proposals and
// the draft orders made from them, and permissions.
#include "server/rpc/registry.h"
#include "server/servercore.h"
#include "tests/support/servertest.h"

#include <QJsonArray>
#include <QTest>

using namespace Erp;
using Erp::Test::fieldCodes;
using Erp::Test::ServerTest;

namespace {

QJsonObject acmeSupplier()
{
    return {{"name", "Acme Components Ltd"},
            {"contact_name", "Emma Wilson"},
            {"phone", "+44 20 7946 0958"},
            {"email", "Sales@Acme.example.com"},
            {"currency", "usd"},
            {"lead_time_days", 21}};
}

QJsonObject chineseSupplier()
{
    return {{"name", "深圳市华强电子有限公司"},
            {"tax_id", "91440300MA5ABCDE1X"},
            {"contact_name", "王芳"},
            {"phone", "0755-83281234"},
            {"address", "广东省深圳市福田区华强北路1号"},
            {"payment_terms_days", 60}};
}

QJsonObject obj(const QJsonValue& v)
{
    return v.toObject();
}

} // namespace

class TestPurchasing final : public QObject
{
    Q_OBJECT
private slots:
    void supplierCreateGeneratesCodeAndDefaults()
    {
        ServerTest t(QStringLiteral("pur_sup_create"));
        ServerTest::Session s = t.userWithRoles("buyer", {"purchasing"});
        const QJsonObject a = obj(t.call(s, "purchasing.supplier.create", chineseSupplier()));
        QCOMPARE(a.value("code").toString(), QStringLiteral("S00001"));
        QCOMPARE(a.value("currency").toString(), QStringLiteral("CNY"));
        QCOMPARE(a.value("payment_terms_days").toInt(), 60);
        QCOMPARE(a.value("lead_time_days").toInt(), 7);
        QCOMPARE(a.value("active").toBool(), true);
        QCOMPARE(a.value("version").toInt(), 1);
        QCOMPARE(s.changes.size(), 1);
        QCOMPARE(s.changes.first().entity, QStringLiteral("purchasing.supplier"));

        const QJsonObject b = obj(t.call(s, "purchasing.supplier.create", acmeSupplier()));
        QCOMPARE(b.value("code").toString(), QStringLiteral("S00002"));
        QCOMPARE(b.value("currency").toString(), QStringLiteral("USD"));
        QCOMPARE(b.value("email").toString(), QStringLiteral("sales@acme.example.com"));
        QJsonObject given = acmeSupplier();
        given.insert("name", "Given Code Co");
        given.insert("code", "sup-7");
        QCOMPARE(obj(t.call(s, "purchasing.supplier.create", given)).value("code").toString(),
                 QStringLiteral("SUP-7"));
        const QJsonObject got =
            obj(t.call(s, "purchasing.supplier.get", {{"id", a.value("id").toInteger()}}));
        QCOMPARE(got, a);
        QCOMPARE(t.callCode(s, "purchasing.supplier.get", {{"id", 999}}), int(Rpc::NotFound));
        // The audit trail has the creation.
        ServerTest::Session admin = t.admin();
        const QJsonObject audit =
            obj(t.call(admin, "admin.audit.list",
                       {{"filter", QJsonObject{{"entity", "purchasing.supplier"}}}}));
        QCOMPARE(audit.value("total").toInt(), 3);
    }

    void supplierValidationNamesTheField()
    {
        ServerTest t(QStringLiteral("pur_sup_valid"));
        ServerTest::Session s = t.admin();
        Rpc::Error e;
        const QJsonObject bad{{"name", "  "},         {"code", "bad code!"},
                              {"tax_id", "x"},        {"phone", "12345"},
                              {"email", "a@b"},       {"currency", "¥¥"},
                              {"lead_time_days", -1}, {"payment_terms_days", 400}};
        QCOMPARE(t.callCode(s, "purchasing.supplier.create", bad, &e), int(Rpc::ValidationFailed));
        const QStringList codes = fieldCodes(e);
        for (const char* expected :
             {"name:required", "code:invalid", "tax_id:invalid", "phone:invalid", "email:invalid",
              "currency:invalid", "lead_time_days:invalid", "payment_terms_days:invalid"})
            QVERIFY2(codes.contains(QString::fromLatin1(expected)), qPrintable(codes.join(' ')));
        // Types are checked before the service: -32602.
        QCOMPARE(
            t.callCode(s, "purchasing.supplier.create", {{"name", "X"}, {"lead_time_days", "7"}}),
            int(Rpc::InvalidParams));
        QCOMPARE(
            t.callCode(s, "purchasing.supplier.create", {{"name", "X"}, {"credit_limit", "1"}}),
            int(Rpc::InvalidParams)); // a customer's field is no supplier's

        // Code and tax id are unique.
        const QJsonObject a = obj(t.call(s, "purchasing.supplier.create", chineseSupplier()));
        QJsonObject same = acmeSupplier();
        same.insert("code", a.value("code"));
        same.insert("tax_id", chineseSupplier().value("tax_id"));
        QCOMPARE(t.callCode(s, "purchasing.supplier.create", same, &e), int(Rpc::ValidationFailed));
        QCOMPARE(fieldCodes(e), QStringList({"code:duplicate", "tax_id:duplicate"}));
        // The generated series skips a code taken by hand.
        t.call(s, "purchasing.supplier.create", {{"name", "Hand"}, {"code", "S00002"}});
        QCOMPARE(obj(t.call(s, "purchasing.supplier.create", {{"name", "Next"}}))
                     .value("code")
                     .toString(),
                 QStringLiteral("S00003"));
    }

    void supplierUpdateConflictAndArchive()
    {
        ServerTest t(QStringLiteral("pur_sup_update"));
        ServerTest::Session s = t.admin();
        const QJsonObject a = obj(t.call(s, "purchasing.supplier.create", acmeSupplier()));
        const qint64 id = a.value("id").toInteger();
        const QJsonObject b = obj(t.call(
            s, "purchasing.supplier.update",
            {{"id", id}, {"version", 1}, {"lead_time_days", 14}, {"notes", "ships from Leeds"}}));
        QCOMPARE(b.value("version").toInt(), 2);
        QCOMPARE(b.value("lead_time_days").toInt(), 14);
        QCOMPARE(b.value("name").toString(), a.value("name").toString()); // untouched
        Rpc::Error e;
        QCOMPARE(t.callCode(s, "purchasing.supplier.update",
                            {{"id", id}, {"version", 1}, {"name", "Stale"}}, &e),
                 int(Rpc::VersionConflict));
        QCOMPARE(e.data.toObject().value("current_version").toInt(), 2);
        QCOMPARE(t.callCode(s, "purchasing.supplier.update",
                            {{"id", id}, {"version", 2}, {"code", ""}}, &e),
                 int(Rpc::ValidationFailed));
        QCOMPARE(fieldCodes(e), QStringList({"code:required"}));

        QCOMPARE(t.callCode(s, "purchasing.supplier.archive", {{"id", id}, {"version", 1}}),
                 int(Rpc::VersionConflict));
        const QJsonObject c =
            obj(t.call(s, "purchasing.supplier.archive", {{"id", id}, {"version", 2}}));
        QCOMPARE(c.value("active").toBool(), false);
        QCOMPARE(t.callCode(s, "purchasing.supplier.archive", {{"id", id}, {"version", 3}}, &e),
                 int(Rpc::BusinessRule));
        const QJsonObject d = obj(t.call(s, "purchasing.supplier.update",
                                         {{"id", id}, {"version", 3}, {"active", true}}));
        QCOMPARE(d.value("active").toBool(), true);
        QCOMPARE(d.value("version").toInt(), 4);
    }

    void supplierListSearchFilterSort()
    {
        ServerTest t(QStringLiteral("pur_sup_list"));
        ServerTest::Session s = t.admin();
        t.call(s, "purchasing.supplier.create", chineseSupplier());
        const QJsonObject acme = obj(t.call(s, "purchasing.supplier.create", acmeSupplier()));
        t.call(
            s, "purchasing.supplier.create",
            {{"name", "北京燕山包装材料厂"}, {"contact_name", "李强"}, {"phone", "13912345678"}});
        t.call(s, "purchasing.supplier.archive",
               {{"id", acme.value("id").toInteger()}, {"version", 1}});
        auto names = [&](const QJsonObject& params) {
            QStringList out;
            for (const QJsonValue& r :
                 obj(t.call(s, "purchasing.supplier.list", params)).value("rows").toArray())
                out.append(r.toObject().value("name").toString());
            return out;
        };
        QCOMPARE(names({{"search", "华强"}}), QStringList({"深圳市华强电子有限公司"}));
        QCOMPARE(names({{"search", "王"}}), QStringList({"深圳市华强电子有限公司"}));
        QCOMPARE(names({{"search", "s00002"}}), QStringList({"Acme Components Ltd"}));
        QCOMPARE(names({{"search", "139 1234"}}), QStringList());
        QCOMPARE(names({{"search", "13912345678"}}), QStringList({"北京燕山包装材料厂"}));
        QCOMPARE(names({{"search", "emma"}}), QStringList({"Acme Components Ltd"}));
        QCOMPARE(names({{"filter", QJsonObject{{"active", false}}}}),
                 QStringList({"Acme Components Ltd"}));
        QCOMPARE(names({{"filter", QJsonObject{{"active", true}}}, {"sort", "-code"}}),
                 QStringList({"北京燕山包装材料厂", "深圳市华强电子有限公司"}));
        QCOMPARE(names({{"sort", "code"}, {"limit", 2}}).size(), 2);
        // Keyset paging: the second page starts after the first.
        const QJsonObject page1 =
            obj(t.call(s, "purchasing.supplier.list", {{"sort", "code"}, {"limit", 2}}));
        QCOMPARE(page1.value("total").toInt(), 3);
        const QJsonObject page2 =
            obj(t.call(s, "purchasing.supplier.list",
                       {{"sort", "code"}, {"limit", 2}, {"after", page1.value("next_after")}}));
        QCOMPARE(page2.value("rows").toArray().size(), 1);
        QCOMPARE(page2.value("rows").toArray().at(0).toObject().value("code").toString(),
                 QStringLiteral("S00003"));
        QCOMPARE(t.callCode(s, "purchasing.supplier.list", {{"sort", "credit_limit"}}),
                 int(Rpc::InvalidParams));
    }

    void permissions()
    {
        ServerTest t(QStringLiteral("pur_perm"));
        ServerTest::Session sales = t.userWithRoles("seller", {"sales"});
        ServerTest::Session warehouse = t.userWithRoles("keeper", {"warehouse"});
        Rpc::Error e;
        QCOMPARE(t.callCode(sales, "purchasing.supplier.list", {}, &e), int(Rpc::Forbidden));
        QCOMPARE(t.callCode(sales, "purchasing.supplier.create", {{"name", "X"}}),
                 int(Rpc::Forbidden));
        QCOMPARE(t.callCode(warehouse, "purchasing.supplier.create", {{"name", "X"}}),
                 int(Rpc::Forbidden));
        // Every purchasing method names one of the documented permissions.
        const QStringList documented{"purchasing.supplier.read", "purchasing.supplier.write",
                                     "purchasing.order.read",    "purchasing.order.write",
                                     "purchasing.order.receive", "purchasing.replenishment.read"};
        int methods = 0;
        for (const Rpc::MethodSpec* m : t.core().registry().methods()) {
            if (!m->name.startsWith(QLatin1String("purchasing.")))
                continue;
            ++methods;
            QVERIFY2(documented.contains(m->permission), qPrintable(m->name));
            QCOMPARE(t.callCode(sales, m->name, {}), int(Rpc::Forbidden));
        }
        QVERIFY(methods >= 5);
    }
};

QTEST_GUILESS_MAIN(TestPurchasing)
#include "tst_purchasing.moc"
