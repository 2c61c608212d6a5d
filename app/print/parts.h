#pragma once

#include "app/print/deliverynote.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

class QTextDocument;

namespace Erp::Client::Print {

/// The pieces every printed document is made of, so that the invoice, the order confirmation,
/// the purchase order, the pick list and the count sheet look alike: one style sheet, the
/// company block on the left of the header with the title and numbers on the right, the
/// signature boxes as wide as the table.
class Parts final
{
    Q_DECLARE_TR_FUNCTIONS(Erp::Client::Print::Parts)
public:
    /// `text` escaped for HTML, line breaks kept.
    static QString esc(const QString& text);
    /// The opening of a document up to <body>, with the shared style sheet.
    static QString begin();
    static QString end() { return QStringLiteral("</body></html>"); }
    /// The inline style of a table cell kept on one line (numbers, codes): an inline style
    /// replaces the style sheet's, so the cell's border and padding are repeated in it.
    static QString noWrap(qreal pointSize = 9);
    /// The header: the company (logo, name, address, phone, tax id) on the left; `title`, a
    /// `badge` under it (e.g. "CANCELLED", in red when `alert`), and `rows` (label, value; empty
    /// values left out) on the right; a rule below.
    static QString header(const DeliveryNote::Company& company, const QString& title,
                          const QList<QPair<QString, QString>>& rows, const QString& badge = {},
                          bool alert = false);
    /// One box per signer, side by side across the page's width, with Signature and Date.
    static QString signatures(const QStringList& signers);
    /// The document font, no margin, and the company's logo as the header's image.
    static void prepare(QTextDocument& document, const DeliveryNote::Company& company);
};

} // namespace Erp::Client::Print
