#include "server/modules/finance/financemodule.h"

#include "common/jsonrpc.h"
#include "server/modules/admin/adminmodule.h"
#include "server/modules/crm/crmevents.h"
#include "server/modules/crm/crmmodule.h"
#include "server/modules/finance/accountrepository.h"
#include "server/modules/finance/invoicerepository.h"
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
                             Purchasing::PurchasingModule& purchasing, Platform::EventBus& events)
    : m_ledger(companyOf(admin), partnersOf(crm, purchasing))
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
            ledger->post(ctx, stockPosting(moved, ledger->company(ctx).baseCurrency));
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
    (void)options;
    m_accounts.installIfEmpty(ctx);
}

void FinanceModule::loadDemo(Rpc::CallContext& ctx)
{
    // The owners' capital at the start of the year, and the rent of every month so far; the
    // stock side (receipts, shipments, counts) was booked by the other modules' demo data.
    AccountRepository accounts(ctx.db);
    const qint64 bank = accounts.roleAccount(QStringLiteral("bank"), {});
    const qint64 capital = accounts.roleAccount(QStringLiteral("opening"), {});
    const qint64 rent = accounts.idByCode(QStringLiteral("5602"));
    const QDate today = QDate::currentDate();
    const QDate start(today.year(), 1, 1);
    Posting opening;
    opening.date = start;
    const bool chinese = accounts.settings().chart == QLatin1String("cn_small");
    opening.description =
        chinese ? QStringLiteral("股东投入资本") : QStringLiteral("Paid-in capital");
    opening.sourceType = QStringLiteral("manual");
    opening.lines = {{{}, {}, bank, 200'000'000, 0, {}, 0, {}},
                     {{}, {}, capital, 0, 200'000'000, {}, 0, {}}};
    m_ledger.post(ctx, opening);
    if (rent == 0)
        return;
    for (QDate month = start; month <= today; month = month.addMonths(1)) {
        Posting p;
        p.journal = QStringLiteral("bank");
        p.date = month.addDays(4);
        if (p.date > today)
            break;
        p.description =
            (chinese ? QStringLiteral("支付办公室租金 %1") : QStringLiteral("Office rent %1"))
                .arg(month.toString(QStringLiteral("yyyy-MM")));
        p.sourceType = QStringLiteral("manual");
        p.lines = {{{}, {}, rent, 3'500'000, 0, {}, 0, p.description},
                   {{}, {}, bank, 0, 3'500'000, {}, 0, p.description}};
        m_ledger.post(ctx, p);
    }
}

} // namespace Erp::Server::Finance
