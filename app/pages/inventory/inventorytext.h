#pragma once

#include "app/models/column.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace Erp::Client::Inventory {

/// The words and number formats of the Inventory tab: move kinds, document states with their
/// status tones, quantities (exact decimal strings, shown without needless zeros) and rates.
class InventoryText final
{
    Q_DECLARE_TR_FUNCTIONS(Erp::Client::Inventory::InventoryText)
public:
    /// "1234.500" -> "1,234.5", "12.000" -> "12" (exact, locale grouping); "" stays "".
    static QString qty(const QString& value);
    /// "13.00" -> "13%".
    static QString percent(const QString& value);
    /// "1234.50" -> "1,234.50".
    static QString money(const QString& value);
    /// A quantity typed in the locale ("1,234.5") -> wire form "1234.500"; null when it is not
    /// a quantity (more than 3 decimals, letters, or negative unless allowed); "" when empty.
    static QString parseQty(const QString& text, bool allowNegative = false);
    /// Thousandths of a wire quantity (0 when invalid).
    static qint64 thousandths(const QString& qty);
    /// Minor units of a wire amount (0 when invalid).
    static qint64 minorUnits(const QString& amount);
    /// Hundredths of a percent of a wire rate ("13.00" -> 1300).
    static qint64 basisPoints(const QString& rate);
    /// Minor units -> "1234.50".
    static QString amount(qint64 minorUnits);
    /// Thousandths -> "1.500".
    static QString qtyText(qint64 thousandths);

    static QString moveKind(const QString& kind);
    static QString sourceType(const QString& type);
    static QString countState(const QString& state);
    static Column::Tone countTone(const QString& state);
    static QString orderState(const QString& state);
    static Column::Tone orderTone(const QString& state);
    /// Button text of a purchase-order action (send, confirm, cancel, receive).
    static QString orderAction(const QString& action);

    static QString str(const QJsonObject& o, const char* key);
    static qint64 id(const QJsonObject& o, const char* key);
};

} // namespace Erp::Client::Inventory
