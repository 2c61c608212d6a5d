#pragma once

#include "app/pages/orders/ordertypes.h"
#include "app/print/output.h"
#include "app/print/stocksheet.h"
#include "app/print/tradedocument.h"

#include <QCoreApplication>
#include <QHash>
#include <QPair>

class QWidget;

namespace Erp::Client {
class ApiClient;
}

namespace Erp::Client::Orders {

/// The printed documents of a sales order besides the delivery note: the quotation or order
/// confirmation for the customer (titled by the order's state) and the pick lists, one per
/// warehouse the order's stock is allocated in, in bin order.
class OrderDocuments final
{
    Q_DECLARE_TR_FUNCTIONS(Erp::Client::Orders::OrderDocuments)
public:
    using Mode = Print::DocumentOutput::Mode;
    /// (product id, warehouse id) → bin code.
    using Bins = QHash<QPair<qint64, qint64>, QString>;

    /// A draft, submitted or rejected order prints as a quotation (报价单), any other as the
    /// order confirmation; a cancelled one says so in red.
    static Print::TradeDocument confirmation(const Order& order,
                                             const Print::DeliveryNote::Company& company);
    /// One sheet per warehouse holding allocated stock of the order; `warehouses` names them
    /// (id → "深圳仓 (SZ)"), `bins` gives the bin a product is kept in there.
    static QList<Print::StockSheet> pickLists(const Order& order,
                                              const QHash<qint64, QString>& warehouses,
                                              const Bins& bins,
                                              const Print::DeliveryNote::Company& company);

    /// Reads the company profile (and for pick lists the warehouses' names and the bins the
    /// products were last put into), then presents `which` ("confirmation", "picklist",
    /// "delivery") in `mode`.
    static void present(ApiClient& api, QWidget* owner, const Order& order, const QString& which,
                        Mode mode);
};

} // namespace Erp::Client::Orders
