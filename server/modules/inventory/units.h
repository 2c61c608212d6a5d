#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QString>

namespace Erp::Rpc {
class FieldErrors;
}

namespace Erp::Server::Inventory {

/// Wire texts of the stored integers (docs/OMS.md "Units"): quantities in thousandths ("2.500"),
/// money in minor units ("1234.50"), rates in hundredths of a percent ("13.00").
QString qtyText(qint64 thousandths);
/// qtyText appended to UTF-8 (JSON written by hand).
void appendQtyText(QByteArray& out, qint64 thousandths);
QString moneyText(qint64 minorUnits);
QString rateText(qint64 basisPoints);

enum class Sign { NonNegative, Positive, Any };

/// Reads a decimal string field into stored units (scale 3 for quantities, 2 for money and
/// rates). Adds a field error and returns false when it is not a decimal string (`invalid`), has
/// more decimals than the unit (`scale`) or has the wrong sign (`negative`, `zero`).
bool readQty(const QJsonValue& value, const QString& field, qint64& out, Rpc::FieldErrors& errors,
             Sign sign = Sign::NonNegative);
bool readMoney(const QJsonValue& value, const QString& field, qint64& out,
               Rpc::FieldErrors& errors);
bool readRate(const QJsonValue& value, const QString& field, qint64& out, Rpc::FieldErrors& errors);

} // namespace Erp::Server::Inventory
