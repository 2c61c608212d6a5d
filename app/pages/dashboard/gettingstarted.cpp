#include "app/pages/dashboard/gettingstarted.h"

#include "app/net/apiclient.h"
#include "app/widgets/theme.h"

#include <QCommandLinkButton>
#include <QJsonObject>
#include <QLabel>
#include <QVBoxLayout>

namespace Erp::Client::Dashboard {

namespace {
const QString kOrders = QStringLiteral("sales.order.list");
}

GettingStarted::GettingStarted(ApiClient& api, QWidget* parent)
    : QFrame(parent)
    , m_api(api)
    , m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("gettingStarted"));
    setFrameShape(QFrame::StyledPanel);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(4);
    auto* title = new QLabel(tr("Getting started"), this);
    QFont big = title->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.3);
    title->setFont(big);
    layout->addWidget(title);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    layout->addSpacing(6);

    addStep(QStringLiteral("inventory.warehouse.read"), QStringLiteral("inventory.warehouse.write"),
            QStringLiteral("inventory.warehouse.list"), 1, QStringLiteral("inventory/warehouses"),
            tr("Create your first warehouse"),
            tr("Stock is kept per warehouse: name it, give it bins if you use them."));
    addStep(QStringLiteral("inventory.product.read"), QStringLiteral("inventory.product.write"),
            QStringLiteral("inventory.product.list"), 1, QStringLiteral("inventory/products"),
            tr("Add your products"), tr("SKU, name, unit, price and cost — or import a list."));
    addStep(QStringLiteral("inventory.stock.read"), QStringLiteral("inventory.stock.adjust"),
            QStringLiteral("inventory.stock.moves"), 1, QStringLiteral("inventory/stock"),
            tr("Put your opening stock in"),
            tr("Enter what is on the shelves today, per warehouse."));
    addStep(QStringLiteral("crm.customer.read"), QStringLiteral("crm.customer.write"),
            QStringLiteral("crm.customer.list"), 1, QStringLiteral("customers/new"),
            tr("Add your customers"), tr("Contacts and addresses are entered once and reused."));
    addStep(QStringLiteral("sales.order.read"), QStringLiteral("sales.order.write"), kOrders, 1,
            QStringLiteral("orders/new"), tr("Take your first order"),
            tr("Submit it, allocate the stock and ship it from the Orders tab."));
    addStep(QStringLiteral("admin.user.read"), QStringLiteral("admin.user.write"),
            QStringLiteral("admin.user.list"), 2, QStringLiteral("admin/users"),
            tr("Invite your colleagues"),
            tr("Give each clerk a login and a role: sales, warehouse, purchasing…"));
    m_ordersVisible = api.hasPermission(QStringLiteral("sales.order.read"));
    layout->addStretch(1);
}

void GettingStarted::addStep(const QString& readPermission, const QString& writePermission,
                             const QString& method, qint64 doneAt, const QString& target,
                             const QString& text, const QString& description)
{
    if (!m_api.hasPermission(readPermission) || !m_api.hasPermission(writePermission))
        return;
    Step step;
    step.method = method;
    step.doneAt = doneAt;
    step.target = target;
    step.button = new QCommandLinkButton(QStringLiteral("%1. %2").arg(m_steps.size() + 1).arg(text),
                                         description, this);
    step.button->setObjectName(QStringLiteral("step:") + target);
    connect(step.button, &QCommandLinkButton::clicked, this,
            [this, target] { emit navigateRequested(target); });
    layout()->addWidget(step.button);
    m_steps.append(step);
    showDone(m_steps.last(), false);
}

void GettingStarted::showDone(Step& step, bool done)
{
    step.done = done;
    step.button->setIcon(
        done ? Theme::icon(QStringLiteral("emblem-ok-symbolic"), QStyle::SP_DialogApplyButton)
             : Theme::icon(QStringLiteral("go-next"), QStyle::SP_ArrowForward));
    QFont f = step.button->font();
    f.setStrikeOut(done);
    step.button->setFont(f);
}

void GettingStarted::refresh()
{
    const bool ordersAsked = std::any_of(m_steps.cbegin(), m_steps.cend(),
                                         [](const Step& s) { return s.method == kOrders; });
    QList<QString> methods;
    for (const Step& s : std::as_const(m_steps))
        methods.append(s.method);
    if (m_ordersVisible && !ordersAsked)
        methods.append(kOrders); // a manager reads orders but takes none: still the first day?
    m_pending = int(methods.size());
    if (m_pending == 0) {
        m_needed = false;
        emit checked();
        return;
    }
    for (const QString& method : std::as_const(methods)) {
        m_api.call(
            method, {{QStringLiteral("limit"), 1}}, this,
            [this, method](const QJsonValue& v) {
                const qint64 total = v.toObject().value(QLatin1String("total")).toInteger();
                if (method == kOrders)
                    m_ordersTaken = total > 0;
                for (Step& s : m_steps) {
                    if (s.method == method)
                        showDone(s, total >= s.doneAt);
                }
                if (--m_pending == 0) {
                    const int done = doneCount();
                    m_needed = m_ordersVisible ? !m_ordersTaken : done < stepCount();
                    m_summary->setText(
                        tr("A few steps to set up your company — %1 of %2 done. Each step "
                           "opens the place where it is done.")
                            .arg(done)
                            .arg(stepCount()));
                    emit checked();
                }
            },
            [this](const Rpc::Error&) {
                if (--m_pending == 0)
                    emit checked();
            });
    }
}

int GettingStarted::doneCount() const
{
    return int(
        std::count_if(m_steps.cbegin(), m_steps.cend(), [](const Step& s) { return s.done; }));
}

QCommandLinkButton* GettingStarted::link(const QString& target) const
{
    for (const Step& s : m_steps) {
        if (s.target == target)
            return s.button;
    }
    return nullptr;
}

bool GettingStarted::isDone(const QString& target) const
{
    for (const Step& s : m_steps) {
        if (s.target == target)
            return s.done;
    }
    return false;
}

} // namespace Erp::Client::Dashboard
