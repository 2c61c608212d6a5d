#pragma once

#include "app/print/output.h"
#include "app/print/stocksheet.h"
#include "app/print/tradedocument.h"

#include <QCoreApplication>
#include <QJsonObject>

class QWidget;

namespace Erp::Client {
class ApiClient;
}

namespace Erp::Client::Inventory {

/// The printed documents of the Inventory tab: the purchase order for the supplier and the
/// stock count sheet (the Counted column left blank for the pen).
class InventoryDocuments final
{
    Q_DECLARE_TR_FUNCTIONS(Erp::Client::Inventory::InventoryDocuments)
public:
    using Mode = Print::DocumentOutput::Mode;

    /// `po` as purchasing.order.get returns it, `supplier` (purchasing.supplier.get) and
    /// `warehouse` (inventory.warehouse.get; its address is where the goods go) may be empty.
    static Print::TradeDocument purchaseOrder(const QJsonObject& po, const QJsonObject& supplier,
                                              const QJsonObject& warehouse,
                                              const Print::DeliveryNote::Company& company);
    /// `count` as inventory.count.get returns it; `warehouseName` "深圳仓 (SZ)" (empty: the
    /// code); without `showExpected` a blind count.
    static Print::StockSheet countSheet(const QJsonObject& count, const QString& warehouseName,
                                        const Print::DeliveryNote::Company& company,
                                        bool showExpected = true);

    /// Reads the company profile, the supplier and the warehouse, then presents the order.
    static void presentPurchaseOrder(ApiClient& api, QWidget* owner, const QJsonObject& po,
                                     Mode mode);
    /// Reads the company profile and the warehouse, then presents the count sheet.
    static void presentCountSheet(ApiClient& api, QWidget* owner, const QJsonObject& count,
                                  Mode mode);
};

} // namespace Erp::Client::Inventory
