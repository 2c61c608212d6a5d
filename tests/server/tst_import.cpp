// The import framework (platform.import.*) on SQLite and PostgreSQL: every importable entity
// imports, a second import of the same file changes nothing (customers without codes too), a
// problem anywhere fails the whole file and writes nothing, keys repeated inside a file are
// reported, permissions per entity, and the staged job's lifecycle.
#include "server/servercore.h"
#include "tests/support/servertest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QThread>

using namespace Erp;
using Erp::Test::ServerTest;
using Session = ServerTest::Session;

namespace {

struct Outcome
{
    QJsonObject result;  ///< the commit's result (empty when not committed)
    QJsonArray problems; ///< every problem of the dry run
    Rpc::Error error;    ///< the commit's error, if any
    int code = 0;        ///< the commit's error code (0 = committed)
    qint64 job = 0;
};

/// Start, append in batches (the rows numbered 1..n), then commit when the dry run is clean.
Outcome runImport(ServerTest& t, Session& s, const QString& entity, const QList<QJsonObject>& rows,
                  int batch = 1000, bool commitAnyway = false)
{
    Outcome out;
    out.job = t.call(s, "platform.import.start", {{"entity", entity}})
                  .toObject()
                  .value("job")
                  .toInteger();
    for (int i = 0; i < rows.size(); i += batch) {
        QJsonArray part;
        for (int k = i; k < std::min<int>(rows.size(), i + batch); ++k)
            part.append(QJsonObject{{"row", k + 1}, {"values", rows.at(k)}});
        const QJsonObject r =
            t.call(s, "platform.import.append", {{"job", out.job}, {"rows", part}}).toObject();
        for (const QJsonValue& p : r.value("problems").toArray())
            out.problems.append(p);
    }
    if (!out.problems.isEmpty() && !commitAnyway)
        return out;
    try {
        out.result = t.call(s, "platform.import.commit", {{"job", out.job}}).toObject();
    } catch (const Rpc::Error& e) {
        out.error = e;
        out.code = e.code;
    }
    return out;
}

/// The whole file: start, append in batches, commit (also when the dry run found problems).
Outcome commitOnce(ServerTest& t, Session& s, const QString& entity, const QList<QJsonObject>& rows,
                   int batch = 1000)
{
    return runImport(t, s, entity, rows, batch, true);
}

QStringList problemList(const QJsonArray& problems)
{
    QStringList out;
    for (const QJsonValue& v : problems) {
        const QJsonObject p = v.toObject();
        out.append(QStringLiteral("%1:%2:%3")
                       .arg(p.value("row").toInteger())
                       .arg(p.value("column").toString(), p.value("code").toString()));
    }
    return out;
}

int total(ServerTest& t, Session& s, const char* method, const QJsonObject& params = {})
{
    return t.call(s, method, params).toObject().value("total").toInt();
}

QString counts(const QJsonObject& r)
{
    return QStringLiteral("%1/%2/%3")
        .arg(r.value("created").toInt())
        .arg(r.value("updated").toInt())
        .arg(r.value("unchanged").toInt());
}

QList<QJsonObject> warehouses()
{
    return {{{"code", "SH"}, {"name", "上海仓"}, {"priority", "10"}},
            {{"code", "sz"}, {"name", "深圳仓"}, {"address", "深圳市福田区"}}};
}

QList<QJsonObject> products()
{
    return {{{"sku", "IMP-1"}, {"name", "螺丝刀"}, {"list_price", "12.50"}, {"unit", "pcs"}},
            {{"sku", "imp-2"}, {"name", "扳手"}, {"list_price", "1,234.00"}, {"tax_rate", "13"}},
            {{"sku", "IMP-3"}, {"name", "Hammer"}, {"list_price", "8"}, {"active", "yes"}}};
}

QList<QJsonObject> customersWithoutCodes()
{
    return {{{"name", "上海浦东贸易有限公司"}, {"phone", "13912345678"}, {"city", "上海市"}},
            {{"name", "Acme Trading"}, {"email", "buyer@acme.example"}, {"credit_limit", "99.99"}},
            {{"name", "北京朝阳商行"}, {"tags", "VIP;经销商"}}};
}

} // namespace

class TestImport : public QObject
{
    Q_OBJECT

private slots:
    void entitiesAreDescribed()
    {
        ServerTest t(QStringLiteral("imp_entities"));
        Session s = t.admin();
        const QJsonArray entities =
            t.call(s, "platform.import.entities").toObject().value("entities").toArray();
        QStringList names;
        for (const QJsonValue& e : entities)
            names.append(e.toObject().value("name").toString());
        QCOMPARE(names, QStringList({"crm.customer", "hr.employee", "inventory.opening_stock",
                                     "inventory.product", "inventory.warehouse",
                                     "purchasing.supplier", "sales.order"}));
        const QJsonObject product = entities.at(3).toObject();
        QCOMPARE(product.value("key").toString(), QStringLiteral("sku"));
        const QJsonObject sku = product.value("columns").toArray().first().toObject();
        QCOMPARE(sku.value("name").toString(), QStringLiteral("sku"));
        QVERIFY(sku.value("required").toBool());
        QCOMPARE(sku.value("label_id").toString(), QStringLiteral("inventory.product.field.sku"));
        QVERIFY(sku.value("aliases").toArray().contains(QStringLiteral("货号")));
    }

    void everyEntityImportsAndAgainChangesNothing()
    {
        ServerTest t(QStringLiteral("imp_all"));
        Session s = t.admin();
        const int warehousesBefore = total(t, s, "inventory.warehouse.list");
        const QList<QJsonObject> suppliers{
            {{"code", "SUP-A"}, {"name", "宁波五金厂"}, {"lead_time_days", "5"}},
            {{"name", "No Code Supplies"}, {"phone", "021-5555-0000"}}};
        QList<QJsonObject> customers = customersWithoutCodes();
        customers.append({{"code", "CUST-9"}, {"name", "Coded Customer"}});
        const QList<QJsonObject> stock{{{"warehouse", "SH"}, {"sku", "IMP-1"}, {"qty", "100"}},
                                       {{"warehouse", "SZ"}, {"sku", "IMP-1"}, {"qty", "2.5"}},
                                       {{"warehouse", "sh"}, {"sku", "imp-2"}, {"qty", "7"}}};
        const QList<QJsonObject> orders{{{"external_ref", "WEB-1"},
                                         {"customer_code", "CUST-9"},
                                         {"sku", "IMP-1"},
                                         {"qty", "2"},
                                         {"order_date", "2026/11/3"}},
                                        {{"external_ref", "WEB-2"},
                                         {"customer_code", "CUST-9"},
                                         {"sku", "IMP-2"},
                                         {"qty", "1"}},
                                        {{"external_ref", "WEB-1"},
                                         {"customer_code", "CUST-9"},
                                         {"sku", "IMP-3"},
                                         {"qty", "3"},
                                         {"order_date", "2026-11-03"}}};
        const QList<QJsonObject> employees{
            {{"number", "H-1"},
             {"name", "员工甲"},
             {"hire_date", "2025-01-02"},
             {"id_number", "310101199003071230"}},
            {{"number", "H-2"}, {"name", "员工乙"}, {"hire_date", "2025/1/3"}, {"manager", "H-1"}}};
        struct Case
        {
            const char* entity;
            QList<QJsonObject> rows;
            const char* first;
            const char* second;
        };
        const QList<Case> cases{
            {"inventory.warehouse", warehouses(), "2/0/0", "0/0/2"},
            {"inventory.product", products(), "3/0/0", "0/0/3"},
            {"purchasing.supplier", suppliers, "2/0/0", "0/0/2"},
            {"crm.customer", customers, "4/0/0", "0/0/4"},
            {"inventory.opening_stock", stock, "3/0/0", "0/0/3"},
            {"sales.order", orders, "2/0/0", "0/0/2"},
            {"hr.employee", employees, "2/0/0", "0/0/2"},
        };
        for (const Case& c : cases) {
            const Outcome first = commitOnce(t, s, QLatin1String(c.entity), c.rows);
            QVERIFY2(first.problems.isEmpty(),
                     qPrintable(QLatin1String(c.entity) + problemList(first.problems).join(' ')));
            QCOMPARE(first.code, 0);
            QVERIFY2(counts(first.result) == QLatin1String(c.first),
                     QJsonDocument(first.result).toJson().constData());
            QCOMPARE(s.changes.size(), 1); // one summary event, not one per record
            const Outcome second = commitOnce(t, s, QLatin1String(c.entity), c.rows);
            QVERIFY(second.problems.isEmpty());
            QCOMPARE(counts(second.result), QLatin1String(c.second));
            QVERIFY(s.changes.isEmpty()); // nothing changed, nothing announced
        }
        QCOMPARE(total(t, s, "inventory.warehouse.list"), warehousesBefore + 2);
        QCOMPARE(total(t, s, "inventory.product.list"), 3);
        QCOMPARE(total(t, s, "purchasing.supplier.list"), 2);
        QCOMPARE(total(t, s, "crm.customer.list"), 4); // no doubles without codes
        QCOMPARE(total(t, s, "sales.order.list"), 2);
        QCOMPARE(total(t, s, "hr.employee.list"), 2);
        const QJsonObject product =
            t.call(s, "inventory.product.list", {{"search", "imp-2"}}).toObject();
        QCOMPARE(product.value("rows").toArray().first().toObject().value("list_price").toString(),
                 QStringLiteral("1234.00"));

        // An edited file updates what changed, and only that.
        QList<QJsonObject> edited = products();
        edited[1].insert("name", "活动扳手");
        const Outcome third = commitOnce(t, s, "inventory.product", edited);
        QCOMPARE(counts(third.result), QStringLiteral("0/1/2"));

        // A different opening balance for a pair that has one is refused, not added.
        const Outcome changedStock =
            commitOnce(t, s, "inventory.opening_stock",
                       {{{"warehouse", "SH"}, {"sku", "IMP-1"}, {"qty", "90"}}});
        QCOMPARE(problemList(changedStock.problems), QStringList({"1::rejected"}));
        QCOMPARE(changedStock.problems.first().toObject().value("message_id").toString(),
                 QStringLiteral("inventory.stock.opening_posted"));
    }

    void legacyCustomerImportIsIdempotentWithoutCodes()
    {
        ServerTest t(QStringLiteral("imp_legacy"));
        Session s = t.admin();
        QJsonArray rows;
        for (const QJsonObject& c : customersWithoutCodes())
            rows.append(c);
        const QJsonObject first = t.call(s, "crm.customer.import", {{"rows", rows}}).toObject();
        QCOMPARE(first.value("created").toInt(), 3);
        const QJsonObject again = t.call(s, "crm.customer.import", {{"rows", rows}}).toObject();
        QCOMPARE(again.value("created").toInt(), 0);
        QCOMPARE(again.value("unchanged").toInt(), 3);
        QCOMPARE(total(t, s, "crm.customer.list"), 3);
    }

    void typedColumnsTakeWhatSpreadsheetsWrite()
    {
        ServerTest t(QStringLiteral("imp_typed"));
        Session s = t.admin();
        const Outcome ok = commitOnce(t, s, "crm.customer",
                                      {{{"name", "深圳福田商行"},
                                        {"credit_limit", "20,000.00"},
                                        {"payment_terms_days", "45"}}},
                                      10);
        QCOMPARE(ok.code, 0);
        const QJsonObject row = t.call(s, "crm.customer.list", {{"search", "福田商行"}})
                                    .toObject()
                                    .value("rows")
                                    .toArray()
                                    .first()
                                    .toObject();
        QCOMPARE(row.value("credit_limit").toString(), QStringLiteral("20000.00"));
        // A cell of the wrong type is named, and the row's other problems are still listed.
        const Outcome bad =
            runImport(t, s, "crm.customer",
                      {{{"name", "坏商行"}, {"credit_limit", "lots"}, {"email", "x@"}}}, 10, false);
        QCOMPARE(problemList(bad.problems),
                 QStringList({"1:credit_limit:invalid", "1:email:invalid"}));
    }

    void aProblemAnywhereFailsTheWholeFile()
    {
        ServerTest t(QStringLiteral("imp_fail"));
        Session s = t.admin();
        QList<QJsonObject> rows;
        for (int i = 0; i < 25; ++i)
            rows.append({{"sku", QStringLiteral("OK-%1").arg(i)},
                         {"name", QStringLiteral("Product %1").arg(i)},
                         {"list_price", "1.00"}});
        rows[17].insert("list_price", "twelve");
        rows[3].remove("name");
        rows[21].insert("unit", "??");
        const Outcome bad = runImport(t, s, "inventory.product", rows, 10, true);
        QCOMPARE(problemList(bad.problems),
                 QStringList({"4:name:required", "18:list_price:invalid", "22:unit:invalid"}));
        QCOMPARE(bad.code, int(Rpc::BusinessRule)); // a job with problems cannot commit
        QCOMPARE(bad.error.messageId(), QStringLiteral("platform.import.has_problems"));
        QCOMPARE(total(t, s, "inventory.product.list"), 0);

        // Rows that pass their own batch but clash across batches fail at commit, all of them.
        QList<QJsonObject> clash;
        for (int i = 0; i < 6; ++i)
            clash.append({{"sku", QStringLiteral("B-%1").arg(i)},
                          {"name", QStringLiteral("Barcoded %1").arg(i)}});
        clash[1].insert("barcode", "690000000001");
        clash[4].insert("barcode", "690000000001");
        const Outcome late = commitOnce(t, s, "inventory.product", clash, 3);
        QVERIFY(late.problems.isEmpty());
        QCOMPARE(late.code, int(Rpc::ValidationFailed));
        QCOMPARE(late.error.messageId(), QStringLiteral("platform.import.failed"));
        const QJsonArray failed = late.error.data.toObject().value("rows").toArray();
        QCOMPARE(problemList(failed), QStringList({"5:barcode:duplicate"}));
        QCOMPARE(total(t, s, "inventory.product.list"), 0); // not the five good ones either
        QVERIFY(s.changes.isEmpty());
        QCOMPARE(t.call(s, "admin.audit.list",
                        {{"filter", QJsonObject{{"method", "platform.import.commit"}}}})
                     .toObject()
                     .value("total")
                     .toInt(),
                 0);
    }

    void keysRepeatedInAFileAreReported()
    {
        ServerTest t(QStringLiteral("imp_dupkeys"));
        Session s = t.admin();
        QList<QJsonObject> rows = products();
        rows.append({{"sku", "imp-1"}, {"name", "again"}});     // another batch
        rows.append({{"sku", "IMP-3"}, {"name", "and again"}}); // the same batch
        const Outcome out = runImport(t, s, "inventory.product", rows, 4);
        QCOMPARE(problemList(out.problems), QStringList({"4:sku:duplicate", "5:sku:duplicate"}));
        QCOMPARE(out.problems.first().toObject().value("args").toObject().value("row").toInt(), 1);
        QCOMPARE(out.problems.first().toObject().value("message_id").toString(),
                 QStringLiteral("platform.import.duplicate_key"));
        // Customers without codes repeat by name.
        const Outcome names = runImport(t, s, "crm.customer",
                                        {{{"name", "Same Name Ltd"}}, {{"name", "same name ltd"}}});
        QCOMPARE(problemList(names.problems), QStringList({"2:code:duplicate"}));
        QCOMPARE(total(t, s, "crm.customer.list"), 0);
    }

    void permissionsPerEntity()
    {
        ServerTest t(QStringLiteral("imp_perm"));
        Session admin = t.admin();
        Session warehouse = t.userWithRoles("picker", {"warehouse"});
        Session sales = t.userWithRoles("seller", {"sales"});
        Session nobody = t.userWithRoles("nobody", {});
        QStringList visible;
        for (const QJsonValue& e :
             t.call(sales, "platform.import.entities").toObject().value("entities").toArray())
            visible.append(e.toObject().value("name").toString());
        QCOMPARE(visible, QStringList({"crm.customer", "sales.order"}));
        QCOMPARE(t.callCode(warehouse, "platform.import.start", {{"entity", "crm.customer"}}),
                 int(Rpc::Forbidden));
        QCOMPARE(t.callCode(sales, "platform.import.start", {{"entity", "inventory.product"}}),
                 int(Rpc::Forbidden));
        QCOMPARE(t.callCode(nobody, "platform.import.start", {{"entity", "crm.customer"}}),
                 int(Rpc::Forbidden));
        QCOMPARE(t.callCode(admin, "platform.import.start", {{"entity", "hr.salary"}}),
                 int(Rpc::NotFound));
        const Outcome ok = commitOnce(t, warehouse, "inventory.product", products());
        QCOMPARE(counts(ok.result), QStringLiteral("3/0/0"));
        QCOMPARE(t.callCode(nobody, "platform.import.entities"), 0);
        QVERIFY(t.call(nobody, "platform.import.entities")
                    .toObject()
                    .value("entities")
                    .toArray()
                    .isEmpty());
    }

    void stagedJobLifecycle()
    {
        ServerTest t(QStringLiteral("imp_jobs"));
        Session s = t.admin();
        Session other = t.userWithRoles("other", {"admin"});
        const QJsonArray rows{QJsonObject{{"row", 1}, {"values", warehouses().first()}}};

        // Committed twice: the second commit is refused and changes nothing.
        qint64 job = t.call(s, "platform.import.start", {{"entity", "inventory.warehouse"}})
                         .toObject()
                         .value("job")
                         .toInteger();
        QCOMPARE(t.callCode(s, "platform.import.commit", {{"job", job}}), int(Rpc::BusinessRule));
        t.call(s, "platform.import.append", {{"job", job}, {"rows", rows}});
        // Someone else's job does not exist for them.
        Rpc::Error e;
        QCOMPARE(t.callCode(other, "platform.import.commit", {{"job", job}}, &e),
                 int(Rpc::NotFound));
        QCOMPARE(e.messageId(), QStringLiteral("platform.import.job_not_found"));
        QCOMPARE(t.callCode(other, "platform.import.cancel", {{"job", job}}), int(Rpc::NotFound));
        QCOMPARE(t.call(s, "platform.import.commit", {{"job", job}}).toObject().value("created"),
                 QJsonValue(1));
        QCOMPARE(t.callCode(s, "platform.import.commit", {{"job", job}}, &e),
                 int(Rpc::BusinessRule));
        QCOMPARE(e.messageId(), QStringLiteral("platform.import.job_committed"));
        QCOMPARE(t.callCode(s, "platform.import.append", {{"job", job}, {"rows", rows}}),
                 int(Rpc::BusinessRule));

        // Cancelled: nothing is written, nothing more accepted.
        job = t.call(s, "platform.import.start", {{"entity", "inventory.product"}})
                  .toObject()
                  .value("job")
                  .toInteger();
        t.call(s, "platform.import.append",
               {{"job", job}, {"rows", QJsonArray{QJsonObject{{"values", products().first()}}}}});
        QCOMPARE(t.call(s, "platform.import.cancel", {{"job", job}}).toObject().value("status"),
                 QJsonValue("cancelled"));
        QCOMPARE(t.callCode(s, "platform.import.commit", {{"job", job}}, &e),
                 int(Rpc::BusinessRule));
        QCOMPARE(e.messageId(), QStringLiteral("platform.import.job_cancelled"));
        QCOMPARE(total(t, s, "inventory.product.list"), 0);

        // Expired.
        job = t.call(s, "platform.import.start",
                     {{"entity", "inventory.product"}, {"options", QJsonObject{{"expires_in", 1}}}})
                  .toObject()
                  .value("job")
                  .toInteger();
        QThread::msleep(1100);
        QCOMPARE(
            t.callCode(s, "platform.import.append", {{"job", job}, {"rows", QJsonArray()}}, &e),
            int(Rpc::BusinessRule));
        QCOMPARE(e.messageId(), QStringLiteral("platform.import.job_expired"));

        // Rows must move forward; batches have a size limit.
        job = t.call(s, "platform.import.start", {{"entity", "inventory.product"}})
                  .toObject()
                  .value("job")
                  .toInteger();
        t.call(s, "platform.import.append",
               {{"job", job},
                {"rows", QJsonArray{QJsonObject{{"row", 5}, {"values", products().first()}}}}});
        QCOMPARE(t.callCode(s, "platform.import.append",
                            {{"job", job},
                             {"rows",
                              QJsonArray{QJsonObject{{"row", 5}, {"values", products().last()}}}}}),
                 int(Rpc::InvalidParams));
        QJsonArray tooMany;
        for (int i = 0; i < 5001; ++i)
            tooMany.append(QJsonObject{{"values", QJsonObject{{"sku", "X"}}}});
        QCOMPARE(t.callCode(s, "platform.import.append", {{"job", job}, {"rows", tooMany}}),
                 int(Rpc::InvalidParams));

        // A job of blank rows only has nothing to commit.
        job = t.call(s, "platform.import.start", {{"entity", "inventory.product"}})
                  .toObject()
                  .value("job")
                  .toInteger();
        const QJsonObject blank =
            t.call(s, "platform.import.append",
                   {{"job", job},
                    {"rows", QJsonArray{QJsonObject{{"values", QJsonObject{{"sku", " "}}}}}}})
                .toObject();
        QCOMPARE(blank.value("skipped_blank").toInt(), 1);
        QCOMPARE(t.callCode(s, "platform.import.commit", {{"job", job}}, &e),
                 int(Rpc::BusinessRule));
        QCOMPARE(e.messageId(), QStringLiteral("platform.import.no_rows"));
    }
};

QTEST_GUILESS_MAIN(TestImport)
#include "tst_import.moc"
