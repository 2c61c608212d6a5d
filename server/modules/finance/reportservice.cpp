#include "server/modules/finance/reportservice.h"

#include "common/jsonrpc.h"
#include "common/money.h"
#include "server/modules/finance/accountrepository.h"
#include "server/modules/finance/ledgerrepository.h"
#include "server/modules/finance/ledgerservice.h"
#include "server/modules/finance/reportparams.h"
#include "server/modules/finance/statements.h"
#include "server/rpc/callcontext.h"
#include "server/rpc/errors.h"

#include <QJsonArray>
#include <QMap>
#include <QSet>

#include <algorithm>

namespace Erp::Server::Finance {

using Rpc::Error;

namespace {

QString amount(qint64 minor)
{
    return Money(minor).toString();
}

/// A net balance shown on its side: {debit, credit} with one of them zero.
void putBalance(QJsonObject& row, const QString& prefix, qint64 net)
{
    row.insert(prefix + QStringLiteral("debit"), amount(net > 0 ? net : 0));
    row.insert(prefix + QStringLiteral("credit"), amount(net < 0 ? -net : 0));
}

/// The account and all accounts below it.
QList<qint64> subtree(const QList<Account>& chart, qint64 root)
{
    QList<qint64> out{root};
    for (qsizetype i = 0; i < out.size(); ++i)
        for (const Account& a : chart)
            if (a.parentId == out.at(i))
                out.append(a.id);
    return out;
}

} // namespace

QJsonObject ReportService::trialBalance(Rpc::CallContext& ctx, const QJsonObject& params)
{
    const CompanyBooks books = m_ledger.company(ctx);
    const QDate today = QDate::currentDate();
    const QString from =
        monthParam(params, "from", periodOf(fiscalYearStart(today, books.fiscalYearStartMonth)));
    const QString to = monthParam(params, "to", periodOf(today));
    if (to < from)
        throw Error::validation(QStringLiteral("to"), QStringLiteral("range"),
                                QStringLiteral("must not be before \"from\""),
                                QStringLiteral("finance.report.to_before_from"));
    const bool all = params.value(QLatin1String("all")).toBool();

    AccountRepository accounts(ctx.db);
    LedgerRepository repo(ctx.db);
    const QList<Account> chart = accounts.all();
    const QHash<qint64, Totals> opening = repo.balancesBefore(from);
    const QHash<qint64, Totals> moves = repo.balancesBetween(from, to);

    // Leaves carry the amounts; each parent sums its children.
    QHash<qint64, qint64> parentOf;
    for (const Account& a : chart)
        parentOf.insert(a.id, a.parentId);
    QHash<qint64, Totals> open;
    QHash<qint64, Totals> move;
    auto rollUp = [&parentOf](QHash<qint64, Totals>& into, qint64 id, const Totals& t) {
        for (qint64 at = id; at > 0; at = parentOf.value(at)) {
            into[at].debit += t.debit;
            into[at].credit += t.credit;
        }
    };
    for (auto it = opening.cbegin(); it != opening.cend(); ++it)
        rollUp(open, it.key(), it.value());
    for (auto it = moves.cbegin(); it != moves.cend(); ++it)
        rollUp(move, it.key(), it.value());

    QJsonArray rows;
    qint64 totals[6] = {0, 0, 0, 0, 0, 0};
    for (const Account& a : chart) {
        const Totals o = open.value(a.id);
        const Totals m = move.value(a.id);
        const qint64 openNet = o.debit - o.credit;
        const qint64 closeNet = openNet + m.debit - m.credit;
        if (!all && o.debit == 0 && o.credit == 0 && m.debit == 0 && m.credit == 0)
            continue;
        QJsonObject row{{QStringLiteral("account_id"), a.id},
                        {QStringLiteral("code"), a.code},
                        {QStringLiteral("name"), a.name},
                        {QStringLiteral("name_en"), a.nameEn},
                        {QStringLiteral("level"), a.level},
                        {QStringLiteral("leaf"), a.leaf},
                        {QStringLiteral("type"), a.type},
                        {QStringLiteral("normal_balance"), a.normalBalance},
                        {QStringLiteral("debit"), amount(m.debit)},
                        {QStringLiteral("credit"), amount(m.credit)}};
        putBalance(row, QStringLiteral("opening_"), openNet);
        putBalance(row, QStringLiteral("closing_"), closeNet);
        rows.append(row);
        if (a.parentId == 0) {
            totals[0] += openNet > 0 ? openNet : 0;
            totals[1] += openNet < 0 ? -openNet : 0;
            totals[2] += m.debit;
            totals[3] += m.credit;
            totals[4] += closeNet > 0 ? closeNet : 0;
            totals[5] += closeNet < 0 ? -closeNet : 0;
        }
    }
    const QJsonObject total{{QStringLiteral("opening_debit"), amount(totals[0])},
                            {QStringLiteral("opening_credit"), amount(totals[1])},
                            {QStringLiteral("debit"), amount(totals[2])},
                            {QStringLiteral("credit"), amount(totals[3])},
                            {QStringLiteral("closing_debit"), amount(totals[4])},
                            {QStringLiteral("closing_credit"), amount(totals[5])}};
    return QJsonObject{{QStringLiteral("from"), from},
                       {QStringLiteral("to"), to},
                       {QStringLiteral("currency"), books.baseCurrency},
                       {QStringLiteral("rows"), rows},
                       {QStringLiteral("totals"), total},
                       {QStringLiteral("balanced"), totals[0] == totals[1] &&
                                                        totals[2] == totals[3] &&
                                                        totals[4] == totals[5]}};
}

QJsonObject ReportService::ledger(Rpc::CallContext& ctx, const QJsonObject& params)
{
    AccountRepository accounts(ctx.db);
    qint64 accountId = params.value(QLatin1String("account_id")).toInteger();
    if (accountId == 0 && params.value(QLatin1String("account_code")).isString())
        accountId = accounts.idByCode(params.value(QLatin1String("account_code")).toString());
    const auto account = accounts.byId(accountId);
    if (!account)
        throw Error::validation(QStringLiteral("account_id"), QStringLiteral("unknown"),
                                QStringLiteral("is not an account of the chart"),
                                QStringLiteral("finance.entry.unknown_account"));
    const auto [from, to] = dateRangeParams(params, m_ledger.company(ctx).fiscalYearStartMonth);
    const qint64 offset = qMax<qint64>(0, params.value(QLatin1String("offset")).toInteger());
    qint64 limit = params.value(QLatin1String("limit")).toInteger(100);
    limit = std::clamp<qint64>(limit, 1, 1000);

    LedgerRepository repo(ctx.db);
    const QList<qint64> ids = subtree(accounts.all(), account->id);
    const QString fromText = from.toString(Qt::ISODate);
    const QString toText = to.toString(Qt::ISODate);
    const Totals before = repo.ledgerTotalsBefore(ids, from);
    const Totals skipped = repo.ledgerSumFirst(ids, fromText, toText, offset);
    const qint64 openingNet = before.debit - before.credit;
    // The running balance in the account's own direction: a credit account grows by credits.
    const int sign = account->normalBalance == QLatin1String("credit") ? -1 : 1;
    qint64 running = openingNet + skipped.debit - skipped.credit;
    QJsonArray rows;
    for (QJsonObject row : repo.ledgerLines(ids, fromText, toText, offset, limit)) {
        const qint64 debit = row.take(QStringLiteral("debit_minor")).toInteger();
        const qint64 credit = row.take(QStringLiteral("credit_minor")).toInteger();
        running += debit - credit;
        row.insert(QStringLiteral("debit"), amount(debit));
        row.insert(QStringLiteral("credit"), amount(credit));
        row.insert(QStringLiteral("balance"), amount(sign * running));
        rows.append(row);
    }
    const Totals all = repo.ledgerTotals(ids, from, to);
    const qint64 total = all.lines;
    const qint64 closingNet = openingNet + all.debit - all.credit;
    return QJsonObject{{QStringLiteral("account"), toJson(*account)},
                       {QStringLiteral("from"), fromText},
                       {QStringLiteral("to"), toText},
                       {QStringLiteral("opening_balance"), amount(sign * openingNet)},
                       {QStringLiteral("debit"), amount(all.debit)},
                       {QStringLiteral("credit"), amount(all.credit)},
                       {QStringLiteral("closing_balance"), amount(sign * closingNet)},
                       {QStringLiteral("rows"), rows},
                       {QStringLiteral("total"), total},
                       {QStringLiteral("offset"), offset}};
}

QJsonObject ReportService::journal(Rpc::CallContext& ctx, const QJsonObject& params)
{
    const auto [from, to] = dateRangeParams(params, m_ledger.company(ctx).fiscalYearStartMonth);
    const QString journal = params.value(QLatin1String("journal")).toString();
    if (!journal.isEmpty() && !journals().contains(journal))
        throw Error::validation(
            QStringLiteral("journal"), QStringLiteral("invalid"),
            QStringLiteral("must be one of %1").arg(journals().join(QStringLiteral(", "))),
            QStringLiteral("validation.one_of"),
            {{QStringLiteral("values"), journals().join(QStringLiteral(", "))}});
    const qint64 offset = qMax<qint64>(0, params.value(QLatin1String("offset")).toInteger());
    const qint64 limit =
        std::clamp<qint64>(params.value(QLatin1String("limit")).toInteger(100), 1, 5000);
    LedgerRepository repo(ctx.db);
    const QString fromText = from.toString(Qt::ISODate);
    const QString toText = to.toString(Qt::ISODate);
    QJsonArray rows;
    for (QJsonObject row : repo.journalLines(fromText, toText, journal, offset, limit)) {
        row.insert(QStringLiteral("debit"),
                   amount(row.take(QStringLiteral("debit_minor")).toInteger()));
        row.insert(QStringLiteral("credit"),
                   amount(row.take(QStringLiteral("credit_minor")).toInteger()));
        rows.append(row);
    }
    const Totals totals = repo.journalTotals(fromText, toText, journal);
    return QJsonObject{
        {QStringLiteral("from"), fromText},
        {QStringLiteral("to"), toText},
        {QStringLiteral("journal"), journal},
        {QStringLiteral("rows"), rows},
        {QStringLiteral("total"), totals.lines},
        {QStringLiteral("offset"), offset},
        {QStringLiteral("totals"), QJsonObject{{QStringLiteral("debit"), amount(totals.debit)},
                                               {QStringLiteral("credit"), amount(totals.credit)}}}};
}

namespace {

/// Net amounts (debit − credit) per account.
QHash<qint64, qint64> netOf(const QHash<qint64, Totals>& totals)
{
    QHash<qint64, qint64> out;
    for (auto it = totals.cbegin(); it != totals.cend(); ++it)
        out.insert(it.key(), it.value().debit - it.value().credit);
    return out;
}

/// A statement's lines with two columns of amounts.
QJsonObject statement(const QString& chart, Statement which, const QList<Account>& accounts,
                      const QString& first, const QHash<qint64, qint64>& firstNet,
                      const QString& second, const QHash<qint64, qint64>& secondNet)
{
    const QList<StatementLine>& lines = statementLines(chart, which);
    const QHash<int, qint64> a = statementAmounts(lines, accounts, firstNet);
    const QHash<int, qint64> b = statementAmounts(lines, accounts, secondNet);
    QJsonArray rows;
    for (const StatementLine& l : lines) {
        QJsonObject row{
            {QStringLiteral("row"), l.row},       {QStringLiteral("key"), l.key},
            {QStringLiteral("name"), l.name},     {QStringLiteral("name_en"), l.nameEn},
            {QStringLiteral("indent"), l.indent}, {QStringLiteral("total"), !l.formula.isEmpty()}};
        if (l.row > 0) {
            row.insert(first, amount(a.value(l.row)));
            row.insert(second, amount(b.value(l.row)));
        }
        rows.append(row);
    }
    QJsonObject out{{QStringLiteral("rows"), rows}};
    const QList<int> check = statementCheckRows(chart, which);
    if (!check.isEmpty())
        out.insert(QStringLiteral("balanced"), a.value(check.at(0)) == a.value(check.at(1)) &&
                                                   b.value(check.at(0)) == b.value(check.at(1)));
    return out;
}

} // namespace

QJsonObject ReportService::balanceSheet(Rpc::CallContext& ctx, const QJsonObject& params)
{
    const CompanyBooks books = m_ledger.company(ctx);
    const QString period = monthParam(params, "period", periodOf(QDate::currentDate()));
    const QDate first = firstDayOf(period);
    AccountRepository accounts(ctx.db);
    LedgerRepository repo(ctx.db);
    const QString chart = accounts.settings().chart;
    QJsonObject out = statement(
        chart, Statement::BalanceSheet, accounts.all(), QStringLiteral("closing"),
        netOf(repo.balancesBefore(periodOf(first.addMonths(1)))), QStringLiteral("year_start"),
        netOf(repo.balancesBefore(periodOf(fiscalYearStart(first, books.fiscalYearStartMonth)))));
    out.insert(QStringLiteral("period"), period);
    out.insert(QStringLiteral("date"), first.addMonths(1).addDays(-1).toString(Qt::ISODate));
    out.insert(QStringLiteral("chart"), chart);
    out.insert(QStringLiteral("currency"), books.baseCurrency);
    return out;
}

QJsonObject ReportService::incomeStatement(Rpc::CallContext& ctx, const QJsonObject& params)
{
    const CompanyBooks books = m_ledger.company(ctx);
    const QString period = monthParam(params, "period", periodOf(QDate::currentDate()));
    const QDate first = firstDayOf(period);
    const QString yearFrom = periodOf(fiscalYearStart(first, books.fiscalYearStartMonth));
    AccountRepository accounts(ctx.db);
    LedgerRepository repo(ctx.db);
    const QString chart = accounts.settings().chart;
    QJsonObject out =
        statement(chart, Statement::IncomeStatement, accounts.all(), QStringLiteral("month"),
                  netOf(repo.balancesBetween(period, period)), QStringLiteral("year"),
                  netOf(repo.balancesBetween(yearFrom, period)));
    out.insert(QStringLiteral("period"), period);
    out.insert(QStringLiteral("from"), yearFrom);
    out.insert(QStringLiteral("chart"), chart);
    out.insert(QStringLiteral("currency"), books.baseCurrency);
    return out;
}

QJsonObject ReportService::check(Rpc::CallContext& ctx)
{
    LedgerRepository repo(ctx.db);
    QJsonArray problems;
    auto problem = [&problems](const QString& kind, QJsonObject details) {
        details.insert(QStringLiteral("kind"), kind);
        problems.append(details);
    };

    // One pass over every posted entry with its lines, in chain order: each entry balances and
    // adds up to its total, its lines carry its date and state, its hash and chain link hold;
    // the monthly balances are added up on the way.
    QHash<QString, Totals> computed;
    qint64 entries = 0;
    qint64 lines = 0;
    qint64 outOfStep = repo.draftLinesOutOfStep();
    QString journal;
    qint64 expectedSeq = 0;
    QString prev;
    QHash<QString, std::pair<qint64, QString>> ends;
    QJsonArray chainProblems;
    struct NumberRun
    {
        qint64 count = 0;
        qint64 min = 0;
        qint64 max = 0;
        QSet<qint64> seen;
    };
    QMap<std::pair<QString, int>, NumberRun> runs; // journal, year
    repo.forEachPosted([&](const Entry& e, bool linesInStep) {
        ++entries;
        NumberRun& run = runs[{e.journal, e.seqYear}];
        run.min = run.count == 0 ? e.seqNo : qMin(run.min, e.seqNo);
        run.max = qMax(run.max, e.seqNo);
        ++run.count;
        run.seen.insert(e.seqNo);
        lines += e.lines.size();
        Totals sum;
        for (const EntryLine& l : e.lines) {
            sum += {l.debit, l.credit, 1};
            computed[balanceKey(l.accountId, e.period)] += {l.debit, l.credit, 1};
        }
        if (sum.debit != sum.credit || sum.debit != e.total || sum.lines < 2)
            problem(QStringLiteral("unbalanced_entry"),
                    {{QStringLiteral("entry_id"), e.id},
                     {QStringLiteral("debit"), amount(sum.debit)},
                     {QStringLiteral("credit"), amount(sum.credit)},
                     {QStringLiteral("total"), amount(e.total)}});
        if (!linesInStep)
            outOfStep += e.lines.size();
        if (e.journal != journal) {
            journal = e.journal;
            expectedSeq = 1;
            prev.clear();
        }
        const auto chainProblem = [&chainProblems, &e](const char* kind) {
            chainProblems.append(QJsonObject{{QStringLiteral("kind"), QLatin1String(kind)},
                                             {QStringLiteral("entry_id"), e.id},
                                             {QStringLiteral("number"), e.number},
                                             {QStringLiteral("journal"), e.journal}});
        };
        if (e.chainSeq != expectedSeq || e.prevHash != prev)
            chainProblem("chain_broken");
        if (chainHash(e, e.prevHash) != e.hash)
            chainProblem("hash_mismatch");
        expectedSeq = e.chainSeq + 1;
        prev = e.hash;
        ends.insert(e.journal, {e.chainSeq, e.hash});
    });

    const QHash<QString, Totals> stored = repo.balancesStored();
    QStringList keys = computed.keys();
    for (const QString& k : stored.keys())
        if (!computed.contains(k))
            keys.append(k);
    keys.sort();
    qint64 debit = 0;
    qint64 credit = 0;
    for (const QString& k : keys) {
        const Totals c = computed.value(k);
        const Totals s = stored.value(k);
        debit += c.debit;
        credit += c.credit;
        if (c.debit != s.debit || c.credit != s.credit || c.lines != s.lines)
            problem(QStringLiteral("balance_mismatch"),
                    {{QStringLiteral("account_id"), k.section(QLatin1Char('/'), 0, 0).toLongLong()},
                     {QStringLiteral("period"), k.section(QLatin1Char('/'), 1)},
                     {QStringLiteral("recorded_debit"), amount(s.debit)},
                     {QStringLiteral("recorded_credit"), amount(s.credit)},
                     {QStringLiteral("computed_debit"), amount(c.debit)},
                     {QStringLiteral("computed_credit"), amount(c.credit)},
                     {QStringLiteral("recorded_lines"), s.lines},
                     {QStringLiteral("computed_lines"), c.lines}});
    }
    if (debit != credit)
        problem(QStringLiteral("ledger_unbalanced"), {{QStringLiteral("debit"), amount(debit)},
                                                      {QStringLiteral("credit"), amount(credit)}});

    // Gapless: the numbers of each journal and year are 1..count, each once.
    for (auto it = runs.cbegin(); it != runs.cend(); ++it) {
        const NumberRun& run = it.value();
        if (run.min != 1 || run.max != run.count || qint64(run.seen.size()) != run.count)
            problem(QStringLiteral("number_gap"), {{QStringLiteral("journal"), it.key().first},
                                                   {QStringLiteral("year"), it.key().second},
                                                   {QStringLiteral("count"), run.count},
                                                   {QStringLiteral("first"), run.min},
                                                   {QStringLiteral("last"), run.max}});
    }
    if (const qint64 n = repo.numberedDrafts())
        problem(QStringLiteral("numbered_draft"), {{QStringLiteral("count"), n}});
    if (const qint64 n = repo.linesOnNonLeafAccounts())
        problem(QStringLiteral("line_on_parent_account"), {{QStringLiteral("count"), n}});
    if (outOfStep > 0)
        problem(QStringLiteral("line_out_of_step"), {{QStringLiteral("count"), outOfStep}});
    for (const QJsonValue& p : std::as_const(chainProblems))
        problems.append(p);
    const auto heads = repo.chainHeads();
    for (auto it = heads.cbegin(); it != heads.cend(); ++it)
        if (ends.value(it.key()) != it.value())
            problem(QStringLiteral("chain_head"), {{QStringLiteral("journal"), it.key()}});
    for (auto it = ends.cbegin(); it != ends.cend(); ++it)
        if (!heads.contains(it.key()))
            problem(QStringLiteral("chain_head"), {{QStringLiteral("journal"), it.key()}});

    return QJsonObject{
        {QStringLiteral("ok"), problems.isEmpty()}, {QStringLiteral("entries_checked"), entries},
        {QStringLiteral("lines_checked"), lines},   {QStringLiteral("debit"), amount(debit)},
        {QStringLiteral("credit"), amount(credit)}, {QStringLiteral("problems"), problems}};
}

} // namespace Erp::Server::Finance
