// Registration of sales.order.* and sales.report.*: parameters in, service call, result out.
#include "server/modules/sales/salesmodule.h"

#include "server/rpc/callcontext.h"
#include "server/rpc/registry.h"

namespace Erp::Server::Sales {

using namespace Rpc;

namespace {

qint64 idOf(const QJsonObject& p, const char* key = "id")
{
    return qint64(p.value(QLatin1String(key)).toDouble());
}

QString textOf(const QJsonObject& p, const char* key)
{
    return p.value(QLatin1String(key)).toString();
}

/// The editable fields of an order, declared once for create and update.
MethodSpec& orderFields(MethodSpec& spec, bool creating)
{
    return spec.param(QStringLiteral("customer_id"), ParamType::Id, creating ? Required : Optional)
        .param(QStringLiteral("contact_name"), ParamType::String, Optional,
               QStringLiteral("default: the customer's primary contact"), 200)
        .param(QStringLiteral("contact_phone"), ParamType::String, Optional, {}, 50)
        .param(QStringLiteral("contact_email"), ParamType::String, Optional,
               QStringLiteral("notifications go here (else to the customer's e-mail)"), 254)
        .param(QStringLiteral("shipping_address"), ParamType::String, Optional,
               QStringLiteral("default: the customer's shipping address"), 1000)
        .param(QStringLiteral("order_date"), ParamType::String, Optional,
               QStringLiteral("ISO date, default today"), 10)
        .param(QStringLiteral("requested_date"), ParamType::String, Optional,
               QStringLiteral("ISO date the customer wants the goods shipped by"), 10)
        .param(QStringLiteral("channel"), ParamType::String, Optional,
               QStringLiteral("phone | email | web | walk_in | import (default phone)"), 20)
        .param(QStringLiteral("external_ref"), ParamType::String, Optional,
               QStringLiteral("the channel's order number, unique per channel"), 100)
        .param(QStringLiteral("currency"), ParamType::String, Optional,
               QStringLiteral("default: the customer's currency"), 3)
        .param(QStringLiteral("notes"), ParamType::String, Optional, {}, 4000)
        .param(QStringLiteral("lines"), ParamType::Array, creating ? Required : Optional,
               QStringLiteral("[{product_id, qty: \"2.500\", unit_price?: \"12.50\" (default "
                              "list price), discount_pct?: \"5.00\", tax_rate?: \"13.00\" "
                              "(default the product's), notes?}]; on update replaces all lines"));
}

QJsonObject fieldsOf(const QJsonObject& p)
{
    QJsonObject fields = p;
    fields.remove(QStringLiteral("id"));
    fields.remove(QStringLiteral("version"));
    return fields;
}

const QString kOrderEntity = QStringLiteral("sales.order");

/// {id, version} (+ extra parameters) for a lifecycle step.
MethodSpec step(const char* name, const char* permission, const char* summary)
{
    MethodSpec spec{QString::fromLatin1(name)};
    spec.describe(QString::fromLatin1(summary))
        .needs(QString::fromLatin1(permission))
        .carries(kOrderEntity)
        .param(QStringLiteral("id"), ParamType::Id, Required)
        .param(QStringLiteral("version"), ParamType::Integer, Required);
    return spec;
}

} // namespace

void SalesModule::registerMethods(MethodRegistry& r)
{
    // A "below cost" review reason names the product's cost: only for those who may read it.
    r.access().protectField(kOrderEntity, QStringLiteral("cost"), QStringLiteral("inventory.cost"),
                            QStringLiteral("the product cost a below_cost review reason names"));

    OrderService* svc = &m_orders;
    OrderImport* importer = &m_import;
    SalesReport* report = &m_report;
    const QString read = QStringLiteral("sales.order.read");
    const QString write = QStringLiteral("sales.order.write");

    MethodSpec list(QStringLiteral("sales.order.list"));
    listParams(list)
        .filters({QStringLiteral("state"), QStringLiteral("customer_id"), QStringLiteral("channel"),
                  QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("has_backorder")})
        .describe(QStringLiteral(
            "Sales orders (rows without lines). filter {state: one or a list, customer_id, "
            "channel, from, to (order date), has_backorder}; search: the start of the number or "
            "external ref, or any part of the customer's name, code, contacts or phones; sort "
            "order_date (default -order_date), number, gross, "
            "requested_date, state, customer_name, updated_at; keyset paging with after."))
        .needs(read)
        .carries(kOrderEntity)
        .reads()
        .handle([svc](CallContext& ctx, const QJsonObject& p) -> QJsonValue {
            ctx.rawResult = svc->list(ctx, p);
            return QJsonValue();
        });
    r.add(list);
    r.add(MethodSpec(QStringLiteral("sales.order.get"))
              .describe(QStringLiteral("One order with lines, allocations, shipments, returns, "
                                       "timeline and allowed_actions."))
              .needs(read)
              .carries(kOrderEntity)
              .reads()
              .param(QStringLiteral("id"), ParamType::Id, Required)
              .handle([svc](CallContext& ctx, const QJsonObject& p) -> QJsonValue {
                  ctx.rawResult = svc->get(ctx, idOf(p));
                  return QJsonValue();
              }));

    MethodSpec create(QStringLiteral("sales.order.create"));
    orderFields(create, true)
        .describe(QStringLiteral("A draft order. Amounts per line: net = qty × price × (1 − "
                                 "discount), tax per line, both rounded half up."))
        .needs(write)
        .carries(kOrderEntity)
        .handle([svc](CallContext& ctx, const QJsonObject& p) -> QJsonValue {
            ctx.rawResult = svc->create(ctx, fieldsOf(p));
            return QJsonValue();
        });
    r.add(create);
    MethodSpec update = step("sales.order.update", "sales.order.write",
                             "Change a draft, submitted, approved or rejected order; outside "
                             "draft it returns to draft and counts an amendment.");
    orderFields(update, false).handle([svc](CallContext& ctx, const QJsonObject& p) -> QJsonValue {
        ctx.rawResult = svc->update(ctx, idOf(p), idOf(p, "version"), fieldsOf(p));
        return QJsonValue();
    });
    r.add(update);

    r.add(step("sales.order.submit", "sales.order.write",
               "draft -> submitted. Reviewed (credit limit, stock, below cost, discount); an "
               "order without review reasons is approved at once.")
              .handle([svc](CallContext& ctx, const QJsonObject& p) -> QJsonValue {
                  ctx.rawResult = svc->submit(ctx, idOf(p), idOf(p, "version"));
                  return QJsonValue();
              }));
    r.add(step("sales.order.approve", "sales.order.approve",
               "submitted -> approved (the manager's decision on a reviewed order).")
              .param(QStringLiteral("note"), ParamType::String, Optional, {}, 1000)
              .handle([svc](CallContext& ctx, const QJsonObject& p) -> QJsonValue {
                  ctx.rawResult = svc->approve(ctx, idOf(p), idOf(p, "version"), textOf(p, "note"));
                  return QJsonValue();
              }));
    r.add(step("sales.order.reject", "sales.order.approve", "submitted -> rejected, with a reason.")
              .param(QStringLiteral("reason"), ParamType::String, Required, {}, 1000)
              .handle([svc](CallContext& ctx, const QJsonObject& p) -> QJsonValue {
                  ctx.rawResult =
                      svc->reject(ctx, idOf(p), idOf(p, "version"), textOf(p, "reason"));
                  return QJsonValue();
              }));
    r.add(step("sales.order.allocate", "sales.order.allocate",
               "approved -> allocated: reserves stock by warehouse priority (split as needed); "
               "the rest is backordered and allocated when stock arrives.")
              .param(QStringLiteral("warehouse_id"), ParamType::Id, Optional,
                     QStringLiteral("only this warehouse"))
              .handle([svc](CallContext& ctx, const QJsonObject& p) -> QJsonValue {
                  ctx.rawResult =
                      svc->allocate(ctx, idOf(p), idOf(p, "version"), idOf(p, "warehouse_id"));
                  return QJsonValue();
              }));
    r.add(step("sales.order.pick", "sales.order.ship", "allocated -> picking.")
              .handle([svc](CallContext& ctx, const QJsonObject& p) -> QJsonValue {
                  ctx.rawResult = svc->pick(ctx, idOf(p), idOf(p, "version"));
                  return QJsonValue();
              }));
    r.add(step("sales.order.ship", "sales.order.ship",
               "Ships lines (default: everything allocated) as one shipment SH…; shipped when "
               "every line is complete, else the order stays in picking.")
              .param(QStringLiteral("carrier"), ParamType::String, Optional, {}, 100)
              .param(QStringLiteral("tracking"), ParamType::String, Optional, {}, 100)
              .param(QStringLiteral("lines"), ParamType::Array, Optional,
                     QStringLiteral("[{line_id, qty}]"))
              .handle([svc](CallContext& ctx, const QJsonObject& p) -> QJsonValue {
                  ctx.rawResult =
                      svc->ship(ctx, idOf(p), idOf(p, "version"), textOf(p, "carrier"),
                                textOf(p, "tracking"), p.value(QLatin1String("lines")).toArray());
                  return QJsonValue();
              }));
    r.add(step("sales.order.deliver", "sales.order.deliver", "shipped -> delivered.")
              .handle([svc](CallContext& ctx, const QJsonObject& p) -> QJsonValue {
                  ctx.rawResult = svc->deliver(ctx, idOf(p), idOf(p, "version"));
                  return QJsonValue();
              }));
    r.add(step("sales.order.complete", "sales.order.deliver", "delivered -> completed.")
              .handle([svc](CallContext& ctx, const QJsonObject& p) -> QJsonValue {
                  ctx.rawResult = svc->complete(ctx, idOf(p), idOf(p, "version"));
                  return QJsonValue();
              }));
    r.add(step("sales.order.cancel", "sales.order.write",
               "Cancel an order before anything shipped; releases its reservations.")
              .param(QStringLiteral("reason"), ParamType::String, Optional, {}, 1000)
              .handle([svc](CallContext& ctx, const QJsonObject& p) -> QJsonValue {
                  ctx.rawResult =
                      svc->cancel(ctx, idOf(p), idOf(p, "version"), textOf(p, "reason"));
                  return QJsonValue();
              }));
    r.add(step("sales.order.return", "sales.order.return",
               "An RMA for a shipped, delivered or completed order: restock posts a return "
               "move, scrap a return and a scrap move.")
              .param(QStringLiteral("lines"), ParamType::Array, Required,
                     QStringLiteral("[{line_id, qty, disposition: restock|scrap, warehouse_id? "
                                    "(default: where it shipped from)}]"))
              .param(QStringLiteral("reason"), ParamType::String, Optional, {}, 1000)
              .handle([svc](CallContext& ctx, const QJsonObject& p) -> QJsonValue {
                  ctx.rawResult = svc->returnGoods(ctx, idOf(p), idOf(p, "version"),
                                                   p.value(QLatin1String("lines")).toArray(),
                                                   textOf(p, "reason"));
                  return QJsonValue();
              }));
    r.add(MethodSpec(QStringLiteral("sales.order.import"))
              .describe(QStringLiteral(
                  "Orders from a sales channel, one row per line grouped by external_ref "
                  "(columns external_ref, channel, customer_code, order_date, requested_date, "
                  "sku, qty, unit_price, discount_pct, notes). Existing (channel, external_ref) "
                  "are skipped; any error imports nothing; dry_run checks only."))
              .needs(write)
              .carries(kOrderEntity)
              .param(QStringLiteral("format"), ParamType::String, Required,
                     QStringLiteral("csv | json"), 8)
              .param(QStringLiteral("data"), ParamType::Any, Required,
                     QStringLiteral("CSV text with a header line, or an array of row objects"))
              .param(QStringLiteral("dry_run"), ParamType::Boolean)
              .handle([importer](CallContext& ctx, const QJsonObject& p) -> QJsonValue {
                  return importer->importOrders(ctx, p);
              }));
    r.add(MethodSpec(QStringLiteral("sales.report.metrics"))
              .describe(QStringLiteral(
                  "Order flow figures for orders dated from..to: by_state, processing_hours "
                  "(submit -> shipment), on_time_rate, accuracy_rate and a weekly trend."))
              .needs(QStringLiteral("sales.report.read"))
              .reads()
              .param(QStringLiteral("from"), ParamType::String, Optional,
                     QStringLiteral("ISO date"), 10)
              .param(QStringLiteral("to"), ParamType::String, Optional, QStringLiteral("ISO date"),
                     10)
              .handle([report](CallContext& ctx, const QJsonObject& p) -> QJsonValue {
                  return report->metrics(ctx, textOf(p, "from"), textOf(p, "to"));
              }));
}

} // namespace Erp::Server::Sales
