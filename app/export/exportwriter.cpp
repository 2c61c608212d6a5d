#include "app/export/exportwriter.h"

#include "app/models/format.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QLocale>
#include <QSaveFile>
#include <QTemporaryFile>

#include <xlsxwriter.h>

namespace Erp::Client {

// ---------------------------------------------------------------------------------------------
// Cells

bool ExportCell::isPlainDecimal(const QString& text, int* decimals)
{
    const qsizetype n = text.size();
    qsizetype i = 0;
    if (i < n && text.at(i) == QLatin1Char('-'))
        ++i;
    qsizetype digits = 0;
    while (i < n && text.at(i).isDigit() && text.at(i).unicode() < 128) {
        ++i;
        ++digits;
    }
    if (digits == 0)
        return false;
    int fraction = 0;
    if (i < n && text.at(i) == QLatin1Char('.')) {
        ++i;
        while (i < n && text.at(i).isDigit() && text.at(i).unicode() < 128) {
            ++i;
            ++fraction;
        }
        if (fraction == 0)
            return false;
    }
    if (i != n)
        return false;
    if (decimals)
        *decimals = fraction;
    return true;
}

int ExportCell::significantDigits(const QString& decimal)
{
    QString digits = decimal;
    digits.remove(QLatin1Char('-'));
    digits.remove(QLatin1Char('.'));
    qsizetype first = 0;
    while (first < digits.size() - 1 && digits.at(first) == QLatin1Char('0'))
        ++first;
    return int(digits.size() - first);
}

namespace {
QString rawText(const QJsonValue& value)
{
    if (value.isString())
        return value.toString().trimmed();
    if (value.isDouble()) {
        const double d = value.toDouble();
        const qint64 i = value.toInteger();
        if (double(i) == d)
            return QString::number(i); // JSON integers (ids, counts) without an exponent
        return QLocale::c().toString(d, 'f', QLocale::FloatingPointShortest);
    }
    return Format::json(value);
}
} // namespace

ExportCell ExportCell::of(const Column& column, const QJsonObject& row)
{
    ExportCell cell;
    const QJsonValue value = row.value(column.key);
    const bool absent = value.isUndefined() || value.isNull();
    const Column::Export type = column.exportType();
    switch (type) {
    case Column::Export::Money:
    case Column::Export::Quantity:
    case Column::Export::Integer: {
        if (absent)
            return cell;
        const QString text = rawText(value);
        int decimals = 0;
        if (isPlainDecimal(text, &decimals) && (type != Column::Export::Integer || decimals == 0)) {
            cell.type = type == Column::Export::Money      ? Type::Money
                        : type == Column::Export::Quantity ? Type::Quantity
                                                           : Type::Integer;
            cell.text = text;
            cell.decimals = decimals;
            return cell;
        }
        break; // not a number after all: the shown text
    }
    case Column::Export::Date: {
        if (absent)
            return cell;
        const QString text = value.toString();
        if (text.size() == 10) {
            const QDate d = QDate::fromString(text, Qt::ISODate);
            if (d.isValid()) {
                cell.type = Type::Date;
                cell.date = d;
                return cell;
            }
        }
        const QDateTime dt = Format::parseTimestamp(text);
        if (dt.isValid()) {
            cell.type = Type::DateTime;
            cell.dateTime = dt.toLocalTime();
            return cell;
        }
        break;
    }
    case Column::Export::Digits:
        if (absent)
            return cell;
        cell.type = Type::Digits;
        cell.text = column.text ? column.text(row) : rawText(value);
        return cell;
    case Column::Export::Text:
    case Column::Export::Auto:
        break;
    }
    if (absent && !column.text)
        return cell;
    cell.text = Format::cell(column, row);
    cell.type = cell.text.isEmpty() ? Type::Empty : Type::Text;
    return cell;
}

// ---------------------------------------------------------------------------------------------
// Writers

std::unique_ptr<ExportWriter> ExportWriter::create(Format format)
{
    if (format == Format::Xlsx)
        return std::make_unique<XlsxExportWriter>();
    return std::make_unique<CsvExportWriter>();
}

ExportWriter::Format ExportWriter::formatOf(const QString& path)
{
    return QFileInfo(path).suffix().compare(QLatin1String("xlsx"), Qt::CaseInsensitive) == 0
               ? Format::Xlsx
               : Format::Csv;
}

// --- CSV

struct CsvExportWriter::Private
{
    QSaveFile file;
};

CsvExportWriter::CsvExportWriter()
    : d(std::make_unique<Private>())
{}

CsvExportWriter::~CsvExportWriter()
{
    abort();
}

bool CsvExportWriter::open(const QString& path, const QList<Column>& columns, const QString&)
{
    d->file.setFileName(path);
    if (!d->file.open(QIODevice::WriteOnly))
        return false;
    d->file.write("\xEF\xBB\xBF"); // BOM: Excel reads the file as UTF-8
    QList<QByteArray> header;
    for (const Column& c : columns) {
        ExportCell cell;
        cell.type = ExportCell::Type::Text;
        cell.text = c.title;
        header.append(field(cell));
    }
    return writeLine(header);
}

QString CsvExportWriter::neutralised(const QString& text)
{
    if (text.isEmpty())
        return text;
    switch (text.at(0).unicode()) {
    case '=':
    case '+':
    case '-':
    case '@':
    case '\t':
    case '\r':
        return QLatin1Char('\'') + text;
    default:
        return text;
    }
}

QByteArray CsvExportWriter::field(const ExportCell& cell)
{
    QString text;
    switch (cell.type) {
    case ExportCell::Type::Empty:
        return QByteArray();
    case ExportCell::Type::Money:
    case ExportCell::Type::Quantity:
    case ExportCell::Type::Integer:
        return cell.text.toUtf8(); // a plain decimal: nothing to quote
    case ExportCell::Type::Date:
        return cell.date.toString(Qt::ISODate).toUtf8();
    case ExportCell::Type::DateTime:
        return cell.dateTime.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")).toUtf8();
    case ExportCell::Type::Text:
    case ExportCell::Type::Digits:
        text = neutralised(cell.text);
        break;
    }
    QByteArray bytes = text.toUtf8();
    const bool quote = bytes.contains(',') || bytes.contains('"') || bytes.contains('\n') ||
                       bytes.contains('\r') || bytes.startsWith(' ') || bytes.endsWith(' ');
    if (!quote)
        return bytes;
    bytes.replace('"', "\"\"");
    return '"' + bytes + '"';
}

bool CsvExportWriter::writeLine(const QList<QByteArray>& fields)
{
    QByteArray line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += ',';
        line += fields.at(i);
    }
    line += "\r\n";
    return d->file.write(line) == line.size();
}

bool CsvExportWriter::writeRow(const QList<ExportCell>& cells)
{
    QList<QByteArray> fields;
    fields.reserve(cells.size());
    for (const ExportCell& cell : cells)
        fields.append(field(cell));
    return writeLine(fields);
}

bool CsvExportWriter::finish()
{
    return d->file.isOpen() && d->file.commit();
}

void CsvExportWriter::abort()
{
    if (d->file.isOpen())
        d->file.cancelWriting();
    if (d->file.isOpen())
        d->file.commit(); // cancelled: commit() only discards the temporary file
}

QString CsvExportWriter::errorString() const
{
    return d->file.errorString();
}

// --- XLSX

struct XlsxExportWriter::Private
{
    QString path;
    std::unique_ptr<QTemporaryFile> temp;
    QByteArray tempName;
    lxw_workbook* workbook = nullptr;
    lxw_worksheet* sheet = nullptr;
    QList<Column> columns;
    QString sheetName;
    int sheets = 0;
    lxw_row_t row = 0; ///< the next row to write on the current sheet
    QList<double> widths;
    lxw_format* header = nullptr;
    lxw_format* money = nullptr;
    lxw_format* integer = nullptr;
    lxw_format* text = nullptr;
    lxw_format* date = nullptr;
    lxw_format* dateTime = nullptr;
    QHash<int, lxw_format*> quantity; ///< by decimals
    QString error;

    lxw_format* numberFormat(const char* pattern)
    {
        lxw_format* f = workbook_add_format(workbook);
        format_set_num_format(f, pattern);
        return f;
    }
    lxw_format* quantityFormat(int decimals)
    {
        decimals = qBound(0, decimals, 12);
        auto it = quantity.constFind(decimals);
        if (it != quantity.constEnd())
            return *it;
        QByteArray pattern = "#,##0";
        if (decimals > 0)
            pattern += '.' + QByteArray(decimals, '0');
        lxw_format* f = numberFormat(pattern.constData());
        quantity.insert(decimals, f);
        return f;
    }
};

XlsxExportWriter::XlsxExportWriter()
    : d(std::make_unique<Private>())
{}

XlsxExportWriter::~XlsxExportWriter()
{
    abort();
}

namespace {
constexpr qsizetype MaxCellChars = 32767; ///< the most a cell holds (Excel)

/// Excel's rules: at most 31 characters, none of []:*?/\ .
QString sheetNameOf(QString name, int number)
{
    static const QString forbidden = QStringLiteral("[]:*?/\\");
    for (QChar& c : name) {
        if (forbidden.contains(c))
            c = QLatin1Char(' ');
    }
    name = name.simplified();
    if (name.isEmpty())
        name = QStringLiteral("Export");
    const QString suffix = number > 1 ? QStringLiteral(" (%1)").arg(number) : QString();
    return name.left(31 - suffix.size()) + suffix;
}

/// Characters a cell of this text needs (CJK count twice).
double widthOf(const QString& text)
{
    double w = 0;
    for (const QChar c : text) {
        if (c.isLowSurrogate())
            continue;
        w += c.unicode() >= 0x1100 ? 2.0 : 1.0;
    }
    return w;
}

double widthOf(const ExportCell& cell)
{
    switch (cell.type) {
    case ExportCell::Type::Empty:
        return 0;
    case ExportCell::Type::Money:
    case ExportCell::Type::Quantity:
    case ExportCell::Type::Integer:
        return cell.text.size() + cell.text.size() / 3 + 1; // grouping separators
    case ExportCell::Type::Date:
        return 10;
    case ExportCell::Type::DateTime:
        return 16;
    case ExportCell::Type::Text:
    case ExportCell::Type::Digits:
        break;
    }
    return widthOf(cell.text);
}
} // namespace

bool XlsxExportWriter::open(const QString& path, const QList<Column>& columns,
                            const QString& sheetName)
{
    d->path = path;
    d->columns = columns;
    d->sheetName = sheetName;
    const QFileInfo info(path);
    // The workbook is written next to its destination and renamed when complete.
    d->temp = std::make_unique<QTemporaryFile>(
        info.absoluteDir().filePath(QStringLiteral(".%1.XXXXXX.part").arg(info.fileName())));
    if (!d->temp->open()) {
        d->error = d->temp->errorString();
        return false;
    }
    d->temp->close();
    d->tempName = QFile::encodeName(d->temp->fileName());
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE;
    options.use_zip64 = LXW_TRUE;
    d->workbook = workbook_new_opt(d->tempName.constData(), &options);
    if (!d->workbook) {
        d->error = QStringLiteral("libxlsxwriter: workbook_new_opt failed");
        return false;
    }
    d->header = workbook_add_format(d->workbook);
    format_set_bold(d->header);
    format_set_bottom(d->header, LXW_BORDER_THIN);
    format_set_text_wrap(d->header);
    format_set_align(d->header, LXW_ALIGN_VERTICAL_TOP);
    d->money = d->numberFormat("#,##0.00");
    d->integer = d->numberFormat("#,##0");
    d->text = d->numberFormat("@");
    d->date = d->numberFormat("yyyy-mm-dd");
    d->dateTime = d->numberFormat("yyyy-mm-dd hh:mm");
    d->widths.clear();
    for (const Column& c : columns)
        d->widths.append(widthOf(c.title));
    return addSheet();
}

bool XlsxExportWriter::addSheet()
{
    const QByteArray name = sheetNameOf(d->sheetName, ++d->sheets).toUtf8();
    d->sheet = workbook_add_worksheet(d->workbook, name.constData());
    if (!d->sheet) {
        d->error = QStringLiteral("libxlsxwriter: workbook_add_worksheet failed");
        return false;
    }
    d->row = 0;
    for (int c = 0; c < d->columns.size(); ++c) {
        const QByteArray title = d->columns.at(c).title.toUtf8();
        worksheet_write_string(d->sheet, 0, lxw_col_t(c), title.constData(), d->header);
    }
    d->row = 1;
    worksheet_freeze_panes(d->sheet, 1, 0);
    return true;
}

void XlsxExportWriter::closeSheet()
{
    if (!d->sheet)
        return;
    // Widths and the filter are written when the workbook closes: set here, they cover every
    // row written to this sheet.
    for (int c = 0; c < d->widths.size(); ++c)
        worksheet_set_column(d->sheet, lxw_col_t(c), lxw_col_t(c),
                             qBound(6.0, d->widths.at(c) + 2.0, 60.0), nullptr);
    if (!d->columns.isEmpty())
        worksheet_autofilter(d->sheet, 0, 0, qMax<lxw_row_t>(d->row - 1, 0),
                             lxw_col_t(d->columns.size() - 1));
    d->sheet = nullptr;
}

void XlsxExportWriter::sample(const QList<QList<ExportCell>>& rows)
{
    for (const QList<ExportCell>& cells : rows) {
        for (int c = 0; c < cells.size() && c < d->widths.size(); ++c)
            d->widths[c] = qMax(d->widths.at(c), widthOf(cells.at(c)));
    }
}

bool XlsxExportWriter::writeRow(const QList<ExportCell>& cells)
{
    if (!d->sheet)
        return false;
    if (d->row >= LXW_ROW_MAX) {
        closeSheet();
        if (!addSheet())
            return false;
    }
    const lxw_row_t r = d->row++;
    for (int c = 0; c < cells.size(); ++c) {
        const ExportCell& cell = cells.at(c);
        const auto col = lxw_col_t(c);
        lxw_error error = LXW_NO_ERROR;
        switch (cell.type) {
        case ExportCell::Type::Empty:
            break;
        case ExportCell::Type::Money:
        case ExportCell::Type::Quantity:
        case ExportCell::Type::Integer: {
            if (ExportCell::significantDigits(cell.text) > MaxExactDigits) {
                // A double holds 15 significant digits for sure: beyond, exact text.
                const QByteArray text = cell.text.toUtf8();
                error = worksheet_write_string(d->sheet, r, col, text.constData(), nullptr);
                break;
            }
            lxw_format* format = cell.type == ExportCell::Type::Money ? d->money
                                 : cell.type == ExportCell::Type::Integer
                                     ? d->integer
                                     : d->quantityFormat(cell.decimals);
            // Parsed straight from the exact decimal (correctly rounded, no arithmetic); the
            // library prints it with 16 significant digits, which reads back as the same value.
            error =
                worksheet_write_number(d->sheet, r, col, QLocale::c().toDouble(cell.text), format);
            break;
        }
        case ExportCell::Type::Date: {
            lxw_datetime dt{cell.date.year(), cell.date.month(), cell.date.day(), 0, 0, 0.0};
            error = worksheet_write_datetime(d->sheet, r, col, &dt, d->date);
            break;
        }
        case ExportCell::Type::DateTime: {
            const QDate day = cell.dateTime.date();
            const QTime time = cell.dateTime.time();
            lxw_datetime dt{day.year(),  day.month(),   day.day(),
                            time.hour(), time.minute(), time.second() + time.msec() / 1000.0};
            error = worksheet_write_datetime(d->sheet, r, col, &dt, d->dateTime);
            break;
        }
        case ExportCell::Type::Text:
        case ExportCell::Type::Digits: {
            // 32,767 characters is the most a cell holds.
            const QByteArray text = cell.text.left(MaxCellChars).toUtf8();
            error =
                worksheet_write_string(d->sheet, r, col, text.constData(),
                                       cell.type == ExportCell::Type::Digits ? d->text : nullptr);
            break;
        }
        }
        if (error != LXW_NO_ERROR && error != LXW_ERROR_WORKSHEET_INDEX_OUT_OF_RANGE) {
            d->error = QString::fromUtf8(lxw_strerror(error));
            return false;
        }
    }
    return true;
}

bool XlsxExportWriter::finish()
{
    if (!d->workbook)
        return false;
    closeSheet();
    const lxw_error error = workbook_close(d->workbook);
    d->workbook = nullptr;
    if (error != LXW_NO_ERROR) {
        d->error = QString::fromUtf8(lxw_strerror(error));
        d->temp.reset(); // removes the partial file
        return false;
    }
    if (QFile::exists(d->path) && !QFile::remove(d->path)) {
        d->error = QStringLiteral("%1 cannot be replaced").arg(d->path);
        d->temp.reset();
        return false;
    }
    if (!QFile::rename(d->temp->fileName(), d->path)) {
        d->error = QStringLiteral("%1 cannot be written").arg(d->path);
        d->temp.reset();
        return false;
    }
    d->temp->setAutoRemove(false);
    d->temp.reset();
    return true;
}

void XlsxExportWriter::abort()
{
    if (d->workbook) {
        lxw_workbook_free(d->workbook); // nothing is written: the rows were in temporary files
        d->workbook = nullptr;
    }
    d->sheet = nullptr;
    d->temp.reset(); // removes the (empty) placeholder
}

QString XlsxExportWriter::errorString() const
{
    return d->error;
}

} // namespace Erp::Client
