#pragma once

#include <QList>
#include <QString>

namespace Erp::Server::Finance {

/// One account of a chart template; `parent` is the parent's code (empty: first level).
struct TemplateAccount
{
    const char* code;
    const char* parent;
    const char* zh; ///< the Chinese name (the generic chart has none: its English name is used)
    const char* en;
    const char* type;   ///< asset, liability, common, equity, cost, revenue, expense
    const char* normal; ///< debit or credit
};

/// The account an automatic posting uses for a role, by code.
struct TemplateRole
{
    const char* role;
    const char* code;
};

/// A chart of accounts the books can start from (finance.company.update {chart}).
struct ChartTemplate
{
    QString key;                     ///< cn_small (小企业会计准则) or generic
    bool chinese = false;            ///< account names and voucher numbers in Chinese
    QList<TemplateAccount> accounts; ///< parents before children
    QList<TemplateRole> roles;
};

/// The templates, cn_small first.
const QList<ChartTemplate>& chartTemplates();

/// The template named `key`, or nullptr.
const ChartTemplate* chartTemplate(const QString& key);

/// The template a new company starts with: cn_small for a company in China, generic otherwise.
QString defaultChart(const QString& country);

/// The roles automatic postings ask for (in the order Finance ▸ Settings lists them).
const QStringList& postingRoles();

} // namespace Erp::Server::Finance
