#include "server/modules/finance/financemodule.h"

#include "common/jsonrpc.h"
#include "server/modules/admin/adminmodule.h"
#include "server/modules/crm/crmevents.h"
#include "server/modules/crm/crmmodule.h"
#include "server/modules/finance/accountrepository.h"
#include "server/modules/finance/financedemo.h"
#include "server/modules/finance/invoicerepository.h"
#include "server/modules/finance/partnerstatementrepository.h"
#include "server/modules/finance/stockpostings.h"
#include "server/modules/inventory/inventoryevents.h"
#include "server/modules/purchasing/purchasingmodule.h"
#include "server/modules/sales/salesevents.h"
#include "server/platform/eventbus.h"
#include "server/rpc/callcontext.h"

namespace Erp::Server::Finance {

namespace {

LedgerService::CompanyLookup companyOf(Admin::AdminModule& admin)
{
    const Admin::CompanyService* company = &admin.company();
    return [company](Rpc::CallContext& ctx) {
        const Admin::CompanyProfile p = company->profile(ctx);
        return CompanyBooks{p.baseCurrency, p.fiscalYearStartMonth, p.country};
    };
}

LedgerService::PartnerCheck partnersOf(Crm::CrmModule& crm,
                                       Purchasing::PurchasingModule& purchasing)
{
    Crm::CustomerService* customers = &crm.customers();
    Purchasing::SupplierService* suppliers = &purchasing.suppliers();
    return [customers, suppliers](Rpc::CallContext& ctx, const QString& type, qint64 id) {
        try {
            if (type == QLatin1String("customer"))
                customers->get(ctx, id); // the caller's record rules apply
            else if (type == QLatin1String("supplier"))
                suppliers->get(ctx, id);
            else
                return false;
            return true;
        } catch (const Rpc::Error& e) {
            if (e.code == Rpc::NotFound)
                return false;
            throw;
        }
    };
}

} // namespace

FinanceModule::FinanceModule(Admin::AdminModule& admin, Crm::CrmModule& crm,
                             Purchasing::PurchasingModule& purchasing,
                             Inventory::InventoryModule& inventory, Platform::EventBus& events)
    : m_inventory(inventory)
    , m_purchasing(purchasing)
    , m_ledger(companyOf(admin), partnersOf(crm, purchasing))
    , m_accounts(m_ledger)
    , m_reports(m_ledger)
    , m_vat(m_ledger)
    , m_invoices(m_ledger, partnersOf(crm, purchasing))
    , m_payments(m_ledger, partnersOf(crm, purchasing))
    , m_bills(m_ledger, partnersOf(crm, purchasing))
{
    // Every stock posting is booked in the same transaction: a refused entry (a closed period)
    // refuses the stock move too.
    LedgerService* ledger = &m_ledger;
    events.subscribe<Inventory::Events::StockMoved>(
        QStringLiteral("finance.stock"), 200,
        [ledger](Rpc::CallContext& ctx, const Inventory::Events::StockMoved& moved) {
            ledger->post(ctx, stockPosting(moved));
        });
    // Invoicing on shipment (Finance ▸ Settings, off by default): the shipment's lines are
    // invoiced and posted in the shipment's transaction.
    InvoiceService* invoices = &m_invoices;
    events.subscribe<Sales::Events::OrderShipped>(
        QStringLiteral("finance.invoice"), 200,
        [invoices](Rpc::CallContext& ctx, const Sales::Events::OrderShipped& shipped) {
            if (!AccountRepository(ctx.db).settings().invoiceOnShipment)
                return;
            QHash<qint64, qint64> qty;
            for (const Sales::Events::OrderLinePart& part : shipped.lines)
                qty[part.orderLineId] += part.qty;
            invoices->invoiceShipped(ctx, shipped.orderId, shipped.date, qty);
        });
    // A merged customer's invoices and receipts are the survivor's (posted entries keep the
    // partner they were booked with: the ledger never changes).
    events.subscribe<Crm::Events::CustomerMerged>(
        QStringLiteral("finance.invoices"), 200,
        [](Rpc::CallContext& ctx, const Crm::Events::CustomerMerged& merged) {
            InvoiceRepository(ctx.db).moveCustomer(merged.duplicateId, merged.survivorId);
        });
    // The sales credit check counts what the customer has not paid.
    events.subscribe<Sales::Events::CreditExposure>(
        QStringLiteral("finance.receivables"), 100,
        [](Rpc::CallContext& ctx, Sales::Events::CreditExposure& asked) {
            InvoiceRepository repo(ctx.db);
            asked.receivable = 0;
            for (const InvoiceRepository::AgingRow& r :
                 repo.aging(QStringLiteral("receivable"), QDate(9999, 12, 31), asked.customerId))
                asked.receivable += r.total;
            asked.invoiced = repo.invoicedOfOrders(asked.orderIds);
            asked.answered = true;
        });
    // The customer timeline: posted invoices, credit notes and receipts (the statement's lines).
    events.subscribe<Crm::Events::TimelineQuery>(
        QStringLiteral("finance.invoices"), 200,
        [ledger](Rpc::CallContext& ctx, Crm::Events::TimelineQuery& asked) {
            const QList<PartnerStatementRepository::Line> lines =
                PartnerStatementRepository(ctx.db).lines(asked.customerId, QDate(1900, 1, 1),
                                                         QDate(9999, 12, 31));
            asked.total += lines.size();
            const QString currency = ledger->company(ctx).baseCurrency;
            for (qsizetype i = lines.size() - 1, n = 0; i >= 0 && n < asked.limit; --i, ++n) {
                const auto& l = lines.at(i);
                Crm::Events::TimelineQuery::Entry e;
                e.at = l.date;
                e.kind = l.kind;
                e.entity = l.sourceType;
                e.id = l.sourceId;
                e.number = l.number;
                e.amount = l.debit != 0 ? l.debit : l.credit;
                e.currency = currency;
                e.state = QStringLiteral("posted");
                asked.entries.append(e);
            }
        });
}

QList<RoleGrants> FinanceModule::defaultGrants() const
{
    return {
        {QStringLiteral("accountant"),
         QStringLiteral("Finance: ledger, invoices and payments"),
         {QStringLiteral("finance.*"), QStringLiteral("!finance.period.reopen")}},
        {QStringLiteral("manager"),
         QStringLiteral(""),
         {QStringLiteral("finance.period.reopen"), QStringLiteral("finance.bill.read"),
          QStringLiteral("finance.bill.approve")}},
        // Purchasing sees the bills of its orders.
        {QStringLiteral("purchasing"), QStringLiteral(""), {QStringLiteral("finance.bill.read")}},
        // Sales sees the invoices (of every order: a record rule "of their orders" is a later
        // step).
        {QStringLiteral("sales"), QStringLiteral(""), {QStringLiteral("finance.invoice.read")}},
    };
}

void FinanceModule::prepare(Rpc::CallContext& ctx, const InitOptions& options)
{
    // The demo company invoices on shipment, so its orders make its sales in the books.
    if (m_accounts.installIfEmpty(ctx) && options.demo) {
        AccountRepository repo(ctx.db);
        BookSettings s = repo.settings();
        s.invoiceOnShipment = true;
        repo.updateSettings(s, s.version);
    }
}

void FinanceModule::loadDemo(Rpc::CallContext& ctx)
{
    loadDemoBooks(ctx, {m_ledger, m_payments, m_invoices, m_bills, m_purchasing.orders()});
}

} // namespace Erp::Server::Finance
