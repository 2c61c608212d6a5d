#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

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

/// Numbers of one series taken several at a time inside the caller's transaction, for bulk
/// writes (an import's batch): next() hands them out in order, taking `hint` more with one
/// statement when the block is used up, and release() gives the unused rest back. The series
/// stays gapless: between the first take and the end of the transaction no one else can take
/// a number of this series (the counter row is locked on PostgreSQL, SQLite has one writer), so
/// handing back the tail of the block leaves the counter exactly where taking the numbers one
/// by one would have. Call release() before anything else in the same transaction takes a
/// number of the series (takeDocumentNumber would otherwise continue after the block).
class NumberBlock final
{
public:
    NumberBlock(Storage::Database& db, NumberSeries series,
                const QDate& date = QDate::currentDate());
    ~NumberBlock() = default;
    NumberBlock(const NumberBlock&) = delete;
    NumberBlock& operator=(const NumberBlock&) = delete;

    /// The next number; when none is left, first takes max(hint, 1) more.
    QString next(int hint = 1);
    /// The numbers taken and not handed out yet (to look them up at once).
    QStringList available() const;
    bool isEmpty() const { return m_next > m_last; }
    /// Takes `count` more numbers now (available() lists them).
    void take(int count);
    /// Gives the numbers not handed out back to the counter.
    void release();

private:
    Storage::Database& m_db;
    NumberSeries m_series;
    QDate m_date;
    qint64 m_next = 1; ///< the next number to hand out
    qint64 m_last = 0; ///< the last number taken
};

/// The number `n` of `pattern` for a document dated `date` (no counter is touched).
QString formatDocumentNumber(const QString& pattern, const QDate& date, qint64 n);

/// The counter row a series uses for a date: "key.yyyy" when the pattern shows the year.
QString documentCounter(const NumberSeries& series, const QDate& date);

} // namespace Erp::Platform
