// Products, warehouses and opening stock as importable entities (platform.import).
#include "common/jsonrpc.h"
#include "server/modules/inventory/inventorymodule.h"
#include "server/modules/inventory/units.h"
#include "server/modules/inventory/warehouserepository.h"
#include "server/platform/importservice.h"
#include "server/rpc/callcontext.h"

namespace Erp::Server::Inventory {

using Platform::ImportColumn;
using Platform::ImportEntity;
using Platform::ImportOutcome;
using Type = ImportColumn::Type;

namespace {

ImportColumn col(const char* entity, const char* name, Type type, const char* label,
                 QStringList aliases, bool required = false)
{
    return ImportColumn{QLatin1String(name),
                        type,
                        required,
                        QLatin1String(entity) + QStringLiteral(".field.") + QLatin1String(name),
                        QLatin1String(label),
                        std::move(aliases)};
}

QString cell(const QJsonObject& row, const char* key)
{
    return row.value(QLatin1String(key)).toString().trimmed();
}

ImportEntity productEntity(ProductService& products)
{
    ImportEntity e;
    e.name = QStringLiteral("inventory.product");
    e.permission = QStringLiteral("inventory.product.write");
    e.labelId = QStringLiteral("inventory.product.entity");
    e.label = QStringLiteral("Products");
    e.eventEntity = QStringLiteral("inventory.product");
    e.keyColumn = QStringLiteral("sku");
    const char* p = "inventory.product";
    e.columns = {
        col(p, "sku", Type::Text, "SKU",
            {QStringLiteral("货号"), QStringLiteral("物料编码"), QStringLiteral("产品编码"),
             QStringLiteral("编码")},
            true),
        col(p, "name", Type::Text, "Name",
            {QStringLiteral("名称"), QStringLiteral("产品名称"), QStringLiteral("品名")}, true),
        col(p, "category", Type::Text, "Category",
            {QStringLiteral("类别"), QStringLiteral("分类")}),
        col(p, "unit", Type::Text, "Unit", {QStringLiteral("单位")}),
        col(p, "barcode", Type::Text, "Barcode",
            {QStringLiteral("条码"), QStringLiteral("条形码")}),
        col(p, "description", Type::Text, "Description",
            {QStringLiteral("描述"), QStringLiteral("说明")}),
        col(p, "list_price", Type::Decimal, "List price",
            {QStringLiteral("售价"), QStringLiteral("单价"), QStringLiteral("价格")}),
        col(p, "cost", Type::Decimal, "Cost", {QStringLiteral("成本"), QStringLiteral("成本价")}),
        col(p, "tax_rate", Type::Decimal, "Tax rate (%)", {QStringLiteral("税率")}),
        col(p, "reorder_point", Type::Decimal, "Reorder point", {QStringLiteral("再订货点")}),
        col(p, "reorder_qty", Type::Decimal, "Reorder quantity", {QStringLiteral("再订货量")}),
        col(p, "active", Type::Boolean, "Active", {QStringLiteral("启用")}),
    };
    const ImportEntity shape = e;
    ProductService* svc = &products;
    e.apply = [svc, shape](Rpc::CallContext& ctx, const QList<QJsonObject>& rows,
                           const QJsonObject&) -> ImportOutcome {
        const QJsonObject fields = Platform::typedFields(shape, rows.first());
        const auto existing = svc->findBySku(ctx, cell(rows.first(), "sku"));
        if (!existing) {
            svc->create(ctx, fields);
            return ImportOutcome::Created;
        }
        return Platform::updateOrUnchanged(ctx, svc->get(ctx, existing->id), [&] {
            return svc->update(ctx, existing->id, existing->version, fields);
        });
    };
    return e;
}

ImportEntity warehouseEntity(WarehouseService& warehouses)
{
    ImportEntity e;
    e.name = QStringLiteral("inventory.warehouse");
    e.permission = QStringLiteral("inventory.warehouse.write");
    e.labelId = QStringLiteral("inventory.warehouse.entity");
    e.label = QStringLiteral("Warehouses");
    e.eventEntity = QStringLiteral("inventory.warehouse");
    e.keyColumn = QStringLiteral("code");
    const char* w = "inventory.warehouse";
    e.columns = {
        col(w, "code", Type::Text, "Code",
            {QStringLiteral("仓库编码"), QStringLiteral("编码"), QStringLiteral("代码")}, true),
        col(w, "name", Type::Text, "Name", {QStringLiteral("仓库名称"), QStringLiteral("名称")},
            true),
        col(w, "address", Type::Text, "Address", {QStringLiteral("地址")}),
        col(w, "priority", Type::Integer, "Priority", {QStringLiteral("优先级")}),
        col(w, "active", Type::Boolean, "Active", {QStringLiteral("启用")}),
    };
    const ImportEntity shape = e;
    WarehouseService* svc = &warehouses;
    e.apply = [svc, shape](Rpc::CallContext& ctx, const QList<QJsonObject>& rows,
                           const QJsonObject&) -> ImportOutcome {
        const QJsonObject fields = Platform::typedFields(shape, rows.first());
        const qint64 id =
            WarehouseRepository(ctx.db).idByCode(cell(rows.first(), "code").toUpper(), 0);
        if (id == 0) {
            svc->create(ctx, fields);
            return ImportOutcome::Created;
        }
        const QJsonObject before = svc->get(ctx, id);
        return Platform::updateOrUnchanged(ctx, before, [&] {
            return svc->update(ctx, id, before.value(QLatin1String("version")).toInteger(), fields);
        });
    };
    return e;
}

ImportEntity openingStockEntity(InventoryModule& inventory, StockService& stock)
{
    ImportEntity e;
    e.name = QStringLiteral("inventory.opening_stock");
    e.permission = QStringLiteral("inventory.stock.adjust");
    e.labelId = QStringLiteral("inventory.opening_stock.entity");
    e.label = QStringLiteral("Opening stock");
    e.eventEntity = QStringLiteral("inventory.stock");
    e.keyColumn = QStringLiteral("sku");
    const char* o = "inventory.opening_stock";
    e.columns = {
        col(o, "warehouse", Type::Text, "Warehouse code",
            {QStringLiteral("仓库"), QStringLiteral("仓库编码")}, true),
        col(o, "sku", Type::Text, "SKU",
            {QStringLiteral("货号"), QStringLiteral("物料编码"), QStringLiteral("产品编码")}, true),
        col(o, "qty", Type::Decimal, "Quantity",
            {QStringLiteral("数量"), QStringLiteral("期初数量"), QStringLiteral("库存")}, true),
    };
    // One balance per product and warehouse: the pair is the row's key inside the file.
    e.fileKey = [](const QJsonObject& row) {
        return cell(row, "warehouse").toUpper() + QLatin1Char('|') + cell(row, "sku").toUpper();
    };
    InventoryModule* inv = &inventory;
    StockService* svc = &stock;
    e.apply = [inv, svc](Rpc::CallContext& ctx, const QList<QJsonObject>& rows,
                         const QJsonObject&) -> ImportOutcome {
        const QJsonObject& row = rows.first();
        Rpc::FieldErrors errors;
        const auto product = inv->productBySku(ctx, cell(row, "sku"));
        if (!product)
            errors.add(QStringLiteral("sku"), QStringLiteral("unknown"),
                       QStringLiteral("\"%1\" is not a product").arg(cell(row, "sku")),
                       QStringLiteral("inventory.import.unknown_sku"),
                       {{QStringLiteral("sku"), cell(row, "sku")}});
        const qint64 warehouseId =
            WarehouseRepository(ctx.db).idByCode(cell(row, "warehouse").toUpper(), 0);
        if (warehouseId == 0)
            errors.add(QStringLiteral("warehouse"), QStringLiteral("unknown"),
                       QStringLiteral("\"%1\" is not a warehouse").arg(cell(row, "warehouse")),
                       QStringLiteral("inventory.import.unknown_warehouse"),
                       {{QStringLiteral("warehouse"), cell(row, "warehouse")}});
        qint64 qty = 0;
        readQty(row.value(QLatin1String("qty")), QStringLiteral("qty"), qty, errors,
                Sign::Positive);
        errors.throwIfAny();
        return svc->postOpeningBalance(ctx, product->id, warehouseId, qty)
                   ? ImportOutcome::Created
                   : ImportOutcome::Unchanged;
    };
    return e;
}

} // namespace

void InventoryModule::registerImports(Platform::ImportService& imports)
{
    imports.add(productEntity(m_products));
    imports.add(warehouseEntity(m_warehouses));
    imports.add(openingStockEntity(*this, m_stock));
}

} // namespace Erp::Server::Inventory
