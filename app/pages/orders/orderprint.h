#pragma once

#include "app/pages/orders/ordertypes.h"
#include "app/print/deliverynote.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <functional>

class QObject;
class QWidget;

namespace Erp::Client {
class ApiClient;
}

namespace Erp::Client::Orders {

/// The delivery note of an order's shipment: the data from the order, the header from the
/// company profile, and the interactive "save as PDF and open it" of the order form.
class OrderPrint final
{
    Q_DECLARE_TR_FUNCTIONS(Erp::Client::Orders::OrderPrint)
public:
    /// The header of a printed document from the company profile (admin.company.get): legal
    /// name, address, phone, tax id and logo.
    static Print::DeliveryNote::Company company(const QJsonObject& profile);
    /// Reads the company profile; `done` runs later (while `context` lives). When the server
    /// cannot answer, the header names the company file (or the server).
    static void loadCompany(ApiClient& api, QObject* context,
                            std::function<void(const Print::DeliveryNote::Company&)> done);
    /// The note of shipment `index` (the latest when -1; the whole order when it has none).
    static Print::DeliveryNote deliveryNote(const Order& order, int index,
                                            const Print::DeliveryNote::Company& company);
    /// Asks which shipment (when several) and where to save, writes the PDF and offers to
    /// open it.
    static void printDeliveryNote(const Order& order, const Print::DeliveryNote::Company& company,
                                  QWidget* parent);
};

} // namespace Erp::Client::Orders
