// Order search on SQLite and PostgreSQL (sales.order.list {search}): each of its arms — the start
// of the number, the start of the external reference as typed or in capitals, any part of the
// customer's name, code or contacts — finds its orders; an order matching several arms is listed
// once; every sort key, the filters, keyset (`after`) and offset paging yield each match exactly
// once and in order, checked against the unsearched list; the total counts the union. A term
// matching thousands of orders (the arm that walks the sort order's index) pages the same way.
#include "tests/server/salesshop.h"

#include <QSet>
#include <QTest>

using namespace SalesTest;

namespace {

/// An order as the list shows it, with what the search looks at.
struct Row
{
    qint64 id = 0;
    QString number;
    QString ref;
    qint64 customer = 0;
};

/// Sort keys of sales.order.list, both ways.
const QStringList kSorts{"-order_date", "order_date", "number",         "-number",
                         "gross",       "-gross",     "requested_date", "-requested_date",
                         "state",       "-state",     "customer_name",  "-customer_name",
                         "updated_at",  "-updated_at"};

} // namespace

class TestSalesSearch final : public QObject
{
    Q_OBJECT

    /// Every page for `params` with pages of `limit`, walked with `after`; ids in order. The
    /// first page's total and total_capped land in `total` / `capped`.
    static QList<qint64> walk(Shop& s, QJsonObject params, int limit, qint64* total = nullptr,
                              bool* capped = nullptr)
    {
        params.insert("limit", limit);
        QList<qint64> ids;
        for (int page = 0; page < 20000; ++page) {
            const QJsonObject r = s.t.call(s.admin, "sales.order.list", params).toObject();
            if (page == 0 && total)
                *total = r.value("total").toInteger();
            if (page == 0 && capped)
                *capped = r.value("total_capped").toBool();
            const QJsonArray rows = r.value("rows").toArray();
            for (const QJsonValue& row : rows)
                ids.append(idOf(row));
            if (r.value("next_after").isNull())
                break;
            params.insert("after", r.value("next_after"));
        }
        return ids;
    }

    /// The same with `offset` instead of `after`.
    static QList<qint64> walkByOffset(Shop& s, QJsonObject params, int limit)
    {
        params.insert("limit", limit);
        QList<qint64> ids;
        for (int offset = 0;; offset += limit) {
            params.insert("offset", offset);
            const QJsonArray rows =
                s.t.call(s.admin, "sales.order.list", params).toObject().value("rows").toArray();
            for (const QJsonValue& row : rows)
                ids.append(idOf(row));
            if (rows.size() < limit)
                break;
        }
        return ids;
    }

    /// The unsearched list (filters as given), sorted: the order every search must keep.
    static QList<Row> all(Shop& s, QJsonObject params)
    {
        params.insert("limit", 1000);
        QList<Row> out;
        for (;;) {
            const QJsonObject r = s.t.call(s.admin, "sales.order.list", params).toObject();
            for (const QJsonValue& v : r.value("rows").toArray()) {
                const QJsonObject o = v.toObject();
                out.append({o.value("id").toInteger(), o.value("number").toString(),
                            o.value("external_ref").toString(),
                            o.value("customer_id").toInteger()});
            }
            if (r.value("next_after").isNull())
                return out;
            params.insert("after", r.value("next_after"));
        }
    }

    /// What the search means, spelled out: number or reference starts with the term (the
    /// number in capitals, the reference as typed or in capitals), or the customer's text
    /// contains it (any case).
    static QList<qint64> expected(const QList<Row>& rows, const QString& term,
                                  const QHash<qint64, QString>& customerText)
    {
        const QString t = term.trimmed();
        QList<qint64> out;
        for (const Row& r : rows)
            if (r.number.startsWith(t.toUpper()) || r.ref.startsWith(t) ||
                r.ref.startsWith(t.toUpper()) ||
                customerText.value(r.customer).contains(t.toLower()))
                out.append(r.id);
        return out;
    }

    /// name, code and contacts of each customer, lower-cased (what its search text holds).
    static QHash<qint64, QString> customerTexts(Shop& s, const QList<qint64>& ids)
    {
        QHash<qint64, QString> out;
        for (qint64 id : ids) {
            const QJsonObject c = s.t.call(s.admin, "crm.customer.get", {{"id", id}}).toObject();
            QStringList parts{c.value("name").toString(), c.value("code").toString()};
            for (const QJsonValue& k : c.value("contacts").toArray())
                parts << k.toObject().value("name").toString()
                      << k.toObject().value("email").toString();
            out.insert(id, parts.join('\n').toLower());
        }
        return out;
    }

private slots:
    void everyArmEverySortEveryPageOnce()
    {
        Shop s(QStringLiteral("sales_search"));
        const qint64 acme = s.newCustomer("Acme Trading Ltd", "0", "emma@acme.example.com");
        // Its name holds the start of every order number and a reference prefix: its orders
        // match up to four arms at once.
        const qint64 holdings = s.newCustomer("SO20 Ext-1 Holdings", "0", "li@holdings.example.cn");
        const qint64 customers[] = {s.customer, acme, holdings};
        const QHash<qint64, QString> texts = customerTexts(s, {s.customer, acme, holdings});
        // 24 orders: three customers, dates and requested dates, amounts (1-4 pens) and
        // states mixed; references EXT-<i> (every other one lower-case: ext-<i>), some none.
        for (int i = 0; i < 24; ++i) {
            QJsonObject extra{
                {"order_date", QStringLiteral("2026-10-%1").arg(10 + (i * 7) % 19)},
                {"requested_date", QStringLiteral("2026-11-%1").arg(10 + (i * 5) % 13)},
                {"channel", "web"}};
            if (i % 5 != 4)
                extra.insert("external_ref",
                             QString::fromLatin1(i % 2 ? "ext-%1" : "EXT-%1").arg(i));
            const QJsonObject o =
                s.order({line(s.pen, QString::number(1 + (i * 3) % 4))}, customers[i % 3], extra);
            if (i % 4 == 1)
                s.act("submit", o);
            else if (i % 6 == 5)
                s.act("cancel", o, {{"reason", "test"}});
        }
        const QList<Row> byNumber = all(s, {{"sort", "number"}});
        QCOMPARE(byNumber.size(), 24);
        const QString first = byNumber.at(0).number; // e.g. SO2026-000001
        const QString second = byNumber.at(1).number;

        // Each arm alone, then overlapping arms.
        struct Term
        {
            QString term;
            int matches; ///< spelled out, besides the computed expectation
        };
        const QList<Term> terms{
            {first, 1},                                  // one number
            {first.left(first.size() - 1).toLower(), 9}, // a number prefix, in lower case
            {"EXT-1", 12},    // EXT-10, 12, 16, 18 (not ext-1…), and the customer named Ext-1
            {"ext-2", 5},     // ext-21, 23 as typed; EXT-2, 20, 22 in capitals
            {"ext-1", 15},    // ext-1, 11, 13, 15, 17; EXT-10 …; the customer (11, 17 twice)
            {"acme", 8},      // a customer's name and e-mail
            {"emma@acme", 8}, // a contact
            {"明远贸易", 8},  // a Chinese name
            {"holdings", 8},  // the customer in every arm's way
            {"so20", 24},     // every number, and that customer: 24, not 32
            {"zzqx", 0},      // nothing
            {"  " + second + "  ", 1}, // blanks around
        };
        QHash<QString, QList<Row>> sorted;
        for (const QString& sort : kSorts)
            sorted.insert(sort, all(s, {{"sort", sort}}));
        for (const Term& t : terms) {
            for (const QString& sort : kSorts) {
                const QList<qint64> want = expected(sorted.value(sort), t.term, texts);
                QCOMPARE(want.size(), t.matches);
                for (int limit : {3, 100}) {
                    qint64 total = -1;
                    const QList<qint64> got =
                        walk(s, {{"search", t.term}, {"sort", sort}}, limit, &total);
                    if (got != want)
                        qWarning() << t.term << sort << limit << got << want;
                    QCOMPARE(got, want);
                    QCOMPARE(total, qint64(want.size()));
                }
                QCOMPARE(walkByOffset(s, {{"search", t.term}, {"sort", sort}}, 5), want);
            }
            // Several sort keys (offset paging only).
            const QJsonArray keys{"state", "-gross"};
            const QList<qint64> want = expected(all(s, {{"sort", keys}}), t.term, texts);
            QCOMPARE(walkByOffset(s, {{"search", t.term}, {"sort", keys}}, 5), want);
        }

        // With filters: one state, several states, a customer, a date range.
        const QList<QJsonObject> filters{
            {{"state", "draft"}},
            {{"state", QJsonArray{"submitted", "approved", "cancelled"}}},
            {{"customer_id", holdings}},
            {{"from", "2026-10-15"}, {"to", "2026-10-22"}},
            {{"state", QJsonArray{"draft"}}, {"channel", "web"}},
        };
        for (const QJsonObject& filter : filters)
            for (const QString& term :
                 {QStringLiteral("so20"), QStringLiteral("ext-1"), QStringLiteral("acme"), first})
                for (const QString& sort : {QStringLiteral("-order_date"), QStringLiteral("gross"),
                                            QStringLiteral("customer_name")}) {
                    const QList<qint64> want =
                        expected(all(s, {{"filter", filter}, {"sort", sort}}), term, texts);
                    qint64 total = -1;
                    QCOMPARE(
                        walk(s, {{"search", term}, {"filter", filter}, {"sort", sort}}, 2, &total),
                        want);
                    QCOMPARE(total, qint64(want.size()));
                }
    }

    void aCommonTermWalksTheSortOrder()
    {
        Shop s(QStringLiteral("sales_search_many"));
        const qint64 other = s.newCustomer("Acme Trading Ltd", "0", "emma@acme.example.com");
        s.order({line(s.pen, "1")}, other, {{"external_ref", "BULK-REF"}, {"channel", "web"}});
        // 10,500 orders BULK1 .. BULK10500 written straight into the store (an order list is
        // all the list reads); more than an arm reads through its own index.
        s.sql(QStringLiteral(
                  "WITH RECURSIVE g(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM g WHERE x < 10500) "
                  "INSERT INTO sales_orders (number, customer_id, order_date, requested_date, "
                  "channel, gross, state, created_at, updated_at) "
                  "SELECT 'BULK' || x, %1, '2025-0' || (1 + x % 9) || '-1' || (x % 10), "
                  "'2025-1' || (x % 3) || '-2' || (x % 8), 'phone', (x * 7919) % 100000, "
                  "CASE x % 3 WHEN 0 THEN 'draft' WHEN 1 THEN 'submitted' ELSE 'completed' END, "
                  "'2026-01-01T00:00:00Z', '2026-01-0' || (1 + x % 9) || 'T00:00:00Z' FROM g")
                  .arg(s.customer));
        const QHash<qint64, QString> texts = customerTexts(s, {s.customer, other});
        for (const QString& sort : {QStringLiteral("-order_date"), QStringLiteral("gross"),
                                    QStringLiteral("-requested_date"), QStringLiteral("number"),
                                    QStringLiteral("-number"), QStringLiteral("customer_name"),
                                    QStringLiteral("updated_at")}) {
            const QList<Row> rows = all(s, {{"sort", sort}});
            QCOMPARE(rows.size(), 10501);
            for (const QString& term : {QStringLiteral("bulk"), QStringLiteral("BULK1")}) {
                const QList<qint64> want = expected(rows, term, texts);
                QCOMPARE(want.size(), term == "bulk" ? 10501 : 1612);
                // The first three pages of 50 by `after`, then one deep page by offset.
                qint64 total = -1;
                bool capped = false;
                QJsonObject params{{"search", term}, {"sort", sort}, {"limit", 50}};
                QList<qint64> got;
                for (int page = 0; page < 3; ++page) {
                    const QJsonObject r = s.t.call(s.admin, "sales.order.list", params).toObject();
                    if (page == 0) {
                        total = r.value("total").toInteger();
                        capped = r.value("total_capped").toBool();
                    }
                    for (const QJsonValue& v : r.value("rows").toArray())
                        got.append(idOf(v));
                    params.insert("after", r.value("next_after"));
                }
                QCOMPARE(got, want.mid(0, 150));
                QCOMPARE(total, qint64(1000)); // "1,000+"
                QVERIFY(capped);
                params.remove("after");
                params.insert("offset", 1200);
                got.clear();
                for (const QJsonValue& v : s.t.call(s.admin, "sales.order.list", params)
                                               .toObject()
                                               .value("rows")
                                               .toArray())
                    got.append(idOf(v));
                QCOMPARE(got, want.mid(1200, 50));
            }
        }
        // With a state filter, and every page of a state's matches by `after`.
        const QJsonObject draft{{"state", "draft"}};
        const QList<qint64> want =
            expected(all(s, {{"filter", draft}, {"sort", "-order_date"}}), "bulk", texts);
        QCOMPARE(want.size(), 3501); // and the draft with reference BULK-REF
        QCOMPARE(walk(s, {{"search", "bulk"}, {"filter", draft}, {"sort", "-order_date"}}, 500),
                 want);
    }
};

QTEST_GUILESS_MAIN(TestSalesSearch)
#include "tst_sales_search.moc"
