#pragma once

#include <QCoreApplication>
#include <QString>

class QDate;
class QDateTime;
class QJsonObject;
class QJsonValue;

namespace Erp::Client {

struct Column;

/// Locale-aware display of protocol values: money and quantities arrive as exact decimal
/// strings and are never turned into floating point on the way to the screen.
class Format final
{
    Q_DECLARE_TR_FUNCTIONS(Erp::Client::Format)
public:
    /// "1234567.5" -> "1,234,567.5" (locale grouping and decimal point), exact.
    static QString decimal(const QString& value);
    /// 1234567 -> "1,234,567".
    static QString integer(qint64 value);
    /// An ISO 8601 timestamp (UTC) in local time, short locale format with a 4-digit year.
    static QString dateTime(const QDateTime& value);
    static QString date(const QDate& value);
    /// Parses "2026-11-27T04:42:45.123Z" or "2026-11-27"; invalid when neither.
    static QDateTime parseTimestamp(const QString& text);
    /// Formats an ISO date or timestamp string; other text is returned unchanged.
    static QString timestamp(const QString& text);
    static QString yesNo(bool value);
    /// What a list shows in `column` for `row` (its text function, or the value formatted by
    /// the column's kind); the export writes the same.
    static QString cell(const Column& column, const QJsonObject& row);
    /// A compact one-line rendering of any JSON value (for lists and audit details).
    static QString json(const QJsonValue& value);
    /// The short date pattern of the locale, with a 4-digit year.
    static QString shortDatePattern();
};

} // namespace Erp::Client
