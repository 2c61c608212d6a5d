#include "app/print/tradedocument.h"

#include "app/print/document.h"
#include "app/print/parts.h"

#include <QTextDocument>

#include <algorithm>

namespace Erp::Client::Print {

namespace {
/// Ten columns of money on a portrait page: the lines in 8 pt.
const QString kCellStyle =
    QStringLiteral("border: 1px solid #777777; padding: 4px; font-size: 8pt;");

/// A cell; numbers right-aligned and never broken ("1,140,000.00" stays on one line, the
/// product's name wraps instead).
QString cell(const QString& text, bool right = true)
{
    return QStringLiteral("<td align=\"%1\" style=\"%2\">%3</td>")
        .arg(right ? QStringLiteral("right") : QStringLiteral("left"), Parts::noWrap(8),
             Parts::esc(text));
}

/// The product's name: the column that takes the width the others leave and wraps.
QString wrapping(const QString& text)
{
    return QStringLiteral("<td style=\"%1\">%2</td>").arg(kCellStyle, Parts::esc(text));
}
} // namespace

QString TradeDocumentRenderer::html(const TradeDocument& d)
{
    QString h = Parts::begin();
    QList<QPair<QString, QString>> rows{{tr("No."), d.number}};
    rows += d.facts;
    h += Parts::header(d.company, d.title, rows, d.badge, d.alert);

    // The partner on the left, where the goods go on the right.
    h += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"2\"><tr>"
                        "<td width=\"50%\" valign=\"top\"><span class=\"muted\">%1</span><br>"
                        "<b>%2</b>")
             .arg(Parts::esc(d.partyTitle), Parts::esc(d.partyName));
    if (!d.partyCode.isEmpty())
        h += QStringLiteral(" <span class=\"muted\">(%1)</span>").arg(Parts::esc(d.partyCode));
    for (const QString& line :
         {d.partyTaxId.isEmpty() ? QString() : tr("Tax id: %1").arg(d.partyTaxId), d.contact,
          d.partyAddress})
        if (!line.isEmpty())
            h += QStringLiteral("<br>") + Parts::esc(line);
    h += QStringLiteral("</td><td width=\"50%\" valign=\"top\">");
    if (!d.deliveryAddress.isEmpty())
        h += QStringLiteral("<span class=\"muted\">%1</span><br>%2")
                 .arg(Parts::esc(d.deliveryTitle), Parts::esc(d.deliveryAddress));
    h += QStringLiteral("</td></tr></table>");
    h += QStringLiteral("<p align=\"right\" class=\"muted\">%1</p>")
             .arg(Parts::esc(tr("Currency: %1").arg(d.currency)));

    const bool discounts = std::any_of(d.lines.cbegin(), d.lines.cend(),
                                       [](const auto& l) { return !l.discount.isEmpty(); });
    // (title, right-aligned): numbers stay on one line, titles and the product's name wrap.
    QList<QPair<QString, bool>> heads{{tr("#"), false},       {tr("SKU"), false},
                                      {tr("Product"), false}, {tr("Qty"), true},
                                      {tr("Unit"), false},    {tr("Unit price"), true}};
    if (discounts)
        //: Column title: the line's discount in percent
        heads.append({tr("Disc."), true});
    heads += {{tr("VAT rate"), true},
              //: 金额: the line amount without VAT
              {tr("Amount"), true},
              //: 税额: the VAT of the line
              {tr("VAT"), true},
              //: 价税合计: amount plus VAT
              {tr("Total"), true}};
    h += QStringLiteral("<table class=\"lines\" width=\"100%\" cellspacing=\"0\" cellpadding=\"3\">"
                        "<thead><tr>");
    for (const auto& [title, right] : heads)
        h += QStringLiteral("<th align=\"%1\" style=\"%2\">%3</th>")
                 .arg(right ? QStringLiteral("right") : QStringLiteral("left"), kCellStyle,
                      Parts::esc(title));
    h += QStringLiteral("</tr></thead>");
    int n = 0;
    for (const TradeDocument::Line& l : d.lines) {
        h += QStringLiteral("<tr>") + cell(QString::number(++n), false) + cell(l.sku, false) +
             wrapping(l.name) + cell(l.qty) + cell(l.unit, false) + cell(l.unitPrice);
        if (discounts)
            h += cell(l.discount);
        h += cell(l.taxRate) + cell(l.net) + cell(l.tax) + cell(l.gross) + QStringLiteral("</tr>");
    }
    const int before = discounts ? 8 : 7;
    h += QStringLiteral("<tr class=\"total\"><td colspan=\"%1\">%2</td>")
             .arg(before)
             .arg(Parts::esc(tr("Total"))) +
         cell(d.net) + cell(d.tax) + cell(d.total) + QStringLiteral("</tr>");
    if (!d.totalInWords.isEmpty())
        h += QStringLiteral("<tr class=\"total\"><td colspan=\"%1\">%2</td></tr>")
                 .arg(before + 3)
                 .arg(Parts::esc(tr("Total in words: %1").arg(d.totalInWords)));
    h += QStringLiteral("</table>");
    if (!d.notes.trimmed().isEmpty())
        h += QStringLiteral("<p><b>%1</b> %2</p>")
                 .arg(Parts::esc(tr("Notes:")), Parts::esc(d.notes));
    if (!d.terms.isEmpty())
        h += QStringLiteral("<p class=\"muted\">%1</p>").arg(Parts::esc(d.terms));
    h += Parts::signatures(d.signers);
    h += Parts::end();
    return h;
}

void TradeDocumentRenderer::build(QTextDocument& document, const TradeDocument& trade)
{
    Parts::prepare(document, trade.company);
    document.setHtml(html(trade));
}

QString TradeDocumentRenderer::name(const TradeDocument& d)
{
    return d.number.isEmpty() ? d.title : QStringLiteral("%1 %2").arg(d.title, d.number);
}

bool TradeDocumentRenderer::writePdf(const TradeDocument& d, const QString& path, QString* error)
{
    QTextDocument document;
    build(document, d);
    return writeDocumentPdf(document, name(d), path, error);
}

bool TradeDocumentRenderer::print(const TradeDocument& d, QPagedPaintDevice& device)
{
    QTextDocument document;
    build(document, d);
    return paintDocument(document, device);
}

} // namespace Erp::Client::Print
