// Customer search through the bigram index (migration 0017) on SQLite and PostgreSQL: a term of
// two non-ASCII characters ("科技") is answered from customer_bigrams, which must follow every
// write of a customer — create, rename, contact change, archive, merge, import — and the
// migration's backfill of an older store. Each step checks the index row by row against the
// stored search texts, and the search against a reading of every customer record: the same
// rows, in the same order, page by page with `after`, under status filters and the owner rule.
#include "server/modules/crm/customer.h"
#include "server/servercore.h"
#include "server/storage/database.h"
#include "server/storage/migrator.h"
#include "tests/support/servertest.h"
#include "tests/support/testdb.h"

#include <QJsonArray>
#include <QSet>
#include <QSqlQuery>
#include <QTest>

using namespace Erp;
using Erp::Test::ServerTest;
using Session = ServerTest::Session;

namespace {

qint64 idOf(const QJsonValue& v)
{
    return v.toObject().value(QStringLiteral("id")).toInteger();
}

/// The ids of every row of a list, page after page by `after` with small pages.
QList<qint64> allPages(ServerTest& t, Session& s, QJsonObject params, int pageSize = 2)
{
    QList<qint64> ids;
    params.insert(QStringLiteral("limit"), pageSize);
    for (int guard = 0; guard < 1000; ++guard) {
        const QJsonObject page = t.call(s, QStringLiteral("crm.customer.list"), params).toObject();
        for (const QJsonValue& r : page.value(QStringLiteral("rows")).toArray())
            ids.append(idOf(r));
        if (!page.value(QStringLiteral("next_after")).isArray())
            break;
        params.insert(QStringLiteral("after"), page.value(QStringLiteral("next_after")));
    }
    return ids;
}

/// What a search must find, worked out without the store's search: every customer the list
/// shows (same filter and sort, no search) whose name, code, tax id or a contact's name, phone
/// or e-mail contains the term.
QList<qint64> expected(ServerTest& t, Session& s, const QString& term, QJsonObject params = {})
{
    params.remove(QStringLiteral("search"));
    QList<qint64> out;
    for (const qint64 id : allPages(t, s, params, 1000)) {
        const QJsonObject c =
            t.call(s, QStringLiteral("crm.customer.get"), {{QStringLiteral("id"), id}}).toObject();
        QStringList texts{c.value(QStringLiteral("name")).toString(),
                          c.value(QStringLiteral("code")).toString(),
                          c.value(QStringLiteral("tax_id")).toString()};
        for (const QJsonValue& k : c.value(QStringLiteral("contacts")).toArray())
            for (const char* key : {"name", "phone", "email"})
                texts.append(k.toObject().value(QLatin1String(key)).toString());
        for (const QString& text : std::as_const(texts)) {
            if (text.toLower().contains(term.toLower())) {
                out.append(id);
                break;
            }
        }
    }
    return out;
}

/// The search answers exactly what expected() works out: by pages of 2 with `after`, in one
/// page (total and total_capped), and by offsets.
void checkSearch(ServerTest& t, Session& s, const QString& term, QJsonObject params = {})
{
    const QList<qint64> want = expected(t, s, term, params);
    params.insert(QStringLiteral("search"), term);
    QCOMPARE(allPages(t, s, params), want);
    QJsonObject one = params;
    one.insert(QStringLiteral("limit"), 100);
    const QJsonObject page = t.call(s, QStringLiteral("crm.customer.list"), one).toObject();
    QCOMPARE(page.value(QStringLiteral("total")).toInt(), want.size());
    QCOMPARE(page.value(QStringLiteral("total_capped")).toBool(), false);
    QList<qint64> byOffset;
    for (int offset = 0; offset < want.size(); offset += 3) {
        QJsonObject p = params;
        p.insert(QStringLiteral("offset"), offset);
        p.insert(QStringLiteral("limit"), 3);
        for (const QJsonValue& r :
             t.call(s, QStringLiteral("crm.customer.list"), p).toObject().value("rows").toArray())
            byOffset.append(idOf(r));
    }
    QCOMPARE(byOffset, want);
}

/// customer_bigrams holds exactly the pairs of every customer's stored search text and name.
void checkIndex(Storage::Database& db)
{
    // One text per row: bigram, name and customer id.
    const auto row = [](const QString& bigram, const QString& name, qint64 id) {
        return bigram + QLatin1Char('|') + name + QLatin1Char('|') + QString::number(id);
    };
    QSet<QString> want, have;
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT id, name, search_text FROM customers")));
    while (q.next())
        for (const QString& b : Server::Crm::searchBigrams(q.value(2).toString()))
            want.insert(row(b, q.value(1).toString(), q.value(0).toLongLong()));
    QVERIFY(q.exec(QStringLiteral("SELECT bigram, name, customer_id FROM customer_bigrams")));
    while (q.next())
        have.insert(row(q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong()));
    q.finish();
    QVERIFY(!want.isEmpty());
    QStringList missing = QStringList(want.begin(), want.end()), stale;
    missing.removeIf([&have](const QString& r) { return have.contains(r); });
    for (const QString& r : std::as_const(have))
        if (!want.contains(r))
            stale.append(r);
    missing.sort();
    stale.sort();
    QCOMPARE(missing, QStringList());
    QCOMPARE(stale, QStringList());
}

void setOwnerRule(ServerTest& t, Session& admin, const QString& role)
{
    qint64 id = 0;
    for (const QJsonValue& r :
         t.call(admin, "admin.role.list", {{"search", role}}).toObject().value("rows").toArray())
        if (r.toObject().value("name").toString() == role)
            id = idOf(r);
    const QJsonObject current = t.call(admin, "admin.role.get", {{"id", id}}).toObject();
    t.call(admin, "admin.role.update",
           {{"id", id},
            {"version", current.value("version")},
            {"record_rules", QJsonArray{"crm.customer.own"}}});
}

QJsonObject company(const QString& name, const QString& contact, const QString& phone = {})
{
    QJsonObject k{{"name", contact}};
    if (!phone.isEmpty())
        k.insert("phone", phone);
    return {{"name", name}, {"allow_duplicates", true}, {"contacts", QJsonArray{k}}};
}

} // namespace

class TestCustomersSearch final : public QObject
{
    Q_OBJECT
private slots:
    void bigramIndexFollowsEveryWrite()
    {
        ServerTest t(QStringLiteral("cust_bigram"));
        Session admin = t.admin();
        Session li = t.userWithRoles("li.na", {"sales"});
        Storage::Database& db = t.core().database();

        // Names that sort in every order against the ones that match; 科技 in a name, in a
        // contact's name, across the words of a name, and not at all.
        const qint64 huaxin = idOf(t.call(li, "crm.customer.create",
                                          company("深圳华信科技有限公司", "王伟", "13800138000")));
        const qint64 dingsheng =
            idOf(t.call(admin, "crm.customer.create", company("北京鼎盛贸易有限公司", "科技")));
        const qint64 acme =
            idOf(t.call(li, "crm.customer.create", company("Acme 科技 Ltd", "Emma Wilson")));
        const qint64 yuanjing =
            idOf(t.call(admin, "crm.customer.create", company("上海远景电子有限公司", "张伟")));
        const qint64 jinqiao =
            idOf(t.call(li, "crm.customer.create", company("广州金桥科技股份有限公司", "李娜")));
        const qint64 zhongke =
            idOf(t.call(admin, "crm.customer.create", company("中科软件科技有限公司", "赵敏")));
        Q_UNUSED(huaxin);
        checkIndex(db);
        for (const char* term : {"科技", "有限", "技有", "贸易", "张伟", "Ltd"})
            checkSearch(t, admin, QString::fromUtf8(term));
        QCOMPARE(expected(t, admin, QStringLiteral("科技")).size(), 5);
        checkSearch(t, admin, QStringLiteral("科技"), {{"sort", "-name"}});
        checkSearch(t, admin, QStringLiteral("科技"), {{"sort", "code"}});
        checkSearch(t, admin, QStringLiteral("科")); // one character still scans

        // Rename: the old name's pairs go, the new name's come, and the row moves in the order.
        QJsonObject c = t.call(admin, "crm.customer.get", {{"id", yuanjing}}).toObject();
        t.call(
            admin, "crm.customer.update",
            {{"id", yuanjing}, {"version", c.value("version")}, {"name", "安徽远景科技有限公司"}});
        c = t.call(admin, "crm.customer.get", {{"id", zhongke}}).toObject();
        t.call(admin, "crm.customer.update",
               {{"id", zhongke}, {"version", c.value("version")}, {"name", "中科软件有限公司"}});
        checkIndex(db);
        checkSearch(t, admin, QStringLiteral("科技"));
        checkSearch(t, admin, QStringLiteral("远景"));
        QCOMPARE(t.call(admin, "crm.customer.list", {{"search", "电子"}}).toObject().value("total"),
                 QJsonValue(0));

        // A contact changes: the pairs of the old contact's name go.
        c = t.call(admin, "crm.customer.get", {{"id", dingsheng}}).toObject();
        t.call(admin, "crm.customer.update",
               {{"id", dingsheng},
                {"version", c.value("version")},
                {"contacts", QJsonArray{QJsonObject{{"name", "周杰"}}}}});
        checkIndex(db);
        checkSearch(t, admin, QStringLiteral("科技"));
        checkSearch(t, admin, QStringLiteral("周杰"));

        // Archived customers are found unless the filter asks for active ones only.
        c = t.call(admin, "crm.customer.get", {{"id", jinqiao}}).toObject();
        t.call(admin, "crm.customer.archive", {{"id", jinqiao}, {"version", c.value("version")}});
        checkIndex(db);
        checkSearch(t, admin, QStringLiteral("科技"));
        checkSearch(t, admin, QStringLiteral("科技"),
                    {{"filter", QJsonObject{{"status", "active"}}}});
        checkSearch(t, admin, QStringLiteral("科技"),
                    {{"filter", QJsonObject{{"status", "archived"}}}});
        QVERIFY(!expected(t, admin, QStringLiteral("科技"),
                          {{"filter", QJsonObject{{"status", "active"}}}})
                     .contains(jinqiao));

        // Merge: the duplicate leaves every search, the survivor is found by its contacts.
        t.call(admin, "crm.customer.merge", {{"survivor_id", acme}, {"duplicate_id", dingsheng}});
        checkIndex(db);
        checkSearch(t, admin, QStringLiteral("科技"));
        checkSearch(t, admin, QStringLiteral("周杰"));
        QCOMPARE(allPages(t, admin, {{"search", "周杰"}}), QList<qint64>{acme});
        QCOMPARE(allPages(t, admin, {{"search", "贸易"}}), QList<qint64>());

        // Import: new customers, and an existing one renamed by its code.
        const QString acmeCode =
            t.call(admin, "crm.customer.get", {{"id", acme}}).toObject().value("code").toString();
        const qint64 job = t.call(admin, "platform.import.start", {{"entity", "crm.customer"}})
                               .toObject()
                               .value("job")
                               .toInteger();
        QJsonArray rows;
        const QList<QJsonObject> values{
            {{"name", "杭州星辰科技有限公司"}, {"contact_name", "孙丽"}},
            {{"name", "Beta 科技 Trading"}, {"contact_name", "Noah Davies"}},
            {{"code", acmeCode}, {"name", "Acme Trading Ltd"}}};
        for (int i = 0; i < values.size(); ++i)
            rows.append(QJsonObject{{"row", i + 1}, {"values", values.at(i)}});
        const QJsonObject staged =
            t.call(admin, "platform.import.append", {{"job", job}, {"rows", rows}}).toObject();
        QCOMPARE(staged.value("problems").toArray(), QJsonArray());
        checkIndex(db); // the dry run's writes were rolled back with it
        t.call(admin, "platform.import.commit", {{"job", job}});
        checkIndex(db);
        checkSearch(t, admin, QStringLiteral("科技"));
        checkSearch(t, admin, QStringLiteral("星辰"));
        QVERIFY(!allPages(t, admin, {{"search", "科技"}}).contains(acme));

        // The owner rule: a clerk's search finds only their own customers, with paging.
        setOwnerRule(t, admin, QStringLiteral("sales"));
        checkSearch(t, li, QStringLiteral("科技"));
        const QList<qint64> own = expected(t, li, QStringLiteral("科技"));
        QVERIFY(!own.isEmpty());
        QVERIFY(own.size() < expected(t, admin, QStringLiteral("科技")).size());
        for (const qint64 id : own)
            QCOMPARE(t.call(admin, "crm.customer.get", {{"id", id}})
                         .toObject()
                         .value("owner_name")
                         .toString(),
                     QStringLiteral("li.na"));
    }

    void pagesOfABroadTermAndCappedTotals()
    {
        // More matches than the count cap of a search (1,000): the first pages come in name
        // order all the same, also when most customers in the name order do not match.
        ServerTest t(QStringLiteral("cust_bigram_many"));
        Session admin = t.admin();
        const qint64 job = t.call(admin, "platform.import.start", {{"entity", "crm.customer"}})
                               .toObject()
                               .value("job")
                               .toInteger();
        QJsonArray rows;
        for (int i = 0; i < 1600; ++i) {
            // Every third one matches; the English names sort first and never do.
            const QString name =
                i % 3 == 0 ? QStringLiteral("华信科技%1").arg(1600 - i, 4, 10, QLatin1Char('0'))
                : i % 3 == 1 ? QStringLiteral("Harbor %1").arg(i)
                             : QStringLiteral("华信贸易%1").arg(i, 4, 10, QLatin1Char('0'));
            rows.append(QJsonObject{
                {"row", i + 1},
                {"values", QJsonObject{{"code", QStringLiteral("K%1").arg(i)}, {"name", name}}}});
        }
        t.call(admin, "platform.import.append", {{"job", job}, {"rows", rows}});
        t.call(admin, "platform.import.commit", {{"job", job}});
        checkIndex(t.core().database());

        const QJsonObject first =
            t.call(admin, "crm.customer.list", {{"search", "科技"}, {"limit", 100}}).toObject();
        QCOMPARE(first.value("total").toInt(), 534);
        QCOMPARE(first.value("total_capped").toBool(), false);
        QStringList names;
        for (const QJsonValue& r : first.value("rows").toArray())
            names.append(r.toObject().value("name").toString());
        QCOMPARE(names.size(), 100);
        QCOMPARE(names.first(), QStringLiteral("华信科技0001"));
        QCOMPARE(names.last(), QStringLiteral("华信科技0298")); // 1, 4, 7, …
        QStringList sorted = names;
        sorted.sort();
        QCOMPARE(names, sorted);
        checkSearch(t, admin, QStringLiteral("科技"), {{"filter", QJsonObject{{"status", "all"}}}});
        const QJsonObject broad =
            t.call(admin, "crm.customer.list", {{"search", "华信"}, {"limit", 10}}).toObject();
        QCOMPARE(broad.value("total").toInt(), 1000);
        QCOMPARE(broad.value("total_capped").toBool(), true);
        QCOMPARE(broad.value("rows").toArray().at(0).toObject().value("name").toString(),
                 QStringLiteral("华信科技0001"));
        // Page 5 by offset is page 5 by keyset.
        const QJsonArray byOffset =
            t.call(admin, "crm.customer.list", {{"search", "华信"}, {"offset", 40}, {"limit", 10}})
                .toObject()
                .value("rows")
                .toArray();
        QJsonObject page = broad;
        for (int i = 0; i < 4; ++i)
            page = t.call(admin, "crm.customer.list",
                          {{"search", "华信"}, {"limit", 10}, {"after", page.value("next_after")}})
                       .toObject();
        QCOMPARE(page.value("rows").toArray(), byOffset);
    }

    void migrationBackfillsAnOlderStore()
    {
        // A store of the program before the bigram index (migration 15), with customers in
        // it; opening it with this program fills the index from the stored search texts.
        const QString url = Test::databaseUrl(QStringLiteral("cust_bigram_mig"));
        const auto config = *Storage::DatabaseConfig::fromUrl(url, nullptr);
        {
            Storage::Database db(config);
            Storage::Migrator m(db);
            QVERIFY(m.migrate(15) > 0);
            QSqlQuery q(db.connection());
            QVERIFY(q.prepare(QStringLiteral(
                "INSERT INTO customers (code, name, name_key, search_text, created_at, "
                "updated_at) VALUES (:code, :name, :key, :text, '2026-01-01', '2026-01-01')")));
            const QList<QStringList> old{
                {"C000001", "深圳华信科技有限公司", "深圳华信科技有限公司\nc000001\n王伟\n138"},
                {"C000002", "Acme Ltd", "acme ltd\nc000002\nemma wilson"},
                {"C000003", "Café Αθήνα 科技", "café αθήνα 科技\nc000003\n"},
                {"C000004", "𠀀𠀁科技", "𠀀𠀁科技\nc000004\n科"},
                {"C000005", "北京科技贸易", "北京科技贸易\nc000005\n赵敏\n科技"}};
            for (const QStringList& c : old) {
                q.bindValue(QStringLiteral(":code"), c.at(0));
                q.bindValue(QStringLiteral(":name"), c.at(1));
                q.bindValue(QStringLiteral(":key"), c.at(1));
                q.bindValue(QStringLiteral(":text"), c.at(2));
                QVERIFY(q.exec());
            }
        }
        ServerTest t(QStringLiteral("cust_bigram_mig"), false, url);
        Session admin = t.admin();
        checkIndex(t.core().database());
        const auto codes = [&](const QString& term) {
            QStringList out;
            for (const QJsonValue& r : t.call(admin, "crm.customer.list", {{"search", term}})
                                           .toObject()
                                           .value("rows")
                                           .toArray())
                out.append(r.toObject().value("code").toString());
            return out;
        };
        QCOMPARE(codes(QStringLiteral("科技")).size(), 4);
        QCOMPARE(codes(QStringLiteral("ΘΉ")), QStringList({"C000003"})); // Greek, lower-cased
        QCOMPARE(codes(QStringLiteral("é ")), QStringList({"C000003"})); // a space: a scan
        QCOMPARE(codes(QStringLiteral("fé")), QStringList({"C000003"}));
        QCOMPARE(codes(QStringLiteral("𠀁科")), QStringList({"C000004"})); // beyond the BMP
        QCOMPARE(codes(QStringLiteral("𠀀𠀁")), QStringList({"C000004"}));
        QCOMPARE(codes(QStringLiteral("赵敏")), QStringList({"C000005"}));
        // Rows written by the migration are replaced exactly by the program's own writes.
        const qint64 id = t.call(admin, "crm.customer.list", {{"search", "C000005"}})
                              .toObject()
                              .value("rows")
                              .toArray()
                              .at(0)
                              .toObject()
                              .value("id")
                              .toInteger();
        const QJsonObject c = t.call(admin, "crm.customer.get", {{"id", id}}).toObject();
        t.call(admin, "crm.customer.update",
               {{"id", id}, {"version", c.value("version")}, {"name", "北京长城机械"}});
        checkIndex(t.core().database());
        QCOMPARE(codes(QStringLiteral("贸易")), QStringList());
        QCOMPARE(codes(QStringLiteral("长城")), QStringList({"C000005"}));
    }
};

QTEST_GUILESS_MAIN(TestCustomersSearch)
#include "tst_customers_search.moc"
