#include "server/modules/finance/charttemplates.h"

#include <QStringList>

namespace Erp::Server::Finance {

namespace {

// 小企业会计准则 (2011), 会计科目表: every first-level account with its code, and the
// sub-accounts the automatic postings need (VAT detail, goods received not invoiced) plus the
// withholding accounts payroll will post to.
const QList<TemplateAccount> kCnSmall = {
    {"1001", "", "库存现金", "Cash on hand", "asset", "debit"},
    {"1002", "", "银行存款", "Bank deposits", "asset", "debit"},
    {"1012", "", "其他货币资金", "Other monetary funds", "asset", "debit"},
    {"1101", "", "短期投资", "Short-term investments", "asset", "debit"},
    {"1121", "", "应收票据", "Notes receivable", "asset", "debit"},
    {"1122", "", "应收账款", "Accounts receivable", "asset", "debit"},
    {"1123", "", "预付账款", "Prepayments", "asset", "debit"},
    {"1131", "", "应收股利", "Dividends receivable", "asset", "debit"},
    {"1132", "", "应收利息", "Interest receivable", "asset", "debit"},
    {"1221", "", "其他应收款", "Other receivables", "asset", "debit"},
    {"1401", "", "材料采购", "Materials purchasing", "asset", "debit"},
    {"1402", "", "在途物资", "Goods in transit", "asset", "debit"},
    {"1403", "", "原材料", "Raw materials", "asset", "debit"},
    {"1404", "", "材料成本差异", "Materials cost variance", "asset", "debit"},
    {"1405", "", "库存商品", "Merchandise inventory", "asset", "debit"},
    {"1407", "", "商品进销差价", "Merchandise margin", "asset", "credit"},
    {"1408", "", "委托加工物资", "Materials in outside processing", "asset", "debit"},
    {"1411", "", "周转材料", "Revolving materials", "asset", "debit"},
    {"1421", "", "消耗性生物资产", "Consumable biological assets", "asset", "debit"},
    {"1501", "", "长期债券投资", "Long-term bond investments", "asset", "debit"},
    {"1511", "", "长期股权投资", "Long-term equity investments", "asset", "debit"},
    {"1601", "", "固定资产", "Fixed assets", "asset", "debit"},
    {"1602", "", "累计折旧", "Accumulated depreciation", "asset", "credit"},
    {"1604", "", "在建工程", "Construction in progress", "asset", "debit"},
    {"1605", "", "工程物资", "Construction materials", "asset", "debit"},
    {"1606", "", "固定资产清理", "Fixed assets in disposal", "asset", "debit"},
    {"1621", "", "生产性生物资产", "Productive biological assets", "asset", "debit"},
    {"1622", "", "生产性生物资产累计折旧",
     "Accumulated depreciation of productive biological assets", "asset", "credit"},
    {"1701", "", "无形资产", "Intangible assets", "asset", "debit"},
    {"1702", "", "累计摊销", "Accumulated amortisation", "asset", "credit"},
    {"1801", "", "长期待摊费用", "Long-term deferred expenses", "asset", "debit"},
    {"1901", "", "待处理财产损溢", "Unsettled gains and losses on assets", "asset", "debit"},
    {"2001", "", "短期借款", "Short-term borrowings", "liability", "credit"},
    {"2201", "", "应付票据", "Notes payable", "liability", "credit"},
    {"2202", "", "应付账款", "Accounts payable", "liability", "credit"},
    {"220201", "2202", "应付账款-货款", "Accounts payable - trade", "liability", "credit"},
    {"220202", "2202", "应付账款-暂估", "Accounts payable - goods received not invoiced",
     "liability", "credit"},
    {"2203", "", "预收账款", "Advances from customers", "liability", "credit"},
    {"2211", "", "应付职工薪酬", "Payroll payable", "liability", "credit"},
    {"2221", "", "应交税费", "Taxes payable", "liability", "credit"},
    {"222101", "2221", "应交增值税-进项税额", "VAT payable - input VAT", "liability", "debit"},
    {"222102", "2221", "应交增值税-销项税额", "VAT payable - output VAT", "liability", "credit"},
    {"222103", "2221", "应交增值税-转出未交增值税", "VAT payable - transferred out", "liability",
     "debit"},
    {"222104", "2221", "未交增值税", "VAT unpaid", "liability", "credit"},
    {"222105", "2221", "应交所得税", "Income tax payable", "liability", "credit"},
    {"222106", "2221", "应交城市维护建设税", "Urban construction tax payable", "liability",
     "credit"},
    {"222107", "2221", "应交教育费附加", "Education surcharge payable", "liability", "credit"},
    {"222108", "2221", "应交个人所得税", "Individual income tax withheld", "liability", "credit"},
    {"2231", "", "应付利息", "Interest payable", "liability", "credit"},
    {"2232", "", "应付利润", "Profits payable", "liability", "credit"},
    {"2241", "", "其他应付款", "Other payables", "liability", "credit"},
    {"2401", "", "递延收益", "Deferred income", "liability", "credit"},
    {"2501", "", "长期借款", "Long-term borrowings", "liability", "credit"},
    {"2701", "", "长期应付款", "Long-term payables", "liability", "credit"},
    {"3001", "", "实收资本", "Paid-in capital", "equity", "credit"},
    {"3002", "", "资本公积", "Capital reserve", "equity", "credit"},
    {"3101", "", "盈余公积", "Surplus reserve", "equity", "credit"},
    {"3103", "", "本年利润", "Current year profit", "equity", "credit"},
    {"3104", "", "利润分配", "Profit distribution", "equity", "credit"},
    {"4001", "", "生产成本", "Production cost", "cost", "debit"},
    {"4101", "", "制造费用", "Manufacturing overhead", "cost", "debit"},
    {"4301", "", "研发支出", "Research and development expenditure", "cost", "debit"},
    {"4401", "", "工程施工", "Construction contracts", "cost", "debit"},
    {"4403", "", "机械作业", "Machinery operations", "cost", "debit"},
    {"5001", "", "主营业务收入", "Main operating revenue", "revenue", "credit"},
    {"5051", "", "其他业务收入", "Other operating revenue", "revenue", "credit"},
    {"5111", "", "投资收益", "Investment income", "revenue", "credit"},
    {"5301", "", "营业外收入", "Non-operating income", "revenue", "credit"},
    {"5401", "", "主营业务成本", "Main operating costs", "expense", "debit"},
    {"5402", "", "其他业务成本", "Other operating costs", "expense", "debit"},
    {"5403", "", "税金及附加", "Taxes and surcharges", "expense", "debit"},
    {"5601", "", "销售费用", "Selling expenses", "expense", "debit"},
    {"5602", "", "管理费用", "Administrative expenses", "expense", "debit"},
    {"5603", "", "财务费用", "Financial expenses", "expense", "debit"},
    {"5711", "", "营业外支出", "Non-operating expenses", "expense", "debit"},
    {"5801", "", "所得税费用", "Income tax expense", "expense", "debit"},
};

const QList<TemplateRole> kCnSmallRoles = {
    {"cash", "1001"},
    {"bank", "1002"},
    {"receivable", "1122"},
    {"inventory", "1405"},
    {"payable", "220201"},
    {"grni", "220202"},
    {"input_vat", "222101"},
    {"output_vat", "222102"},
    {"vat_transfer", "222103"},
    {"vat_unpaid", "222104"},
    {"iit_withheld", "222108"},
    {"payroll", "2211"},
    {"revenue", "5001"},
    {"cogs", "5401"},
    {"inventory_gain", "5301"},
    {"inventory_loss", "5711"},
    {"current_profit", "3103"},
    {"opening", "3001"},
    {"purchase_price_variance", "5401"},
    {"purchase_expense", "5602"},
};

// A small business's chart in English for firms outside China: headers with their leaves.
const QList<TemplateAccount> kGeneric = {
    {"1000", "", "", "Assets", "asset", "debit"},
    {"1010", "1000", "", "Cash", "asset", "debit"},
    {"1020", "1000", "", "Bank", "asset", "debit"},
    {"1100", "1000", "", "Accounts receivable", "asset", "debit"},
    {"1200", "1000", "", "Inventory", "asset", "debit"},
    {"1300", "1000", "", "Prepayments", "asset", "debit"},
    {"1400", "1000", "", "VAT receivable (input VAT)", "asset", "debit"},
    {"1500", "1000", "", "Fixed assets", "asset", "debit"},
    {"1510", "1000", "", "Accumulated depreciation", "asset", "credit"},
    {"2000", "", "", "Liabilities", "liability", "credit"},
    {"2010", "2000", "", "Accounts payable", "liability", "credit"},
    {"2020", "2000", "", "Goods received not invoiced", "liability", "credit"},
    {"2100", "2000", "", "VAT payable (output VAT)", "liability", "credit"},
    {"2110", "2000", "", "VAT settlement", "liability", "credit"},
    {"2200", "2000", "", "Wages payable", "liability", "credit"},
    {"2210", "2000", "", "Payroll taxes withheld", "liability", "credit"},
    {"2300", "2000", "", "Income tax payable", "liability", "credit"},
    {"2400", "2000", "", "Loans", "liability", "credit"},
    {"3000", "", "", "Equity", "equity", "credit"},
    {"3010", "3000", "", "Share capital", "equity", "credit"},
    {"3100", "3000", "", "Retained earnings", "equity", "credit"},
    {"3200", "3000", "", "Current year earnings", "equity", "credit"},
    {"3300", "3000", "", "Opening balances", "equity", "credit"},
    {"4000", "", "", "Revenue", "revenue", "credit"},
    {"4010", "4000", "", "Sales", "revenue", "credit"},
    {"4100", "4000", "", "Other income", "revenue", "credit"},
    {"4200", "4000", "", "Inventory gains", "revenue", "credit"},
    {"5000", "", "", "Cost of sales", "expense", "debit"},
    {"5010", "5000", "", "Cost of goods sold", "expense", "debit"},
    {"6000", "", "", "Expenses", "expense", "debit"},
    {"6010", "6000", "", "Wages and salaries", "expense", "debit"},
    {"6020", "6000", "", "Rent", "expense", "debit"},
    {"6030", "6000", "", "Utilities", "expense", "debit"},
    {"6040", "6000", "", "Office expenses", "expense", "debit"},
    {"6050", "6000", "", "Bank charges", "expense", "debit"},
    {"6100", "6000", "", "Inventory losses and scrap", "expense", "debit"},
    {"6200", "6000", "", "Depreciation", "expense", "debit"},
    {"6900", "6000", "", "Income tax", "expense", "debit"},
};

const QList<TemplateRole> kGenericRoles = {
    {"cash", "1010"},
    {"bank", "1020"},
    {"receivable", "1100"},
    {"inventory", "1200"},
    {"payable", "2010"},
    {"grni", "2020"},
    {"input_vat", "1400"},
    {"output_vat", "2100"},
    {"vat_transfer", "2110"},
    {"vat_unpaid", "2110"},
    {"iit_withheld", "2210"},
    {"payroll", "2200"},
    {"revenue", "4010"},
    {"cogs", "5010"},
    {"inventory_gain", "4200"},
    {"inventory_loss", "6100"},
    {"current_profit", "3200"},
    {"opening", "3300"},
    {"purchase_price_variance", "5010"},
    {"purchase_expense", "6040"},
};

} // namespace

const QList<ChartTemplate>& chartTemplates()
{
    static const QList<ChartTemplate> templates = {
        {QStringLiteral("cn_small"), true, kCnSmall, kCnSmallRoles},
        {QStringLiteral("generic"), false, kGeneric, kGenericRoles},
    };
    return templates;
}

const ChartTemplate* chartTemplate(const QString& key)
{
    for (const ChartTemplate& t : chartTemplates())
        if (t.key == key)
            return &t;
    return nullptr;
}

QString defaultChart(const QString& country)
{
    return country.compare(QLatin1String("CN"), Qt::CaseInsensitive) == 0
               ? QStringLiteral("cn_small")
               : QStringLiteral("generic");
}

const QStringList& postingRoles()
{
    static const QStringList roles = [] {
        QStringList out;
        for (const TemplateRole& r : kCnSmallRoles)
            out.append(QString::fromLatin1(r.role));
        return out;
    }();
    return roles;
}

} // namespace Erp::Server::Finance
