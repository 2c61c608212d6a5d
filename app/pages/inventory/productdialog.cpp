#include "app/pages/inventory/productdialog.h"

#include "app/net/servermessages.h"
#include "app/pages/inventory/inventoryclient.h"
#include "app/pages/inventory/inventorytext.h"
#include "app/pages/inventory/inventorywidgets.h"
#include "app/widgets/formerrors.h"
#include "app/widgets/moneyedit.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace Erp::Client::Inventory {

namespace {
using T = InventoryText;

QFormLayout* formColumn()
{
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    form->setFormAlignment(Qt::AlignLeft | Qt::AlignTop);
    return form;
}
} // namespace

ProductDialog::ProductDialog(InventoryClient& client, qint64 id, QWidget* parent)
    : FormDialog(parent)
    , m_client(client)
    , m_state(new QLabel(this))
    , m_sku(new QLineEdit(this))
    , m_name(new QLineEdit(this))
    , m_category(new QLineEdit(this))
    , m_unit(new QComboBox(this))
    , m_barcode(new QLineEdit(this))
    , m_listPrice(new MoneyEdit(this))
    , m_cost(new MoneyEdit(this))
    , m_taxRate(new MoneyEdit(this))
    , m_reorderPoint(new QuantityEdit(this))
    , m_reorderQty(new QuantityEdit(this))
    , m_supplier(new QComboBox(this))
    , m_description(new QLineEdit(this))
    , m_stock(new QLabel(this))
    , m_seesCost(client.may(InventoryClient::Perm::cost()))
{
    setObjectName(QStringLiteral("productDialog"));
    m_state->setWordWrap(true);
    m_state->setVisible(false);
    body()->insertWidget(1, m_state);

    m_sku->setMaxLength(40);
    m_sku->setPlaceholderText(tr("e.g. CUP-500-BL"));
    m_name->setMaxLength(200);
    m_name->setPlaceholderText(tr("e.g. 不锈钢保温杯 500ml"));
    m_category->setPlaceholderText(tr("e.g. Kitchenware"));
    m_unit->setEditable(true);
    // The built-in units in the clerk's words; the server stores their codes.
    for (const char* unit : {"pcs", "box", "set", "kg", "m", "l"})
        m_unit->addItem(ServerMessages::unit(QLatin1String(unit)), QLatin1String(unit));
    m_barcode->setPlaceholderText(tr("EAN-13, optional"));
    m_taxRate->setToolTip(tr("Percent, e.g. 13.00"));
    m_reorderPoint->setToolTip(
        tr("When the available quantity falls below this, the product shows as low stock."));
    m_reorderQty->setToolTip(tr("The quantity replenishment proposes to order."));
    m_supplier->addItem(tr("(none)"), qint64(0));

    FormErrors& e = errors();
    QFormLayout* left = formColumn();
    QFormLayout* right = formColumn();
    e.addRow(left, tr("&SKU"), QStringLiteral("sku"), m_sku, true);
    e.addRow(left, tr("&Name"), QStringLiteral("name"), m_name, true);
    e.addRow(left, tr("&Category"), QStringLiteral("category"), m_category);
    e.addRow(left, tr("&Unit"), QStringLiteral("unit"), m_unit);
    e.addRow(left, tr("&Barcode"), QStringLiteral("barcode"), m_barcode);
    e.addRow(right, tr("&List price"), QStringLiteral("list_price"), m_listPrice);
    // Without inventory.cost the server leaves cost out and refuses to write it: no field.
    if (m_seesCost)
        e.addRow(right, tr("C&ost"), QStringLiteral("cost"), m_cost);
    else
        m_cost->hide();
    e.addRow(right, tr("&Tax rate (%)"), QStringLiteral("tax_rate"), m_taxRate);
    e.addRow(right, tr("&Reorder point"), QStringLiteral("reorder_point"), m_reorderPoint);
    e.addRow(right, tr("Reorder &quantity"), QStringLiteral("reorder_qty"), m_reorderQty);
    e.addRow(right, tr("Default su&pplier"), QStringLiteral("default_supplier_id"), m_supplier);
    auto* columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addSpacing(16);
    columns->addLayout(right, 1);
    body()->insertLayout(3, columns);
    m_description->setMaxLength(4000);
    m_description->setPlaceholderText(tr("Shown on purchase orders and to colleagues"));
    auto* below = new QFormLayout;
    below->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    below->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    e.addRow(below, tr("&Description"), QStringLiteral("description"), m_description);
    m_stock->setObjectName(QStringLiteral("productStock"));
    m_stock->setWordWrap(true);
    below->addRow(tr("Stock"), m_stock);
    body()->insertLayout(4, below);

    auto* saveKey = new QShortcut(QKeySequence::Save, this);
    connect(saveKey, &QShortcut::activated, this, [this] {
        if (!isBusy() && saveButton()->isVisible())
            save();
    });
    const bool canWrite = client.may(InventoryClient::Perm::productWrite());
    saveButton()->setVisible(canWrite);
    if (!canWrite)
        cancelButton()->setText(tr("Close"));
    resize(760, 400);
    loadSuppliers();
    m_product.insert(QStringLiteral("id"), id);
    if (id == 0) {
        showProduct({{QStringLiteral("unit"), QStringLiteral("pcs")},
                     {QStringLiteral("tax_rate"), QStringLiteral("13.00")},
                     {QStringLiteral("active"), true}});
    } else {
        setWindowTitle(tr("Product"));
        reload();
    }
}

void ProductDialog::loadSuppliers()
{
    if (!m_client.may(InventoryClient::Perm::supplierRead()))
        return;
    m_client.suppliers(
        QString(), this,
        [this](const QJsonObject& result) {
            const qint64 current = m_supplier->currentData().toLongLong();
            const QSignalBlocker block(m_supplier);
            while (m_supplier->count() > 1)
                m_supplier->removeItem(1);
            for (const QJsonValue& v : result.value(QLatin1String("rows")).toArray()) {
                const QJsonObject s = v.toObject();
                m_supplier->addItem(
                    QStringLiteral("%1 — %2").arg(T::str(s, "code"), T::str(s, "name")),
                    T::id(s, "id"));
            }
            const qint64 wanted = current ? current : T::id(m_product, "default_supplier_id");
            m_supplier->setCurrentIndex(qMax(0, m_supplier->findData(wanted)));
        },
        [](const Rpc::Error&) {});
}

void ProductDialog::reload()
{
    m_ready = false;
    setBusy(true);
    m_client.getProduct(
        T::id(m_product, "id"), this, [this](const QJsonObject& p) { showProduct(p); },
        [this](const Rpc::Error& e) {
            setBusy(false);
            saveButton()->setEnabled(false);
            errors().show(e);
        });
}

void ProductDialog::showProduct(const QJsonObject& p)
{
    m_product = p;
    const qint64 id = T::id(p, "id");
    setWindowTitle(id == 0 ? tr("New Product")
                           : tr("Product %1 — %2").arg(T::str(p, "sku"), T::str(p, "name")));
    m_sku->setText(T::str(p, "sku"));
    m_name->setText(T::str(p, "name"));
    m_category->setText(T::str(p, "category"));
    const int unit = m_unit->findData(T::str(p, "unit"));
    if (unit >= 0)
        m_unit->setCurrentIndex(unit);
    else
        m_unit->setCurrentText(T::str(p, "unit"));
    m_barcode->setText(T::str(p, "barcode"));
    m_listPrice->setValue(T::str(p, "list_price"));
    m_cost->setValue(m_seesCost ? T::str(p, "cost") : QString());
    m_taxRate->setValue(T::str(p, "tax_rate"));
    m_reorderPoint->setValue(T::str(p, "reorder_point"));
    m_reorderQty->setValue(T::str(p, "reorder_qty"));
    m_description->setText(T::str(p, "description"));
    const qint64 supplier = T::id(p, "default_supplier_id");
    int index = m_supplier->findData(supplier);
    if (index < 0 && supplier > 0) {
        const QString name = T::str(p, "default_supplier_name");
        m_supplier->addItem(name.isEmpty() ? tr("Supplier #%1").arg(supplier) : name, supplier);
        index = m_supplier->count() - 1;
    }
    m_supplier->setCurrentIndex(qMax(0, index));
    const bool archived = id > 0 && !p.value(QLatin1String("active")).toBool(true);
    m_state->setText(tr("This product is archived: it can no longer be ordered."));
    m_state->setVisible(archived);
    saveButton()->setText(id == 0 ? tr("Create") : tr("Save"));
    errors().clear();
    setBusy(false);
    markClean();
    m_ready = true;
    (id == 0 ? m_sku : m_name)->setFocus();
    loadStock();
}

void ProductDialog::loadStock()
{
    const qint64 id = T::id(m_product, "id");
    if (id == 0 || !m_client.may(InventoryClient::Perm::stockRead())) {
        m_stock->setText(id == 0 ? tr("none yet") : QString());
        return;
    }
    m_client.call(
        QStringLiteral("inventory.stock.levels"),
        {{QStringLiteral("filter"), QJsonObject{{QStringLiteral("product_id"), id}}},
         {QStringLiteral("limit"), 100}},
        this,
        [this](const QJsonObject& result) {
            QStringList parts;
            qint64 available = 0;
            for (const QJsonValue& v : result.value(QLatin1String("rows")).toArray()) {
                const QJsonObject l = v.toObject();
                parts.append(QStringLiteral("%1 %2").arg(T::str(l, "warehouse_code"),
                                                         T::qty(T::str(l, "on_hand"))));
                available += T::thousandths(T::str(l, "available"));
            }
            //: Stock of a product: "SH 14 · SZ 7 — available 21"
            m_stock->setText(parts.isEmpty() ? tr("none")
                                             : tr("%1 — available %2")
                                                   .arg(parts.join(QStringLiteral(" · ")),
                                                        T::qty(T::qtyText(available))));
        },
        [this](const Rpc::Error&) { m_stock->clear(); });
}

QString ProductDialog::unitCode() const
{
    const QString typed = m_unit->currentText().trimmed();
    const int i = m_unit->findText(typed);
    return i >= 0 ? m_unit->itemData(i).toString() : typed;
}

QJsonObject ProductDialog::fields() const
{
    QJsonObject f{{QStringLiteral("sku"), m_sku->text().trimmed()},
                  {QStringLiteral("name"), m_name->text().trimmed()},
                  {QStringLiteral("category"), m_category->text().trimmed()},
                  {QStringLiteral("unit"), unitCode()},
                  {QStringLiteral("barcode"), m_barcode->text().trimmed()},
                  {QStringLiteral("list_price"), m_listPrice->value()},
                  {QStringLiteral("cost"), m_cost->value()},
                  {QStringLiteral("tax_rate"), m_taxRate->value()},
                  {QStringLiteral("reorder_point"), m_reorderPoint->value()},
                  {QStringLiteral("reorder_qty"), m_reorderQty->value()},
                  {QStringLiteral("description"), m_description->text().trimmed()}};
    if (!m_seesCost)
        f.remove(QStringLiteral("cost"));
    // Empty amounts are left to the server's defaults.
    for (const char* key : {"list_price", "cost", "tax_rate", "reorder_point", "reorder_qty"}) {
        if (f.value(QLatin1String(key)).toString().isEmpty())
            f.remove(QLatin1String(key));
    }
    const qint64 supplier = m_supplier->currentData().toLongLong();
    if (m_client.may(InventoryClient::Perm::supplierRead()) || supplier > 0)
        f.insert(QStringLiteral("default_supplier_id"),
                 supplier > 0 ? QJsonValue(supplier) : QJsonValue());
    return f;
}

void ProductDialog::save()
{
    errors().clear();
    setBusy(true);
    m_client.saveProduct(
        T::id(m_product, "id"), T::id(m_product, "version"), fields(), this,
        [this](const QJsonObject& p) {
            m_product = p;
            emit saved(p);
            finishSaved();
        },
        [this](const Rpc::Error& e) { showSaveError(e); });
}

QString ProductDialog::conflictText() const
{
    return tr("Someone else saved this product while you were editing it.");
}

} // namespace Erp::Client::Inventory
