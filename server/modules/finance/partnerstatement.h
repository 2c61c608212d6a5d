#pragma once

#include <QJsonObject>

namespace Erp::Rpc {
struct CallContext;
}

namespace Erp::Server::Finance {

/// The customer statement (finance.report.statement): opening balance, every posted invoice,
/// credit note and receipt of a date range with the running balance, the closing balance and
/// the aging as of the end date. Stateless; docs/FINANCE.md "Customer statement".
class PartnerStatement final
{
public:
    /// {customer_id, from?, to?} → {customer_id, customer_code, customer_name, from, to,
    /// opening, lines[{date, kind, number, debit, credit, balance, source_type, source_id}],
    /// debit, credit, closing, aging{current, d1_30, d31_60, d61_90, over_90, unapplied,
    /// total}}; amounts as "1234.56", balances positive when the customer owes.
    static QJsonObject statement(Rpc::CallContext& ctx, const QJsonObject& params);
};

} // namespace Erp::Server::Finance
