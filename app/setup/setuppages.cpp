#include "app/setup/setuppages.h"

#include "app/net/apiclient.h"
#include "app/net/errortext.h"
#include "app/net/servermessages.h"
#include "app/pages/admin/companypage.h"
#include "app/pages/admin/userdialog.h"
#include "app/widgets/formerrors.h"
#include "app/widgets/importwizard.h"
#include "app/widgets/theme.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QVBoxLayout>

#include <utility>

namespace Erp::Client::Setup {

namespace {
QString str(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toString();
}

QLabel* note(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, Theme::mutedTextColor());
    label->setPalette(p);
    return label;
}
} // namespace

// ---------------------------------------------------------------------------------------------

SavingPage::SavingPage(QWidget* parent)
    : QWizardPage(parent)
{}

bool SavingPage::validatePage()
{
    if (m_passed) { // the server accepted: move on
        m_passed = false;
        return true;
    }
    if (m_busy)
        return false;
    m_busy = true;
    commit([this](bool ok) {
        m_busy = false;
        emit committed(ok);
        if (ok && wizard()) {
            m_passed = true;
            wizard()->next();
        }
    });
    return false;
}

// ---------------------------------------------------------------------------------------------

CompanySetupPage::CompanySetupPage(ApiClient& api, QWidget* parent)
    : SavingPage(parent)
    , m_api(api)
    , m_form(new Admin::CompanyPage(api, this))
    , m_chart(new QComboBox(this))
    , m_chartLabel(new QLabel(tr("Chart of accounts"), this))
{
    setObjectName(QStringLiteral("setupCompany"));
    setTitle(tr("Your company"));
    setSubTitle(tr("The name, address, tax id and logo head every printed document. The "
                   "currency and the start of the fiscal year are those of your books."));
    m_form->saveButton()->hide(); // Next saves
    m_form->layout()->setContentsMargins(0, 0, 0, 0);
    m_chart->setObjectName(QStringLiteral("setupChart"));
    //: 小企业会计准则: the chart of accounts of China's accounting standard for small businesses
    m_chart->addItem(tr("Chinese small business (小企业会计准则)"), QStringLiteral("cn_small"));
    m_chart->addItem(tr("Generic (IFRS-like)"), QStringLiteral("generic"));
    m_chartLabel->setBuddy(m_chart);
    m_chart->hide();
    m_chartLabel->hide();

    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_form);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll, 1);
    // The chart as the profile form's last row, aligned with its labels.
    if (auto* form = m_form->findChild<QFormLayout*>())
        form->addRow(m_chartLabel, m_chart);
    else
        layout->addWidget(m_chart);

    connect(m_form, &Admin::CompanyPage::loaded, this, [this] {
        if (!m_loaded) {
            m_loaded = true;
            emit completeChanged();
        }
    });
    connect(m_form, &Admin::CompanyPage::saved, this, [this] {
        if (!m_done)
            return;
        const QString chart = m_chart->currentData().toString();
        if (!m_chartVisible || chart == str(m_finance, "chart")) {
            std::exchange(m_done, nullptr)(true);
            return;
        }
        m_api.call(
            QStringLiteral("finance.company.update"),
            {{QStringLiteral("version"), m_finance.value(QLatin1String("version"))},
             {QStringLiteral("chart"), chart}},
            this,
            [this](const QJsonValue& v) {
                m_finance = v.toObject();
                std::exchange(m_done, nullptr)(true);
            },
            [this](const Rpc::Error& e) {
                m_form->errors().showMessage(
                    tr("The chart of accounts was not changed: %1").arg(ErrorText::describe(e)));
                std::exchange(m_done, nullptr)(false);
            });
    });
    connect(m_form, &Admin::CompanyPage::saveFailed, this, [this] {
        if (m_done)
            std::exchange(m_done, nullptr)(false);
    });

    // The chart can be chosen while the books are empty (the server refuses it later).
    if (api.hasPermission(QStringLiteral("finance.settings.write"))) {
        api.call(
            QStringLiteral("finance.company.get"), {}, this,
            [this](const QJsonValue& v) {
                m_finance = v.toObject();
                m_chart->setCurrentIndex(qMax(0, m_chart->findData(str(m_finance, "chart"))));
                m_chartVisible = true;
                m_chart->show();
                m_chartLabel->show();
            },
            [](const Rpc::Error&) {}); // finance switched off: no chart to choose
    }
}

void CompanySetupPage::commit(std::function<void(bool)> done)
{
    m_done = std::move(done);
    m_form->save();
}

// ---------------------------------------------------------------------------------------------

WarehouseSetupPage::WarehouseSetupPage(ApiClient& api, QWidget* parent)
    : SavingPage(parent)
    , m_api(api)
    , m_errors(new FormErrors(this))
    , m_code(new QLineEdit(this))
    , m_name(new QLineEdit(this))
    , m_address(new QLineEdit(this))
    , m_bins(new QLineEdit(this))
    , m_add(new QPushButton(tr("&Add Another Warehouse"), this))
    , m_list(new QListWidget(this))
{
    setObjectName(QStringLiteral("setupWarehouses"));
    setTitle(tr("Your first warehouse"));
    setSubTitle(tr("Stock is kept per warehouse, so receiving, counting and shipping need one. "
                   "Add more now or later in Inventory ▸ Warehouses."));
    m_code->setObjectName(QStringLiteral("warehouseCode"));
    m_code->setMaxLength(20);
    m_code->setText(QStringLiteral("WH1"));
    m_name->setObjectName(QStringLiteral("warehouseName"));
    m_name->setText(tr("Main warehouse"));
    m_address->setObjectName(QStringLiteral("warehouseAddress"));
    m_bins->setObjectName(QStringLiteral("warehouseBins"));
    m_bins->setPlaceholderText(tr("Optional, e.g. A-01, A-02, B-01"));
    m_add->setObjectName(QStringLiteral("addWarehouse"));
    m_add->setAutoDefault(false);
    m_list->setObjectName(QStringLiteral("warehouses"));
    m_list->setMaximumHeight(m_list->fontMetrics().lineSpacing() * 5 + 8);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_errors->addRow(form, tr("&Code"), QStringLiteral("code"), m_code, true);
    m_errors->setRule(QStringLiteral("code"), tr("Letters, digits, _ and -, e.g. SZ or WH1."));
    m_errors->addRow(form, tr("&Name"), QStringLiteral("name"), m_name, true);
    m_errors->addRow(form, tr("A&ddress"), QStringLiteral("address"), m_address);
    m_errors->addRow(form, tr("&Bins"), QStringLiteral("locations"), m_bins);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_errors->createMessageLabel(this), 1);
    buttons->addStretch(); // keeps the button at its size while there is no message
    buttons->addWidget(m_add);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(new QLabel(tr("Warehouses of the company:"), this));
    layout->addWidget(m_list);
    layout->addStretch();

    connect(m_add, &QPushButton::clicked, this, [this] {
        if (isBusy())
            return;
        create([this](bool ok) {
            if (ok)
                m_code->setFocus();
        });
    });
}

void WarehouseSetupPage::initializePage()
{
    if (!m_loaded)
        load();
}

void WarehouseSetupPage::load()
{
    m_api.call(
        QStringLiteral("inventory.warehouse.list"), {{QStringLiteral("limit"), 100}}, this,
        [this](const QJsonValue& v) {
            m_loaded = true;
            m_list->clear();
            for (const QJsonValue& row : v.toObject().value(QLatin1String("rows")).toArray())
                m_list->addItem(QStringLiteral("%1 — %2").arg(str(row.toObject(), "code"),
                                                              str(row.toObject(), "name")));
            if (m_list->count() > 0 && m_code->text() == QLatin1String("WH1")) {
                m_code->clear(); // the company has one: nothing to propose
                m_name->clear();
            }
        },
        [this](const Rpc::Error& e) { m_errors->show(e); });
}

int WarehouseSetupPage::warehouseCount() const
{
    return m_list->count();
}

bool WarehouseSetupPage::typed() const
{
    return !m_code->text().trimmed().isEmpty() || !m_name->text().trimmed().isEmpty() ||
           !m_address->text().trimmed().isEmpty() || !m_bins->text().trimmed().isEmpty();
}

void WarehouseSetupPage::commit(std::function<void(bool)> done)
{
    m_errors->clear();
    if (typed()) {
        create(std::move(done));
        return;
    }
    if (m_list->count() == 0) {
        m_errors->showMessage(tr("Create at least one warehouse: stock is kept per warehouse."));
        m_code->setFocus();
        done(false);
        return;
    }
    done(true);
}

void WarehouseSetupPage::create(std::function<void(bool)> done)
{
    m_errors->clear();
    const QString code = m_code->text().trimmed();
    const QString name = m_name->text().trimmed();
    if (code.isEmpty())
        m_errors->showField(QStringLiteral("code"), tr("Enter a short code for the warehouse."));
    if (name.isEmpty())
        m_errors->showField(QStringLiteral("name"), tr("Enter the warehouse's name."));
    if (code.isEmpty() || name.isEmpty()) {
        done(false);
        return;
    }
    QJsonArray locations;
    for (const QString& bin : m_bins->text().split(
             QRegularExpression(QStringLiteral("[,;，、\\s]+")), Qt::SkipEmptyParts))
        locations.append(QJsonObject{{QStringLiteral("code"), bin}, {QStringLiteral("name"), bin}});
    const QJsonObject params{{QStringLiteral("code"), code},
                             {QStringLiteral("name"), name},
                             {QStringLiteral("address"), m_address->text().trimmed()},
                             {QStringLiteral("priority"), (m_list->count() + 1) * 10},
                             {QStringLiteral("active"), true},
                             {QStringLiteral("locations"), locations}};
    m_add->setEnabled(false);
    m_api.call(
        QStringLiteral("inventory.warehouse.create"), params, this,
        [this, done](const QJsonValue& v) {
            m_add->setEnabled(true);
            const QJsonObject w = v.toObject();
            m_list->addItem(QStringLiteral("%1 — %2").arg(str(w, "code"), str(w, "name")));
            m_code->clear();
            m_name->clear();
            m_address->clear();
            m_bins->clear();
            m_errors->clear();
            done(true);
        },
        [this, done](const Rpc::Error& e) {
            m_add->setEnabled(true);
            m_errors->show(e);
            done(false);
        });
}

// ---------------------------------------------------------------------------------------------

UsersSetupPage::UsersSetupPage(ApiClient& api, QWidget* parent)
    : QWizardPage(parent)
    , m_client(api)
    , m_roles(note(QString(), this))
    , m_list(new QListWidget(this))
    , m_add(new QPushButton(tr("&Add User…"), this))
{
    setObjectName(QStringLiteral("setupUsers"));
    setTitle(tr("Your colleagues"));
    setSubTitle(tr("Optional: give each clerk a login and a role. You can do it later in "
                   "Admin ▸ Users."));
    m_list->setObjectName(QStringLiteral("users"));
    m_add->setObjectName(QStringLiteral("addUser"));
    m_add->setAutoDefault(false);
    m_add->setEnabled(api.hasPermission(QStringLiteral("admin.user.write")));
    auto* row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(m_add);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Users:"), this));
    layout->addWidget(m_list, 1);
    layout->addLayout(row);
    layout->addWidget(m_roles);
    connect(m_add, &QPushButton::clicked, this, &UsersSetupPage::addUser);
}

void UsersSetupPage::initializePage()
{
    if (m_loaded)
        return;
    m_loaded = true;
    load();
    m_client.listRoles(
        this,
        [this](const QList<Admin::Role>& roles) {
            QStringList lines;
            for (const Admin::Role& r : roles)
                lines.append(QStringLiteral("<b>%1</b> — %2")
                                 .arg(ServerMessages::roleName(r.name).toHtmlEscaped(),
                                      ServerMessages::roleDescription(r.name, r.description)
                                          .toHtmlEscaped()));
            m_roles->setText(tr("Roles:") + QStringLiteral("<br>") +
                             lines.join(QStringLiteral("<br>")));
        },
        [](const Rpc::Error&) {});
}

void UsersSetupPage::load()
{
    m_client.listUsers(
        this,
        [this](const QList<Admin::User>& users) {
            m_list->clear();
            for (const Admin::User& u : users) {
                QStringList roles;
                for (const QString& r : u.roles)
                    roles.append(ServerMessages::roleName(r));
                m_list->addItem(QStringLiteral("%1 (%2) — %3")
                                    .arg(u.fullName.isEmpty() ? u.username : u.fullName, u.username,
                                         roles.join(QStringLiteral(", "))));
            }
        },
        [](const Rpc::Error&) {});
}

void UsersSetupPage::addUser()
{
    auto* dialog = new Admin::UserDialog(m_client, 0, true, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &Admin::UserDialog::saved, this, [this] { load(); });
    dialog->open();
    emit dialogOpened(dialog);
}

// ---------------------------------------------------------------------------------------------

ImportSetupPage::ImportSetupPage(ApiClient& api, QWidget* parent)
    : QWizardPage(parent)
    , m_api(api)
{
    setObjectName(QStringLiteral("setupImport"));
    setTitle(tr("Your data"));
    setSubTitle(tr("Optional: bring your customers, products and opening stock in from an "
                   "Excel (.xlsx) or CSV file — or skip and enter them as you go."));
    auto* layout = new QGridLayout(this);
    layout->setColumnStretch(1, 1);
    addEntity(QStringLiteral("crm.customer"), QStringLiteral("crm.customer.write"),
              tr("Import &Customers…"), tr("Code, name, tax id, contacts, addresses."));
    addEntity(QStringLiteral("inventory.product"), QStringLiteral("inventory.product.write"),
              tr("Import &Products…"), tr("SKU, name, unit, price, cost, reorder point."));
    addEntity(QStringLiteral("inventory.opening_stock"), QStringLiteral("inventory.stock.adjust"),
              tr("Import &Opening Stock…"),
              tr("Warehouse code, SKU and the quantity on the shelves today (after the "
                 "products)."));
    layout->setRowStretch(layout->rowCount(), 1);
}

void ImportSetupPage::addEntity(const QString& entity, const QString& permission,
                                const QString& text, const QString& description)
{
    if (!m_api.hasPermission(permission))
        return;
    auto* grid = static_cast<QGridLayout*>(layout());
    const int row = grid->rowCount();
    auto* button = new QPushButton(text, this);
    button->setObjectName(QStringLiteral("import:") + entity);
    button->setAutoDefault(false);
    auto* label = note(description, this);
    grid->addWidget(button, row, 0);
    grid->addWidget(label, row, 1);
    m_buttons.append(button);
    connect(button, &QPushButton::clicked, this, [this, entity, label] {
        auto* wizard = new ImportWizard(m_api, entity, this);
        wizard->setAttribute(Qt::WA_DeleteOnClose);
        connect(wizard, &ImportWizard::imported, label,
                [label](int created, int updated, int unchanged) {
                    label->setText(tr("Imported: %1 new, %2 updated, %3 unchanged.")
                                       .arg(created)
                                       .arg(updated)
                                       .arg(unchanged));
                });
        wizard->open();
        emit wizardOpened(wizard);
    });
}

QPushButton* ImportSetupPage::button(const QString& entity) const
{
    for (QPushButton* b : m_buttons) {
        if (b->objectName() == QStringLiteral("import:") + entity)
            return b;
    }
    return nullptr;
}

// ---------------------------------------------------------------------------------------------

DoneSetupPage::DoneSetupPage(QWidget* parent)
    : QWizardPage(parent)
    , m_text(new QLabel(this))
{
    setObjectName(QStringLiteral("setupDone"));
    setTitle(tr("Ready"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addStretch();
}

void DoneSetupPage::initializePage()
{
    m_text->setText(
        tr("<p>Your company is set up.</p><p>The dashboard lists what to do next — add "
           "products, put your opening stock in, add customers and take the first order — "
           "each step a link to where it is done, ticked off as you go.</p><p>Everything "
           "entered here can be changed later: the profile in Admin ▸ Company, warehouses in "
           "Inventory ▸ Warehouses, users in Admin ▸ Users.</p>"));
}

} // namespace Erp::Client::Setup
