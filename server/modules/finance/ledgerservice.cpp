#include "server/modules/finance/ledgerservice.h"

#include "common/jsonrpc.h"
#include "common/money.h"
#include "server/modules/finance/accountrepository.h"
#include "server/modules/finance/documentfields.h"
#include "server/modules/finance/ledgerrepository.h"
#include "server/platform/businessdate.h"
#include "server/platform/documentnumbers.h"
#include "server/rpc/callcontext.h"
#include "server/rpc/errors.h"
#include "server/storage/database.h"
#include "server/storage/listquery.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace Erp::Server::Finance {

using Rpc::Error;

namespace {

const QString kEntity = QStringLiteral("finance.entry");
const QString kPeriodEntity = QStringLiteral("finance.period");
constexpr int kMaxLines = 1000;

const QStringList& partnerTypes()
{
    static const QStringList types{QStringLiteral("customer"), QStringLiteral("supplier")};
    return types;
}

/// A signed amount with at most two decimals ("-12.50" is a red line); false after adding the
/// field's error.
bool readAmount(const QJsonValue& value, const QString& field, qint64& out,
                Rpc::FieldErrors& errors)
{
    if (value.isUndefined() || value.isNull()) {
        out = 0;
        return true;
    }
    const QString text = value.isString() ? value.toString().trimmed() : QString();
    const auto exact = Decimal::parse(text, 2);
    if (!exact) {
        if (value.isString() && Decimal::parse(text, 2, Rounding::HalfUp))
            errors.add(field, QStringLiteral("scale"), QStringLiteral("has more than 2 decimals"),
                       QStringLiteral("validation.too_many_decimals"),
                       QJsonObject{{QStringLiteral("max"), 2}});
        else
            errors.add(field, QStringLiteral("invalid"),
                       QStringLiteral("must be a decimal string such as \"12.50\""),
                       QStringLiteral("validation.decimal"),
                       QJsonObject{{QStringLiteral("example"), QStringLiteral("12.50")}});
        return false;
    }
    // A trillion yuan is far beyond any voucher; the bound keeps sums inside 64 bits.
    if (exact->units() > 100'000'000'000'000 || exact->units() < -100'000'000'000'000) {
        errors.add(field, QStringLiteral("range"), QStringLiteral("is too large"),
                   QStringLiteral("finance.entry.amount_too_large"));
        return false;
    }
    out = exact->units();
    return true;
}

Error notBalanced(qint64 debit, qint64 credit)
{
    const QJsonObject args{{QStringLiteral("debit"), Money(debit).toString()},
                           {QStringLiteral("credit"), Money(credit).toString()}};
    return Error::validation(QStringLiteral("lines"), QStringLiteral("unbalanced"),
                             QStringLiteral("debits %1 and credits %2 differ")
                                 .arg(Money(debit).toString(), Money(credit).toString()),
                             QStringLiteral("finance.entry.unbalanced"), args);
}

Error notDraft(const Entry& e)
{
    return Error(Rpc::BusinessRule,
                 QStringLiteral("Entry %1 is posted: a posted entry never changes; reverse it")
                     .arg(e.number),
                 QJsonObject{{QStringLiteral("reason"), QStringLiteral("posted")}})
        .withId(QStringLiteral("finance.entry.posted"), {{QStringLiteral("number"), e.number}});
}

QString periodText(const QString& period)
{
    static const QRegularExpression pattern(QStringLiteral("^\\d{4}-(0[1-9]|1[0-2])$"));
    return pattern.match(period).hasMatch() ? period : QString();
}

/// A month as a record id for the audit trail: 2026-03 -> 202603.
qint64 periodId(const QString& period)
{
    return QString(period).remove(QLatin1Char('-')).toLongLong();
}

} // namespace

LedgerService::LedgerService(CompanyLookup company, PartnerCheck partners)
    : m_company(std::move(company))
    , m_partners(std::move(partners))
{}

Entry LedgerService::load(LedgerRepository& repo, qint64 id)
{
    auto e = repo.byId(id);
    if (!e)
        throw Rpc::notFound(QStringLiteral("journal_entry"), id);
    return *e;
}

void LedgerService::requireOpen(LedgerRepository& repo, const QDate& date)
{
    const QString period = periodOf(date);
    if (repo.period(period).state == QLatin1String("closed"))
        throw Error(
            Rpc::BusinessRule,
            QStringLiteral("The period %1 is closed: nothing can be posted into it").arg(period),
            QJsonObject{{QStringLiteral("reason"), QStringLiteral("period_closed")},
                        {QStringLiteral("period"), period}})
            .withId(QStringLiteral("finance.period.closed"), {{QStringLiteral("period"), period}});
}

Entry LedgerService::readParams(Rpc::CallContext& ctx, AccountRepository& accounts,
                                const QJsonObject& params, Entry e)
{
    Rpc::FieldErrors errors;
    if (params.contains(QLatin1String("journal"))) {
        e.journal = params.value(QLatin1String("journal")).toString();
        if (!journals().contains(e.journal))
            errors.add(
                QStringLiteral("journal"), QStringLiteral("invalid"),
                QStringLiteral("must be one of %1").arg(journals().join(QStringLiteral(", "))),
                QStringLiteral("validation.one_of"),
                {{QStringLiteral("values"), journals().join(QStringLiteral(", "))}});
    }
    if (params.contains(QLatin1String("date"))) {
        e.date = QDate::fromString(params.value(QLatin1String("date")).toString(), Qt::ISODate);
        if (!e.date.isValid())
            errors.add(QStringLiteral("date"), QStringLiteral("invalid"),
                       QStringLiteral("must be a date such as 2026-11-27"),
                       QStringLiteral("validation.date"));
    }
    if (!e.date.isValid() && !params.contains(QLatin1String("date")))
        e.date = Platform::businessDate();
    if (params.contains(QLatin1String("description")))
        e.description = params.value(QLatin1String("description")).toString().trimmed();

    if (params.contains(QLatin1String("lines"))) {
        const QJsonValue linesValue = params.value(QLatin1String("lines"));
        if (!linesValue.isArray()) {
            errors.add(QStringLiteral("lines"), QStringLiteral("invalid"),
                       QStringLiteral("must be a list"), QStringLiteral("validation.list"));
        } else {
            const QJsonArray lines = linesValue.toArray();
            if (lines.size() > kMaxLines) {
                errors.add(QStringLiteral("lines"), QStringLiteral("too_many"),
                           QStringLiteral("at most %1 lines").arg(kMaxLines),
                           QStringLiteral("validation.too_many_lines"),
                           {{QStringLiteral("max"), kMaxLines}});
                errors.throwIfAny();
            }
            e.lines.clear();
            for (qsizetype i = 0; i < lines.size(); ++i) {
                const QString prefix = QStringLiteral("lines[%1].").arg(i);
                if (!lines.at(i).isObject()) {
                    errors.add(QStringLiteral("lines[%1]").arg(i), QStringLiteral("invalid"),
                               QStringLiteral("must be an object"),
                               QStringLiteral("finance.entry.line_not_object"));
                    continue;
                }
                const QJsonObject in = lines.at(i).toObject();
                EntryLine l;
                l.lineNo = int(i) + 1;
                const QJsonValue id = in.value(QLatin1String("account_id"));
                const QJsonValue code = in.value(QLatin1String("account_code"));
                if (id.isDouble() && id.toDouble() > 0 && id.toDouble() == double(id.toInteger()))
                    l.accountId = id.toInteger();
                else if (code.isString() && !code.toString().trimmed().isEmpty())
                    l.accountId = accounts.idByCode(code.toString().trimmed());
                if (l.accountId == 0 || !accounts.byId(l.accountId))
                    errors.add(prefix + QStringLiteral("account_id"), QStringLiteral("unknown"),
                               QStringLiteral("is not an account of the chart"),
                               QStringLiteral("finance.entry.unknown_account"));
                readAmount(in.value(QLatin1String("debit")), prefix + QStringLiteral("debit"),
                           l.debit, errors);
                readAmount(in.value(QLatin1String("credit")), prefix + QStringLiteral("credit"),
                           l.credit, errors);
                l.description = in.value(QLatin1String("description")).toString().trimmed();
                if (l.description.size() > 500)
                    errors.add(prefix + QStringLiteral("description"), QStringLiteral("too_long"),
                               QStringLiteral("must be at most 500 characters"),
                               QStringLiteral("validation.too_long"),
                               {{QStringLiteral("max"), 500}});
                l.partnerType = in.value(QLatin1String("partner_type")).toString();
                const QJsonValue partner = in.value(QLatin1String("partner_id"));
                if (!l.partnerType.isEmpty() || (!partner.isUndefined() && !partner.isNull())) {
                    l.partnerId = partner.toInteger();
                    if (!partnerTypes().contains(l.partnerType))
                        errors.add(prefix + QStringLiteral("partner_type"),
                                   QStringLiteral("invalid"),
                                   QStringLiteral("must be one of customer, supplier"),
                                   QStringLiteral("validation.one_of"),
                                   {{QStringLiteral("values"),
                                     partnerTypes().join(QStringLiteral(", "))}});
                    else if (l.partnerId <= 0 || !m_partners(ctx, l.partnerType, l.partnerId))
                        errors.add(prefix + QStringLiteral("partner_id"), QStringLiteral("unknown"),
                                   QStringLiteral("is not a known partner of that type"),
                                   QStringLiteral("finance.entry.unknown_partner"),
                                   {{QStringLiteral("type"), l.partnerType}});
                }
                l.currency = in.value(QLatin1String("currency")).toString().trimmed().toUpper();
                const QJsonValue currencyAmount = in.value(QLatin1String("currency_amount"));
                if (!l.currency.isEmpty()) {
                    static const QRegularExpression iso(QStringLiteral("^[A-Z]{3}$"));
                    if (!iso.match(l.currency).hasMatch())
                        errors.add(
                            prefix + QStringLiteral("currency"), QStringLiteral("invalid"),
                            QStringLiteral("must be a three-letter currency code such as CNY"),
                            QStringLiteral("validation.currency"));
                    qint64 amount = 0;
                    if (currencyAmount.isUndefined() || currencyAmount.isNull())
                        errors.add(prefix + QStringLiteral("currency_amount"),
                                   QStringLiteral("required"), QStringLiteral("is required"),
                                   QStringLiteral("validation.required"));
                    else if (readAmount(currencyAmount, prefix + QStringLiteral("currency_amount"),
                                        amount, errors))
                        l.currencyAmount = amount;
                } else if (!currencyAmount.isUndefined() && !currencyAmount.isNull()) {
                    errors.add(prefix + QStringLiteral("currency"), QStringLiteral("required"),
                               QStringLiteral("is required"),
                               QStringLiteral("validation.required"));
                }
                e.lines.append(l);
            }
        }
    }
    if (e.description.size() > 500)
        errors.add(QStringLiteral("description"), QStringLiteral("too_long"),
                   QStringLiteral("must be at most 500 characters"),
                   QStringLiteral("validation.too_long"), {{QStringLiteral("max"), 500}});
    errors.throwIfAny();
    e.period = periodOf(e.date);
    return e;
}

void LedgerService::checkLines(AccountRepository& accounts, Entry& e, Rpc::FieldErrors& errors)
{
    if (e.lines.size() < 2)
        errors.add(QStringLiteral("lines"), QStringLiteral("too_few"),
                   QStringLiteral("an entry needs at least two lines"),
                   QStringLiteral("finance.entry.too_few_lines"));
    qint64 debit = 0;
    qint64 credit = 0;
    for (qsizetype i = 0; i < e.lines.size(); ++i) {
        EntryLine& l = e.lines[i];
        const QString prefix = QStringLiteral("lines[%1].").arg(i);
        if ((l.debit == 0) == (l.credit == 0))
            errors.add(prefix + QStringLiteral("debit"), QStringLiteral("one_side"),
                       QStringLiteral("a line has either a debit or a credit amount"),
                       QStringLiteral("finance.entry.one_side"));
        debit += l.debit;
        credit += l.credit;
        if (const auto a = accounts.byId(l.accountId)) {
            l.accountCode = a->code;
            l.accountName = a->name;
            if (!a->leaf)
                errors.add(prefix + QStringLiteral("account_id"), QStringLiteral("not_leaf"),
                           QStringLiteral("%1 has sub-accounts: post to one of them").arg(a->code),
                           QStringLiteral("finance.entry.account_not_leaf"),
                           {{QStringLiteral("code"), a->code}});
            else if (!a->active)
                errors.add(prefix + QStringLiteral("account_id"), QStringLiteral("archived"),
                           QStringLiteral("%1 is archived").arg(a->code),
                           QStringLiteral("finance.entry.account_archived"),
                           {{QStringLiteral("code"), a->code}});
        }
    }
    errors.throwIfAny();
    if (debit != credit)
        throw notBalanced(debit, credit);
    if (debit == 0 && credit == 0)
        throw Error::validation(QStringLiteral("lines"), QStringLiteral("zero"),
                                QStringLiteral("an entry must move an amount"),
                                QStringLiteral("finance.entry.zero"));
    e.total = debit;
}

QJsonObject LedgerService::create(Rpc::CallContext& ctx, const QJsonObject& params)
{
    AccountRepository accounts(ctx.db);
    LedgerRepository repo(ctx.db);
    Entry e;
    e.sourceType = QStringLiteral("manual");
    e = readParams(ctx, accounts, params, e);
    Rpc::FieldErrors errors;
    checkLines(accounts, e, errors);
    e.createdBy = ctx.identity.username;
    repo.insert(e);
    QList<qint64> used;
    for (const EntryLine& l : e.lines)
        used.append(l.accountId);
    accounts.markUsed(used);
    Entry stored = load(repo, e.id);
    ctx.recordChange(kEntity, stored.id, stored.version, QJsonValue::Null, toJson(stored));
    if (params.value(QLatin1String("post")).toBool())
        stored = postDraft(ctx, repo, stored);
    return toJson(stored);
}

QJsonObject LedgerService::update(Rpc::CallContext& ctx, qint64 id, qint64 version,
                                  const QJsonObject& params)
{
    AccountRepository accounts(ctx.db);
    LedgerRepository repo(ctx.db);
    const Entry before = load(repo, id);
    if (before.isPosted())
        throw notDraft(before);
    if (before.version != version)
        throw Rpc::versionConflict(QStringLiteral("journal_entry"), before.version);
    Entry e = readParams(ctx, accounts, params, before);
    Rpc::FieldErrors errors;
    checkLines(accounts, e, errors);
    if (!repo.updateDraft(e, version))
        throw Rpc::versionConflict(QStringLiteral("journal_entry"), version + 1);
    QList<qint64> used;
    for (const EntryLine& l : e.lines)
        used.append(l.accountId);
    accounts.markUsed(used);
    const Entry stored = load(repo, id);
    ctx.recordChange(kEntity, id, stored.version, toJson(before), toJson(stored));
    return toJson(stored);
}

QJsonObject LedgerService::discard(Rpc::CallContext& ctx, qint64 id, qint64 version)
{
    LedgerRepository repo(ctx.db);
    const Entry before = load(repo, id);
    if (before.isPosted())
        throw notDraft(before);
    if (before.version != version || !repo.deleteDraft(id, version))
        throw Rpc::versionConflict(QStringLiteral("journal_entry"), before.version);
    ctx.recordChange(kEntity, id, version + 1, toJson(before), QJsonValue::Null);
    return QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("discarded"), true}};
}

void LedgerService::stamp(Rpc::CallContext& ctx, LedgerRepository& repo, Entry& e)
{
    requireOpen(repo, e.date);
    // The number first (its counter row queues concurrent posters of the journal and year),
    // then the chain link (the journal's head row): both roll back with a failed call.
    const bool chinese = AccountRepository(ctx.db).settings().chart != QLatin1String("generic");
    const Platform::NumberSeries series{QStringLiteral("finance.") + e.journal,
                                        voucherPrefix(e.journal, chinese) +
                                            QStringLiteral("-{yyyy}-{n:6}")};
    e.number = Platform::takeDocumentNumber(ctx.db, series, e.date);
    e.seqYear = e.date.year();
    e.seqNo = e.number.section(QLatin1Char('-'), -1).toLongLong();
    const auto [chainSeq, prevHash] = repo.takeChainLink(e.journal);
    e.chainSeq = chainSeq;
    e.prevHash = prevHash;
    e.hash = chainHash(e, prevHash);
    e.state = QStringLiteral("posted");
    e.postedAt = Storage::nowText();
    e.postedBy = ctx.identity.username;
}

Entry LedgerService::postDraft(Rpc::CallContext& ctx, LedgerRepository& repo, Entry e)
{
    const qint64 version = e.version;
    stamp(ctx, repo, e);
    if (!repo.markPosted(e, version))
        throw Rpc::versionConflict(QStringLiteral("journal_entry"), version + 1);
    repo.setChainHead(e.journal, e.hash);
    repo.addToBalances(e.period, e.lines);
    const Entry stored = load(repo, e.id);
    ctx.recordChange(kEntity, e.id, stored.version,
                     QJsonObject{{QStringLiteral("state"), QStringLiteral("draft")}},
                     QJsonObject{{QStringLiteral("state"), QStringLiteral("posted")},
                                 {QStringLiteral("number"), stored.number},
                                 {QStringLiteral("hash"), stored.hash}});
    return stored;
}

QJsonObject LedgerService::post(Rpc::CallContext& ctx, qint64 id, qint64 version)
{
    LedgerRepository repo(ctx.db);
    const Entry e = load(repo, id);
    if (e.isPosted())
        throw notDraft(e);
    if (e.version != version)
        throw Rpc::versionConflict(QStringLiteral("journal_entry"), e.version);
    // The accounts may have been archived since the draft was written.
    AccountRepository accounts(ctx.db);
    Entry checked = e;
    Rpc::FieldErrors errors;
    checkLines(accounts, checked, errors);
    return toJson(postDraft(ctx, repo, e));
}

QJsonObject LedgerService::reverse(Rpc::CallContext& ctx, qint64 id, qint64 version,
                                   const QJsonObject& params)
{
    LedgerRepository repo(ctx.db);
    AccountRepository accounts(ctx.db);
    const Entry original = load(repo, id);
    if (!original.isPosted())
        throw Error(Rpc::BusinessRule,
                    QStringLiteral("A draft is not reversed: change or discard it"),
                    QJsonObject{{QStringLiteral("reason"), QStringLiteral("draft")}})
            .withId(QStringLiteral("finance.entry.reverse_draft"));
    if (original.version != version)
        throw Rpc::versionConflict(QStringLiteral("journal_entry"), original.version);
    if (original.reversedBy > 0 || original.reversalOf > 0)
        throw Error(Rpc::BusinessRule,
                    QStringLiteral("Entry %1 is already reversed or is itself a reversal")
                        .arg(original.number),
                    QJsonObject{{QStringLiteral("reason"), QStringLiteral("already_reversed")}})
            .withId(QStringLiteral("finance.entry.already_reversed"),
                    {{QStringLiteral("number"), original.number}});

    Entry r;
    r.journal = original.journal;
    r.date = original.date;
    if (params.contains(QLatin1String("date"))) {
        r.date = QDate::fromString(params.value(QLatin1String("date")).toString(), Qt::ISODate);
        if (!r.date.isValid())
            throw Error::validation(QStringLiteral("date"), QStringLiteral("invalid"),
                                    QStringLiteral("must be a date such as 2026-11-27"),
                                    QStringLiteral("validation.date"));
    } else if (repo.period(periodOf(r.date)).state == QLatin1String("closed")) {
        r.date = Platform::businessDate();
    }
    r.period = periodOf(r.date);
    const QString given = params.value(QLatin1String("description")).toString().trimmed();
    // The books' language: the description is the voucher's own text, not a message.
    const BookSettings books = accounts.settings();
    const bool chinese = books.chart != QLatin1String("generic");
    r.description = !given.isEmpty() ? given
                    : chinese        ? QStringLiteral("冲销 %1").arg(original.number)
                                     : QStringLiteral("Reversal of %1").arg(original.number);
    r.sourceType = original.sourceType;
    r.sourceId = original.sourceId;
    r.sourceRef = original.sourceRef;
    r.automatic = original.automatic;
    r.reversalOf = original.id;
    r.createdBy = ctx.identity.username;
    const bool storno = books.reversalStyle != QLatin1String("opposite");
    for (EntryLine l : original.lines) {
        if (storno) {
            l.debit = -l.debit;
            l.credit = -l.credit;
        } else {
            std::swap(l.debit, l.credit);
        }
        if (l.currencyAmount)
            l.currencyAmount = -*l.currencyAmount;
        r.lines.append(l);
    }
    r.total = storno ? -original.total : original.total;
    stamp(ctx, repo, r);
    repo.insert(r);
    repo.setChainHead(r.journal, r.hash);
    repo.addToBalances(r.period, r.lines);
    const Entry posted = load(repo, r.id);
    ctx.recordChange(kEntity, posted.id, posted.version, QJsonValue::Null, toJson(posted));
    if (!repo.markReversed(original.id, posted.id))
        throw Rpc::versionConflict(QStringLiteral("journal_entry"), original.version + 1);
    const Entry after = load(repo, original.id);
    ctx.recordChange(kEntity, original.id, after.version,
                     QJsonObject{{QStringLiteral("reversed_by"), QJsonValue()}},
                     QJsonObject{{QStringLiteral("reversed_by"), posted.id}});
    return toJson(posted);
}

QJsonObject LedgerService::get(Rpc::CallContext& ctx, qint64 id)
{
    LedgerRepository repo(ctx.db);
    return toJson(load(repo, id));
}

QJsonObject LedgerService::list(Rpc::CallContext& ctx, const QJsonObject& params)
{
    static const QHash<QString, QString> sortable{
        {QStringLiteral("id"), QStringLiteral("e.id")},
        {QStringLiteral("date"), QStringLiteral("e.entry_date")},
        {QStringLiteral("number"), QStringLiteral("e.number")},
        {QStringLiteral("journal"), QStringLiteral("e.journal")},
        {QStringLiteral("state"), QStringLiteral("e.state")},
        {QStringLiteral("total"), QStringLiteral("e.total")},
        {QStringLiteral("created_at"), QStringLiteral("e.created_at")},
    };
    const auto query = Storage::ListQuery::parse(params, sortable, QStringLiteral("-date"),
                                                 QStringLiteral("e.id"));
    checkListFilters(query.filter, {"journal", "state", "period", "from", "to", "source_type"},
                     {"source_id", "account_id"});
    return LedgerRepository(ctx.db).list(query);
}

QJsonObject LedgerService::forSource(Rpc::CallContext& ctx, const QString& sourceType,
                                     qint64 sourceId)
{
    QJsonArray rows;
    for (const Entry& e : LedgerRepository(ctx.db).bySource(sourceType, sourceId))
        rows.append(toJson(e));
    return QJsonObject{{QStringLiteral("rows"), rows}};
}

qint64 LedgerService::post(Rpc::CallContext& ctx, const Posting& p)
{
    AccountRepository accounts(ctx.db);
    LedgerRepository repo(ctx.db);
    Entry e;
    e.journal = p.journal;
    e.date = p.date.isValid() ? p.date : Platform::businessDate();
    e.period = periodOf(e.date);
    e.description = p.description;
    e.sourceType = p.sourceType;
    e.sourceId = p.sourceId;
    e.sourceRef = p.sourceRef;
    e.automatic = true;
    e.createdBy = ctx.identity.username;
    for (const PostingLine& in : p.lines) {
        if (in.debit == 0 && in.credit == 0)
            continue;
        EntryLine l;
        l.lineNo = int(e.lines.size()) + 1;
        l.accountId = in.accountId > 0 ? in.accountId : accounts.roleAccount(in.role, in.category);
        if (l.accountId == 0)
            throw Error(
                Rpc::BusinessRule,
                QStringLiteral("No account is set for \"%1\" in Finance ▸ Settings").arg(in.role),
                QJsonObject{{QStringLiteral("reason"), QStringLiteral("no_account")},
                            {QStringLiteral("role"), in.role}})
                .withId(QStringLiteral("finance.posting.no_account"),
                        {{QStringLiteral("role"), in.role}});
        // A negative amount moves to the other side: automatic lines stay positive.
        l.debit = in.debit >= 0 ? in.debit : 0;
        l.credit = in.credit >= 0 ? in.credit : 0;
        if (in.debit < 0)
            l.credit += -in.debit;
        if (in.credit < 0)
            l.debit += -in.credit;
        if (l.debit > 0 && l.credit > 0) {
            const qint64 net = l.debit - l.credit;
            l.debit = net > 0 ? net : 0;
            l.credit = net < 0 ? -net : 0;
            if (net == 0)
                continue;
        }
        l.partnerType = in.partnerType;
        l.partnerId = in.partnerId;
        l.description = in.description;
        e.lines.append(l);
    }
    if (e.lines.isEmpty())
        return 0;
    Rpc::FieldErrors errors;
    checkLines(accounts, e, errors);
    // Written posted at once: one insert, one audit record.
    stamp(ctx, repo, e);
    repo.insert(e);
    repo.setChainHead(e.journal, e.hash);
    repo.addToBalances(e.period, e.lines);
    QList<qint64> used;
    for (const EntryLine& l : e.lines)
        used.append(l.accountId);
    accounts.markUsed(used);
    ctx.recordChange(kEntity, e.id, e.version, QJsonValue::Null, toJson(e));
    return e.id;
}

QJsonObject LedgerService::periods(Rpc::CallContext& ctx, const QJsonObject& params)
{
    const CompanyBooks books = m_company(ctx);
    const QDate today = QDate::currentDate();
    const int year = params.contains(QLatin1String("year"))
                         ? int(params.value(QLatin1String("year")).toInteger())
                         : today.year();
    // The fiscal year that starts in `year` (a fiscal year starting in April 2026 is 2026).
    int startYear = year;
    if (!params.contains(QLatin1String("year")) && today.month() < books.fiscalYearStartMonth)
        startYear = year - 1;
    if (startYear < 1900 || startYear > 9998)
        throw Error::validation(QStringLiteral("year"), QStringLiteral("range"),
                                QStringLiteral("must be between 1900 and 9998"),
                                QStringLiteral("validation.range"),
                                {{QStringLiteral("min"), 1900}, {QStringLiteral("max"), 9998}});
    const QDate first(startYear, books.fiscalYearStartMonth, 1);
    const QString from = periodOf(first);
    const QString to = periodOf(first.addMonths(11));
    LedgerRepository repo(ctx.db);
    QHash<QString, PeriodState> states;
    for (const PeriodState& s : repo.periods(from, to))
        states.insert(s.period, s);
    const auto posted = repo.postedPerPeriod(from, to);
    QJsonArray rows;
    for (int m = 0; m < 12; ++m) {
        const QString period = periodOf(first.addMonths(m));
        const PeriodState s =
            states.value(period, PeriodState{period, QStringLiteral("open"), {}, {}, 0});
        const auto counts = posted.value(period);
        rows.append(QJsonObject{
            {QStringLiteral("period"), period},
            {QStringLiteral("state"), s.state},
            {QStringLiteral("closed_at"),
             s.closedAt.isEmpty() ? QJsonValue() : QJsonValue(s.closedAt)},
            {QStringLiteral("closed_by"),
             s.closedBy.isEmpty() ? QJsonValue() : QJsonValue(s.closedBy)},
            {QStringLiteral("entries"), counts.first},
            {QStringLiteral("total"), Money(counts.second).toString()},
            {QStringLiteral("drafts"), repo.draftCount(period)},
        });
    }
    return QJsonObject{{QStringLiteral("fiscal_year"), startYear},
                       {QStringLiteral("from"), from},
                       {QStringLiteral("to"), to},
                       {QStringLiteral("rows"), rows}};
}

QJsonObject LedgerService::closePeriod(Rpc::CallContext& ctx, const QString& periodParam)
{
    const QString period = periodText(periodParam);
    if (period.isEmpty())
        throw Error::validation(QStringLiteral("period"), QStringLiteral("invalid"),
                                QStringLiteral("must be a month such as 2026-03"),
                                QStringLiteral("finance.period.invalid"));
    LedgerRepository repo(ctx.db);
    const PeriodState before = repo.period(period);
    if (before.state == QLatin1String("closed"))
        throw Error(Rpc::BusinessRule,
                    QStringLiteral("The period %1 is already closed").arg(period),
                    QJsonObject{{QStringLiteral("reason"), QStringLiteral("already_closed")}})
            .withId(QStringLiteral("finance.period.already_closed"),
                    {{QStringLiteral("period"), period}});
    const qint64 drafts = repo.draftCount(period);
    if (drafts > 0)
        throw Error(Rpc::BusinessRule,
                    QStringLiteral("The period %1 has %2 draft entries: post or discard them first")
                        .arg(period)
                        .arg(drafts),
                    QJsonObject{{QStringLiteral("reason"), QStringLiteral("drafts")},
                                {QStringLiteral("drafts"), drafts}})
            .withId(QStringLiteral("finance.period.has_drafts"),
                    {{QStringLiteral("period"), period}, {QStringLiteral("count"), drafts}});
    repo.setPeriodState(period, QStringLiteral("closed"), ctx.identity.username);
    const PeriodState after = repo.period(period);
    ctx.recordChange(
        kPeriodEntity, periodId(period), after.version,
        QJsonObject{{QStringLiteral("period"), period}, {QStringLiteral("state"), before.state}},
        QJsonObject{{QStringLiteral("period"), period}, {QStringLiteral("state"), after.state}});
    return QJsonObject{{QStringLiteral("period"), period},
                       {QStringLiteral("state"), after.state},
                       {QStringLiteral("closed_at"), after.closedAt},
                       {QStringLiteral("closed_by"), after.closedBy}};
}

QJsonObject LedgerService::reopenPeriod(Rpc::CallContext& ctx, const QString& periodParam,
                                        const QString& reason)
{
    const QString period = periodText(periodParam);
    if (period.isEmpty())
        throw Error::validation(QStringLiteral("period"), QStringLiteral("invalid"),
                                QStringLiteral("must be a month such as 2026-03"),
                                QStringLiteral("finance.period.invalid"));
    if (reason.trimmed().isEmpty())
        throw Error::validation(QStringLiteral("reason"), QStringLiteral("required"),
                                QStringLiteral("is required"),
                                QStringLiteral("validation.required"));
    LedgerRepository repo(ctx.db);
    const PeriodState before = repo.period(period);
    if (before.state != QLatin1String("closed"))
        throw Error(Rpc::BusinessRule, QStringLiteral("The period %1 is open").arg(period),
                    QJsonObject{{QStringLiteral("reason"), QStringLiteral("not_closed")}})
            .withId(QStringLiteral("finance.period.not_closed"),
                    {{QStringLiteral("period"), period}});
    repo.setPeriodState(period, QStringLiteral("open"), ctx.identity.username);
    const PeriodState after = repo.period(period);
    ctx.recordChange(
        kPeriodEntity, periodId(period), after.version,
        QJsonObject{{QStringLiteral("period"), period}, {QStringLiteral("state"), before.state}},
        QJsonObject{{QStringLiteral("period"), period},
                    {QStringLiteral("state"), after.state},
                    {QStringLiteral("reason"), reason.trimmed()}});
    return QJsonObject{{QStringLiteral("period"), period}, {QStringLiteral("state"), after.state}};
}

} // namespace Erp::Server::Finance
