#include "server/platform/documentnumbers.h"

#include "server/storage/database.h"
#include "server/storage/queryresult.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QVariant>

#include <stdexcept>

namespace Erp::Platform {

namespace {

const QRegularExpression& placeholder()
{
    static const QRegularExpression re(QStringLiteral("\\{(yyyy|yy|n(?::(\\d{1,2}))?)\\}"));
    return re;
}

bool showsYear(const QString& pattern)
{
    return pattern.contains(QLatin1String("{yyyy}")) || pattern.contains(QLatin1String("{yy}"));
}

} // namespace

QString formatDocumentNumber(const QString& pattern, const QDate& date, qint64 n)
{
    QString out;
    int counters = 0;
    qsizetype last = 0;
    auto it = placeholder().globalMatch(pattern);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(pattern).mid(last, m.capturedStart() - last);
        last = m.capturedEnd();
        const QString token = m.captured(1);
        if (token == QLatin1String("yyyy")) {
            out += QStringLiteral("%1").arg(date.year(), 4, 10, QLatin1Char('0'));
        } else if (token == QLatin1String("yy")) {
            out += QStringLiteral("%1").arg(date.year() % 100, 2, 10, QLatin1Char('0'));
        } else {
            ++counters;
            out += QStringLiteral("%1").arg(n, m.captured(2).toInt(), 10, QLatin1Char('0'));
        }
    }
    out += QStringView(pattern).mid(last);
    if (counters != 1)
        throw std::logic_error("a number pattern needs exactly one {n}: " + pattern.toStdString());
    return out;
}

QString documentCounter(const NumberSeries& series, const QDate& date)
{
    return showsYear(series.pattern) ? QStringLiteral("%1.%2").arg(series.key).arg(date.year())
                                     : series.key;
}

QString takeDocumentNumber(Storage::Database& db, const NumberSeries& series, const QDate& date)
{
    const QDate when = date.isValid() ? date : QDate::currentDate();
    QSqlQuery& q = db.prepared(QStringLiteral(
        "INSERT INTO number_sequences (name, value) VALUES (:name, 1) "
        "ON CONFLICT (name) DO UPDATE SET value = number_sequences.value + 1 RETURNING value"));
    q.bindValue(QStringLiteral(":name"), documentCounter(series, when));
    Storage::exec(q);
    const qint64 n = Storage::oneValue(q).value_or(QVariant()).toLongLong();
    if (n <= 0)
        throw Storage::StoreError{
            QStringLiteral("number series %1 returned no value").arg(series.key)};
    return formatDocumentNumber(series.pattern, when, n);
}

NumberBlock::NumberBlock(Storage::Database& db, NumberSeries series, const QDate& date)
    : m_db(db)
    , m_series(std::move(series))
    , m_date(date.isValid() ? date : QDate::currentDate())
{}

void NumberBlock::take(int count)
{
    if (count < 1)
        return;
    release(); // a block is one range: the counter continues after the handed-out numbers
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "INSERT INTO number_sequences (name, value) VALUES (:name, :first) "
        "ON CONFLICT (name) DO UPDATE SET value = number_sequences.value + :more RETURNING value"));
    q.bindValue(QStringLiteral(":name"), documentCounter(m_series, m_date));
    q.bindValue(QStringLiteral(":first"), count);
    q.bindValue(QStringLiteral(":more"), count);
    Storage::exec(q);
    const qint64 last = Storage::oneValue(q).value_or(QVariant()).toLongLong();
    if (last < count)
        throw Storage::StoreError{
            QStringLiteral("number series %1 returned no value").arg(m_series.key)};
    m_last = last;
    m_next = last - count + 1;
}

QString NumberBlock::next(int hint)
{
    if (isEmpty())
        take(qMax(hint, 1));
    return formatDocumentNumber(m_series.pattern, m_date, m_next++);
}

QStringList NumberBlock::available() const
{
    QStringList out;
    for (qint64 n = m_next; n <= m_last; ++n)
        out.append(formatDocumentNumber(m_series.pattern, m_date, n));
    return out;
}

void NumberBlock::release()
{
    if (isEmpty())
        return;
    QSqlQuery& q = m_db.prepared(
        QStringLiteral("UPDATE number_sequences SET value = value - :unused WHERE name = :name"));
    q.bindValue(QStringLiteral(":unused"), m_last - m_next + 1);
    q.bindValue(QStringLiteral(":name"), documentCounter(m_series, m_date));
    Storage::exec(q);
    m_next = 1;
    m_last = 0;
}

} // namespace Erp::Platform
