#include "app/pages/customers/customerdialog.h"

#include "app/net/errortext.h"
#include "app/pages/customers/conflictdialog.h"
#include "app/pages/customers/customerclient.h"
#include "app/pages/customers/customertext.h"
#include "app/pages/customers/duplicatesdialog.h"
#include "app/widgets/formerrors.h"
#include "app/widgets/moneyedit.h"
#include "app/widgets/recordtable.h"
#include "app/widgets/theme.h"
#include "common/jsonrpc.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QShortcut>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Erp::Client::Customers {

namespace {
enum Tab { ContactsTab, AddressesTab, NotesTab };

using Col = RecordTable::Column;

QList<Col> contactColumns()
{
    return {Col(QStringLiteral("name"), CustomerDialog::tr("Name")),
            Col(QStringLiteral("title"), CustomerDialog::tr("Title")),
            Col(QStringLiteral("phone"), CustomerDialog::tr("Phone")),
            Col(QStringLiteral("email"), CustomerDialog::tr("Email")),
            Col(QStringLiteral("is_primary"), CustomerDialog::tr("Primary"), Col::Kind::Check)
                .exclusiveIn()
                .withWidth(70)};
}

QList<Col> addressColumns()
{
    return {Col(QStringLiteral("kind"), CustomerDialog::tr("Kind"), Col::Kind::Choice)
                .withChoices({{QStringLiteral("billing"), CustomerDialog::tr("Billing")},
                              {QStringLiteral("shipping"), CustomerDialog::tr("Shipping")}})
                .withWidth(90),
            Col(QStringLiteral("country"), CustomerDialog::tr("Country"))
                .withWidth(64)
                .withDefault(QStringLiteral("CN")),
            Col(QStringLiteral("province"), CustomerDialog::tr("Province")),
            Col(QStringLiteral("city"), CustomerDialog::tr("City")),
            Col(QStringLiteral("district"), CustomerDialog::tr("District")),
            Col(QStringLiteral("line1"), CustomerDialog::tr("Street address")),
            Col(QStringLiteral("postcode"), CustomerDialog::tr("Postcode")).withWidth(80),
            Col(QStringLiteral("is_default"), CustomerDialog::tr("Default"), Col::Kind::Check)
                .exclusiveIn(QStringLiteral("kind"))
                .withWidth(70)};
}

QFormLayout* formColumn()
{
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    form->setFormAlignment(Qt::AlignLeft | Qt::AlignTop);
    return form;
}
} // namespace

CustomerDialog::CustomerDialog(CustomerClient& client, qint64 id, QWidget* parent)
    : FormDialog(parent)
    , m_client(client)
    , m_ownerEditable(client.canListOwners() && client.may(CustomerClient::writePermission()))
    , m_canWrite(client.may(CustomerClient::writePermission()))
    , m_state(new QLabel(this))
    , m_code(new QLineEdit(this))
    , m_name(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_taxId(new QLineEdit(this))
    , m_industry(new QLineEdit(this))
    , m_source(new QLineEdit(this))
    , m_tags(new QLineEdit(this))
    , m_owner(new QComboBox(this))
    , m_credit(new MoneyEdit(this))
    , m_currency(new QComboBox(this))
    , m_terms(new QSpinBox(this))
    , m_sections(new QTabWidget(this))
    , m_contacts(new RecordTable(contactColumns(), tr("Contact %1"), this))
    , m_addresses(new RecordTable(addressColumns(), tr("Address %1"), this))
    , m_notes(new QPlainTextEdit(this))
    , m_saveNew(new QPushButton(tr("Save && New"), this))
{
    setObjectName(QStringLiteral("customerDialog"));
    m_customer.id = id;
    m_customer.ownerId = client.api().session().userId;
    m_customer.ownerName = client.api().session().username;
    buildForm();
    resize(920, 640);
    if (id == 0) {
        showCustomer(m_customer);
    } else {
        setWindowTitle(tr("Customer"));
        reload();
    }
    loadOwners();
}

void CustomerDialog::buildForm()
{
    m_state->setObjectName(QStringLiteral("customerState"));
    m_state->setWordWrap(true);
    m_state->setVisible(false);
    body()->insertWidget(1, m_state);

    m_code->setMaxLength(20);
    m_code->setPlaceholderText(tr("generated"));
    m_code->setToolTip(tr("Leave empty to get the next free code (C000123)."));
    m_name->setMaxLength(200);
    m_name->setPlaceholderText(tr("e.g. 深圳华信科技有限公司"));
    m_kind->addItem(CustomerText::kind(QStringLiteral("company")), QStringLiteral("company"));
    m_kind->addItem(CustomerText::kind(QStringLiteral("individual")), QStringLiteral("individual"));
    m_taxId->setMaxLength(30);
    m_taxId->setPlaceholderText(tr("e.g. 91440300MA5F000000"));
    m_industry->setMaxLength(100);
    m_source->setMaxLength(100);
    m_source->setPlaceholderText(tr("e.g. trade fair, website, referral"));
    m_tags->setPlaceholderText(tr("comma-separated, e.g. VIP, 华南"));
    m_currency->setEditable(true);
    m_currency->addItems({QStringLiteral("CNY"), QStringLiteral("USD"), QStringLiteral("EUR"),
                          QStringLiteral("HKD"), QStringLiteral("JPY"), QStringLiteral("GBP")});
    m_currency->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[A-Za-z]{0,3}")), m_currency));
    m_terms->setRange(0, 365);
    m_terms->setSuffix(tr(" days"));
    m_terms->setAlignment(Qt::AlignRight);

    QFormLayout* left = formColumn();
    QFormLayout* right = formColumn();
    FormErrors& e = errors();
    e.addRow(left, tr("C&ode"), QStringLiteral("code"), m_code);
    e.addRow(left, tr("&Name"), QStringLiteral("name"), m_name, true);
    e.addRow(left, tr("&Kind"), QStringLiteral("kind"), m_kind);
    e.addRow(left, tr("&Tax ID"), QStringLiteral("tax_id"), m_taxId);
    e.addRow(left, tr("&Industry"), QStringLiteral("industry"), m_industry);
    e.addRow(left, tr("So&urce"), QStringLiteral("source"), m_source);
    e.addRow(right, tr("T&ags"), QStringLiteral("tags"), m_tags);
    e.addRow(right, tr("O&wner"), QStringLiteral("owner_id"), m_owner);
    e.addRow(right, tr("C&redit limit"), QStringLiteral("credit_limit"), m_credit);
    e.addRow(right, tr("C&urrency"), QStringLiteral("currency"), m_currency);
    e.addRow(right, tr("&Payment terms"), QStringLiteral("payment_terms_days"), m_terms);
    for (const char* field : {"code", "tax_id", "credit_limit", "currency", "payment_terms_days"})
        e.setRule(QLatin1String(field), CustomerText::rule(QLatin1String(field)));
    auto* columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addSpacing(16);
    columns->addLayout(right, 1);
    body()->insertLayout(3, columns);

    m_contacts->setObjectName(QStringLiteral("contacts"));
    m_addresses->setObjectName(QStringLiteral("addresses"));
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setPlaceholderText(tr("Anything colleagues should know about this customer"));
    m_sections->addTab(m_contacts, QString());
    m_sections->addTab(m_addresses, QString());
    auto* notesPage = new QWidget(this);
    auto* notesLayout = new QVBoxLayout(notesPage);
    notesLayout->setContentsMargins(0, 0, 0, 0);
    notesLayout->addWidget(m_notes, 1);
    auto* notesError = new QLabel(notesPage);
    notesError->setWordWrap(true);
    QPalette red = notesError->palette();
    red.setColor(QPalette::WindowText, Theme::errorColor());
    notesError->setPalette(red);
    notesError->setVisible(false);
    notesLayout->addWidget(notesError);
    m_sections->addTab(notesPage, tr("Notes"));
    e.bindTable(QStringLiteral("contacts"), m_contacts, &CustomerText::rule);
    e.bindTable(QStringLiteral("addresses"), m_addresses, &CustomerText::rule);
    e.bind(QStringLiteral("notes"), m_notes, notesError);
    body()->insertWidget(4, m_sections, 1);
    // The contacts and addresses take the height the base class gives to its spacer.
    for (int i = 0; i < body()->count(); ++i) {
        if (QSpacerItem* spacer = body()->itemAt(i)->spacerItem()) {
            body()->removeItem(spacer);
            delete spacer;
            break;
        }
    }
    connect(m_contacts, &RecordTable::edited, this, &CustomerDialog::updateTabTitles);
    connect(m_addresses, &RecordTable::edited, this, &CustomerDialog::updateTabTitles);

    m_saveNew->setAutoDefault(false);
    m_saveNew->setToolTip(tr("Save this customer and start the next one"));
    buttonRow()->insertWidget(buttonRow()->count() - 1, m_saveNew);
    connect(m_saveNew, &QPushButton::clicked, this, &CustomerDialog::saveAndNew);
    saveButton()->setToolTip(tr("Save (Ctrl+S)"));
    auto* saveKey = new QShortcut(QKeySequence::Save, this);
    connect(saveKey, &QShortcut::activated, this, [this] {
        if (!isBusy() && saveButton()->isVisible() && saveButton()->isEnabled())
            save();
    });
    setEditable(m_canWrite);
}

void CustomerDialog::setEditable(bool editable)
{
    for (QLineEdit* edit :
         {m_code, m_name, m_taxId, m_industry, m_source, m_tags, static_cast<QLineEdit*>(m_credit)})
        edit->setReadOnly(!editable);
    m_kind->setEnabled(editable);
    m_currency->setEnabled(editable);
    m_terms->setReadOnly(!editable);
    m_owner->setEnabled(editable && m_ownerEditable);
    m_notes->setReadOnly(!editable);
    m_contacts->setReadOnly(!editable);
    m_addresses->setReadOnly(!editable);
    saveButton()->setVisible(editable);
    m_saveNew->setVisible(editable);
    cancelButton()->setText(editable ? tr("Cancel") : tr("Close"));
}

void CustomerDialog::loadOwners()
{
    if (!m_ownerEditable)
        return;
    m_client.listOwners(
        this,
        [this](const QList<Owner>& owners) {
            const qint64 current = m_owner->currentData().toLongLong();
            const QString currentName = m_owner->currentText();
            const QSignalBlocker block(m_owner);
            m_owner->clear();
            m_owner->addItem(tr("(nobody)"), qint64(0));
            for (const Owner& o : owners)
                m_owner->addItem(o.displayName(), o.id);
            int index = m_owner->findData(current);
            if (index < 0 && current > 0) { // an owner who left: still shown
                m_owner->addItem(currentName, current);
                index = m_owner->count() - 1;
            }
            m_owner->setCurrentIndex(qMax(0, index));
        },
        [](const Rpc::Error&) {}); // the owner stays as it is
}

void CustomerDialog::reload()
{
    m_ready = false;
    setBusy(true);
    m_client.get(
        m_customer.id, this, [this](const Customer& c) { showCustomer(c); },
        [this](const Rpc::Error& e) {
            setBusy(false);
            saveButton()->setEnabled(false);
            m_saveNew->setEnabled(false);
            errors().show(e);
        });
}

void CustomerDialog::showCustomer(const Customer& c)
{
    m_customer = c;
    const bool create = c.id == 0;
    setWindowTitle(create ? tr("New Customer") : tr("Customer %1 — %2").arg(c.code, c.name));
    m_code->setText(c.code);
    m_name->setText(c.name);
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(c.kind)));
    m_taxId->setText(c.taxId);
    m_industry->setText(c.industry);
    m_source->setText(c.source);
    m_tags->setText(c.tags.join(QLatin1String(", ")));
    {
        const QSignalBlocker block(m_owner);
        int index = m_owner->findData(c.ownerId);
        if (index < 0) {
            m_owner->addItem(c.ownerId > 0 ? c.ownerName : tr("(nobody)"), c.ownerId);
            index = m_owner->count() - 1;
        }
        m_owner->setCurrentIndex(index);
    }
    m_credit->setValue(c.creditLimit);
    m_currency->setCurrentText(c.currency);
    m_terms->setValue(c.paymentTermsDays);
    m_notes->setPlainText(c.notes);
    m_contacts->setRecords(c.contacts);
    m_addresses->setRecords(c.addresses);
    if (create && c.contacts.isEmpty())
        m_contacts->addRecord(); // most customers come with someone to call
    updateTabTitles();

    const bool merged = c.status == QLatin1String("merged");
    m_state->setVisible(!create && c.status != QLatin1String("active"));
    if (merged)
        m_state->setText(tr("This customer was merged into another one and can no longer be "
                            "changed."));
    else
        m_state->setText(tr("This customer is archived. Restore it in the list to work with it "
                            "again."));
    setEditable(m_canWrite && !merged);
    saveButton()->setText(create ? tr("Create") : tr("Save"));
    errors().clear();
    setBusy(false);
    markClean();
    m_ready = true;
    m_name->setFocus();
}

Customer CustomerDialog::formCustomer() const
{
    Customer c = m_customer;
    c.code = m_code->text().trimmed();
    c.name = m_name->text().trimmed();
    c.kind = m_kind->currentData().toString();
    c.taxId = m_taxId->text().trimmed();
    c.industry = m_industry->text().trimmed();
    c.source = m_source->text().trimmed();
    static const QRegularExpression separators(QStringLiteral("[,，;；]"));
    c.tags.clear();
    for (const QString& t : m_tags->text().split(separators, Qt::SkipEmptyParts)) {
        if (!t.trimmed().isEmpty() && !c.tags.contains(t.trimmed()))
            c.tags.append(t.trimmed());
    }
    c.creditLimit = m_credit->value();
    c.currency = m_currency->currentText().trimmed().toUpper();
    c.paymentTermsDays = m_terms->value();
    c.ownerId = m_owner->currentData().toLongLong();
    c.ownerName = c.ownerId > 0 ? m_owner->currentText() : QString();
    c.notes = m_notes->toPlainText();
    c.contacts = m_contacts->records();
    c.addresses = m_addresses->records();
    return c;
}

void CustomerDialog::save()
{
    errors().clear();
    if (m_notes->toPlainText().size() > 4000) {
        errors().showField(QStringLiteral("notes"), tr("Notes can hold at most 4,000 characters."));
        m_sections->setCurrentIndex(NotesTab);
        return;
    }
    setBusy(true);
    m_saveNew->setEnabled(false);
    send(false);
}

void CustomerDialog::saveAndNew()
{
    if (isBusy())
        return;
    m_andNew = true;
    save();
}

void CustomerDialog::send(bool allowDuplicates)
{
    const Customer c = formCustomer();
    QJsonObject fields = c.fields();
    if (m_ownerEditable)
        fields.insert(QStringLiteral("owner_id"),
                      c.ownerId > 0 ? QJsonValue(c.ownerId) : QJsonValue());
    if (c.id == 0 && c.code.isEmpty())
        fields.remove(QStringLiteral("code")); // generated
    auto ok = [this](const Customer& saved) { done(saved); };
    auto fail = [this](const Rpc::Error& e) { saveFailed(e); };
    if (c.id == 0)
        m_client.create(fields, allowDuplicates, this, ok, fail);
    else
        m_client.update(c.id, c.version, fields, this, ok, fail);
}

void CustomerDialog::done(const Customer& saved)
{
    m_customer = saved;
    emit this->saved(saved);
    m_saveNew->setEnabled(true);
    if (!m_andNew) {
        finishSaved();
        return;
    }
    m_andNew = false;
    Customer next;
    next.ownerId = m_client.api().session().userId;
    next.ownerName = m_client.api().session().username;
    showCustomer(next);
    errors().showMessage(QString());
    m_state->setText(tr("Customer %1 (%2) saved. Enter the next one.").arg(saved.name, saved.code));
    m_state->setVisible(true);
}

void CustomerDialog::saveFailed(const Rpc::Error& error)
{
    m_andNew = m_andNew && error.code == Rpc::BusinessRule; // Create Anyway still goes on
    m_saveNew->setEnabled(true);
    const QJsonObject data = error.data.toObject();
    if (error.code == Rpc::BusinessRule &&
        data.value(QLatin1String("reason")).toString() == QLatin1String("duplicates")) {
        askAboutDuplicates(error);
        return;
    }
    m_andNew = false;
    showSaveError(error);
    updateTabTitles();
    // Problems only in a contact or an address: show that table.
    if (!errors().message().isEmpty() || error.code != Rpc::ValidationFailed)
        return;
    if (m_contacts->hasErrors())
        m_sections->setCurrentIndex(ContactsTab);
    else if (m_addresses->hasErrors())
        m_sections->setCurrentIndex(AddressesTab);
}

void CustomerDialog::askAboutDuplicates(const Rpc::Error& error)
{
    setBusy(false);
    DuplicatesDialog box(DuplicateHit::listFromJson(
                             error.data.toObject().value(QLatin1String("duplicates")).toArray()),
                         this);
    box.exec();
    switch (box.choice()) {
    case DuplicatesDialog::CreateAnyway:
        setBusy(true);
        m_saveNew->setEnabled(false);
        send(true);
        break;
    case DuplicatesDialog::OpenExisting:
        m_andNew = false;
        emit openExistingRequested(box.selectedId());
        markClean(); // the clerk chose the existing customer over this form
        QDialog::reject();
        break;
    case DuplicatesDialog::BackToForm:
        m_andNew = false;
        errors().showMessage(ErrorText::describe(error));
        break;
    }
}

QString CustomerDialog::conflictText() const
{
    return tr("Someone else saved this customer while you were editing it.");
}

void CustomerDialog::showChanges()
{
    setBusy(true);
    m_client.get(
        m_customer.id, this,
        [this](const Customer& theirs) {
            setBusy(false);
            ConflictDialog compare(m_customer, theirs, formCustomer(), this);
            compare.exec();
            if (compare.choice() == ConflictDialog::UseTheirs) {
                showCustomer(theirs);
            } else if (compare.choice() == ConflictDialog::SaveMine) {
                m_customer = theirs; // save the form over their version
                save();
            }
        },
        [this](const Rpc::Error& e) {
            setBusy(false);
            errors().show(e);
        });
}

void CustomerDialog::updateTabTitles()
{
    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    m_sections->setTabText(ContactsTab, tr("Contacts (%1)").arg(m_contacts->records().size()));
    m_sections->setTabText(AddressesTab, tr("Addresses (%1)").arg(m_addresses->records().size()));
    m_sections->setTabIcon(ContactsTab, m_contacts->hasErrors() ? warning : QIcon());
    m_sections->setTabIcon(AddressesTab, m_addresses->hasErrors() ? warning : QIcon());
}

} // namespace Erp::Client::Customers
