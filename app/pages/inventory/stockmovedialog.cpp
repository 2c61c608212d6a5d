#include "app/pages/inventory/stockmovedialog.h"

#include "app/pages/inventory/inventoryclient.h"
#include "app/pages/inventory/inventorytext.h"
#include "app/pages/inventory/inventorywidgets.h"
#include "app/widgets/formerrors.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>

namespace Erp::Client::Inventory {

using T = InventoryText;

StockMoveDialog::StockMoveDialog(InventoryClient& client, Mode mode, QWidget* parent)
    : FormDialog(parent)
    , m_client(client)
    , m_mode(mode)
    , m_product(new ProductPicker(client, this))
    , m_from(new WarehouseBox(client, QString(), this))
    , m_qty(new QuantityEdit(this))
    , m_reason(new QLineEdit(this))
{
    setObjectName(mode == Adjust ? QStringLiteral("adjustDialog")
                                 : QStringLiteral("transferDialog"));
    setWindowTitle(mode == Adjust ? tr("Adjust Stock") : tr("Transfer Stock"));
    FormErrors& e = errors();
    e.addRow(form(), tr("&Product"), QStringLiteral("product_id"), m_product, true);
    if (mode == Adjust) {
        m_kind = new QComboBox(this);
        m_kind->addItem(T::moveKind(QStringLiteral("adjustment")), QStringLiteral("adjustment"));
        m_kind->addItem(T::moveKind(QStringLiteral("receipt")), QStringLiteral("receipt"));
        m_kind->addItem(T::moveKind(QStringLiteral("scrap")), QStringLiteral("scrap"));
        e.addRow(form(), tr("&Warehouse"), QStringLiteral("warehouse_id"), m_from, true);
        e.addRow(form(), tr("&Kind"), QStringLiteral("kind"), m_kind);
        m_qty->setAllowNegative(true);
        m_qty->setToolTip(tr("Positive adds stock, negative takes it out (e.g. -2)."));
        e.addRow(form(), tr("&Quantity (±)"), QStringLiteral("qty"), m_qty, true);
        connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
            const bool scrap = m_kind->currentData().toString() == QLatin1String("scrap");
            m_qty->setPlaceholderText(scrap ? QStringLiteral("-1") : QStringLiteral("0"));
        });
    } else {
        m_to = new WarehouseBox(client, QString(), this);
        e.addRow(form(), tr("&From"), QStringLiteral("from_warehouse_id"), m_from, true);
        e.addRow(form(), tr("&To"), QStringLiteral("to_warehouse_id"), m_to, true);
        e.addRow(form(), tr("&Quantity"), QStringLiteral("qty"), m_qty, true);
        m_to->load();
        connect(m_from, &WarehouseBox::loaded, this, [this] {
            // Default target: the first warehouse that is not the source.
            if (m_to->count() > 1 && m_to->warehouseId() == m_from->warehouseId())
                m_to->setCurrentIndex(m_to->currentIndex() == 0 ? 1 : 0);
        });
    }
    m_reason->setMaxLength(200);
    m_reason->setPlaceholderText(mode == Adjust ? tr("e.g. damaged in storage")
                                                : tr("e.g. stock for the Shanghai shop"));
    e.addRow(form(), tr("&Reason"), QStringLiteral("reason"), m_reason, true);
    m_from->load();
    saveButton()->setText(mode == Adjust ? tr("Post Adjustment") : tr("Transfer"));
    resize(520, 300);
}

void StockMoveDialog::setStart(const QJsonObject& product, qint64 warehouseId)
{
    if (!product.isEmpty())
        m_product->setProduct(product);
    if (warehouseId > 0)
        m_from->setWarehouseId(warehouseId);
    (product.isEmpty() ? static_cast<QWidget*>(m_product) : m_qty)->setFocus();
}

void StockMoveDialog::save()
{
    errors().clear();
    bool ok = true;
    if (m_product->productId() == 0) {
        errors().showField(QStringLiteral("product_id"), tr("Choose a product from the list."));
        ok = false;
    }
    const QString qty = m_qty->value();
    if (qty.isEmpty() || T::thousandths(qty) == 0) {
        errors().showField(QStringLiteral("qty"), tr("Enter a quantity other than zero."));
        ok = false;
    }
    if (m_reason->text().trimmed().isEmpty()) {
        errors().showField(QStringLiteral("reason"), tr("Say why, for the stock ledger."));
        ok = false;
    }
    if (m_to && m_to->warehouseId() == m_from->warehouseId()) {
        errors().showField(QStringLiteral("to_warehouse_id"),
                           tr("Choose a warehouse other than the source."));
        ok = false;
    }
    if (!ok)
        return;
    setBusy(true);
    const QString productText = ProductPicker::label(m_product->product());
    const QString shownQty = T::qty(qty);
    auto fail = [this](const Rpc::Error& e) { showSaveError(e); };
    if (m_mode == Adjust) {
        QString signedQty = qty;
        const QString kind = m_kind->currentData().toString();
        if (kind == QLatin1String("scrap") && !qty.startsWith(QLatin1Char('-')))
            signedQty.prepend(QLatin1Char('-')); // scrap always takes stock out
        const QString where = m_from->currentText();
        m_client.adjust(
            m_product->productId(), m_from->warehouseId(), signedQty, m_reason->text().trimmed(),
            kind, this,
            [this, productText, where, signedQty](const QJsonObject&) {
                emit posted(
                    tr("%1: %2 adjusted by %3.").arg(where, productText, T::qty(signedQty)));
                finishSaved();
            },
            fail);
    } else {
        const QString from = m_from->currentText();
        const QString to = m_to->currentText();
        m_client.transfer(
            m_product->productId(), m_from->warehouseId(), m_to->warehouseId(), qty,
            m_reason->text().trimmed(), this,
            [this, productText, shownQty, from, to](const QJsonObject&) {
                emit posted(
                    tr("%1 × %2 moved from %3 to %4.").arg(shownQty, productText, from, to));
                finishSaved();
            },
            fail);
    }
}

} // namespace Erp::Client::Inventory
