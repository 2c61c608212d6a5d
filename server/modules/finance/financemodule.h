#pragma once

#include "server/module.h"
#include "server/modules/finance/accountservice.h"
#include "server/modules/finance/billservice.h"
#include "server/modules/finance/invoiceservice.h"
#include "server/modules/finance/ledgerservice.h"
#include "server/modules/finance/paymentservice.h"
#include "server/modules/finance/reportservice.h"
#include "server/modules/finance/vatservice.h"

namespace Erp::Server::Admin {
class AdminModule;
}
namespace Erp::Server::Crm {
class CrmModule;
}
namespace Erp::Server::Purchasing {
class PurchasingModule;
}
namespace Erp::Server::Inventory {
class InventoryModule;
}
namespace Erp::Platform {
class EventBus;
}

namespace Erp::Server::Finance {

/// The general ledger (finance.*): chart of accounts, journal entries, periods, reports and
/// the ledger's self-check. Books every stock posting (inventory.stock_moved) in the same
/// transaction; other modules book through ledger().post(). docs/FINANCE.md.
class FinanceModule final : public Module
{
public:
    /// `inventory` answers the stock values finance.check compares with the inventory accounts.
    FinanceModule(Admin::AdminModule& admin, Crm::CrmModule& crm,
                  Purchasing::PurchasingModule& purchasing, Inventory::InventoryModule& inventory,
                  Platform::EventBus& events);
    QString name() const override { return QStringLiteral("finance"); }
    QString description() const override
    {
        return QStringLiteral("General ledger: chart of accounts, journal entries, periods and "
                              "reports");
    }
    QStringList dependencies() const override
    {
        return {QStringLiteral("crm"), QStringLiteral("purchasing")};
    }
    QStringList startsAfter() const override { return {QStringLiteral("sales")}; }
    QList<RoleGrants> defaultGrants() const override;
    void registerMethods(Rpc::MethodRegistry& registry) override;
    void prepare(Rpc::CallContext& ctx, const InitOptions& options) override;
    void loadDemo(Rpc::CallContext& ctx) override;

    /// The posting interface for other modules (payroll, production, projects).
    LedgerService& ledger() { return m_ledger; }

private:
    /// finance.invoice.*, finance.payment.*, finance.report.aging (invoicemethods.cpp).
    void registerInvoiceMethods(Rpc::MethodRegistry& registry);
    /// finance.bill.* (billmethods.cpp).
    void registerBillMethods(Rpc::MethodRegistry& registry);

    Inventory::InventoryModule& m_inventory;
    Purchasing::PurchasingModule& m_purchasing; ///< the demo bills its received orders
    LedgerService m_ledger;
    AccountService m_accounts;
    ReportService m_reports;
    VatService m_vat;
    InvoiceService m_invoices;
    PaymentService m_payments;
    BillService m_bills;
};

} // namespace Erp::Server::Finance
