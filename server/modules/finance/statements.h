#pragma once

#include <QHash>
#include <QList>
#include <QString>

namespace Erp::Server::Finance {

struct Account;
struct Totals;

/// The financial statements as laid out for a chart: the balance sheet and the income
/// statement (会小企01表 and 会小企02表 for the 小企业会计准则 chart, a small business's pair in
/// English for the generic one). A line shows the balances of the accounts it names (their
/// sub-accounts included) or the sum of other lines; an account no line names lands on its
/// type's fallback line, so every account is counted exactly once and a balance sheet of
/// balanced books balances.
enum class Statement { BalanceSheet, IncomeStatement };

struct StatementLine
{
    int row = 0;            ///< 行次; 0 for a heading without amounts
    QString key;            ///< stable id: "cash", "total_assets", …
    QString name;           ///< in the chart's language
    QString nameEn;         ///< English
    QStringList codes;      ///< accounts whose balances the line shows
    QList<int> formula;     ///< rows summed (negative: subtracted); empty for account lines
    int sign = 1;           ///< +1: a debit balance shows positive; -1: a credit balance does
    int indent = 0;         ///< 1 for "of which" lines (其中), not part of any total
    QStringList fallbackOf; ///< account types no other line names that land here
};

/// The lines of `statement` for `chart` (cn_small, generic).
const QList<StatementLine>& statementLines(const QString& chart, Statement statement);

/// The row numbers that must be equal in a correct statement: {total assets, total
/// liabilities and equity} for a balance sheet; empty for an income statement.
QList<int> statementCheckRows(const QString& chart, Statement statement);

/// Each line's amount, by row, from the accounts' net amounts (debit − credit, by account id;
/// only leaves carry amounts). Accounts of types the statement does not show are left out.
QHash<int, qint64> statementAmounts(const QList<StatementLine>& lines, const QList<Account>& chart,
                                    const QHash<qint64, qint64>& net);

} // namespace Erp::Server::Finance
