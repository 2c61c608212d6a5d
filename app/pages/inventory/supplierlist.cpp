#include "app/pages/inventory/supplierlist.h"

#include "app/models/remotetablemodel.h"
#include "app/pages/inventory/inventorytext.h"
#include "app/widgets/formerrors.h"
#include "app/widgets/importwizard.h"
#include "app/widgets/statusbadge.h"
#include "app/widgets/theme.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QTableView>

namespace Erp::Client::Inventory {

namespace {
using T = InventoryText;

QList<Column> supplierColumns()
{
    using K = Column::Kind;
    return {
        Column(QStringLiteral("code"), SupplierList::tr("Code")).exportAs(Column::Export::Digits),
        Column(QStringLiteral("name"), SupplierList::tr("Name")),
        Column(QStringLiteral("contact_name"), SupplierList::tr("Contact")).notSortable(),
        Column(QStringLiteral("phone"), SupplierList::tr("Phone"))
            .notSortable()
            .exportAs(Column::Export::Digits),
        Column(QStringLiteral("email"), SupplierList::tr("Email")).notSortable(),
        Column(QStringLiteral("currency"), SupplierList::tr("Currency")).notSortable(),
        Column(QStringLiteral("payment_terms_days"), SupplierList::tr("Terms"), K::Int)
            .notSortable()
            .withText([](const QJsonObject& r) {
                return SupplierList::tr("%1 days").arg(
                    r.value(QLatin1String("payment_terms_days")).toInt());
            }),
        Column(QStringLiteral("lead_time_days"), SupplierList::tr("Lead time"), K::Int)
            .notSortable()
            .withText([](const QJsonObject& r) {
                return SupplierList::tr("%1 days").arg(
                    r.value(QLatin1String("lead_time_days")).toInt());
            }),
        Column(QStringLiteral("active"), SupplierList::tr("Status"))
            .notSortable()
            .withText([](const QJsonObject& r) {
                return r.value(QLatin1String("active")).toBool(true) ? SupplierList::tr("Active")
                                                                     : SupplierList::tr("Inactive");
            })
            .withTone([](const QJsonObject& r) {
                return r.value(QLatin1String("active")).toBool(true) ? Column::Tone::Done
                                                                     : Column::Tone::Neutral;
            }),
    };
}
} // namespace

SupplierList::SupplierList(InventoryClient& client, QWidget* parent)
    : ListPage(parent)
    , m_client(client)
    , m_status(new QComboBox(this))
{
    setObjectName(QStringLiteral("supplierList"));
    auto* model = new RemoteTableModel(client.api(), QStringLiteral("purchasing.supplier.list"),
                                       supplierColumns(), this);
    model->setEntity(QStringLiteral("purchasing.supplier"));
    model->setSortExpression(QStringLiteral("name"));
    model->setFilter(QJsonObject{{QStringLiteral("active"), true}});
    setModel(model);
    setExportName(tr("Suppliers"));
    setInitialSort(1, Qt::AscendingOrder);
    view()->setItemDelegateForColumn(8, new StatusBadgeDelegate(view()));
    const QFontMetrics fm = view()->fontMetrics();
    const QList<int> widths{fm.horizontalAdvance(QStringLiteral("S000000")),
                            fm.horizontalAdvance(QStringLiteral("宁波华美塑料制品有限公司")),
                            fm.horizontalAdvance(QStringLiteral("Emma Wilson")),
                            fm.horizontalAdvance(QStringLiteral("+86 574 8888 0000")),
                            fm.horizontalAdvance(QStringLiteral("sales@example.com")),
                            fm.horizontalAdvance(QStringLiteral("Currency")),
                            fm.horizontalAdvance(QStringLiteral("365 days")),
                            fm.horizontalAdvance(QStringLiteral("Lead time"))};
    for (int i = 0; i < widths.size(); ++i)
        view()->horizontalHeader()->resizeSection(i, widths.at(i) + 20);
    m_status->addItem(tr("Active"), true);
    m_status->addItem(tr("All"), QVariant());
    addFilterWidget(tr("Status"), m_status);
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        this->model()->setFilter(m_status->currentIndex() == 0
                                     ? QJsonObject{{QStringLiteral("active"), true}}
                                     : QJsonObject());
    });
    const bool canWrite = client.may(InventoryClient::Perm::supplierWrite());
    setEmptyTexts(canWrite ? tr("No suppliers yet — press Ctrl+N to add one.")
                           : tr("No suppliers yet."),
                  tr("No supplier matches the search."));
    searchEdit()->setPlaceholderText(tr("Name, code, contact… (Ctrl+F)"));
    m_new = addPageAction(Theme::icon(QStringLiteral("contact-new"), QStyle::SP_FileIcon),
                          tr("New Supplier…"));
    m_new->setShortcut(QKeySequence::New);
    m_new->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_new->setVisible(canWrite);
    addImportAction(*this, client.api(), QStringLiteral("purchasing.supplier"),
                    InventoryClient::Perm::supplierWrite(), tr("Import…"),
                    tr("Import suppliers from a CSV or Excel file"));
    m_open = addPageAction(
        Theme::icon(QStringLiteral("document-properties"), QStyle::SP_FileDialogDetailedView),
        tr("Open…"));
    connect(m_new, &QAction::triggered, this, [this] { openSupplier(0); });
    connect(m_open, &QAction::triggered, this, [this] {
        if (currentId() > 0)
            openSupplier(currentId());
    });
    connect(this, &ListPage::rowActivated, this,
            [this](const QJsonObject& row) { openSupplier(T::id(row, "id")); });
    updateActions();
}

void SupplierList::updateActions()
{
    if (m_open)
        m_open->setEnabled(currentId() > 0);
}

void SupplierList::openSupplier(qint64 id)
{
    auto* dialog = new SupplierDialog(m_client, id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SupplierDialog::saved, this, [this](const QJsonObject& s) {
        showMessage(tr("Supplier %1 (%2) saved.").arg(T::str(s, "name"), T::str(s, "code")));
        selectId(T::id(s, "id"));
    });
    dialog->open();
    emit dialogOpened(dialog);
}

SupplierDialog::SupplierDialog(InventoryClient& client, qint64 id, QWidget* parent)
    : FormDialog(parent)
    , m_client(client)
    , m_code(new QLineEdit(this))
    , m_name(new QLineEdit(this))
    , m_taxId(new QLineEdit(this))
    , m_contact(new QLineEdit(this))
    , m_phone(new QLineEdit(this))
    , m_email(new QLineEdit(this))
    , m_address(new QPlainTextEdit(this))
    , m_currency(new QComboBox(this))
    , m_terms(new QSpinBox(this))
    , m_leadTime(new QSpinBox(this))
    , m_active(new QCheckBox(tr("Active: can be chosen on new purchase orders"), this))
    , m_notes(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("supplierDialog"));
    m_code->setPlaceholderText(tr("generated"));
    m_name->setPlaceholderText(tr("e.g. 宁波华美塑料制品有限公司"));
    m_address->setFixedHeight(m_address->fontMetrics().height() * 3 + 12);
    m_currency->setEditable(true);
    m_currency->addItems({QStringLiteral("CNY"), QStringLiteral("USD"), QStringLiteral("EUR"),
                          QStringLiteral("HKD"), QStringLiteral("JPY")});
    m_terms->setRange(0, 365);
    m_terms->setSuffix(tr(" days"));
    m_leadTime->setRange(0, 365);
    m_leadTime->setSuffix(tr(" days"));
    FormErrors& e = errors();
    auto* left = new QFormLayout;
    auto* right = new QFormLayout;
    for (QFormLayout* f : {left, right}) {
        f->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
        f->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    }
    e.addRow(left, tr("C&ode"), QStringLiteral("code"), m_code);
    e.addRow(left, tr("&Name"), QStringLiteral("name"), m_name, true);
    e.addRow(left, tr("&Tax ID"), QStringLiteral("tax_id"), m_taxId);
    e.addRow(left, tr("C&ontact"), QStringLiteral("contact_name"), m_contact);
    e.addRow(left, tr("&Phone"), QStringLiteral("phone"), m_phone);
    e.addRow(left, tr("&Email"), QStringLiteral("email"), m_email);
    e.addRow(right, tr("&Address"), QStringLiteral("address"), m_address);
    e.addRow(right, tr("C&urrency"), QStringLiteral("currency"), m_currency);
    e.addRow(right, tr("Payment &terms"), QStringLiteral("payment_terms_days"), m_terms);
    e.addRow(right, tr("&Lead time"), QStringLiteral("lead_time_days"), m_leadTime);
    e.addRow(right, QString(), QStringLiteral("active"), m_active);
    m_notes->setFixedHeight(m_notes->fontMetrics().height() * 3 + 12);
    m_notes->setPlaceholderText(tr("Anything buyers should know about this supplier"));
    e.addRow(left, tr("No&tes"), QStringLiteral("notes"), m_notes);
    auto* columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addSpacing(16);
    columns->addLayout(right, 1);
    body()->insertLayout(2, columns);
    auto* saveKey = new QShortcut(QKeySequence::Save, this);
    connect(saveKey, &QShortcut::activated, this, [this] {
        if (!isBusy() && saveButton()->isVisible())
            save();
    });
    const bool canWrite = client.may(InventoryClient::Perm::supplierWrite());
    saveButton()->setVisible(canWrite);
    if (!canWrite)
        cancelButton()->setText(tr("Close"));
    resize(780, 440);
    m_supplier.insert(QStringLiteral("id"), id);
    if (id == 0) {
        showSupplier({{QStringLiteral("currency"), QStringLiteral("CNY")},
                      {QStringLiteral("payment_terms_days"), 30},
                      {QStringLiteral("lead_time_days"), 7},
                      {QStringLiteral("active"), true}});
    } else {
        setWindowTitle(tr("Supplier"));
        reload();
    }
}

void SupplierDialog::reload()
{
    setBusy(true);
    m_client.getSupplier(
        T::id(m_supplier, "id"), this, [this](const QJsonObject& s) { showSupplier(s); },
        [this](const Rpc::Error& e) {
            setBusy(false);
            saveButton()->setEnabled(false);
            errors().show(e);
        });
}

void SupplierDialog::showSupplier(const QJsonObject& s)
{
    m_supplier = s;
    const qint64 id = T::id(s, "id");
    setWindowTitle(id == 0 ? tr("New Supplier")
                           : tr("Supplier %1 — %2").arg(T::str(s, "code"), T::str(s, "name")));
    m_code->setText(T::str(s, "code"));
    m_code->setReadOnly(id > 0);
    m_name->setText(T::str(s, "name"));
    m_taxId->setText(T::str(s, "tax_id"));
    m_contact->setText(T::str(s, "contact_name"));
    m_phone->setText(T::str(s, "phone"));
    m_email->setText(T::str(s, "email"));
    m_address->setPlainText(T::str(s, "address"));
    m_currency->setCurrentText(T::str(s, "currency"));
    m_terms->setValue(s.value(QLatin1String("payment_terms_days")).toInt());
    m_leadTime->setValue(s.value(QLatin1String("lead_time_days")).toInt());
    m_active->setChecked(s.value(QLatin1String("active")).toBool(true));
    m_notes->setPlainText(T::str(s, "notes"));
    saveButton()->setText(id == 0 ? tr("Create") : tr("Save"));
    errors().clear();
    setBusy(false);
    markClean();
    m_name->setFocus();
}

QJsonObject SupplierDialog::fields() const
{
    QJsonObject f{{QStringLiteral("name"), m_name->text().trimmed()},
                  {QStringLiteral("tax_id"), m_taxId->text().trimmed()},
                  {QStringLiteral("contact_name"), m_contact->text().trimmed()},
                  {QStringLiteral("phone"), m_phone->text().trimmed()},
                  {QStringLiteral("email"), m_email->text().trimmed()},
                  {QStringLiteral("address"), m_address->toPlainText().trimmed()},
                  {QStringLiteral("currency"), m_currency->currentText().trimmed().toUpper()},
                  {QStringLiteral("payment_terms_days"), m_terms->value()},
                  {QStringLiteral("lead_time_days"), m_leadTime->value()},
                  {QStringLiteral("active"), m_active->isChecked()},
                  {QStringLiteral("notes"), m_notes->toPlainText().trimmed()}};
    if (T::id(m_supplier, "id") == 0 && !m_code->text().trimmed().isEmpty())
        f.insert(QStringLiteral("code"), m_code->text().trimmed());
    return f;
}

void SupplierDialog::save()
{
    errors().clear();
    setBusy(true);
    m_client.saveSupplier(
        T::id(m_supplier, "id"), T::id(m_supplier, "version"), fields(), this,
        [this](const QJsonObject& s) {
            emit saved(s);
            finishSaved();
        },
        [this](const Rpc::Error& e) { showSaveError(e); });
}

QString SupplierDialog::conflictText() const
{
    return tr("Someone else saved this supplier while you were editing it.");
}

} // namespace Erp::Client::Inventory
