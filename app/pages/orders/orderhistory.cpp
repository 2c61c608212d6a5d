#include "app/pages/orders/orderhistory.h"

#include "app/models/format.h"
#include "app/net/servermessages.h"
#include "app/pages/orders/ordertext.h"
#include "app/widgets/theme.h"

#include <QHeaderView>
#include <QTreeWidget>

namespace Erp::Client::Orders {

namespace {
QTreeWidget* tree(QWidget* parent, const QStringList& headers, const QString& name)
{
    auto* t = new QTreeWidget(parent);
    t->setObjectName(name);
    t->setColumnCount(int(headers.size()));
    t->setHeaderLabels(headers);
    t->setRootIsDecorated(false);
    t->setAlternatingRowColors(true);
    t->setUniformRowHeights(true);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->header()->setStretchLastSection(true);
    return t;
}
} // namespace

QTreeWidget* OrderHistory::createShipments(QWidget* parent)
{
    return tree(parent,
                {tr("Shipment"), tr("Shipped"), tr("Carrier"), tr("Tracking number"), tr("Goods")},
                QStringLiteral("shipments"));
}

QTreeWidget* OrderHistory::createTimeline(QWidget* parent)
{
    return tree(parent, {tr("When"), tr("Who"), tr("What"), tr("State"), tr("Note")},
                QStringLiteral("timeline"));
}

QTreeWidget* OrderHistory::createReturns(QWidget* parent)
{
    return tree(parent, {tr("Return"), tr("Date"), tr("Reason"), tr("Goods")},
                QStringLiteral("returns"));
}

void OrderHistory::showReturns(QTreeWidget* t, const Order& order)
{
    t->clear();
    for (const ReturnNote& r : order.returns) {
        QStringList goods;
        for (const ReturnNote::Line& l : r.lines)
            //: A returned item: "SD-100 × 1 (Scrap)"
            goods.append(tr("%1 × %2 (%3)")
                             .arg(l.sku, OrderText::decimal(l.qty, true),
                                  OrderText::disposition(l.disposition)));
        auto* item = new QTreeWidgetItem(
            {r.number, Format::timestamp(r.createdAt), r.reason, goods.join(QLatin1String(", "))});
        item->setToolTip(3, goods.join(QLatin1Char('\n')));
        t->addTopLevelItem(item);
    }
    for (int c = 0; c < 3; ++c)
        t->resizeColumnToContents(c);
}

void OrderHistory::showShipments(QTreeWidget* t, const Order& order)
{
    t->clear();
    for (const Shipment& s : order.shipments) {
        QStringList goods;
        for (const Shipment::Line& l : s.lines) {
            QString sku = l.sku;
            QString unit = l.unit;
            for (const OrderLine& line : order.lines) { // the order's line tells the rest
                if (line.id == l.lineId) {
                    sku = sku.isEmpty() ? line.sku : sku;
                    unit = unit.isEmpty() ? line.unit : unit;
                }
            }
            goods.append(QStringLiteral("%1 × %2 %3")
                             .arg(sku, OrderText::decimal(l.qty, true), unit)
                             .trimmed());
        }
        auto* item = new QTreeWidgetItem({s.number, Format::timestamp(s.shippedAt),
                                          ServerMessages::carrier(s.carrier), s.tracking,
                                          goods.join(QLatin1String(", "))});
        item->setToolTip(4, goods.join(QLatin1Char('\n')));
        t->addTopLevelItem(item);
    }
    for (int c = 0; c < 4; ++c)
        t->resizeColumnToContents(c);
}

void OrderHistory::showTimeline(QTreeWidget* t, const Order& order)
{
    t->clear();
    for (auto it = order.timeline.crbegin(); it != order.timeline.crend(); ++it) {
        const TimelineEntry& e = *it;
        QString change;
        if (!e.toState.isEmpty() && e.toState != e.fromState)
            change = e.fromState.isEmpty() ? OrderText::state(e.toState)
                                           : tr("%1 → %2").arg(OrderText::state(e.fromState),
                                                               OrderText::state(e.toState));
        const QString note = ServerMessages::text(e.noteRef, e.note);
        auto* item = new QTreeWidgetItem(
            {Format::timestamp(e.at), e.by, OrderText::actionDone(e.action), change, note});
        if (!e.toState.isEmpty())
            item->setForeground(3, Theme::toneColor(OrderText::stateTone(e.toState)));
        item->setToolTip(4, note);
        t->addTopLevelItem(item);
    }
    for (int c = 0; c < 4; ++c)
        t->resizeColumnToContents(c);
}

} // namespace Erp::Client::Orders
