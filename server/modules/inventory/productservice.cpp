#include "server/modules/inventory/productservice.h"

#include "common/jsonrpc.h"
#include "server/modules/inventory/inventoryevents.h"
#include "server/modules/inventory/productrepository.h"
#include "server/platform/eventbus.h"
#include "server/platform/fieldaccess.h"
#include "server/rpc/callcontext.h"
#include "server/rpc/errors.h"
#include "server/storage/listquery.h"

namespace Erp::Server::Inventory {

using Rpc::Error;

namespace {

const QString kProduct = QStringLiteral("inventory.product");

} // namespace

Product ProductService::load(ProductRepository& repo, qint64 id)
{
    auto p = repo.byId(id);
    if (!p)
        throw Rpc::notFound(QStringLiteral("product"), id);
    return *p;
}

QJsonObject ProductService::get(Rpc::CallContext& ctx, qint64 id)
{
    ProductRepository repo(ctx.db);
    return toJson(load(repo, id));
}

QJsonObject ProductService::list(Rpc::CallContext& ctx, const QJsonObject& params)
{
    static const QHash<QString, QString> sortable{
        {QStringLiteral("id"), QStringLiteral("p.id")},
        {QStringLiteral("sku"), QStringLiteral("p.sku")},
        {QStringLiteral("name"), QStringLiteral("p.name")},
        {QStringLiteral("category"), QStringLiteral("p.category")},
        {QStringLiteral("unit"), QStringLiteral("p.unit")},
        {QStringLiteral("barcode"), QStringLiteral("p.barcode")},
        {QStringLiteral("list_price"), QStringLiteral("p.list_price")},
        {QStringLiteral("cost"), QStringLiteral("p.cost")},
        {QStringLiteral("reorder_point"), QStringLiteral("p.reorder_point")},
        {QStringLiteral("created_at"), QStringLiteral("p.created_at")},
        {QStringLiteral("updated_at"), QStringLiteral("p.updated_at")},
    };
    // Sorting by a field one may not read would reveal its order: not a sort key then.
    static const QHash<QString, QString> withoutCost = [] {
        QHash<QString, QString> h = sortable;
        h.remove(QStringLiteral("cost"));
        return h;
    }();
    const bool cost = Platform::FieldAccess::canRead(ctx, kProduct, QStringLiteral("cost"));
    const auto query = Storage::ListQuery::parse(params, cost ? sortable : withoutCost,
                                                 QStringLiteral("sku"), QStringLiteral("p.id"));
    return ProductRepository(ctx.db).list(query);
}

void ProductService::check(Rpc::CallContext& ctx, ProductRepository& repo, const Product& p,
                           Rpc::FieldErrors& errors, bool checkSupplier)
{
    validate(p, errors);
    if (!p.sku.isEmpty() && repo.idBySku(p.sku, p.id) != 0)
        errors.add(QStringLiteral("sku"), QStringLiteral("duplicate"),
                   QStringLiteral("is already used by another product"),
                   QStringLiteral("inventory.product.code_taken"));
    if (!p.barcode.isEmpty() && repo.idByBarcode(p.barcode, p.id) != 0)
        errors.add(QStringLiteral("barcode"), QStringLiteral("duplicate"),
                   QStringLiteral("is already used by another product"),
                   QStringLiteral("inventory.product.code_taken"));
    bool supplierKnown = p.defaultSupplierId == 0 || !checkSupplier;
    if (!supplierKnown && p.defaultSupplierId > 0) {
        Events::SupplierCheck question;
        question.supplierId = p.defaultSupplierId;
        supplierKnown = m_events.ask(ctx, question).active;
    }
    if (!supplierKnown)
        errors.add(QStringLiteral("default_supplier_id"), QStringLiteral("unknown"),
                   QStringLiteral("is not an active supplier"),
                   QStringLiteral("validation.inactive_supplier"));
}

Product ProductService::insertChecked(Rpc::CallContext& ctx, ProductRepository& repo, Product p,
                                      bool bulk)
{
    p.id = 0;
    Rpc::FieldErrors errors;
    check(ctx, repo, p, errors, true);
    errors.throwIfAny();
    repo.insert(p);
    ctx.recordChange(kProduct, p.id, p.version, QJsonValue::Null, toJson(p), !bulk);
    return p;
}

QJsonObject ProductService::create(Rpc::CallContext& ctx, const QJsonObject& fields)
{
    ProductRepository repo(ctx.db);
    Product p;
    Rpc::FieldErrors errors;
    applyJson(p, fields, errors);
    errors.throwIfAny();
    const Product inserted = insertChecked(ctx, repo, p, false);
    return toJson(load(repo, inserted.id));
}

QJsonObject ProductService::update(Rpc::CallContext& ctx, qint64 id, qint64 version,
                                   const QJsonObject& fields)
{
    ProductRepository repo(ctx.db);
    Product p = load(repo, id);
    if (p.version != version)
        throw Rpc::versionConflict(QStringLiteral("product"), p.version);
    const QJsonObject before = toJson(p);
    const qint64 supplierBefore = p.defaultSupplierId;
    const qint64 costBefore = p.cost;
    Rpc::FieldErrors errors;
    applyJson(p, fields, errors);
    // With stock on hand the cost is the moving average of that stock (docs/OMS.md "Stock
    // valuation"): receipts change it, not the product form.
    if (p.cost != costBefore && repo.stockQty(id) > 0)
        errors.add(QStringLiteral("cost"), QStringLiteral("read_only"),
                   QStringLiteral("is the moving average of the stock on hand; receipts change it"),
                   QStringLiteral("inventory.product.cost_is_average"));
    errors.throwIfAny();
    // An unchanged default supplier is not checked again (it may have been archived since).
    Rpc::FieldErrors checks;
    check(ctx, repo, p, checks, p.defaultSupplierId != supplierBefore);
    checks.throwIfAny();
    if (!repo.update(p, version))
        throw Rpc::versionConflict(QStringLiteral("product"), version + 1);
    const Product stored = load(repo, id);
    ctx.recordChange(kProduct, id, stored.version, before, toJson(stored));
    return toJson(stored);
}

QJsonObject ProductService::archive(Rpc::CallContext& ctx, qint64 id, qint64 version)
{
    ProductRepository repo(ctx.db);
    Product p = load(repo, id);
    if (p.version != version)
        throw Rpc::versionConflict(QStringLiteral("product"), p.version);
    if (!p.active)
        throw Error(Rpc::BusinessRule, QStringLiteral("The product is already archived"),
                    QJsonObject{{QStringLiteral("reason"), QStringLiteral("archived")}})
            .withId(QStringLiteral("inventory.product.already_archived"));
    p.active = false;
    if (!repo.update(p, version))
        throw Rpc::versionConflict(QStringLiteral("product"), version + 1);
    const Product stored = load(repo, id);
    ctx.recordChange(kProduct, id, stored.version, QJsonObject{{QStringLiteral("active"), true}},
                     QJsonObject{{QStringLiteral("active"), false}});
    return toJson(stored);
}

std::optional<Product> ProductService::find(Rpc::CallContext& ctx, qint64 id)
{
    return ProductRepository(ctx.db).byId(id);
}

std::optional<Product> ProductService::findBySku(Rpc::CallContext& ctx, const QString& sku)
{
    return ProductRepository(ctx.db).bySku(sku);
}

QHash<qint64, Product> ProductService::findMany(Rpc::CallContext& ctx, const QList<qint64>& ids)
{
    return ProductRepository(ctx.db).byIds(ids);
}

} // namespace Erp::Server::Inventory
