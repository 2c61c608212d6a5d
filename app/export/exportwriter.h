#pragma once

#include "app/models/column.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <memory>

class QJsonObject;

namespace Erp::Client {

/// One exported cell, typed from the column's Column::Export: a writer decides how the type
/// looks in its format (a number with a number format in XLSX, plain text in CSV).
struct ExportCell
{
    enum class Type { Empty, Text, Digits, Money, Quantity, Integer, Date, DateTime };
    Type type = Type::Empty;
    /// Text and Digits: the text. Money, Quantity, Integer: the exact decimal ("-1234.50").
    QString text;
    int decimals = 0;   ///< Money, Quantity: digits after the point in `text`
    QDate date;         ///< Date
    QDateTime dateTime; ///< DateTime, in local time (what the list shows)

    /// The cell of `column` in `row`. A field absent from the row (a protected field the caller
    /// may not see) or null is Empty; a value that is not what the column declares (e.g. a
    /// money column holding "n/a") falls back to its shown text.
    static ExportCell of(const Column& column, const QJsonObject& row);
    /// True for "-123", "0.5", "1234.50": a plain decimal without grouping or exponent.
    static bool isPlainDecimal(const QString& text, int* decimals = nullptr);
    /// Significant digits of a plain decimal ("000120.50" -> 5).
    static int significantDigits(const QString& decimal);
};

/// Writes an export to a file, one row at a time, in constant memory. The file appears under
/// its name only when finish() succeeds: until then the rows go to a temporary file next to it
/// (so a cancelled or failed export leaves no half file, and an existing file is replaced only
/// by a complete one).
class ExportWriter
{
public:
    enum class Format { Csv, Xlsx };

    virtual ~ExportWriter() = default;

    /// A writer for `format`.
    static std::unique_ptr<ExportWriter> create(Format format);
    /// Xlsx for a name ending in .xlsx (any case), Csv otherwise.
    static Format formatOf(const QString& path);

    /// Opens `path` for writing with these headers; `sheetName` names the XLSX sheet.
    virtual bool open(const QString& path, const QList<Column>& columns,
                      const QString& sheetName) = 0;
    /// Rows seen before the first writeRow() (the first page) for fitting column widths.
    virtual void sample(const QList<QList<ExportCell>>& rows) { Q_UNUSED(rows); }
    virtual bool writeRow(const QList<ExportCell>& cells) = 0;
    /// Completes the file and moves it to its name.
    virtual bool finish() = 0;
    /// Drops everything written: no file is left (an existing file of that name is kept).
    virtual void abort() = 0;
    virtual QString errorString() const = 0;
};

/// CSV as Excel and LibreOffice read it: UTF-8 with BOM, comma separated, CRLF line ends, RFC
/// 4180 quoting (fields with a comma, quote, CR or LF are quoted, quotes doubled). A text cell
/// that starts with = + - @ tab or CR gets a leading apostrophe (OWASP "CSV injection"), so
/// `=HYPERLINK(…)` stays text; numbers and dates are written plain ("1234.50", "2026-11-27",
/// "2026-11-27 14:05:00") so that they are read back as numbers and dates.
class CsvExportWriter final : public ExportWriter
{
public:
    CsvExportWriter();
    ~CsvExportWriter() override;
    bool open(const QString& path, const QList<Column>& columns, const QString& sheetName) override;
    bool writeRow(const QList<ExportCell>& cells) override;
    bool finish() override;
    void abort() override;
    QString errorString() const override;

    /// One field, quoted and neutralised as described above.
    static QByteArray field(const ExportCell& cell);
    /// A text that would start a formula gets a leading apostrophe.
    static QString neutralised(const QString& text);

private:
    bool writeLine(const QList<QByteArray>& fields);
    struct Private;
    std::unique_ptr<Private> d;
};

/// XLSX through libxlsxwriter in constant-memory mode (each row goes to a temporary file as it
/// is written): bold header, frozen header row, autofilter, column widths fitted to the header
/// and the sampled first page; money as numbers "#,##0.00", quantities as numbers with their
/// decimals, dates and timestamps as real dates, Digits as text cells with the text format "@";
/// strings are always strings (never formulas). Over 1,048,575 rows continue on a new sheet.
class XlsxExportWriter final : public ExportWriter
{
public:
    XlsxExportWriter();
    ~XlsxExportWriter() override;
    bool open(const QString& path, const QList<Column>& columns, const QString& sheetName) override;
    void sample(const QList<QList<ExportCell>>& rows) override;
    bool writeRow(const QList<ExportCell>& cells) override;
    bool finish() override;
    void abort() override;
    QString errorString() const override;

    /// Money and quantities with more significant digits than a spreadsheet number holds
    /// exactly are written as text (exact) instead of a rounded number.
    static constexpr int MaxExactDigits = 15;

private:
    bool addSheet();
    void closeSheet();
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Erp::Client
