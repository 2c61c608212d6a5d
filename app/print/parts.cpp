#include "app/print/parts.h"

#include "app/print/document.h"

#include <QImage>
#include <QTextDocument>
#include <QUrl>

namespace Erp::Client::Print {

namespace {
const QString LogoResource = QStringLiteral("erp-logo:company");
}

QString Parts::esc(const QString& text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>"));
}

QString Parts::begin()
{
    return QStringLiteral("<html><head><style>"
                          "body { font-size: 10pt; color: #000000; }"
                          "h1 { font-size: 18pt; margin: 0; }"
                          ".company { font-size: 12pt; font-weight: bold; }"
                          ".muted { color: #555555; }"
                          ".badge { color: #555555; font-weight: bold; }"
                          ".alert { color: #b00000; font-weight: bold; }"
                          "td.label { color: #555555; padding-right: 8px; }"
                          "table.lines { border-collapse: collapse; }"
                          "table.lines th { background-color: #e8e8e8; border: 1px solid #777777; "
                          "padding: 4px; font-size: 9pt; }"
                          "table.lines td { border: 1px solid #777777; padding: 4px; "
                          "font-size: 9pt; }"
                          "tr.total td { font-weight: bold; }"
                          "table.sign td { border: 1px solid #999999; padding: 6px; }"
                          "</style></head><body>");
}

QString Parts::noWrap(qreal pointSize)
{
    return QStringLiteral("white-space: nowrap; border: 1px solid #777777; padding: 4px; "
                          "font-size: %1pt;")
        .arg(pointSize);
}

QString Parts::header(const DeliveryNote::Company& c, const QString& title,
                      const QList<QPair<QString, QString>>& rows, const QString& badge, bool alert)
{
    QString h = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr>"
                               "<td width=\"50%\" valign=\"top\">");
    if (!c.logo.isEmpty())
        h += QStringLiteral("<img src=\"%1\" height=\"40\"><br>").arg(LogoResource);
    h += QStringLiteral("<div class=\"company\">%1</div>").arg(esc(c.name));
    for (const QString& line : {c.address, c.phone})
        if (!line.isEmpty())
            h += QStringLiteral("<div class=\"muted\">%1</div>").arg(esc(line));
    if (!c.taxId.isEmpty())
        h +=
            QStringLiteral("<div class=\"muted\">%1</div>").arg(esc(tr("Tax id: %1").arg(c.taxId)));
    h += QStringLiteral("</td><td width=\"50%\" valign=\"top\" align=\"right\"><h1>%1</h1>")
             .arg(esc(title));
    if (!badge.isEmpty())
        h += QStringLiteral("<div class=\"%1\">%2</div>")
                 .arg(alert ? QStringLiteral("alert") : QStringLiteral("badge"), esc(badge));
    h += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"1\">");
    for (const auto& [label, value] : rows) {
        if (value.trimmed().isEmpty())
            continue;
        h += QStringLiteral("<tr><td class=\"label\">%1</td><td>%2</td></tr>")
                 .arg(esc(label), esc(value));
    }
    h += QStringLiteral("</table></td></tr></table><hr>");
    return h;
}

QString Parts::signatures(const QStringList& signers)
{
    if (signers.isEmpty())
        return {};
    QString h = QStringLiteral("<br><table class=\"sign\" width=\"100%\" cellspacing=\"0\" "
                               "cellpadding=\"6\"><tr>");
    const int width = 100 / int(signers.size());
    for (const QString& who : signers)
        h += QStringLiteral("<td width=\"%1%\" valign=\"top\"><b>%2</b><br><br><br>"
                            "<span class=\"muted\">%3</span><br>"
                            "<span class=\"muted\">%4</span></td>")
                 .arg(width)
                 .arg(esc(who), esc(tr("Signature:")), esc(tr("Date:")));
    h += QStringLiteral("</tr></table>");
    return h;
}

void Parts::prepare(QTextDocument& document, const DeliveryNote::Company& company)
{
    document.setDefaultFont(documentFont());
    document.setDocumentMargin(0);
    if (!company.logo.isEmpty()) {
        QImage logo;
        if (logo.loadFromData(company.logo))
            document.addResource(QTextDocument::ImageResource, QUrl(LogoResource), logo);
    }
}

} // namespace Erp::Client::Print
