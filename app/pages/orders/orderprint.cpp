#include "app/pages/orders/orderprint.h"

#include "app/models/format.h"
#include "app/net/apiclient.h"
#include "app/net/servermessages.h"
#include "app/pages/orders/ordertext.h"

#include <QDate>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QUrl>

namespace Erp::Client::Orders {

Print::DeliveryNote::Company OrderPrint::company(const QJsonObject& profile)
{
    Print::DeliveryNote::Company c;
    c.name = profile.value(QLatin1String("legal_name")).toString();
    c.address = profile.value(QLatin1String("address")).toString();
    c.phone = profile.value(QLatin1String("phone")).toString();
    c.taxId = profile.value(QLatin1String("tax_id")).toString();
    c.logo = QByteArray::fromBase64(profile.value(QLatin1String("logo")).toString().toLatin1());
    return c;
}

void OrderPrint::loadCompany(ApiClient& api, QObject* context,
                             std::function<void(const Print::DeliveryNote::Company&)> done)
{
    const QString server = api.serverName();
    const bool local = api.isLocal();
    api.call(
        QStringLiteral("admin.company.get"), {}, context,
        [done](const QJsonValue& v) { done(company(v.toObject())); },
        [done, server, local](const Rpc::Error&) {
            Print::DeliveryNote::Company c;
            c.name = local ? QFileInfo(server).completeBaseName() : server;
            done(c);
        });
}

Print::DeliveryNote OrderPrint::deliveryNote(const Order& order, int index,
                                             const Print::DeliveryNote::Company& company)
{
    Print::DeliveryNote note;
    note.company = company;
    note.orderNumber = order.number;
    note.customerName = order.customerName;
    note.contactName = order.contactName;
    note.contactPhone = order.contactPhone;
    note.shippingAddress = order.shippingAddress;
    note.externalRef = order.externalRef;
    note.notes = order.notes;
    if (index < 0)
        index = int(order.shipments.size()) - 1;
    if (index >= 0 && index < order.shipments.size()) {
        const Shipment& s = order.shipments.at(index);
        note.shipmentNumber = s.number;
        note.carrier = ServerMessages::carrier(s.carrier);
        note.tracking = s.tracking;
        note.date = Format::timestamp(s.shippedAt);
        for (const Shipment::Line& l : s.lines) {
            Print::DeliveryNote::Line line{l.sku, l.name, OrderText::decimal(l.qty, true), l.unit};
            for (const OrderLine& ol : order.lines) {
                if (ol.id == l.lineId) {
                    if (line.sku.isEmpty())
                        line.sku = ol.sku;
                    if (line.name.isEmpty())
                        line.name = ol.name;
                    if (line.unit.isEmpty())
                        line.unit = ol.unit;
                }
            }
            note.lines.append(line);
        }
    } else {
        note.date = Format::date(QDate::currentDate());
        for (const OrderLine& l : order.lines)
            note.lines.append({l.sku, l.name, OrderText::decimal(l.qty, true), l.unit});
    }
    return note;
}

void OrderPrint::printDeliveryNote(const Order& order, const Print::DeliveryNote::Company& company,
                                   QWidget* parent)
{
    if (order.shipments.isEmpty())
        return;
    int index = int(order.shipments.size()) - 1;
    if (order.shipments.size() > 1) {
        QStringList items;
        for (const Shipment& s : order.shipments)
            items.append(QStringLiteral("%1 · %2 · %3")
                             .arg(s.number, Format::timestamp(s.shippedAt),
                                  ServerMessages::carrier(s.carrier)));
        bool ok = false;
        const QString chosen = QInputDialog::getItem(
            parent, tr("Delivery Note"), tr("Which shipment?"), items, index, false, &ok);
        if (!ok)
            return;
        index = int(items.indexOf(chosen));
    }
    const Print::DeliveryNote note = deliveryNote(order, index, company);
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QDir(dir).filePath(
        tr("Delivery note %1.pdf")
            .arg(note.shipmentNumber.isEmpty() ? note.orderNumber : note.shipmentNumber));
    const QString path = QFileDialog::getSaveFileName(parent, tr("Save Delivery Note"), suggested,
                                                      tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!Print::DeliveryNoteRenderer::writePdf(note, path, &error)) {
        QMessageBox::warning(parent, tr("Delivery Note"), error);
        return;
    }
    QMessageBox box(QMessageBox::Information, tr("Delivery Note"),
                    tr("The delivery note was saved as %1.").arg(QDir::toNativeSeparators(path)),
                    QMessageBox::NoButton, parent);
    QPushButton* open = box.addButton(tr("Open It"), QMessageBox::AcceptRole);
    box.addButton(tr("Close"), QMessageBox::RejectRole);
    box.setDefaultButton(open);
    box.exec();
    if (box.clickedButton() == open)
        QDesktopServices::openUrl(QUrl::fromLocalFile(path));
}

} // namespace Erp::Client::Orders
