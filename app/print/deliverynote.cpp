#include "app/print/deliverynote.h"

#include "app/print/document.h"

#include <QImage>
#include <QTextDocument>
#include <QUrl>

namespace Erp::Client::Print {

namespace {
const QString LogoResource = QStringLiteral("erp-logo:company");

QString esc(const QString& text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>"));
}

QString row(const QString& label, const QString& value)
{
    if (value.trimmed().isEmpty())
        return QString();
    return QStringLiteral("<tr><td class=\"label\">%1</td><td>%2</td></tr>")
        .arg(esc(label), esc(value));
}
} // namespace

QString DeliveryNoteRenderer::html(const DeliveryNote& note)
{
    QString h;
    h += QStringLiteral("<html><head><style>"
                        "body { font-size: 10pt; }"
                        "h1 { font-size: 18pt; margin: 0; }"
                        ".company { font-size: 13pt; font-weight: bold; }"
                        ".muted { color: #555555; }"
                        "td.label { color: #555555; padding-right: 8px; }"
                        "table.lines { border-collapse: collapse; }"
                        "table.lines th { background-color: #e8e8e8; text-align: left; "
                        "border: 1px solid #999999; padding: 4px; }"
                        "table.lines td { border: 1px solid #999999; padding: 4px; }"
                        "table.sign td { border: 1px solid #999999; padding: 6px; }"
                        "</style></head><body>");
    // Header: the company on the left, the document's title and numbers on the right.
    h += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr>"
                        "<td width=\"55%\" valign=\"top\">");
    if (!note.company.logo.isEmpty())
        h += QStringLiteral("<img src=\"%1\" height=\"48\"><br>").arg(LogoResource);
    h += QStringLiteral("<div class=\"company\">%1</div>"
                        "<div class=\"muted\">%2</div><div class=\"muted\">%3</div>")
             .arg(esc(note.company.name), esc(note.company.address), esc(note.company.phone));
    if (!note.company.taxId.isEmpty())
        h += QStringLiteral("<div class=\"muted\">%1</div>")
                 .arg(esc(tr("Tax id: %1").arg(note.company.taxId)));
    h += QStringLiteral("</td>");
    h += QStringLiteral("<td width=\"45%\" valign=\"top\" align=\"right\"><h1>%1</h1>"
                        "<table cellspacing=\"0\" cellpadding=\"1\">")
             .arg(esc(tr("Delivery Note")));
    h += row(tr("Shipment"), note.shipmentNumber);
    h += row(tr("Order"), note.orderNumber);
    h += row(tr("Customer reference"), note.externalRef);
    h += row(tr("Date"), note.date);
    h += QStringLiteral("</table></td></tr></table><hr>");

    // Ship to and carrier.
    h += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"2\"><tr>"
                        "<td width=\"55%\" valign=\"top\"><b>%1</b><br>%2")
             .arg(esc(tr("Ship to")), esc(note.customerName));
    QString contact = note.contactName;
    if (!note.contactPhone.isEmpty())
        contact += (contact.isEmpty() ? QString() : QStringLiteral(" · ")) + note.contactPhone;
    if (!contact.isEmpty())
        h += QStringLiteral("<br>") + esc(contact);
    if (!note.shippingAddress.isEmpty())
        h += QStringLiteral("<br>") + esc(note.shippingAddress);
    h += QStringLiteral("</td><td width=\"45%\" valign=\"top\"><table cellspacing=\"0\" "
                        "cellpadding=\"1\">");
    h += row(tr("Carrier"), note.carrier);
    h += row(tr("Tracking number"), note.tracking);
    h += QStringLiteral("</table></td></tr></table><br>");

    // The goods.
    h += QStringLiteral("<table class=\"lines\" width=\"100%\" cellspacing=\"0\" "
                        "cellpadding=\"4\"><thead><tr><th width=\"6%\">%1</th>"
                        "<th width=\"18%\">%2</th><th>%3</th>"
                        "<th width=\"12%\" align=\"right\">%4</th><th width=\"9%\">%5</th>"
                        "</tr></thead>")
             .arg(esc(tr("No.")), esc(tr("SKU")), esc(tr("Product")), esc(tr("Quantity")),
                  esc(tr("Unit")));
    for (int i = 0; i < note.lines.size(); ++i) {
        const DeliveryNote::Line& l = note.lines.at(i);
        h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td align=\"right\">%4</td>"
                            "<td>%5</td></tr>")
                 .arg(i + 1)
                 .arg(esc(l.sku), esc(l.name), esc(l.qty), esc(l.unit));
    }
    h += QStringLiteral("</table>");
    if (!note.notes.trimmed().isEmpty())
        h += QStringLiteral("<p><b>%1</b> %2</p>").arg(esc(tr("Notes:")), esc(note.notes));

    // Signatures.
    h += QStringLiteral("<br><br><table class=\"sign\" width=\"100%\" cellspacing=\"0\" "
                        "cellpadding=\"6\"><tr>");
    for (const QString& who :
         {tr("Issued by (warehouse)"), tr("Carrier / driver"), tr("Received by (customer)")})
        h += QStringLiteral("<td width=\"33%\" valign=\"top\"><b>%1</b><br><br><br><br>"
                            "<span class=\"muted\">%2</span><br>"
                            "<span class=\"muted\">%3</span></td>")
                 .arg(esc(who), esc(tr("Signature:")), esc(tr("Date:")));
    h += QStringLiteral("</tr></table>");
    h += QStringLiteral("<p class=\"muted\">%1</p>")
             .arg(esc(tr("Please check the goods on receipt and note any damage or shortage "
                         "before signing.")));
    h += QStringLiteral("</body></html>");
    return h;
}

void DeliveryNoteRenderer::build(QTextDocument& document, const DeliveryNote& note)
{
    document.setDefaultFont(documentFont());
    document.setDocumentMargin(0);
    if (!note.company.logo.isEmpty()) {
        QImage logo;
        if (logo.loadFromData(note.company.logo))
            document.addResource(QTextDocument::ImageResource, QUrl(LogoResource), logo);
    }
    document.setHtml(html(note));
}

bool DeliveryNoteRenderer::writePdf(const DeliveryNote& note, const QString& path, QString* error)
{
    QTextDocument document;
    build(document, note);
    return writeDocumentPdf(
        document,
        tr("Delivery Note %1")
            .arg(note.shipmentNumber.isEmpty() ? note.orderNumber : note.shipmentNumber),
        path, error);
}

bool DeliveryNoteRenderer::print(const DeliveryNote& note, QPagedPaintDevice& device)
{
    QTextDocument document;
    build(document, note);
    return paintDocument(document, device);
}

} // namespace Erp::Client::Print
