#include "common/filereader.h"

#include "common/xlsxreader.h"

#include <QFile>
#include <QStringDecoder>

namespace Erp {

namespace {

constexpr qint64 ChunkBytes = 1024 * 1024;

FileReader::Problem makeProblem(const char* id, const QString& message, QJsonObject args = {})
{
    return FileReader::Problem{QLatin1String(id), message, std::move(args)};
}

bool allEmpty(const QStringList& cells)
{
    return std::all_of(cells.begin(), cells.end(),
                       [](const QString& c) { return c.trimmed().isEmpty(); });
}

/// Decodes the whole file in chunks with one encoding; false on the first undecodable bytes
/// (then `badLine` is the line, 1-based, where they are).
bool decodesAs(QFile& file, const char* encoding, qint64* badLine)
{
    file.seek(0);
    QStringDecoder decoder(encoding);
    if (!decoder.isValid())
        return false;
    qint64 lines = 1;
    while (!file.atEnd()) {
        const QByteArray chunk = file.read(ChunkBytes);
        const QString text = decoder.decode(chunk);
        if (decoder.hasError()) {
            const qsizetype bad = text.indexOf(QChar(QChar::ReplacementCharacter));
            if (badLine)
                *badLine = lines + text.left(bad < 0 ? text.size() : bad).count(QLatin1Char('\n'));
            return false;
        }
        lines += text.count(QLatin1Char('\n'));
    }
    return true;
}

/// RFC 4180 CSV, streamed: fields quoted with '"' may hold the delimiter, quotes (doubled) and
/// line breaks.
class CsvReader final : public FileReader
{
public:
    bool start(const QString& path, Problem* problem)
    {
        m_file.setFileName(path);
        if (!m_file.open(QIODevice::ReadOnly)) {
            *problem = makeProblem(
                "platform.file.unreadable",
                QStringLiteral("The file cannot be opened: %1").arg(m_file.errorString()),
                {{QStringLiteral("file"), path}});
            return false;
        }
        m_size = m_file.size();
        const QByteArray head = m_file.peek(3);
        const bool bom = head.startsWith("\xEF\xBB\xBF");
        qint64 badLine = 0;
        if (decodesAs(m_file, "UTF-8", &badLine)) {
            m_encoding = bom ? QStringLiteral("UTF-8 (BOM)") : QStringLiteral("UTF-8");
            m_decoder = QStringDecoder(QStringDecoder::Utf8);
        } else if (!bom && decodesAs(m_file, "GB18030", &badLine)) {
            m_encoding = QStringLiteral("GB18030");
            m_decoder = QStringDecoder("GB18030");
        } else {
            *problem = makeProblem(
                "platform.file.bad_encoding",
                QStringLiteral("Line %1 of the file holds bytes that are neither UTF-8 nor "
                               "GBK/GB18030 text; save the file as CSV UTF-8 and try again")
                    .arg(badLine),
                {{QStringLiteral("line"), badLine}});
            return false;
        }
        m_file.seek(0);
        fill();
        if (m_pos < m_buffer.size() && m_buffer.at(m_pos) == QChar(0xFEFF))
            ++m_pos;
        m_delimiter = detectDelimiter();
        QStringList cells;
        while (readRecord(cells)) {
            if (!allEmpty(cells)) {
                for (QString& c : cells)
                    c = c.trimmed();
                m_header = cells;
                break;
            }
        }
        if (!m_problem.isEmpty()) {
            *problem = m_problem;
            return false;
        }
        if (m_header.isEmpty()) {
            *problem = makeProblem("platform.file.empty", QStringLiteral("The file is empty"));
            return false;
        }
        return readAhead(problem);
    }

    QString format() const override { return QStringLiteral("csv"); }

    double progress() const override
    {
        return m_size <= 0 ? 1.0 : double(m_file.pos()) / double(m_size);
    }

private:
    bool readRow(QStringList& cells, qint64& row) override
    {
        while (readRecord(cells)) {
            ++m_dataRow;
            if (!allEmpty(cells)) {
                row = m_dataRow;
                return true;
            }
        }
        return false;
    }

    bool fill()
    {
        if (m_file.atEnd())
            return false;
        if (m_pos > 0) {
            m_buffer.remove(0, m_pos);
            m_pos = 0;
        }
        m_buffer += m_decoder.decode(m_file.read(ChunkBytes));
        return true;
    }

    bool get(QChar& c)
    {
        if (m_pos >= m_buffer.size() && !fill())
            return false;
        if (m_pos >= m_buffer.size())
            return get(c);
        c = m_buffer.at(m_pos++);
        return true;
    }

    bool peek(QChar& c)
    {
        if (m_pos >= m_buffer.size() && !fill())
            return false;
        if (m_pos >= m_buffer.size())
            return peek(c);
        c = m_buffer.at(m_pos);
        return true;
    }

    QChar detectDelimiter() const
    {
        const qsizetype end = m_buffer.indexOf(QLatin1Char('\n'), m_pos);
        const QStringView firstLine =
            QStringView(m_buffer).mid(m_pos, end < 0 ? m_buffer.size() - m_pos : end - m_pos);
        QChar best = QLatin1Char(',');
        qsizetype bestCount = 0;
        for (QChar candidate : {QLatin1Char(','), QLatin1Char(';'), QLatin1Char('\t')}) {
            const qsizetype n = firstLine.count(candidate);
            if (n > bestCount) {
                best = candidate;
                bestCount = n;
            }
        }
        return best;
    }

    bool readRecord(QStringList& fields)
    {
        fields.clear();
        QString field;
        bool inQuotes = false;
        bool any = false;
        const qint64 startLine = m_line;
        QChar c;
        for (;;) {
            if (!get(c)) {
                if (inQuotes) {
                    m_problem = makeProblem(
                        "platform.file.unterminated_quote",
                        QStringLiteral("The quoted field that starts on line %1 never ends")
                            .arg(startLine),
                        {{QStringLiteral("line"), startLine}});
                    return false;
                }
                if (!any)
                    return false;
                fields.append(field);
                return true;
            }
            any = true;
            if (inQuotes) {
                if (c == QLatin1Char('"')) {
                    QChar n;
                    if (peek(n) && n == QLatin1Char('"')) {
                        get(n);
                        field += QLatin1Char('"');
                    } else {
                        inQuotes = false;
                    }
                } else {
                    if (c == QLatin1Char('\n'))
                        ++m_line;
                    field += c;
                }
                continue;
            }
            if (c == QLatin1Char('"') && field.isEmpty()) {
                inQuotes = true;
            } else if (c == m_delimiter) {
                fields.append(field);
                field.clear();
            } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
                QChar n;
                if (c == QLatin1Char('\r') && peek(n) && n == QLatin1Char('\n'))
                    get(n);
                ++m_line;
                fields.append(field);
                return true;
            } else {
                field += c;
            }
        }
    }

    QFile m_file;
    qint64 m_size = 0;
    QStringDecoder m_decoder;
    QString m_buffer;
    qsizetype m_pos = 0;
    qint64 m_line = 1;
    qint64 m_dataRow = 0;
};

} // namespace

QString detectTextEncoding(const QByteArray& bytes, qint64* badOffset)
{
    if (bytes.startsWith("\xEF\xBB\xBF"))
        return QStringLiteral("UTF-8 (BOM)");
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString text = utf8.decode(bytes);
    if (!utf8.hasError())
        return QStringLiteral("UTF-8");
    QStringDecoder gb("GB18030");
    (void)QString(gb.decode(bytes));
    if (gb.isValid() && !gb.hasError())
        return QStringLiteral("GB18030");
    if (badOffset)
        *badOffset = text.indexOf(QChar(QChar::ReplacementCharacter));
    return {};
}

bool FileReader::next(QStringList& cells, qint64& row)
{
    if (m_aheadRow > 0) {
        cells = m_ahead;
        row = m_aheadRow;
        m_aheadRow = 0;
        return true;
    }
    return readRow(cells, row);
}

bool FileReader::readAhead(Problem* problem)
{
    qint64 row = 0;
    if (!readRow(m_ahead, row)) {
        *problem = !m_problem.isEmpty()
                       ? m_problem
                       : makeProblem("platform.file.header_only",
                                     QStringLiteral("The file has a header but no rows"));
        return false;
    }
    m_aheadRow = row;
    return true;
}

std::unique_ptr<FileReader> FileReader::open(const QString& path, Problem* problem)
{
    Problem ignored;
    Problem& out = problem ? *problem : ignored;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        out = makeProblem("platform.file.unreadable",
                          QStringLiteral("The file cannot be opened: %1").arg(file.errorString()),
                          {{QStringLiteral("file"), path}});
        return nullptr;
    }
    const qint64 size = file.size();
    if (size > MaxFileBytes) {
        out = makeProblem("platform.file.too_large",
                          QStringLiteral("The file is %1 MB; at most %2 MB can be imported at "
                                         "once: split it")
                              .arg(size / (1024 * 1024))
                              .arg(MaxFileBytes / (1024 * 1024)),
                          {{QStringLiteral("size_mb"), size / (1024 * 1024)},
                           {QStringLiteral("max_mb"), MaxFileBytes / (1024 * 1024)}});
        return nullptr;
    }
    const QByteArray magic = file.peek(8);
    file.close();
    if (size == 0 || magic == QByteArray("\xEF\xBB\xBF", 3)) {
        out = makeProblem("platform.file.empty", QStringLiteral("The file is empty"));
        return nullptr;
    }
    if (magic.startsWith("\xD0\xCF\x11\xE0")) {
        out = makeProblem("platform.file.xls", QStringLiteral("Old Excel files (.xls) cannot be "
                                                              "read: save it as .xlsx or CSV"));
        return nullptr;
    }
    if (magic.startsWith("PK\x03\x04"))
        return openXlsx(path, &out);
    auto csv = std::make_unique<CsvReader>();
    if (!csv->start(path, &out))
        return nullptr;
    return csv;
}

} // namespace Erp
