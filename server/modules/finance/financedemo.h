#pragma once

namespace Erp::Rpc {
struct CallContext;
}

namespace Erp::Server::Purchasing {
class PurchaseOrderService;
}

namespace Erp::Server::Finance {

class BillService;
class InvoiceService;
class LedgerService;
class PaymentService;

/// The demo company's own part of its books, in date order through the real services: the
/// owners' capital on the first day, the office rent of every month, and the customers'
/// payments of the invoices their shipments made (the demo company invoices on shipment) —
/// most on time, some late, some in part, some still open — and the suppliers' bills of the
/// purchase orders received, paid when due, so that the bank, both agings and the income
/// statement all have something to show. The stock side was booked by the other modules' demo
/// data as it happened.
struct DemoServices
{
    LedgerService& ledger;
    PaymentService& payments;
    InvoiceService& invoices;
    BillService& bills;
    Purchasing::PurchaseOrderService& purchaseOrders;
};
void loadDemoBooks(Rpc::CallContext& ctx, const DemoServices& services);

} // namespace Erp::Server::Finance
