// LedgerRepository: the journal listing (序时账).
#include "server/modules/finance/ledgerrepository.h"

#include "server/storage/database.h"

#include <QSqlQuery>
#include <QVariant>

namespace Erp::Server::Finance {

namespace {

/// Posted entries of a date range (index fin_entries_date), of one journal or all, and their
/// lines (the lines' unique (entry_id, line_no) index).
QString journalWhere(const QString& journal)
{
    return QStringLiteral(" FROM fin_entries e JOIN fin_entry_lines l ON l.entry_id = e.id%1 "
                          "WHERE e.state = 'posted' AND e.entry_date >= :f AND e.entry_date <= "
                          ":t%2")
        .arg(QStringLiteral("%1"),
             journal.isEmpty() ? QString() : QStringLiteral(" AND e.journal = :j"));
}

void bindRange(QSqlQuery& q, const QString& from, const QString& to, const QString& journal)
{
    q.bindValue(QStringLiteral(":f"), from);
    q.bindValue(QStringLiteral(":t"), to);
    if (!journal.isEmpty())
        q.bindValue(QStringLiteral(":j"), journal);
}

QJsonValue idOrNull(const QVariant& v)
{
    return v.isNull() ? QJsonValue() : QJsonValue(v.toLongLong());
}

} // namespace

QList<QJsonObject> LedgerRepository::journalLines(const QString& from, const QString& to,
                                                  const QString& journal, qint64 offset,
                                                  qint64 limit)
{
    QSqlQuery& q = m_db.prepared(
        QStringLiteral("SELECT e.id, e.number, e.journal, e.entry_date, e.description, "
                       "e.source_type, e.source_id, e.source_ref, l.line_no, l.debit, l.credit, "
                       "l.description, l.partner_type, l.partner_id, a.id, a.code, a.name, "
                       "a.name_en") +
        journalWhere(journal).arg(QStringLiteral(" JOIN fin_accounts a ON a.id = l.account_id")) +
        QStringLiteral(" ORDER BY e.entry_date, e.id, l.line_no LIMIT :limit OFFSET :offset"));
    bindRange(q, from, to, journal);
    q.bindValue(QStringLiteral(":limit"), limit);
    q.bindValue(QStringLiteral(":offset"), offset);
    Storage::exec(q);
    QList<QJsonObject> out;
    while (q.next()) {
        out.append(QJsonObject{
            {QStringLiteral("entry_id"), q.value(0).toLongLong()},
            {QStringLiteral("number"), q.value(1).toString()},
            {QStringLiteral("journal"), q.value(2).toString()},
            {QStringLiteral("date"), q.value(3).toString()},
            {QStringLiteral("entry_description"), q.value(4).toString()},
            {QStringLiteral("source_type"), q.value(5).toString()},
            {QStringLiteral("source_id"), idOrNull(q.value(6))},
            {QStringLiteral("source_ref"), q.value(7).toString()},
            {QStringLiteral("line_no"), q.value(8).toInt()},
            {QStringLiteral("debit_minor"), q.value(9).toLongLong()},
            {QStringLiteral("credit_minor"), q.value(10).toLongLong()},
            {QStringLiteral("description"), q.value(11).toString()},
            {QStringLiteral("partner_type"), q.value(12).toString()},
            {QStringLiteral("partner_id"), idOrNull(q.value(13))},
            {QStringLiteral("account_id"), q.value(14).toLongLong()},
            {QStringLiteral("account_code"), q.value(15).toString()},
            {QStringLiteral("account_name"), q.value(16).toString()},
            {QStringLiteral("account_name_en"), q.value(17).toString()},
        });
    }
    q.finish();
    return out;
}

Totals LedgerRepository::journalTotals(const QString& from, const QString& to,
                                       const QString& journal)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral("SELECT COUNT(*), COALESCE(SUM(l.debit), 0), "
                                                "COALESCE(SUM(l.credit), 0)") +
                                 journalWhere(journal).arg(QString()));
    bindRange(q, from, to, journal);
    Storage::exec(q);
    Totals t;
    if (q.next()) {
        t.lines = q.value(0).toLongLong();
        t.debit = q.value(1).toLongLong();
        t.credit = q.value(2).toLongLong();
    }
    q.finish();
    return t;
}

} // namespace Erp::Server::Finance
