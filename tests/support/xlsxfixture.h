#pragma once

// Writes small .xlsx fixtures for tests with libxlsxwriter (header-only; link
// PkgConfig::XLSXWRITER): strings (shared), numbers, dates with a date style.

#include <QDate>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <xlsxwriter.h>

namespace Erp::Test {

/// Rows of cells: QString -> string cell, int/qint64/double -> number, QDate -> date-styled
/// number, an invalid QVariant -> no cell. Returns false when the file cannot be written.
inline bool writeXlsx(const QString& path, const QList<QVariantList>& rows,
                      const char* sheetName = "Sheet1")
{
    const QByteArray file = path.toLocal8Bit();
    lxw_workbook* book = workbook_new(file.constData());
    if (!book)
        return false;
    lxw_worksheet* sheet = workbook_add_worksheet(book, sheetName);
    lxw_format* date = workbook_add_format(book);
    format_set_num_format(date, "yyyy-mm-dd");
    for (int r = 0; r < rows.size(); ++r) {
        for (int c = 0; c < rows.at(r).size(); ++c) {
            const QVariant& v = rows.at(r).at(c);
            const lxw_row_t row = lxw_row_t(r);
            const lxw_col_t col = lxw_col_t(c);
            if (!v.isValid())
                continue;
            if (v.typeId() == QMetaType::QDate) {
                const QDate d = v.toDate();
                lxw_datetime dt{d.year(), d.month(), d.day(), 0, 0, 0};
                worksheet_write_datetime(sheet, row, col, &dt, date);
            } else if (v.typeId() == QMetaType::QString) {
                worksheet_write_string(sheet, row, col, v.toString().toUtf8().constData(), nullptr);
            } else {
                worksheet_write_number(sheet, row, col, v.toDouble(), nullptr);
            }
        }
    }
    return workbook_close(book) == LXW_NO_ERROR;
}

} // namespace Erp::Test
