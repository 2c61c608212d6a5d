#pragma once

#include "server/modules/inventory/product.h"

#include <QHash>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace Erp::Rpc {
struct CallContext;
}
namespace Erp::Platform {
class EventBus;
}

namespace Erp::Server::Inventory {

class ProductRepository;

/// The product catalogue's rules (inventory.product.*). Every change is audited and pushed as
/// event.changed {entity: "inventory.product"}; edits take the version they were read at.
class ProductService final
{
public:
    /// A default supplier is checked by asking Events::SupplierCheck on `events` (purchasing
    /// answers); unanswered, no default supplier can be set.
    explicit ProductService(const Platform::EventBus& events)
        : m_events(events)
    {}

    /// -32004 when there is no such product.
    QJsonObject get(Rpc::CallContext& ctx, qint64 id);
    /// filter {active, category, default_supplier_id}; search: sku, name, barcode, category.
    QJsonObject list(Rpc::CallContext& ctx, const QJsonObject& listParams);
    /// -32022 for invalid fields, a taken SKU (any case) or barcode, an unknown supplier.
    QJsonObject create(Rpc::CallContext& ctx, const QJsonObject& fields);
    /// -32009 for a stale version; otherwise as create.
    QJsonObject update(Rpc::CallContext& ctx, qint64 id, qint64 version, const QJsonObject& fields);
    /// Makes a product inactive (products are never deleted: the ledger refers to them).
    QJsonObject archive(Rpc::CallContext& ctx, qint64 id, qint64 version);

    std::optional<Product> find(Rpc::CallContext& ctx, qint64 id);
    std::optional<Product> findBySku(Rpc::CallContext& ctx, const QString& sku);
    QHash<qint64, Product> findMany(Rpc::CallContext& ctx, const QList<qint64>& ids);

    /// Checks and inserts a prepared record (create, demo); throws FieldErrors.
    Product insertChecked(Rpc::CallContext& ctx, ProductRepository& repo, Product p, bool bulk);

private:
    void check(Rpc::CallContext& ctx, ProductRepository& repo, const Product& p,
               Rpc::FieldErrors& errors, bool checkSupplier);
    Product load(ProductRepository& repo, qint64 id);

    const Platform::EventBus& m_events;
};

} // namespace Erp::Server::Inventory
