// Registration of purchasing.* methods: parameters in, service call, result out.
#include "server/modules/purchasing/purchasingmodule.h"

#include "server/rpc/callcontext.h"
#include "server/rpc/registry.h"

namespace Erp::Server::Purchasing {

using namespace Rpc;

namespace {

qint64 idOf(const QJsonObject& p, const char* key = "id")
{
    return qint64(p.value(QLatin1String(key)).toDouble());
}

QJsonObject withoutKeys(QJsonObject p, std::initializer_list<const char*> keys)
{
    for (const char* key : keys)
        p.remove(QLatin1String(key));
    return p;
}

/// The editable fields of a supplier, declared once for create and update.
MethodSpec& supplierFields(MethodSpec& spec)
{
    return spec
        .param(QStringLiteral("code"), ParamType::String, Optional,
               QStringLiteral("generated as S00001 when omitted"), 20)
        .param(QStringLiteral("name"), ParamType::String, Optional, {}, 200)
        .param(QStringLiteral("tax_id"), ParamType::String, Optional, {}, 30)
        .param(QStringLiteral("contact_name"), ParamType::String, Optional, {}, 100)
        .param(QStringLiteral("phone"), ParamType::String, Optional, {}, 40)
        .param(QStringLiteral("email"), ParamType::String, Optional, {}, 200)
        .param(QStringLiteral("address"), ParamType::String, Optional, {}, 500)
        .param(QStringLiteral("currency"), ParamType::String, Optional,
               QStringLiteral("ISO 4217, default CNY"), 3)
        .param(QStringLiteral("payment_terms_days"), ParamType::Integer, Optional,
               QStringLiteral("0..365, default 30"))
        .param(QStringLiteral("lead_time_days"), ParamType::Integer, Optional,
               QStringLiteral("0..365, default 7"))
        .param(QStringLiteral("notes"), ParamType::String, Optional, {}, 4000)
        .param(QStringLiteral("active"), ParamType::Boolean);
}

/// The editable fields of a purchase order, declared once for create and update.
MethodSpec& orderFields(MethodSpec& spec)
{
    return spec
        .param(QStringLiteral("supplier_id"), ParamType::Id, Optional,
               QStringLiteral("an active supplier (required to create)"))
        .param(QStringLiteral("warehouse_id"), ParamType::Id, Optional,
               QStringLiteral("the destination warehouse (required to create)"))
        .param(QStringLiteral("order_date"), ParamType::String, Optional,
               QStringLiteral("ISO date, default today"), 10)
        .param(QStringLiteral("expected_date"), ParamType::String, Optional,
               QStringLiteral("ISO date; default order date + the supplier's lead time"), 10)
        .param(QStringLiteral("currency"), ParamType::String, Optional,
               QStringLiteral("ISO 4217, default the supplier's"), 3)
        .param(QStringLiteral("notes"), ParamType::String, Optional, {}, 4000)
        .param(QStringLiteral("lines"), ParamType::Array, Optional,
               QStringLiteral("[{product_id, qty: \"10.000\", unit_cost?: \"12.50\" (default the "
                              "product's cost), tax_rate?: \"13.00\" (default the product's)}]; "
                              "replaces all lines"));
}

} // namespace

void PurchasingModule::registerMethods(MethodRegistry& r)
{
    registerSupplierMethods(r);
    registerOrderMethods(r);
    registerReplenishmentMethods(r);
}

void PurchasingModule::registerSupplierMethods(MethodRegistry& r)
{
    SupplierService* svc = &m_suppliers;
    const QString read = QStringLiteral("purchasing.supplier.read");
    const QString write = QStringLiteral("purchasing.supplier.write");

    MethodSpec list(QStringLiteral("purchasing.supplier.list"));
    listParams(list)
        .filters({QStringLiteral("active")})
        .describe(QStringLiteral("Suppliers. filter {active: true|false}; search: any substring "
                                 "of code, name, tax id, contact, phone or e-mail. Sort: code, "
                                 "name, contact_name, phone, currency, lead_time_days, "
                                 "payment_terms_days, created_at, updated_at."))
        .needs(read)
        .reads()
        .handle([svc](CallContext& ctx, const QJsonObject& p) -> QJsonValue {
            return svc->list(ctx, p);
        });
    r.add(list);
    r.add(MethodSpec(QStringLiteral("purchasing.supplier.get"))
              .describe(QStringLiteral("One supplier."))
              .needs(read)
              .reads()
              .param(QStringLiteral("id"), ParamType::Id, Required)
              .handle([svc](CallContext& ctx, const QJsonObject& p) -> QJsonValue {
                  return svc->get(ctx, idOf(p));
              }));
    MethodSpec create(QStringLiteral("purchasing.supplier.create"));
    supplierFields(create)
        .describe(QStringLiteral("Create a supplier; -32022 for invalid fields or a code or tax "
                                 "id another supplier has."))
        .needs(write)
        .handle([svc](CallContext& ctx, const QJsonObject& p) -> QJsonValue {
            return svc->create(ctx, p);
        });
    r.add(create);
    MethodSpec update(QStringLiteral("purchasing.supplier.update"));
    supplierFields(update)
        .describe(QStringLiteral("Change a supplier; fields left out stay as they are; "
                                 "active: true restores an archived one."))
        .needs(write)
        .param(QStringLiteral("id"), ParamType::Id, Required)
        .param(QStringLiteral("version"), ParamType::Integer, Required)
        .handle([svc](CallContext& ctx, const QJsonObject& p) -> QJsonValue {
            return svc->update(ctx, idOf(p), idOf(p, "version"), withoutKeys(p, {"id", "version"}));
        });
    r.add(update);
    r.add(MethodSpec(QStringLiteral("purchasing.supplier.archive"))
              .describe(QStringLiteral("Archive an active supplier (never deleted: orders refer "
                                       "to it); new orders can no longer name it."))
              .needs(write)
              .param(QStringLiteral("id"), ParamType::Id, Required)
              .param(QStringLiteral("version"), ParamType::Integer, Required)
              .handle([svc](CallContext& ctx, const QJsonObject& p) -> QJsonValue {
                  return svc->archive(ctx, idOf(p), idOf(p, "version"));
              }));
}

void PurchasingModule::registerOrderMethods(MethodRegistry& r)
{
    PurchaseOrderService* svc = &m_orders;
    const QString read = QStringLiteral("purchasing.order.read");
    const QString write = QStringLiteral("purchasing.order.write");

    MethodSpec list(QStringLiteral("purchasing.order.list"));
    listParams(list)
        .filters({QStringLiteral("state"), QStringLiteral("supplier_id"),
                  QStringLiteral("warehouse_id")})
        .describe(QStringLiteral("Purchase orders, newest first. filter {state: one or a list of "
                                 "draft|sent|confirmed|partially_received|received|cancelled, "
                                 "supplier_id, warehouse_id}; search: order number or supplier "
                                 "name/code. Sort: order_date, number, expected_date, gross, "
                                 "state, supplier_name, created_at, updated_at."))
        .needs(read)
        .reads()
        .handle([svc](CallContext& ctx, const QJsonObject& p) -> QJsonValue {
            return svc->list(ctx, p);
        });
    r.add(list);
    r.add(MethodSpec(QStringLiteral("purchasing.order.get"))
              .describe(QStringLiteral("One purchase order with lines, receipts and "
                                       "allowed_actions."))
              .needs(read)
              .reads()
              .param(QStringLiteral("id"), ParamType::Id, Required)
              .handle([svc](CallContext& ctx, const QJsonObject& p) -> QJsonValue {
                  return svc->get(ctx, idOf(p));
              }));
    MethodSpec create(QStringLiteral("purchasing.order.create"));
    orderFields(create)
        .describe(QStringLiteral("Create a draft purchase order (number PO2026-000001)."))
        .needs(write)
        .handle([svc](CallContext& ctx, const QJsonObject& p) -> QJsonValue {
            return svc->create(ctx, p);
        });
    r.add(create);
    MethodSpec update(QStringLiteral("purchasing.order.update"));
    orderFields(update)
        .describe(QStringLiteral("Change a draft; fields left out stay as they are. Outside draft "
                                 "-32030 reason \"illegal_transition\"."))
        .needs(write)
        .param(QStringLiteral("id"), ParamType::Id, Required)
        .param(QStringLiteral("version"), ParamType::Integer, Required)
        .handle([svc](CallContext& ctx, const QJsonObject& p) -> QJsonValue {
            return svc->update(ctx, idOf(p), idOf(p, "version"), withoutKeys(p, {"id", "version"}));
        });
    r.add(update);
    const struct
    {
        const char* action;
        const char* summary;
    } steps[] = {
        {"send", "draft -> sent (the order went to the supplier); needs at least one line."},
        {"confirm", "sent -> confirmed (the supplier accepted it)."},
        {"cancel", "draft, sent or confirmed -> cancelled."},
    };
    for (const auto& step : steps) {
        const QString action = QString::fromLatin1(step.action);
        r.add(MethodSpec(QStringLiteral("purchasing.order.") + action)
                  .describe(QString::fromLatin1(step.summary) +
                            QStringLiteral(" From another state -32030 reason "
                                           "\"illegal_transition\"."))
                  .needs(write)
                  .param(QStringLiteral("id"), ParamType::Id, Required)
                  .param(QStringLiteral("version"), ParamType::Integer, Required)
                  .handle([svc, action](CallContext& ctx, const QJsonObject& p) -> QJsonValue {
                      return svc->transition(ctx, idOf(p), idOf(p, "version"), action);
                  }));
    }
    r.add(MethodSpec(QStringLiteral("purchasing.order.receive"))
              .describe(QStringLiteral(
                  "Receive goods of a confirmed or partially received order: posts receipt moves "
                  "(waiting backorders allocate), records a goods receipt (GR2026-000001) and "
                  "moves the order to partially_received or received. More than is open on a "
                  "line: -32030 reason \"over_receipt\"."))
              .needs(QStringLiteral("purchasing.order.receive"))
              .param(QStringLiteral("id"), ParamType::Id, Required)
              .param(QStringLiteral("version"), ParamType::Integer, Required)
              .param(QStringLiteral("lines"), ParamType::Array, Optional,
                     QStringLiteral("[{line_id, qty: \"5.000\"}]; default: everything still open"))
              .param(QStringLiteral("location_id"), ParamType::Id, Optional,
                     QStringLiteral("a location of the order's warehouse"))
              .param(QStringLiteral("notes"), ParamType::String, Optional, {}, 4000)
              .handle([svc](CallContext& ctx, const QJsonObject& p) -> QJsonValue {
                  return svc->receive(
                      ctx, idOf(p), idOf(p, "version"), p.value(QLatin1String("lines")).toArray(),
                      idOf(p, "location_id"), p.value(QLatin1String("notes")).toString().trimmed());
              }));
}

void PurchasingModule::registerReplenishmentMethods(MethodRegistry& r)
{
    ReplenishmentService* svc = &m_replenishment;
    // A proposal's unit_cost is the product's cost (inventory.cost), not a supplier's price.
    r.access().protectField(QStringLiteral("purchasing.replenishment"), QStringLiteral("unit_cost"),
                            QStringLiteral("inventory.cost"),
                            QStringLiteral("the product cost a proposal suggests as price"));
    r.add(MethodSpec(QStringLiteral("purchasing.replenishment.propose"))
              .describe(QStringLiteral(
                  "Products to reorder, grouped by default supplier: available + on order − "
                  "backordered below the reorder point; proposed_qty = max(reorder_qty, "
                  "shortfall). Products without a default supplier come last (supplier_id "
                  "null)."))
              .needs(QStringLiteral("purchasing.replenishment.read"))
              .carries(QStringLiteral("purchasing.replenishment"))
              .reads()
              .param(QStringLiteral("warehouse_id"), ParamType::Id, Optional,
                     QStringLiteral("count stock and open orders of this warehouse only"))
              .handle([svc](CallContext& ctx, const QJsonObject& p) -> QJsonValue {
                  return svc->propose(ctx, idOf(p, "warehouse_id"));
              }));
    r.add(MethodSpec(QStringLiteral("purchasing.replenishment.create"))
              .describe(QStringLiteral("Draft purchase orders, one per supplier, from chosen "
                                       "proposals or all of them; returns {orders}."))
              .needs(QStringLiteral("purchasing.order.write"))
              .param(QStringLiteral("warehouse_id"), ParamType::Id, Optional,
                     QStringLiteral("the destination warehouse; default the first by priority"))
              .param(QStringLiteral("lines"), ParamType::Array, Optional,
                     QStringLiteral("[{product_id, supplier_id? (default the product's), qty}]"))
              .param(QStringLiteral("all"), ParamType::Boolean, Optional,
                     QStringLiteral("every proposed line that has a supplier"))
              .handle([svc](CallContext& ctx, const QJsonObject& p) -> QJsonValue {
                  return svc->create(ctx, idOf(p, "warehouse_id"),
                                     p.value(QLatin1String("lines")).toArray(),
                                     p.value(QLatin1String("all")).toBool());
              }));
}

} // namespace Erp::Server::Purchasing
