// Sales order fulfilment on SQLite and PostgreSQL: allocation by warehouse priority with split,
// backorders that allocate themselves when stock arrives (and replenishment sees them), partial
// and full shipment with the ledger and outbox, cancel releasing reservations, returns (restock
// and scrap), import (idempotent, all or nothing), metrics from timestamps, the list.
#include "tests/server/salesshop.h"

#include <QTest>

using namespace SalesTest;
using Erp::Test::fieldCodes;

class TestSalesFulfilment final : public QObject
{
    Q_OBJECT
private slots:
    void allocationSplitsAcrossWarehousesByPriority()
    {
        Shop s(QStringLiteral("sales_split"));
        s.receive(s.pen, s.sz, "10");
        s.receive(s.pen, s.sh, "3");
        QJsonObject o = s.act("submit", s.order({line(s.pen, "5")}));
        o = s.act("allocate", o);
        QCOMPARE(o.value("state").toString(), QStringLiteral("allocated"));
        QCOMPARE(o.value("has_backorder").toBool(), false);
        const QJsonArray allocations = o.value("allocations").toArray();
        QCOMPARE(allocations.size(), 2);
        QCOMPARE(allocations.at(0).toObject().value("warehouse_code").toString(),
                 QStringLiteral("SH"));
        QCOMPARE(allocations.at(0).toObject().value("qty").toString(), QStringLiteral("3.000"));
        QCOMPARE(allocations.at(1).toObject().value("warehouse_code").toString(),
                 QStringLiteral("SZ"));
        QCOMPARE(allocations.at(1).toObject().value("qty").toString(), QStringLiteral("2.000"));
        QCOMPARE(lineOf(o).value("allocated_qty").toString(), QStringLiteral("5.000"));
        QCOMPARE(lineOf(o).value("allocations").toArray().size(), 2);
        QCOMPARE(s.level(s.pen, s.sh).value("reserved").toString(), QStringLiteral("3.000"));
        QCOMPARE(s.level(s.pen, s.sz).value("reserved").toString(), QStringLiteral("2.000"));

        // Restricted to one warehouse: only what SZ has.
        QJsonObject only = s.act("submit", s.order({line(s.pen, "9")}));
        QCOMPARE(only.value("state").toString(), QStringLiteral("submitted")); // 8 available
        only = s.act("approve", only);
        only = s.act("allocate", only, {{"warehouse_id", s.sz}});
        QCOMPARE(lineOf(only).value("allocated_qty").toString(), QStringLiteral("8.000"));
        QCOMPARE(lineOf(only).value("backorder_qty").toString(), QStringLiteral("1.000"));
        QCOMPARE(only.value("has_backorder").toBool(), true);
    }

    void backordersAllocateThemselvesWhenStockArrives()
    {
        Shop s(QStringLiteral("sales_backorder"));
        s.receive(s.pen, s.sh, "3");
        QJsonObject older = s.act("approve", s.act("submit", s.order({line(s.pen, "5")})));
        older = s.act("allocate", older);
        QCOMPARE(older.value("has_backorder").toBool(), true);
        QCOMPARE(lineOf(older).value("backorder_qty").toString(), QStringLiteral("2.000"));
        QVERIFY(older.value("timeline")
                    .toArray()
                    .last()
                    .toObject()
                    .value("note")
                    .toString()
                    .contains("PEN-1 2.000"));
        QJsonObject younger = s.act("approve", s.act("submit", s.order({line(s.pen, "2")})));
        younger = s.act("allocate", younger);
        QCOMPARE(lineOf(younger).value("allocated_qty").toString(), QStringLiteral("0.000"));
        const QJsonObject waiting = s.t.call(s.admin, "sales.order.list",
                                             {{"filter", QJsonObject{{"has_backorder", true}}}})
                                        .toObject();
        QCOMPARE(waiting.value("total").toInt(), 2);
        // Replenishment sees the backordered quantity (the demand provider).
        const QJsonArray proposals = s.t.call(s.admin, "purchasing.replenishment.propose")
                                         .toObject()
                                         .value("rows")
                                         .toArray();
        QString backordered;
        for (const QJsonValue& group : proposals)
            for (const QJsonValue& l : group.toObject().value("lines").toArray())
                if (l.toObject().value("product_id").toInteger() == s.pen)
                    backordered = l.toObject().value("backordered").toString();
        QCOMPARE(backordered, QStringLiteral("4.000"));

        // 3 arrive (in the other warehouse): the older order takes its 2 first, the younger 1.
        s.receive(s.pen, s.sz, "3");
        older = s.t.call(s.admin, "sales.order.get", {{"id", older.value("id")}}).toObject();
        younger = s.t.call(s.admin, "sales.order.get", {{"id", younger.value("id")}}).toObject();
        QCOMPARE(lineOf(older).value("allocated_qty").toString(), QStringLiteral("5.000"));
        QCOMPARE(older.value("has_backorder").toBool(), false);
        QCOMPARE(older.value("timeline").toArray().last().toObject().value("action").toString(),
                 QStringLiteral("allocate_backorder"));
        QCOMPARE(lineOf(younger).value("allocated_qty").toString(), QStringLiteral("1.000"));
        QCOMPARE(younger.value("has_backorder").toBool(), true);
        QCOMPARE(s.level(s.pen, s.sz).value("reserved").toString(), QStringLiteral("3.000"));

        // Cancelling the older order frees its 5; the younger takes the 1 it still misses.
        s.act("cancel", older, {{"reason", "customer"}});
        younger = s.t.call(s.admin, "sales.order.get", {{"id", younger.value("id")}}).toObject();
        QCOMPARE(lineOf(younger).value("allocated_qty").toString(), QStringLiteral("2.000"));
        QCOMPARE(younger.value("has_backorder").toBool(), false);
    }

    void partialShipmentThenFull()
    {
        Shop s(QStringLiteral("sales_ship"));
        s.receive(s.pen, s.sh, "10");
        s.receive(s.ink, s.sh, "10");
        QJsonObject o = s.act("submit", s.order({line(s.pen, "4"), line(s.ink, "2")}));
        o = s.act("pick", s.act("allocate", o));
        const qint64 penLine = idOf(lineOf(o, 0));
        const qint64 inkLine = idOf(lineOf(o, 1));
        Rpc::Error e;
        QCOMPARE(s.actCode("ship", o,
                           {{"lines", QJsonArray{QJsonObject{{"line_id", penLine}, {"qty", "5"}}}}},
                           &e),
                 int(Rpc::ValidationFailed));
        QCOMPARE(fieldCodes(e), QStringList({"lines[0].qty:exceeds_allocated"}));
        o = s.act("ship", o,
                  {{"carrier", "顺丰速运"},
                   {"tracking", "SF1234567890"},
                   {"lines", QJsonArray{QJsonObject{{"line_id", penLine}, {"qty", "1.5"}}}}});
        QCOMPARE(o.value("state").toString(), QStringLiteral("picking"));
        QCOMPARE(lineOf(o, 0).value("shipped_qty").toString(), QStringLiteral("1.500"));
        QCOMPARE(o.value("shipments").toArray().size(), 1);
        const QJsonObject first = o.value("shipments").toArray().at(0).toObject();
        QVERIFY(first.value("number").toString().startsWith("SH"));
        QCOMPARE(first.value("carrier").toString(), QStringLiteral("顺丰速运"));
        QCOMPARE(strings(o.value("allowed_actions")), QStringList({"ship"})); // no cancel now
        QCOMPARE(s.actCode("cancel", o, {}, &e), int(Rpc::BusinessRule));
        QCOMPARE(s.level(s.pen, s.sh).value("on_hand").toString(), QStringLiteral("8.500"));
        QCOMPARE(s.level(s.pen, s.sh).value("reserved").toString(), QStringLiteral("2.500"));

        o = s.act("ship", o, {{"carrier", "SF"}, {"tracking", "SF2"}}); // the rest
        QCOMPARE(o.value("state").toString(), QStringLiteral("shipped"));
        QCOMPARE(lineOf(o, 0).value("shipped_qty").toString(), QStringLiteral("4.000"));
        QCOMPARE(lineOf(o, 1).value("shipped_qty").toString(), QStringLiteral("2.000"));
        QCOMPARE(o.value("shipments").toArray().size(), 2);
        QVERIFY(!o.value("shipped_at").toString().isEmpty());
        QCOMPARE(s.level(s.pen, s.sh).value("on_hand").toString(), QStringLiteral("6.000"));
        QCOMPARE(s.level(s.pen, s.sh).value("reserved").toString(), QStringLiteral("0.000"));
        QCOMPARE(s.moves(s.pen),
                 QStringList({"receipt:10.000", "shipment:-1.500", "shipment:-2.500"}));
        Q_UNUSED(inkLine);

        o = s.act("deliver", o);
        const QStringList mails = s.outbox(idOf(o));
        QCOMPARE(mails.size(), 4); // approved, two shipments, delivered
        QVERIFY(mails.at(1).contains("shipped"));
        QVERIFY(mails.at(3).contains("delivered"));
        QSqlQuery q(s.t.core().database().connection());
        q.prepare("SELECT body FROM outbox WHERE source_id = :id ORDER BY id");
        q.bindValue(":id", idOf(o));
        QVERIFY(q.exec() && q.next() && q.next());
        QVERIFY(q.value(0).toString().contains("SF1234567890"));
        QVERIFY(q.value(0).toString().contains("顺丰速运"));
    }

    void cancelReleasesReservations()
    {
        Shop s(QStringLiteral("sales_cancel"));
        s.receive(s.pen, s.sh, "10");
        QJsonObject o = s.act("allocate", s.act("submit", s.order({line(s.pen, "4")})));
        QCOMPARE(s.level(s.pen, s.sh).value("reserved").toString(), QStringLiteral("4.000"));
        QCOMPARE(s.level(s.pen, s.sh).value("available").toString(), QStringLiteral("6.000"));
        o = s.act("cancel", o, {{"reason", "客户取消"}});
        QCOMPARE(o.value("state").toString(), QStringLiteral("cancelled"));
        QCOMPARE(o.value("cancel_reason").toString(), QStringLiteral("客户取消"));
        QCOMPARE(s.level(s.pen, s.sh).value("reserved").toString(), QStringLiteral("0.000"));
        QCOMPARE(s.level(s.pen, s.sh).value("available").toString(), QStringLiteral("10.000"));
        QVERIFY(o.value("allowed_actions").toArray().isEmpty());
        const QJsonObject check = s.t.call(s.admin, "inventory.stock.check").toObject();
        QVERIFY(check.value("differences").toArray().isEmpty());
    }

    void returnsRestockAndScrap()
    {
        Shop s(QStringLiteral("sales_return"));
        s.receive(s.pen, s.sh, "10");
        QJsonObject o = s.act("submit", s.order({line(s.pen, "5")}));
        o = s.act("deliver", s.act("ship", s.act("pick", s.act("allocate", o))));
        const qint64 lineId = idOf(lineOf(o));
        Rpc::Error e;
        QCOMPARE(s.actCode("return", o,
                           {{"lines",
                             QJsonArray{QJsonObject{
                                 {"line_id", lineId}, {"qty", "6"}, {"disposition", "restock"}}}}},
                           &e),
                 int(Rpc::ValidationFailed));
        QCOMPARE(fieldCodes(e), QStringList({"lines[0].qty:exceeds_shipped"}));
        o = s.act(
            "return", o,
            {{"reason", "破损"},
             {"lines",
              QJsonArray{
                  QJsonObject{{"line_id", lineId}, {"qty", "2"}, {"disposition", "restock"}},
                  QJsonObject{{"line_id", lineId}, {"qty", "1"}, {"disposition", "scrap"}}}}});
        QCOMPARE(o.value("state").toString(), QStringLiteral("delivered"));
        QCOMPARE(lineOf(o).value("returned_qty").toString(), QStringLiteral("3.000"));
        QCOMPARE(o.value("has_return").toBool(), true);
        const QJsonArray returns = o.value("returns").toArray();
        QCOMPARE(returns.size(), 1);
        QVERIFY(returns.at(0).toObject().value("number").toString().startsWith("RMA"));
        QCOMPARE(returns.at(0).toObject().value("lines").toArray().size(), 2);
        QCOMPARE(s.moves(s.pen), QStringList({"receipt:10.000", "shipment:-5.000", "return:2.000",
                                              "return:1.000", "scrap:-1.000"}));
        QCOMPARE(s.level(s.pen, s.sh).value("on_hand").toString(), QStringLiteral("7.000"));
        // What is left to return: 2.
        QCOMPARE(s.actCode(
                     "return", o,
                     {{"lines", QJsonArray{QJsonObject{
                                    {"line_id", lineId}, {"qty", "3"}, {"disposition", "scrap"}}}}},
                     &e),
                 int(Rpc::ValidationFailed));
        o = s.act("complete", o);
        o = s.act("return", o,
                  {{"lines", QJsonArray{QJsonObject{
                                 {"line_id", lineId}, {"qty", "2"}, {"disposition", "restock"}}}}});
        QCOMPARE(o.value("state").toString(), QStringLiteral("completed"));
        QCOMPARE(o.value("returns").toArray().size(), 2);
    }

    void importIsIdempotentAndAllOrNothing()
    {
        Shop s(QStringLiteral("sales_import"));
        const QString code = s.t.call(s.admin, "crm.customer.get", {{"id", s.customer}})
                                 .toObject()
                                 .value("code")
                                 .toString();
        const QString csv = "external_ref,channel,customer_code,order_date,requested_date,sku,qty,"
                            "unit_price,discount_pct,notes\n"
                            "WEB-1001,web," +
                            code +
                            ",2026-11-20,2026-11-25,PEN-1,2,,,\n"
                            "WEB-1001,web," +
                            code +
                            ",2026-11-20,2026-11-25,ink-1,1.5,4.50,10,gift wrap\n"
                            "WEB-1002,web," +
                            code + ",2026-11-21,,PEN-1,1,,,\n";
        QJsonObject report = s.t.call(s.admin, "sales.order.import",
                                      {{"format", "csv"}, {"data", csv}, {"dry_run", true}})
                                 .toObject();
        QCOMPARE(report.value("created").toInt(), 2);
        QCOMPARE(s.t.call(s.admin, "sales.order.list").toObject().value("total").toInt(), 0);
        report =
            s.t.call(s.admin, "sales.order.import", {{"format", "csv"}, {"data", csv}}).toObject();
        QCOMPARE(report.value("created").toInt(), 2);
        QCOMPARE(report.value("skipped").toInt(), 0);
        QVERIFY(report.value("errors").toArray().isEmpty());
        const QJsonObject list =
            s.t.call(s.admin, "sales.order.list",
                     {{"filter", QJsonObject{{"channel", "web"}}}, {"sort", "number"}})
                .toObject();
        QCOMPARE(list.value("total").toInt(), 2);
        const QJsonObject first =
            s.t.call(s.admin, "sales.order.get",
                     {{"id", list.value("rows").toArray().at(0).toObject().value("id")}})
                .toObject();
        QCOMPARE(first.value("external_ref").toString(), QStringLiteral("WEB-1001"));
        QCOMPARE(first.value("order_date").toString(), QStringLiteral("2026-11-20"));
        QCOMPARE(first.value("lines").toArray().size(), 2);
        QCOMPARE(lineOf(first, 1).value("unit_price").toString(), QStringLiteral("4.50"));
        QCOMPARE(lineOf(first, 1).value("net").toString(), QStringLiteral("6.08")); // 1.5×4.5×0.9
        // The same file again: nothing new.
        report =
            s.t.call(s.admin, "sales.order.import", {{"format", "csv"}, {"data", csv}}).toObject();
        QCOMPARE(report.value("created").toInt(), 0);
        QCOMPARE(report.value("skipped").toInt(), 2);
        QCOMPARE(s.t.call(s.admin, "sales.order.list").toObject().value("total").toInt(), 2);

        // JSON rows with errors: nothing is imported, every problem is reported by row.
        const QJsonArray rows{
            QJsonObject{{"external_ref", "M-1"},
                        {"channel", "web"},
                        {"customer_code", code},
                        {"sku", "PEN-1"},
                        {"qty", "1"}},
            QJsonObject{{"external_ref", "M-2"},
                        {"channel", "web"},
                        {"customer_code", code},
                        {"sku", "NOPE"},
                        {"qty", "1"}},
            QJsonObject{{"external_ref", "M-3"},
                        {"channel", "web"},
                        {"customer_code", "C999999"},
                        {"sku", "PEN-1"},
                        {"qty", "1.0001"}},
            QJsonObject{
                {"channel", "web"}, {"customer_code", code}, {"sku", "PEN-1"}, {"qty", "1"}}};
        Rpc::Error e;
        QCOMPARE(
            s.t.callCode(s.admin, "sales.order.import", {{"format", "json"}, {"data", rows}}, &e),
            int(Rpc::ValidationFailed));
        QStringList problems;
        for (const QJsonValue& v : e.data.toObject().value("errors").toArray())
            problems.append(QString::number(v.toObject().value("row").toInt()) + ":" +
                            v.toObject().value("field").toString() + ":" +
                            v.toObject().value("code").toString());
        for (const char* expected :
             {"2:sku:unknown", "3:customer_code:unknown", "4:external_ref:required"})
            QVERIFY2(problems.contains(QString::fromLatin1(expected)),
                     qPrintable(problems.join(' ')));
        QCOMPARE(s.t.call(s.admin, "sales.order.list").toObject().value("total").toInt(), 2);
        // A bad quantity is reported at its row and column.
        QCOMPARE(s.t.callCode(s.admin, "sales.order.import",
                              {{"format", "json"},
                               {"data", QJsonArray{QJsonObject{{"external_ref", "Q-1"},
                                                               {"customer_code", code},
                                                               {"sku", "PEN-1"},
                                                               {"qty", "1.0001"}}}}},
                              &e),
                 int(Rpc::ValidationFailed));
        const QJsonObject qtyError = e.data.toObject().value("errors").toArray().at(0).toObject();
        QCOMPARE(qtyError.value("row").toInt(), 1);
        QCOMPARE(qtyError.value("field").toString(), QStringLiteral("qty"));
        QCOMPARE(qtyError.value("code").toString(), QStringLiteral("scale"));
    }

    void metricsComeFromTimestamps()
    {
        Shop s(QStringLiteral("sales_metrics"));
        s.receive(s.pen, s.sh, "100");
        QList<qint64> ids;
        for (int i = 0; i < 4; ++i) {
            QJsonObject o =
                s.order({line(s.pen, "1")}, 0,
                        {{"requested_date", "2026-11-05"}, {"order_date", "2026-11-02"}});
            o = s.act("ship", s.act("pick", s.act("allocate", s.act("submit", o))));
            ids.append(idOf(o));
        }
        s.order({line(s.pen, "1")}, 0, {{"order_date", "2026-11-03"}}); // a draft
        // Submitted Monday 08:00; shipped after 10, 20, 30 and 40 hours; the last one late.
        const char* shipped[] = {"2026-11-02T18:00:00.000Z", "2026-11-03T04:00:00.000Z",
                                 "2026-11-03T14:00:00.000Z", "2026-11-10T00:00:00.000Z"};
        for (int i = 0; i < 4; ++i)
            s.sql(
                QStringLiteral("UPDATE sales_orders SET submitted_at = '2026-11-02T08:00:00.000Z', "
                               "shipped_at = '%1' WHERE id = %2")
                    .arg(QLatin1String(shipped[i]))
                    .arg(ids.at(i)));
        s.sql(
            QStringLiteral("UPDATE sales_orders SET amendments = 1 WHERE id = %1").arg(ids.at(0)));
        const QJsonObject m = s.t.call(s.admin, "sales.report.metrics",
                                       {{"from", "2026-11-01"}, {"to", "2026-11-30"}})
                                  .toObject();
        QCOMPARE(m.value("by_state").toObject().value("shipped").toInt(), 4);
        QCOMPARE(m.value("by_state").toObject().value("draft").toInt(), 1);
        QCOMPARE(m.value("orders").toInt(), 5);
        // (10 + 20 + 30 + 184) / 4 = 61 hours.
        QCOMPARE(m.value("processing_hours").toString(), QStringLiteral("61.00"));
        QCOMPARE(m.value("on_time_rate").toString(), QStringLiteral("75.00"));
        QCOMPARE(m.value("accuracy_rate").toString(), QStringLiteral("75.00"));
        const QJsonArray trend = m.value("trend").toArray();
        QCOMPARE(trend.size(), 2);
        QCOMPARE(trend.at(0).toObject().value("week").toString(), QStringLiteral("2026-11-02"));
        QCOMPARE(trend.at(0).toObject().value("orders").toInt(), 5);
        QCOMPARE(trend.at(0).toObject().value("processing_hours").toString(),
                 QStringLiteral("20.00"));
        QCOMPARE(trend.at(1).toObject().value("week").toString(), QStringLiteral("2026-11-09"));
        QCOMPARE(trend.at(1).toObject().value("on_time_rate").toString(), QStringLiteral("0.00"));
        // Outside the range: nothing.
        const QJsonObject none =
            s.t.call(s.admin, "sales.report.metrics", {{"to", "2026-10-31"}}).toObject();
        QCOMPARE(none.value("orders").toInt(), 0);
        QVERIFY(none.value("processing_hours").isNull());
    }

    void listFiltersSearchesSortsAndPages()
    {
        Shop s(QStringLiteral("sales_list"));
        s.receive(s.pen, s.sh, "100");
        const qint64 other = s.newCustomer("Acme Trading Ltd", "0", "emma@acme.example.com");
        for (int i = 0; i < 6; ++i) {
            QJsonObject o = s.order({line(s.pen, QString::number(i + 1))}, i % 2 ? other : 0,
                                    {{"order_date", QStringLiteral("2026-10-%1").arg(10 + i)},
                                     {"external_ref", QStringLiteral("EXT-%1").arg(i)},
                                     {"channel", "web"}});
            if (i >= 3)
                s.act("submit", o);
        }
        auto total = [&](const QJsonObject& p) {
            return s.t.call(s.admin, "sales.order.list", p).toObject().value("total").toInt();
        };
        QCOMPARE(total({}), 6);
        QCOMPARE(total({{"filter", QJsonObject{{"state", "draft"}}}}), 3);
        QCOMPARE(total({{"filter", QJsonObject{{"state", QJsonArray{"draft", "approved"}}}}}), 6);
        QCOMPARE(total({{"filter", QJsonObject{{"customer_id", other}}}}), 3);
        QCOMPARE(total({{"filter", QJsonObject{{"from", "2026-10-12"}, {"to", "2026-10-13"}}}}), 2);
        QCOMPARE(total({{"search", "acme"}}), 3);
        QCOMPARE(total({{"search", "ext-4"}}), 1);
        QCOMPARE(total({{"search", "so"}}), 6);
        // Through the customer's contacts too, and by the start of a number.
        QCOMPARE(total({{"search", "emma@acme"}}), 3);
        const QJsonObject first = s.t.call(s.admin, "sales.order.list", {{"sort", "number"}})
                                      .toObject()
                                      .value("rows")
                                      .toArray()
                                      .at(0)
                                      .toObject();
        QCOMPARE(total({{"search", first.value("number").toString()}}), 1);
        QCOMPARE(total({{"search", first.value("number").toString().left(11).toLower()}}), 6);
        // A changed reference is found by its new value only.
        s.t.call(s.admin, "sales.order.update",
                 {{"id", first.value("id")},
                  {"version", first.value("version")},
                  {"external_ref", "SHOP-778899"}});
        QCOMPARE(total({{"search", "shop-7788"}}), 1);
        QCOMPARE(total({{"search", "ext-0"}}), 0);
        QCOMPARE(
            s.t.callCode(s.admin, "sales.order.list", {{"filter", QJsonObject{{"state", "lost"}}}}),
            int(Rpc::InvalidParams));
        QCOMPARE(s.t.callCode(s.admin, "sales.order.list", {{"sort", "secret"}}),
                 int(Rpc::InvalidParams));
        // Newest first by default; keyset paging walks all rows once.
        QJsonObject page = s.t.call(s.admin, "sales.order.list", {{"limit", 4}}).toObject();
        QCOMPARE(page.value("rows").toArray().at(0).toObject().value("order_date").toString(),
                 QStringLiteral("2026-10-15"));
        const QJsonArray after = page.value("next_after").toArray();
        page = s.t.call(s.admin, "sales.order.list", {{"limit", 4}, {"after", after}}).toObject();
        QCOMPARE(page.value("rows").toArray().size(), 2);
        QCOMPARE(page.value("rows").toArray().at(1).toObject().value("order_date").toString(),
                 QStringLiteral("2026-10-10"));
        // Several states: merged per state, still in date order and pageable.
        const QJsonObject both{{"state", QJsonArray{"draft", "approved"}}};
        QJsonObject mixed =
            s.t.call(s.admin, "sales.order.list", {{"filter", both}, {"limit", 4}}).toObject();
        QStringList dates;
        for (const QJsonValue& r : mixed.value("rows").toArray())
            dates.append(r.toObject().value("order_date").toString());
        QCOMPARE(dates, QStringList({"2026-10-15", "2026-10-14", "2026-10-13", "2026-10-12"}));
        mixed = s.t.call(s.admin, "sales.order.list",
                         {{"filter", both}, {"limit", 4}, {"after", mixed.value("next_after")}})
                    .toObject();
        QCOMPARE(mixed.value("rows").toArray().size(), 2);
        QCOMPARE(mixed.value("rows").toArray().at(1).toObject().value("order_date").toString(),
                 QStringLiteral("2026-10-10"));
        mixed = s.t.call(s.admin, "sales.order.list",
                         {{"filter", both}, {"offset", 3}, {"limit", 2}, {"sort", "order_date"}})
                    .toObject();
        QCOMPARE(mixed.value("rows").toArray().at(0).toObject().value("order_date").toString(),
                 QStringLiteral("2026-10-13"));
        for (const char* sort :
             {"number", "-gross", "requested_date", "state", "customer_name", "updated_at"})
            QCOMPARE(total({{"sort", sort}}), 6);
        const QJsonArray byGross = s.t.call(s.admin, "sales.order.list", {{"sort", "-gross"}})
                                       .toObject()
                                       .value("rows")
                                       .toArray();
        QCOMPARE(byGross.at(0).toObject().value("gross").toString(), QStringLiteral("135.60"));
    }
};

QTEST_GUILESS_MAIN(TestSalesFulfilment)
#include "tst_sales_fulfilment.moc"
