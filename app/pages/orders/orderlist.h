#pragma once

#include "app/pages/orders/orderclient.h"
#include "app/widgets/listpage.h"

class QButtonGroup;
class QDialog;

namespace Erp::Client {
class ColumnChooser;
}

namespace Erp::Client::Orders {

/// The sales orders: state chips (All, Draft, Waiting Approval, …, Backorders), search by
/// number, customer or external reference, server-side sorting, the count, and live
/// refresh when anyone changes an order. Enter opens the order.
class OrderList final : public ListPage
{
    Q_OBJECT
public:
    enum ColumnIndex {
        NumberCol,
        CustomerCol,
        OrderDateCol,
        RequestedCol,
        ChannelCol,
        ExternalRefCol,
        StateCol,
        GrossCol,
    };

    explicit OrderList(ApiClient& api, QWidget* parent = nullptr);
    ~OrderList() override;

    /// The chip keys in order: "all", the states, "backorders".
    static QStringList chipKeys();
    /// Picks a chip (as a click would).
    void setChip(const QString& key);
    QString chip() const;
    /// The sales.order.list filter of the chosen chip.
    QJsonObject filter() const;

    /// Opens the order form (a new order when `id` is 0).
    void openOrder(qint64 id);
    OrderClient& client() { return m_client; }
    QAction* newAction() const { return m_new; }
    QAction* openAction() const { return m_open; }
    QButtonGroup* chips() const { return m_chips; }

signals:
    /// An order form was opened (tests and screenshots drive it).
    void dialogOpened(QDialog* dialog);
    /// Open another part of the program (an order's invoices).
    void navigate(const QString& target);

protected:
    void updateActions() override;
    bool hasActiveFilter() const override;

private:
    QWidget* buildChips();

    OrderClient m_client;
    QButtonGroup* m_chips = nullptr;
    ColumnChooser* m_columns = nullptr;
    QAction* m_new = nullptr;
    QAction* m_open = nullptr;
};

} // namespace Erp::Client::Orders
