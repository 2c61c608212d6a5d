#pragma once

#include "app/pages/orders/ordertypes.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>

class QDialog;
class QHBoxLayout;
class QPushButton;
class QWidget;

namespace Erp::Rpc {
struct Error;
}

namespace Erp::Client::Orders {

class OrderClient;

/// The lifecycle buttons of an order (Submit, Approve, Reject…, Allocate, Pick, Ship…,
/// Deliver, Complete, Cancel Order…, Return…). A button is shown when
/// the user holds the permission of its method and enabled exactly when the order's
/// `allowed_actions` contain it too. Reject and Cancel ask for a reason, Ship and Return open
/// their dialogs; the server's answer replaces the order, a refusal (-32030) is shown with the
/// server's own message.
class OrderActions final : public QObject
{
    Q_OBJECT
public:
    OrderActions(OrderClient& client, QWidget* parent);

    /// Adds the buttons to `layout`.
    void addTo(QHBoxLayout* layout);
    /// Enables the buttons for `order`; `dirty`: unsaved edits (every action waits for Save).
    void update(const Order& order, bool dirty);
    QPushButton* button(const QString& action) const { return m_buttons.value(action); }

    /// Runs `action` on the order last given to update() (asking for what it needs first).
    void run(const QString& action);
    /// Sends sales.order.<action> with `extra` (no questions asked).
    void send(const QString& action, const QJsonObject& extra);
    bool isBusy() const { return m_busy; }
    /// The text of the last refusal shown (tests).
    QString lastError() const { return m_lastError; }

signals:
    /// The server changed the order (the answer of an action).
    void orderChanged(const Erp::Client::Orders::Order& order);
    /// Someone else changed the order first: it should be read again.
    void reloadNeeded();
    void busyChanged(bool busy);
    /// A question or dialog of an action was opened (tests drive it).
    void dialogOpened(QDialog* dialog);
    /// A short note of what happened ("Order submitted: waiting for approval.").
    void message(const QString& text);

private:
    void askReason(const QString& action);
    void failed(const QString& action, const Rpc::Error& error);
    void setBusy(bool busy);
    QString doneText(const QString& action, const Order& order) const;

    OrderClient& m_client;
    QWidget* m_parent;
    QHash<QString, QPushButton*> m_buttons;
    Order m_order;
    bool m_dirty = false;
    bool m_busy = false;
    QString m_lastError;
};

} // namespace Erp::Client::Orders
