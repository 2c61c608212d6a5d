// The platform kit on SQLite and PostgreSQL: document numbers (patterns, per-year counters,
// gapless and unique under 20 concurrent clients through the real dispatcher), the event bus
// (declared order, requests, a throwing subscriber rolls the whole call back, the payloads
// finance will post from, a scrapped return allocates no backorder) and the SQL dialect.
#include "server/modules/inventory/inventoryevents.h"
#include "server/modules/purchasing/purchasingevents.h"
#include "server/modules/sales/salesevents.h"
#include "server/platform/documentnumbers.h"
#include "server/platform/eventbus.h"
#include "server/rpc/callcontext.h"
#include "server/rpc/dispatcher.h"
#include "server/rpc/registry.h"
#include "server/servercore.h"
#include "server/storage/database.h"
#include "server/storage/migrator.h"
#include "server/storage/queryresult.h"
#include "tests/server/purchasingtest.h"
#include "tests/server/salesshop.h"
#include "tests/support/servertest.h"
#include "tests/support/testdb.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <stdexcept>

using namespace Erp;
using Erp::Test::ServerTest;
namespace Inv = Erp::Server::Inventory::Events;

namespace {

struct Ping
{
    static constexpr auto Name = "test.ping";
    static constexpr auto Kind = Platform::EventKind::Announcement;
    int n = 0;
};

struct Question
{
    static constexpr auto Name = "test.question";
    static constexpr auto Kind = Platform::EventKind::Request;
    QStringList answers; ///< reply
};

struct Impostor
{
    static constexpr auto Name = "test.ping";
    static constexpr auto Kind = Platform::EventKind::Announcement;
};

const Platform::NumberSeries kTestSeries{QStringLiteral("test.document"),
                                         QStringLiteral("T{yyyy}-{n:6}")};

QString thisYear(const char* pattern, qint64 n)
{
    return Platform::formatDocumentNumber(QString::fromUtf8(pattern), QDate::currentDate(), n);
}

} // namespace

class TestPlatform final : public QObject
{
    Q_OBJECT
private slots:
    void numberPatterns()
    {
        const QDate d(2026, 3, 9);
        using Platform::formatDocumentNumber;
        QCOMPARE(formatDocumentNumber("SO{yyyy}-{n:6}", d, 1), QStringLiteral("SO2026-000001"));
        QCOMPARE(formatDocumentNumber("记-{yyyy}-{n:6}", d, 123), QStringLiteral("记-2026-000123"));
        QCOMPARE(formatDocumentNumber("INV/{yy}/{n:4}", d, 7), QStringLiteral("INV/26/0007"));
        QCOMPARE(formatDocumentNumber("C{n:6}", d, 1234567), QStringLiteral("C1234567"));
        QCOMPARE(formatDocumentNumber("{n}", d, 42), QStringLiteral("42"));
        QVERIFY_THROWS_EXCEPTION(std::logic_error, formatDocumentNumber("SO{yyyy}", d, 1));
        QVERIFY_THROWS_EXCEPTION(std::logic_error, formatDocumentNumber("{n}-{n}", d, 1));
        // A pattern showing the year counts per year; one without counts once.
        QCOMPARE(Platform::documentCounter({"sales.order", "SO{yyyy}-{n:6}"}, d),
                 QStringLiteral("sales.order.2026"));
        QCOMPARE(Platform::documentCounter({"crm.customer", "C{n:6}"}, d),
                 QStringLiteral("crm.customer"));
    }

    void numbersCountPerYearAndRollBack()
    {
        ServerTest t(QStringLiteral("plat_numbers_year"));
        Storage::Database& db = t.core().database();
        const Platform::NumberSeries voucher{QStringLiteral("test.voucher"),
                                             QStringLiteral("记-{yyyy}-{n:6}")};
        {
            Storage::Transaction tx(db, Storage::Transaction::ReadWrite);
            QCOMPARE(Platform::takeDocumentNumber(db, voucher, QDate(2025, 12, 31)),
                     QStringLiteral("记-2025-000001"));
            QCOMPARE(Platform::takeDocumentNumber(db, voucher, QDate(2026, 1, 1)),
                     QStringLiteral("记-2026-000001"));
            QCOMPARE(Platform::takeDocumentNumber(db, voucher, QDate(2026, 6, 30)),
                     QStringLiteral("记-2026-000002"));
            tx.commit();
        }
        {
            // Rolled back: the number goes back to the series.
            Storage::Transaction tx(db, Storage::Transaction::ReadWrite);
            QCOMPARE(Platform::takeDocumentNumber(db, voucher, QDate(2026, 7, 1)),
                     QStringLiteral("记-2026-000003"));
        }
        Storage::Transaction tx(db, Storage::Transaction::ReadWrite);
        QCOMPARE(Platform::takeDocumentNumber(db, voucher, QDate(2026, 7, 1)),
                 QStringLiteral("记-2026-000003"));
        QCOMPARE(Platform::takeDocumentNumber(db, voucher, QDate(2025, 12, 31)),
                 QStringLiteral("记-2025-000002"));
        tx.commit();
    }

    void numbersAreGaplessUnderConcurrency()
    {
        ServerTest t(QStringLiteral("plat_numbers_race"));
        ServerTest::Session admin = t.admin();
        // A document whose creation fails after it took its number when asked to.
        t.core().registry().add(
            Rpc::MethodSpec(QStringLiteral("test.document.create"))
                .needs(QStringLiteral("test.document.create"))
                .param(QStringLiteral("fail"), Rpc::ParamType::Boolean)
                .handle([](Rpc::CallContext& ctx, const QJsonObject& p) -> QJsonValue {
                    const QString number = Platform::takeDocumentNumber(ctx.db, kTestSeries);
                    if (p.value(QLatin1String("fail")).toBool())
                        throw Rpc::Error(Rpc::BusinessRule,
                                         QStringLiteral("deliberately failed after taking ") +
                                             number);
                    return QJsonObject{{QStringLiteral("number"), number}};
                }));
        t.core().database().closeThreadConnection();
        constexpr int Clients = 20;
        constexpr int Calls = 12;
        QMutex mutex;
        QStringList documents;
        QStringList customers;
        QStringList problems;
        int failed = 0;
        QList<QThread*> threads;
        for (int c = 0; c < Clients; ++c) {
            threads.append(QThread::create([&, c] {
                const Rpc::Identity who = admin.identity;
                auto call = [&](int id, const QString& method, const QJsonObject& params) {
                    const QByteArray line = QJsonDocument(Rpc::makeRequest(id, method, params))
                                                .toJson(QJsonDocument::Compact);
                    return QJsonDocument::fromJson(
                               t.core().dispatcher().handleLine(line, who).reply)
                        .object();
                };
                for (int i = 0; i < Calls; ++i) {
                    const bool fail = (c + i) % 3 == 0;
                    const QJsonObject reply =
                        call(c * 1000 + i, QStringLiteral("test.document.create"),
                             {{QStringLiteral("fail"), fail}});
                    const QJsonObject customer = call(
                        c * 1000 + 500 + i, QStringLiteral("crm.customer.create"),
                        {{QStringLiteral("name"), QStringLiteral("并发客户 %1-%2").arg(c).arg(i)},
                         {QStringLiteral("allow_duplicates"), true}});
                    QMutexLocker lock(&mutex);
                    const int code = reply.value("error").toObject().value("code").toInt(
                        int(Rpc::InternalError));
                    if (fail && code == int(Rpc::BusinessRule))
                        ++failed;
                    else if (!fail && reply.contains("result"))
                        documents.append(
                            reply.value("result").toObject().value("number").toString());
                    else
                        problems.append(QString::fromUtf8(QJsonDocument(reply).toJson()));
                    if (customer.contains("result"))
                        customers.append(
                            customer.value("result").toObject().value("code").toString());
                    else
                        problems.append(QString::fromUtf8(QJsonDocument(customer).toJson()));
                }
            }));
        }
        for (QThread* thread : threads)
            thread->start();
        for (QThread* thread : threads) {
            thread->wait();
            delete thread;
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join('\n')));
        QCOMPARE(failed + documents.size(), Clients * Calls);
        QVERIFY(failed > 0);
        // Exactly 1..N: no gap (the failed calls gave theirs back), no duplicate.
        std::sort(documents.begin(), documents.end());
        for (qsizetype i = 0; i < documents.size(); ++i)
            QCOMPARE(documents.at(i), thisYear("T{yyyy}-{n:6}", i + 1));
        std::sort(customers.begin(), customers.end());
        QCOMPARE(customers.size(), Clients * Calls);
        for (qsizetype i = 0; i < customers.size(); ++i)
            QCOMPARE(customers.at(i), QStringLiteral("C%1").arg(i + 1, 6, 10, QLatin1Char('0')));
        QJsonObject next = t.call(admin, "test.document.create").toObject();
        QCOMPARE(next.value("number").toString(), thisYear("T{yyyy}-{n:6}", documents.size() + 1));
    }

    void olderCountersContinueUnderTheirNewNames()
    {
        // A store numbered before the series had <module>.<document> names (migration 0013).
        const QString url = Test::databaseUrl(QStringLiteral("plat_numbers_migrate"));
        const auto config = *Storage::DatabaseConfig::fromUrl(url, nullptr);
        const QString year = QString::number(QDate::currentDate().year());
        {
            Storage::Database db(config);
            Storage::Migrator m(db);
            QVERIFY(m.migrate(12) > 0);
            QSqlQuery q(db.connection());
            for (const QString& row :
                 {QStringLiteral("('po.%1', 5)").arg(year),
                  QStringLiteral("('gr.%1', 4)").arg(year), QStringLiteral("('TR%1', 3)").arg(year),
                  QStringLiteral("('SC', 7)"), QStringLiteral("('customer', 9)"),
                  QStringLiteral("('supplier', 2)"),
                  QStringLiteral("('sales.order.%1', 11)").arg(year)})
                QVERIFY2(
                    q.exec(QStringLiteral("INSERT INTO number_sequences (name, value) VALUES ") +
                           row),
                    qPrintable(row));
            q.finish();
            QVERIFY(m.migrate() > 0);
            Storage::Transaction tx(db, Storage::Transaction::ReadWrite);
            auto next = [&db](const char* key, const char* pattern) {
                return Platform::takeDocumentNumber(
                    db, {QString::fromLatin1(key), QString::fromLatin1(pattern)});
            };
            QCOMPARE(next("purchasing.order", "PO{yyyy}-{n:6}"), thisYear("PO{yyyy}-{n:6}", 6));
            QCOMPARE(next("purchasing.receipt", "GR{yyyy}-{n:6}"), thisYear("GR{yyyy}-{n:6}", 5));
            QCOMPARE(next("inventory.transfer", "TR{yyyy}-{n:6}"), thisYear("TR{yyyy}-{n:6}", 4));
            QCOMPARE(next("inventory.count", "SC{yyyy}-{n:6}"), thisYear("SC{yyyy}-{n:6}", 8));
            QCOMPARE(next("crm.customer", "C{n:6}"), QStringLiteral("C000010"));
            QCOMPARE(next("purchasing.supplier", "S{n:5}"), QStringLiteral("S00003"));
            QCOMPARE(next("sales.order", "SO{yyyy}-{n:6}"), thisYear("SO{yyyy}-{n:6}", 12));
            tx.commit();
            db.closeThreadConnection();
        }
    }

    void subscribersRunInDeclaredOrder()
    {
        Storage::Database db(Storage::DatabaseConfig{}); // never opened: no handler touches it
        Rpc::CallContext ctx(db, Rpc::Identity(), QStringLiteral("test"));
        Platform::EventBus bus;
        QStringList calls;
        auto subscriber = [&calls](const char* name) {
            return [&calls, name](Rpc::CallContext&, const Ping& p) {
                calls.append(QStringLiteral("%1:%2").arg(QLatin1String(name)).arg(p.n));
            };
        };
        bus.subscribe<Ping>(QStringLiteral("finance"), 200, subscriber("finance"));
        bus.subscribe<Ping>(QStringLiteral("sales"), 100, subscriber("sales"));
        bus.subscribe<Ping>(QStringLiteral("crm"), 100, subscriber("crm"));
        bus.subscribe<Ping>(QStringLiteral("audit"), -1, subscriber("audit"));
        bus.publish(ctx, Ping{7});
        // Lower order first; equal orders by name, whatever the order of subscription.
        QCOMPARE(calls, QStringList({"audit:7", "crm:7", "sales:7", "finance:7"}));
        QCOMPARE(bus.subscribers(QStringLiteral("test.ping")),
                 QStringList({"audit", "crm", "sales", "finance"}));

        // A request: each subscriber adds to the reply, in the same order.
        bus.subscribe<Question>(QStringLiteral("b"), 2,
                                [](Rpc::CallContext&, Question& q) { q.answers.append("b"); });
        bus.subscribe<Question>(QStringLiteral("a"), 1,
                                [](Rpc::CallContext&, Question& q) { q.answers.append("a"); });
        Question q;
        QCOMPARE(bus.ask(ctx, q).answers, QStringList({"a", "b"}));
        // An event nobody subscribed to is fine; two types may not share a name.
        Question unanswered;
        Platform::EventBus().ask(ctx, unanswered);
        QVERIFY(unanswered.answers.isEmpty());
        QVERIFY_THROWS_EXCEPTION(
            std::logic_error, bus.subscribe<Impostor>(QStringLiteral("x"), 0,
                                                      [](Rpc::CallContext&, const Impostor&) {}));
    }

    void theServerWiresItsModulesOnTheBus()
    {
        ServerTest t(QStringLiteral("plat_wiring"));
        const Platform::EventBus& bus = t.core().events();
        QCOMPARE(bus.subscribers("inventory.stock_moved"),
                 QStringList({"sales.backorders", "finance.stock"}));
        QCOMPARE(bus.subscribers("inventory.demand"), QStringList({"sales.backorders"}));
        QCOMPARE(bus.subscribers("inventory.supplier_check"),
                 QStringList({"purchasing.suppliers"}));
        QCOMPARE(bus.subscribers("crm.customer_merged"),
                 QStringList({"sales.orders", "finance.invoices"}));
        QCOMPARE(bus.subscribers("sales.order_shipped"), QStringList({"finance.invoice"}));
        QCOMPARE(bus.subscribers("sales.credit_exposure"), QStringList({"finance.receivables"}));
        QCOMPARE(bus.subscribers("rpc.identity_refresh"), QStringList({"admin.sessions"}));
    }

    void aThrowingSubscriberRollsBackTheWholeCall()
    {
        SalesTest::Shop s(QStringLiteral("plat_rollback"));
        s.receive(s.pen, s.sh, "10");
        bool refuse = true;
        int seen = 0;
        s.t.core().events().subscribe<Inv::StockMoved>(
            QStringLiteral("test.refuse"), 50, [&](Rpc::CallContext&, const Inv::StockMoved&) {
                ++seen;
                if (refuse)
                    throw Rpc::Error(Rpc::BusinessRule, QStringLiteral("refused by a subscriber"));
            });
        const QJsonObject transfer{{"product_id", s.pen},
                                   {"from_warehouse_id", s.sh},
                                   {"to_warehouse_id", s.sz},
                                   {"qty", "3"},
                                   {"reason", "rebalance"}};
        Rpc::Error e;
        QCOMPARE(s.t.callCode(s.admin, "inventory.stock.transfer", transfer, &e),
                 int(Rpc::BusinessRule));
        QCOMPARE(e.message, QStringLiteral("refused by a subscriber"));
        QCOMPARE(seen, 1); // one posting for both legs
        // Nothing of the call remains: moves, levels, the transfer's number.
        QCOMPARE(s.moves(s.pen), QStringList({"receipt:10.000"}));
        QCOMPARE(s.level(s.pen, s.sh).value("on_hand").toString(), QStringLiteral("10.000"));
        refuse = false;
        const QJsonObject done = s.t.call(s.admin, "inventory.stock.transfer", transfer).toObject();
        QCOMPARE(done.value("source_ref").toString(), thisYear("TR{yyyy}-{n:6}", 1));
        QCOMPARE(s.moves(s.pen),
                 QStringList({"receipt:10.000", "transfer:-3.000", "transfer:3.000"}));
    }

    void stockMovesAndShipmentsCarryWhatFinancePosts()
    {
        SalesTest::Shop s(QStringLiteral("plat_payloads"));
        QList<Inv::StockMoved> postings;
        QList<Server::Sales::Events::OrderShipped> shipments;
        Platform::EventBus& bus = s.t.core().events();
        bus.subscribe<Inv::StockMoved>(
            QStringLiteral("test.finance"), 1000,
            [&](Rpc::CallContext&, const Inv::StockMoved& m) { postings.append(m); });
        bus.subscribe<Server::Sales::Events::OrderShipped>(
            QStringLiteral("test.finance"), 1000,
            [&](Rpc::CallContext&, const Server::Sales::Events::OrderShipped& e) {
                shipments.append(e);
            });
        s.receive(s.pen, s.sh, "10"); // pen: price 20.00, cost 8.00, 13 %
        QCOMPARE(postings.size(), 1);
        const Server::Inventory::PostedMove in = postings.at(0).moves.at(0);
        QCOMPARE(in.kind, QStringLiteral("receipt"));
        QCOMPARE(in.qty, qint64(10000));
        QCOMPARE(in.unitCost, qint64(800));
        QCOMPARE(in.value, qint64(8000));
        QCOMPARE(in.currency, QStringLiteral("CNY"));
        QCOMPARE(postings.at(0).date, QDate::currentDate());

        QJsonObject o = s.act(
            "pick", s.act("allocate", s.act("submit", s.order({SalesTest::line(s.pen, "2.5")}))));
        o = s.act("ship", o, {{"carrier", "SF"}, {"tracking", "SF1"}});
        QCOMPARE(shipments.size(), 1);
        const auto& shipped = shipments.at(0);
        QVERIFY(shipped.number.startsWith(QStringLiteral("SH")));
        QCOMPARE(shipped.orderNumber, o.value("number").toString());
        QCOMPARE(shipped.customerId, s.customer);
        QCOMPARE(shipped.currency, QStringLiteral("CNY"));
        QVERIFY(shipped.complete);
        QCOMPARE(shipped.lines.size(), 1);
        QCOMPARE(shipped.lines.at(0).qty, qint64(2500));
        QCOMPARE(shipped.net, qint64(5000));
        QCOMPARE(shipped.tax, qint64(650));
        // The shipment's cost of goods: the move posted for it, referenced by its number.
        const Server::Inventory::PostedMove out = postings.constLast().moves.at(0);
        QCOMPARE(out.kind, QStringLiteral("shipment"));
        QCOMPARE(out.qty, qint64(-2500));
        QCOMPARE(out.value, qint64(-2000));
        QCOMPARE(out.source.ref, shipped.number);
    }

    void goodsReceivedCarriesThePurchasePrice()
    {
        namespace P = Erp::Test::Purchasing;
        ServerTest t(QStringLiteral("plat_receipt"));
        ServerTest::Session s = t.admin();
        const P::World w = P::setup(t, s);
        QList<Server::Purchasing::Events::GoodsReceived> receipts;
        QList<Inv::StockMoved> postings;
        t.core().events().subscribe<Server::Purchasing::Events::GoodsReceived>(
            QStringLiteral("test.finance"), 1000,
            [&](Rpc::CallContext&, const Server::Purchasing::Events::GoodsReceived& r) {
                receipts.append(r);
            });
        t.core().events().subscribe<Inv::StockMoved>(
            QStringLiteral("test.finance"), 1000,
            [&](Rpc::CallContext&, const Inv::StockMoved& m) { postings.append(m); });
        QJsonObject line = P::line(w.ink, "4");
        line.insert("unit_cost", "7.50");
        QJsonObject po = P::draft(t, s, w.hq, w.sh, {line, P::line(w.pen, "10")});
        po = P::step(t, s, "receive", P::step(t, s, "confirm", P::step(t, s, "send", po)));
        QCOMPARE(receipts.size(), 1);
        const auto& r = receipts.at(0);
        QVERIFY(r.number.startsWith(QStringLiteral("GR") + P::year()));
        QCOMPARE(r.orderNumber, po.value("number").toString());
        QCOMPARE(r.supplierId, w.hq);
        QCOMPARE(r.currency, QStringLiteral("CNY"));
        QCOMPARE(r.lines.size(), 2);
        QCOMPARE(r.lines.at(0).unitCost, qint64(750));
        QCOMPARE(r.lines.at(0).net, qint64(3000));
        QCOMPARE(r.lines.at(0).tax, qint64(390));
        QCOMPARE(r.net, qint64(3000 + 2500));
        QVERIFY(r.lines.at(0).moveId > 0);
        // Both lines are one posting, valued at the order's price, not the product's cost.
        QCOMPARE(postings.size(), 1);
        QCOMPARE(postings.at(0).moves.size(), 2);
        QCOMPARE(postings.at(0).moves.at(0).moveId, r.lines.at(0).moveId);
        QCOMPARE(postings.at(0).moves.at(0).unitCost, qint64(750));
        QCOMPARE(postings.at(0).moves.at(0).value, qint64(3000));
        QCOMPARE(postings.at(0).moves.at(0).source.ref, r.orderNumber);
    }

    void aScrappedReturnAllocatesNoBackorder()
    {
        SalesTest::Shop s(QStringLiteral("plat_scrap"));
        s.receive(s.pen, s.sh, "5");
        QJsonObject sold = s.act("submit", s.order({SalesTest::line(s.pen, "5")}));
        sold = s.act("deliver", s.act("ship", s.act("pick", s.act("allocate", sold))));
        // Nothing on hand: submit stops for review, approve, allocate backorders it.
        QJsonObject waiting = s.act(
            "allocate", s.act("approve", s.act("submit", s.order({SalesTest::line(s.pen, "1")}))));
        QVERIFY(waiting.value("has_backorder").toBool());
        const qint64 lineId = SalesTest::idOf(sold.value("lines").toArray().at(0));
        sold =
            s.act("return", sold,
                  {{"lines", QJsonArray{QJsonObject{
                                 {"line_id", lineId}, {"qty", "1"}, {"disposition", "scrap"}}}}});
        auto reload = [&](const QJsonObject& o) {
            return s.t.call(s.admin, "sales.order.get", {{"id", o.value("id")}}).toObject();
        };
        // The returned unit went to the scrap heap: nothing arrived for the backorder.
        QVERIFY(reload(waiting).value("has_backorder").toBool());
        QCOMPARE(s.level(s.pen, s.sh).value("on_hand").toString(), QStringLiteral("0.000"));
        // A restocked one does arrive.
        s.act("return", sold,
              {{"lines", QJsonArray{QJsonObject{
                             {"line_id", lineId}, {"qty", "1"}, {"disposition", "restock"}}}}});
        QVERIFY(!reload(waiting).value("has_backorder").toBool());
        QCOMPARE(s.level(s.pen, s.sh).value("reserved").toString(), QStringLiteral("1.000"));
    }

    void dialectAndOneValue()
    {
        ServerTest t(QStringLiteral("plat_dialect"));
        Storage::Database& db = t.core().database();
        const Storage::SqlDialect& sql = db.sql();
        QCOMPARE(sql.name(), db.dialect() == Storage::Dialect::Sqlite
                                 ? QStringLiteral("sqlite")
                                 : QStringLiteral("postgresql"));
        // The id-list fragments select what they are given, on either backend.
        QSqlQuery& q = db.prepared(QStringLiteral("SELECT COUNT(*) FROM (") + sql.idListSelect() +
                                   QStringLiteral(") AS ids"));
        q.bindValue(QStringLiteral(":ids"), Storage::SqlDialect::idList({3, 5, 8}));
        Storage::exec(q);
        QCOMPARE(Storage::oneInteger(q), qint64(3));
        QSqlQuery& none = db.prepared(QStringLiteral("SELECT value FROM settings WHERE key = :k"));
        none.bindValue(QStringLiteral(":k"), QStringLiteral("no such key"));
        Storage::exec(none);
        QVERIFY(!Storage::oneValue(none).has_value());
        none.bindValue(QStringLiteral(":k"), QStringLiteral("initialized_at"));
        Storage::exec(none);
        QVERIFY(Storage::oneValue(none)
                    .value_or(QVariant())
                    .toString()
                    .startsWith(QString::number(QDate::currentDate().year())));
    }
};

QTEST_GUILESS_MAIN(TestPlatform)
#include "tst_platform.moc"
