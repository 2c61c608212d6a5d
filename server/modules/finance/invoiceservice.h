#pragma once

#include "server/modules/finance/invoice.h"
#include "server/modules/finance/ledgerservice.h"

#include <QJsonObject>

namespace Erp::Rpc {
struct CallContext;
}

namespace Erp::Server::Finance {

class InvoiceRepository;

/// Customer invoices and credit notes (finance.invoice.*): drafts from a sales order (its
/// shipped, not yet invoiced quantities) or free lines; 价税分离 per line; posting takes the
/// number (INV2026-000001) and books Dr receivable / Cr revenue + output VAT in the same
/// transaction; a posted invoice changes only its fapiao number and date and is cancelled by a
/// credit note (CN2026-000001, the reverse posting). docs/FINANCE.md.
class InvoiceService final
{
public:
    InvoiceService(LedgerService& ledger, LedgerService::PartnerCheck partners);

    /// A draft: {order_id, lines?: [{order_line_id, qty}]} (default: every shipped, not yet
    /// invoiced quantity) or {customer_id, lines: [{description, qty, unit_price, tax_rate,
    /// price_includes_tax?, discount_pct?, product_id?}]}; date, notes, fapiao_number,
    /// fapiao_date. post: true posts it at once.
    QJsonObject create(Rpc::CallContext& ctx, const QJsonObject& params);
    /// A draft's fields (lines replaced as a whole); a posted invoice only its fapiao number
    /// and date (audited).
    QJsonObject update(Rpc::CallContext& ctx, qint64 id, qint64 version, const QJsonObject& params);
    QJsonObject get(Rpc::CallContext& ctx, qint64 id);
    QJsonObject list(Rpc::CallContext& ctx, const QJsonObject& params);
    QJsonObject post(Rpc::CallContext& ctx, qint64 id, qint64 version);
    /// A credit note for the whole invoice or {lines: [{invoice_line_id, qty}]}, posted at once;
    /// it settles the invoice's open amount first, the rest stays a credit on the customer.
    QJsonObject credit(Rpc::CallContext& ctx, qint64 id, qint64 version, const QJsonObject& params);
    /// Cancels a draft (it never had a number).
    QJsonObject cancel(Rpc::CallContext& ctx, qint64 id, qint64 version);

    /// Creates and posts the invoice of a shipment's lines (automatic invoicing on shipment):
    /// `shipped` maps order line ids to the quantities shipped, each invoiced as far as it is
    /// not yet. 0 when nothing is left to invoice, the order is in a foreign currency or a
    /// line's tax rate is not one of the invoice rates (then it is invoiced by hand).
    qint64 invoiceShipped(Rpc::CallContext& ctx, qint64 orderId, const QDate& date,
                          const QHash<qint64, qint64>& shipped);

private:
    Invoice load(InvoiceRepository& repo, qint64 id, bool lock = false);
    void readFields(Rpc::CallContext& ctx, const QJsonObject& params, Invoice& i, bool creating);
    void readLines(Rpc::CallContext& ctx, const QJsonArray& lines, Invoice& i);
    /// Prefills the lines with the order's shipped, not yet invoiced quantities.
    void openOrderLines(Rpc::CallContext& ctx, Invoice& i);
    /// -32022 when an order line would be invoiced beyond what is shipped.
    void checkShipped(Rpc::CallContext& ctx, InvoiceRepository& repo, const Invoice& i);
    void totals(Invoice& i);
    Invoice postDraft(Rpc::CallContext& ctx, InvoiceRepository& repo, Invoice i);
    Posting posting(const Invoice& i) const;

    LedgerService& m_ledger;
    LedgerService::PartnerCheck m_partners;
};

} // namespace Erp::Server::Finance
