#pragma once

#include "app/print/deliverynote.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class QPagedPaintDevice;
class QTextDocument;

namespace Erp::Client::Print {

/// A document between the company and a trading partner with prices: the sales order
/// confirmation or quotation (报价单) for the customer, the purchase order for the supplier.
/// Plain data, every value as shown; the page that prints fills it.
struct TradeDocument
{
    struct Line
    {
        QString sku;
        QString name;
        QString qty;
        QString unit;
        QString unitPrice;
        QString discount; ///< "5 %"; empty: no discount column when no line has one
        QString taxRate;  ///< "13 %"
        QString net;      ///< 金额
        QString tax;      ///< 税额
        QString gross;    ///< 价税合计
    };

    DeliveryNote::Company company;
    QString title;      ///< "Quotation", "Sales Order Confirmation", "Purchase Order"
    QString badge;      ///< the state when it matters ("Cancelled", "Draft")
    bool alert = false; ///< the badge in red (cancelled)
    QString number;
    /// (label, value) rows under the title: dates, references, payment terms.
    QList<QPair<QString, QString>> facts;
    QString partyTitle; ///< "Customer" / "Supplier"
    QString partyName;
    QString partyCode;
    QString partyTaxId;
    QString contact; ///< name · phone
    QString partyAddress;
    QString deliveryTitle; ///< "Ship to" / "Deliver to"
    QString deliveryAddress;
    QString currency;
    QList<Line> lines;
    QString net;
    QString tax;
    QString total;
    QString totalInWords; ///< Erp::chineseCapitalAmount of the total
    QString notes;
    QString terms; ///< a closing sentence (validity of a quotation, delivery terms)
    QStringList signers;
};

/// Renders trade documents (HTML laid out by QTextDocument) to a PDF file or a printer.
class TradeDocumentRenderer final
{
    Q_DECLARE_TR_FUNCTIONS(Erp::Client::Print::TradeDocumentRenderer)
public:
    static QString html(const TradeDocument& document);
    static void build(QTextDocument& document, const TradeDocument& trade);
    static bool writePdf(const TradeDocument& document, const QString& path,
                         QString* error = nullptr);
    static bool print(const TradeDocument& document, QPagedPaintDevice& device);
    /// "Quotation SO2026-000001".
    static QString name(const TradeDocument& document);
};

} // namespace Erp::Client::Print
