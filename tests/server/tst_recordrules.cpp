// Record rules (docs/PROTOCOL.md "Protected fields and record rules"): the customer owner rule,
// switched on per role, restricts list, get, search, count, export, duplicates, merge and the
// picker in the store's queries; a hidden customer is "not found", never "forbidden".
#include "tests/support/servertest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Erp;
using Erp::Test::ServerTest;

namespace {

using Session = ServerTest::Session;

const QString kRule = QStringLiteral("crm.customer.own");

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

/// The rows of a CSV export (header and BOM off).
int exportedRows(ServerTest& t, Session& s, const QJsonObject& params = {})
{
    QJsonObject p = params;
    p.insert(QStringLiteral("format"), QStringLiteral("csv"));
    const QJsonObject r = t.call(s, QStringLiteral("crm.customer.export"), p).toObject();
    const QByteArray content =
        QByteArray::fromBase64(r.value(QStringLiteral("content_base64")).toString().toLatin1());
    const int lines = int(content.count('\n')) - 1;
    if (r.value(QStringLiteral("rows")).toInt() != lines)
        return -1;
    return lines;
}

void setRule(ServerTest& t, Session& admin, const QString& role, bool on)
{
    const QJsonArray roles =
        t.call(admin, QStringLiteral("admin.role.list"), {{QStringLiteral("search"), role}})
            .toObject()
            .value(QStringLiteral("rows"))
            .toArray();
    qint64 id = 0;
    for (const QJsonValue& r : roles)
        if (r.toObject().value(QStringLiteral("name")).toString() == role)
            id = idOf(r);
    const QJsonObject current =
        t.call(admin, QStringLiteral("admin.role.get"), {{QStringLiteral("id"), id}}).toObject();
    const QJsonObject updated =
        t.call(admin, QStringLiteral("admin.role.update"),
               {{QStringLiteral("id"), id},
                {QStringLiteral("version"), current.value(QStringLiteral("version"))},
                {QStringLiteral("record_rules"), on ? QJsonArray{kRule} : QJsonArray()}})
            .toObject();
    QCOMPARE(updated.value(QStringLiteral("record_rules")).toArray(),
             on ? QJsonArray{kRule} : QJsonArray());
}

} // namespace

class TestRecordRules final : public QObject
{
    Q_OBJECT
private slots:
    void ownerRuleRestrictsEveryRead()
    {
        ServerTest t(QStringLiteral("rr_owner"));
        Session admin = t.admin();
        Session li = t.userWithRoles("li.na", {"sales"});
        Session zhang = t.userWithRoles("zhang.wei", {"sales"});
        // Each clerk enters two customers (and owns them); one belongs to nobody.
        QList<qint64> liOwn, zhangOwn;
        for (const char* name : {"上海明珠贸易", "上海东方电子"})
            liOwn.append(
                idOf(t.call(li, "crm.customer.create", {{"name", QString::fromUtf8(name)}})));
        for (const char* name : {"上海浦江物流", "北京长城机械"})
            zhangOwn.append(
                idOf(t.call(zhang, "crm.customer.create", {{"name", QString::fromUtf8(name)}})));
        const qint64 nobodys = idOf(t.call(admin, "crm.customer.create",
                                           {{"name", "上海无主商行"}, {"owner_id", QJsonValue()}}));
        std::sort(liOwn.begin(), liOwn.end());

        // Off by default: every clerk sees every customer.
        const QJsonObject catalogue = t.call(admin, "admin.role.permissions").toObject();
        QCOMPARE(
            catalogue.value("record_rules").toArray().first().toObject().value("id").toString(),
            kRule);
        QCOMPARE(t.call(li, "crm.customer.list").toObject().value("total").toInt(), 5);
        QCOMPARE(t.call(li, "crm.customer.get", {{"id", zhangOwn.first()}}).toObject().value("id"),
                 QJsonValue(zhangOwn.first()));
        QCOMPARE(exportedRows(t, li), 5);

        // On for sales: the sessions reload their grants on their next call.
        setRule(t, admin, "sales", true);
        QCOMPARE(ids(t.call(li, "crm.customer.list")), liOwn);
        QCOMPARE(t.call(li, "crm.customer.list").toObject().value("total").toInt(), 2);
        QCOMPARE(t.call(zhang, "crm.customer.list").toObject().value("total").toInt(), 2);
        // Search and the picker (a list with a search term) find only their own.
        QCOMPARE(ids(t.call(li, "crm.customer.list", {{"search", "上海"}})), liOwn);
        QCOMPARE(t.call(zhang, "crm.customer.list", {{"search", "上海"}, {"limit", 10}})
                     .toObject()
                     .value("total")
                     .toInt(),
                 1);
        QCOMPARE(t.call(li, "crm.customer.list", {{"search", "浦江"}}).toObject().value("total"),
                 QJsonValue(0));
        // get / update / archive / merge of a customer one cannot see: not found (no leak).
        Rpc::Error e;
        QCOMPARE(t.callCode(li, "crm.customer.get", {{"id", zhangOwn.first()}}, &e),
                 int(Rpc::NotFound));
        QCOMPARE(t.callCode(li, "crm.customer.get", {{"id", nobodys}}), int(Rpc::NotFound));
        QCOMPARE(t.callCode(li, "crm.customer.update",
                            {{"id", zhangOwn.first()}, {"version", 1}, {"notes", "mine now"}}),
                 int(Rpc::NotFound));
        QCOMPARE(t.callCode(li, "crm.customer.archive", {{"id", zhangOwn.first()}, {"version", 1}}),
                 int(Rpc::NotFound));
        QCOMPARE(t.callCode(li, "crm.customer.merge",
                            {{"survivor_id", liOwn.first()}, {"duplicate_id", zhangOwn.first()}}),
                 int(Rpc::NotFound));
        // Their own still work.
        QCOMPARE(t.callCode(li, "crm.customer.update",
                            {{"id", liOwn.first()}, {"version", 1}, {"notes", "mine"}}),
                 0);
        // Duplicate hints never name a hidden customer.
        auto duplicates = [&t](Session& s, const char* name) {
            return t.call(s, "crm.customer.duplicates", {{"name", QString::fromUtf8(name)}})
                .toObject()
                .value("duplicates")
                .toArray();
        };
        QVERIFY(duplicates(li, "上海浦江物流").isEmpty());
        QCOMPARE(duplicates(zhang, "上海浦江物流").size(), 1);
        // Export: only their own rows, also when asked for others' ids.
        QCOMPARE(exportedRows(t, li), 2);
        QCOMPARE(exportedRows(t, li, {{"ids", QJsonArray{zhangOwn.first(), liOwn.first()}}}), 1);
        // Import cannot update a hidden customer through its code.
        const QString hiddenCode = t.call(admin, "crm.customer.get", {{"id", zhangOwn.first()}})
                                       .toObject()
                                       .value("code")
                                       .toString();
        QCOMPARE(
            t.callCode(li, "crm.customer.import",
                       {{"rows", QJsonArray{QJsonObject{{"code", hiddenCode}, {"name", "改名"}}}},
                        {"update_existing", true}},
                       &e),
            int(Rpc::ValidationFailed));
        const QByteArray rowErrors = QJsonDocument(e.data.toObject()).toJson();
        QVERIFY2(rowErrors.contains("\"duplicate\""), rowErrors.constData());
        QCOMPARE(t.call(admin, "crm.customer.get", {{"id", zhangOwn.first()}})
                     .toObject()
                     .value("name")
                     .toString(),
                 QStringLiteral("上海浦江物流"));
        // Admin (no rule on the admin role) still sees everything.
        QCOMPARE(t.call(admin, "crm.customer.list").toObject().value("total").toInt(), 5);
        QCOMPARE(exportedRows(t, admin), 5);

        // A clerk who gives a customer to a colleague keeps no access to it.
        const QJsonObject mine = t.call(li, "crm.customer.get", {{"id", liOwn.last()}}).toObject();
        t.call(li, "crm.customer.update",
               {{"id", liOwn.last()},
                {"version", mine.value("version")},
                {"owner_id", zhang.identity.userId}});
        QCOMPARE(t.call(li, "crm.customer.list").toObject().value("total").toInt(), 1);
        QCOMPARE(t.call(zhang, "crm.customer.list").toObject().value("total").toInt(), 3);

        // Off again: unrestricted.
        setRule(t, admin, "sales", false);
        QCOMPARE(t.call(li, "crm.customer.list").toObject().value("total").toInt(), 5);
        QCOMPARE(t.callCode(li, "crm.customer.get", {{"id", zhangOwn.first()}}), 0);
    }

    void aRoleWithoutTheRuleGivesUnrestrictedAccess()
    {
        ServerTest t(QStringLiteral("rr_roles"));
        Session admin = t.admin();
        Session li = t.userWithRoles("li.na", {"sales"});
        t.call(li, "crm.customer.create", {{"name", "李娜的客户"}});
        t.call(admin, "crm.customer.create", {{"name", "管理员的客户"}});
        setRule(t, admin, "sales", true);
        // Sales + manager: the manager role reads customers without the rule.
        Session both = t.userWithRoles("wang.fang", {"sales", "manager"});
        QCOMPARE(t.call(both, "crm.customer.list").toObject().value("total").toInt(), 2);
        // Sales + a role that cannot read customers at all: the rule applies.
        t.call(admin, "admin.role.create",
               {{"name", "stock_viewer"}, {"permissions", QJsonArray{"inventory.stock.read"}}});
        Session viewer = t.userWithRoles("zhao.min", {"sales", "stock_viewer"});
        QCOMPARE(t.call(viewer, "crm.customer.list").toObject().value("total").toInt(), 0);
        QCOMPARE(t.call(li, "crm.customer.list").toObject().value("total").toInt(), 1);
        // The rule on manager too: now "both" is restricted.
        setRule(t, admin, "manager", true);
        QCOMPARE(t.call(both, "crm.customer.list").toObject().value("total").toInt(), 0);
    }

    void roleRecordRulesAreValidatedAndAudited()
    {
        ServerTest t(QStringLiteral("rr_admin"));
        Session admin = t.admin();
        Rpc::Error e;
        QCOMPARE(t.callCode(admin, "admin.role.create",
                            {{"name", "odd"}, {"record_rules", QJsonArray{"crm.customer.mine"}}},
                            &e),
                 int(Rpc::ValidationFailed));
        QCOMPARE(Test::fieldCodes(e), QStringList{"record_rules:invalid"});
        const QJsonObject role = t.call(admin, "admin.role.create",
                                        {{"name", "field_sales"},
                                         {"permissions", QJsonArray{"crm.*"}},
                                         {"record_rules", QJsonArray{kRule}}})
                                     .toObject();
        QCOMPARE(role.value("record_rules").toArray(), QJsonArray{kRule});
        setRule(t, admin, "field_sales", false);
        QCOMPARE(admin.changes.size(), 1); // event.changed for the role
        const QJsonArray rows =
            t.call(admin, "admin.audit.list",
                   {{"filter", QJsonObject{{"entity", "role"}, {"entity_id", idOf(role)}}}})
                .toObject()
                .value("rows")
                .toArray();
        QCOMPARE(rows.size(), 2);
        const QJsonObject update = rows.first().toObject(); // newest first
        QCOMPARE(update.value("before").toObject().value("record_rules").toArray(),
                 QJsonArray{kRule});
        QCOMPARE(update.value("after").toObject().value("record_rules").toArray(), QJsonArray());
    }
};

QTEST_GUILESS_MAIN(TestRecordRules)
#include "tst_recordrules.moc"
