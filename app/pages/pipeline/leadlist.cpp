#include "app/pages/pipeline/leadlist.h"

#include "app/net/errortext.h"
#include "app/net/servermessages.h"
#include "app/pages/customers/customertypes.h"
#include "app/pages/customers/duplicatesdialog.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QToolBar>
#include <QVBoxLayout>

namespace Erp::Client::Pipeline {

LeadDialog::LeadDialog(const PipelineClient& client, const QJsonObject& lead, QWidget* parent)
    : QDialog(parent)
    , m_client(client)
    , m_lead(lead)
    , m_name(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_contact(new QLineEdit(this))
    , m_phone(new QLineEdit(this))
    , m_email(new QLineEdit(this))
    , m_source(new QComboBox(this))
    , m_campaign(new QLineEdit(this))
    , m_region(new QLineEdit(this))
    , m_notes(new QPlainTextEdit(this))
    , m_error(new QLabel(this))
{
    setWindowTitle(lead.isEmpty() ? tr("New Lead") : tr("Lead"));
    m_kind->addItem(tr("Company"), QStringLiteral("company"));
    m_kind->addItem(tr("Person"), QStringLiteral("individual"));
    const std::pair<const char*, QString> sources[] = {{"", tr("(none)")},
                                                       {"web", tr("Web")},
                                                       {"phone", tr("Phone")},
                                                       {"referral", tr("Referral")},
                                                       {"exhibition", tr("Exhibition")},
                                                       {"campaign", tr("Campaign")},
                                                       {"email", tr("E-mail")},
                                                       {"other", tr("Other")}};
    for (const auto& [code, text] : sources)
        m_source->addItem(text, QString::fromLatin1(code));
    m_name->setText(lead.value(QLatin1String("name")).toString());
    m_kind->setCurrentIndex(
        qMax(0, m_kind->findData(lead.value(QLatin1String("kind")).toString())));
    m_contact->setText(lead.value(QLatin1String("contact_name")).toString());
    m_phone->setText(lead.value(QLatin1String("phone")).toString());
    m_email->setText(lead.value(QLatin1String("email")).toString());
    m_source->setCurrentIndex(
        qMax(0, m_source->findData(lead.value(QLatin1String("source")).toString())));
    m_campaign->setText(lead.value(QLatin1String("campaign")).toString());
    m_region->setText(lead.value(QLatin1String("region")).toString());
    m_notes->setPlainText(lead.value(QLatin1String("notes")).toString());
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Kind:"), m_kind);
    form->addRow(tr("Contact:"), m_contact);
    form->addRow(tr("Phone:"), m_phone);
    form->addRow(tr("E-mail:"), m_email);
    form->addRow(tr("Source:"), m_source);
    form->addRow(tr("Campaign:"), m_campaign);
    form->addRow(tr("Region:"), m_region);
    form->addRow(tr("Notes:"), m_notes);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &LeadDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

void LeadDialog::save()
{
    QJsonObject p{{QStringLiteral("name"), m_name->text()},
                  {QStringLiteral("kind"), m_kind->currentData().toString()},
                  {QStringLiteral("contact_name"), m_contact->text()},
                  {QStringLiteral("phone"), m_phone->text()},
                  {QStringLiteral("email"), m_email->text()},
                  {QStringLiteral("source"), m_source->currentData().toString()},
                  {QStringLiteral("campaign"), m_campaign->text()},
                  {QStringLiteral("region"), m_region->text()},
                  {QStringLiteral("notes"), m_notes->toPlainText()}};
    const bool creating = m_lead.isEmpty();
    if (!creating) {
        p.insert(QStringLiteral("id"), m_lead.value(QLatin1String("id")));
        p.insert(QStringLiteral("version"), m_lead.value(QLatin1String("version")));
    }
    m_client.call(
        creating ? QStringLiteral("crm.lead.create") : QStringLiteral("crm.lead.update"), p, this,
        [this](const QJsonObject& lead) {
            emit saved(lead);
            accept();
        },
        [this](const Rpc::Error& e) { m_error->setText(ErrorText::describe(e)); });
}

namespace {

enum Column {
    NameCol,
    ContactCol,
    PhoneCol,
    SourceCol,
    OwnerCol,
    StateCol,
    CustomerCol,
    ColumnCount
};

} // namespace

LeadList::LeadList(ApiClient& api, QWidget* parent)
    : QWidget(parent)
    , m_client(api)
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("leadList"));
    auto* tools = new QToolBar(this);
    m_new = tools->addAction(tr("New Lead…"), this, [this] { openLead(0); });
    m_new->setShortcut(QKeySequence::New);
    m_new->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_new);
    m_qualify = tools->addAction(tr("Qualify"), this, &LeadList::qualifySelected);
    m_convert = tools->addAction(tr("Convert to Customer…"), this, &LeadList::convertSelected);
    tools->addAction(tr("Refresh"), this, &LeadList::refresh);
    for (QAction* a : {m_new, m_qualify, m_convert})
        a->setVisible(m_client.mayWrite());
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Contact"), tr("Phone"), tr("Source"),
                                        tr("Owner"), tr("State"), tr("Customer")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setStretchLastSection(true);
    connect(m_table, &QTableWidget::cellActivated, this, [this](int row, int) {
        openLead(m_rows.value(row).value(QLatin1String("id")).toInteger());
    });
    m_message->setWordWrap(true);
    m_message->hide();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(tools);
    layout->addWidget(m_message);
    layout->addWidget(m_table, 1);
}

void LeadList::refresh()
{
    m_client.call(
        QStringLiteral("crm.lead.list"),
        {{QStringLiteral("sort"), QStringLiteral("-created_at")}, {QStringLiteral("limit"), 1000}},
        this,
        [this](const QJsonObject& r) {
            m_rows.clear();
            m_table->setRowCount(0);
            for (const QJsonValue& v : r.value(QLatin1String("rows")).toArray()) {
                const QJsonObject l = v.toObject();
                const int row = m_table->rowCount();
                m_table->insertRow(row);
                m_rows.append(l);
                const QStringList cells{
                    l.value(QLatin1String("name")).toString(),
                    l.value(QLatin1String("contact_name")).toString(),
                    l.value(QLatin1String("phone")).toString(),
                    l.value(QLatin1String("source")).toString(),
                    l.value(QLatin1String("owner_name")).toString(),
                    ServerMessages::state(l.value(QLatin1String("state")).toString()),
                    l.value(QLatin1String("customer_name")).toString()};
                for (int c = 0; c < cells.size(); ++c)
                    m_table->setItem(row, c, new QTableWidgetItem(cells.at(c)));
            }
            emit loaded();
        },
        [this](const Rpc::Error& e) {
            m_message->setText(ErrorText::describe(e));
            m_message->show();
        });
}

QJsonObject LeadList::selected() const
{
    return m_rows.value(m_table->currentRow());
}

void LeadList::openLead(qint64 id)
{
    QJsonObject lead;
    for (const QJsonObject& l : m_rows)
        if (id > 0 && l.value(QLatin1String("id")).toInteger() == id)
            lead = l;
    auto* dialog = new LeadDialog(m_client, lead, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &LeadDialog::saved, this, &LeadList::refresh);
    emit dialogOpened(dialog);
    dialog->open();
}

void LeadList::qualifySelected()
{
    const QJsonObject lead = selected();
    if (lead.isEmpty())
        return;
    m_client.call(
        QStringLiteral("crm.lead.qualify"),
        {{QStringLiteral("id"), lead.value(QLatin1String("id"))},
         {QStringLiteral("version"), lead.value(QLatin1String("version"))}},
        this, [this](const QJsonObject&) { refresh(); },
        [this](const Rpc::Error& e) {
            m_message->setText(ErrorText::describe(e));
            m_message->show();
        });
}

void LeadList::convertSelected()
{
    const QJsonObject lead = selected();
    if (!lead.isEmpty())
        convert(lead, 0, false);
}

void LeadList::convert(const QJsonObject& lead, qint64 customerId, bool allowDuplicates)
{
    QJsonObject p{{QStringLiteral("id"), lead.value(QLatin1String("id"))},
                  {QStringLiteral("version"), lead.value(QLatin1String("version"))}};
    if (customerId > 0)
        p.insert(QStringLiteral("customer_id"), customerId);
    if (allowDuplicates)
        p.insert(QStringLiteral("allow_duplicates"), true);
    m_client.call(
        QStringLiteral("crm.lead.convert"), p, this,
        [this](const QJsonObject& r) {
            m_message->setText(r.value(QLatin1String("customer_created")).toBool()
                                   ? tr("A new customer was created from the lead.")
                                   : tr("The lead was linked to the existing customer."));
            m_message->show();
            emit converted(r.value(QLatin1String("customer_id")).toInteger());
            refresh();
        },
        [this, lead](const Rpc::Error& e) {
            const QJsonObject data = e.data.toObject();
            if (data.value(QLatin1String("reason")).toString() != QLatin1String("duplicates")) {
                m_message->setText(ErrorText::describe(e));
                m_message->show();
                return;
            }
            // The customer master's duplicate check: link one of them or create anyway.
            auto* dialog = new Customers::DuplicatesDialog(
                Customers::DuplicateHit::listFromJson(
                    data.value(QLatin1String("duplicates")).toArray()),
                this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->openButton()->setText(tr("Link to This Customer"));
            connect(dialog, &QDialog::finished, this, [this, dialog, lead] {
                if (dialog->choice() == Customers::DuplicatesDialog::OpenExisting)
                    convert(lead, dialog->selectedId(), false);
                else if (dialog->choice() == Customers::DuplicatesDialog::CreateAnyway)
                    convert(lead, 0, true);
            });
            emit dialogOpened(dialog);
            dialog->open();
        });
}

} // namespace Erp::Client::Pipeline
