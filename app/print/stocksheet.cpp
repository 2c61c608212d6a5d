#include "app/print/stocksheet.h"

#include "app/print/document.h"
#include "app/print/parts.h"

#include <QCollator>
#include <QTextDocument>

#include <algorithm>

namespace Erp::Client::Print {

namespace {
/// A cell kept on one line (bins, SKUs, quantities); the product's name wraps instead.
QString cell(const QString& text, bool right = false)
{
    return QStringLiteral("<td align=\"%1\" style=\"%2\">%3</td>")
        .arg(right ? QStringLiteral("right") : QStringLiteral("left"), Parts::noWrap(),
             Parts::esc(text));
}
/// An empty cell to write into, wide enough for handwriting.
QString blank()
{
    return QStringLiteral("<td width=\"12%\">&nbsp;</td>");
}
} // namespace

QList<StockSheet::Line> StockSheetRenderer::sorted(const StockSheet& sheet)
{
    QList<StockSheet::Line> lines = sheet.lines;
    QCollator collator;
    collator.setNumericMode(true); // A-2 before A-10
    std::stable_sort(lines.begin(), lines.end(),
                     [&collator](const StockSheet::Line& a, const StockSheet::Line& b) {
                         if (a.bin.isEmpty() != b.bin.isEmpty())
                             return b.bin.isEmpty();
                         if (const int c = collator.compare(a.bin, b.bin); c != 0)
                             return c < 0;
                         return collator.compare(a.sku, b.sku) < 0;
                     });
    return lines;
}

QString StockSheetRenderer::html(const StockSheet& sheet)
{
    return Parts::begin() + body(sheet) + Parts::end();
}

QString StockSheetRenderer::html(const QList<StockSheet>& sheets)
{
    QString h = Parts::begin();
    for (int i = 0; i < sheets.size(); ++i) {
        if (i > 0)
            h += QStringLiteral("<div style=\"page-break-before: always\"></div>");
        h += body(sheets.at(i));
    }
    return h + Parts::end();
}

QString StockSheetRenderer::body(const StockSheet& s)
{
    const bool pick = s.kind == StockSheet::Kind::PickList;
    QString h;
    QList<QPair<QString, QString>> rows{{pick ? tr("Order") : tr("Count"), s.number},
                                        {tr("Warehouse"), s.warehouse}};
    rows += s.facts;
    h += Parts::header(s.company, s.title, rows);

    const QList<StockSheet::Line> lines = sorted(s);
    const bool bins = std::any_of(lines.cbegin(), lines.cend(),
                                  [](const StockSheet::Line& l) { return !l.bin.isEmpty(); });
    QStringList heads;
    if (pick)
        heads.append(QStringLiteral("✓"));
    else
        heads.append(tr("#"));
    if (bins)
        heads.append(tr("Bin"));
    heads += QStringList{tr("SKU"), tr("Product"), tr("Unit")};
    if (pick)
        heads += QStringList{tr("To pick"), tr("Picked")};
    else {
        if (s.showExpected)
            heads.append(tr("Expected"));
        heads += QStringList{tr("Counted"), tr("Note")};
    }
    h += QStringLiteral("<table class=\"lines\" width=\"100%\" cellspacing=\"0\" cellpadding=\"5\">"
                        "<thead><tr>");
    for (const QString& head : heads)
        h += QStringLiteral("<th align=\"left\">%1</th>").arg(Parts::esc(head));
    h += QStringLiteral("</tr></thead>");
    int n = 0;
    for (const StockSheet::Line& l : lines) {
        ++n;
        h += QStringLiteral("<tr>");
        // A box to tick on a pick list (U+2610 BALLOT BOX), the line number on a count sheet.
        h += pick ? QStringLiteral("<td width=\"4%\">&#x2610;</td>") : cell(QString::number(n));
        if (bins)
            h += cell(l.bin);
        h += cell(l.sku) + QStringLiteral("<td>%1</td>").arg(Parts::esc(l.name)) + cell(l.unit);
        if (pick)
            h += cell(l.qty, true) + blank();
        else {
            if (s.showExpected)
                h += cell(l.qty, true);
            h += blank() + blank();
        }
        h += QStringLiteral("</tr>");
    }
    h += QStringLiteral("</table>");
    h += QStringLiteral("<p class=\"muted\">%1</p>")
             .arg(Parts::esc(pick ? tr("Lines: %1. Tick each line as it is picked; write what "
                                       "was short in Picked.")
                                        .arg(lines.size())
                                  : tr("Lines: %1. Write what is on the shelf, also 0; note "
                                       "damaged or unknown goods.")
                                        .arg(lines.size())));
    if (!s.notes.trimmed().isEmpty())
        h += QStringLiteral("<p><b>%1</b> %2</p>")
                 .arg(Parts::esc(tr("Notes:")), Parts::esc(s.notes));
    h += Parts::signatures(pick ? QStringList{tr("Picked by"), tr("Checked by")}
                                : QStringList{tr("Counted by"), tr("Checked by")});
    return h;
}

void StockSheetRenderer::build(QTextDocument& document, const QList<StockSheet>& sheets)
{
    Parts::prepare(document, sheets.isEmpty() ? DeliveryNote::Company() : sheets.first().company);
    document.setHtml(html(sheets));
}

QString StockSheetRenderer::name(const StockSheet& s)
{
    QString n = s.number.isEmpty() ? s.title : QStringLiteral("%1 %2").arg(s.title, s.number);
    if (!s.warehouse.isEmpty())
        n += QStringLiteral(" · ") + s.warehouse;
    return n;
}

bool StockSheetRenderer::writePdf(const QList<StockSheet>& sheets, const QString& path,
                                  QString* error)
{
    QTextDocument document;
    build(document, sheets);
    return writeDocumentPdf(document, sheets.isEmpty() ? QString() : name(sheets.first()), path,
                            error);
}

bool StockSheetRenderer::print(const QList<StockSheet>& sheets, QPagedPaintDevice& device)
{
    QTextDocument document;
    build(document, sheets);
    return paintDocument(document, device);
}

} // namespace Erp::Client::Print
