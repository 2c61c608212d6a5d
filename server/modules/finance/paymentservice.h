#pragma once

#include "server/modules/finance/ledgerservice.h"

#include <QJsonObject>

namespace Erp::Rpc {
struct CallContext;
}

namespace Erp::Server::Finance {

class InvoiceRepository;

/// Payments (finance.payment.*), receivables and payables (finance.report.aging) and their
/// part of finance.check. A customer receipt books Dr bank / Cr receivable, a supplier payment
/// Dr payable / Cr bank, when it is recorded; applying it to invoices (partly, several at once)
/// moves their open amounts and states; what is not applied stays a credit on the partner.
/// docs/FINANCE.md.
class PaymentService final
{
public:
    PaymentService(LedgerService& ledger, LedgerService::PartnerCheck partners);

    /// {partner_type, partner_id, amount, date?, reference?, notes?, allocations?: [{invoice_id,
    /// amount}]}: posted at once.
    QJsonObject create(Rpc::CallContext& ctx, const QJsonObject& params);
    /// Applies the payment to invoices of its partner: {allocations: [{invoice_id, amount}]}.
    QJsonObject apply(Rpc::CallContext& ctx, qint64 id, qint64 version, const QJsonObject& params);
    /// Takes one allocation back (audited): the invoice's open amount and state return.
    QJsonObject unapply(Rpc::CallContext& ctx, qint64 id, qint64 version, qint64 allocationId);
    QJsonObject get(Rpc::CallContext& ctx, qint64 id);
    QJsonObject list(Rpc::CallContext& ctx, const QJsonObject& params);

    /// Open items per partner as of a date by days past due (current, 1-30, 31-60, 61-90,
    /// over 90) and the unapplied credits: {kind, as_of, rows, totals, items?}.
    QJsonObject aging(Rpc::CallContext& ctx, const QJsonObject& params);
    /// finance.check's part: the receivables (and payables) of the documents equal the
    /// balances of their ledger accounts. Appends to `check` (problems, ok).
    void check(Rpc::CallContext& ctx, QJsonObject& check);

private:
    QJsonObject applyAll(Rpc::CallContext& ctx, InvoiceRepository& repo, qint64 id, qint64 version,
                         const QJsonArray& allocations);

    LedgerService& m_ledger;
    LedgerService::PartnerCheck m_partners;
};

} // namespace Erp::Server::Finance
