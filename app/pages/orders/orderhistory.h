#pragma once

#include "app/pages/orders/ordertypes.h"

#include <QCoreApplication>

class QTreeWidget;
class QWidget;

namespace Erp::Client::Orders {

/// The read-only history parts of the order form: the shipments (number, date, carrier,
/// tracking, what they carried) and the timeline (when in local time, who, what, the change
/// of state, the note).
class OrderHistory final
{
    Q_DECLARE_TR_FUNCTIONS(Erp::Client::Orders::OrderHistory)
public:
    static QTreeWidget* createShipments(QWidget* parent);
    static QTreeWidget* createTimeline(QWidget* parent);
    static QTreeWidget* createReturns(QWidget* parent);
    static void showShipments(QTreeWidget* tree, const Order& order);
    static void showReturns(QTreeWidget* tree, const Order& order);
    /// Newest step first.
    static void showTimeline(QTreeWidget* tree, const Order& order);
};

} // namespace Erp::Client::Orders
