#include "app/pages/inventory/warehouselist.h"

#include "app/models/remotetablemodel.h"
#include "app/net/errortext.h"
#include "app/pages/inventory/inventorytext.h"
#include "app/widgets/formerrors.h"
#include "app/widgets/recordtable.h"
#include "app/widgets/statusbadge.h"
#include "app/widgets/theme.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace Erp::Client::Inventory {

namespace {
using T = InventoryText;

bool isActive(const QJsonObject& row)
{
    return row.value(QLatin1String("active")).toBool(true);
}

QString binCodes(const QJsonObject& row)
{
    QStringList codes;
    for (const QJsonValue& v : row.value(QLatin1String("locations")).toArray()) {
        if (isActive(v.toObject()))
            codes.append(T::str(v.toObject(), "code"));
    }
    return codes.join(QStringLiteral(", "));
}

QList<Column> warehouseColumns()
{
    using K = Column::Kind;
    return {
        Column(QStringLiteral("priority"), WarehouseList::tr("Priority"), K::Int),
        Column(QStringLiteral("code"), WarehouseList::tr("Code")),
        Column(QStringLiteral("name"), WarehouseList::tr("Name")),
        Column(QStringLiteral("address"), WarehouseList::tr("Address")).notSortable(),
        Column(QStringLiteral("locations"), WarehouseList::tr("Bins"))
            .notSortable()
            .withText(&binCodes),
        Column(QStringLiteral("active"), WarehouseList::tr("Status"))
            .notSortable()
            .withText([](const QJsonObject& r) {
                return isActive(r) ? WarehouseList::tr("Active") : WarehouseList::tr("Archived");
            })
            .withTone([](const QJsonObject& r) {
                return isActive(r) ? Column::Tone::Done : Column::Tone::Neutral;
            }),
    };
}

QList<RecordTable::Column> binColumns()
{
    using Col = RecordTable::Column;
    // Bins in the table are in use; removing a row archives the bin (the server keeps it for
    // the stock moves that name it), and adding its code again brings it back.
    return {Col(QStringLiteral("code"), WarehouseDialog::tr("Bin code")).withWidth(140),
            Col(QStringLiteral("name"), WarehouseDialog::tr("Description"))};
}
} // namespace

WarehouseList::WarehouseList(InventoryClient& client, QWidget* parent)
    : ListPage(parent)
    , m_client(client)
    , m_status(new QComboBox(this))
{
    setObjectName(QStringLiteral("warehouseList"));
    auto* model = new RemoteTableModel(client.api(), QStringLiteral("inventory.warehouse.list"),
                                       warehouseColumns(), this);
    model->setEntity(QStringLiteral("inventory.warehouse"));
    model->setFilter(QJsonObject{{QStringLiteral("active"), true}});
    setModel(model);
    setInitialSort(0, Qt::AscendingOrder);
    view()->setItemDelegateForColumn(5, new StatusBadgeDelegate(view()));
    const QFontMetrics fm = view()->fontMetrics();
    const QList<int> widths{fm.horizontalAdvance(tr("Priority")),
                            fm.horizontalAdvance(QStringLiteral("WH-SHANGHAI")),
                            fm.horizontalAdvance(QStringLiteral("上海浦东物流中心仓库")),
                            fm.horizontalAdvance(QStringLiteral("上海市浦东新区张江路 1000 号")),
                            fm.horizontalAdvance(QStringLiteral("A-01, A-02, B-01"))};
    for (int i = 0; i < widths.size(); ++i)
        view()->horizontalHeader()->resizeSection(i, widths.at(i) + 24);
    m_status->addItem(tr("Active"), true);
    m_status->addItem(tr("Archived"), false);
    m_status->addItem(tr("All"), QVariant());
    addFilterWidget(tr("Status"), m_status);
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        const QVariant active = m_status->currentData();
        this->model()->setFilter(active.isValid()
                                     ? QJsonObject{{QStringLiteral("active"), active.toBool()}}
                                     : QJsonObject());
    });
    const bool canWrite = client.may(writePermission());
    setEmptyTexts(canWrite ? tr("No warehouses yet — press Ctrl+N to add the first one. Stock is "
                                "kept per warehouse.")
                           : tr("No warehouses yet."),
                  tr("No warehouse matches the search."));
    searchEdit()->setPlaceholderText(tr("Code, name, address… (Ctrl+F)"));
    m_new = addPageAction(Theme::icon(QStringLiteral("list-add"), QStyle::SP_FileIcon),
                          tr("&New Warehouse…"));
    m_new->setShortcut(QKeySequence::New);
    m_new->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_new->setVisible(canWrite);
    m_open = addPageAction(
        Theme::icon(QStringLiteral("document-properties"), QStyle::SP_FileDialogDetailedView),
        tr("&Open…"));
    m_archive = addPageAction(Theme::icon(QStringLiteral("edit-delete"), QStyle::SP_TrashIcon),
                              tr("&Archive"));
    m_archive->setVisible(canWrite);
    m_restore = addPageAction(Theme::icon(QStringLiteral("edit-undo"), QStyle::SP_ArrowBack),
                              tr("&Restore"));
    m_restore->setVisible(canWrite);
    connect(m_new, &QAction::triggered, this, [this] { openWarehouse(0); });
    connect(m_open, &QAction::triggered, this, [this] {
        if (currentId() > 0)
            openWarehouse(currentId());
    });
    connect(m_archive, &QAction::triggered, this, [this] { setActive(false); });
    connect(m_restore, &QAction::triggered, this, [this] { setActive(true); });
    connect(this, &ListPage::rowActivated, this,
            [this](const QJsonObject& row) { openWarehouse(T::id(row, "id")); });
    connect(this, &ListPage::currentRowChanged, this, [this] { updateActions(); });
    updateActions();
}

void WarehouseList::updateActions()
{
    const QJsonObject row = currentRow();
    const bool selected = currentId() > 0;
    if (m_open)
        m_open->setEnabled(selected);
    if (m_archive)
        m_archive->setEnabled(selected && isActive(row));
    if (m_restore)
        m_restore->setEnabled(selected && !isActive(row));
}

void WarehouseList::setActive(bool active)
{
    const QJsonObject row = currentRow();
    const qint64 id = T::id(row, "id");
    if (id <= 0)
        return;
    m_client.call(
        QStringLiteral("inventory.warehouse.update"),
        {{QStringLiteral("id"), id},
         {QStringLiteral("version"), T::id(row, "version")},
         {QStringLiteral("active"), active}},
        this,
        [this, active](const QJsonObject& w) {
            showMessage(active ? tr("Warehouse %1 restored.").arg(T::str(w, "name"))
                               : tr("Warehouse %1 archived: new stock cannot be put there.")
                                     .arg(T::str(w, "name")));
            refresh();
        },
        [this](const Rpc::Error& e) { showMessage(ErrorText::describe(e)); });
}

void WarehouseList::openWarehouse(qint64 id)
{
    auto* dialog = new WarehouseDialog(m_client, id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &WarehouseDialog::saved, this, [this](const QJsonObject& w) {
        showMessage(tr("Warehouse %1 (%2) saved.").arg(T::str(w, "name"), T::str(w, "code")));
        selectId(T::id(w, "id"));
    });
    dialog->open();
    emit dialogOpened(dialog);
}

WarehouseDialog::WarehouseDialog(InventoryClient& client, qint64 id, QWidget* parent)
    : FormDialog(parent)
    , m_client(client)
    , m_code(new QLineEdit(this))
    , m_name(new QLineEdit(this))
    , m_address(new QPlainTextEdit(this))
    , m_priority(new QSpinBox(this))
    , m_active(new QCheckBox(tr("Active: stock can be received, allocated and moved here"), this))
    , m_bins(new RecordTable(binColumns(), tr("Bin %1"), this))
{
    setObjectName(QStringLiteral("warehouseDialog"));
    m_code->setPlaceholderText(tr("e.g. SH"));
    m_code->setMaxLength(20);
    m_name->setPlaceholderText(tr("e.g. 上海仓"));
    m_name->setMaxLength(200);
    m_address->setFixedHeight(m_address->fontMetrics().height() * 3 + 12);
    m_priority->setRange(0, 9999);
    m_priority->setToolTip(tr("Orders take stock from the warehouse with the lowest number "
                              "first"));
    FormErrors& e = errors();
    QFormLayout* f = form();
    e.addRow(f, tr("C&ode"), QStringLiteral("code"), m_code, true);
    e.addRow(f, tr("&Name"), QStringLiteral("name"), m_name, true);
    e.addRow(f, tr("&Address"), QStringLiteral("address"), m_address);
    e.addRow(f, tr("&Priority"), QStringLiteral("priority"), m_priority);
    e.addRow(f, QString(), QStringLiteral("active"), m_active);
    auto* binsLabel = new QLabel(tr("&Bins (storage locations)"), this);
    binsLabel->setBuddy(m_bins);
    e.addRow(f, QString(), QStringLiteral("locations_label"), binsLabel);
    f->addRow(m_bins);
    e.bindTable(QStringLiteral("locations"), m_bins);
    connect(m_bins, &RecordTable::edited, this, [this] { markDirty(); });
    auto* saveKey = new QShortcut(QKeySequence::Save, this);
    connect(saveKey, &QShortcut::activated, this, [this] {
        if (!isBusy() && saveButton()->isVisible())
            save();
    });
    const bool canWrite = client.may(WarehouseList::writePermission());
    saveButton()->setVisible(canWrite);
    m_bins->setReadOnly(!canWrite);
    if (!canWrite)
        cancelButton()->setText(tr("Close"));
    resize(620, 560);
    m_warehouse.insert(QStringLiteral("id"), id);
    if (id == 0) {
        showWarehouse({{QStringLiteral("priority"), 100}, {QStringLiteral("active"), true}});
    } else {
        setWindowTitle(tr("Warehouse"));
        reload();
    }
}

void WarehouseDialog::reload()
{
    setBusy(true);
    m_client.call(
        QStringLiteral("inventory.warehouse.get"),
        {{QStringLiteral("id"), T::id(m_warehouse, "id")}}, this,
        [this](const QJsonObject& w) { showWarehouse(w); },
        [this](const Rpc::Error& e) {
            setBusy(false);
            saveButton()->setEnabled(false);
            errors().show(e);
        });
}

void WarehouseDialog::showWarehouse(const QJsonObject& w)
{
    m_warehouse = w;
    const qint64 id = T::id(w, "id");
    setWindowTitle(id == 0 ? tr("New Warehouse")
                           : tr("Warehouse %1 — %2").arg(T::str(w, "code"), T::str(w, "name")));
    m_code->setText(T::str(w, "code"));
    m_code->setReadOnly(id > 0);
    m_name->setText(T::str(w, "name"));
    m_address->setPlainText(T::str(w, "address"));
    m_priority->setValue(w.value(QLatin1String("priority")).toInt(100));
    m_active->setChecked(isActive(w));
    // Archived bins stay hidden: leaving them out of the list keeps them archived.
    QJsonArray bins;
    for (const QJsonValue& v : w.value(QLatin1String("locations")).toArray()) {
        if (isActive(v.toObject()))
            bins.append(v);
    }
    m_bins->setRecords(bins);
    saveButton()->setText(id == 0 ? tr("Create") : tr("Save"));
    errors().clear();
    setBusy(false);
    markClean();
    (id == 0 ? m_code : m_name)->setFocus();
}

QJsonObject WarehouseDialog::fields() const
{
    QJsonArray locations;
    for (const QJsonValue& v : m_bins->records()) {
        QJsonObject bin = v.toObject();
        bin.insert(QStringLiteral("code"), T::str(bin, "code").trimmed().toUpper());
        bin.insert(QStringLiteral("name"), T::str(bin, "name").trimmed());
        locations.append(bin);
    }
    QJsonObject f{{QStringLiteral("name"), m_name->text().trimmed()},
                  {QStringLiteral("address"), m_address->toPlainText().trimmed()},
                  {QStringLiteral("priority"), m_priority->value()},
                  {QStringLiteral("active"), m_active->isChecked()},
                  {QStringLiteral("locations"), locations}};
    if (T::id(m_warehouse, "id") == 0)
        f.insert(QStringLiteral("code"), m_code->text().trimmed().toUpper());
    return f;
}

void WarehouseDialog::save()
{
    errors().clear();
    setBusy(true);
    const qint64 id = T::id(m_warehouse, "id");
    QJsonObject params = fields();
    if (id > 0) {
        params.insert(QStringLiteral("id"), id);
        params.insert(QStringLiteral("version"), T::id(m_warehouse, "version"));
    }
    m_client.call(
        id == 0 ? QStringLiteral("inventory.warehouse.create")
                : QStringLiteral("inventory.warehouse.update"),
        params, this,
        [this](const QJsonObject& w) {
            emit saved(w);
            finishSaved();
        },
        [this](const Rpc::Error& e) { showSaveError(e); });
}

QString WarehouseDialog::conflictText() const
{
    return tr("Someone else saved this warehouse while you were editing it.");
}

} // namespace Erp::Client::Inventory
