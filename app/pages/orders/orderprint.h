#pragma once

#include "app/pages/orders/ordertypes.h"
#include "app/print/deliverynote.h"

#include <QCoreApplication>

class QWidget;

namespace Erp::Client {
class ApiClient;
}

namespace Erp::Client::Orders {

/// The delivery note of an order's shipment: the data from the order, the company from the
/// settings, and the interactive "save as PDF and open it" of the order form.
class OrderPrint final
{
    Q_DECLARE_TR_FUNCTIONS(Erp::Client::Orders::OrderPrint)
public:
    /// The company printed at the top: the settings print/companyName, print/companyAddress
    /// and print/companyPhone, the name defaulting to the company file (or the server).
    static Print::DeliveryNote::Company company(const ApiClient& api);
    /// The note of shipment `index` (the latest when -1; the whole order when it has none).
    static Print::DeliveryNote deliveryNote(const Order& order, int index,
                                            const Print::DeliveryNote::Company& company);
    /// Asks which shipment (when several) and where to save, writes the PDF and offers to
    /// open it.
    static void printDeliveryNote(const Order& order, const Print::DeliveryNote::Company& company,
                                  QWidget* parent);
};

} // namespace Erp::Client::Orders
