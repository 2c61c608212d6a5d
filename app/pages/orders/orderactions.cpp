#include "app/pages/orders/orderactions.h"

#include "app/net/errortext.h"
#include "app/pages/orders/orderclient.h"
#include "app/pages/orders/ordertext.h"
#include "app/pages/orders/returndialog.h"
#include "app/pages/orders/shipdialog.h"
#include "app/widgets/theme.h"
#include "common/jsonrpc.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Erp::Client::Orders {

namespace {
QString iconName(const QString& action)
{
    static const QHash<QString, QString> names{
        {QStringLiteral("submit"), QStringLiteral("mail-send")},
        {QStringLiteral("approve"), QStringLiteral("dialog-ok-apply")},
        {QStringLiteral("reject"), QStringLiteral("dialog-cancel")},
        {QStringLiteral("allocate"), QStringLiteral("go-jump")},
        {QStringLiteral("pick"), QStringLiteral("edit-select-all")},
        {QStringLiteral("ship"), QStringLiteral("mail-forward")},
        {QStringLiteral("deliver"), QStringLiteral("go-home")},
        {QStringLiteral("complete"), QStringLiteral("checkmark")},
        {QStringLiteral("cancel"), QStringLiteral("process-stop")},
        {QStringLiteral("return"), QStringLiteral("edit-undo")}};
    return names.value(action);
}

QString tooltip(const QString& action)
{
    if (action == QLatin1String("submit"))
        return OrderActions::tr("Send the order for review: a clean order is approved at once");
    if (action == QLatin1String("approve"))
        return OrderActions::tr("Approve the order despite the review reasons");
    if (action == QLatin1String("reject"))
        return OrderActions::tr("Send the order back with a reason");
    if (action == QLatin1String("allocate"))
        return OrderActions::tr("Reserve stock for every line; what is missing becomes a "
                                "backorder");
    if (action == QLatin1String("pick"))
        return OrderActions::tr("Hand the order to the warehouse for picking");
    if (action == QLatin1String("ship"))
        return OrderActions::tr("Record a shipment: carrier, tracking number, quantities");
    if (action == QLatin1String("deliver"))
        return OrderActions::tr("The customer has received the goods");
    if (action == QLatin1String("complete"))
        return OrderActions::tr("Close the order");
    if (action == QLatin1String("cancel"))
        return OrderActions::tr("Cancel the order and release its stock");
    if (action == QLatin1String("return"))
        return OrderActions::tr("Take goods back: back to stock or scrap");
    return QString();
}
} // namespace

OrderActions::OrderActions(OrderClient& client, QWidget* parent)
    : QObject(parent)
    , m_client(client)
    , m_parent(parent)
{
    for (const QString& action : OrderClient::actions()) {
        auto* button = new QPushButton(OrderText::action(action), parent);
        button->setObjectName(action + QStringLiteral("Action"));
        button->setAutoDefault(false);
        button->setToolTip(tooltip(action));
        const QString icon = iconName(action);
        if (!icon.isEmpty())
            button->setIcon(Theme::icon(icon, QStyle::SP_ArrowRight));
        button->setVisible(client.may(OrderClient::actionPermission(action)));
        button->setEnabled(false);
        connect(button, &QPushButton::clicked, this, [this, action] { run(action); });
        m_buttons.insert(action, button);
    }
}

void OrderActions::addTo(QHBoxLayout* layout)
{
    for (const QString& action : OrderClient::actions())
        layout->addWidget(m_buttons.value(action));
    layout->addStretch(1);
}

void OrderActions::update(const Order& order, bool dirty)
{
    m_order = order;
    m_dirty = dirty;
    for (auto it = m_buttons.cbegin(); it != m_buttons.cend(); ++it) {
        const bool permitted = m_client.may(OrderClient::actionPermission(it.key()));
        const bool allowed = !order.isNew() && order.allowedActions.contains(it.key());
        it.value()->setVisible(permitted && !order.isNew()); // a new order has no steps yet
        it.value()->setEnabled(permitted && allowed && !dirty && !m_busy);
        if (dirty && allowed)
            it.value()->setToolTip(tr("Save your changes first."));
        else
            it.value()->setToolTip(tooltip(it.key()));
    }
}

void OrderActions::setBusy(bool busy)
{
    m_busy = busy;
    update(m_order, m_dirty);
    emit busyChanged(busy);
}

void OrderActions::run(const QString& action)
{
    if (m_busy || m_order.isNew())
        return;
    if (action == QLatin1String("reject") || action == QLatin1String("cancel")) {
        askReason(action);
        return;
    }
    if (action == QLatin1String("ship")) {
        auto* dialog = new ShipDialog(m_order, m_parent);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this,
                [this, dialog] { send(QStringLiteral("ship"), dialog->params()); });
        dialog->open();
        emit dialogOpened(dialog);
        return;
    }
    if (action == QLatin1String("return")) {
        auto* dialog = new ReturnDialog(m_order, m_parent);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this,
                [this, dialog] { send(QStringLiteral("return"), dialog->params()); });
        dialog->open();
        emit dialogOpened(dialog);
        return;
    }
    send(action, {});
}

void OrderActions::askReason(const QString& action)
{
    const bool reject = action == QLatin1String("reject");
    auto* dialog = new QDialog(m_parent);
    dialog->setObjectName(action + QStringLiteral("ReasonDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(reject ? tr("Reject Order %1").arg(m_order.number)
                                  : tr("Cancel Order %1").arg(m_order.number));
    auto* layout = new QVBoxLayout(dialog);
    auto* label = new QLabel(reject ? tr("Why is the order rejected? The sales clerk sees "
                                         "this reason and can change the order.")
                                    : tr("Why is the order cancelled? Its reserved stock is "
                                         "released; this cannot be undone."),
                             dialog);
    label->setWordWrap(true);
    auto* reason = new QPlainTextEdit(dialog);
    reason->setObjectName(QStringLiteral("reason"));
    reason->setTabChangesFocus(true);
    reason->setFixedHeight(reason->fontMetrics().height() * 4 + 12);
    auto* buttons = new QDialogButtonBox(dialog);
    QPushButton* ok = buttons->addButton(reject ? tr("Reject Order") : tr("Cancel Order"),
                                         QDialogButtonBox::AcceptRole);
    buttons->addButton(tr("Back"), QDialogButtonBox::RejectRole);
    ok->setEnabled(false);
    connect(reason, &QPlainTextEdit::textChanged, ok,
            [ok, reason] { ok->setEnabled(!reason->toPlainText().trimmed().isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(label);
    layout->addWidget(reason);
    layout->addWidget(buttons);
    dialog->resize(460, dialog->sizeHint().height());
    connect(dialog, &QDialog::accepted, this, [this, action, reason] {
        send(action, {{QStringLiteral("reason"), reason->toPlainText().trimmed()}});
    });
    dialog->open();
    emit dialogOpened(dialog);
}

void OrderActions::send(const QString& action, const QJsonObject& extra)
{
    if (m_order.isNew())
        return;
    setBusy(true);
    m_lastError.clear();
    m_client.act(
        action, m_order.id, m_order.version, extra, this,
        [this, action](const Order& order) {
            m_order = order;
            setBusy(false);
            emit orderChanged(order);
            emit message(doneText(action, order));
        },
        [this, action](const Rpc::Error& error) {
            setBusy(false);
            failed(action, error);
        });
}

QString OrderActions::doneText(const QString& action, const Order& order) const
{
    if (action == QLatin1String("submit")) {
        if (order.state == QLatin1String("submitted"))
            return tr("Order %1 submitted: it waits for a manager's approval.").arg(order.number);
        return tr("Order %1 submitted and approved automatically.").arg(order.number);
    }
    if (action == QLatin1String("allocate") && order.hasBackorder)
        return tr("Order %1 allocated; some quantities wait for stock (backorder).")
            .arg(order.number);
    //: After an action: "Order SO2026-000012: Shipped."
    return tr("Order %1: %2.").arg(order.number, OrderText::state(order.state));
}

void OrderActions::failed(const QString& action, const Rpc::Error& error)
{
    if (error.code == Rpc::VersionConflict) {
        m_lastError = tr("Someone else changed this order meanwhile. It has been read again: "
                         "check it and try once more.");
        emit reloadNeeded();
    } else if (error.code == Rpc::BusinessRule) {
        m_lastError = ErrorText::describe(error);
        // Details the server may list (e.g. the lines short of stock).
        const QJsonObject data = error.data.toObject();
        QStringList details;
        for (const QJsonValue& v : data.value(QLatin1String("review_reasons")).toArray())
            details.append(
                OrderText::reviewReason(v.toObject().value(QLatin1String("code")).toString(),
                                        v.toObject().value(QLatin1String("message")).toString(),
                                        v.toObject().value(QLatin1String("message_ref"))));
        if (!details.isEmpty())
            m_lastError += QLatin1Char('\n') + details.join(QLatin1Char('\n'));
    } else {
        m_lastError = ErrorText::describe(error);
    }
    auto* box = new QMessageBox(QMessageBox::Warning, OrderText::action(action).remove(u'…'),
                                m_lastError, QMessageBox::Ok, m_parent);
    box->setObjectName(QStringLiteral("actionError"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    emit dialogOpened(box);
}

} // namespace Erp::Client::Orders
