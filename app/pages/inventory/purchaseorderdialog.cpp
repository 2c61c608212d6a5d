#include "app/pages/inventory/purchaseorderdialog.h"

#include "app/models/format.h"
#include "app/net/errortext.h"
#include "app/pages/inventory/inventoryclient.h"
#include "app/pages/inventory/inventorydocuments.h"
#include "app/pages/inventory/inventorytext.h"
#include "app/pages/inventory/inventorywidgets.h"
#include "app/pages/inventory/receivedialog.h"
#include "app/print/printmenu.h"
#include "app/widgets/formerrors.h"
#include "app/widgets/moneyedit.h"
#include "app/widgets/statusbadge.h"
#include "app/widgets/theme.h"
#include "common/jsonrpc.h"
#include "common/ordermath.h"

#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QShortcut>
#include <QTableWidget>
#include <QVBoxLayout>

#include <stdexcept>

namespace Erp::Client::Inventory {

namespace {
using T = InventoryText;
constexpr int LineRole = Qt::UserRole + 1; // the line's JSON (id, product_id, ...)
const QDate kNoDate(2000, 1, 1);

QTableWidgetItem* readOnlyItem(const QString& text, bool right = true)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    if (right)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}
} // namespace

PurchaseOrderDialog::PurchaseOrderDialog(InventoryClient& client, qint64 id, QWidget* parent)
    : FormDialog(parent)
    , m_client(client)
    , m_stateLine(new QLabel(this))
    , m_badge(new StatusBadge(this))
    , m_supplier(new QComboBox(this))
    , m_warehouse(new WarehouseBox(client, QString(), this))
    , m_expected(new QDateEdit(this))
    , m_notes(new QLineEdit(this))
    , m_picker(new ProductPicker(client, this))
    , m_addLine(new QPushButton(tr("Add Line"), this))
    , m_removeLine(new QPushButton(tr("Remove Line"), this))
    , m_lines(new QTableWidget(0, ColumnCount, this))
    , m_totals(new QLabel(this))
{
    setObjectName(QStringLiteral("purchaseOrderDialog"));
    buildForm();
    resize(980, 640);
    m_warehouse->load();
    loadSuppliers();
    m_order.insert(QStringLiteral("id"), id);
    if (id == 0) {
        showOrder({{QStringLiteral("state"), QStringLiteral("draft")},
                   {QStringLiteral("allowed_actions"), QJsonArray{QStringLiteral("update")}}});
    } else {
        setWindowTitle(tr("Purchase Order"));
        reload();
    }
}

void PurchaseOrderDialog::buildForm()
{
    auto* top = new QHBoxLayout;
    top->addWidget(m_badge);
    top->addWidget(m_stateLine, 1);
    body()->insertLayout(1, top);

    m_supplier->setEditable(true);
    m_supplier->setInsertPolicy(QComboBox::NoInsert);
    m_supplier->completer()->setFilterMode(Qt::MatchContains);
    m_supplier->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_supplier->lineEdit()->setPlaceholderText(tr("Type to find a supplier"));
    m_expected->setCalendarPopup(true);
    m_expected->setMinimumDate(kNoDate);
    m_expected->setSpecialValueText(tr("not set"));
    m_expected->setToolTip(tr("Leave it not set: the order date plus the supplier's lead time."));
    m_expected->setDisplayFormat(Format::shortDatePattern());
    m_notes->setMaxLength(4000);
    FormErrors& e = errors();
    auto* left = new QFormLayout;
    auto* right = new QFormLayout;
    for (QFormLayout* f : {left, right}) {
        f->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
        f->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    }
    e.addRow(left, tr("&Supplier"), QStringLiteral("supplier_id"), m_supplier, true);
    e.addRow(left, tr("&Warehouse"), QStringLiteral("warehouse_id"), m_warehouse, true);
    e.addRow(right, tr("&Expected"), QStringLiteral("expected_date"), m_expected);
    e.addRow(right, tr("N&otes"), QStringLiteral("notes"), m_notes);
    auto* columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addSpacing(16);
    columns->addLayout(right, 1);
    body()->insertLayout(3, columns);

    auto* add = new QHBoxLayout;
    m_addLabel = new QLabel(tr("Add &product"), this);
    m_addLabel->setBuddy(m_picker);
    add->addWidget(m_addLabel);
    add->addWidget(m_picker, 1);
    add->addWidget(m_addLine);
    add->addWidget(m_removeLine);
    body()->insertLayout(4, add);
    m_addLine->setAutoDefault(false);
    m_removeLine->setAutoDefault(false);
    connect(m_picker, &ProductPicker::productChosen, this, [this](const QJsonObject& p) {
        addLine(p);
        m_picker->clearProduct();
    });
    connect(m_addLine, &QPushButton::clicked, this, [this] {
        if (m_picker->productId() > 0) {
            addLine(m_picker->product());
            m_picker->clearProduct();
        } else {
            m_picker->setFocus();
        }
    });
    connect(m_removeLine, &QPushButton::clicked, this, [this] {
        const int row = m_lines->currentRow();
        if (row >= 0 && m_editable) {
            m_lines->removeRow(row);
            recompute();
            markDirty();
        }
    });

    m_lines->setObjectName(QStringLiteral("poLines"));
    m_lines->setHorizontalHeaderLabels({tr("Product"), tr("Quantity"), tr("Unit cost"), tr("Tax %"),
                                        tr("Net"), tr("Tax"), tr("Gross"), tr("Received")});
    m_lines->verticalHeader()->hide();
    m_lines->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_lines->setSelectionMode(QAbstractItemView::SingleSelection);
    m_lines->setEditTriggers(QAbstractItemView::AnyKeyPressed | QAbstractItemView::DoubleClicked |
                             QAbstractItemView::EditKeyPressed);
    QHeaderView* header = m_lines->horizontalHeader();
    header->setSectionResizeMode(ProductCol, QHeaderView::Stretch);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    const QFontMetrics fm = m_lines->fontMetrics();
    for (int c = QtyCol; c < ColumnCount; ++c) {
        header->resizeSection(c, fm.horizontalAdvance(QStringLiteral("1,000,000.00")) + 24);
        m_lines->model()->setHeaderData(c, Qt::Horizontal, int(Qt::AlignRight | Qt::AlignVCenter),
                                        Qt::TextAlignmentRole);
    }
    header->resizeSection(TaxRateCol, fm.horizontalAdvance(QStringLiteral("13.00")) + 32);
    m_lines->verticalHeader()->setDefaultSectionSize(fm.height() + 10);
    body()->insertWidget(5, m_lines, 1);
    for (int i = 0; i < body()->count(); ++i) {
        if (QSpacerItem* spacer = body()->itemAt(i)->spacerItem()) {
            body()->removeItem(spacer);
            delete spacer;
            break;
        }
    }
    m_totals->setObjectName(QStringLiteral("poTotals"));
    m_totals->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    body()->insertWidget(6, m_totals);
    connect(m_lines, &QTableWidget::itemChanged, this, [this](QTableWidgetItem* item) {
        if (m_filling)
            return;
        if (item->column() == QtyCol || item->column() == CostCol || item->column() == TaxRateCol) {
            recompute();
            markDirty();
        }
    });
    connect(m_supplier, &QComboBox::currentIndexChanged, this, [this] { markDirty(); });

    // The lifecycle buttons, left of Save, in the order the server lists them.
    for (const char* action : {"cancel", "send", "confirm", "receive"}) {
        auto* b = new QPushButton(T::orderAction(QLatin1String(action)), this);
        b->setObjectName(QStringLiteral("action_") + QLatin1String(action));
        b->setAutoDefault(false);
        b->setVisible(false);
        buttonRow()->insertWidget(buttonRow()->count() - 2, b);
        m_actions.insert(QLatin1String(action), b);
        const QString a = QLatin1String(action);
        connect(b, &QPushButton::clicked, this, [this, a] { runAction(a); });
    }
    m_print = new Print::PrintMenu(this);
    m_print->addDocument(QStringLiteral("purchase_order"), tr("Purchase Order"),
                         [this](Print::PrintMenu::Mode mode) {
                             InventoryDocuments::presentPurchaseOrder(m_client.api(), this, m_order,
                                                                      mode);
                         });
    buttonRow()->insertWidget(0, m_print->button());
    auto* saveKey = new QShortcut(QKeySequence::Save, this);
    connect(saveKey, &QShortcut::activated, this, [this] {
        if (!isBusy() && saveButton()->isVisible())
            save();
    });
}

void PurchaseOrderDialog::loadSuppliers()
{
    m_client.suppliers(
        QString(), this,
        [this](const QJsonObject& result) {
            const QSignalBlocker block(m_supplier);
            const qint64 current = T::id(m_order, "supplier_id");
            m_supplier->clear();
            for (const QJsonValue& v : result.value(QLatin1String("rows")).toArray()) {
                const QJsonObject s = v.toObject();
                m_supplier->addItem(
                    QStringLiteral("%1 — %2").arg(T::str(s, "code"), T::str(s, "name")),
                    T::id(s, "id"));
            }
            int index = m_supplier->findData(current);
            if (index < 0 && current > 0) {
                m_supplier->addItem(T::str(m_order, "supplier_name"), current);
                index = m_supplier->count() - 1;
            }
            m_supplier->setCurrentIndex(index);
        },
        [](const Rpc::Error&) {});
}

QPushButton* PurchaseOrderDialog::actionButton(const QString& action) const
{
    return m_actions.value(action);
}

void PurchaseOrderDialog::reload()
{
    m_ready = false;
    setBusy(true);
    m_client.getOrder(
        T::id(m_order, "id"), this, [this](const QJsonObject& o) { showOrder(o); },
        [this](const Rpc::Error& e) {
            setBusy(false);
            saveButton()->setEnabled(false);
            errors().show(e);
        });
}

void PurchaseOrderDialog::showOrder(const QJsonObject& o)
{
    m_order = o;
    const qint64 id = T::id(o, "id");
    const QString state = T::str(o, "state");
    const QStringList allowed =
        o.value(QLatin1String("allowed_actions")).toVariant().toStringList();
    m_editable = allowed.contains(QLatin1String("update")) &&
                 m_client.may(InventoryClient::Perm::orderWrite());
    setWindowTitle(
        id == 0
            ? tr("New Purchase Order")
            : tr("Purchase Order %1 — %2").arg(T::str(o, "number"), T::str(o, "supplier_name")));
    m_badge->setStatus(T::orderState(state), T::orderTone(state));
    m_stateLine->setText(id == 0
                             ? tr("Choose the supplier, then add products.")
                             : tr("Ordered %1").arg(Format::timestamp(T::str(o, "order_date"))));
    {
        const QSignalBlocker block(m_supplier);
        const qint64 supplier = T::id(o, "supplier_id");
        int index = m_supplier->findData(supplier);
        if (index < 0 && supplier > 0) {
            m_supplier->addItem(QStringLiteral("%1 — %2").arg(T::str(o, "supplier_code"),
                                                              T::str(o, "supplier_name")),
                                supplier);
            index = m_supplier->count() - 1;
        }
        m_supplier->setCurrentIndex(index);
    }
    if (T::id(o, "warehouse_id") > 0)
        m_warehouse->setWarehouseId(T::id(o, "warehouse_id"));
    const QDate expected = QDate::fromString(T::str(o, "expected_date"), Qt::ISODate);
    m_expected->setDate(expected.isValid() ? expected : kNoDate);
    m_notes->setText(T::str(o, "notes"));

    m_filling = true;
    const QJsonArray lines = o.value(QLatin1String("lines")).toArray();
    m_lines->setRowCount(0);
    for (const QJsonValue& v : lines) {
        m_lines->insertRow(m_lines->rowCount());
        setLineRow(m_lines->rowCount() - 1, v.toObject());
    }
    m_filling = false;
    m_lines->setColumnHidden(ReceivedCol, id == 0 || state == QLatin1String("draft"));

    for (QWidget* w : std::initializer_list<QWidget*>{m_supplier, m_warehouse, m_expected})
        w->setEnabled(m_editable);
    m_notes->setReadOnly(!m_editable);
    m_picker->setVisible(m_editable);
    m_addLabel->setVisible(m_editable);
    m_addLine->setVisible(m_editable);
    m_removeLine->setVisible(m_editable);
    saveButton()->setVisible(m_editable);
    saveButton()->setText(id == 0 ? tr("Create") : tr("Save"));
    cancelButton()->setText(m_editable ? tr("Cancel") : tr("Close"));
    recompute();
    updateButtons();
    errors().clear();
    setBusy(false);
    markClean();
    m_ready = true;
    if (m_editable)
        (id == 0 ? static_cast<QWidget*>(m_supplier) : m_picker)->setFocus();
    emit loaded();
}

void PurchaseOrderDialog::setLineRow(int row, const QJsonObject& line)
{
    auto* product = readOnlyItem(
        QStringLiteral("%1 — %2").arg(T::str(line, "sku"), T::str(line, "name")), false);
    product->setData(LineRole, line);
    m_lines->setItem(row, ProductCol, product);
    const Qt::ItemFlags editFlags =
        m_editable ? Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable
                   : Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    const QStringList editable{T::qty(T::str(line, "qty")), T::money(T::str(line, "unit_cost")),
                               T::money(T::str(line, "tax_rate"))};
    for (int c = QtyCol; c <= TaxRateCol; ++c) {
        auto* item = new QTableWidgetItem(editable.at(c - QtyCol));
        item->setFlags(editFlags);
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_lines->setItem(row, c, item);
    }
    for (int c = NetCol; c <= GrossCol; ++c)
        m_lines->setItem(row, c, readOnlyItem(QString()));
    m_lines->setItem(row, ReceivedCol, readOnlyItem(T::qty(T::str(line, "received_qty"))));
}

void PurchaseOrderDialog::addLine(const QJsonObject& product, const QString& qty)
{
    if (!m_editable || product.isEmpty())
        return;
    QJsonObject line{{QStringLiteral("product_id"), product.value(QLatin1String("id"))},
                     {QStringLiteral("sku"), product.value(QLatin1String("sku"))},
                     {QStringLiteral("name"), product.value(QLatin1String("name"))},
                     {QStringLiteral("unit"), product.value(QLatin1String("unit"))},
                     {QStringLiteral("qty"), T::parseQty(qty)},
                     {QStringLiteral("unit_cost"), product.value(QLatin1String("cost"))},
                     {QStringLiteral("tax_rate"), product.value(QLatin1String("tax_rate"))}};
    if (T::str(line, "tax_rate").isEmpty())
        line.insert(QStringLiteral("tax_rate"), QStringLiteral("13.00"));
    m_filling = true;
    const int row = m_lines->rowCount();
    m_lines->insertRow(row);
    setLineRow(row, line);
    m_filling = false;
    recompute();
    markDirty();
    m_lines->setCurrentCell(row, QtyCol);
}

void PurchaseOrderDialog::recompute()
{
    const bool wasFilling = m_filling;
    m_filling = true;
    qint64 net = 0, tax = 0, gross = 0;
    bool allValid = true;
    for (int r = 0; r < m_lines->rowCount(); ++r) {
        const QString qty = T::parseQty(m_lines->item(r, QtyCol)->text());
        const QString cost = MoneyEdit::parse(m_lines->item(r, CostCol)->text());
        const QString rate = MoneyEdit::parse(m_lines->item(r, TaxRateCol)->text());
        const bool valid = !qty.isEmpty() && !cost.isEmpty() && !rate.isEmpty();
        for (int c = QtyCol; c <= TaxRateCol; ++c)
            m_lines->item(r, c)->setForeground(QBrush());
        if (!valid) {
            allValid = false;
            for (int c = NetCol; c <= GrossCol; ++c)
                m_lines->item(r, c)->setText(QString());
            for (int c = QtyCol; c <= TaxRateCol; ++c) {
                const QString t = m_lines->item(r, c)->text();
                const bool bad =
                    c == QtyCol ? T::parseQty(t).isEmpty() : MoneyEdit::parse(t).isEmpty();
                if (bad)
                    m_lines->item(r, c)->setForeground(Theme::errorColor());
            }
            continue;
        }
        try {
            const LineAmounts a =
                lineAmounts(T::thousandths(qty), T::minorUnits(cost), 0, T::basisPoints(rate));
            m_lines->item(r, NetCol)->setText(T::money(T::amount(a.net)));
            m_lines->item(r, TaxCol)->setText(T::money(T::amount(a.tax)));
            m_lines->item(r, GrossCol)->setText(T::money(T::amount(a.gross)));
            net += a.net;
            tax += a.tax;
            gross += a.gross;
        } catch (const std::overflow_error&) {
            allValid = false;
        }
    }
    m_filling = wasFilling;
    const int n = m_lines->rowCount();
    const QString count = n == 1 ? tr("1 line") : tr("%1 lines").arg(n);
    QString text = tr("%1 · Net %2 · Tax %3 · <b>Gross %4</b>")
                       .arg(count, T::money(T::amount(net)), T::money(T::amount(tax)),
                            T::money(T::amount(gross)));
    if (!allValid)
        text += QLatin1String(" · <span style=\"color:%1\">%2</span>")
                    .arg(Theme::errorColor().name(), tr("a line has an invalid number"));
    m_totals->setText(text);
}

void PurchaseOrderDialog::totals(qint64& net, qint64& tax, qint64& gross) const
{
    net = tax = gross = 0;
    for (int r = 0; r < m_lines->rowCount(); ++r) {
        net += T::minorUnits(MoneyEdit::parse(m_lines->item(r, NetCol)->text()));
        tax += T::minorUnits(MoneyEdit::parse(m_lines->item(r, TaxCol)->text()));
        gross += T::minorUnits(MoneyEdit::parse(m_lines->item(r, GrossCol)->text()));
    }
}

void PurchaseOrderDialog::updateButtons()
{
    const QStringList allowed =
        m_order.value(QLatin1String("allowed_actions")).toVariant().toStringList();
    const bool saved = T::id(m_order, "id") > 0;
    for (auto it = m_actions.begin(); it != m_actions.end(); ++it) {
        const QString perm = it.key() == QLatin1String("receive")
                                 ? InventoryClient::Perm::orderReceive()
                                 : InventoryClient::Perm::orderWrite();
        it.value()->setVisible(saved && allowed.contains(it.key()) && m_client.may(perm));
    }
    m_print->button()->setVisible(saved);
    m_print->setDocumentEnabled(QStringLiteral("purchase_order"), saved);
}

QJsonArray PurchaseOrderDialog::lineFields() const
{
    QJsonArray lines;
    for (int r = 0; r < m_lines->rowCount(); ++r) {
        const QJsonObject line = m_lines->item(r, ProductCol)->data(LineRole).toJsonObject();
        const QString qtyText = m_lines->item(r, QtyCol)->text();
        const QString costText = m_lines->item(r, CostCol)->text();
        const QString rateText = m_lines->item(r, TaxRateCol)->text();
        const QString qty = T::parseQty(qtyText);
        const QString cost = MoneyEdit::parse(costText);
        const QString rate = MoneyEdit::parse(rateText);
        QJsonObject out{{QStringLiteral("product_id"), line.value(QLatin1String("product_id"))},
                        {QStringLiteral("qty"), qty.isNull() ? qtyText : qty},
                        {QStringLiteral("unit_cost"), cost.isNull() ? costText : cost},
                        {QStringLiteral("tax_rate"), rate.isNull() ? rateText : rate}};
        lines.append(out);
    }
    return lines;
}

void PurchaseOrderDialog::send(std::function<void(const QJsonObject&)> then)
{
    errors().clear();
    if (m_supplier->currentIndex() < 0 || m_supplier->currentData().toLongLong() <= 0) {
        errors().showField(QStringLiteral("supplier_id"), tr("Choose a supplier from the list."));
        return;
    }
    QJsonObject fields{{QStringLiteral("supplier_id"), m_supplier->currentData().toLongLong()},
                       {QStringLiteral("warehouse_id"), m_warehouse->warehouseId()},
                       {QStringLiteral("notes"), m_notes->text().trimmed()},
                       {QStringLiteral("lines"), lineFields()}};
    if (m_expected->date() != kNoDate) // not set: the supplier's lead time decides
        fields.insert(QStringLiteral("expected_date"), m_expected->date().toString(Qt::ISODate));
    setBusy(true);
    m_client.saveOrder(
        T::id(m_order, "id"), T::id(m_order, "version"), fields, this,
        [this, then](const QJsonObject& o) {
            emit saved(o);
            then(o);
        },
        [this](const Rpc::Error& e) { saveFailed(e); });
}

void PurchaseOrderDialog::saveFailed(const Rpc::Error& error)
{
    for (int r = 0; r < m_lines->rowCount(); ++r) {
        for (int c = ProductCol; c <= TaxRateCol; ++c) {
            m_lines->item(r, c)->setBackground(QBrush());
            m_lines->item(r, c)->setToolTip(QString());
        }
    }
    showSaveError(error);
    if (error.code != Rpc::ValidationFailed)
        return;
    static const QRegularExpression nested(QStringLiteral("^lines\\[(\\d+)\\]\\.(\\w+)$"));
    const QHash<QString, int> columns{{QStringLiteral("product_id"), ProductCol},
                                      {QStringLiteral("qty"), QtyCol},
                                      {QStringLiteral("unit_cost"), CostCol},
                                      {QStringLiteral("tax_rate"), TaxRateCol}};
    QStringList texts;
    bool onlyLines = true;
    for (const QJsonValue& v : error.data.toObject().value(QLatin1String("fields")).toArray()) {
        const QJsonObject f = v.toObject();
        const QRegularExpressionMatch m = nested.match(f.value(QLatin1String("field")).toString());
        const int row = m.hasMatch() ? m.captured(1).toInt() : -1;
        const int column = m.hasMatch() ? columns.value(m.captured(2), -1) : -1;
        if (row < 0 || row >= m_lines->rowCount() || column < 0) {
            onlyLines =
                onlyLines && f.value(QLatin1String("field")).toString() == QLatin1String("lines");
            continue;
        }
        const QString text = ErrorText::field(f);
        QTableWidgetItem* item = m_lines->item(row, column);
        item->setBackground(RowTintDelegate::soft(Theme::errorColor()));
        item->setToolTip(text);
        //: A problem in a purchase order line: "Line 2 · Quantity: must be positive"
        texts.append(tr("Line %1 · %2: %3")
                         .arg(row + 1)
                         .arg(m_lines->horizontalHeaderItem(column)->text(), text));
    }
    if (!texts.isEmpty() && onlyLines)
        errors().showMessage(texts.join(QLatin1Char('\n')));
}

void PurchaseOrderDialog::save()
{
    send([this](const QJsonObject&) { finishSaved(); });
}

void PurchaseOrderDialog::runAction(const QString& action)
{
    if (isBusy())
        return;
    if (isDirty() && m_editable) { // save the edits first, then act on the saved version
        send([this, action](const QJsonObject& o) {
            showOrder(o);
            runAction(action);
        });
        return;
    }
    if (action == QLatin1String("receive")) {
        auto* dialog = new ReceiveDialog(m_client, m_order, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &ReceiveDialog::received, this, [this](const QJsonObject& o) {
            emit saved(o);
            showOrder(o);
        });
        dialog->open();
        emit receiveDialogOpened(dialog);
        return;
    }
    if (action == QLatin1String("cancel") &&
        QMessageBox::question(
            this, tr("Cancel Purchase Order"),
            tr("Cancel %1? The supplier should be told too.").arg(T::str(m_order, "number"))) !=
            QMessageBox::Yes)
        return;
    setBusy(true);
    m_client.orderAction(
        action, T::id(m_order, "id"), T::id(m_order, "version"), this,
        [this](const QJsonObject& o) {
            emit saved(o);
            showOrder(o);
        },
        [this](const Rpc::Error& e) { showSaveError(e); });
}

QString PurchaseOrderDialog::conflictText() const
{
    return tr("Someone else changed this purchase order meanwhile.");
}

} // namespace Erp::Client::Inventory
