#include "app/pages/orders/returndialog.h"

#include "app/pages/orders/ordertext.h"
#include "app/widgets/theme.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Erp::Client::Orders {

namespace {
enum Col { SkuCol, NameCol, ShippedCol, ReturnedCol, QtyCol, UnitCol, DispositionCol };

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

ReturnDialog::ReturnDialog(const Order& order, QWidget* parent)
    : QDialog(parent)
    , m_table(new QTableWidget(this))
    , m_reason(new QPlainTextEdit(this))
    , m_error(new QLabel(this))
    , m_ok(nullptr)
{
    setObjectName(QStringLiteral("returnDialog"));
    setWindowTitle(tr("Return from Order %1").arg(order.number));
    m_table->setObjectName(QStringLiteral("returnLines"));
    m_table->setColumnCount(7);
    m_table->setHorizontalHeaderLabels({tr("SKU"), tr("Product"), tr("Shipped"), tr("Returned"),
                                        tr("Return now"), tr("Unit"), tr("Goes to")});
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    for (const OrderLine& line : order.lines) {
        const qint64 max = units(line.shippedQty) - units(line.returnedQty);
        if (max <= 0)
            continue;
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, SkuCol, fixed(line.sku));
        m_table->setItem(row, NameCol, fixed(line.name));
        m_table->setItem(row, ShippedCol, fixed(OrderText::decimal(line.shippedQty, true), true));
        m_table->setItem(row, ReturnedCol, fixed(OrderText::decimal(line.returnedQty, true), true));
        auto* qty = new QTableWidgetItem(QStringLiteral("0"));
        qty->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, QtyCol, qty);
        m_table->setItem(row, UnitCol, fixed(line.unit));
        auto* disposition = new QComboBox(m_table);
        disposition->addItem(OrderText::disposition(QStringLiteral("restock")),
                             QStringLiteral("restock"));
        disposition->addItem(OrderText::disposition(QStringLiteral("scrap")),
                             QStringLiteral("scrap"));
        m_table->setCellWidget(row, DispositionCol, disposition);
        m_lineIds.append(line.id);
        m_max.append(max);
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(NameCol, QHeaderView::Stretch);
    connect(m_table, &QTableWidget::itemChanged, this, &ReturnDialog::edited);

    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->setTabChangesFocus(true);
    m_reason->setPlaceholderText(tr("e.g. damaged in transport, wrong size"));
    m_reason->setFixedHeight(m_reason->fontMetrics().height() * 3 + 12);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &ReturnDialog::edited);

    QPalette red = m_error->palette();
    red.setColor(QPalette::WindowText, Theme::errorColor());
    m_error->setPalette(red);
    m_error->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(this);
    m_ok = buttons->addButton(tr("Record Return"), QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(QStringLiteral("returnButton"));
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Quantities coming back, per line. Back to stock makes them "
                                    "available again; scrapped goods are written off."),
                                 this));
    layout->addWidget(m_table, 1);
    layout->addWidget(new QLabel(tr("Reason:"), this));
    layout->addWidget(m_reason);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(760, 440);
    validate();
}

void ReturnDialog::setLine(int row, const QString& qty, const QString& disposition)
{
    if (QTableWidgetItem* item = m_table->item(row, QtyCol))
        item->setText(qty);
    if (auto* box = qobject_cast<QComboBox*>(m_table->cellWidget(row, DispositionCol)))
        box->setCurrentIndex(qMax(0, box->findData(disposition)));
}

void ReturnDialog::edited()
{
    m_edited = true;
    validate();
}

void ReturnDialog::validate()
{
    QStringList problems;
    bool any = false;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString text = m_table->item(row, QtyCol)->text();
        const auto qty = OrderText::parse(text.isEmpty() ? QStringLiteral("0") : text, 3);
        if (!qty || *qty < 0)
            problems.append(tr("Line %1: not a quantity.").arg(row + 1));
        else if (*qty > m_max.at(row))
            problems.append(tr("Line %1: more than was shipped.").arg(row + 1));
        else if (*qty > 0)
            any = true;
    }
    // What is still missing keeps the button disabled, but is only said once the clerk has
    // started typing: a fresh dialog does not open with errors.
    QStringList missing;
    if (problems.isEmpty() && !any)
        missing.append(tr("Enter the quantity that comes back."));
    if (m_reason->toPlainText().trimmed().isEmpty())
        missing.append(tr("Give the reason of the return."));
    const QStringList shown = m_edited ? problems + missing : problems;
    m_error->setText(shown.join(QLatin1Char('\n')));
    m_error->setVisible(!shown.isEmpty());
    m_ok->setEnabled(problems.isEmpty() && missing.isEmpty());
}

QString ReturnDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

QJsonObject ReturnDialog::params() const
{
    QJsonArray lines;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const qint64 qty = units(m_table->item(row, QtyCol)->text());
        if (qty <= 0)
            continue;
        auto* box = qobject_cast<QComboBox*>(m_table->cellWidget(row, DispositionCol));
        lines.append(QJsonObject{{QStringLiteral("line_id"), m_lineIds.at(row)},
                                 {QStringLiteral("qty"), OrderText::qtyToWire(qty)},
                                 {QStringLiteral("disposition"), box ? box->currentData().toString()
                                                                     : QStringLiteral("restock")}});
    }
    return {{QStringLiteral("lines"), lines},
            {QStringLiteral("reason"), m_reason->toPlainText().trimmed()}};
}

} // namespace Erp::Client::Orders
