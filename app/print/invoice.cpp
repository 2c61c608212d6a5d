#include "app/print/invoice.h"

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

QString style()
{
    return QStringLiteral("<html><head><style>"
                          "body { font-size: 10pt; }"
                          "h1 { font-size: 18pt; margin: 0; }"
                          ".company { font-size: 12pt; font-weight: bold; }"
                          ".muted { color: #555555; }"
                          ".draft { color: #b00000; font-weight: bold; }"
                          "table.lines { border-collapse: collapse; }"
                          "table.lines th { background-color: #e8e8e8; border: 1px solid #777777; "
                          "padding: 4px; }"
                          "table.lines td { border: 1px solid #777777; padding: 4px; }"
                          "tr.total td { font-weight: bold; }"
                          "</style></head><body>");
}

/// The company block of the header (logo, name, address, phone, tax id).
QString companyBlock(const DeliveryNote::Company& c, const QString& taxIdText)
{
    QString h;
    if (!c.logo.isEmpty())
        h += QStringLiteral("<img src=\"%1\" height=\"36\"><br>").arg(LogoResource);
    h += QStringLiteral("<div class=\"company\">%1</div>").arg(esc(c.name));
    for (const QString& line : {c.address, c.phone})
        if (!line.isEmpty())
            h += QStringLiteral("<div class=\"muted\">%1</div>").arg(esc(line));
    if (!c.taxId.isEmpty())
        h += QStringLiteral("<div class=\"muted\">%1</div>").arg(esc(taxIdText));
    return h;
}

void addLogo(QTextDocument& document, const DeliveryNote::Company& company)
{
    document.setDefaultFont(documentFont());
    document.setDocumentMargin(0);
    if (!company.logo.isEmpty()) {
        QImage logo;
        if (logo.loadFromData(company.logo))
            document.addResource(QTextDocument::ImageResource, QUrl(LogoResource), logo);
    }
}
} // namespace

QString CustomerInvoiceRenderer::html(const CustomerInvoice& v)
{
    QString h = style();
    h += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr>"
                        "<td width=\"45%\" valign=\"top\">");
    h += companyBlock(v.company, tr("Tax id: %1").arg(v.company.taxId));
    h += QStringLiteral("</td><td width=\"55%\" align=\"right\" valign=\"top\"><h1>%1</h1>")
             .arg(esc(v.title));
    if (v.draft)
        h += QStringLiteral("<div class=\"draft\">%1</div>")
                 .arg(esc(tr("DRAFT — not posted, no number yet")));
    else
        h += QStringLiteral("<div><b>%1</b></div>").arg(esc(tr("No.: %1").arg(v.number)));
    h += QStringLiteral("<div>%1</div>").arg(esc(tr("Date: %1").arg(v.date)));
    if (!v.dueDate.isEmpty())
        h += QStringLiteral("<div>%1</div>").arg(esc(tr("Due date: %1").arg(v.dueDate)));
    if (!v.orderNumber.isEmpty())
        h += QStringLiteral("<div class=\"muted\">%1</div>")
                 .arg(esc(tr("Sales order: %1").arg(v.orderNumber)));
    if (!v.fapiaoNumber.isEmpty())
        h += QStringLiteral("<div class=\"muted\">%1</div>")
                 .arg(esc(v.fapiaoDate.isEmpty()
                              ? tr("Fapiao no.: %1").arg(v.fapiaoNumber)
                              : tr("Fapiao no.: %1 of %2").arg(v.fapiaoNumber, v.fapiaoDate)));
    h += QStringLiteral("</td></tr></table><br>");

    // The buyer.
    h += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"2\"><tr><td>"
                        "<span class=\"muted\">%1</span> <b>%2</b>")
             .arg(esc(tr("Bill to:")), esc(v.customerName));
    if (!v.customerCode.isEmpty())
        h += QStringLiteral(" <span class=\"muted\">(%1)</span>").arg(esc(v.customerCode));
    h += QStringLiteral("</td><td align=\"right\" class=\"muted\">%1</td></tr></table><br>")
             .arg(esc(tr("Currency: %1").arg(v.currency)));

    h += QStringLiteral("<table class=\"lines\" width=\"100%\" cellspacing=\"0\" cellpadding=\"4\">"
                        "<thead><tr><th align=\"left\">%1</th><th align=\"left\">%2</th>"
                        "<th align=\"right\">%3</th><th align=\"right\">%4</th>"
                        "<th align=\"right\">%5</th><th align=\"right\">%6</th>"
                        "<th align=\"right\">%7</th><th align=\"right\">%8</th></tr></thead>")
             .arg(esc(tr("#")), esc(tr("Description")), esc(tr("Qty")), esc(tr("Unit price")),
                  esc(tr("VAT rate")),
                  //: 金额: the line amount without VAT
                  esc(tr("Amount")),
                  //: 税额: the VAT of the line
                  esc(tr("VAT")),
                  //: 价税合计: amount plus VAT
                  esc(tr("Total")));
    int n = 0;
    for (const CustomerInvoice::Line& l : v.lines)
        h += QStringLiteral("<tr><td>%1</td><td>%2</td><td align=\"right\">%3</td>"
                            "<td align=\"right\">%4</td><td align=\"right\">%5</td>"
                            "<td align=\"right\">%6</td><td align=\"right\">%7</td>"
                            "<td align=\"right\">%8</td></tr>")
                 .arg(QString::number(++n), esc(l.description), esc(l.qty), esc(l.unitPrice),
                      esc(l.taxRate), esc(l.net), esc(l.tax), esc(l.gross));
    h += QStringLiteral("<tr class=\"total\"><td colspan=\"5\">%1</td><td align=\"right\">%2</td>"
                        "<td align=\"right\">%3</td><td align=\"right\">%4</td></tr>")
             .arg(esc(tr("Total")), esc(v.net), esc(v.tax), esc(v.total));
    h += QStringLiteral("<tr class=\"total\"><td colspan=\"8\">%1</td></tr>")
             .arg(esc(tr("Total in words: %1").arg(v.totalInWords)));
    h += QStringLiteral("</table><br>");
    if (!v.paid.isEmpty())
        h += QStringLiteral("<p>%1<br><b>%2</b></p>")
                 .arg(esc(tr("Paid or credited: %1").arg(v.paid)), esc(tr("Open: %1").arg(v.open)));
    if (!v.notes.isEmpty())
        h += QStringLiteral("<p class=\"muted\">%1</p>").arg(esc(v.notes));
    h += QStringLiteral("</body></html>");
    return h;
}

void CustomerInvoiceRenderer::build(QTextDocument& document, const CustomerInvoice& invoice)
{
    addLogo(document, invoice.company);
    document.setHtml(html(invoice));
}

bool CustomerInvoiceRenderer::writePdf(const CustomerInvoice& invoice, const QString& path,
                                       QString* error)
{
    QTextDocument document;
    build(document, invoice);
    return writeDocumentPdf(document,
                            invoice.number.isEmpty()
                                ? invoice.title
                                : QStringLiteral("%1 %2").arg(invoice.title, invoice.number),
                            path, error);
}

bool CustomerInvoiceRenderer::print(const CustomerInvoice& invoice, QPagedPaintDevice& device)
{
    QTextDocument document;
    build(document, invoice);
    return paintDocument(document, device);
}

// ---------------------------------------------------------------------------------------------

QString CustomerStatementRenderer::html(const CustomerStatement& s)
{
    QString h = style();
    h += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr>"
                        "<td width=\"45%\" valign=\"top\">");
    h += companyBlock(s.company, tr("Tax id: %1").arg(s.company.taxId));
    h += QStringLiteral("</td><td width=\"55%\" align=\"right\" valign=\"top\"><h1>%1</h1>"
                        "<div>%2</div></td></tr></table><br>")
             .arg(esc(tr("Customer Statement")), esc(tr("Period: %1 – %2").arg(s.from, s.to)));
    h += QStringLiteral("<p><span class=\"muted\">%1</span> <b>%2</b>")
             .arg(esc(tr("Customer:")), esc(s.customerName));
    if (!s.customerCode.isEmpty())
        h += QStringLiteral(" <span class=\"muted\">(%1)</span>").arg(esc(s.customerCode));
    h += QStringLiteral("</p>");

    h += QStringLiteral("<table class=\"lines\" width=\"100%\" cellspacing=\"0\" cellpadding=\"4\">"
                        "<thead><tr><th align=\"left\">%1</th><th align=\"left\">%2</th>"
                        "<th align=\"right\">%3</th><th align=\"right\">%4</th>"
                        "<th align=\"right\">%5</th></tr></thead>")
             .arg(esc(tr("Date")), esc(tr("Document")), esc(tr("Debit")), esc(tr("Credit")),
                  esc(tr("Balance")));
    h += QStringLiteral("<tr class=\"total\"><td>%1</td><td>%2</td><td></td><td></td>"
                        "<td align=\"right\">%3</td></tr>")
             .arg(esc(s.from), esc(tr("Opening balance")), esc(s.opening));
    for (const CustomerStatement::Line& l : s.lines)
        h += QStringLiteral("<tr><td>%1</td><td>%2</td><td align=\"right\">%3</td>"
                            "<td align=\"right\">%4</td><td align=\"right\">%5</td></tr>")
                 .arg(esc(l.date), esc(l.document), esc(l.debit), esc(l.credit), esc(l.balance));
    h += QStringLiteral("<tr class=\"total\"><td>%1</td><td>%2</td><td align=\"right\">%3</td>"
                        "<td align=\"right\">%4</td><td align=\"right\">%5</td></tr>")
             .arg(esc(s.to), esc(tr("Closing balance")), esc(s.debit), esc(s.credit),
                  esc(s.closing));
    h += QStringLiteral("<tr class=\"total\"><td colspan=\"5\">%1</td></tr></table><br>")
             .arg(esc(tr("Closing balance in words: %1").arg(s.closingInWords)));

    h += QStringLiteral("<p><b>%1</b></p>").arg(esc(tr("Aging as of %1").arg(s.to)));
    h += QStringLiteral("<table class=\"lines\" width=\"100%\" cellspacing=\"0\" "
                        "cellpadding=\"4\"><thead><tr>");
    for (const auto& [title, amount] : s.aging) {
        Q_UNUSED(amount);
        h += QStringLiteral("<th align=\"right\">%1</th>").arg(esc(title));
    }
    h += QStringLiteral("</tr></thead><tr>");
    for (const auto& [title, amount] : s.aging) {
        Q_UNUSED(title);
        h += QStringLiteral("<td align=\"right\">%1</td>").arg(esc(amount));
    }
    h += QStringLiteral("</tr></table><br><p class=\"muted\">%1</p></body></html>")
             .arg(esc(tr("Please tell us within 15 days if this statement differs from your "
                         "records.")));
    return h;
}

void CustomerStatementRenderer::build(QTextDocument& document, const CustomerStatement& statement)
{
    addLogo(document, statement.company);
    document.setHtml(html(statement));
}

bool CustomerStatementRenderer::writePdf(const CustomerStatement& statement, const QString& path,
                                         QString* error)
{
    QTextDocument document;
    build(document, statement);
    return writeDocumentPdf(
        document, QStringLiteral("%1 %2").arg(tr("Customer Statement"), statement.customerName),
        path, error);
}

bool CustomerStatementRenderer::print(const CustomerStatement& statement, QPagedPaintDevice& device)
{
    QTextDocument document;
    build(document, statement);
    return paintDocument(document, device);
}

} // namespace Erp::Client::Print
