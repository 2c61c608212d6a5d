// Registration of inventory.* methods: parameters in, service call, result out.
#include "server/modules/inventory/inventorymodule.h"

#include "server/rpc/callcontext.h"
#include "server/rpc/registry.h"

namespace Erp::Server::Inventory {

using namespace Rpc;

namespace {

const QString kProductEntity = QStringLiteral("inventory.product");

qint64 idOf(const QJsonObject& p, const char* key = "id")
{
    return qint64(p.value(QLatin1String(key)).toDouble());
}

QString textOf(const QJsonObject& p, const char* key)
{
    return p.value(QLatin1String(key)).toString();
}

/// The editable fields of a product, declared once for create and update.
MethodSpec& productFields(MethodSpec& spec)
{
    return spec
        .param(QStringLiteral("sku"), ParamType::String, Optional,
               QStringLiteral("unique whatever the case; stored upper-case"), 40)
        .param(QStringLiteral("name"), ParamType::String, Optional, {}, 200)
        .param(QStringLiteral("category"), ParamType::String, Optional, {}, 100)
        .param(QStringLiteral("unit"), ParamType::String, Optional,
               QStringLiteral("pcs, kg, m, box, l, set … (default pcs)"), 10)
        .param(QStringLiteral("barcode"), ParamType::String, Optional,
               QStringLiteral("unique when not empty"), 40)
        .param(QStringLiteral("description"), ParamType::String, Optional, {}, 4000)
        .param(QStringLiteral("list_price"), ParamType::Decimal, Optional,
               QStringLiteral("money, e.g. \"12.50\""))
        .param(QStringLiteral("cost"), ParamType::Decimal, Optional, QStringLiteral("money"))
        .param(QStringLiteral("tax_rate"), ParamType::Decimal, Optional,
               QStringLiteral("percent, default \"13.00\""))
        .param(QStringLiteral("reorder_point"), ParamType::Decimal, Optional,
               QStringLiteral("quantity"))
        .param(QStringLiteral("reorder_qty"), ParamType::Decimal, Optional,
               QStringLiteral("quantity"))
        .param(QStringLiteral("default_supplier_id"), ParamType::Id, Optional,
               QStringLiteral("a purchasing supplier; null clears it"))
        .param(QStringLiteral("active"), ParamType::Boolean);
}

MethodSpec& warehouseFields(MethodSpec& spec)
{
    return spec
        .param(QStringLiteral("code"), ParamType::String, Optional,
               QStringLiteral("unique, e.g. SH"), 20)
        .param(QStringLiteral("name"), ParamType::String, Optional, {}, 200)
        .param(QStringLiteral("address"), ParamType::String, Optional, {}, 500)
        .param(QStringLiteral("priority"), ParamType::Integer, Optional,
               QStringLiteral("allocation order, lower first (default 100)"))
        .param(QStringLiteral("active"), ParamType::Boolean)
        .param(QStringLiteral("locations"), ParamType::Array, Optional,
               QStringLiteral("[{id?, code, name, active?}] replaces the list; left-out "
                              "locations are deactivated"));
}

QJsonObject fieldsOf(const QJsonObject& p)
{
    QJsonObject fields = p;
    for (const char* key : {"id", "version"})
        fields.remove(QLatin1String(key));
    return fields;
}

} // namespace

void InventoryModule::registerMethods(MethodRegistry& r)
{
    // Product cost is for the roles that buy and value stock (docs/PROTOCOL.md).
    r.access().protectField(kProductEntity, QStringLiteral("cost"),
                            QStringLiteral("inventory.cost"),
                            QStringLiteral("the product's unit cost"));

    ProductService* products = &m_products;
    WarehouseService* warehouses = &m_warehouses;
    StockOperations* operations = &m_operations;
    StockCountService* counts = &m_counts;

    // Products.
    const QString productRead = QStringLiteral("inventory.product.read");
    const QString productWrite = QStringLiteral("inventory.product.write");
    MethodSpec productList(QStringLiteral("inventory.product.list"));
    listParams(productList)
        .filters({QStringLiteral("active"), QStringLiteral("category"),
                  QStringLiteral("default_supplier_id")})
        .describe(QStringLiteral(
            "Products. filter {active, category, default_supplier_id}; "
            "search: any substring of sku, name, barcode or category; "
            "sort: sku (default), name, category, unit, barcode, list_price, "
            "cost, reorder_point, created_at, updated_at. Rows carry on_hand, reserved "
            "and available over the active warehouses."))
        .needs(productRead)
        .carries(kProductEntity)
        .reads()
        .handle([products](CallContext& ctx, const QJsonObject& p) -> QJsonValue {
            return products->list(ctx, p);
        });
    r.add(productList);
    r.add(MethodSpec(QStringLiteral("inventory.product.get"))
              .describe(QStringLiteral("One product."))
              .needs(productRead)
              .carries(kProductEntity)
              .reads()
              .param(QStringLiteral("id"), ParamType::Id, Required)
              .handle([products](CallContext& ctx, const QJsonObject& p) -> QJsonValue {
                  return products->get(ctx, idOf(p));
              }));
    MethodSpec productCreate(QStringLiteral("inventory.product.create"));
    productFields(productCreate)
        .describe(QStringLiteral("Create a product (sku and name required)."))
        .needs(productWrite)
        .carries(kProductEntity)
        .handle([products](CallContext& ctx, const QJsonObject& p) -> QJsonValue {
            return products->create(ctx, fieldsOf(p));
        });
    r.add(productCreate.writes(kProductEntity));
    MethodSpec productUpdate(QStringLiteral("inventory.product.update"));
    productFields(productUpdate)
        .describe(QStringLiteral("Change a product; fields left out stay as they are."))
        .needs(productWrite)
        .carries(kProductEntity)
        .param(QStringLiteral("id"), ParamType::Id, Required)
        .param(QStringLiteral("version"), ParamType::Integer, Required)
        .handle([products](CallContext& ctx, const QJsonObject& p) -> QJsonValue {
            return products->update(ctx, idOf(p), idOf(p, "version"), fieldsOf(p));
        });
    r.add(productUpdate.writes(kProductEntity));
    r.add(MethodSpec(QStringLiteral("inventory.product.archive"))
              .describe(QStringLiteral("Make a product inactive (update with active: true "
                                       "restores it)."))
              .needs(productWrite)
              .carries(kProductEntity)
              .param(QStringLiteral("id"), ParamType::Id, Required)
              .param(QStringLiteral("version"), ParamType::Integer, Required)
              .handle([products](CallContext& ctx, const QJsonObject& p) -> QJsonValue {
                  return products->archive(ctx, idOf(p), idOf(p, "version"));
              }));

    // Warehouses.
    const QString warehouseRead = QStringLiteral("inventory.warehouse.read");
    const QString warehouseWrite = QStringLiteral("inventory.warehouse.write");
    MethodSpec warehouseList(QStringLiteral("inventory.warehouse.list"));
    listParams(warehouseList)
        .filters({QStringLiteral("active")})
        .describe(QStringLiteral("Warehouses with their locations. filter {active}; search: "
                                 "code, name, address; sort: priority (default), code, name."))
        .needs(warehouseRead)
        .reads()
        .handle([warehouses](CallContext& ctx, const QJsonObject& p) -> QJsonValue {
            return warehouses->list(ctx, p);
        });
    r.add(warehouseList);
    r.add(MethodSpec(QStringLiteral("inventory.warehouse.get"))
              .describe(QStringLiteral("One warehouse with its locations."))
              .needs(warehouseRead)
              .reads()
              .param(QStringLiteral("id"), ParamType::Id, Required)
              .handle([warehouses](CallContext& ctx, const QJsonObject& p) -> QJsonValue {
                  return warehouses->get(ctx, idOf(p));
              }));
    MethodSpec warehouseCreate(QStringLiteral("inventory.warehouse.create"));
    warehouseFields(warehouseCreate)
        .describe(QStringLiteral("Create a warehouse (code and name required)."))
        .needs(warehouseWrite)
        .handle([warehouses](CallContext& ctx, const QJsonObject& p) -> QJsonValue {
            return warehouses->create(ctx, fieldsOf(p));
        });
    r.add(warehouseCreate);
    MethodSpec warehouseUpdate(QStringLiteral("inventory.warehouse.update"));
    warehouseFields(warehouseUpdate)
        .describe(QStringLiteral("Change a warehouse; a warehouse holding stock cannot be "
                                 "deactivated (-32030 warehouse_has_stock)."))
        .needs(warehouseWrite)
        .param(QStringLiteral("id"), ParamType::Id, Required)
        .param(QStringLiteral("version"), ParamType::Integer, Required)
        .handle([warehouses](CallContext& ctx, const QJsonObject& p) -> QJsonValue {
            return warehouses->update(ctx, idOf(p), idOf(p, "version"), fieldsOf(p));
        });
    r.add(warehouseUpdate);

    // Stock.
    const QString stockRead = QStringLiteral("inventory.stock.read");
    const QString stockAdjust = QStringLiteral("inventory.stock.adjust");
    MethodSpec levels(QStringLiteral("inventory.stock.levels"));
    listParams(levels)
        .filters({QStringLiteral("warehouse_id"), QStringLiteral("product_id"),
                  QStringLiteral("category"), QStringLiteral("low")})
        .describe(QStringLiteral(
            "Product × warehouse rows {product_id, sku, name, unit, category, warehouse_id, "
            "warehouse_code, on_hand, reserved, available, reorder_point, low} of active "
            "products and warehouses. filter {warehouse_id, product_id, category, low: true}; "
            "search: sku, name, barcode. With product_ids (at most 10000) instead: per-product "
            "totals {product_id, on_hand, reserved, available, warehouses: [{warehouse_id, "
            "warehouse_code, on_hand, reserved, available}]} in the order given."))
        .needs(stockRead)
        .carries(kProductEntity)
        .reads()
        .param(QStringLiteral("product_ids"), ParamType::Array, Optional,
               QStringLiteral("product ids: per-product totals instead of the list"))
        .handle([operations](CallContext& ctx, const QJsonObject& p) -> QJsonValue {
            return operations->levels(ctx, p);
        });
    r.add(levels);
    MethodSpec moves(QStringLiteral("inventory.stock.moves"));
    listParams(moves)
        .filters({QStringLiteral("product_id"), QStringLiteral("warehouse_id"),
                  QStringLiteral("kind"), QStringLiteral("source_type"),
                  QStringLiteral("source_id"), QStringLiteral("from"), QStringLiteral("to")})
        .describe(QStringLiteral(
            "The stock ledger, newest first. filter {product_id, warehouse_id, kind, "
            "source_type, source_id, from, to (dates or timestamps; a date includes the day)}; "
            "search: source_ref or sku."))
        .needs(stockRead)
        .carries(kProductEntity)
        .reads()
        .handle([operations](CallContext& ctx, const QJsonObject& p) -> QJsonValue {
            return operations->moves(ctx, p);
        });
    r.add(moves);
    r.add(MethodSpec(QStringLiteral("inventory.stock.adjust"))
              .describe(QStringLiteral(
                  "Post one manual move: kind adjustment (qty signed), receipt (qty > 0) or "
                  "scrap (qty < 0). Stock never goes below what is reserved (-32030 "
                  "insufficient_stock). Returns the level {on_hand, reserved, available} and "
                  "move_id."))
              .needs(stockAdjust)
              .carries(kProductEntity)
              .param(QStringLiteral("product_id"), ParamType::Id, Required)
              .param(QStringLiteral("warehouse_id"), ParamType::Id, Required)
              .param(QStringLiteral("location_id"), ParamType::Id)
              .param(QStringLiteral("qty"), ParamType::Decimal, Required,
                     QStringLiteral("signed quantity, e.g. \"-2.500\""))
              .param(QStringLiteral("reason"), ParamType::String, Required, {}, 500)
              .param(QStringLiteral("kind"), ParamType::String, Optional,
                     QStringLiteral("adjustment (default) | receipt | scrap"), 20)
              .handle([operations](CallContext& ctx, const QJsonObject& p) -> QJsonValue {
                  return operations->adjust(ctx, p);
              }));
    r.add(MethodSpec(QStringLiteral("inventory.stock.transfer"))
              .describe(QStringLiteral("Move stock between warehouses: two transfer moves "
                                       "sharing a reference TR2026-000001."))
              .needs(stockAdjust)
              .carries(kProductEntity)
              .param(QStringLiteral("product_id"), ParamType::Id, Required)
              .param(QStringLiteral("from_warehouse_id"), ParamType::Id, Required)
              .param(QStringLiteral("to_warehouse_id"), ParamType::Id, Required)
              .param(QStringLiteral("from_location_id"), ParamType::Id)
              .param(QStringLiteral("to_location_id"), ParamType::Id)
              .param(QStringLiteral("qty"), ParamType::Decimal, Required,
                     QStringLiteral("positive quantity"))
              .param(QStringLiteral("reason"), ParamType::String, Optional, {}, 500)
              .handle([operations](CallContext& ctx, const QJsonObject& p) -> QJsonValue {
                  return operations->transfer(ctx, p);
              }));
    r.add(MethodSpec(QStringLiteral("inventory.stock.check"))
              .describe(QStringLiteral(
                  "Recompute on-hand from the ledger and reserved from the reservations; "
                  "report {checked, differences: [{product_id, warehouse_id, field, recorded, "
                  "computed}]}. repair: true (permission inventory.stock.repair) rewrites the "
                  "levels and adds {repaired, unrepaired}."))
              .needs(stockRead)
              .carries(kProductEntity)
              .param(QStringLiteral("repair"), ParamType::Boolean)
              .handle([operations](CallContext& ctx, const QJsonObject& p) -> QJsonValue {
                  return operations->check(ctx, p.value(QLatin1String("repair")).toBool());
              }));
    MethodSpec low(QStringLiteral("inventory.stock.low"));
    listParams(low)
        .filters({QStringLiteral("category"), QStringLiteral("default_supplier_id")})
        .describe(QStringLiteral(
            "Active products whose available stock (all active warehouses) is at or below "
            "their reorder point: {product_id, sku, name, unit, category, reorder_point, "
            "reorder_qty, default_supplier_id, on_hand, reserved, available, shortage, demand "
            "(backorders)}. filter {category, default_supplier_id}; search."))
        .needs(stockRead)
        .carries(kProductEntity)
        .reads()
        .handle([operations](CallContext& ctx, const QJsonObject& p) -> QJsonValue {
            return operations->low(ctx, p);
        });
    r.add(low);

    // Stock counts.
    const QString countRead = QStringLiteral("inventory.count.read");
    const QString countWrite = QStringLiteral("inventory.count.write");
    r.add(MethodSpec(QStringLiteral("inventory.count.create"))
              .describe(QStringLiteral("Start a stock count of a warehouse (optionally one "
                                       "category): one line per active product expecting its "
                                       "on-hand now. Number SC2026-000001."))
              .needs(countWrite)
              .carries(kProductEntity)
              .param(QStringLiteral("warehouse_id"), ParamType::Id, Required)
              .param(QStringLiteral("category"), ParamType::String, Optional, {}, 100)
              .param(QStringLiteral("notes"), ParamType::String, Optional, {}, 2000)
              .handle([counts](CallContext& ctx, const QJsonObject& p) -> QJsonValue {
                  return counts->create(ctx, idOf(p, "warehouse_id"), textOf(p, "category"),
                                        textOf(p, "notes"));
              }));
    r.add(MethodSpec(QStringLiteral("inventory.count.get"))
              .describe(QStringLiteral("One stock count with its lines {id, product_id, sku, "
                                       "name, unit, expected_qty, counted_qty, difference}."))
              .needs(countRead)
              .carries(kProductEntity)
              .reads()
              .param(QStringLiteral("id"), ParamType::Id, Required)
              .handle([counts](CallContext& ctx, const QJsonObject& p) -> QJsonValue {
                  return counts->get(ctx, idOf(p));
              }));
    MethodSpec countList(QStringLiteral("inventory.count.list"));
    listParams(countList)
        .filters({QStringLiteral("state"), QStringLiteral("warehouse_id")})
        .describe(QStringLiteral("Stock counts, newest first. filter {warehouse_id, state}; "
                                 "search: number, category, notes."))
        .needs(countRead)
        .carries(kProductEntity)
        .reads()
        .handle([counts](CallContext& ctx, const QJsonObject& p) -> QJsonValue {
            return counts->list(ctx, p);
        });
    r.add(countList);
    r.add(MethodSpec(QStringLiteral("inventory.count.set"))
              .describe(QStringLiteral("Enter counted quantities: lines [{line_id, counted_qty "
                                       "(null clears)}]."))
              .needs(countWrite)
              .carries(kProductEntity)
              .param(QStringLiteral("id"), ParamType::Id, Required)
              .param(QStringLiteral("version"), ParamType::Integer, Required)
              .param(QStringLiteral("lines"), ParamType::Array, Required)
              .handle([counts](CallContext& ctx, const QJsonObject& p) -> QJsonValue {
                  return counts->set(ctx, idOf(p), idOf(p, "version"),
                                     p.value(QLatin1String("lines")).toArray());
              }));
    r.add(MethodSpec(QStringLiteral("inventory.count.post"))
              .describe(QStringLiteral("Post the count: every counted difference becomes an "
                                       "adjustment move (reason \"stock count SC…\")."))
              .needs(QStringLiteral("inventory.count.post"))
              .carries(kProductEntity)
              .param(QStringLiteral("id"), ParamType::Id, Required)
              .param(QStringLiteral("version"), ParamType::Integer, Required)
              .handle([counts](CallContext& ctx, const QJsonObject& p) -> QJsonValue {
                  return counts->post(ctx, idOf(p), idOf(p, "version"));
              }));
    r.add(MethodSpec(QStringLiteral("inventory.count.cancel"))
              .describe(QStringLiteral("Cancel an open count; nothing is posted."))
              .needs(countWrite)
              .carries(kProductEntity)
              .param(QStringLiteral("id"), ParamType::Id, Required)
              .param(QStringLiteral("version"), ParamType::Integer, Required)
              .handle([counts](CallContext& ctx, const QJsonObject& p) -> QJsonValue {
                  return counts->cancel(ctx, idOf(p), idOf(p, "version"));
              }));
}

} // namespace Erp::Server::Inventory
