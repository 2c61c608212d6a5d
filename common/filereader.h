#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <memory>

namespace Erp {

/// A spreadsheet file read row by row, whatever its kind: CSV (UTF-8 with or without BOM, or
/// GBK/GB18030 as Excel on Chinese Windows writes it; comma, semicolon or tab; quoted fields
/// with line breaks) or XLSX (the first sheet; shared and inline strings, numbers, dates by
/// their cell style). Rows are streamed: memory stays bounded whatever the file's size.
/// Problems carry a stable message id ("platform.file.*") with arguments for the clerk.
class FileReader
{
public:
    struct Problem
    {
        QString id;      ///< e.g. "platform.file.bad_encoding"
        QString message; ///< English, for logs and scripts
        QJsonObject args;
        bool isEmpty() const { return id.isEmpty(); }
    };

    /// Opens the file, detects its kind and encoding and reads the header (the first row that
    /// is not empty). nullptr with `problem` set when the file cannot be read: missing, empty,
    /// too large, undecodable bytes, not a spreadsheet.
    static std::unique_ptr<FileReader> open(const QString& path, Problem* problem);

    static constexpr qint64 MaxFileBytes = 256LL * 1024 * 1024;

    virtual ~FileReader() = default;

    /// "csv" | "xlsx".
    virtual QString format() const = 0;
    /// CSV: "UTF-8", "UTF-8 (BOM)" or "GB18030"; XLSX: "UTF-8".
    QString encoding() const { return m_encoding; }
    /// CSV: ',' ';' or '\t'; XLSX: a null QChar.
    QChar delimiter() const { return m_delimiter; }
    /// XLSX: the name of the sheet read; CSV: empty.
    QString sheet() const { return m_sheet; }
    QStringList header() const { return m_header; }

    /// The next data row (rows of empty cells are skipped). `row` is the data row number: 1 =
    /// the row after the header, counted as the file counts them. False at the end or on a
    /// problem (see problem()).
    bool next(QStringList& cells, qint64& row);
    /// Set when reading stopped early on a broken file.
    Problem problem() const { return m_problem; }
    /// How much of the file was read, 0..1 (for progress bars).
    virtual double progress() const = 0;

protected:
    /// The next data row from the file itself (next() hands out the row read ahead first).
    virtual bool readRow(QStringList& cells, qint64& row) = 0;
    /// Called by a reader once it has the header: reads ahead to the first data row, so that
    /// a file with a header only is refused when it is opened. False with `problem` set.
    bool readAhead(Problem* problem);

    QString m_encoding;
    QChar m_delimiter;
    QString m_sheet;
    QStringList m_header;
    Problem m_problem;

private:
    QStringList m_ahead;
    qint64 m_aheadRow = 0;
};

/// Detects the text encoding of CSV bytes: "UTF-8 (BOM)", "UTF-8", "GB18030", or empty when
/// neither decodes them (then `badOffset` is the first undecodable byte under UTF-8).
QString detectTextEncoding(const QByteArray& bytes, qint64* badOffset = nullptr);

} // namespace Erp
