#pragma once

#include <QFont>
#include <QString>

class QPagedPaintDevice;
class QTextDocument;

namespace Erp::Client::Print {

/// The font of printed documents: a Latin family first (numbers stay searchable text in a
/// PDF), a family with Chinese glyphs as fallback, so names never print as boxes.
QFont documentFont(qreal pointSize = 9.5);

/// Lays `document` out on the pages of `device` (a QPdfWriter or a QPrinter) at 96 dpi scaled
/// to the device's resolution, so font sizes in points come out right, with "Page X of Y" at
/// the foot of every page (a table's header row repeats on each page it spans); false when
/// the device cannot be painted on.
bool paintDocument(QTextDocument& document, QPagedPaintDevice& device);

/// Writes `document` as an A4 PDF file titled `title`; false with `error` set when the file
/// cannot be written.
bool writeDocumentPdf(QTextDocument& document, const QString& title, const QString& path,
                      QString* error = nullptr);

} // namespace Erp::Client::Print
