#include "server/modules/finance/accountservice.h"

#include "common/jsonrpc.h"
#include "common/money.h"
#include "server/modules/finance/accountrepository.h"
#include "server/modules/finance/charttemplates.h"
#include "server/modules/finance/documentfields.h"
#include "server/modules/finance/ledgerrepository.h"
#include "server/modules/finance/ledgerservice.h"
#include "server/rpc/callcontext.h"
#include "server/rpc/errors.h"
#include "server/storage/listquery.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace Erp::Server::Finance {

using Rpc::Error;

namespace {

const QString kEntity = QStringLiteral("finance.account");
const QString kSettingsEntity = QStringLiteral("finance.settings");

const QStringList& accountTypes()
{
    static const QStringList types{QStringLiteral("asset"),  QStringLiteral("liability"),
                                   QStringLiteral("common"), QStringLiteral("equity"),
                                   QStringLiteral("cost"),   QStringLiteral("revenue"),
                                   QStringLiteral("expense")};
    return types;
}

Account load(AccountRepository& repo, qint64 id)
{
    auto a = repo.byId(id);
    if (!a)
        throw Rpc::notFound(QStringLiteral("account"), id);
    return *a;
}

void readName(const QJsonObject& params, const char* key, QString& out, Rpc::FieldErrors& errors,
              bool required)
{
    if (!params.contains(QLatin1String(key)))
        return;
    out = params.value(QLatin1String(key)).toString().trimmed();
    if (required && out.isEmpty())
        errors.add(QLatin1String(key), QStringLiteral("required"), QStringLiteral("is required"),
                   QStringLiteral("validation.required"));
    if (out.size() > 100)
        errors.add(QLatin1String(key), QStringLiteral("too_long"),
                   QStringLiteral("must be at most 100 characters"),
                   QStringLiteral("validation.too_long"), {{QStringLiteral("max"), 100}});
}

} // namespace

QJsonObject AccountService::list(Rpc::CallContext& ctx, const QJsonObject& params)
{
    // The chart is small (hundreds of accounts): filtered in memory, in code order, so a
    // parent always comes before its children.
    static const QHash<QString, QString> sortable{{QStringLiteral("code"), QStringLiteral("code")}};
    const auto query = Storage::ListQuery::parse(params, sortable, QStringLiteral("code"));
    if (!query.after.isEmpty())
        throw Error(Rpc::InvalidParams,
                    QStringLiteral("Invalid params: this list pages by offset, not \"after\""))
            .withId(QStringLiteral("list.after_unsupported"));
    const QJsonValue active = query.filter.value(QLatin1String("active"));
    const QJsonValue leaf = query.filter.value(QLatin1String("leaf"));
    const QJsonValue type = query.filter.value(QLatin1String("type"));
    for (const auto& [key, v] : {std::pair{"active", active}, std::pair{"leaf", leaf}})
        if (!v.isUndefined() && !v.isNull() && !v.isBool())
            throw Error(Rpc::InvalidParams,
                        QStringLiteral("Invalid params: filter.%1 must be true or false")
                            .arg(QLatin1String(key)))
                .withId(QStringLiteral("list.filter_boolean"));
    const QString term = query.search.toLower();
    QJsonArray rows;
    qint64 total = 0;
    for (const Account& a : AccountRepository(ctx.db).all()) {
        if (active.isBool() && a.active != active.toBool())
            continue;
        if (leaf.isBool() && a.leaf != leaf.toBool())
            continue;
        if (type.isString() && a.type != type.toString())
            continue;
        if (!term.isEmpty() && !a.code.contains(term) && !a.name.toLower().contains(term) &&
            !a.nameEn.toLower().contains(term))
            continue;
        if (total >= query.offset && rows.size() < query.limit)
            rows.append(toJson(a));
        ++total;
    }
    if (query.descending) {
        QJsonArray reversed;
        for (qsizetype i = rows.size() - 1; i >= 0; --i)
            reversed.append(rows.at(i));
        rows = reversed;
    }
    return QJsonObject{{QStringLiteral("rows"), rows},
                       {QStringLiteral("total"), total},
                       {QStringLiteral("total_capped"), false},
                       {QStringLiteral("next_after"), QJsonValue()}};
}

QJsonObject AccountService::get(Rpc::CallContext& ctx, qint64 id)
{
    AccountRepository repo(ctx.db);
    return toJson(load(repo, id));
}

QJsonObject AccountService::create(Rpc::CallContext& ctx, const QJsonObject& params)
{
    AccountRepository repo(ctx.db);
    Rpc::FieldErrors errors;
    Account a;
    a.code = params.value(QLatin1String("code")).toString().trimmed();
    static const QRegularExpression codePattern(
        QStringLiteral("^[0-9A-Za-z][0-9A-Za-z.\\-]{0,19}$"));
    if (a.code.isEmpty())
        errors.add(QStringLiteral("code"), QStringLiteral("required"),
                   QStringLiteral("is required"), QStringLiteral("validation.required"));
    else if (!codePattern.match(a.code).hasMatch())
        errors.add(QStringLiteral("code"), QStringLiteral("invalid"),
                   QStringLiteral("must be 1-20 letters, digits, '.' or '-'"),
                   QStringLiteral("finance.account.code_chars"));
    else if (repo.idByCode(a.code) != 0)
        errors.add(QStringLiteral("code"), QStringLiteral("duplicate"),
                   QStringLiteral("is already taken"), QStringLiteral("validation.taken"));
    a.name = QString();
    readName(params, "name", a.name, errors, true);
    if (!params.contains(QLatin1String("name")))
        errors.add(QStringLiteral("name"), QStringLiteral("required"),
                   QStringLiteral("is required"), QStringLiteral("validation.required"));
    readName(params, "name_en", a.nameEn, errors, false);

    std::optional<Account> parent;
    qint64 parentId = params.value(QLatin1String("parent_id")).toInteger();
    if (parentId == 0 && params.value(QLatin1String("parent_code")).isString() &&
        !params.value(QLatin1String("parent_code")).toString().isEmpty()) {
        parentId = repo.idByCode(params.value(QLatin1String("parent_code")).toString().trimmed());
        if (parentId == 0)
            errors.add(QStringLiteral("parent_code"), QStringLiteral("unknown"),
                       QStringLiteral("is not an account of the chart"),
                       QStringLiteral("finance.entry.unknown_account"));
    }
    if (parentId > 0) {
        parent = repo.byId(parentId);
        if (!parent)
            errors.add(QStringLiteral("parent_id"), QStringLiteral("unknown"),
                       QStringLiteral("is not an account of the chart"),
                       QStringLiteral("finance.entry.unknown_account"));
        else if (parent->leaf && parent->used)
            errors.add(QStringLiteral("parent_id"), QStringLiteral("used"),
                       QStringLiteral("%1 already has entries: it cannot get sub-accounts")
                           .arg(parent->code),
                       QStringLiteral("finance.account.parent_used"),
                       {{QStringLiteral("code"), parent->code}});
        else if (!a.code.isEmpty() && (!a.code.startsWith(parent->code) || a.code == parent->code))
            errors.add(QStringLiteral("code"), QStringLiteral("prefix"),
                       QStringLiteral("must start with the parent's code %1").arg(parent->code),
                       QStringLiteral("finance.account.code_prefix"),
                       {{QStringLiteral("code"), parent->code}});
        else if (!parent->active)
            errors.add(QStringLiteral("parent_id"), QStringLiteral("archived"),
                       QStringLiteral("%1 is archived").arg(parent->code),
                       QStringLiteral("finance.entry.account_archived"),
                       {{QStringLiteral("code"), parent->code}});
    }
    a.type = params.contains(QLatin1String("type")) ? params.value(QLatin1String("type")).toString()
             : parent                               ? parent->type
                                                    : QString();
    if (!accountTypes().contains(a.type))
        errors.add(
            QStringLiteral("type"), QStringLiteral("invalid"),
            QStringLiteral("must be one of %1").arg(accountTypes().join(QStringLiteral(", "))),
            QStringLiteral("validation.one_of"),
            {{QStringLiteral("values"), accountTypes().join(QStringLiteral(", "))}});
    const bool creditType = a.type == QLatin1String("liability") ||
                            a.type == QLatin1String("equity") || a.type == QLatin1String("revenue");
    a.normalBalance = params.contains(QLatin1String("normal_balance"))
                          ? params.value(QLatin1String("normal_balance")).toString()
                      : parent     ? parent->normalBalance
                      : creditType ? QStringLiteral("credit")
                                   : QStringLiteral("debit");
    if (a.normalBalance != QLatin1String("debit") && a.normalBalance != QLatin1String("credit"))
        errors.add(QStringLiteral("normal_balance"), QStringLiteral("invalid"),
                   QStringLiteral("must be one of debit, credit"),
                   QStringLiteral("validation.one_of"),
                   {{QStringLiteral("values"), QStringLiteral("debit, credit")}});
    errors.throwIfAny();
    a.parentId = parent ? parent->id : 0;
    a.level = parent ? parent->level + 1 : 1;
    repo.insert(a);
    if (parent && parent->leaf) {
        repo.setLeaf(parent->id, false);
        const Account p = load(repo, parent->id);
        ctx.recordChange(kEntity, p.id, p.version, QJsonObject{{QStringLiteral("leaf"), true}},
                         QJsonObject{{QStringLiteral("leaf"), false}});
    }
    const Account stored = load(repo, a.id);
    ctx.recordChange(kEntity, stored.id, stored.version, QJsonValue::Null, toJson(stored));
    return toJson(stored);
}

QJsonObject AccountService::update(Rpc::CallContext& ctx, qint64 id, qint64 version,
                                   const QJsonObject& params)
{
    AccountRepository repo(ctx.db);
    const Account before = load(repo, id);
    if (before.version != version)
        throw Rpc::versionConflict(QStringLiteral("account"), before.version);
    Account a = before;
    Rpc::FieldErrors errors;
    readName(params, "name", a.name, errors, true);
    readName(params, "name_en", a.nameEn, errors, false);
    if (params.contains(QLatin1String("active")))
        a.active = params.value(QLatin1String("active")).toBool();
    errors.throwIfAny();
    if (before.active && !a.active) {
        // An archived account takes no new lines; its balance must be moved off it first.
        QList<qint64> ids{a.id};
        for (const Account& other : repo.all())
            if (other.parentId > 0 && ids.contains(other.parentId))
                ids.append(other.id);
        const auto balances = LedgerRepository(ctx.db).balancesBefore(QStringLiteral("9999-12"));
        qint64 net = 0;
        for (qint64 accountId : ids)
            net += balances.value(accountId).debit - balances.value(accountId).credit;
        if (net != 0)
            throw Error(Rpc::BusinessRule,
                        QStringLiteral("%1 has a balance: move it to another account before "
                                       "archiving")
                            .arg(a.code),
                        QJsonObject{{QStringLiteral("reason"), QStringLiteral("balance")}})
                .withId(QStringLiteral("finance.account.has_balance"),
                        {{QStringLiteral("code"), a.code}});
        for (const AccountRole& r : repo.roles())
            if (ids.contains(r.accountId))
                throw Error(Rpc::BusinessRule,
                            QStringLiteral("%1 is the account for \"%2\" in Finance ▸ Settings")
                                .arg(a.code, r.role),
                            QJsonObject{{QStringLiteral("reason"), QStringLiteral("role")}})
                    .withId(QStringLiteral("finance.account.in_role"),
                            {{QStringLiteral("code"), a.code}, {QStringLiteral("role"), r.role}});
    }
    if (!repo.update(a, version))
        throw Rpc::versionConflict(QStringLiteral("account"), version + 1);
    const Account stored = load(repo, id);
    ctx.recordChange(kEntity, id, stored.version, toJson(before), toJson(stored));
    return toJson(stored);
}

QJsonObject AccountService::settings(Rpc::CallContext& ctx)
{
    AccountRepository repo(ctx.db);
    const BookSettings s = repo.settings();
    const CompanyBooks books = m_ledger.company(ctx);
    QHash<qint64, QString> codes;
    for (const Account& a : repo.all())
        codes.insert(a.id, a.code);
    QJsonArray roles;
    for (const AccountRole& r : repo.roles())
        roles.append(QJsonObject{{QStringLiteral("role"), r.role},
                                 {QStringLiteral("category"), r.category},
                                 {QStringLiteral("account_id"), r.accountId},
                                 {QStringLiteral("account_code"), codes.value(r.accountId)}});
    QJsonArray charts;
    for (const ChartTemplate& t : chartTemplates())
        charts.append(t.key);
    return QJsonObject{
        {QStringLiteral("chart"), s.chart},
        {QStringLiteral("charts"), charts},
        {QStringLiteral("chart_locked"), repo.usedCount() > 0},
        {QStringLiteral("reversal_style"), s.reversalStyle},
        {QStringLiteral("invoice_on_shipment"), s.invoiceOnShipment},
        {QStringLiteral("bill_tolerance_pct"), Decimal(s.billTolerancePct, 2).toString()},
        {QStringLiteral("bill_tolerance_amount"), money(s.billToleranceAmount)},
        {QStringLiteral("base_currency"), books.baseCurrency},
        {QStringLiteral("fiscal_year_start_month"), books.fiscalYearStartMonth},
        {QStringLiteral("roles"), roles},
        {QStringLiteral("posting_roles"), QJsonArray::fromStringList(postingRoles())},
        {QStringLiteral("updated_at"), s.updatedAt},
        {QStringLiteral("version"), s.version}};
}

QJsonObject AccountService::updateSettings(Rpc::CallContext& ctx, const QJsonObject& params)
{
    AccountRepository repo(ctx.db);
    const QJsonObject before = settings(ctx);
    BookSettings s = repo.settings();
    const qint64 version = params.value(QLatin1String("version")).toInteger();
    if (version != s.version)
        throw Rpc::versionConflict(QStringLiteral("finance_settings"), s.version);
    Rpc::FieldErrors errors;
    QString chart = s.chart;
    if (params.contains(QLatin1String("chart"))) {
        chart = params.value(QLatin1String("chart")).toString();
        if (!chartTemplate(chart))
            errors.add(QStringLiteral("chart"), QStringLiteral("invalid"),
                       QStringLiteral("must be one of cn_small, generic"),
                       QStringLiteral("validation.one_of"),
                       {{QStringLiteral("values"), QStringLiteral("cn_small, generic")}});
        else if (chart != s.chart && repo.usedCount() > 0)
            errors.add(QStringLiteral("chart"), QStringLiteral("locked"),
                       QStringLiteral("cannot change: accounts already have entries"),
                       QStringLiteral("finance.settings.chart_locked"));
    }
    if (params.contains(QLatin1String("reversal_style"))) {
        s.reversalStyle = params.value(QLatin1String("reversal_style")).toString();
        if (s.reversalStyle != QLatin1String("storno") &&
            s.reversalStyle != QLatin1String("opposite"))
            errors.add(QStringLiteral("reversal_style"), QStringLiteral("invalid"),
                       QStringLiteral("must be one of storno, opposite"),
                       QStringLiteral("validation.one_of"),
                       {{QStringLiteral("values"), QStringLiteral("storno, opposite")}});
    }
    if (params.contains(QLatin1String("invoice_on_shipment")))
        s.invoiceOnShipment = params.value(QLatin1String("invoice_on_shipment")).toBool();
    if (params.contains(QLatin1String("bill_tolerance_pct")))
        s.billTolerancePct = readDecimal(params.value(QLatin1String("bill_tolerance_pct")), 2,
                                         QStringLiteral("bill_tolerance_pct"), errors)
                                 .value_or(s.billTolerancePct);
    if (params.contains(QLatin1String("bill_tolerance_amount")))
        s.billToleranceAmount = readDecimal(params.value(QLatin1String("bill_tolerance_amount")), 2,
                                            QStringLiteral("bill_tolerance_amount"), errors)
                                    .value_or(s.billToleranceAmount);
    errors.throwIfAny();
    if (chart != s.chart) {
        repo.removeAll();
        install(repo, chart);
    }
    s.chart = chart;
    const QJsonArray roles = params.value(QLatin1String("roles")).toArray();
    for (qsizetype i = 0; i < roles.size(); ++i) {
        const QJsonObject r = roles.at(i).toObject();
        const QString prefix = QStringLiteral("roles[%1].").arg(i);
        AccountRole role{r.value(QLatin1String("role")).toString(),
                         r.value(QLatin1String("category")).toString().trimmed(),
                         r.value(QLatin1String("account_id")).toInteger()};
        if (!postingRoles().contains(role.role)) {
            errors.add(
                prefix + QStringLiteral("role"), QStringLiteral("invalid"),
                QStringLiteral("must be one of %1").arg(postingRoles().join(QStringLiteral(", "))),
                QStringLiteral("validation.one_of"),
                {{QStringLiteral("values"), postingRoles().join(QStringLiteral(", "))}});
            continue;
        }
        if (role.accountId == 0 && r.value(QLatin1String("account_code")).isString())
            role.accountId = repo.idByCode(r.value(QLatin1String("account_code")).toString());
        // A category's own account may be removed again (account_id null): the default applies.
        if (role.accountId == 0 && !role.category.isEmpty() &&
            r.value(QLatin1String("account_id")).isNull() &&
            !r.contains(QLatin1String("account_code"))) {
            repo.removeRole(role.role, role.category);
            continue;
        }
        const auto account = repo.byId(role.accountId);
        if (!account || !account->leaf || !account->active) {
            errors.add(prefix + QStringLiteral("account_id"), QStringLiteral("invalid"),
                       QStringLiteral("must be an active account without sub-accounts"),
                       QStringLiteral("finance.settings.role_account"));
            continue;
        }
        repo.setRole(role);
    }
    errors.throwIfAny();
    if (!repo.updateSettings(s, version))
        throw Rpc::versionConflict(QStringLiteral("finance_settings"), version + 1);
    const QJsonObject after = settings(ctx);
    ctx.recordChange(kSettingsEntity, 1, after.value(QLatin1String("version")).toInteger(), before,
                     after);
    return after;
}

void AccountService::install(AccountRepository& repo, const QString& chart)
{
    const ChartTemplate* t = chartTemplate(chart);
    if (!t)
        return;
    QHash<QString, Account> byCode;
    for (const TemplateAccount& ta : t->accounts) {
        Account a;
        a.code = QString::fromLatin1(ta.code);
        const QString en = QString::fromUtf8(ta.en);
        a.name = t->chinese ? QString::fromUtf8(ta.zh) : en;
        a.nameEn = en;
        a.type = QString::fromLatin1(ta.type);
        a.normalBalance = QString::fromLatin1(ta.normal);
        const QString parentCode = QString::fromLatin1(ta.parent);
        if (!parentCode.isEmpty()) {
            Account& parent = byCode[parentCode];
            a.parentId = parent.id;
            a.level = parent.level + 1;
            if (parent.leaf) {
                repo.setLeaf(parent.id, false);
                parent.leaf = false;
            }
        }
        repo.insert(a);
        byCode.insert(a.code, a);
    }
    for (const TemplateRole& r : t->roles)
        repo.setRole(
            {QString::fromLatin1(r.role), QString(), byCode.value(QString::fromLatin1(r.code)).id});
}

bool AccountService::installIfEmpty(Rpc::CallContext& ctx)
{
    AccountRepository repo(ctx.db);
    if (repo.count() > 0)
        return false;
    BookSettings s = repo.settings();
    s.chart = defaultChart(m_ledger.company(ctx).country);
    install(repo, s.chart);
    repo.updateSettings(s, s.version);
    return true;
}

} // namespace Erp::Server::Finance
