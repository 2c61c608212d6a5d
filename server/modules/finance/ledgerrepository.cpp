#include "server/modules/finance/ledgerrepository.h"

#include "common/money.h"
#include "server/storage/database.h"
#include "server/storage/listquery.h"
#include "server/storage/queryresult.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QVariant>

namespace Erp::Server::Finance {

using Storage::exec;

namespace {

const QString kEntryColumns = QStringLiteral(
    "e.id, e.journal, e.number, e.seq_year, e.seq_no, e.chain_seq, e.entry_date, e.period, "
    "e.description, e.source_type, e.source_id, e.source_ref, e.state, e.automatic, "
    "e.reversal_of, e.reversed_by, e.total, e.hash, e.prev_hash, e.created_at, e.created_by, "
    "e.posted_at, e.posted_by, e.updated_at, e.version");
constexpr int kEntryColumnCount = 25;

const QString kLineColumns = QStringLiteral(
    "l.line_no, l.account_id, a.code, a.name, l.debit, l.credit, l.partner_type, l.partner_id, "
    "l.description, l.currency, l.currency_amount");

QVariant nullId()
{
    return QVariant(QMetaType(QMetaType::LongLong));
}

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : nullId();
}

QString text(const QString& s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

Entry readEntry(const QSqlQuery& q)
{
    Entry e;
    e.id = q.value(0).toLongLong();
    e.journal = q.value(1).toString();
    e.number = q.value(2).toString();
    e.seqYear = q.value(3).toInt();
    e.seqNo = q.value(4).toLongLong();
    e.chainSeq = q.value(5).toLongLong();
    e.date = QDate::fromString(q.value(6).toString(), Qt::ISODate);
    e.period = q.value(7).toString();
    e.description = q.value(8).toString();
    e.sourceType = q.value(9).toString();
    e.sourceId = q.value(10).toLongLong();
    e.sourceRef = q.value(11).toString();
    e.state = q.value(12).toString();
    e.automatic = q.value(13).toInt() != 0;
    e.reversalOf = q.value(14).toLongLong();
    e.reversedBy = q.value(15).toLongLong();
    e.total = q.value(16).toLongLong();
    e.hash = q.value(17).toString();
    e.prevHash = q.value(18).toString();
    e.createdAt = q.value(19).toString();
    e.createdBy = q.value(20).toString();
    e.postedAt = q.value(21).toString();
    e.postedBy = q.value(22).toString();
    e.updatedAt = q.value(23).toString();
    e.version = q.value(24).toLongLong();
    return e;
}

EntryLine readLine(const QSqlQuery& q, int at)
{
    EntryLine l;
    l.lineNo = q.value(at).toInt();
    l.accountId = q.value(at + 1).toLongLong();
    l.accountCode = q.value(at + 2).toString();
    l.accountName = q.value(at + 3).toString();
    l.debit = q.value(at + 4).toLongLong();
    l.credit = q.value(at + 5).toLongLong();
    l.partnerType = q.value(at + 6).toString();
    l.partnerId = q.value(at + 7).toLongLong();
    l.description = q.value(at + 8).toString();
    l.currency = q.value(at + 9).toString();
    if (!q.value(at + 10).isNull())
        l.currencyAmount = q.value(at + 10).toLongLong();
    return l;
}

void bindHeader(QSqlQuery& q, const Entry& e)
{
    q.bindValue(QStringLiteral(":journal"), e.journal);
    q.bindValue(QStringLiteral(":date"), e.date.toString(Qt::ISODate));
    q.bindValue(QStringLiteral(":period"), e.period);
    q.bindValue(QStringLiteral(":description"), text(e.description));
    q.bindValue(QStringLiteral(":source_type"), text(e.sourceType));
    q.bindValue(QStringLiteral(":source_id"), idOrNull(e.sourceId));
    q.bindValue(QStringLiteral(":source_ref"), text(e.sourceRef));
    q.bindValue(QStringLiteral(":total"), e.total);
    q.bindValue(QStringLiteral(":now"), Storage::nowText());
}

} // namespace

QString balanceKey(qint64 accountId, const QString& period)
{
    return QString::number(accountId) + QLatin1Char('/') + period;
}

void LedgerRepository::insertLines(const Entry& e)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "INSERT INTO fin_entry_lines (entry_id, line_no, account_id, debit, credit, partner_type, "
        "partner_id, description, currency, currency_amount, entry_date, posted) VALUES (:entry, "
        ":no, :account, :debit, :credit, :ptype, :pid, :description, :currency, :camount, :date, "
        ":posted)"));
    const QString date = e.date.toString(Qt::ISODate);
    for (const EntryLine& l : e.lines) {
        q.bindValue(QStringLiteral(":entry"), e.id);
        q.bindValue(QStringLiteral(":no"), l.lineNo);
        q.bindValue(QStringLiteral(":account"), l.accountId);
        q.bindValue(QStringLiteral(":debit"), l.debit);
        q.bindValue(QStringLiteral(":credit"), l.credit);
        q.bindValue(QStringLiteral(":ptype"), text(l.partnerType));
        q.bindValue(QStringLiteral(":pid"), idOrNull(l.partnerId));
        q.bindValue(QStringLiteral(":description"), text(l.description));
        q.bindValue(QStringLiteral(":currency"), text(l.currency));
        q.bindValue(QStringLiteral(":camount"),
                    l.currencyAmount ? QVariant(*l.currencyAmount) : nullId());
        q.bindValue(QStringLiteral(":date"), date);
        q.bindValue(QStringLiteral(":posted"), e.isPosted() ? 1 : 0);
        exec(q);
    }
}

void LedgerRepository::insert(Entry& e)
{
    // A draft, or an entry posted in the same call (an automatic posting): then it arrives
    // with its number, chain link and hash.
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "INSERT INTO fin_entries (journal, number, seq_year, seq_no, chain_seq, entry_date, "
        "period, description, source_type, source_id, source_ref, state, automatic, "
        "reversal_of, total, hash, prev_hash, created_at, created_by, posted_at, posted_by, "
        "updated_at, version) VALUES (:journal, :number, :year, :seq, :chain, :date, :period, "
        ":description, :source_type, :source_id, :source_ref, :state, :automatic, :reversal_of, "
        ":total, :hash, :prev, :now, :by, :posted_at, :posted_by, :now, 1) RETURNING id"));
    bindHeader(q, e);
    const bool posted = e.isPosted();
    const QVariant noText(QMetaType(QMetaType::QString));
    q.bindValue(QStringLiteral(":number"), posted ? QVariant(e.number) : noText);
    q.bindValue(QStringLiteral(":year"),
                posted ? QVariant(e.seqYear) : QVariant(QMetaType(QMetaType::Int)));
    q.bindValue(QStringLiteral(":seq"), posted ? QVariant(e.seqNo) : nullId());
    q.bindValue(QStringLiteral(":chain"), posted ? QVariant(e.chainSeq) : nullId());
    q.bindValue(QStringLiteral(":state"),
                posted ? QStringLiteral("posted") : QStringLiteral("draft"));
    q.bindValue(QStringLiteral(":automatic"), e.automatic ? 1 : 0);
    q.bindValue(QStringLiteral(":reversal_of"), idOrNull(e.reversalOf));
    q.bindValue(QStringLiteral(":hash"), text(e.hash));
    q.bindValue(QStringLiteral(":prev"), text(e.prevHash));
    q.bindValue(QStringLiteral(":by"), text(e.createdBy));
    q.bindValue(QStringLiteral(":posted_at"), posted ? QVariant(e.postedAt) : noText);
    q.bindValue(QStringLiteral(":posted_by"), posted ? QVariant(text(e.postedBy)) : noText);
    exec(q);
    e.id = Storage::oneInteger(q);
    e.version = 1;
    insertLines(e);
}

bool LedgerRepository::updateDraft(const Entry& e, qint64 expectedVersion)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "UPDATE fin_entries SET journal = :journal, entry_date = :date, period = :period, "
        "description = :description, source_type = :source_type, source_id = :source_id, "
        "source_ref = :source_ref, total = :total, updated_at = :now, version = version + 1 "
        "WHERE id = :id AND version = :v AND state = 'draft'"));
    bindHeader(q, e);
    q.bindValue(QStringLiteral(":id"), e.id);
    q.bindValue(QStringLiteral(":v"), expectedVersion);
    exec(q);
    if (q.numRowsAffected() != 1)
        return false;
    QSqlQuery& del =
        m_db.prepared(QStringLiteral("DELETE FROM fin_entry_lines WHERE entry_id = :id"));
    del.bindValue(QStringLiteral(":id"), e.id);
    exec(del);
    insertLines(e);
    return true;
}

bool LedgerRepository::deleteDraft(qint64 id, qint64 expectedVersion)
{
    QSqlQuery& check = m_db.prepared(QStringLiteral(
        "SELECT COUNT(*) FROM fin_entries WHERE id = :id AND version = :v AND state = 'draft'"));
    check.bindValue(QStringLiteral(":id"), id);
    check.bindValue(QStringLiteral(":v"), expectedVersion);
    exec(check);
    if (Storage::oneInteger(check) != 1)
        return false;
    QSqlQuery& lines =
        m_db.prepared(QStringLiteral("DELETE FROM fin_entry_lines WHERE entry_id = :id"));
    lines.bindValue(QStringLiteral(":id"), id);
    exec(lines);
    QSqlQuery& q =
        m_db.prepared(QStringLiteral("DELETE FROM fin_entries WHERE id = :id AND state = 'draft'"));
    q.bindValue(QStringLiteral(":id"), id);
    exec(q);
    return q.numRowsAffected() == 1;
}

std::optional<Entry> LedgerRepository::byId(qint64 id)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral("SELECT ") + kEntryColumns +
                                 QStringLiteral(" FROM fin_entries e WHERE e.id = :id"));
    q.bindValue(QStringLiteral(":id"), id);
    exec(q);
    std::optional<Entry> e;
    if (q.next())
        e = readEntry(q);
    q.finish();
    if (!e)
        return e;
    QSqlQuery& lines = m_db.prepared(
        QStringLiteral("SELECT ") + kLineColumns +
        QStringLiteral(" FROM fin_entry_lines l JOIN fin_accounts a ON a.id = l.account_id "
                       "WHERE l.entry_id = :id ORDER BY l.line_no"));
    lines.bindValue(QStringLiteral(":id"), id);
    exec(lines);
    while (lines.next())
        e->lines.append(readLine(lines, 0));
    lines.finish();
    return e;
}

QList<Entry> LedgerRepository::bySource(const QString& sourceType, qint64 sourceId)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "SELECT id FROM fin_entries WHERE source_type = :t AND source_id = :id ORDER BY id"));
    q.bindValue(QStringLiteral(":t"), sourceType);
    q.bindValue(QStringLiteral(":id"), sourceId);
    exec(q);
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    q.finish();
    QList<Entry> out;
    for (qint64 id : ids)
        if (auto e = byId(id))
            out.append(*e);
    return out;
}

QJsonObject LedgerRepository::list(const Storage::ListQuery& query)
{
    QString where = QStringLiteral(" WHERE 1 = 1");
    const QJsonObject& f = query.filter;
    auto has = [&f](const char* key) {
        const QJsonValue v = f.value(QLatin1String(key));
        return !v.isUndefined() && !v.isNull();
    };
    if (has("journal"))
        where += QStringLiteral(" AND e.journal = :journal");
    if (has("state"))
        where += QStringLiteral(" AND e.state = :state");
    if (has("period"))
        where += QStringLiteral(" AND e.period = :period");
    if (has("from"))
        where += QStringLiteral(" AND e.entry_date >= :from");
    if (has("to"))
        where += QStringLiteral(" AND e.entry_date <= :to");
    if (has("source_type"))
        where += QStringLiteral(" AND e.source_type = :source_type");
    if (has("source_id"))
        where += QStringLiteral(" AND e.source_id = :source_id");
    if (has("account_id"))
        where += QStringLiteral(" AND EXISTS (SELECT 1 FROM fin_entry_lines x WHERE "
                                "x.entry_id = e.id AND x.account_id = :account_id)");
    if (!query.search.isEmpty())
        where += QStringLiteral(" AND (lower(e.number) LIKE :q ESCAPE '\\' OR lower(e.description) "
                                "LIKE :q ESCAPE '\\' OR lower(e.source_ref) LIKE :q ESCAPE '\\')");
    auto bind = [&](QSqlQuery& q) {
        for (const char* key : {"journal", "state", "period", "from", "to", "source_type"})
            if (has(key))
                q.bindValue(QLatin1Char(':') + QLatin1String(key),
                            f.value(QLatin1String(key)).toString());
        if (has("source_id"))
            q.bindValue(QStringLiteral(":source_id"),
                        f.value(QLatin1String("source_id")).toInteger());
        if (has("account_id"))
            q.bindValue(QStringLiteral(":account_id"),
                        f.value(QLatin1String("account_id")).toInteger());
        if (!query.search.isEmpty())
            q.bindValue(QStringLiteral(":q"), Storage::containsPattern(query.search.toLower()));
    };
    QSqlQuery count = m_db.uncached(QStringLiteral("SELECT COUNT(*) FROM fin_entries e") + where);
    bind(count);
    exec(count);
    const qint64 total = Storage::oneInteger(count);

    const QString sortKey =
        query.sortExpression.isEmpty() ? QStringLiteral("NULL") : query.sortExpression;
    QSqlQuery q =
        m_db.uncached(QStringLiteral("SELECT ") + kEntryColumns + QStringLiteral(", ") + sortKey +
                      QStringLiteral(" FROM fin_entries e") + where + query.keysetCondition() +
                      query.orderBy + QStringLiteral(" LIMIT :limit OFFSET :offset"));
    bind(q);
    query.bindKeyset(q);
    q.bindValue(QStringLiteral(":limit"), query.limit);
    q.bindValue(QStringLiteral(":offset"), query.offset);
    exec(q);
    QJsonArray rows;
    QJsonArray nextAfter;
    while (q.next()) {
        const Entry e = readEntry(q);
        QJsonObject row = toJson(e);
        row.remove(QStringLiteral("lines"));
        row.insert(QStringLiteral("debit_total"), Money(e.total).toString());
        row.insert(QStringLiteral("credit_total"), Money(e.total).toString());
        rows.append(row);
        nextAfter = query.nextAfter(q.value(kEntryColumnCount), e.id);
    }
    q.finish();
    return QJsonObject{{QStringLiteral("rows"), rows},
                       {QStringLiteral("total"), total},
                       {QStringLiteral("total_capped"), false},
                       {QStringLiteral("next_after"),
                        rows.size() == query.limit ? QJsonValue(nextAfter) : QJsonValue()}};
}

void LedgerRepository::lockJournal(const QString& journal)
{
    QSqlQuery& ins = m_db.prepared(QStringLiteral(
        "INSERT INTO fin_journal_heads (journal, chain_seq, hash) VALUES (:j, 0, '') "
        "ON CONFLICT (journal) DO NOTHING"));
    ins.bindValue(QStringLiteral(":j"), journal);
    exec(ins);
    QSqlQuery& q = m_db.prepared(
        QStringLiteral("UPDATE fin_journal_heads SET chain_seq = chain_seq WHERE journal = :j"));
    q.bindValue(QStringLiteral(":j"), journal);
    exec(q);
}

std::pair<qint64, QString> LedgerRepository::takeChainLink(const QString& journal)
{
    lockJournal(journal);
    // The update locks the head row: a second poster of the journal waits for this commit.
    QSqlQuery& q = m_db.prepared(
        QStringLiteral("UPDATE fin_journal_heads SET chain_seq = chain_seq + 1 WHERE journal = :j "
                       "RETURNING chain_seq, hash"));
    q.bindValue(QStringLiteral(":j"), journal);
    exec(q);
    std::pair<qint64, QString> link{0, QString()};
    if (q.next())
        link = {q.value(0).toLongLong(), q.value(1).toString()};
    q.finish();
    return link;
}

void LedgerRepository::setChainHead(const QString& journal, const QString& hash)
{
    QSqlQuery& q =
        m_db.prepared(QStringLiteral("UPDATE fin_journal_heads SET hash = :h WHERE journal = :j"));
    q.bindValue(QStringLiteral(":h"), hash);
    q.bindValue(QStringLiteral(":j"), journal);
    exec(q);
}

bool LedgerRepository::markPosted(const Entry& e, qint64 expectedVersion)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "UPDATE fin_entries SET state = 'posted', number = :number, seq_year = :year, "
        "seq_no = :seq, chain_seq = :chain, total = :total, hash = :hash, prev_hash = :prev, "
        "posted_at = :now, posted_by = :by, updated_at = :now, version = version + 1 "
        "WHERE id = :id AND version = :v AND state = 'draft'"));
    q.bindValue(QStringLiteral(":number"), e.number);
    q.bindValue(QStringLiteral(":year"), e.seqYear);
    q.bindValue(QStringLiteral(":seq"), e.seqNo);
    q.bindValue(QStringLiteral(":chain"), e.chainSeq);
    q.bindValue(QStringLiteral(":total"), e.total);
    q.bindValue(QStringLiteral(":hash"), e.hash);
    q.bindValue(QStringLiteral(":prev"), e.prevHash);
    q.bindValue(QStringLiteral(":now"), e.postedAt);
    q.bindValue(QStringLiteral(":by"), text(e.postedBy));
    q.bindValue(QStringLiteral(":id"), e.id);
    q.bindValue(QStringLiteral(":v"), expectedVersion);
    exec(q);
    if (q.numRowsAffected() != 1)
        return false;
    QSqlQuery& lines =
        m_db.prepared(QStringLiteral("UPDATE fin_entry_lines SET posted = 1 WHERE entry_id = :id"));
    lines.bindValue(QStringLiteral(":id"), e.id);
    exec(lines);
    return true;
}

bool LedgerRepository::markReversed(qint64 id, qint64 reversalId)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "UPDATE fin_entries SET reversed_by = :r, updated_at = :now, version = version + 1 "
        "WHERE id = :id AND reversed_by IS NULL AND state = 'posted'"));
    q.bindValue(QStringLiteral(":r"), reversalId);
    q.bindValue(QStringLiteral(":now"), Storage::nowText());
    q.bindValue(QStringLiteral(":id"), id);
    exec(q);
    return q.numRowsAffected() == 1;
}

void LedgerRepository::addToBalances(const QString& period, const QList<EntryLine>& lines)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "INSERT INTO fin_balances (account_id, period, debit, credit, lines) VALUES (:a, :p, "
        ":d, :c, 1) ON CONFLICT (account_id, period) DO UPDATE SET debit = fin_balances.debit + "
        "excluded.debit, credit = fin_balances.credit + excluded.credit, lines = "
        "fin_balances.lines + 1"));
    for (const EntryLine& l : lines) {
        q.bindValue(QStringLiteral(":a"), l.accountId);
        q.bindValue(QStringLiteral(":p"), period);
        q.bindValue(QStringLiteral(":d"), l.debit);
        q.bindValue(QStringLiteral(":c"), l.credit);
        exec(q);
    }
}

PeriodState LedgerRepository::period(const QString& period)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "SELECT period, state, closed_at, closed_by, version FROM fin_periods WHERE period = :p"));
    q.bindValue(QStringLiteral(":p"), period);
    exec(q);
    PeriodState s{period, QStringLiteral("open"), {}, {}, 0};
    if (q.next())
        s = {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
             q.value(3).toString(), q.value(4).toLongLong()};
    q.finish();
    return s;
}

QList<PeriodState> LedgerRepository::periods(const QString& from, const QString& to)
{
    QSqlQuery& q = m_db.prepared(
        QStringLiteral("SELECT period, state, closed_at, closed_by, version FROM fin_periods "
                       "WHERE period >= :f AND period <= :t ORDER BY period"));
    q.bindValue(QStringLiteral(":f"), from);
    q.bindValue(QStringLiteral(":t"), to);
    exec(q);
    QList<PeriodState> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                    q.value(3).toString(), q.value(4).toLongLong()});
    q.finish();
    return out;
}

void LedgerRepository::setPeriodState(const QString& period, const QString& state,
                                      const QString& by)
{
    const bool closing = state == QLatin1String("closed");
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "INSERT INTO fin_periods (period, state, closed_at, closed_by, updated_at, version) "
        "VALUES (:p, :s, :at, :by, :now, 1) ON CONFLICT (period) DO UPDATE SET state = "
        "excluded.state, closed_at = excluded.closed_at, closed_by = excluded.closed_by, "
        "updated_at = excluded.updated_at, version = fin_periods.version + 1"));
    const QString now = Storage::nowText();
    q.bindValue(QStringLiteral(":p"), period);
    q.bindValue(QStringLiteral(":s"), state);
    q.bindValue(QStringLiteral(":at"),
                closing ? QVariant(now) : QVariant(QMetaType(QMetaType::QString)));
    q.bindValue(QStringLiteral(":by"),
                closing ? QVariant(by) : QVariant(QMetaType(QMetaType::QString)));
    q.bindValue(QStringLiteral(":now"), now);
    exec(q);
}

qint64 LedgerRepository::draftCount(const QString& period)
{
    QSqlQuery& q = m_db.prepared(
        QStringLiteral("SELECT COUNT(*) FROM fin_entries WHERE period = :p AND state = 'draft'"));
    q.bindValue(QStringLiteral(":p"), period);
    exec(q);
    return Storage::oneInteger(q);
}

QHash<QString, QPair<qint64, qint64>> LedgerRepository::postedPerPeriod(const QString& from,
                                                                        const QString& to)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "SELECT period, COUNT(*), COALESCE(SUM(total), 0) FROM fin_entries WHERE state = "
        "'posted' AND period >= :f AND period <= :t GROUP BY period"));
    q.bindValue(QStringLiteral(":f"), from);
    q.bindValue(QStringLiteral(":t"), to);
    exec(q);
    QHash<QString, QPair<qint64, qint64>> out;
    while (q.next())
        out.insert(q.value(0).toString(), {q.value(1).toLongLong(), q.value(2).toLongLong()});
    q.finish();
    return out;
}

QHash<qint64, Totals> LedgerRepository::balancesBefore(const QString& from)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "SELECT account_id, SUM(debit), SUM(credit) FROM fin_balances WHERE period < :f "
        "GROUP BY account_id"));
    q.bindValue(QStringLiteral(":f"), from);
    exec(q);
    QHash<qint64, Totals> out;
    while (q.next())
        out.insert(q.value(0).toLongLong(), {q.value(1).toLongLong(), q.value(2).toLongLong()});
    q.finish();
    return out;
}

QHash<qint64, Totals> LedgerRepository::balancesBetween(const QString& from, const QString& to)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "SELECT account_id, SUM(debit), SUM(credit) FROM fin_balances WHERE period >= :f AND "
        "period <= :t GROUP BY account_id"));
    q.bindValue(QStringLiteral(":f"), from);
    q.bindValue(QStringLiteral(":t"), to);
    exec(q);
    QHash<qint64, Totals> out;
    while (q.next())
        out.insert(q.value(0).toLongLong(), {q.value(1).toLongLong(), q.value(2).toLongLong()});
    q.finish();
    return out;
}

namespace {

QHash<QString, QHash<qint64, Totals>> monthlyTotals(QSqlQuery& q)
{
    QHash<QString, QHash<qint64, Totals>> out;
    while (q.next())
        out[q.value(0).toString()].insert(q.value(1).toLongLong(),
                                          {q.value(2).toLongLong(), q.value(3).toLongLong()});
    q.finish();
    return out;
}

} // namespace

QHash<QString, QHash<qint64, Totals>>
LedgerRepository::monthlyBalances(const QList<qint64>& ids, const QString& from, const QString& to)
{
    QSqlQuery& q = m_db.prepared(
        QStringLiteral("SELECT period, account_id, debit, credit FROM fin_balances WHERE ") +
        m_db.sql().idArrayCondition(QStringLiteral("account_id"), QStringLiteral("a")) +
        QStringLiteral(" AND period >= :f AND period <= :t"));
    q.bindValue(QStringLiteral(":a"), m_db.sql().idArray(ids));
    q.bindValue(QStringLiteral(":f"), from);
    q.bindValue(QStringLiteral(":t"), to);
    exec(q);
    return monthlyTotals(q);
}

QHash<QString, QHash<qint64, Totals>>
LedgerRepository::monthlySourceTotals(const QString& sourceType, const QList<qint64>& ids,
                                      const QString& from, const QString& to)
{
    QSqlQuery& q = m_db.prepared(
        // The entries of the source first (a handful, by fin_entries_source), then their lines
        // by entry: not the accounts' lines, which are many.
        QStringLiteral("SELECT e.period, l.account_id, SUM(l.debit), SUM(l.credit) FROM "
                       "fin_entries e JOIN fin_entry_lines l ON l.entry_id = e.id WHERE e.id IN "
                       "(SELECT id FROM fin_entries WHERE source_type = :s AND state = 'posted' "
                       "AND period >= :f AND period <= :t) AND ") +
        m_db.sql().idArrayCondition(QStringLiteral("l.account_id"), QStringLiteral("a")) +
        QStringLiteral(" GROUP BY e.period, l.account_id"));
    q.bindValue(QStringLiteral(":s"), sourceType);
    q.bindValue(QStringLiteral(":a"), m_db.sql().idArray(ids));
    q.bindValue(QStringLiteral(":f"), from);
    q.bindValue(QStringLiteral(":t"), to);
    exec(q);
    return monthlyTotals(q);
}

namespace {

/// The posted lines of the accounts bound to :a dated :f..:t, in the order of the index
/// fin_entry_lines_ledger. One account (a leaf's ledger) is compared with =, so the planner
/// reads the index in order and stops at the page's end; several (a parent's) by list.
QString ledgerWhere(const Storage::Database& db, const QList<qint64>& accountIds)
{
    const QString account =
        accountIds.size() == 1
            ? QStringLiteral("l.account_id = :a")
            : db.sql().idArrayCondition(QStringLiteral("l.account_id"), QStringLiteral("a"));
    return account +
           QStringLiteral(" AND l.posted = 1 AND l.entry_date >= :f AND l.entry_date <= :t");
}

/// Binds what ledgerWhere() expects for `accountIds`.
void bindAccounts(const Storage::Database& db, QSqlQuery& q, const QList<qint64>& accountIds)
{
    q.bindValue(QStringLiteral(":a"), accountIds.size() == 1
                                          ? QVariant(accountIds.first())
                                          : QVariant(db.sql().idArray(accountIds)));
}
const QString kLedgerOrder = QStringLiteral(" ORDER BY l.entry_date, l.entry_id, l.line_no");

} // namespace

QList<QJsonObject> LedgerRepository::ledgerLines(const QList<qint64>& accountIds,
                                                 const QString& from, const QString& to,
                                                 qint64 offset, qint64 limit)
{
    QSqlQuery& q = m_db.prepared(
        QStringLiteral("SELECT e.id, e.number, e.journal, e.entry_date, e.description, "
                       "e.source_type, e.source_id, e.source_ref, l.line_no, l.debit, l.credit, "
                       "l.description, l.partner_type, l.partner_id FROM fin_entry_lines l JOIN "
                       "fin_entries e ON e.id = l.entry_id WHERE ") +
        ledgerWhere(m_db, accountIds) + kLedgerOrder +
        QStringLiteral(" LIMIT :limit OFFSET :offset"));
    bindAccounts(m_db, q, accountIds);
    q.bindValue(QStringLiteral(":f"), from);
    q.bindValue(QStringLiteral(":t"), to);
    q.bindValue(QStringLiteral(":limit"), limit);
    q.bindValue(QStringLiteral(":offset"), offset);
    exec(q);
    QList<QJsonObject> out;
    while (q.next()) {
        QJsonObject row{
            {QStringLiteral("entry_id"), q.value(0).toLongLong()},
            {QStringLiteral("number"), q.value(1).toString()},
            {QStringLiteral("journal"), q.value(2).toString()},
            {QStringLiteral("date"), q.value(3).toString()},
            {QStringLiteral("entry_description"), q.value(4).toString()},
            {QStringLiteral("source_type"), q.value(5).toString()},
            {QStringLiteral("source_id"),
             q.value(6).isNull() ? QJsonValue() : QJsonValue(q.value(6).toLongLong())},
            {QStringLiteral("source_ref"), q.value(7).toString()},
            {QStringLiteral("line_no"), q.value(8).toInt()},
            {QStringLiteral("debit_minor"), q.value(9).toLongLong()},
            {QStringLiteral("credit_minor"), q.value(10).toLongLong()},
            {QStringLiteral("description"), q.value(11).toString()},
            {QStringLiteral("partner_type"), q.value(12).toString()},
            {QStringLiteral("partner_id"),
             q.value(13).isNull() ? QJsonValue() : QJsonValue(q.value(13).toLongLong())},
        };
        out.append(row);
    }
    q.finish();
    return out;
}

Totals LedgerRepository::ledgerTotals(const QList<qint64>& accountIds, const QDate& from,
                                      const QDate& to)
{
    Totals out;
    if (to < from)
        return out;
    const auto lineTotals = [this, &accountIds](const QDate& f, const QDate& t) {
        QSqlQuery& q = m_db.prepared(
            QStringLiteral("SELECT COALESCE(SUM(l.debit), 0), COALESCE(SUM(l.credit), 0), "
                           "COUNT(*) FROM fin_entry_lines l WHERE ") +
            ledgerWhere(m_db, accountIds));
        bindAccounts(m_db, q, accountIds);
        q.bindValue(QStringLiteral(":f"), f.toString(Qt::ISODate));
        q.bindValue(QStringLiteral(":t"), t.toString(Qt::ISODate));
        exec(q);
        Totals r;
        if (q.next())
            r = {q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong()};
        q.finish();
        return r;
    };
    // Whole months inside from..to come from the monthly balances, the days around them from
    // the lines.
    const QDate firstWhole =
        from.day() == 1 ? from : QDate(from.year(), from.month(), 1).addMonths(1);
    const QDate lastWhole =
        to.addDays(1).day() == 1 ? to : QDate(to.year(), to.month(), 1).addDays(-1);
    if (firstWhole > lastWhole)
        return lineTotals(from, to);
    QSqlQuery& q = m_db.prepared(
        QStringLiteral("SELECT COALESCE(SUM(debit), 0), COALESCE(SUM(credit), 0), "
                       "COALESCE(SUM(lines), 0) FROM fin_balances WHERE ") +
        m_db.sql().idArrayCondition(QStringLiteral("account_id"), QStringLiteral("a")) +
        QStringLiteral(" AND period >= :f AND period <= :t"));
    q.bindValue(QStringLiteral(":a"), m_db.sql().idArray(accountIds));
    q.bindValue(QStringLiteral(":f"), periodOf(firstWhole));
    q.bindValue(QStringLiteral(":t"), periodOf(lastWhole));
    exec(q);
    if (q.next())
        out = {q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong()};
    q.finish();
    if (from < firstWhole)
        out += lineTotals(from, firstWhole.addDays(-1));
    if (lastWhole < to)
        out += lineTotals(lastWhole.addDays(1), to);
    return out;
}

Totals LedgerRepository::ledgerTotalsBefore(const QList<qint64>& accountIds, const QDate& date)
{
    // Everything before the month from the balances, that month's first days from the lines.
    const QDate monthStart(date.year(), date.month(), 1);
    QSqlQuery& q = m_db.prepared(
        QStringLiteral("SELECT COALESCE(SUM(debit), 0), COALESCE(SUM(credit), 0), "
                       "COALESCE(SUM(lines), 0) FROM fin_balances WHERE ") +
        m_db.sql().idArrayCondition(QStringLiteral("account_id"), QStringLiteral("a")) +
        QStringLiteral(" AND period < :p"));
    q.bindValue(QStringLiteral(":a"), m_db.sql().idArray(accountIds));
    q.bindValue(QStringLiteral(":p"), periodOf(monthStart));
    exec(q);
    Totals out;
    if (q.next())
        out = {q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong()};
    q.finish();
    if (date > monthStart)
        out += ledgerTotals(accountIds, monthStart, date.addDays(-1));
    return out;
}

Totals LedgerRepository::ledgerSumFirst(const QList<qint64>& accountIds, const QString& from,
                                        const QString& to, qint64 n)
{
    if (n <= 0)
        return {};
    QSqlQuery& q = m_db.prepared(
        QStringLiteral("SELECT COALESCE(SUM(d), 0), COALESCE(SUM(c), 0) FROM (SELECT l.debit AS "
                       "d, l.credit AS c FROM fin_entry_lines l WHERE ") +
        ledgerWhere(m_db, accountIds) + kLedgerOrder + QStringLiteral(" LIMIT :n) t"));
    bindAccounts(m_db, q, accountIds);
    q.bindValue(QStringLiteral(":f"), from);
    q.bindValue(QStringLiteral(":t"), to);
    q.bindValue(QStringLiteral(":n"), n);
    exec(q);
    Totals t;
    if (q.next())
        t = {q.value(0).toLongLong(), q.value(1).toLongLong()};
    q.finish();
    return t;
}

QHash<QString, Totals> LedgerRepository::balancesStored()
{
    QSqlQuery& q =
        m_db.prepared(QStringLiteral("SELECT account_id, period, debit, credit, lines FROM "
                                     "fin_balances"));
    exec(q);
    QHash<QString, Totals> out;
    while (q.next())
        out.insert(balanceKey(q.value(0).toLongLong(), q.value(1).toString()),
                   {q.value(2).toLongLong(), q.value(3).toLongLong(), q.value(4).toLongLong()});
    q.finish();
    return out;
}

qint64 LedgerRepository::numberedDrafts()
{
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "SELECT COUNT(*) FROM fin_entries WHERE state = 'draft' AND (number IS NOT NULL OR "
        "chain_seq IS NOT NULL)"));
    exec(q);
    return Storage::oneInteger(q);
}

void LedgerRepository::forEachPosted(const std::function<void(const Entry&, bool)>& visit)
{
    // One pass over the lines in chain order; an entry is complete when the next one starts.
    // Only what the chain hash and the check read: a million lines pass through here. The
    // entry's own columns come with its first line only (NULL on the others): the driver turns
    // every column of every row into a QVariant, and the header's texts and hashes repeated on
    // each line were a third of the pass.
    static const QString sql = [] {
        QStringList header;
        for (const char* column :
             {"e.journal", "e.number", "e.chain_seq", "e.entry_date", "e.period", "e.description",
              "e.source_type", "e.source_id", "e.source_ref", "e.reversal_of", "e.total", "e.hash",
              "e.prev_hash", "e.seq_year", "e.seq_no"})
            header.append(QStringLiteral("CASE WHEN l.line_no IS NULL OR l.line_no = 1 THEN %1 "
                                         "END")
                              .arg(QLatin1String(column)));
        return QStringLiteral("SELECT e.id, ") + header.join(QStringLiteral(", ")) +
               QStringLiteral(", l.line_no, l.account_id, l.debit, l.credit, l.partner_type, "
                              "l.partner_id, l.description, l.currency, l.currency_amount, "
                              "l.entry_date, l.posted FROM fin_entries e LEFT JOIN fin_entry_lines "
                              "l ON l.entry_id = e.id WHERE e.state = 'posted' ORDER BY "
                              "e.journal, e.chain_seq, e.id, l.line_no");
    }();
    QSqlQuery q = m_db.uncached(sql);
    q.setForwardOnly(true);
    exec(q);
    std::optional<Entry> current;
    QString currentDate;
    bool inStep = true;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        if (!current || current->id != id) {
            if (current)
                visit(*current, inStep);
            if (q.value(1).isNull()) {
                // Its first line is gone (changed behind the server's back): the header from
                // the entry itself, so the check names the entry whose hash no longer holds.
                current = byId(id);
                current->lines.clear();
                currentDate = current->date.toString(Qt::ISODate);
            } else {
                current.emplace();
                Entry& e = *current;
                e.id = id;
                e.journal = q.value(1).toString();
                e.number = q.value(2).toString();
                e.chainSeq = q.value(3).toLongLong();
                currentDate = q.value(4).toString();
                e.date = QDate::fromString(currentDate, Qt::ISODate);
                e.period = q.value(5).toString();
                e.description = q.value(6).toString();
                e.sourceType = q.value(7).toString();
                e.sourceId = q.value(8).toLongLong();
                e.sourceRef = q.value(9).toString();
                e.reversalOf = q.value(10).toLongLong();
                e.total = q.value(11).toLongLong();
                e.hash = q.value(12).toString();
                e.prevHash = q.value(13).toString();
                e.seqYear = q.value(14).toInt();
                e.seqNo = q.value(15).toLongLong();
                e.state = QStringLiteral("posted");
            }
            inStep = true;
        }
        if (q.value(16).isNull())
            continue; // an entry without lines
        EntryLine l;
        l.lineNo = q.value(16).toInt();
        l.accountId = q.value(17).toLongLong();
        l.debit = q.value(18).toLongLong();
        l.credit = q.value(19).toLongLong();
        l.partnerType = q.value(20).toString();
        l.partnerId = q.value(21).toLongLong();
        l.description = q.value(22).toString();
        l.currency = q.value(23).toString();
        if (!q.value(24).isNull())
            l.currencyAmount = q.value(24).toLongLong();
        current->lines.append(l);
        inStep = inStep && q.value(25).toString() == currentDate && q.value(26).toInt() == 1;
    }
    if (current)
        visit(*current, inStep);
}

qint64 LedgerRepository::draftLinesOutOfStep()
{
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "SELECT COUNT(*) FROM fin_entries e JOIN fin_entry_lines l ON l.entry_id = e.id WHERE "
        "e.state = 'draft' AND (l.posted <> 0 OR l.entry_date <> e.entry_date)"));
    exec(q);
    return Storage::oneInteger(q);
}

QHash<QString, std::pair<qint64, QString>> LedgerRepository::chainHeads()
{
    QSqlQuery& q =
        m_db.prepared(QStringLiteral("SELECT journal, chain_seq, hash FROM fin_journal_heads"));
    exec(q);
    QHash<QString, std::pair<qint64, QString>> out;
    while (q.next())
        out.insert(q.value(0).toString(), {q.value(1).toLongLong(), q.value(2).toString()});
    q.finish();
    return out;
}

qint64 LedgerRepository::linesOnNonLeafAccounts()
{
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "SELECT COUNT(*) FROM fin_entry_lines l WHERE l.account_id IN (SELECT id FROM "
        "fin_accounts WHERE is_leaf = 0)")); // by the lines' account index, per parent account
    exec(q);
    return Storage::oneInteger(q);
}

} // namespace Erp::Server::Finance
