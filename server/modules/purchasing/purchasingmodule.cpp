#include "server/modules/purchasing/purchasingmodule.h"

#include "server/modules/inventory/inventoryevents.h"
#include "server/modules/inventory/inventorymodule.h"
#include "server/modules/inventory/units.h"
#include "server/modules/purchasing/demodata.h"
#include "server/modules/purchasing/purchaseorderrepository.h"
#include "server/modules/purchasing/supplierrepository.h"
#include "server/platform/businessdate.h"
#include "server/platform/eventbus.h"
#include "server/rpc/callcontext.h"

#include <QDate>
#include <QRandomGenerator>

namespace Erp::Server::Purchasing {

PurchasingModule::PurchasingModule(Inventory::InventoryModule& inventory,
                                   Platform::EventBus& events)
    : m_inventory(inventory)
    , m_orders(inventory, events)
    , m_replenishment(inventory, m_orders)
{
    // Products name their default supplier; inventory asks whether it is one.
    SupplierService* suppliers = &m_suppliers;
    events.subscribe<Inventory::Events::SupplierCheck>(
        QStringLiteral("purchasing.suppliers"), 100,
        [suppliers](Rpc::CallContext& ctx, Inventory::Events::SupplierCheck& check) {
            check.active = check.active || suppliers->isActive(ctx, check.supplierId);
        });
}

void PurchasingModule::loadDemo(Rpc::CallContext& ctx)
{
    // Fifteen suppliers; the demo products get default suppliers (every tenth has none, so the
    // replenishment list shows that group too); thirty orders in every state, older ones
    // further along, with partial receipts.
    SupplierRepository suppliers(ctx.db);
    QList<qint64> supplierIds;
    for (const Supplier& s : demoSuppliers())
        supplierIds.append(m_suppliers.insertChecked(ctx, suppliers, s).id);

    PurchaseOrderRepository orders(ctx.db);
    const QList<qint64> products = orders.activeProductIds();
    const QList<qint64> warehouses = orders.activeWarehouseIds();
    QHash<qint64, QList<qint64>> productsOf; // supplier -> products
    for (qsizetype i = 0; i < products.size(); ++i) {
        if (i % 10 == 9)
            continue;
        // Mostly the Chinese suppliers (the first nine), now and then a foreign one.
        const qint64 supplier = supplierIds.at(i % 7 == 6 ? 9 + (i / 7) % 6 : i % 9);
        m_inventory.setDefaultSupplier(ctx, products.at(i), supplier);
        productsOf[supplier].append(products.at(i));
    }
    if (products.isEmpty() || warehouses.isEmpty())
        return;

    struct Plan
    {
        const char* state;
        int count;
    };
    const Plan plan[] = {{"received", 7},  {"cancelled", 3}, {"partially_received", 5},
                         {"confirmed", 5}, {"sent", 5},      {"draft", 5}};
    QRandomGenerator rng(20261127);
    const QDate today = QDate::currentDate();
    int n = 0;
    for (const Plan& p : plan) {
        const QString state = QString::fromLatin1(p.state);
        for (int k = 0; k < p.count; ++k, ++n) {
            const qint64 supplier = supplierIds.at(n % 9 == 8 ? 9 + n % 6 : n % 9);
            QList<qint64> choice = productsOf.value(supplier);
            if (choice.isEmpty())
                choice = products;
            QJsonArray lines;
            QList<qint64> used;
            const int lineCount = 1 + int(rng.bounded(4));
            for (int l = 0; l < lineCount && used.size() < choice.size(); ++l) {
                const qint64 product = choice.at(int(rng.bounded(int(choice.size()))));
                if (used.contains(product))
                    continue;
                used.append(product);
                lines.append(QJsonObject{{QStringLiteral("product_id"), product},
                                         {QStringLiteral("qty"),
                                          Inventory::qtyText(1000 * 10 * (1 + rng.bounded(20)))}});
            }
            // Each order on its own day; what arrives comes five days later.
            const QDate ordered = today.addDays(-3 * (30 - n));
            Platform::BusinessDateScope day(ordered);
            QJsonObject o = m_orders.create(
                ctx,
                QJsonObject{{QStringLiteral("supplier_id"), supplier},
                            {QStringLiteral("warehouse_id"), warehouses.at(n % warehouses.size())},
                            {QStringLiteral("order_date"), ordered.toString(Qt::ISODate)},
                            {QStringLiteral("lines"), lines}});
            auto idOf = [](const QJsonObject& json) {
                return json.value(QLatin1String("id")).toInteger();
            };
            auto versionOf = [](const QJsonObject& json) {
                return json.value(QLatin1String("version")).toInteger();
            };
            auto to = [&](const QString& action) {
                o = m_orders.transition(ctx, idOf(o), versionOf(o), action);
            };
            if (state == QLatin1String("draft"))
                continue;
            if (state == QLatin1String("cancelled")) {
                if (k == 1)
                    to(Action::Send);
                to(Action::Cancel);
                continue;
            }
            to(Action::Send);
            if (state == QLatin1String("sent"))
                continue;
            to(Action::Confirm);
            day.set(qMin(ordered.addDays(5), today));
            if (state == QLatin1String("partially_received")) {
                // Half of the first line arrived (whole units).
                const QJsonObject first =
                    o.value(QLatin1String("lines")).toArray().at(0).toObject();
                qint64 ordered = 0;
                Rpc::FieldErrors ignored;
                Inventory::readQty(first.value(QLatin1String("qty")), QString(), ordered, ignored);
                const qint64 half = qMax<qint64>(1000, ordered / 2000 * 1000);
                o = m_orders.receive(
                    ctx, idOf(o), versionOf(o),
                    QJsonArray{QJsonObject{{QStringLiteral("line_id"), idOf(first)},
                                           {QStringLiteral("qty"), Inventory::qtyText(half)}}},
                    0, QStringLiteral("first delivery"));
            } else if (state == QLatin1String("received")) {
                o = m_orders.receive(ctx, idOf(o), versionOf(o), {}, 0, QString());
            }
        }
    }
}

QList<RoleGrants> PurchasingModule::defaultGrants() const
{
    return {
        {QStringLiteral("purchasing"),
         QStringLiteral("Suppliers, purchase orders and replenishment"),
         {QStringLiteral("purchasing.*")}},
        {QStringLiteral("warehouse"),
         QStringLiteral("Inventory, shipping and receiving"),
         {QStringLiteral("purchasing.order.read"), QStringLiteral("purchasing.order.receive"),
          QStringLiteral("purchasing.supplier.read")}},
        {QStringLiteral("accountant"),
         QStringLiteral("Finance: ledger, invoices and payments"),
         {QStringLiteral("purchasing.order.read")}},
    };
}

} // namespace Erp::Server::Purchasing
