#include "common/csv.h"

namespace Erp::Csv {

namespace {

QChar detectSeparator(const QString& text)
{
    // The candidate that occurs most often on the first line, outside quotes.
    int comma = 0, semicolon = 0, tab = 0;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (!quoted && (c == QLatin1Char('\n') || c == QLatin1Char('\r')))
            break;
        else if (!quoted && c == QLatin1Char(','))
            ++comma;
        else if (!quoted && c == QLatin1Char(';'))
            ++semicolon;
        else if (!quoted && c == QLatin1Char('\t'))
            ++tab;
    }
    if (tab > comma && tab > semicolon)
        return QLatin1Char('\t');
    if (semicolon > comma)
        return QLatin1Char(';');
    return QLatin1Char(',');
}

} // namespace

Table parse(const QByteArray& utf8, QChar separator)
{
    Table table;
    QByteArray bytes = utf8;
    if (bytes.startsWith(utf8Bom()))
        bytes.remove(0, 3);
    const QString text = QString::fromUtf8(bytes);
    const QChar sep = separator.isNull() ? detectSeparator(text) : separator;

    QList<QStringList> records;
    QStringList record;
    QString field;
    bool inQuotes = false;
    bool fieldStarted = false;
    int line = 1;
    int quoteStartLine = 0;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                    field.append(QLatin1Char('"'));
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field.append(c);
            }
            continue;
        }
        if (c == QLatin1Char('"') && !fieldStarted) {
            inQuotes = true;
            fieldStarted = true;
            quoteStartLine = line;
        } else if (c == sep) {
            record.append(field);
            field.clear();
            fieldStarted = false;
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            record.append(field);
            field.clear();
            fieldStarted = false;
            // Skip blank lines entirely.
            if (!(record.size() == 1 && record.first().isEmpty()))
                records.append(record);
            record.clear();
            ++line;
        } else {
            field.append(c);
            fieldStarted = true;
        }
    }
    if (inQuotes)
        table.error = QStringLiteral("line %1: unterminated quoted field").arg(quoteStartLine);
    if (fieldStarted || !field.isEmpty() || !record.isEmpty()) {
        record.append(field);
        if (!(record.size() == 1 && record.first().isEmpty()))
            records.append(record);
    }
    if (!records.isEmpty()) {
        table.header = records.takeFirst();
        for (QString& h : table.header)
            h = h.trimmed();
    }
    table.rows = std::move(records);
    return table;
}

QByteArray formatRow(const QStringList& fields, QChar separator)
{
    QString out;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            out.append(separator);
        const QString& f = fields.at(i);
        const bool quote = f.contains(separator) || f.contains(QLatin1Char('"')) ||
                           f.contains(QLatin1Char('\n')) || f.contains(QLatin1Char('\r')) ||
                           f.startsWith(QLatin1Char(' ')) || f.endsWith(QLatin1Char(' '));
        if (quote) {
            QString escaped = f;
            escaped.replace(QLatin1String("\""), QLatin1String("\"\""));
            out.append(QLatin1Char('"') + escaped + QLatin1Char('"'));
        } else {
            out.append(f);
        }
    }
    out.append(QLatin1String("\r\n"));
    return out.toUtf8();
}

} // namespace Erp::Csv
