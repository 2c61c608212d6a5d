#pragma once

#include "server/modules/finance/invoice.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

#include <optional>

namespace Erp::Storage {
class Database;
struct ListQuery;
} // namespace Erp::Storage

namespace Erp::Platform {
class RowScope;
}

namespace Erp::Server::Finance {

/// The SQL of invoices, credit notes, payments, their allocations and the aging
/// (fin_invoices, fin_invoice_lines, fin_payments, fin_allocations).
class InvoiceRepository final
{
public:
    explicit InvoiceRepository(Storage::Database& db)
        : m_db(db)
    {}

    /// The invoice with its lines; `lock` takes the row lock on PostgreSQL.
    std::optional<Invoice> byId(qint64 id, bool lock = false);
    void insert(Invoice& i);
    /// Replaces a draft's header and lines; false when the version moved or it is posted.
    bool updateDraft(const Invoice& i, qint64 expectedVersion);
    bool cancelDraft(qint64 id, qint64 expectedVersion);
    /// Stamps a posted invoice (number, due date, its entry).
    bool markPosted(const Invoice& i, qint64 expectedVersion);
    bool setFapiao(qint64 id, qint64 expectedVersion, const QString& number, const QString& date);
    /// Adds to what is paid (a payment) or credited (a credit note) of an invoice, or to what a
    /// credit note has applied (paid), and sets the state that follows. False when that would
    /// settle more than is open (a concurrent allocation got there first).
    bool settle(qint64 id, qint64 paidDelta, qint64 creditedDelta);
    /// A page of invoices of the customers `visible` lets the caller see (alias c).
    QJsonObject list(const Storage::ListQuery& query, const Platform::RowScope& visible);

    /// Per sales order line: the quantity invoiced so far (invoices, drafts included, less
    /// credit notes).
    QHash<qint64, qint64> invoicedQty(qint64 orderId, qint64 exceptInvoiceId);
    /// Per line of an invoice: what credit notes reversed so far {qty, net, tax}.
    struct Credited
    {
        qint64 qty = 0;
        qint64 net = 0;
        qint64 tax = 0;
    };
    QHash<qint64, Credited> creditedLines(qint64 invoiceId);

    // Payments.
    void insertPayment(Payment& p);
    std::optional<Payment> paymentById(qint64 id, bool lock = false);
    /// Adds `delta` to what the payment has applied (negative: unapplied); false when the
    /// version moved or more than the payment would be applied.
    bool applyToPayment(qint64 id, qint64 expectedVersion, qint64 delta);
    bool setPaymentEntry(qint64 id, qint64 entryId);
    QJsonObject listPayments(const Storage::ListQuery& query);

    // Allocations.
    qint64 insertAllocation(const Allocation& a);
    std::optional<Allocation> allocationById(qint64 id);
    bool deleteAllocation(qint64 id);
    QList<Allocation> allocationsOfPayment(qint64 paymentId);
    QList<Allocation> allocationsOfInvoice(qint64 invoiceId);

    // Receivables and payables.
    /// Open items per partner as of a date, bucketed by days past due: one grouped statement.
    /// kind "receivable": invoices, credit notes and receipts of customers; "payable": posted
    /// supplier bills and supplier payments. Rows {partner_id, partner_code, partner_name,
    /// current, d1_30, d31_60, d61_90, over_90, unapplied, total} in minor units.
    struct AgingRow
    {
        qint64 partnerId = 0;
        QString partnerCode;
        QString partnerName;
        qint64 buckets[5] = {0, 0, 0, 0, 0};
        qint64 unapplied = 0;
        qint64 total = 0;
    };
    QList<AgingRow> aging(const QString& kind, const QDate& asOf, qint64 partnerId);
    /// The open items of one partner as of a date (the aging's detail).
    QJsonArray openItems(const QString& kind, const QDate& asOf, qint64 partnerId);
    /// What all documents leave open, the aging's grand total as of the end of time (the
    /// allocations cancel out): receivable = invoices − credit notes − customer receipts;
    /// payable = posted bills − supplier payments. One statement over the documents, no
    /// grouping.
    qint64 openTotal(const QString& kind);
    /// Documents whose settled amount (an invoice's paid + credited, a bill's paid, a credit
    /// note's or a payment's applied amount) differs from the sum of their allocations: {type, id,
    /// number, recorded, allocated}; at most 100.
    QJsonArray settlementMismatches();
    /// Moves a merged customer's invoices and receipts to the survivor.
    void moveCustomer(qint64 fromId, qint64 toId);
    /// Posted invoices less credit notes of the given sales orders (the credit check).
    qint64 invoicedOfOrders(const QList<qint64>& orderIds);
    /// Debits less credits of the posted lines of an account: {all, booked by invoices, bills
    /// and payments}.
    std::pair<qint64, qint64> accountBalance(qint64 accountId);

private:
    void insertLines(qint64 invoiceId, const QList<InvoiceLine>& lines);
    QList<InvoiceLine> lines(qint64 invoiceId);

    Storage::Database& m_db;
};

} // namespace Erp::Server::Finance
