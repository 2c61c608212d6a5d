#pragma once

#include "server/modules/finance/bill.h"
#include "server/modules/finance/ledgerservice.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Erp::Rpc {
struct CallContext;
}

namespace Erp::Server::Purchasing {
struct PurchaseOrder;
}

namespace Erp::Server::Finance {

class BillRepository;
struct Payment;

/// Supplier bills (finance.bill.*) with the three-way match: each line from a purchase order
/// line is compared with what was ordered (quantity, price), received and billed before; a
/// quantity beyond what is received or a price difference above the books' tolerance needs
/// approval (finance.bill.approve) before the bill is posted. Posting takes the number
/// (BILL2026-000001) and books Dr goods received not invoiced (the received value at the
/// order's price) + Dr price variance (the rest of the net) + Dr input VAT / Cr payable in the
/// same transaction; a bill without an order books its net on purchase_expense. A posted bill
/// is taken back by the reversal of its entry. docs/FINANCE.md "Supplier bills".
class BillService final
{
public:
    BillService(LedgerService& ledger, LedgerService::PartnerCheck partners);

    /// A draft (or awaiting_approval): {purchase_order_id, lines?: [{purchase_order_line_id,
    /// qty?, unit_price?, tax_rate?, price_includes_tax?}]} (default: every received, not yet
    /// billed quantity at the order's prices) or {supplier_id, lines: [{description, qty,
    /// unit_price, tax_rate, price_includes_tax?}]}; date, due_date, supplier_ref,
    /// supplier_date, notes.
    QJsonObject create(Rpc::CallContext& ctx, const QJsonObject& params);
    /// An unposted bill's fields (lines replaced as a whole; an approval lapses); a posted bill
    /// only its supplier_ref and supplier_date (audited).
    QJsonObject update(Rpc::CallContext& ctx, qint64 id, qint64 version, const QJsonObject& params);
    QJsonObject get(Rpc::CallContext& ctx, qint64 id);
    QJsonObject list(Rpc::CallContext& ctx, const QJsonObject& params);
    /// awaiting_approval → approved (audited); -32030 in any other state.
    QJsonObject approve(Rpc::CallContext& ctx, qint64 id, qint64 version);
    /// draft or approved → posted; -32030 finance.bill.needs_approval while awaiting approval.
    QJsonObject post(Rpc::CallContext& ctx, qint64 id, qint64 version);
    /// An unposted bill → cancelled; a posted, unpaid bill → reversed (its entry reversed in
    /// the same transaction, audited with the reason).
    QJsonObject cancel(Rpc::CallContext& ctx, qint64 id, qint64 version, const QString& reason);

    /// A supplier payment's allocations to bills [{bill_id, amount}]: checked (open bills of
    /// the payment's supplier, at most each open amount and together at most `unapplied`),
    /// written and audited on the bills. Returns the sum applied.
    static qint64 applyPayment(Rpc::CallContext& ctx, const Payment& payment,
                               const QJsonArray& allocations);
    /// Takes one allocation of a supplier payment back (audited on the bill); returns it.
    static BillAllocation unapplyPayment(Rpc::CallContext& ctx, const Payment& payment,
                                         qint64 allocationId);
    /// The payment's allocations to bills, as the wire shows them.
    static QJsonArray paymentAllocations(Rpc::CallContext& ctx, qint64 paymentId);

private:
    Bill load(BillRepository& repo, qint64 id, bool lock = false);
    /// The bill locked; -32009 unless it is at `version`.
    Bill loadVersion(BillRepository& repo, qint64 id, qint64 version);
    void readFields(Rpc::CallContext& ctx, const QJsonObject& params, Bill& b, bool creating);
    void readLines(Rpc::CallContext& ctx, const QJsonArray& lines, Bill& b);
    /// Prefills the lines with the order's received, not yet billed quantities.
    void openOrderLines(Rpc::CallContext& ctx, Bill& b);
    /// 价税分离 per line and the bill's sums.
    void totals(Bill& b);
    /// The three-way match of every order line; sets the lines' flags and needsApproval.
    void match(Rpc::CallContext& ctx, BillRepository& repo, Bill& b);
    /// Due date: the supplier's payment terms from the bill's (or the supplier's) date.
    void dueDate(Rpc::CallContext& ctx, const QJsonObject& params, Bill& b);
    Posting posting(const Bill& b) const;
    /// The bill with its live match (for get and the answers of writes).
    QJsonObject answer(Rpc::CallContext& ctx, BillRepository& repo, Bill b);

    LedgerService& m_ledger;
    LedgerService::PartnerCheck m_partners;
};

} // namespace Erp::Server::Finance
