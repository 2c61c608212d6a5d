// The customer master (crm.customer.*) on SQLite and PostgreSQL: validation, generated codes,
// conflicts, search (Chinese substrings too), filters and sorting, archive, duplicates, merge,
// import and export, permissions.
#include "common/csv.h"
#include "server/rpc/registry.h"
#include "server/servercore.h"
#include "tests/support/servertest.h"

#include <QJsonArray>
#include <QTest>

using namespace Erp;
using Erp::Test::fieldCodes;
using Erp::Test::ServerTest;

namespace {

QJsonObject huawei()
{
    return {{"name", "深圳市华为科技有限公司"},
            {"tax_id", "914403001922038216"},
            {"industry", "信息技术"},
            {"tags", QJsonArray{"VIP", "重点客户"}},
            {"credit_limit", "50000.00"},
            {"contacts", QJsonArray{QJsonObject{{"name", "张伟"},
                                                {"phone", "138-0013-8000"},
                                                {"email", "zhang.wei@huawei.example.cn"}}}},
            {"addresses", QJsonArray{QJsonObject{{"kind", "billing"},
                                                 {"province", "广东省"},
                                                 {"city", "深圳市"},
                                                 {"district", "龙岗区"},
                                                 {"line1", "坂田华为基地"}}}}};
}

QJsonObject acme()
{
    return {{"name", "Acme Trading Ltd"},
            {"kind", "company"},
            {"currency", "USD"},
            {"credit_limit", "1200.50"},
            {"contacts", QJsonArray{QJsonObject{{"name", "Emma Wilson"},
                                                {"phone", "+44 20 7946 0958"},
                                                {"email", "emma@acme.example.com"}}}},
            {"addresses", QJsonArray{QJsonObject{{"kind", "billing"},
                                                 {"country", "GB"},
                                                 {"city", "London"},
                                                 {"line1", "1 Kings Road"}}}}};
}

int total(ServerTest& t, ServerTest::Session& s, const QJsonObject& params)
{
    return t.call(s, "crm.customer.list", params).toObject().value("total").toInt();
}

} // namespace

class TestCustomers final : public QObject
{
    Q_OBJECT
private slots:
    void createGeneratesCodeAndKeepsMoneyExact()
    {
        ServerTest t(QStringLiteral("cust_create"));
        ServerTest::Session s = t.userWithRoles("clerk", {"sales"});
        const QJsonObject c = t.call(s, "crm.customer.create", huawei()).toObject();
        QCOMPARE(c.value("code").toString(), QStringLiteral("C000001"));
        QCOMPARE(c.value("credit_limit").toString(), QStringLiteral("50000.00"));
        QCOMPARE(c.value("currency").toString(), QStringLiteral("CNY"));
        QCOMPARE(c.value("status").toString(), QStringLiteral("active"));
        QCOMPARE(c.value("owner_name").toString(),
                 QStringLiteral("clerk")); // the clerk owns what they enter
        QCOMPARE(c.value("contacts").toArray().at(0).toObject().value("is_primary").toBool(), true);
        QCOMPARE(c.value("addresses").toArray().at(0).toObject().value("is_default").toBool(),
                 true);
        QCOMPARE(s.changes.size(), 1);
        QCOMPARE(s.changes.first().entity, QStringLiteral("customer"));

        const QJsonObject b = t.call(s, "crm.customer.create", acme()).toObject();
        QCOMPARE(b.value("code").toString(), QStringLiteral("C000002"));
        QCOMPARE(b.value("credit_limit").toString(), QStringLiteral("1200.50"));
        // A code given by hand is kept (upper-cased).
        QJsonObject given = acme();
        given.insert("name", "Given Code Ltd");
        given.insert("code", "key-7");
        given.remove("contacts");
        QCOMPARE(t.call(s, "crm.customer.create", given).toObject().value("code").toString(),
                 QStringLiteral("KEY-7"));
    }

    void validationNamesTheField()
    {
        ServerTest t(QStringLiteral("cust_valid"));
        ServerTest::Session s = t.admin();
        Rpc::Error e;
        QJsonObject bad{
            {"name", "  "},
            {"kind", "alien"},
            {"credit_limit", "-5.00"},
            {"currency", "¥¥¥"},
            {"payment_terms_days", 400},
            {"contacts",
             QJsonArray{QJsonObject{{"name", "A"}, {"phone", "12345"}, {"email", "a@b"}},
                        QJsonObject{{"phone", "13800138000"}}}},
            {"addresses", QJsonArray{QJsonObject{{"kind", "home"}}}}};
        QCOMPARE(t.callCode(s, "crm.customer.create", bad, &e), int(Rpc::ValidationFailed));
        const QStringList codes = fieldCodes(e);
        for (const char* expected :
             {"name:required", "kind:invalid", "credit_limit:invalid", "currency:invalid",
              "payment_terms_days:invalid", "contacts[0].phone:invalid",
              "contacts[0].email:invalid", "contacts[1].name:required", "addresses[0].kind:invalid",
              "addresses[0].line1:required"})
            QVERIFY2(codes.contains(QString::fromLatin1(expected)), qPrintable(codes.join(' ')));
        QCOMPARE(
            t.callCode(s, "crm.customer.create", {{"name", "X"}, {"credit_limit", "12.345"}}, &e),
            int(Rpc::ValidationFailed));
        QCOMPARE(fieldCodes(e),
                 QStringList({"credit_limit:invalid"})); // no silent rounding of money
        QCOMPARE(t.callCode(s, "crm.customer.create", {{"name", "X"}, {"credit_limit", 12}}),
                 int(Rpc::InvalidParams));
        // Phone formats that are fine: Chinese mobile with +86, landline, international.
        for (const char* phone : {"+86 138 0013 8000", "010-12345678", "0755-26543210",
                                  "+1 415 555 0100", "13912345678"}) {
            QJsonObject ok{{"name", QStringLiteral("Phone %1").arg(QString::fromLatin1(phone))},
                           {"contacts", QJsonArray{QJsonObject{{"name", "P"}, {"phone", phone}}}}};
            QVERIFY2(t.callCode(s, "crm.customer.create", ok) == 0, phone);
        }
        QCOMPARE(total(t, s, {}), 5);
    }

    void uniqueCodeAndTaxId()
    {
        ServerTest t(QStringLiteral("cust_unique"));
        ServerTest::Session s = t.admin();
        t.call(s, "crm.customer.create",
               QJsonObject{{"name", "First"}, {"code", "A1"}, {"tax_id", "91440300AAAA"}});
        Rpc::Error e;
        QCOMPARE(t.callCode(s, "crm.customer.create",
                            {{"name", "Second"},
                             {"code", "a1"},
                             {"tax_id", "91440300aaaa"},
                             {"allow_duplicates", true}},
                            &e),
                 int(Rpc::ValidationFailed));
        QCOMPARE(fieldCodes(e), QStringList({"code:duplicate", "tax_id:duplicate"}));
    }

    void duplicateWarningOnCreate()
    {
        ServerTest t(QStringLiteral("cust_dup"));
        ServerTest::Session s = t.admin();
        const QJsonObject first = t.call(s, "crm.customer.create", huawei()).toObject();
        const auto expectDuplicate = [&](const QJsonObject& fields, const QString& reason) {
            Rpc::Error e;
            QCOMPARE(t.callCode(s, "crm.customer.create", fields, &e), int(Rpc::BusinessRule));
            QCOMPARE(e.data.toObject().value("reason").toString(), QStringLiteral("duplicates"));
            const QJsonObject hit =
                e.data.toObject().value("duplicates").toArray().at(0).toObject();
            QCOMPARE(hit.value("id").toInteger(), first.value("id").toInteger());
            QCOMPARE(hit.value("reason").toString(), reason);
        };
        expectDuplicate(
            {{"name", "Other"},
             {"contacts", QJsonArray{QJsonObject{{"name", "x"}, {"phone", "+86 13800138000"}}}}},
            "phone");
        expectDuplicate(
            {{"name", "Other"},
             {"contacts",
              QJsonArray{QJsonObject{{"name", "x"}, {"email", "ZHANG.WEI@huawei.example.cn"}}}}},
            "email");
        expectDuplicate({{"name", "深圳市 华为科技"}}, "name"); // legal form and spaces ignored
        // The clerk confirms: created anyway.
        QCOMPARE(t.callCode(s, "crm.customer.create",
                            {{"name", "深圳市华为科技"}, {"allow_duplicates", true}}),
                 0);
        // The check can also run while typing.
        const QJsonArray hits = t.call(s, "crm.customer.duplicates",
                                       {{"name", "Shenzhen"}, {"tax_id", "914403001922038216"}})
                                    .toObject()
                                    .value("duplicates")
                                    .toArray();
        QCOMPARE(hits.at(0).toObject().value("reason").toString(), QStringLiteral("tax_id"));
    }

    void updateWithOptimisticConcurrency()
    {
        ServerTest t(QStringLiteral("cust_update"));
        ServerTest::Session a = t.admin();
        ServerTest::Session b = t.admin();
        const QJsonObject c = t.call(a, "crm.customer.create", huawei()).toObject();
        const QJsonObject v2 = t.call(a, "crm.customer.update",
                                      {{"id", c.value("id")},
                                       {"version", 1},
                                       {"credit_limit", "80000.00"},
                                       {"notes", "raised"}})
                                   .toObject();
        QCOMPARE(v2.value("version").toInt(), 2);
        QCOMPARE(v2.value("credit_limit").toString(), QStringLiteral("80000.00"));
        QCOMPARE(v2.value("name").toString(),
                 QStringLiteral("深圳市华为科技有限公司")); // untouched fields stay
        QCOMPARE(v2.value("contacts").toArray().size(), 1);
        Rpc::Error e;
        QCOMPARE(t.callCode(b, "crm.customer.update",
                            {{"id", c.value("id")}, {"version", 1}, {"notes", "stale"}}, &e),
                 int(Rpc::VersionConflict));
        QCOMPARE(e.data.toObject().value("current_version").toInt(), 2);
        QCOMPARE(t.call(a, "crm.customer.get", {{"id", c.value("id")}})
                     .toObject()
                     .value("notes")
                     .toString(),
                 QStringLiteral("raised"));
        // Contacts are replaced as a list.
        const QJsonObject v3 =
            t.call(a, "crm.customer.update",
                   {{"id", c.value("id")},
                    {"version", 2},
                    {"contacts", QJsonArray{QJsonObject{{"name", "李娜"}, {"phone", "13912345678"}},
                                            QJsonObject{{"name", "王芳"},
                                                        {"email", "wf@example.cn"},
                                                        {"is_primary", true}}}}})
                .toObject();
        QCOMPARE(v3.value("contacts").toArray().size(), 2);
        QCOMPARE(v3.value("contacts").toArray().at(1).toObject().value("is_primary").toBool(),
                 true);
        QCOMPARE(t.call(a, "crm.customer.list", {{"search", "王芳"}})
                     .toObject()
                     .value("rows")
                     .toArray()
                     .at(0)
                     .toObject()
                     .value("contact_name")
                     .toString(),
                 QStringLiteral("王芳"));
        QCOMPARE(t.call(a, "crm.customer.list", {{"search", "13800138000"}})
                     .toObject()
                     .value("total")
                     .toInt(),
                 0); // old phone gone
    }

    void searchFindsSubstringsInEveryLanguage()
    {
        ServerTest t(QStringLiteral("cust_search"));
        ServerTest::Session s = t.admin();
        t.call(s, "crm.customer.create", huawei());
        t.call(s, "crm.customer.create", acme());
        t.call(s, "crm.customer.create",
               QJsonObject{{"name", "北京小米科技有限责任公司"}, {"allow_duplicates", true}});
        const auto names = [&](const QString& term) {
            QStringList out;
            for (const QJsonValue& r : t.call(s, "crm.customer.list", {{"search", term}})
                                           .toObject()
                                           .value("rows")
                                           .toArray())
                out.append(r.toObject().value("name").toString());
            return out;
        };
        QCOMPARE(names("科技"), QStringList({"北京小米科技有限责任公司",
                                             "深圳市华为科技有限公司"}));     // two characters
        QCOMPARE(names("华为科技"), QStringList({"深圳市华为科技有限公司"})); // four: trigram index
        QCOMPARE(names("138"), QStringList({"深圳市华为科技有限公司"}));      // phone digits
        QCOMPARE(names("13800138000"),
                 QStringList({"深圳市华为科技有限公司"}));                // without separators
        QCOMPARE(names("acme"), QStringList({"Acme Trading Ltd"}));       // case-insensitive
        QCOMPARE(names("emma@"), QStringList({"Acme Trading Ltd"}));      // e-mail
        QCOMPARE(names("C000002"), QStringList({"Acme Trading Ltd"}));    // code
        QCOMPARE(names("张伟"), QStringList({"深圳市华为科技有限公司"})); // contact name
        QCOMPARE(names("100%"), QStringList());                           // wildcards literal
        QCOMPARE(names("\"quoted\""), QStringList());
    }

    void filtersSortingAndPaging()
    {
        ServerTest t(QStringLiteral("cust_filter"),
                     true); // the demo company: 360 customers, 9 archived
        ServerTest::Session s = t.admin();
        QCOMPARE(total(t, s, {}), 360); // everything but merged customers
        QCOMPARE(total(t, s, {{"filter", QJsonObject{{"status", "active"}}}}), 351);
        QCOMPARE(total(t, s, {{"filter", QJsonObject{{"status", "archived"}}}}), 9);
        QCOMPARE(
            t.callCode(s, "crm.customer.list", {{"filter", QJsonObject{{"status", "deleted"}}}}),
            int(Rpc::InvalidParams));

        const int individuals = total(t, s, {{"filter", QJsonObject{{"kind", "individual"}}}});
        const int companies = total(t, s, {{"filter", QJsonObject{{"kind", "company"}}}});
        QVERIFY(individuals > 0 && companies > 0);
        QCOMPARE(individuals + companies, 360);
        const int shenzhen =
            total(t, s, {{"filter", QJsonObject{{"province", "广东省"}, {"city", "深圳市"}}}});
        QVERIFY(shenzhen > 0 && shenzhen < 360);
        const int vip = total(t, s, {{"filter", QJsonObject{{"tag", "VIP"}}}});
        QVERIFY(vip > 0 && vip < 360);
        const qint64 liNa = t.call(s, "admin.user.list", {{"search", "li.na"}})
                                .toObject()
                                .value("rows")
                                .toArray()
                                .at(0)
                                .toObject()
                                .value("id")
                                .toInteger();
        QCOMPARE(total(t, s, {{"filter", QJsonObject{{"owner_id", liNa}}}}), 180);

        // Sorting on any listed column, both directions, stable paging.
        for (const char* column :
             {"name", "code", "city", "credit_limit", "owner_name", "contact_name", "updated_at"}) {
            QStringList seen;
            for (int offset = 0; offset < 360; offset += 100) {
                const QJsonArray rows = t.call(s, "crm.customer.list",
                                               {{"sort", QStringLiteral("-%1").arg(column)},
                                                {"offset", offset},
                                                {"limit", 100}})
                                            .toObject()
                                            .value("rows")
                                            .toArray();
                for (const QJsonValue& r : rows)
                    seen.append(r.toObject().value("code").toString());
            }
            QCOMPARE(seen.size(), 360);
            QCOMPARE(QSet<QString>(seen.begin(), seen.end()).size(),
                     360); // no row twice, none lost
        }
        // Keyset paging (next_after) visits the same rows in the same order as offsets.
        // A customer without owner sorts (and pages) as an empty owner name.
        const QJsonObject lonely =
            t.call(s, "crm.customer.create", {{"name", "无主客户"}, {"owner_id", QJsonValue::Null}})
                .toObject();
        Q_UNUSED(lonely);
        for (const char* sort : {"name", "-credit_limit", "city", "-owner_name", "owner_name"}) {
            QStringList byOffset, byKeyset;
            for (int offset = 0; offset < 361; offset += 50)
                for (const QJsonValue& r :
                     t.call(s, "crm.customer.list",
                            {{"sort", sort}, {"offset", offset}, {"limit", 50}})
                         .toObject()
                         .value("rows")
                         .toArray())
                    byOffset.append(r.toObject().value("code").toString());
            QJsonObject page =
                t.call(s, "crm.customer.list", {{"sort", sort}, {"limit", 50}}).toObject();
            for (;;) {
                for (const QJsonValue& r : page.value("rows").toArray())
                    byKeyset.append(r.toObject().value("code").toString());
                if (page.value("next_after").isNull())
                    break;
                page = t.call(s, "crm.customer.list",
                              {{"sort", sort}, {"limit", 50}, {"after", page.value("next_after")}})
                           .toObject();
            }
            QCOMPARE(byKeyset, byOffset);
            QCOMPARE(byKeyset.size(), 361);
        }
        QCOMPARE(t.callCode(s, "crm.customer.list",
                            {{"sort", QJsonArray{"city", "name"}}, {"after", QJsonArray{"x", 1}}}),
                 int(Rpc::InvalidParams));
        const QJsonArray users =
            t.call(s, "admin.user.list", {{"limit", 3}, {"after", QJsonArray{"li.na", 3}}})
                .toObject()
                .value("rows")
                .toArray();
        QCOMPARE(users.at(0).toObject().value("username").toString(), QStringLiteral("liu.yang"));
        const QJsonArray byLimit =
            t.call(s, "crm.customer.list", {{"sort", "-credit_limit"}, {"limit", 3}})
                .toObject()
                .value("rows")
                .toArray();
        QVERIFY(byLimit.at(0).toObject().value("credit_limit").toString().toDouble() >=
                byLimit.at(2).toObject().value("credit_limit").toString().toDouble());
        QCOMPARE(t.callCode(s, "crm.customer.list", {{"sort", "search_text"}}),
                 int(Rpc::InvalidParams));
    }

    void archiveAndRestore()
    {
        ServerTest t(QStringLiteral("cust_archive"));
        ServerTest::Session s = t.admin();
        const QJsonObject c = t.call(s, "crm.customer.create", acme()).toObject();
        const QJsonObject archived =
            t.call(s, "crm.customer.archive", {{"id", c.value("id")}, {"version", 1}}).toObject();
        QCOMPARE(archived.value("status").toString(), QStringLiteral("archived"));
        QCOMPARE(t.callCode(s, "crm.customer.archive", {{"id", c.value("id")}, {"version", 2}}),
                 int(Rpc::BusinessRule));
        QCOMPARE(t.callCode(s, "crm.customer.restore", {{"id", c.value("id")}, {"version", 1}}),
                 int(Rpc::VersionConflict));
        QCOMPARE(t.call(s, "crm.customer.restore", {{"id", c.value("id")}, {"version", 2}})
                     .toObject()
                     .value("status")
                     .toString(),
                 QStringLiteral("active"));
        QVERIFY(t.core().registry().find("crm.customer.delete") ==
                nullptr); // customers are never deleted
    }

    void mergeFoldsDuplicateIntoSurvivor()
    {
        ServerTest t(QStringLiteral("cust_merge"));
        ServerTest::Session s = t.admin();
        const QJsonObject survivor = t.call(s, "crm.customer.create", huawei()).toObject();
        QJsonObject dupFields{
            {"name", "华为技术（深圳）"},
            {"tax_id", "91440300DUP0001"},
            {"tags", QJsonArray{"VIP", "经销商"}},
            {"allow_duplicates", true},
            {"contacts", QJsonArray{QJsonObject{
                             {"name", "赵敏"}, {"phone", "13700000000"}, {"is_primary", true}}}},
            {"addresses", QJsonArray{QJsonObject{
                              {"kind", "shipping"}, {"city", "东莞市"}, {"line1", "松山湖"}}}}};
        const QJsonObject duplicate = t.call(s, "crm.customer.create", dupFields).toObject();
        const QJsonObject merged =
            t.call(s, "crm.customer.merge",
                   {{"survivor_id", survivor.value("id")}, {"duplicate_id", duplicate.value("id")}})
                .toObject();
        QCOMPARE(s.changes.size(), 2); // both records announced
        QCOMPARE(merged.value("contacts").toArray().size(), 2);
        QCOMPARE(merged.value("contacts").toArray().at(0).toObject().value("is_primary").toBool(),
                 true); // the survivor's stays primary
        QCOMPARE(merged.value("contacts").toArray().at(1).toObject().value("is_primary").toBool(),
                 false);
        QCOMPARE(merged.value("addresses").toArray().size(), 2);
        QCOMPARE(merged.value("tags").toArray(), QJsonArray({"VIP", "重点客户", "经销商"}));
        QCOMPARE(merged.value("tax_id").toString(),
                 QStringLiteral("914403001922038216")); // the survivor keeps its own
        const QJsonObject gone =
            t.call(s, "crm.customer.get", {{"id", duplicate.value("id")}}).toObject();
        QCOMPARE(gone.value("status").toString(), QStringLiteral("merged"));
        QCOMPARE(gone.value("merged_into").toInteger(), survivor.value("id").toInteger());
        QCOMPARE(total(t, s, {}), 1); // merged customers leave the list
        QCOMPARE(total(t, s, {{"search", "赵敏"}}), 1);
        // Audited for both records; a merged customer cannot be merged or edited again.
        const QJsonObject audit =
            t.call(s, "admin.audit.list",
                   {{"filter", QJsonObject{{"method", "crm.customer.merge"}}}})
                .toObject();
        QCOMPARE(audit.value("total").toInt(), 2);
        QCOMPARE(t.callCode(s, "crm.customer.merge",
                            {{"survivor_id", survivor.value("id")},
                             {"duplicate_id", duplicate.value("id")}}),
                 int(Rpc::BusinessRule));
        QCOMPARE(t.callCode(s, "crm.customer.update",
                            {{"id", duplicate.value("id")},
                             {"version", gone.value("version")},
                             {"notes", "x"}}),
                 int(Rpc::BusinessRule));
        QCOMPARE(t.callCode(s, "crm.customer.merge",
                            {{"survivor_id", survivor.value("id")},
                             {"duplicate_id", survivor.value("id")}}),
                 int(Rpc::ValidationFailed));
    }

    void importDryRunReportsEveryBadRowAndWritesNothing()
    {
        ServerTest t(QStringLiteral("cust_import"));
        ServerTest::Session s = t.admin();
        t.call(s, "crm.customer.create", QJsonObject{{"name", "Existing"}, {"code", "C900001"}});
        const QByteArray csv =
            Csv::utf8Bom() + "客户名称,code,phone,city,credit_limit,tags,owner\r\n"
                             "上海浦东贸易有限公司,,13912345678,上海市,1000.00,VIP;经销商,admin\r\n"
                             ",,,,,,\r\n"
                             "Bad Phone Ltd,,12345,,,,\r\n"
                             "Dup Code A,C800001,,,,,\r\n"
                             "Dup Code B,C800001,,,,,\r\n"
                             "Taken,C900001,,,5.5.5,,ghost\r\n";
        QJsonObject params{{"csv", QString::fromUtf8(csv)},
                           {"mapping", QJsonObject{{"客户名称", "name"}}},
                           {"dry_run", true}};
        const QJsonObject report = t.call(s, "crm.customer.import", params).toObject();
        QCOMPARE(report.value("total").toInt(), 5); // the blank line is skipped
        QCOMPARE(report.value("failed").toInt(), 3);
        QStringList problems;
        for (const QJsonValue& e : report.value("errors").toArray())
            for (const QJsonValue& f : e.toObject().value("fields").toArray())
                problems.append(QStringLiteral("%1:%2:%3")
                                    .arg(e.toObject().value("row").toInt())
                                    .arg(f.toObject().value("field").toString(),
                                         f.toObject().value("code").toString()));
        // Row numbers are the file's data rows, so the clerk finds them in the spreadsheet.
        QCOMPARE(problems, QStringList({"3:phone:invalid", "5:code:duplicate",
                                        "6:credit_limit:invalid", "6:owner:unknown"}));
        QCOMPARE(total(t, s, {}), 1); // dry run: nothing written
        QVERIFY(s.changes.isEmpty());

        // The real import of a batch with errors fails as a whole.
        params.insert("dry_run", false);
        Rpc::Error e;
        QCOMPARE(t.callCode(s, "crm.customer.import", params, &e), int(Rpc::ValidationFailed));
        QCOMPARE(e.data.toObject().value("rows").toArray().size(), 3);
        QCOMPARE(total(t, s, {}), 1);
    }

    void importThenExportRoundTrips()
    {
        ServerTest t(QStringLiteral("cust_roundtrip"));
        ServerTest::Session s = t.admin();
        QJsonArray rows;
        for (int i = 0; i < 50; ++i)
            rows.append(
                QJsonObject{{"name", QStringLiteral("导入客户%1有限公司").arg(i)},
                            {"phone", QStringLiteral("1390000%1").arg(i, 4, 10, QLatin1Char('0'))},
                            {"province", "浙江省"},
                            {"city", "杭州市"},
                            {"address", QStringLiteral("文三路%1号").arg(i)},
                            {"credit_limit", "99.99"},
                            {"tags", "import"}});
        const QJsonObject report = t.call(s, "crm.customer.import", {{"rows", rows}}).toObject();
        QCOMPARE(report.value("created").toInt(), 50);
        QCOMPARE(s.changes.size(), 1); // one summary event for the batch, not fifty
        QCOMPARE(s.changes.first().id, qint64(0));
        QCOMPARE(total(t, s, {{"filter", QJsonObject{{"tag", "import"}}}}), 50);
        QCOMPARE(t.call(s, "admin.audit.list",
                        {{"filter", QJsonObject{{"method", "crm.customer.import"}}}})
                     .toObject()
                     .value("total")
                     .toInt(),
                 50);

        const QJsonObject exported =
            t.call(s, "crm.customer.export", {{"search", "导入客户1"}, {"format", "csv"}})
                .toObject();
        QCOMPARE(exported.value("rows").toInt(), 11); // 1, 10..19
        const QByteArray content =
            QByteArray::fromBase64(exported.value("content_base64").toString().toLatin1());
        QVERIFY(content.startsWith(Csv::utf8Bom()));
        const Csv::Table table = Csv::parse(content);
        QCOMPARE(table.rows.size(), 11);
        const int nameColumn = int(table.header.indexOf("name"));
        const int creditColumn = int(table.header.indexOf("credit_limit"));
        QCOMPARE(table.rows.at(0).at(nameColumn), QStringLiteral("导入客户10有限公司"));
        QCOMPARE(table.rows.at(0).at(creditColumn), QStringLiteral("99.99"));

        // Re-importing the export finds every customer by its code and changes nothing.
        const QJsonObject again =
            t.call(s, "crm.customer.import",
                   {{"csv", QString::fromUtf8(content)}, {"update_existing", true}})
                .toObject();
        QCOMPARE(again.value("unchanged").toInt(), 11);
        QCOMPARE(again.value("updated").toInt(), 0);
        QCOMPARE(again.value("created").toInt(), 0);
        QCOMPARE(total(t, s, {}), 50);

        // Three real ids (PostgreSQL sequences do not roll back with the import's dry run).
        QJsonArray ids;
        for (const QJsonValue& row :
             t.call(s, "crm.customer.list", {{"limit", 3}}).toObject().value("rows").toArray())
            ids.append(row.toObject().value("id"));
        QCOMPARE(ids.size(), 3);
        const QJsonObject xlsx =
            t.call(s, "crm.customer.export", {{"ids", ids}, {"format", "xlsx"}}).toObject();
        QCOMPARE(xlsx.value("rows").toInt(), 3);
        QVERIFY(QByteArray::fromBase64(xlsx.value("content_base64").toString().toLatin1())
                    .startsWith("PK")); // a zip container
        QCOMPARE(t.callCode(s, "crm.customer.export", {{"format", "pdf"}}),
                 int(Rpc::ValidationFailed));
    }

    void permissions()
    {
        ServerTest t(QStringLiteral("cust_perm"));
        ServerTest::Session admin = t.admin();
        const QJsonObject c = t.call(admin, "crm.customer.create", acme()).toObject();
        ServerTest::Session sales = t.userWithRoles("seller", {"sales"});
        ServerTest::Session manager = t.userWithRoles("boss", {"manager"});
        ServerTest::Session warehouse = t.userWithRoles("picker", {"warehouse"});
        ServerTest::Session hr = t.userWithRoles("people", {"hr"});
        for (ServerTest::Session* s : {&sales, &manager})
            QCOMPARE(t.callCode(*s, "crm.customer.create",
                                {{"name", QStringLiteral("By %1").arg(s->identity.username)}}),
                     0);
        QCOMPARE(t.callCode(warehouse, "crm.customer.get", {{"id", c.value("id")}}),
                 0); // reads what shipping needs
        QCOMPARE(t.callCode(warehouse, "crm.customer.create", {{"name", "No"}}),
                 int(Rpc::Forbidden));
        QCOMPARE(t.callCode(hr, "crm.customer.list"), int(Rpc::Forbidden));
        QCOMPARE(t.callCode(warehouse, "crm.customer.export"), int(Rpc::Forbidden));
    }
};

QTEST_GUILESS_MAIN(TestCustomers)
#include "tst_customers.moc"
