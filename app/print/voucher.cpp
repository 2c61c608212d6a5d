#include "app/print/voucher.h"

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
} // namespace

QString VoucherRenderer::html(const Voucher& v)
{
    QString h;
    h += QStringLiteral("<html><head><style>"
                        "body { font-size: 10pt; }"
                        "h1 { font-size: 18pt; margin: 0; }"
                        ".company { font-size: 12pt; font-weight: bold; }"
                        ".muted { color: #555555; }"
                        ".draft { color: #b00000; font-weight: bold; }"
                        "table.lines { border-collapse: collapse; }"
                        "table.lines th { background-color: #e8e8e8; border: 1px solid #777777; "
                        "padding: 4px; }"
                        "table.lines td { border: 1px solid #777777; padding: 4px; }"
                        "td.amount { text-align: right; }"
                        "tr.total td { font-weight: bold; }"
                        "</style></head><body>");
    // Header: the company on the left, the title in the middle, number and date on the right.
    h += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr>"
                        "<td width=\"30%\" valign=\"top\">");
    if (!v.company.logo.isEmpty())
        h += QStringLiteral("<img src=\"%1\" height=\"36\"><br>").arg(LogoResource);
    h += QStringLiteral("<div class=\"company\">%1</div>").arg(esc(v.company.name));
    if (!v.company.taxId.isEmpty())
        h += QStringLiteral("<div class=\"muted\">%1</div>")
                 .arg(esc(tr("Tax id: %1").arg(v.company.taxId)));
    h += QStringLiteral("</td><td width=\"40%\" align=\"center\" valign=\"top\"><h1>%1</h1>")
             .arg(esc(v.title));
    if (v.draft)
        h += QStringLiteral("<div class=\"draft\">%1</div>")
                 .arg(esc(tr("DRAFT — not posted, no number yet")));
    h += QStringLiteral("<div>%1</div></td>").arg(esc(tr("Date: %1").arg(v.date)));
    h += QStringLiteral("<td width=\"30%\" align=\"right\" valign=\"top\">"
                        "<div><b>%1</b></div><div class=\"muted\">%2</div>")
             .arg(esc(v.number.isEmpty() ? tr("No.: —") : tr("No.: %1").arg(v.number)),
                  esc(tr("Journal: %1").arg(v.journal)));
    if (!v.source.isEmpty())
        h += QStringLiteral("<div class=\"muted\">%1</div>")
                 .arg(esc(tr("Source: %1").arg(v.source)));
    h += QStringLiteral("</td></tr></table>");
    if (!v.description.isEmpty())
        h += QStringLiteral("<p>%1</p>").arg(esc(v.description));
    else
        h += QStringLiteral("<br>");

    // The lines, then the totals with the amount in capitals.
    h += QStringLiteral("<table class=\"lines\" width=\"100%\" cellspacing=\"0\" cellpadding=\"4\">"
                        "<thead><tr><th width=\"30%\" align=\"left\">%1</th>"
                        "<th width=\"36%\" align=\"left\">%2</th>"
                        "<th width=\"17%\" align=\"right\">%3</th>"
                        "<th width=\"17%\" align=\"right\">%4</th></tr></thead>")
             .arg(esc(tr("Summary")), esc(tr("Account")), esc(tr("Debit")), esc(tr("Credit")));
    for (const Voucher::Line& l : v.lines)
        h += QStringLiteral("<tr><td>%1</td><td>%2 %3</td><td class=\"amount\" align=\"right\">"
                            "%4</td><td class=\"amount\" align=\"right\">%5</td></tr>")
                 .arg(esc(l.summary), esc(l.accountCode), esc(l.accountName), esc(l.debit),
                      esc(l.credit));
    h += QStringLiteral("<tr class=\"total\"><td colspan=\"2\">%1</td>"
                        "<td align=\"right\">%2</td><td align=\"right\">%3</td></tr>")
             .arg(esc(tr("Total: %1").arg(v.totalInWords)), esc(v.debitTotal), esc(v.creditTotal));
    h += QStringLiteral("</table><br>");

    // Who prepared, checked and posted it.
    h += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"2\"><tr>");
    const QList<QPair<QString, QString>> people{{tr("Prepared by:"), v.preparedBy},
                                                {tr("Checked by:"), QString()},
                                                {tr("Posted by:"), v.postedBy},
                                                {tr("Cashier:"), QString()}};
    for (const auto& [label, name] : people)
        h += QStringLiteral("<td width=\"25%\"><span class=\"muted\">%1</span> %2</td>")
                 .arg(esc(label), esc(name.isEmpty() ? QStringLiteral("__________") : name));
    h += QStringLiteral("</tr></table></body></html>");
    return h;
}

void VoucherRenderer::build(QTextDocument& document, const Voucher& voucher)
{
    document.setDefaultFont(documentFont());
    document.setDocumentMargin(0);
    if (!voucher.company.logo.isEmpty()) {
        QImage logo;
        if (logo.loadFromData(voucher.company.logo))
            document.addResource(QTextDocument::ImageResource, QUrl(LogoResource), logo);
    }
    document.setHtml(html(voucher));
}

bool VoucherRenderer::writePdf(const Voucher& voucher, const QString& path, QString* error)
{
    QTextDocument document;
    build(document, voucher);
    return writeDocumentPdf(document,
                            voucher.number.isEmpty()
                                ? voucher.title
                                : QStringLiteral("%1 %2").arg(voucher.title, voucher.number),
                            path, error);
}

bool VoucherRenderer::print(const Voucher& voucher, QPagedPaintDevice& device)
{
    QTextDocument document;
    build(document, voucher);
    return paintDocument(document, device);
}

} // namespace Erp::Client::Print
