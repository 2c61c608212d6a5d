// Protected fields (docs/PROTOCOL.md "Protected fields and record rules"): a generated walk over
// EVERY method of the registry on the demo company, as callers lacking inventory.cost, finds no
// protected key in any result, error, export file, event or audit row; with the permission the
// fields are there. Writing a protected field without the permission is -32003 naming it.
#include "server/platform/accesspolicy.h"
#include "server/rpc/dispatcher.h"
#include "server/rpc/registry.h"
#include "server/servercore.h"
#include "tests/support/servertest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <functional>

using namespace Erp;
using Erp::Test::ServerTest;

namespace {

using Session = ServerTest::Session;

/// Every key of `keys` found at any depth of `v`, as paths.
void findKeys(const QJsonValue& v, const QStringList& keys, const QString& path, QStringList& hits)
{
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (keys.contains(it.key()))
                hits.append(path + QLatin1Char('.') + it.key());
            findKeys(it.value(), keys, path + QLatin1Char('.') + it.key(), hits);
        }
    } else if (v.isArray()) {
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            findKeys(a.at(i), keys, path + QStringLiteral("[%1]").arg(i), hits);
    }
}

/// The demo company's ids, read as admin; samples build their params from them.
class Walk final
{
public:
    explicit Walk(ServerTest& t)
        : m_t(t)
        , m_admin(t.admin())
    {}

    ServerTest& t() { return m_t; }
    Session& admin() { return m_admin; }

    QJsonValue call(const QString& method, const QJsonObject& params = {})
    {
        return m_t.call(m_admin, method, params);
    }
    QJsonObject first(const QString& method, const QJsonObject& params = {})
    {
        QJsonObject p = params;
        p.insert(QStringLiteral("limit"), 1);
        const QJsonArray rows = call(method, p).toObject().value(QStringLiteral("rows")).toArray();
        return rows.isEmpty() ? QJsonObject() : rows.first().toObject();
    }
    qint64 firstId(const QString& method, const QJsonObject& params = {})
    {
        return first(method, params).value(QStringLiteral("id")).toInteger();
    }
    /// {id, version} of a record as it is now.
    QJsonObject idVersion(const QString& getMethod, qint64 id)
    {
        const QJsonObject r = call(getMethod, {{"id", id}}).toObject();
        return {{"id", id}, {"version", r.value(QStringLiteral("version"))}};
    }
    QJsonObject order(const QString& state)
    {
        const QJsonObject o =
            first("sales.order.list", {{"filter", QJsonObject{{"state", state}}}});
        const qint64 id = o.value(QStringLiteral("id")).toInteger();
        return id ? idVersion("sales.order.get", id) : QJsonObject{{"id", 999999}, {"version", 1}};
    }
    /// The first row's id of a method that lists without paging params (hr.department.list).
    qint64 firstOf(const QString& method)
    {
        const QJsonArray rows = call(method).toObject().value(QStringLiteral("rows")).toArray();
        return rows.isEmpty() ? 0 : rows.first().toObject().value(QStringLiteral("id")).toInteger();
    }
    qint64 productId() { return firstId("inventory.product.list"); }
    qint64 warehouseId() { return firstId("inventory.warehouse.list"); }
    qint64 customerId() { return firstId("crm.customer.list"); }
    qint64 supplierId() { return firstId("purchasing.supplier.list"); }
    qint64 userId(const QString& name) { return firstId("admin.user.list", {{"search", name}}); }
    QString unique(const char* prefix) { return QStringLiteral("%1%2").arg(prefix).arg(++m_n); }

    qint64 newCustomer()
    {
        return call("crm.customer.create",
                    {{"name", unique("走查客户")}, {"allow_duplicates", true}})
            .toObject()
            .value(QStringLiteral("id"))
            .toInteger();
    }
    qint64 newProduct()
    {
        return call("inventory.product.create",
                    {{"sku", unique("WALK-")}, {"name", "Walk"}, {"cost", "3.00"}})
            .toObject()
            .value(QStringLiteral("id"))
            .toInteger();
    }
    /// A count in a warehouse of its own (one open count per warehouse) holding the product.
    QJsonObject newCount()
    {
        const qint64 warehouse =
            call("inventory.warehouse.create", {{"code", unique("C")}, {"name", "Count warehouse"}})
                .toObject()
                .value(QStringLiteral("id"))
                .toInteger();
        call("inventory.stock.adjust", {{"product_id", productId()},
                                        {"warehouse_id", warehouse},
                                        {"qty", "2.000"},
                                        {"reason", "count walk"}});
        const QJsonObject c =
            call("inventory.count.create", {{"warehouse_id", warehouse}}).toObject();
        return {{"id", c.value(QStringLiteral("id"))},
                {"version", c.value(QStringLiteral("version"))}};
    }
    QJsonObject newPurchaseOrder()
    {
        const QJsonObject o =
            call(
                "purchasing.order.create",
                {{"supplier_id", supplierId()},
                 {"warehouse_id", warehouseId()},
                 {"lines", QJsonArray{QJsonObject{{"product_id", productId()}, {"qty", "2.000"}}}}})
                .toObject();
        return {{"id", o.value(QStringLiteral("id"))},
                {"version", o.value(QStringLiteral("version"))}};
    }
    QJsonObject purchaseOrderIn(const char* action)
    {
        QJsonObject o = newPurchaseOrder();
        if (qstrcmp(action, "send") == 0)
            return o;
        o = call("purchasing.order.send", o).toObject();
        o = {{"id", o.value(QStringLiteral("id"))},
             {"version", o.value(QStringLiteral("version"))}};
        if (qstrcmp(action, "confirm") == 0)
            return o;
        o = call("purchasing.order.confirm", o).toObject();
        return {{"id", o.value(QStringLiteral("id"))},
                {"version", o.value(QStringLiteral("version"))}};
    }

private:
    ServerTest& m_t;
    Session m_admin;
    int m_n = 0;
};

using Sample = std::function<QJsonObject(Walk&)>;

/// Sample params for every method of the registry. A method without an entry fails the walk:
/// a new method cannot escape the check.
QHash<QString, Sample> samples()
{
    auto fixed = [](QJsonObject p) { return [p](Walk&) { return p; }; };
    QHash<QString, Sample> s;
    // system, auth
    s["system.ping"] = fixed({});
    s["system.info"] = fixed({});
    s["rpc.discover"] = fixed({});
    s["auth.login"] = fixed({{"username", "nobody"}, {"password", "wrong-password"}});
    s["auth.resume"] = fixed({{"token", "not-a-token"}});
    s["auth.logout"] = fixed({});
    s["auth.change_password"] =
        fixed({{"old_password", "wrong-password"}, {"new_password", "another-pass-1"}});
    // admin
    s["admin.user.list"] = fixed({});
    s["admin.user.get"] = [](Walk& w) { return QJsonObject{{"id", w.userId("zhao.min")}}; };
    s["admin.user.create"] = [](Walk& w) {
        return QJsonObject{{"username", w.unique("walk.u")},
                           {"password", "password-123"},
                           {"roles", QJsonArray{"hr"}}};
    };
    s["admin.user.update"] = [](Walk& w) {
        QJsonObject p = w.idVersion("admin.user.get", w.userId("zhao.min"));
        p.insert("full_name", "赵敏");
        return p;
    };
    s["admin.user.set_password"] = [](Walk& w) {
        return QJsonObject{{"id", w.userId("liu.yang")}, {"password", "password-456"}};
    };
    s["admin.user.unlock"] = [](Walk& w) { return QJsonObject{{"id", w.userId("liu.yang")}}; };
    s["admin.role.list"] = fixed({});
    s["admin.role.get"] = [](Walk& w) {
        return QJsonObject{{"id", w.firstId("admin.role.list", {{"search", "purchasing"}})}};
    };
    s["admin.role.create"] = [](Walk& w) {
        return QJsonObject{{"name", w.unique("walk_role_")}, {"permissions", QJsonArray{"hr.*"}}};
    };
    s["admin.role.update"] = [](Walk& w) {
        QJsonObject p =
            w.idVersion("admin.role.get", w.firstId("admin.role.list", {{"search", "accountant"}}));
        p.insert("description", "Finance");
        return p;
    };
    s["admin.role.delete"] = [](Walk& w) {
        const QJsonObject r =
            w.call("admin.role.create", {{"name", w.unique("walk_gone_")}}).toObject();
        return QJsonObject{{"id", r.value("id")}, {"version", r.value("version")}};
    };
    s["admin.role.permissions"] = fixed({});
    s["admin.audit.list"] = fixed({{"limit", 200}});
    s["admin.backup.run"] = fixed({}); // no --backup in tests: -32030, nothing written
    s["admin.backup.list"] = fixed({});
    s["admin.company.get"] = fixed({});
    s["admin.company.update"] = [](Walk& w) {
        const QJsonObject company = w.call("admin.company.get").toObject();
        return QJsonObject{{"version", company.value("version")}, {"phone", "0755-88886666"}};
    };
    s["admin.module.list"] = fixed({});
    s["admin.module.set"] = fixed({{"name", "mail"}, {"enabled", true}});
    // finance: drafts and entries of the walk's admin; the books carry amounts, never a cost.
    auto voucher = [](Walk& w, bool post) {
        const QJsonObject e =
            w.call(
                 "finance.entry.create",
                 {{"post", post},
                  {"lines", QJsonArray{QJsonObject{{"account_code", "1002"}, {"debit", "1.00"}},
                                       QJsonObject{{"account_code", "3001"}, {"credit", "1.00"}}}}})
                .toObject();
        return QJsonObject{{"id", e.value("id")}, {"version", e.value("version")}};
    };
    s["finance.company.get"] = fixed({});
    s["finance.company.update"] = [](Walk& w) {
        return QJsonObject{{"version", w.call("finance.company.get").toObject().value("version")},
                           {"reversal_style", "storno"}};
    };
    s["finance.account.list"] = fixed({});
    s["finance.account.get"] = [](Walk& w) {
        return QJsonObject{{"id", w.firstId("finance.account.list")}};
    };
    s["finance.account.create"] = [](Walk& w) {
        return QJsonObject{{"code", w.unique("Z")}, {"name", "Walk"}, {"type", "expense"}};
    };
    s["finance.account.update"] = [](Walk& w) {
        QJsonObject p = w.idVersion("finance.account.get", w.firstId("finance.account.list"));
        p.insert("name_en", "Cash on hand");
        return p;
    };
    s["finance.entry.create"] =
        fixed({{"lines", QJsonArray{QJsonObject{{"account_code", "1002"}, {"debit", "2.00"}},
                                    QJsonObject{{"account_code", "3001"}, {"credit", "2.00"}}}}});
    s["finance.entry.update"] = [voucher](Walk& w) {
        QJsonObject p = voucher(w, false);
        p.insert("description", "walk");
        return p;
    };
    s["finance.entry.discard"] = [voucher](Walk& w) { return voucher(w, false); };
    s["finance.entry.post"] = [voucher](Walk& w) { return voucher(w, false); };
    s["finance.entry.reverse"] = [voucher](Walk& w) { return voucher(w, true); };
    s["finance.entry.get"] = [](Walk& w) {
        return QJsonObject{{"id", w.firstId("finance.entry.list")}};
    };
    s["finance.entry.list"] = fixed({});
    s["finance.entry.for_source"] = [](Walk& w) {
        return QJsonObject{{"source_type", "purchase_order"},
                           {"source_id", w.firstId("purchasing.order.list")}};
    };
    s["finance.period.list"] = fixed({});
    s["finance.period.close"] = fixed({{"period", "2001-01"}});
    s["finance.period.reopen"] = fixed({{"period", "2001-01"}, {"reason", "walk"}});
    s["finance.report.trial_balance"] = fixed({});
    s["finance.report.ledger"] = fixed({{"account_code", "1405"}});
    s["finance.report.journal"] = fixed({{"limit", 1000}});
    s["finance.check"] = fixed({});
    s["finance.report.balance_sheet"] = fixed({});
    s["finance.report.income_statement"] = fixed({});
    s["finance.report.vat"] = fixed({});
    s["finance.vat.transfer"] = fixed({{"period", "2001-01"}});
    // finance invoices and payments: drafts, invoices and payments of the walk's admin.
    auto invoice = [](Walk& w, bool post) {
        const QJsonObject i = w.call("finance.invoice.create",
                                     {{"customer_id", w.customerId()},
                                      {"post", post},
                                      {"lines", QJsonArray{QJsonObject{{"description", "walk"},
                                                                       {"qty", "1"},
                                                                       {"unit_price", "10.00"},
                                                                       {"tax_rate", "13.00"}}}}})
                                  .toObject();
        return QJsonObject{{"id", i.value("id")}, {"version", i.value("version")}};
    };
    auto payment = [invoice](Walk& w, bool applied) {
        const QJsonObject i = invoice(w, true);
        QJsonObject p{
            {"partner_type", "customer"}, {"partner_id", w.customerId()}, {"amount", "1.00"}};
        if (applied)
            p.insert("allocations",
                     QJsonArray{QJsonObject{{"invoice_id", i.value("id")}, {"amount", "1.00"}}});
        return w.call("finance.payment.create", p).toObject();
    };
    s["finance.invoice.create"] = [](Walk& w) {
        return QJsonObject{{"customer_id", w.customerId()},
                           {"lines", QJsonArray{QJsonObject{{"description", "walk"},
                                                            {"qty", "1"},
                                                            {"unit_price", "10.00"},
                                                            {"tax_rate", "13.00"}}}}};
    };
    s["finance.invoice.update"] = [invoice](Walk& w) {
        QJsonObject p = invoice(w, false);
        p.insert("notes", "walk");
        return p;
    };
    s["finance.invoice.get"] = [invoice](Walk& w) {
        return QJsonObject{{"id", invoice(w, false).value("id")}};
    };
    s["finance.invoice.list"] = fixed({});
    s["finance.invoice.post"] = [invoice](Walk& w) { return invoice(w, false); };
    s["finance.invoice.cancel"] = [invoice](Walk& w) { return invoice(w, false); };
    s["finance.invoice.credit"] = [invoice](Walk& w) { return invoice(w, true); };
    s["finance.payment.create"] = [](Walk& w) {
        return QJsonObject{
            {"partner_type", "customer"}, {"partner_id", w.customerId()}, {"amount", "1.00"}};
    };
    s["finance.payment.apply"] = [invoice, payment](Walk& w) {
        const QJsonObject p = payment(w, false);
        const QJsonObject i = invoice(w, true);
        return QJsonObject{{"id", p.value("id")},
                           {"version", p.value("version")},
                           {"allocations", QJsonArray{QJsonObject{{"invoice_id", i.value("id")},
                                                                  {"amount", "1.00"}}}}};
    };
    s["finance.payment.unapply"] = [payment](Walk& w) {
        const QJsonObject p = payment(w, true);
        return QJsonObject{
            {"id", p.value("id")},
            {"version", p.value("version")},
            {"allocation_id", p.value("allocations").toArray().at(0).toObject().value("id")}};
    };
    s["finance.payment.get"] = [payment](Walk& w) {
        return QJsonObject{{"id", payment(w, false).value("id")}};
    };
    s["finance.payment.list"] = fixed({});
    s["finance.report.aging"] = fixed({{"kind", "receivable"}});
    s["finance.report.statement"] = [](Walk& w) {
        return QJsonObject{{"customer_id", w.customerId()}};
    };
    // finance bills: free drafts of the walk's admin, and one awaiting approval (a quantity
    // billed before it is received).
    auto bill = [](Walk& w, bool post) {
        QJsonObject b = w.call("finance.bill.create",
                               {{"supplier_id", w.supplierId()},
                                {"lines", QJsonArray{QJsonObject{{"description", "walk"},
                                                                 {"qty", "1"},
                                                                 {"unit_price", "10.00"},
                                                                 {"tax_rate", "13.00"}}}}})
                            .toObject();
        if (post)
            b = w.call("finance.bill.post",
                       {{"id", b.value("id")}, {"version", b.value("version")}})
                    .toObject();
        return QJsonObject{{"id", b.value("id")}, {"version", b.value("version")}};
    };
    s["finance.bill.create"] = [](Walk& w) {
        return QJsonObject{{"supplier_id", w.supplierId()},
                           {"lines", QJsonArray{QJsonObject{{"description", "walk"},
                                                            {"qty", "1"},
                                                            {"unit_price", "10.00"},
                                                            {"tax_rate", "13.00"}}}}};
    };
    s["finance.bill.update"] = [bill](Walk& w) {
        QJsonObject p = bill(w, false);
        p.insert("notes", "walk");
        return p;
    };
    s["finance.bill.get"] = [bill](Walk& w) {
        return QJsonObject{{"id", bill(w, false).value("id")}};
    };
    s["finance.bill.list"] = fixed({});
    s["finance.bill.post"] = [bill](Walk& w) { return bill(w, false); };
    s["finance.bill.cancel"] = [bill](Walk& w) {
        QJsonObject p = bill(w, true);
        p.insert("reason", "walk");
        return p;
    };
    s["finance.bill.approve"] = [](Walk& w) {
        // An order in the base currency, confirmed, nothing received yet.
        const qint64 supplier =
            w.call("purchasing.supplier.create", {{"name", w.unique("走查供应商")}})
                .toObject()
                .value("id")
                .toInteger();
        QJsonObject po =
            w.call(
                 "purchasing.order.create",
                 {{"supplier_id", supplier},
                  {"warehouse_id", w.warehouseId()},
                  {"lines", QJsonArray{QJsonObject{{"product_id", w.productId()}, {"qty", "2"}}}}})
                .toObject();
        po = w.call("purchasing.order.send",
                    {{"id", po.value("id")}, {"version", po.value("version")}})
                 .toObject();
        po = w.call("purchasing.order.confirm",
                    {{"id", po.value("id")}, {"version", po.value("version")}})
                 .toObject();
        const qint64 line = po.value("lines").toArray().at(0).toObject().value("id").toInteger();
        const QJsonObject b =
            w.call("finance.bill.create",
                   {{"purchase_order_id", po.value("id")},
                    {"lines",
                     QJsonArray{QJsonObject{{"purchase_order_line_id", line}, {"qty", "1"}}}}})
                .toObject();
        return QJsonObject{{"id", b.value("id")}, {"version", b.value("version")}};
    };
    // platform.import: a job of the walk's admin (unknown to other callers), with the product's
    // cost in a row (refused without inventory.cost, naming the field).
    s["platform.import.entities"] = fixed({});
    s["platform.import.start"] = fixed({{"entity", "inventory.product"}});
    s["platform.import.append"] = [](Walk& w) {
        const QJsonValue job = w.call("platform.import.start", {{"entity", "inventory.product"}})
                                   .toObject()
                                   .value("job");
        const QJsonObject values{{"sku", w.unique("WALK-IMP-")},
                                 {"name", "Walk import"},
                                 {"list_price", "9.90"},
                                 {"cost", "4.20"}};
        return QJsonObject{{"job", job}, {"rows", QJsonArray{QJsonObject{{"values", values}}}}};
    };
    for (const char* method : {"platform.import.commit", "platform.import.cancel"})
        s[method] = [](Walk& w) {
            return QJsonObject{
                {"job", w.call("platform.import.start", {{"entity", "inventory.product"}})
                            .toObject()
                            .value("job")}};
        };
    // crm
    s["crm.customer.list"] = fixed({});
    s["crm.customer.get"] = [](Walk& w) { return QJsonObject{{"id", w.customerId()}}; };
    s["crm.customer.create"] = [](Walk& w) {
        return QJsonObject{{"name", w.unique("走查新客户")}, {"allow_duplicates", true}};
    };
    s["crm.customer.update"] = [](Walk& w) {
        QJsonObject p = w.idVersion("crm.customer.get", w.customerId());
        p.insert("notes", "walked");
        return p;
    };
    s["crm.customer.archive"] = [](Walk& w) {
        return w.idVersion("crm.customer.get", w.newCustomer());
    };
    s["crm.customer.restore"] = [](Walk& w) {
        const QJsonObject c =
            w.call("crm.customer.archive", w.idVersion("crm.customer.get", w.newCustomer()))
                .toObject();
        return QJsonObject{{"id", c.value("id")}, {"version", c.value("version")}};
    };
    s["crm.customer.merge"] = [](Walk& w) {
        return QJsonObject{{"survivor_id", w.newCustomer()}, {"duplicate_id", w.newCustomer()}};
    };
    s["crm.customer.duplicates"] = fixed({{"name", "上海"}});
    s["crm.customer.import"] = [](Walk& w) {
        return QJsonObject{{"rows", QJsonArray{QJsonObject{{"name", w.unique("导入客户")}}}},
                           {"dry_run", true}};
    };
    s["crm.customer.export"] = fixed({{"format", "csv"}});
    // crm pipeline (demo leads, opportunities, activities)
    auto openOpp = [](Walk& w) {
        const qint64 id =
            w.firstId("crm.opportunity.list", {{"filter", QJsonObject{{"state", "open"}}}});
        return w.idVersion("crm.opportunity.get", id);
    };
    auto newLead = [](Walk& w) {
        const QJsonObject l =
            w.call("crm.lead.create", {{"name", w.unique("走查线索")}}).toObject();
        return QJsonObject{{"id", l.value("id")}, {"version", l.value("version")}};
    };
    auto stageId = [](Walk& w, int index) {
        return w.call("crm.stage.list")
            .toObject()
            .value("rows")
            .toArray()
            .at(index)
            .toObject()
            .value("id");
    };
    s["crm.stage.list"] = fixed({});
    s["crm.stage.create"] = [](Walk& w) {
        return QJsonObject{{"name", w.unique("阶段")}, {"active", false}};
    };
    s["crm.stage.update"] = [](Walk& w) {
        const QJsonObject st =
            w.call("crm.stage.list").toObject().value("rows").toArray().first().toObject();
        return QJsonObject{
            {"id", st.value("id")}, {"version", st.value("version")}, {"probability", 10}};
    };
    s["crm.lost_reason.list"] = fixed({});
    s["crm.lost_reason.create"] = [](Walk& w) { return QJsonObject{{"name", w.unique("原因")}}; };
    s["crm.lost_reason.update"] = [](Walk& w) {
        const QJsonObject r =
            w.call("crm.lost_reason.list").toObject().value("rows").toArray().first().toObject();
        return QJsonObject{{"id", r.value("id")}, {"version", r.value("version")}, {"position", 5}};
    };
    s["crm.rule.list"] = fixed({});
    s["crm.rule.create"] = fixed(
        {{"name", "walk"}, {"event", "lead_created"}, {"action", "assign"}, {"active", false}});
    s["crm.rule.update"] = [](Walk& w) {
        const QJsonObject r =
            w.call("crm.rule.list").toObject().value("rows").toArray().first().toObject();
        return QJsonObject{
            {"id", r.value("id")}, {"version", r.value("version")}, {"name", r.value("name")}};
    };
    s["crm.lead.list"] = fixed({});
    s["crm.lead.get"] = [](Walk& w) { return QJsonObject{{"id", w.firstId("crm.lead.list")}}; };
    s["crm.lead.create"] = [](Walk& w) { return QJsonObject{{"name", w.unique("走查新线索")}}; };
    s["crm.lead.update"] = [newLead](Walk& w) {
        QJsonObject p = newLead(w);
        p.insert("notes", "walked");
        return p;
    };
    s["crm.lead.qualify"] = newLead;
    s["crm.lead.convert"] = [newLead](Walk& w) {
        QJsonObject p = newLead(w);
        p.insert("customer_id", w.customerId());
        return p;
    };
    s["crm.lead.lose"] = [newLead](Walk& w) {
        QJsonObject p = newLead(w);
        p.insert("reason_id", w.call("crm.lost_reason.list")
                                  .toObject()
                                  .value("rows")
                                  .toArray()
                                  .first()
                                  .toObject()
                                  .value("id"));
        return p;
    };
    s["crm.lead.export"] = fixed({{"format", "csv"}});
    s["crm.opportunity.list"] = fixed({});
    s["crm.opportunity.get"] = [](Walk& w) {
        return QJsonObject{{"id", w.firstId("crm.opportunity.list")}};
    };
    s["crm.opportunity.create"] = [](Walk& w) {
        return QJsonObject{
            {"title", w.unique("走查商机")},
            {"customer_id", w.customerId()},
            {"amount", "100.00"},
            {"products", QJsonArray{QJsonObject{{"product_id", w.productId()}, {"qty", "1"}}}}};
    };
    s["crm.opportunity.update"] = [openOpp](Walk& w) {
        QJsonObject p = openOpp(w);
        p.insert("notes", "walked");
        return p;
    };
    s["crm.opportunity.move"] = [openOpp, stageId](Walk& w) {
        QJsonObject p = openOpp(w);
        p.insert("stage_id", stageId(w, 2));
        return p;
    };
    s["crm.opportunity.win"] = openOpp;
    s["crm.opportunity.lose"] = [openOpp](Walk& w) {
        QJsonObject p = openOpp(w);
        p.insert("reason_id", w.call("crm.lost_reason.list")
                                  .toObject()
                                  .value("rows")
                                  .toArray()
                                  .first()
                                  .toObject()
                                  .value("id"));
        return p;
    };
    s["crm.opportunity.export"] = fixed({{"format", "csv"}});
    s["crm.activity.list"] = fixed({});
    s["crm.activity.mine"] = fixed({});
    s["crm.activity.get"] = [](Walk& w) {
        return QJsonObject{{"id", w.firstId("crm.activity.list")}};
    };
    s["crm.activity.create"] =
        fixed({{"kind", "call"}, {"subject", "walk"}, {"due_at", "2026-12-01"}});
    s["crm.activity.update"] = [](Walk& w) {
        QJsonObject p = w.idVersion("crm.activity.get", w.firstId("crm.activity.list"));
        p.insert("notes", "walked");
        return p;
    };
    s["crm.activity.complete"] = [](Walk& w) {
        return w.idVersion("crm.activity.get", w.firstId("crm.activity.list"));
    };
    s["crm.pipeline.summary"] = fixed({});
    s["crm.forecast"] = fixed({});
    s["crm.customer.timeline"] = [](Walk& w) {
        return QJsonObject{{"customer_id", w.customerId()}};
    };
    // inventory
    s["inventory.product.list"] = fixed({{"limit", 500}});
    s["inventory.product.get"] = [](Walk& w) { return QJsonObject{{"id", w.productId()}}; };
    s["inventory.product.create"] = [](Walk& w) {
        return QJsonObject{{"sku", w.unique("WALKNEW-")}, {"name", "Walk new"}};
    };
    s["inventory.product.update"] = [](Walk& w) {
        QJsonObject p = w.idVersion("inventory.product.get", w.productId());
        p.insert("description", "walked");
        return p;
    };
    s["inventory.product.archive"] = [](Walk& w) {
        return w.idVersion("inventory.product.get", w.newProduct());
    };
    s["inventory.warehouse.list"] = fixed({});
    s["inventory.warehouse.get"] = [](Walk& w) { return QJsonObject{{"id", w.warehouseId()}}; };
    s["inventory.warehouse.create"] = [](Walk& w) {
        return QJsonObject{{"code", w.unique("W")}, {"name", "Walk warehouse"}};
    };
    s["inventory.warehouse.update"] = [](Walk& w) {
        QJsonObject p = w.idVersion("inventory.warehouse.get", w.warehouseId());
        p.insert("address", "walked");
        return p;
    };
    s["inventory.stock.levels"] = fixed({{"limit", 500}});
    s["inventory.stock.moves"] = fixed({{"limit", 500}});
    s["inventory.stock.adjust"] = [](Walk& w) {
        return QJsonObject{{"product_id", w.productId()},
                           {"warehouse_id", w.warehouseId()},
                           {"qty", "1.000"},
                           {"reason", "walk"}};
    };
    s["inventory.stock.transfer"] = [](Walk& w) {
        const QJsonArray ws = w.call("inventory.warehouse.list").toObject().value("rows").toArray();
        return QJsonObject{{"product_id", w.productId()},
                           {"from_warehouse_id", ws.first().toObject().value("id")},
                           {"to_warehouse_id", ws.last().toObject().value("id")},
                           {"qty", "1.000"}};
    };
    s["inventory.stock.check"] = fixed({});
    s["inventory.stock.low"] = fixed({{"limit", 500}});
    s["inventory.count.create"] = [](Walk& w) {
        const QJsonObject c = w.newCount(); // its warehouse, free again once cancelled
        const QJsonObject got = w.call("inventory.count.get", {{"id", c.value("id")}}).toObject();
        w.call("inventory.count.cancel", c);
        return QJsonObject{{"warehouse_id", got.value("warehouse_id")}};
    };
    s["inventory.count.get"] = [](Walk& w) {
        return QJsonObject{{"id", w.newCount().value("id")}};
    };
    s["inventory.count.list"] = fixed({});
    s["inventory.count.set"] = [](Walk& w) {
        QJsonObject p = w.newCount();
        const QJsonObject c = w.call("inventory.count.get", {{"id", p.value("id")}}).toObject();
        QJsonArray lines;
        for (const QJsonValue& l : c.value("lines").toArray()) {
            lines.append(QJsonObject{{"product_id", l.toObject().value("product_id")},
                                     {"location_id", l.toObject().value("location_id")},
                                     {"counted_qty", "1.000"}});
            break;
        }
        p.insert("lines", lines);
        return p;
    };
    s["inventory.count.post"] = [](Walk& w) { return w.newCount(); };
    s["inventory.count.cancel"] = [](Walk& w) { return w.newCount(); };
    // purchasing
    s["purchasing.supplier.list"] = fixed({});
    s["purchasing.supplier.get"] = [](Walk& w) { return QJsonObject{{"id", w.supplierId()}}; };
    s["purchasing.supplier.create"] = [](Walk& w) {
        return QJsonObject{{"code", w.unique("WS")}, {"name", "Walk supplier"}};
    };
    s["purchasing.supplier.update"] = [](Walk& w) {
        QJsonObject p = w.idVersion("purchasing.supplier.get", w.supplierId());
        p.insert("notes", "walked");
        return p;
    };
    s["purchasing.supplier.archive"] = [](Walk& w) {
        const QJsonObject sup =
            w.call("purchasing.supplier.create", {{"code", w.unique("WX")}, {"name", "Gone"}})
                .toObject();
        return QJsonObject{{"id", sup.value("id")}, {"version", sup.value("version")}};
    };
    s["purchasing.order.list"] = fixed({});
    s["purchasing.order.get"] = [](Walk& w) {
        return QJsonObject{{"id", w.newPurchaseOrder().value("id")}};
    };
    s["purchasing.order.create"] = [](Walk& w) {
        return QJsonObject{
            {"supplier_id", w.supplierId()},
            {"warehouse_id", w.warehouseId()},
            {"lines", QJsonArray{QJsonObject{{"product_id", w.productId()}, {"qty", "1.000"}}}}};
    };
    s["purchasing.order.update"] = [](Walk& w) {
        QJsonObject p = w.newPurchaseOrder();
        p.insert("notes", "walked");
        return p;
    };
    s["purchasing.order.send"] = [](Walk& w) { return w.purchaseOrderIn("send"); };
    s["purchasing.order.confirm"] = [](Walk& w) { return w.purchaseOrderIn("confirm"); };
    s["purchasing.order.cancel"] = [](Walk& w) { return w.newPurchaseOrder(); };
    s["purchasing.order.receive"] = [](Walk& w) { return w.purchaseOrderIn("receive"); };
    s["purchasing.replenishment.propose"] = fixed({});
    s["purchasing.replenishment.create"] = fixed({{"all", true}});
    // sales
    s["sales.order.list"] = fixed({{"limit", 500}});
    s["sales.order.get"] = [](Walk& w) {
        return QJsonObject{{"id", w.order("submitted").value("id")}};
    };
    s["sales.order.create"] = [](Walk& w) {
        return QJsonObject{
            {"customer_id", w.customerId()},
            {"lines", QJsonArray{QJsonObject{{"product_id", w.productId()}, {"qty", "1.000"}}}}};
    };
    s["sales.order.update"] = [](Walk& w) {
        QJsonObject p = w.order("draft");
        p.insert("notes", "walked");
        return p;
    };
    s["sales.order.submit"] = [](Walk& w) { return w.order("draft"); };
    s["sales.order.approve"] = [](Walk& w) { return w.order("submitted"); };
    s["sales.order.reject"] = [](Walk& w) {
        QJsonObject p = w.order("submitted");
        p.insert("reason", "walk");
        return p;
    };
    s["sales.order.allocate"] = [](Walk& w) { return w.order("approved"); };
    s["sales.order.pick"] = [](Walk& w) { return w.order("allocated"); };
    s["sales.order.ship"] = [](Walk& w) { return w.order("picking"); };
    s["sales.order.deliver"] = [](Walk& w) { return w.order("shipped"); };
    s["sales.order.complete"] = [](Walk& w) { return w.order("delivered"); };
    s["sales.order.cancel"] = [](Walk& w) { return w.order("draft"); };
    s["sales.order.return"] = [](Walk& w) {
        QJsonObject p = w.order("completed");
        const QJsonObject o = w.call("sales.order.get", {{"id", p.value("id")}}).toObject();
        const QJsonObject line = o.value("lines").toArray().first().toObject();
        p.insert("lines",
                 QJsonArray{QJsonObject{
                     {"line_id", line.value("id")}, {"qty", "1.000"}, {"disposition", "restock"}}});
        return p;
    };
    s["sales.order.import"] = [](Walk& w) {
        const QJsonObject c = w.call("crm.customer.get", {{"id", w.customerId()}}).toObject();
        const QJsonObject p = w.call("inventory.product.get", {{"id", w.productId()}}).toObject();
        return QJsonObject{{"format", "json"},
                           {"dry_run", true},
                           {"data", QJsonArray{QJsonObject{{"external_ref", w.unique("WALK-REF-")},
                                                           {"channel", "web"},
                                                           {"customer_code", c.value("code")},
                                                           {"sku", p.value("sku")},
                                                           {"qty", "1"},
                                                           {"unit_price", "0.01"}}}}};
    };
    s["sales.report.metrics"] = fixed({});
    // hr
    s["hr.employee.list"] = fixed({{"limit", 500}});
    s["hr.employee.get"] = [](Walk& w) {
        return QJsonObject{{"id", w.firstId("hr.employee.list")}};
    };
    s["hr.employee.create"] = [](Walk& w) {
        return QJsonObject{{"name", w.unique("走查员工")}, {"hire_date", "2025-06-01"}};
    };
    s["hr.employee.update"] = [](Walk& w) {
        QJsonObject p = w.idVersion("hr.employee.get", w.firstId("hr.employee.list"));
        p.insert("address", w.unique("上海市走查路"));
        return p;
    };
    s["hr.employee.archive"] = [](Walk& w) {
        const QJsonObject e = w.call("hr.employee.create", {{"name", w.unique("离职员工")},
                                                            {"hire_date", "2024-01-01"},
                                                            {"status", "left"},
                                                            {"leave_date", "2025-01-01"},
                                                            {"leave_reason", "walk"}})
                                  .toObject();
        return QJsonObject{{"id", e.value("id")}, {"version", e.value("version")}};
    };
    s["hr.employee.contracts_expiring"] = fixed({{"days", 365}});
    s["hr.employee.export"] = fixed({{"format", "csv"}});
    s["hr.department.list"] = fixed({{"archived", true}});
    s["hr.department.get"] = [](Walk& w) {
        return QJsonObject{{"id", w.firstOf("hr.department.list")}};
    };
    s["hr.department.create"] = [](Walk& w) { return QJsonObject{{"name", w.unique("走查部门")}}; };
    s["hr.department.update"] = [](Walk& w) {
        QJsonObject p = w.idVersion("hr.department.get", w.firstOf("hr.department.list"));
        p.insert("notes", w.unique("walk "));
        return p;
    };
    s["hr.department.archive"] = [](Walk& w) {
        const QJsonObject d =
            w.call("hr.department.create", {{"name", w.unique("待归档部门")}}).toObject();
        return QJsonObject{{"id", d.value("id")}, {"version", d.value("version")}};
    };
    s["hr.department.delete"] = [](Walk& w) {
        const QJsonObject d =
            w.call("hr.department.create", {{"name", w.unique("待删除部门")}}).toObject();
        return QJsonObject{{"id", d.value("id")}, {"version", d.value("version")}};
    };
    s["hr.position.list"] = fixed({});
    s["hr.position.get"] = [](Walk& w) {
        return QJsonObject{{"id", w.firstOf("hr.position.list")}};
    };
    s["hr.position.create"] = [](Walk& w) {
        return QJsonObject{{"title", w.unique("走查岗位")},
                           {"department_id", w.firstOf("hr.department.list")}};
    };
    s["hr.position.update"] = [](Walk& w) {
        QJsonObject p = w.idVersion("hr.position.get", w.firstOf("hr.position.list"));
        p.insert("notes", w.unique("walk "));
        return p;
    };
    s["hr.position.archive"] = [](Walk& w) {
        const QJsonObject p =
            w.call("hr.position.create", {{"title", w.unique("待归档岗位")},
                                          {"department_id", w.firstOf("hr.department.list")}})
                .toObject();
        return QJsonObject{{"id", p.value("id")}, {"version", p.value("version")}};
    };
    s["hr.orgchart"] = fixed({});
    // mail
    s["mail.outbox.list"] = fixed({});
    s["mail.outbox.get"] = [](Walk& w) {
        return QJsonObject{{"id", qMax<qint64>(1, w.firstId("mail.outbox.list"))}};
    };
    s["mail.outbox.retry"] = [](Walk& w) {
        const qint64 id = qMax<qint64>(1, w.firstId("mail.outbox.list"));
        return QJsonObject{{"id", id}, {"version", 1}};
    };
    return s;
}

/// What a caller lacking inventory.cost must never see: the product's cost anywhere, and the
/// protected keys of every entity the method declares it carries.
QStringList forbiddenKeys(ServerTest& t, const Rpc::MethodSpec& spec, const Session& s)
{
    QStringList keys = t.core().registry().access().hiddenKeys(
        s.identity.grants, {QStringLiteral("inventory.product")});
    // Every hr method, whatever it declares, leaves out the employee's private fields (other
    // modules' records may have keys of the same name, e.g. the company's bank_account).
    if (spec.name.startsWith(QLatin1String("hr.")))
        for (const QString& k : t.core().registry().access().hiddenKeys(
                 s.identity.grants, {QStringLiteral("hr.employee")}))
            if (!keys.contains(k))
                keys.append(k);
    for (const QString& k :
         t.core().registry().access().hiddenKeys(s.identity.grants, spec.carried))
        if (!keys.contains(k))
            keys.append(k);
    return keys;
}

/// Column names of a CSV export's header line.
QStringList csvHeader(const QJsonObject& exportResult)
{
    QByteArray content =
        QByteArray::fromBase64(exportResult.value("content_base64").toString().toLatin1());
    if (content.startsWith("\xEF\xBB\xBF"))
        content.remove(0, 3);
    const QString header = QString::fromUtf8(content.left(content.indexOf('\n'))).trimmed();
    QStringList out;
    for (const QString& c : header.split(QLatin1Char(',')))
        out.append(c.trimmed().remove(QLatin1Char('"')).toLower());
    return out;
}

} // namespace

class TestFieldPermissions final : public QObject
{
    Q_OBJECT
private slots:
    void everyMethodHidesCostFromCallersWithoutIt()
    {
        ServerTest t(QStringLiteral("fp_walk"), true);
        Walk w(t);
        // A sales clerk, and a role with everything but the cost.
        Session sales = t.login(QStringLiteral("li.na"), QStringLiteral("demo1234"));
        QVERIFY(!sales.identity.grants.contains(QStringLiteral("inventory.cost")));
        w.call("admin.role.create",
               {{"name", "nocost"}, {"permissions", QJsonArray{"*", "!inventory.cost"}}});
        Session nocost = t.userWithRoles(QStringLiteral("walk.nocost"), {QStringLiteral("nocost")});
        // A role with everything but HR's private fields (ID number, pay, bank, deductions).
        w.call("admin.role.create",
               {{"name", "noprivate"}, {"permissions", QJsonArray{"*", "!hr.private"}}});
        Session noprivate =
            t.userWithRoles(QStringLiteral("walk.noprivate"), {QStringLiteral("noprivate")});

        const QHash<QString, Sample> table = samples();
        QStringList missing;
        for (const Rpc::MethodSpec* m : t.core().registry().methods())
            if (!table.contains(m->name))
                missing.append(m->name);
        QVERIFY2(missing.isEmpty(),
                 qPrintable(QStringLiteral("no sample params for: ") + missing.join(", ")));

        QStringList leaks;
        QHash<QString, int> succeeded;
        for (Session* who : {&sales, &nocost, &noprivate}) {
            for (const Rpc::MethodSpec* m : t.core().registry().methods()) {
                QJsonObject params;
                try {
                    params = table.value(m->name)(w);
                } catch (const Rpc::Error& e) {
                    QFAIL(qPrintable(QStringLiteral("sample of %1: %2").arg(m->name, e.message)));
                }
                Session s = *who; // logins and logouts in the walk stay in the copy
                Rpc::Error e;
                const int code = t.callCode(s, m->name, params, &e);
                const QString where = who->identity.username + QLatin1Char(' ') + m->name;
                if (code == 0)
                    ++succeeded[who->identity.username];
                const QStringList keys = forbiddenKeys(t, *m, s.identity.isLoggedIn() ? s : *who);
                QStringList hits;
                // rpc.discover's schemas name the fields (and x-protected-fields which are
                // protected); they carry no value of any record.
                if (m->name != QLatin1String("rpc.discover"))
                    findKeys(e.data, keys, where, hits);
                for (const Rpc::ChangeEvent& c : s.changes) // as RpcServer broadcasts them
                    findKeys(QJsonObject{{"entity", c.entity},
                                         {"id", c.id},
                                         {"version", c.version},
                                         {"by", c.by}},
                             keys, where + QStringLiteral(" event.changed"), hits);
                if (code == 0 && e.data.toObject().contains("content_base64"))
                    for (const QString& column : csvHeader(e.data.toObject()))
                        if (keys.contains(column) || column == QLatin1String("cost"))
                            hits.append(where + QStringLiteral(" export column ") + column);
                leaks += hits;
            }
        }
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join('\n')));
        // Most calls really ran (not only refused): the role with everything but the cost, and
        // the sales clerk's CRM, order and product reads.
        QVERIFY2(succeeded.value("walk.nocost") >= 45,
                 qPrintable(QString::number(succeeded.value("walk.nocost"))));
        QVERIFY2(succeeded.value("li.na") >= 15,
                 qPrintable(QString::number(succeeded.value("li.na"))));
        QVERIFY2(succeeded.value("walk.noprivate") >= 60,
                 qPrintable(QString::number(succeeded.value("walk.noprivate"))));

        // The audit trail as seen by a caller without the permission, and by admin.
        const QJsonValue audit = t.call(nocost, "admin.audit.list", {{"limit", 1000}});
        QStringList hits;
        findKeys(audit, {"cost"}, "audit", hits);
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join('\n')));
        hits.clear();
        findKeys(w.call("admin.audit.list", {{"limit", 1000}}), {"cost"}, "audit", hits);
        QVERIFY(!hits.isEmpty()); // the walk created products with a cost: admin sees it
        // The employees' private fields likewise (the demo's hires are audited with them).
        const QStringList privateKeys{"id_number", "bank_account", "contribution_base",
                                      "deductions"};
        hits.clear();
        findKeys(t.call(noprivate, "admin.audit.list",
                        {{"limit", 1000}, {"filter", QJsonObject{{"entity", "hr.employee"}}}}),
                 privateKeys, "audit", hits);
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join('\n')));
        hits.clear();
        findKeys(w.call("admin.audit.list",
                        {{"limit", 1000}, {"filter", QJsonObject{{"entity", "hr.employee"}}}}),
                 privateKeys, "audit", hits);
        QVERIFY(!hits.isEmpty());
    }

    void importsNeitherOfferNorTakeAProtectedColumn()
    {
        ServerTest t(QStringLiteral("fp_import"), true);
        Walk w(t);
        w.call("admin.role.create",
               {{"name", "nocost"}, {"permissions", QJsonArray{"*", "!inventory.cost"}}});
        Session nocost = t.userWithRoles(QStringLiteral("imp.nocost"), {QStringLiteral("nocost")});
        auto productColumns = [&](Session& s) {
            QStringList names;
            for (const QJsonValue& e :
                 t.call(s, "platform.import.entities").toObject().value("entities").toArray())
                if (e.toObject().value("name") == QLatin1String("inventory.product"))
                    for (const QJsonValue& c : e.toObject().value("columns").toArray())
                        names.append(c.toObject().value("name").toString());
            return names;
        };
        Session admin = t.admin();
        QVERIFY(productColumns(admin).contains("cost"));
        const QStringList offered = productColumns(nocost);
        QVERIFY(offered.contains("sku"));
        QVERIFY(!offered.contains("cost"));

        const QJsonValue job =
            t.call(nocost, "platform.import.start", {{"entity", "inventory.product"}})
                .toObject()
                .value("job");
        QJsonObject values{{"sku", "IMP-COST-1"}, {"name", "Cost import"}, {"cost", "4.20"}};
        Rpc::Error e;
        QCOMPARE(t.callCode(nocost, "platform.import.append",
                            {{"job", job}, {"rows", QJsonArray{QJsonObject{{"values", values}}}}},
                            &e),
                 int(Rpc::Forbidden));
        QCOMPARE(e.data.toObject().value("field").toString(), QStringLiteral("cost"));
        values.remove("cost");
        QCOMPARE(t.callCode(nocost, "platform.import.append",
                            {{"job", job}, {"rows", QJsonArray{QJsonObject{{"values", values}}}}}),
                 0);
    }

    void withThePermissionTheFieldsArePresent()
    {
        ServerTest t(QStringLiteral("fp_present"), true);
        Walk w(t);
        const qint64 product = w.productId();
        for (const char* user : {"wang.fang", "chen.jie", "emily.clark"}) { // manager, warehouse,
                                                                            // purchasing
            Session s = t.login(QString::fromLatin1(user), QStringLiteral("demo1234"));
            const QJsonObject p = t.call(s, "inventory.product.get", {{"id", product}}).toObject();
            QVERIFY2(p.contains("cost"), user);
        }
        Session sales = t.login(QStringLiteral("li.na"), QStringLiteral("demo1234"));
        const QJsonObject p = t.call(sales, "inventory.product.get", {{"id", product}}).toObject();
        QVERIFY(!p.contains("cost"));
        QVERIFY(p.contains("list_price")); // only the protected field goes
        const QJsonArray rows =
            t.call(sales, "inventory.product.list").toObject().value("rows").toArray();
        QVERIFY(!rows.isEmpty());
        for (const QJsonValue& r : rows)
            QVERIFY(!r.toObject().contains("cost"));
        // Sorting by a field one may not read is no sort key (it would reveal the order).
        QCOMPARE(t.callCode(sales, "inventory.product.list", {{"sort", "cost"}}),
                 int(Rpc::InvalidParams));
        QCOMPARE(w.t().callCode(w.admin(), "inventory.product.list", {{"sort", "cost"}}), 0);
    }

    void reviewReasonCostAndProposalsFollowThePermission()
    {
        ServerTest t(QStringLiteral("fp_review"), true);
        Walk w(t);
        // An order priced below cost: its review reason names the cost.
        const qint64 product = w.newProduct(); // cost 3.00
        QJsonObject pv = w.idVersion("inventory.product.get", product);
        pv.insert("reorder_point", "5.000"); // and it is proposed for reordering
        w.call("inventory.product.update", pv);
        const QJsonObject created =
            w.call("sales.order.create",
                   {{"customer_id", w.customerId()},
                    {"lines",
                     QJsonArray{QJsonObject{
                         {"product_id", product}, {"qty", "1.000"}, {"unit_price", "1.00"}}}}})
                .toObject();
        const QJsonObject submitted =
            w.call("sales.order.submit",
                   {{"id", created.value("id")}, {"version", created.value("version")}})
                .toObject();
        Q_UNUSED(submitted);
        const QJsonObject asAdmin =
            w.call("sales.order.get", {{"id", created.value("id")}}).toObject();
        QStringList hits;
        findKeys(asAdmin, {"cost"}, "admin", hits);
        QCOMPARE(hits.size(), 1); // review_reasons[].cost
        Session sales = t.login(QStringLiteral("li.na"), QStringLiteral("demo1234"));
        // A handler's raw JSON text result is stripped too (sales.order.get writes text).
        const QJsonObject asSales =
            t.call(sales, "sales.order.get", {{"id", created.value("id")}}).toObject();
        hits.clear();
        findKeys(asSales, {"cost"}, "sales", hits);
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(',')));
        QCOMPARE(asSales.value("review_reasons").toArray().size(),
                 asAdmin.value("review_reasons").toArray().size());
        for (const QJsonValue& r : asSales.value("review_reasons").toArray())
            QVERIFY(!r.toObject().value("message").toString().contains("3.00"));
        // Also inside a batch (the raw text is parsed into the array there).
        const QByteArray batch =
            QJsonDocument(QJsonArray{Rpc::makeRequest(1, "sales.order.get",
                                                      QJsonObject{{"id", created.value("id")}})})
                .toJson(QJsonDocument::Compact);
        const auto outcome = t.core().dispatcher().handleLine(batch, sales.identity);
        QVERIFY(outcome.reply.contains("below_cost"));
        QVERIFY(!outcome.reply.contains("\"cost\""));

        // Replenishment proposals suggest the product's cost as unit_cost.
        w.call("admin.role.create",
               {{"name", "buyer_nocost"},
                {"permissions", QJsonArray{"purchasing.*", "inventory.product.read"}}});
        Session buyer = t.userWithRoles("buyer.x", {"buyer_nocost"});
        hits.clear();
        findKeys(w.call("purchasing.replenishment.propose"), {"unit_cost"}, "admin", hits);
        QVERIFY(!hits.isEmpty());
        hits.clear();
        findKeys(t.call(buyer, "purchasing.replenishment.propose"), {"unit_cost"}, "buyer", hits);
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(',')));
    }

    void writingCostWithoutThePermissionIsForbidden()
    {
        ServerTest t(QStringLiteral("fp_write"));
        Session a = t.admin();
        t.call(a, "admin.role.create",
               {{"name", "catalogue"}, {"permissions", QJsonArray{"inventory.product.*"}}});
        Session clerk = t.userWithRoles("cat.clerk", {"catalogue"});
        Rpc::Error e;
        QCOMPARE(t.callCode(clerk, "inventory.product.create",
                            {{"sku", "P-1"}, {"name", "Pen"}, {"cost", "1.00"}}, &e),
                 int(Rpc::Forbidden));
        QCOMPARE(e.data.toObject().value("field").toString(), QStringLiteral("cost"));
        QCOMPARE(e.data.toObject().value("permission").toString(),
                 QStringLiteral("inventory.cost"));
        QCOMPARE(e.messageId(), QStringLiteral("platform.field.forbidden"));
        QCOMPARE(e.messageArgs().value("field").toString(), QStringLiteral("cost"));
        // Without the field the same call works, and the cost another user set stays.
        const QJsonObject p =
            t.call(clerk, "inventory.product.create", {{"sku", "P-1"}, {"name", "Pen"}}).toObject();
        QVERIFY(!p.contains("cost"));
        const qint64 id = p.value("id").toInteger();
        QJsonObject withCost = t.call(a, "inventory.product.get", {{"id", id}}).toObject();
        withCost = t.call(a, "inventory.product.update",
                          {{"id", id}, {"version", withCost.value("version")}, {"cost", "0.40"}})
                       .toObject();
        QCOMPARE(withCost.value("cost").toString(), QStringLiteral("0.40"));
        QCOMPARE(t.callCode(clerk, "inventory.product.update",
                            {{"id", id}, {"version", withCost.value("version")}, {"cost", "9.00"}},
                            &e),
                 int(Rpc::Forbidden));
        QCOMPARE(e.data.toObject().value("field").toString(), QStringLiteral("cost"));
        t.call(clerk, "inventory.product.update",
               {{"id", id}, {"version", withCost.value("version")}, {"name", "Pen, blue"}});
        QCOMPARE(t.call(a, "inventory.product.get", {{"id", id}}).toObject().value("cost"),
                 QJsonValue("0.40"));
    }

    void discoverShowsProtectedFieldsAndRecordRules()
    {
        ServerTest t(QStringLiteral("fp_discover"));
        Session anyone;
        const QJsonObject doc = t.call(anyone, "rpc.discover").toObject();
        const QJsonObject access = doc.value("x-access").toObject();
        bool found = false;
        for (const QJsonValue& f : access.value("protected_fields").toArray())
            found = found || (f.toObject().value("entity") == QJsonValue("inventory.product") &&
                              f.toObject().value("field") == QJsonValue("cost") &&
                              f.toObject().value("permission") == QJsonValue("inventory.cost"));
        QVERIFY(found);
        QCOMPARE(access.value("record_rules").toArray().first().toObject().value("id").toString(),
                 QStringLiteral("crm.customer.own"));
        for (const QJsonValue& m : doc.value("methods").toArray())
            if (m.toObject().value("name") == QJsonValue("inventory.product.get"))
                QCOMPARE(m.toObject()
                             .value("x-protected-fields")
                             .toArray()
                             .first()
                             .toObject()
                             .value("field")
                             .toString(),
                         QStringLiteral("cost"));
        // The role editor's catalogue offers the permission.
        Session a = t.admin();
        QVERIFY(t.call(a, "admin.role.permissions")
                    .toObject()
                    .value("permissions")
                    .toArray()
                    .contains(QJsonValue("inventory.cost")));
    }
};

QTEST_GUILESS_MAIN(TestFieldPermissions)
#include "tst_fieldpermissions.moc"
