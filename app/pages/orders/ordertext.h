#pragma once

#include "app/models/column.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <optional>

namespace Erp::Client::Orders {

/// The one vocabulary of the Orders tab: translated words for states, actions, channels and
/// review reasons, and the exact locale formatting of amounts, quantities and rates.
class OrderText final
{
    Q_DECLARE_TR_FUNCTIONS(Erp::Client::Orders::OrderText)
public:
    /// Every state of an order, in lifecycle order.
    static QStringList states();
    static QString state(const QString& state);
    /// Draft grey, waiting amber (submitted, rejected is red), done green, problem red.
    static Column::Tone stateTone(const QString& state);
    /// The button text of a lifecycle action ("submit" -> "Submit").
    static QString action(const QString& action);
    /// What the timeline says an action did ("submit" -> "Submitted").
    static QString actionDone(const QString& action);
    static QStringList channels();
    static QString channel(const QString& channel);
    /// A review reason: its kind and details, worded from `ref` ({id, args}) when there is one.
    static QString reviewReason(const QString& code, const QString& message,
                                const QJsonValue& ref = {});
    static QString disposition(const QString& disposition);

    /// "1234.5" + "CNY" -> "¥1,234.50" in the locale.
    static QString money(const QString& amount, const QString& currency);
    /// Minor units -> "1234.50" (the wire form).
    static QString minorToWire(qint64 minor);
    /// Thousandths -> "2.500" (the wire form).
    static QString qtyToWire(qint64 thousandths);
    /// An exact decimal in the locale ("2.500" -> "2.5" without trailing zeros when
    /// `trimZeros`, grouping always).
    static QString decimal(const QString& wire, bool trimZeros = false);
    /// Parses what a clerk typed ("1,234.5", "2", "13%") into units of `scale` fraction digits;
    /// empty optional when it is not a number or has more digits than the scale allows.
    static std::optional<qint64> parse(const QString& text, int scale);
};

} // namespace Erp::Client::Orders
