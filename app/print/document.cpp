#include "app/print/document.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QFontDatabase>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

namespace Erp::Client::Print {

namespace {
/// A sans-serif family that has Chinese glyphs; the system's default when none is installed.
/// WenQuanYi Micro Hei comes first: it has no Kangxi radicals (U+2F00…), while Noto Sans CJK
/// draws 广 and ⼴ with one glyph and the PDF's text map then names the radical — "广东省"
/// could not be found or copied.
QString cjkFamily()
{
    const QStringList families = QFontDatabase::families();
    for (const char* name : {"WenQuanYi Micro Hei", "Noto Sans CJK SC", "Noto Sans SC",
                             "Source Han Sans SC", "Noto Serif CJK SC"}) {
        if (families.contains(QLatin1String(name)))
            return QLatin1String(name);
    }
    return QFontDatabase::systemFont(QFontDatabase::GeneralFont).family();
}
} // namespace

QFont documentFont(qreal pointSize)
{
    QFont font;
    QStringList families;
    if (QFontDatabase::families().contains(QLatin1String("DejaVu Sans")))
        families.append(QStringLiteral("DejaVu Sans"));
    families.append(cjkFamily());
    font.setFamilies(families);
    font.setPointSizeF(pointSize);
    return font;
}

bool paintDocument(QTextDocument& document, QPagedPaintDevice& device)
{
    QPainter painter;
    if (!painter.begin(&device))
        return false;
    const QRect page = painter.viewport();
    const qreal scale = device.logicalDpiX() / 96.0;
    // The page's foot keeps "Page X of Y" below the text (a line of 8 pt and some air).
    constexpr qreal footer = 22;
    const QSizeF full(page.width() / scale, page.height() / scale);
    const QSizeF pageSize(full.width(), full.height() - footer);
    document.setPageSize(pageSize);
    painter.scale(scale, scale);
    const int pages = qMax(1, document.pageCount());
    QFont footFont = documentFont();
    footFont.setPixelSize(11); // in the painter's 96-dpi units, like the document
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            device.newPage();
        painter.save();
        painter.translate(0, -i * pageSize.height());
        document.drawContents(
            &painter, QRectF(0, i * pageSize.height(), pageSize.width(), pageSize.height()));
        painter.restore();
        painter.save();
        painter.setFont(footFont);
        painter.setPen(QColor(0x55, 0x55, 0x55));
        painter.drawText(
            QRectF(0, full.height() - footer + 6, full.width(), footer - 6),
            Qt::AlignRight | Qt::AlignBottom,
            QCoreApplication::translate("Erp::Client::Print::Document", "Page %1 of %2")
                .arg(i + 1)
                .arg(pages));
        painter.restore();
    }
    painter.end();
    return true;
}

bool writeDocumentPdf(QTextDocument& document, const QString& title, const QString& path,
                      QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error =
                QCoreApplication::translate("Erp::Client::Print::Document", "Cannot write %1: %2")
                    .arg(path, file.errorString());
        return false;
    }
    bool painted = false;
    {
        QPdfWriter writer(&file);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("ERP"));
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                         QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter));
        writer.setResolution(300);
        painted = paintDocument(document, writer);
    }
    file.close();
    if (!painted || QFileInfo(path).size() == 0) {
        if (error)
            *error = QCoreApplication::translate("Erp::Client::Print::Document", "Cannot write %1.")
                         .arg(path);
        return false;
    }
    return true;
}

} // namespace Erp::Client::Print
