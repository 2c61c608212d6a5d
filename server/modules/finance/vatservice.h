#pragma once

#include <QJsonObject>

namespace Erp::Rpc {
struct CallContext;
}

namespace Erp::Server::Finance {

class LedgerService;

/// VAT from the ledger (finance.report.vat) and the month-end entry that moves a month's
/// payable VAT out of 应交增值税 into 未交增值税 (finance.vat.transfer). The accounts are the
/// books' posting roles input_vat, output_vat, vat_transfer and vat_unpaid.
class VatService final
{
public:
    explicit VatService(LedgerService& ledger)
        : m_ledger(ledger)
    {}

    /// Per month from..to (default: the fiscal year so far): output and input VAT, the net,
    /// what the month-end entry transferred, the credit carried forward (留抵) and the unpaid
    /// VAT at the month's end; totals over the months.
    QJsonObject report(Rpc::CallContext& ctx, const QJsonObject& params);
    /// Books the month-end transfer of `period`'s payable VAT (output less input, with earlier
    /// months' carried credit) dated its last day; nothing when input VAT is larger (the credit
    /// is carried forward) or the month was transferred already. Returns {period, transferred,
    /// carried_forward, entry_id}.
    QJsonObject transfer(Rpc::CallContext& ctx, const QJsonObject& params);

private:
    LedgerService& m_ledger;
};

} // namespace Erp::Server::Finance
