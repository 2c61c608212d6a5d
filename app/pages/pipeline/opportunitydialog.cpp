#include "app/pages/pipeline/opportunitydialog.h"

#include "app/net/errortext.h"
#include "app/net/servermessages.h"
#include "app/widgets/entitypicker.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Erp::Client::Pipeline {

namespace {

constexpr int ProductIdRole = Qt::UserRole + 1;

QString nameOf(const QJsonObject& row)
{
    return row.value(QLatin1String("name")).toString();
}

} // namespace

OpportunityDialog::OpportunityDialog(const PipelineClient& client, qint64 id, QWidget* parent)
    : QDialog(parent)
    , m_client(client)
    , m_title(new QLineEdit(this))
    , m_customer(new EntityPicker(client.api(), QStringLiteral("crm.customer.list"), this))
    , m_contact(new QLineEdit(this))
    , m_amount(new QLineEdit(this))
    , m_probability(new QSpinBox(this))
    , m_close(new QLineEdit(this))
    , m_notes(new QPlainTextEdit(this))
    , m_product(new EntityPicker(client.api(), QStringLiteral("inventory.product.list"), this))
    , m_qty(new QLineEdit(QStringLiteral("1"), this))
    , m_products(new QTableWidget(0, 3, this))
    , m_state(new QLabel(this))
    , m_error(new QLabel(this))
{
    setWindowTitle(id ? tr("Opportunity") : tr("New Opportunity"));
    m_record.insert(QStringLiteral("id"), id);
    m_customer->setPickedText(&nameOf);
    m_customer->setRowText(&nameOf);
    m_product->setPickedText(&nameOf);
    m_amount->setPlaceholderText(QStringLiteral("0.00"));
    m_probability->setRange(0, 100);
    m_probability->setSuffix(QStringLiteral("%"));
    m_close->setPlaceholderText(tr("YYYY-MM-DD"));
    m_products->setHorizontalHeaderLabels({tr("SKU"), tr("Product"), tr("Quantity")});
    m_products->horizontalHeader()->setStretchLastSection(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(tr("Title:"), m_title);
    form->addRow(tr("Customer:"), m_customer);
    form->addRow(tr("Contact:"), m_contact);
    form->addRow(tr("Expected revenue:"), m_amount);
    form->addRow(tr("Probability:"), m_probability);
    form->addRow(tr("Expected close:"), m_close);
    form->addRow(tr("Notes:"), m_notes);
    form->addRow(tr("State:"), m_state);
    auto* add = new QHBoxLayout;
    add->addWidget(m_product, 1);
    add->addWidget(m_qty);
    auto* addButton = new QPushButton(tr("Add Product"), this);
    connect(addButton, &QPushButton::clicked, this, &OpportunityDialog::addProduct);
    add->addWidget(addButton);
    auto* remove = new QPushButton(tr("Remove"), this);
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_products->currentRow() >= 0)
            m_products->removeRow(m_products->currentRow());
    });
    add->addWidget(remove);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_save = buttons->addButton(tr("Save"), QDialogButtonBox::AcceptRole);
    m_win = buttons->addButton(tr("Win"), QDialogButtonBox::ActionRole);
    m_lose = buttons->addButton(tr("Lose…"), QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    disconnect(buttons, &QDialogButtonBox::accepted, nullptr, nullptr);
    connect(m_save, &QPushButton::clicked, this, &OpportunityDialog::save);
    connect(m_win, &QPushButton::clicked, this, &OpportunityDialog::win);
    connect(m_lose, &QPushButton::clicked, this, &OpportunityDialog::askLose);
    m_win->setEnabled(false);
    m_lose->setEnabled(false);
    const bool write = m_client.mayWrite();
    m_save->setVisible(write);
    m_win->setVisible(write);
    m_lose->setVisible(write);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Products of interest:"), this));
    layout->addLayout(add);
    layout->addWidget(m_products);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(560, 620);

    if (id > 0)
        m_client.call(
            QStringLiteral("crm.opportunity.get"), {{QStringLiteral("id"), id}}, this,
            [this](const QJsonObject& o) { load(o); }, [this](const Rpc::Error& e) { fail(e); });
}

void OpportunityDialog::load(const QJsonObject& o)
{
    m_record = o;
    m_title->setText(o.value(QLatin1String("title")).toString());
    if (o.value(QLatin1String("customer_id")).toInteger() > 0)
        m_customer->setCurrent({{QStringLiteral("id"), o.value(QLatin1String("customer_id"))},
                                {QStringLiteral("name"), o.value(QLatin1String("customer_name"))}});
    m_contact->setText(o.value(QLatin1String("contact_name")).toString());
    m_amount->setText(o.value(QLatin1String("amount")).toString());
    m_probability->setValue(o.value(QLatin1String("probability")).toInt());
    m_close->setText(o.value(QLatin1String("expected_close")).toString());
    m_notes->setPlainText(o.value(QLatin1String("notes")).toString());
    m_products->setRowCount(0);
    for (const QJsonValue& v : o.value(QLatin1String("products")).toArray()) {
        const QJsonObject p = v.toObject();
        const int row = m_products->rowCount();
        m_products->insertRow(row);
        auto* sku = new QTableWidgetItem(p.value(QLatin1String("sku")).toString());
        sku->setData(ProductIdRole, p.value(QLatin1String("product_id")).toInteger());
        m_products->setItem(row, 0, sku);
        m_products->setItem(row, 1,
                            new QTableWidgetItem(p.value(QLatin1String("name")).toString()));
        m_products->setItem(row, 2, new QTableWidgetItem(p.value(QLatin1String("qty")).toString()));
    }
    const QString state = o.value(QLatin1String("state")).toString();
    QString text =
        PipelineClient::stageName(o) + QStringLiteral(" · ") + ServerMessages::state(state);
    if (!o.value(QLatin1String("order_number")).toString().isEmpty())
        text += QStringLiteral(" · ") + o.value(QLatin1String("order_number")).toString();
    m_state->setText(text);
    const bool open = state == QLatin1String("open");
    m_save->setEnabled(open);
    m_win->setEnabled(open);
    m_lose->setEnabled(open);
    emit loaded();
}

QJsonObject OpportunityDialog::fields() const
{
    QJsonArray products;
    for (int row = 0; row < m_products->rowCount(); ++row)
        products.append(QJsonObject{{QStringLiteral("product_id"),
                                     m_products->item(row, 0)->data(ProductIdRole).toLongLong()},
                                    {QStringLiteral("qty"), m_products->item(row, 2)->text()}});
    QJsonObject f{{QStringLiteral("title"), m_title->text()},
                  {QStringLiteral("contact_name"), m_contact->text()},
                  {QStringLiteral("amount"),
                   m_amount->text().isEmpty() ? QStringLiteral("0.00") : m_amount->text()},
                  {QStringLiteral("probability"), m_probability->value()},
                  {QStringLiteral("expected_close"), m_close->text()},
                  {QStringLiteral("notes"), m_notes->toPlainText()},
                  {QStringLiteral("products"), products}};
    f.insert(QStringLiteral("customer_id"),
             m_customer->currentId() > 0 ? QJsonValue(m_customer->currentId()) : QJsonValue());
    return f;
}

void OpportunityDialog::save()
{
    const qint64 id = m_record.value(QLatin1String("id")).toInteger();
    QJsonObject params = fields();
    if (id > 0) {
        params.insert(QStringLiteral("id"), id);
        params.insert(QStringLiteral("version"), m_record.value(QLatin1String("version")));
    }
    m_client.call(
        id > 0 ? QStringLiteral("crm.opportunity.update")
               : QStringLiteral("crm.opportunity.create"),
        params, this,
        [this](const QJsonObject& o) {
            load(o);
            m_error->clear();
            emit changed();
        },
        [this](const Rpc::Error& e) { fail(e); });
}

void OpportunityDialog::win()
{
    m_client.call(
        QStringLiteral("crm.opportunity.win"),
        {{QStringLiteral("id"), m_record.value(QLatin1String("id"))},
         {QStringLiteral("version"), m_record.value(QLatin1String("version"))}},
        this,
        [this](const QJsonObject& o) {
            load(o);
            emit changed();
            emit orderCreated(o.value(QLatin1String("order_id")).toInteger());
        },
        [this](const Rpc::Error& e) { fail(e); });
}

void OpportunityDialog::askLose()
{
    m_client.call(
        QStringLiteral("crm.lost_reason.list"), {}, this,
        [this](const QJsonObject& r) {
            QStringList names;
            QList<qint64> ids;
            for (const QJsonValue& v : r.value(QLatin1String("rows")).toArray()) {
                names.append(PipelineClient::reasonName(v.toObject()));
                ids.append(v.toObject().value(QLatin1String("id")).toInteger());
            }
            bool ok = false;
            const QString chosen = QInputDialog::getItem(this, tr("Lose Opportunity"),
                                                         tr("Reason:"), names, 0, false, &ok);
            if (ok && names.contains(chosen))
                lose(ids.at(names.indexOf(chosen)));
        },
        [this](const Rpc::Error& e) { fail(e); });
}

void OpportunityDialog::lose(qint64 reasonId)
{
    m_client.call(
        QStringLiteral("crm.opportunity.lose"),
        {{QStringLiteral("id"), m_record.value(QLatin1String("id"))},
         {QStringLiteral("version"), m_record.value(QLatin1String("version"))},
         {QStringLiteral("reason_id"), reasonId}},
        this,
        [this](const QJsonObject& o) {
            load(o);
            emit changed();
        },
        [this](const Rpc::Error& e) { fail(e); });
}

void OpportunityDialog::addProduct()
{
    if (!m_product->hasCurrent())
        return;
    const QJsonObject p = m_product->current();
    const int row = m_products->rowCount();
    m_products->insertRow(row);
    auto* sku = new QTableWidgetItem(p.value(QLatin1String("sku")).toString());
    sku->setData(ProductIdRole, p.value(QLatin1String("id")).toInteger());
    m_products->setItem(row, 0, sku);
    m_products->setItem(row, 1, new QTableWidgetItem(p.value(QLatin1String("name")).toString()));
    m_products->setItem(row, 2, new QTableWidgetItem(m_qty->text()));
    m_product->clearCurrent();
}

void OpportunityDialog::fail(const Rpc::Error& e)
{
    m_error->setText(ErrorText::describe(e));
}

} // namespace Erp::Client::Pipeline
