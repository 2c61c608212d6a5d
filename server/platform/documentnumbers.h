#pragma once

#include <QDate>
#include <QString>

namespace Erp::Storage {
class Database;
}

namespace Erp::Platform {

/// A numbering series of one kind of document or record, declared by the module that owns it.
///
/// `pattern` is literal text (any characters: "记-" works) with placeholders:
/// `{yyyy}` the year of the document date, `{yy}` its last two digits, `{n}` the counter,
/// `{n:6}` the counter zero-padded to at least 6 digits. Exactly one `{n…}` is required.
/// A pattern that shows the year counts per year (counter "key.2026", restarting at 1 each
/// year); one without the year counts once (counter "key").
struct NumberSeries
{
    QString key;     ///< <module>.<document>: "sales.order", "purchasing.receipt"
    QString pattern; ///< "SO{yyyy}-{n:6}" -> SO2026-000001; "记-{yyyy}-{n:6}" -> 记-2026-000123
};

/// Takes the next number of `series` for a document dated `date`, inside the caller's
/// transaction. The counter row is updated in place (one statement, upsert): concurrent
/// callers wait for each other's commit on that row (PostgreSQL row lock, SQLite's single
/// writer), and a call that rolls back gives its number back. Numbers are therefore gapless
/// and unique per series and year as long as every caller takes them through here and only
/// inside the transaction that stores the document. Throws std::logic_error for a pattern
/// without `{n}`.
QString takeDocumentNumber(Storage::Database& db, const NumberSeries& series,
                           const QDate& date = QDate::currentDate());

/// The number `n` of `pattern` for a document dated `date` (no counter is touched).
QString formatDocumentNumber(const QString& pattern, const QDate& date, qint64 n);

/// The counter row a series uses for a date: "key.yyyy" when the pattern shows the year.
QString documentCounter(const NumberSeries& series, const QDate& date);

} // namespace Erp::Platform
