#include "common/xlsxreader.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>

#include <zip.h>

#include <cmath>

namespace Erp {

namespace {

constexpr qint64 ChunkBytes = 256 * 1024;

FileReader::Problem broken(const QString& detail)
{
    return FileReader::Problem{
        QStringLiteral("platform.file.bad_xlsx"),
        QStringLiteral("The file is not a readable Excel workbook (%1)").arg(detail),
        {{QStringLiteral("detail"), detail}}};
}

/// One zip entry read in chunks.
class ZipEntry final
{
public:
    ZipEntry(zip_t* archive, const QString& name)
    {
        zip_stat_t st;
        zip_stat_init(&st);
        const QByteArray n = name.toUtf8();
        if (zip_stat(archive, n.constData(), 0, &st) == 0 && (st.valid & ZIP_STAT_SIZE))
            m_size = qint64(st.size);
        m_file = zip_fopen(archive, n.constData(), 0);
    }
    ~ZipEntry()
    {
        if (m_file)
            zip_fclose(m_file);
    }
    ZipEntry(const ZipEntry&) = delete;
    ZipEntry& operator=(const ZipEntry&) = delete;

    bool isOpen() const { return m_file != nullptr; }
    qint64 size() const { return m_size; }
    qint64 done() const { return m_done; }
    /// The next chunk; empty at the end.
    QByteArray read()
    {
        QByteArray chunk(ChunkBytes, Qt::Uninitialized);
        const zip_int64_t n =
            m_file ? zip_fread(m_file, chunk.data(), zip_uint64_t(ChunkBytes)) : 0;
        chunk.resize(n > 0 ? qsizetype(n) : 0);
        m_done += chunk.size();
        return chunk;
    }
    /// A small part whole (workbook, relations, styles).
    QByteArray readAll()
    {
        QByteArray all;
        for (QByteArray chunk = read(); !chunk.isEmpty(); chunk = read())
            all += chunk;
        return all;
    }

private:
    zip_file_t* m_file = nullptr;
    qint64 m_size = 0;
    qint64 m_done = 0;
};

/// Pulls the next token, feeding the reader more of the entry when its data runs out.
bool pull(QXmlStreamReader& xml, ZipEntry& entry)
{
    for (;;) {
        xml.readNext();
        if (xml.error() == QXmlStreamReader::PrematureEndOfDocumentError) {
            const QByteArray chunk = entry.read();
            if (chunk.isEmpty())
                return false;
            xml.addData(chunk);
            continue;
        }
        return !xml.atEnd() && !xml.hasError();
    }
}

/// "BC12" -> 54 (0-based column).
int columnIndex(QStringView ref)
{
    int col = 0;
    for (QChar c : ref) {
        if (c < QLatin1Char('A') || c > QLatin1Char('Z'))
            break;
        col = col * 26 + (c.unicode() - 'A' + 1);
    }
    return col - 1;
}

bool isDateFormat(int id, const QString& code)
{
    if ((id >= 14 && id <= 22) || (id >= 45 && id <= 47) || (id >= 27 && id <= 36) ||
        (id >= 50 && id <= 58))
        return true;
    if (code.isEmpty())
        return false;
    // A custom format is a date when it has d, m, y (or 年月日) outside quotes and brackets.
    QString bare = code;
    static const QRegularExpression quoted(QStringLiteral("\"[^\"]*\"|\\[[^\\]]*\\]|\\\\."));
    bare.remove(quoted);
    return bare.contains(QRegularExpression(QStringLiteral("[dDyY]|[mM].*[dD]|[年月日]")));
}

class XlsxReader final : public FileReader
{
public:
    ~XlsxReader() override
    {
        m_sheetEntry.reset();
        if (m_zip)
            zip_close(m_zip);
    }

    bool start(const QString& path, Problem* problem)
    {
        int error = 0;
        m_zip = zip_open(path.toLocal8Bit().constData(), ZIP_RDONLY, &error);
        if (!m_zip) {
            *problem = broken(QStringLiteral("zip error %1").arg(error));
            return false;
        }
        QString sheetPath;
        if (!findFirstSheet(&sheetPath)) {
            *problem = broken(QStringLiteral("no worksheet"));
            return false;
        }
        readSharedStrings();
        readStyles();
        m_sheetEntry = std::make_unique<ZipEntry>(m_zip, sheetPath);
        if (!m_sheetEntry->isOpen()) {
            *problem = broken(sheetPath);
            return false;
        }
        m_encoding = QStringLiteral("UTF-8");
        QStringList cells;
        qint64 sheetRow = 0;
        while (readSheetRow(cells, sheetRow)) {
            if (std::any_of(cells.begin(), cells.end(),
                            [](const QString& c) { return !c.trimmed().isEmpty(); })) {
                for (QString& c : cells)
                    c = c.trimmed();
                m_header = cells;
                m_headerRow = sheetRow;
                break;
            }
        }
        if (!m_problem.isEmpty()) {
            *problem = m_problem;
            return false;
        }
        if (m_header.isEmpty()) {
            *problem = Problem{
                QStringLiteral("platform.file.empty"), QStringLiteral("The file is empty"), {}};
            return false;
        }
        return readAhead(problem);
    }

    QString format() const override { return QStringLiteral("xlsx"); }

    bool readRow(QStringList& cells, qint64& row) override
    {
        qint64 sheetRow = 0;
        while (readSheetRow(cells, sheetRow)) {
            if (std::any_of(cells.begin(), cells.end(),
                            [](const QString& c) { return !c.trimmed().isEmpty(); })) {
                row = sheetRow - m_headerRow;
                return true;
            }
        }
        return false;
    }

    double progress() const override
    {
        if (!m_sheetEntry || m_sheetEntry->size() <= 0)
            return 1.0;
        return std::min(1.0, double(m_sheetEntry->done()) / double(m_sheetEntry->size()));
    }

private:
    QByteArray entry(const QString& name)
    {
        ZipEntry e(m_zip, name);
        return e.isOpen() ? e.readAll() : QByteArray();
    }

    bool findFirstSheet(QString* sheetPath)
    {
        QString relId;
        QXmlStreamReader workbook(entry(QStringLiteral("xl/workbook.xml")));
        while (!workbook.atEnd() && relId.isEmpty()) {
            if (workbook.readNext() == QXmlStreamReader::StartElement &&
                workbook.name() == QLatin1String("sheet")) {
                m_sheet = workbook.attributes().value(QLatin1String("name")).toString();
                for (const QXmlStreamAttribute& a : workbook.attributes())
                    if (a.name() == QLatin1String("id"))
                        relId = a.value().toString();
            }
        }
        if (relId.isEmpty())
            return false;
        QXmlStreamReader rels(entry(QStringLiteral("xl/_rels/workbook.xml.rels")));
        while (!rels.atEnd()) {
            if (rels.readNext() == QXmlStreamReader::StartElement &&
                rels.name() == QLatin1String("Relationship") &&
                rels.attributes().value(QLatin1String("Id")) == relId) {
                QString target = rels.attributes().value(QLatin1String("Target")).toString();
                if (target.startsWith(QLatin1Char('/')))
                    target = target.mid(1);
                else
                    target.prepend(QStringLiteral("xl/"));
                *sheetPath = target;
                return true;
            }
        }
        return false;
    }

    void readSharedStrings()
    {
        ZipEntry e(m_zip, QStringLiteral("xl/sharedStrings.xml"));
        if (!e.isOpen())
            return;
        QXmlStreamReader xml;
        QString current;
        bool inSi = false;
        bool inText = false;
        bool inPhonetic = false;
        while (pull(xml, e)) {
            if (xml.isStartElement()) {
                if (xml.name() == QLatin1String("si")) {
                    inSi = true;
                    current.clear();
                } else if (xml.name() == QLatin1String("rPh")) {
                    inPhonetic = true; // the reading aid of East Asian text is not the text
                } else if (xml.name() == QLatin1String("t")) {
                    inText = inSi && !inPhonetic;
                }
            } else if (xml.isCharacters()) {
                if (inText)
                    current += xml.text();
            } else if (xml.isEndElement()) {
                if (xml.name() == QLatin1String("si")) {
                    m_strings.append(current);
                    inSi = false;
                } else if (xml.name() == QLatin1String("rPh")) {
                    inPhonetic = false;
                } else if (xml.name() == QLatin1String("t")) {
                    inText = false;
                }
            }
        }
    }

    void readStyles()
    {
        QXmlStreamReader xml(entry(QStringLiteral("xl/styles.xml")));
        QHash<int, QString> customFormats;
        bool inCellXfs = false;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement()) {
                if (xml.name() == QLatin1String("numFmt"))
                    customFormats.insert(
                        xml.attributes().value(QLatin1String("numFmtId")).toInt(),
                        xml.attributes().value(QLatin1String("formatCode")).toString());
                else if (xml.name() == QLatin1String("cellXfs"))
                    inCellXfs = true;
                else if (inCellXfs && xml.name() == QLatin1String("xf")) {
                    const int id = xml.attributes().value(QLatin1String("numFmtId")).toInt();
                    m_dateStyles.append(isDateFormat(id, customFormats.value(id)));
                }
            } else if (xml.isEndElement() && xml.name() == QLatin1String("cellXfs")) {
                inCellXfs = false;
            }
        }
    }

    /// The next <row> of the sheet as cells by column (gaps filled with empty strings).
    bool readSheetRow(QStringList& cells, qint64& sheetRow)
    {
        cells.clear();
        bool inRow = false;
        int column = -1;
        QString type;
        int style = 0;
        QString value;
        bool haveValue = false;
        while (pull(m_xml, *m_sheetEntry)) {
            if (m_xml.isStartElement()) {
                const QStringView name = m_xml.name();
                if (name == QLatin1String("row")) {
                    inRow = true;
                    const QStringView r = m_xml.attributes().value(QLatin1String("r"));
                    sheetRow = r.isEmpty() ? m_lastRow + 1 : r.toLongLong();
                    m_lastRow = sheetRow;
                } else if (inRow && name == QLatin1String("c")) {
                    const QXmlStreamAttributes a = m_xml.attributes();
                    const QStringView r = a.value(QLatin1String("r"));
                    column = r.isEmpty() ? int(cells.size()) : columnIndex(r);
                    type = a.value(QLatin1String("t")).toString();
                    style = a.value(QLatin1String("s")).toInt();
                    value.clear();
                    haveValue = false;
                } else if (inRow && column >= 0 &&
                           (name == QLatin1String("v") || name == QLatin1String("t"))) {
                    m_inValue = true;
                    haveValue = true;
                } else if (name == QLatin1String("rPh")) {
                    m_inPhonetic = true;
                }
            } else if (m_xml.isCharacters()) {
                if (m_inValue && !m_inPhonetic)
                    value += m_xml.text();
            } else if (m_xml.isEndElement()) {
                const QStringView name = m_xml.name();
                if (name == QLatin1String("v") || name == QLatin1String("t")) {
                    m_inValue = false;
                } else if (name == QLatin1String("rPh")) {
                    m_inPhonetic = false;
                } else if (name == QLatin1String("c") && column >= 0) {
                    if (column > 16383) { // beyond Excel's last column: not a real cell
                        column = -1;
                        continue;
                    }
                    while (cells.size() <= column)
                        cells.append(QString());
                    cells[column] = haveValue ? cellText(type, style, value) : QString();
                    column = -1;
                } else if (name == QLatin1String("row")) {
                    return true;
                }
            }
        }
        if (m_xml.hasError() && m_xml.error() != QXmlStreamReader::PrematureEndOfDocumentError)
            m_problem = broken(m_xml.errorString());
        return false;
    }

    QString cellText(const QString& type, int style, const QString& value) const
    {
        if (type == QLatin1String("s"))
            return m_strings.value(value.toInt());
        if (type == QLatin1String("b"))
            return value == QLatin1String("1") ? QStringLiteral("true") : QStringLiteral("false");
        if (type == QLatin1String("inlineStr") || type == QLatin1String("str") ||
            type == QLatin1String("e"))
            return value;
        if (type == QLatin1String("d"))
            return value.left(10);
        // A number: a date when its style says so; otherwise the number as written.
        bool ok = false;
        const double d = value.toDouble(&ok);
        if (ok && m_dateStyles.value(style, false))
            return xlsxSerialToText(d);
        if (ok && value.contains(QLatin1Char('E'), Qt::CaseInsensitive)) {
            if (d == std::floor(d) && std::fabs(d) < 1e15)
                return QString::number(qint64(d));
            return QString::number(d, 'g', 15);
        }
        return value;
    }

    zip_t* m_zip = nullptr;
    QStringList m_strings;
    QList<bool> m_dateStyles;
    std::unique_ptr<ZipEntry> m_sheetEntry;
    QXmlStreamReader m_xml;
    qint64 m_lastRow = 0;
    bool m_inValue = false;
    bool m_inPhonetic = false;
    qint64 m_headerRow = 0;
};

} // namespace

QString xlsxSerialToText(double serial)
{
    const qint64 days = qint64(std::floor(serial));
    const QDate date = QDate(1899, 12, 30).addDays(days);
    const double fraction = serial - double(days);
    const int seconds = int(std::lround(fraction * 86400.0));
    if (seconds == 0 || seconds == 86400)
        return date.addDays(seconds == 86400 ? 1 : 0).toString(Qt::ISODate);
    return QDateTime(date, QTime(0, 0).addSecs(seconds))
        .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

std::unique_ptr<FileReader> openXlsx(const QString& path, FileReader::Problem* problem)
{
    auto reader = std::make_unique<XlsxReader>();
    if (!reader->start(path, problem))
        return nullptr;
    return reader;
}

} // namespace Erp
