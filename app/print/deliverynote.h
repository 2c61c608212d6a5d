#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

class QPagedPaintDevice;
class QTextDocument;

namespace Erp::Client::Print {

/// What a delivery note shows: who sends, which order and shipment, to whom and where, the
/// goods (SKU, name, quantity, unit), the carrier and tracking number, and boxes for the
/// signatures of the warehouse, the driver and the receiver. Plain data: the page that prints
/// fills it, the renderer needs no dialogs and no server.
struct DeliveryNote
{
    /// The header, from the company profile (admin.company.get).
    struct Company
    {
        QString name;
        QString address;
        QString phone;
        QString taxId;
        QByteArray logo; ///< a PNG or JPEG file's bytes; empty: none
    };
    struct Line
    {
        QString sku;
        QString name;
        QString qty; ///< as shown ("2.5")
        QString unit;
    };

    Company company;
    QString orderNumber;
    QString shipmentNumber;
    QString date; ///< as shown
    QString customerName;
    QString contactName;
    QString contactPhone;
    QString shippingAddress;
    QString externalRef;
    QString carrier;
    QString tracking;
    QString notes;
    QList<Line> lines;
};

/// Renders delivery notes (HTML laid out by QTextDocument, written by QPdfWriter on A4).
class DeliveryNoteRenderer final
{
    Q_DECLARE_TR_FUNCTIONS(Erp::Client::Print::DeliveryNoteRenderer)
public:
    /// The note as HTML (all values escaped).
    static QString html(const DeliveryNote& note);
    /// Lays the note out in `document` (A4 page size, a font with CJK glyphs).
    static void build(QTextDocument& document, const DeliveryNote& note);
    /// Writes the note as a PDF file at `path`; false with `error` set when the file cannot be
    /// written.
    static bool writePdf(const DeliveryNote& note, const QString& path, QString* error = nullptr);
    /// Paints the note on a printer (or any paged device).
    static bool print(const DeliveryNote& note, QPagedPaintDevice& device);
};

} // namespace Erp::Client::Print
