#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace Erp::Csv {

/// RFC 4180 CSV: fields separated by `separator`, quoted with '"' when they contain the
/// separator, a quote or a line break; quotes doubled inside quotes. A UTF-8 byte order mark
/// at the start is skipped. Lines may end in \n or \r\n.
struct Table
{
    QStringList header;
    QList<QStringList> rows;
    /// Parse problems, e.g. "line 7: unterminated quoted field"; empty when clean.
    QString error;
};

/// Parses UTF-8 CSV text; the first record is the header. `separator` 0 = detect (',' ';' '\t').
Table parse(const QByteArray& utf8, QChar separator = QChar());

/// One record, '\r\n'-terminated, fields quoted as needed.
QByteArray formatRow(const QStringList& fields, QChar separator = QLatin1Char(','));

/// The UTF-8 byte order mark that makes Excel read UTF-8 CSV correctly.
inline QByteArray utf8Bom()
{
    return QByteArray("\xEF\xBB\xBF", 3);
}

} // namespace Erp::Csv
