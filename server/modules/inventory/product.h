#pragma once

#include <QJsonObject>
#include <QString>

namespace Erp::Rpc {
class FieldErrors;
}

namespace Erp::Server::Inventory {

/// A product of the catalogue. Money in minor units, quantities in thousandths, the tax rate in
/// hundredths of a percent (1300 = 13.00 %).
struct Product
{
    qint64 id = 0;
    QString sku;
    QString name;
    QString category;
    QString unit = QStringLiteral("pcs");
    QString barcode;
    QString description;
    qint64 listPrice = 0;
    qint64 cost = 0;
    qint64 taxRate = 1300;
    qint64 reorderPoint = 0;
    qint64 reorderQty = 0;
    qint64 defaultSupplierId = 0; ///< 0: none
    bool active = true;
    QString createdAt;
    QString updatedAt;
    qint64 version = 0;
};

QJsonObject toJson(const Product& p);
/// Copies the fields present in `json` onto `p`; type and unit errors go to `errors`.
void applyJson(Product& p, const QJsonObject& json, Rpc::FieldErrors& errors);
/// Rules of a complete record (required fields, lengths, formats).
void validate(const Product& p, Rpc::FieldErrors& errors);
/// Lower-cased sku, name and barcode: what the list's search finds.
QString searchText(const Product& p);

} // namespace Erp::Server::Inventory
