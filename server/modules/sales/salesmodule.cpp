#include "server/modules/sales/salesmodule.h"

#include "server/modules/crm/crmevents.h"
#include "server/modules/inventory/inventoryevents.h"
#include "server/modules/inventory/inventorymodule.h"
#include "server/modules/sales/salesdemo.h"
#include "server/platform/eventbus.h"
#include "server/platform/importservice.h"

#include "common/money.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Erp::Server::Sales {

SalesModule::SalesModule(Inventory::InventoryModule& inventory, Platform::EventBus& events)
    : m_inventory(inventory)
    , m_orders(inventory, events)
    , m_import(m_orders, inventory)
{
    namespace Inv = Inventory::Events;
    OrderService* orders = &m_orders;
    // Backorders take arrived stock before anyone later in the chain sees the posting.
    events.subscribe<Inv::StockMoved>(
        QStringLiteral("sales.backorders"), 100,
        [orders](Rpc::CallContext& ctx, const Inv::StockMoved& moved) {
            orders->allocateBackorders(ctx, moved);
        });
    events.subscribe<Inv::DemandQuery>(QStringLiteral("sales.backorders"), 100,
                                       [orders](Rpc::CallContext& ctx, Inv::DemandQuery& demand) {
                                           const QHash<qint64, qint64> part =
                                               orders->backorderDemand(ctx);
                                           for (auto it = part.begin(); it != part.end(); ++it)
                                               demand.qty[it.key()] += it.value();
                                       });
    events.subscribe<Crm::Events::CustomerMerged>(
        QStringLiteral("sales.orders"), 100,
        [orders](Rpc::CallContext& ctx, const Crm::Events::CustomerMerged& merged) {
            orders->moveCustomer(ctx, merged.duplicateId, merged.survivorId);
        });
    // A won opportunity becomes a draft order of its customer and products of interest,
    // through the order service (same checks as a clerk's order).
    events.subscribe<Crm::Events::QuotationRequest>(
        QStringLiteral("sales.orders"), 100,
        [orders](Rpc::CallContext& ctx, Crm::Events::QuotationRequest& asked) {
            QJsonArray lines;
            for (const auto& l : std::as_const(asked.lines))
                lines.append(QJsonObject{{QStringLiteral("product_id"), l.productId},
                                         {QStringLiteral("qty"), Decimal(l.qty, 3).toString()}});
            QJsonObject fields{{QStringLiteral("customer_id"), asked.customerId},
                               {QStringLiteral("currency"), asked.currency},
                               {QStringLiteral("notes"), asked.opportunityNumber},
                               {QStringLiteral("lines"), lines}};
            if (!asked.contactName.isEmpty())
                fields.insert(QStringLiteral("contact_name"), asked.contactName);
            const QJsonObject order = QJsonDocument::fromJson(orders->create(ctx, fields)).object();
            asked.orderId = order.value(QLatin1String("id")).toInteger();
            asked.orderNumber = order.value(QLatin1String("number")).toString();
            asked.answered = true;
        });
    // The customer timeline: the customer's orders, newest first, from the order list.
    events.subscribe<Crm::Events::TimelineQuery>(
        QStringLiteral("sales.orders"), 100,
        [orders](Rpc::CallContext& ctx, Crm::Events::TimelineQuery& asked) {
            const QJsonObject page =
                QJsonDocument::fromJson(
                    orders->list(ctx,
                                 {{QStringLiteral("filter"),
                                   QJsonObject{{QStringLiteral("customer_id"), asked.customerId}}},
                                  {QStringLiteral("sort"), QStringLiteral("-order_date")},
                                  {QStringLiteral("limit"), qMin(asked.limit, 1000)}}))
                    .object();
            asked.total += page.value(QLatin1String("total")).toInteger();
            for (const QJsonValue& v : page.value(QLatin1String("rows")).toArray()) {
                const QJsonObject o = v.toObject();
                Crm::Events::TimelineQuery::Entry e;
                e.at = o.value(QLatin1String("order_date")).toString();
                e.kind = QStringLiteral("order");
                e.entity = QStringLiteral("sales.order");
                e.id = o.value(QLatin1String("id")).toInteger();
                e.number = o.value(QLatin1String("number")).toString();
                e.currency = o.value(QLatin1String("currency")).toString();
                const auto gross =
                    Money::parse(o.value(QLatin1String("gross")).toString(), e.currency);
                e.amount = gross ? gross->minorUnits() : 0;
                e.state = o.value(QLatin1String("state")).toString();
                asked.entries.append(e);
            }
        });
}

void SalesModule::loadDemo(Rpc::CallContext& ctx)
{
    loadDemoOrders(ctx, m_orders, m_inventory);
}

QList<RoleGrants> SalesModule::defaultGrants() const
{
    return {
        {QStringLiteral("sales"),
         QStringLiteral("Customers (CRM) and sales orders"),
         {QStringLiteral("sales.*"), QStringLiteral("!sales.order.approve")}},
        {QStringLiteral("warehouse"),
         QStringLiteral("Inventory, shipping and receiving"),
         {QStringLiteral("sales.order.read"), QStringLiteral("sales.order.allocate"),
          QStringLiteral("sales.order.ship"), QStringLiteral("sales.order.deliver"),
          QStringLiteral("sales.order.return")}},
        {QStringLiteral("accountant"),
         QStringLiteral("Finance: ledger, invoices and payments"),
         {QStringLiteral("sales.order.read")}},
    };
}

} // namespace Erp::Server::Sales

namespace Erp::Server::Sales {

void SalesModule::registerImports(Platform::ImportService& imports)
{
    imports.add(m_import.entity());
}

} // namespace Erp::Server::Sales
