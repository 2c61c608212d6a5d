#include "app/pages/orders/shipdialog.h"

#include "app/net/servermessages.h"
#include "app/pages/orders/ordertext.h"
#include "app/widgets/formerrors.h"
#include "app/widgets/theme.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Erp::Client::Orders {

namespace {
enum Col { SkuCol, NameCol, OrderedCol, AllocatedCol, ShippedCol, NowCol, UnitCol };

qint64 units(const QString& text)
{
    return OrderText::parse(text.isEmpty() ? QStringLiteral("0") : text, 3).value_or(0);
}

QTableWidgetItem* fixed(const QString& text, bool right = false)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    if (right)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}
} // namespace

ShipDialog::ShipDialog(const Order& order, QWidget* parent)
    : QDialog(parent)
    , m_order(order)
    , m_carrier(new QComboBox(this))
    , m_tracking(new QLineEdit(this))
    , m_table(new QTableWidget(this))
    , m_error(new QLabel(this))
    , m_ok(nullptr)
{
    setObjectName(QStringLiteral("shipDialog"));
    setWindowTitle(tr("Ship Order %1").arg(order.number));
    m_carrier->setObjectName(QStringLiteral("carrier"));
    m_carrier->setEditable(true);
    // Known carriers travel by their code and are shown in the clerk's words; a typed name is
    // sent as typed.
    for (const char* code :
         {"sf", "jd", "zto", "yto", "ems", "dhl", "own_vehicle", "customer_pickup"})
        m_carrier->addItem(ServerMessages::carrier(QLatin1String(code)), QLatin1String(code));
    m_carrier->setCurrentIndex(0);
    m_tracking->setObjectName(QStringLiteral("tracking"));
    m_tracking->setPlaceholderText(tr("e.g. SF1234567890123"));

    auto* form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignRight);
    form->addRow(FormErrors::requiredLabel(tr("&Carrier")), m_carrier);
    form->addRow(tr("&Tracking number"), m_tracking);
    if (auto* caption = qobject_cast<QLabel*>(form->labelForField(m_carrier))) {
        caption->setTextFormat(Qt::RichText);
        caption->setBuddy(m_carrier);
    }

    m_table->setObjectName(QStringLiteral("shipLines"));
    m_table->setColumnCount(7);
    m_table->setHorizontalHeaderLabels({tr("SKU"), tr("Product"), tr("Ordered"), tr("Allocated"),
                                        tr("Shipped"), tr("Ship now"), tr("Unit")});
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(NameCol, QHeaderView::Stretch);
    m_table->setAlternatingRowColors(true);
    for (const OrderLine& line : order.lines) {
        // allocated_qty counts what was ever reserved for the line, shipped included.
        const qint64 remaining = qMax<qint64>(0, units(line.qty) - units(line.shippedQty));
        const qint64 reserved = units(line.allocatedQty) - units(line.shippedQty);
        const qint64 ready = qBound<qint64>(0, reserved, remaining);
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, SkuCol, fixed(line.sku));
        m_table->setItem(row, NameCol, fixed(line.name));
        m_table->setItem(row, OrderedCol, fixed(OrderText::decimal(line.qty, true), true));
        m_table->setItem(row, AllocatedCol,
                         fixed(OrderText::decimal(line.allocatedQty, true), true));
        m_table->setItem(row, ShippedCol, fixed(OrderText::decimal(line.shippedQty, true), true));
        auto* now = new QTableWidgetItem(OrderText::decimal(OrderText::qtyToWire(ready), true));
        now->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, NowCol, now);
        m_table->setItem(row, UnitCol, fixed(line.unit));
        m_defaults.append(ready);
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(NameCol, QHeaderView::Stretch);
    connect(m_table, &QTableWidget::itemChanged, this, &ShipDialog::validate);

    QPalette red = m_error->palette();
    red.setColor(QPalette::WindowText, Theme::errorColor());
    m_error->setPalette(red);
    m_error->setWordWrap(true);
    m_error->setVisible(false);

    auto* hint = new QLabel(tr("Ship less than allocated for a partial shipment; the rest stays "
                               "on the order for a later shipment."),
                            this);
    hint->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(this);
    m_ok = buttons->addButton(tr("Ship"), QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(QStringLiteral("shipButton"));
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_carrier, &QComboBox::currentTextChanged, this, &ShipDialog::validate);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_table, 1);
    layout->addWidget(hint);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(760, 420);
    validate();
}

void ShipDialog::setQty(int row, const QString& qty)
{
    if (QTableWidgetItem* item = m_table->item(row, NowCol))
        item->setText(qty);
}

void ShipDialog::validate()
{
    QStringList problems;
    bool any = false;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString text = m_table->item(row, NowCol)->text();
        const auto qty = OrderText::parse(text.isEmpty() ? QStringLiteral("0") : text, 3);
        if (!qty || *qty < 0)
            problems.append(tr("Line %1: not a quantity.").arg(row + 1));
        else if (*qty > m_defaults.at(row))
            problems.append(
                tr("Line %1: more than is allocated and not yet shipped.").arg(row + 1));
        else if (*qty > 0)
            any = true;
    }
    if (problems.isEmpty() && !any)
        problems.append(tr("Nothing to ship."));
    if (m_carrier->currentText().trimmed().isEmpty())
        problems.append(tr("Choose or type the carrier."));
    m_error->setText(problems.join(QLatin1Char('\n')));
    m_error->setVisible(!problems.isEmpty());
    m_ok->setEnabled(problems.isEmpty());
}

QJsonObject ShipDialog::params() const
{
    const QString typed = m_carrier->currentText().trimmed();
    const int known = m_carrier->findText(typed);
    QJsonObject p{
        {QStringLiteral("carrier"), known >= 0 ? m_carrier->itemData(known).toString() : typed},
        {QStringLiteral("tracking"), m_tracking->text().trimmed()}};
    QJsonArray lines;
    bool partial = false;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const qint64 qty = units(m_table->item(row, NowCol)->text());
        if (qty != m_defaults.at(row))
            partial = true;
        if (qty > 0)
            lines.append(QJsonObject{{QStringLiteral("line_id"), m_order.lines.at(row).id},
                                     {QStringLiteral("qty"), OrderText::qtyToWire(qty)}});
    }
    if (partial)
        p.insert(QStringLiteral("lines"), lines);
    return p;
}

} // namespace Erp::Client::Orders
