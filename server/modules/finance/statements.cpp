#include "server/modules/finance/statements.h"

#include "server/modules/finance/ledger.h"

namespace Erp::Server::Finance {

namespace {

/// One line as written below: codes and formula as text ("1001 1002", "1 2 -19").
struct LineDef
{
    int row;
    const char* key;
    const char* name;
    const char* nameEn;
    const char* codes;
    const char* formula;
    int sign;
    int indent;
    const char* fallbackOf;
};

// 资产负债表 (会小企01表). Assets show debit balances, liabilities and equity credit ones;
// 减：累计折旧 shows the depreciation (a credit balance) as a positive amount that line 20
// subtracts. Profit-and-loss accounts not yet closed into 本年利润 count as 未分配利润.
const LineDef kCnBalanceSheet[] = {
    {0, "current_assets", "流动资产：", "Current assets:", "", "", 1, 0, ""},
    {1, "cash", "货币资金", "Cash and cash equivalents", "1001 1002 1012", "", 1, 0, ""},
    {2, "short_investments", "短期投资", "Short-term investments", "1101", "", 1, 0, ""},
    {3, "notes_receivable", "应收票据", "Notes receivable", "1121", "", 1, 0, ""},
    {4, "receivables", "应收账款", "Accounts receivable", "1122", "", 1, 0, ""},
    {5, "prepayments", "预付账款", "Prepayments", "1123", "", 1, 0, ""},
    {6, "dividends_receivable", "应收股利", "Dividends receivable", "1131", "", 1, 0, ""},
    {7, "interest_receivable", "应收利息", "Interest receivable", "1132", "", 1, 0, ""},
    {8, "other_receivables", "其他应收款", "Other receivables", "1221", "", 1, 0, ""},
    {9, "inventories", "存货", "Inventories",
     "1401 1402 1403 1404 1405 1407 1408 1411 1421 4001 4101 4401 4403", "", 1, 0, "cost"},
    {10, "raw_materials", "其中：原材料", "of which: raw materials", "1403", "", 1, 1, ""},
    {11, "work_in_progress", "在产品", "work in progress", "4001", "", 1, 1, ""},
    {12, "goods", "库存商品", "finished goods", "1405", "", 1, 1, ""},
    {13, "materials", "周转材料", "revolving materials", "1411", "", 1, 1, ""},
    {14, "other_current_assets", "其他流动资产", "Other current assets", "1901", "", 1, 0,
     "asset common"},
    {15, "total_current_assets", "流动资产合计", "Total current assets", "", "1 2 3 4 5 6 7 8 9 14",
     1, 0, ""},
    {0, "noncurrent_assets", "非流动资产：", "Non-current assets:", "", "", 1, 0, ""},
    {16, "bond_investments", "长期债券投资", "Long-term bond investments", "1501", "", 1, 0, ""},
    {17, "equity_investments", "长期股权投资", "Long-term equity investments", "1511", "", 1, 0,
     ""},
    {18, "fixed_assets_cost", "固定资产原价", "Fixed assets at cost", "1601", "", 1, 0, ""},
    {19, "depreciation", "减：累计折旧", "Less: accumulated depreciation", "1602", "", -1, 0, ""},
    {20, "fixed_assets", "固定资产账面价值", "Fixed assets, net", "", "18 -19", 1, 0, ""},
    {21, "construction", "在建工程", "Construction in progress", "1604", "", 1, 0, ""},
    {22, "project_materials", "工程物资", "Project materials", "1605", "", 1, 0, ""},
    {23, "disposals", "固定资产清理", "Fixed assets in disposal", "1606", "", 1, 0, ""},
    {24, "biological_assets", "生产性生物资产", "Productive biological assets", "1621", "", 1, 0,
     ""},
    {25, "intangibles", "无形资产", "Intangible assets", "1701 1702", "", 1, 0, ""},
    {26, "development", "开发支出", "Development expenditure", "4301", "", 1, 0, ""},
    {27, "deferred_expenses", "长期待摊费用", "Long-term deferred expenses", "1801", "", 1, 0, ""},
    {28, "other_noncurrent_assets", "其他非流动资产", "Other non-current assets", "", "", 1, 0, ""},
    {29, "total_noncurrent_assets", "非流动资产合计", "Total non-current assets", "",
     "16 17 20 21 22 23 24 25 26 27 28", 1, 0, ""},
    {30, "total_assets", "资产总计", "Total assets", "", "15 29", 1, 0, ""},
    {0, "current_liabilities", "流动负债：", "Current liabilities:", "", "", -1, 0, ""},
    {31, "short_loans", "短期借款", "Short-term loans", "2001", "", -1, 0, ""},
    {32, "notes_payable", "应付票据", "Notes payable", "2201", "", -1, 0, ""},
    {33, "payables", "应付账款", "Accounts payable", "2202", "", -1, 0, ""},
    {34, "advances", "预收账款", "Advances from customers", "2203", "", -1, 0, ""},
    {35, "payroll", "应付职工薪酬", "Employee benefits payable", "2211", "", -1, 0, ""},
    {36, "taxes", "应交税费", "Taxes payable", "2221", "", -1, 0, ""},
    {37, "interest_payable", "应付利息", "Interest payable", "2231", "", -1, 0, ""},
    {38, "profit_payable", "应付利润", "Profit payable", "2232", "", -1, 0, ""},
    {39, "other_payables", "其他应付款", "Other payables", "2241", "", -1, 0, ""},
    {40, "other_current_liabilities", "其他流动负债", "Other current liabilities", "", "", -1, 0,
     "liability"},
    {41, "total_current_liabilities", "流动负债合计", "Total current liabilities", "",
     "31 32 33 34 35 36 37 38 39 40", 1, 0, ""},
    {0, "noncurrent_liabilities", "非流动负债：", "Non-current liabilities:", "", "", -1, 0, ""},
    {42, "long_loans", "长期借款", "Long-term loans", "2501", "", -1, 0, ""},
    {43, "long_payables", "长期应付款", "Long-term payables", "2701", "", -1, 0, ""},
    {44, "deferred_income", "递延收益", "Deferred income", "2401", "", -1, 0, ""},
    {45, "other_noncurrent_liabilities", "其他非流动负债", "Other non-current liabilities", "", "",
     -1, 0, ""},
    {46, "total_noncurrent_liabilities", "非流动负债合计", "Total non-current liabilities", "",
     "42 43 44 45", 1, 0, ""},
    {47, "total_liabilities", "负债合计", "Total liabilities", "", "41 46", 1, 0, ""},
    {0, "equity", "所有者权益（或股东权益）：", "Owners' equity:", "", "", -1, 0, ""},
    {48, "capital", "实收资本（或股本）", "Paid-in capital", "3001", "", -1, 0, ""},
    {49, "capital_reserve", "资本公积", "Capital reserve", "3002", "", -1, 0, "equity"},
    {50, "surplus_reserve", "盈余公积", "Surplus reserve", "3101", "", -1, 0, ""},
    {51, "retained_earnings", "未分配利润", "Retained earnings", "3103 3104", "", -1, 0,
     "revenue expense"},
    {52, "total_equity", "所有者权益（或股东权益）合计", "Total owners' equity", "", "48 49 50 51",
     1, 0, ""},
    {53, "total_liabilities_equity", "负债和所有者权益（或股东权益）总计",
     "Total liabilities and owners' equity", "", "47 52", 1, 0, ""},
};

// 利润表 (会小企02表): revenues show credits, costs and expenses debits.
const LineDef kCnIncomeStatement[] = {
    {1, "revenue", "一、营业收入", "Operating revenue", "5001 5051", "", -1, 0, ""},
    {2, "cost_of_sales", "减：营业成本", "Less: cost of sales", "5401 5402", "", 1, 0, ""},
    {3, "taxes_surcharges", "税金及附加", "Taxes and surcharges", "5403", "", 1, 0, ""},
    {11, "selling_expenses", "销售费用", "Selling expenses", "5601", "", 1, 0, ""},
    {14, "admin_expenses", "管理费用", "Administrative expenses", "5602", "", 1, 0, "expense"},
    {18, "finance_expenses", "财务费用", "Financial expenses", "5603", "", 1, 0, ""},
    {20, "investment_income", "加：投资收益（损失以“-”号填列）", "Add: investment income", "5111",
     "", -1, 0, ""},
    {21, "operating_profit", "二、营业利润（亏损以“-”号填列）", "Operating profit", "",
     "1 -2 -3 -11 -14 -18 20", 1, 0, ""},
    {22, "nonoperating_income", "加：营业外收入", "Add: non-operating income", "5301", "", -1, 0,
     "revenue"},
    {24, "nonoperating_expenses", "减：营业外支出", "Less: non-operating expenses", "5711", "", 1,
     0, ""},
    {30, "profit_before_tax", "三、利润总额（亏损总额以“-”号填列）", "Profit before tax", "",
     "21 22 -24", 1, 0, ""},
    {31, "income_tax", "减：所得税费用", "Less: income tax", "5801", "", 1, 0, ""},
    {32, "net_profit", "四、净利润（净亏损以“-”号填列）", "Net profit", "", "30 -31", 1, 0, ""},
};

const LineDef kGenericBalanceSheet[] = {
    {0, "current_assets", "Current assets:", "Current assets:", "", "", 1, 0, ""},
    {1, "cash", "Cash and bank", "Cash and bank", "1010 1020", "", 1, 0, ""},
    {2, "receivables", "Accounts receivable", "Accounts receivable", "1100", "", 1, 0, ""},
    {3, "inventories", "Inventory", "Inventory", "1200", "", 1, 0, "cost"},
    {4, "prepayments", "Prepayments", "Prepayments", "1300", "", 1, 0, ""},
    {5, "vat_receivable", "VAT receivable", "VAT receivable", "1400", "", 1, 0, ""},
    {6, "other_current_assets", "Other assets", "Other assets", "", "", 1, 0, "asset common"},
    {7, "total_current_assets", "Total current assets", "Total current assets", "", "1 2 3 4 5 6",
     1, 0, ""},
    {8, "fixed_assets_cost", "Fixed assets at cost", "Fixed assets at cost", "1500", "", 1, 0, ""},
    {9, "depreciation", "Less: accumulated depreciation", "Less: accumulated depreciation", "1510",
     "", -1, 0, ""},
    {10, "fixed_assets", "Fixed assets, net", "Fixed assets, net", "", "8 -9", 1, 0, ""},
    {11, "total_assets", "Total assets", "Total assets", "", "7 10", 1, 0, ""},
    {0, "liabilities", "Liabilities:", "Liabilities:", "", "", -1, 0, ""},
    {12, "payables", "Accounts payable", "Accounts payable", "2010", "", -1, 0, ""},
    {13, "grni", "Goods received not invoiced", "Goods received not invoiced", "2020", "", -1, 0,
     ""},
    {14, "vat_payable", "VAT payable", "VAT payable", "2100 2110", "", -1, 0, ""},
    {15, "wages_payable", "Wages payable", "Wages payable", "2200", "", -1, 0, ""},
    {16, "payroll_taxes", "Payroll taxes withheld", "Payroll taxes withheld", "2210", "", -1, 0,
     ""},
    {17, "income_tax_payable", "Income tax payable", "Income tax payable", "2300", "", -1, 0, ""},
    {18, "other_liabilities", "Other liabilities", "Other liabilities", "", "", -1, 0, "liability"},
    {19, "loans", "Loans", "Loans", "2400", "", -1, 0, ""},
    {20, "total_liabilities", "Total liabilities", "Total liabilities", "",
     "12 13 14 15 16 17 18 19", 1, 0, ""},
    {0, "equity", "Equity:", "Equity:", "", "", -1, 0, ""},
    {21, "capital", "Share capital", "Share capital", "3010", "", -1, 0, ""},
    {22, "opening", "Opening balances", "Opening balances", "3300", "", -1, 0, ""},
    {23, "retained_earnings", "Retained earnings", "Retained earnings", "3100 3200", "", -1, 0,
     "revenue expense"},
    {24, "other_equity", "Other equity", "Other equity", "", "", -1, 0, "equity"},
    {25, "total_equity", "Total equity", "Total equity", "", "21 22 23 24", 1, 0, ""},
    {26, "total_liabilities_equity", "Total liabilities and equity", "Total liabilities and equity",
     "", "20 25", 1, 0, ""},
};

const LineDef kGenericIncomeStatement[] = {
    {1, "revenue", "Sales", "Sales", "4010", "", -1, 0, ""},
    {2, "other_income", "Other income", "Other income", "4100 4200", "", -1, 0, "revenue"},
    {3, "total_revenue", "Total revenue", "Total revenue", "", "1 2", 1, 0, ""},
    {4, "cost_of_sales", "Cost of sales", "Cost of sales", "5000", "", 1, 0, ""},
    {5, "gross_profit", "Gross profit", "Gross profit", "", "3 -4", 1, 0, ""},
    {6, "operating_expenses", "Operating expenses", "Operating expenses", "6000", "", 1, 0,
     "expense"},
    {7, "operating_profit", "Operating profit", "Operating profit", "", "5 -6", 1, 0, ""},
    {8, "income_tax", "Income tax", "Income tax", "6900", "", 1, 0, ""},
    {9, "net_profit", "Net profit", "Net profit", "", "7 -8", 1, 0, ""},
};

template <size_t N>
QList<StatementLine> lines(const LineDef (&defs)[N])
{
    QList<StatementLine> out;
    for (const LineDef& d : defs) {
        StatementLine l;
        l.row = d.row;
        l.key = QString::fromLatin1(d.key);
        l.name = QString::fromUtf8(d.name);
        l.nameEn = QString::fromUtf8(d.nameEn);
        l.codes = QString::fromLatin1(d.codes).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (const QString& r :
             QString::fromLatin1(d.formula).split(QLatin1Char(' '), Qt::SkipEmptyParts))
            l.formula.append(r.toInt());
        l.sign = d.sign;
        l.indent = d.indent;
        l.fallbackOf =
            QString::fromLatin1(d.fallbackOf).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        out.append(l);
    }
    return out;
}

} // namespace

const QList<StatementLine>& statementLines(const QString& chart, Statement statement)
{
    static const QList<StatementLine> cnBalance = lines(kCnBalanceSheet);
    static const QList<StatementLine> cnIncome = lines(kCnIncomeStatement);
    static const QList<StatementLine> genericBalance = lines(kGenericBalanceSheet);
    static const QList<StatementLine> genericIncome = lines(kGenericIncomeStatement);
    const bool cn = chart != QLatin1String("generic");
    if (statement == Statement::BalanceSheet)
        return cn ? cnBalance : genericBalance;
    return cn ? cnIncome : genericIncome;
}

QList<int> statementCheckRows(const QString& chart, Statement statement)
{
    if (statement != Statement::BalanceSheet)
        return {};
    return chart == QLatin1String("generic") ? QList<int>{11, 26} : QList<int>{30, 53};
}

QHash<int, qint64> statementAmounts(const QList<StatementLine>& lines, const QList<Account>& chart,
                                    const QHash<qint64, qint64>& net)
{
    // Which lines name an account code ("of which" lines too), and where a type falls back.
    QHash<QString, QList<const StatementLine*>> byCode;
    QHash<QString, const StatementLine*> fallback;
    for (const StatementLine& l : lines) {
        for (const QString& code : l.codes)
            byCode[code].append(&l);
        for (const QString& type : l.fallbackOf)
            fallback.insert(type, &l);
    }
    QHash<qint64, const Account*> byId;
    for (const Account& a : chart)
        byId.insert(a.id, &a);

    QHash<int, qint64> amount;
    for (auto it = net.cbegin(); it != net.cend(); ++it) {
        const Account* account = byId.value(it.key());
        if (!account || it.value() == 0)
            continue;
        // The nearest of the account and its parents a line names wins (6900 before 6000).
        QList<const StatementLine*> targets;
        for (const Account* at = account; at && targets.isEmpty(); at = byId.value(at->parentId))
            targets = byCode.value(at->code);
        if (targets.isEmpty())
            if (const StatementLine* l = fallback.value(account->type))
                targets.append(l);
        for (const StatementLine* l : std::as_const(targets))
            amount[l->row] += l->sign * it.value();
    }
    // Totals: formulas only name rows above them.
    for (const StatementLine& l : lines) {
        if (l.formula.isEmpty())
            continue;
        qint64 sum = 0;
        for (int r : l.formula)
            sum += r > 0 ? amount.value(r) : -amount.value(-r);
        amount.insert(l.row, sum);
    }
    return amount;
}

} // namespace Erp::Server::Finance
