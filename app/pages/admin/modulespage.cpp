#include "app/pages/admin/modulespage.h"

#include "app/net/errortext.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Erp::Client::Admin {

namespace {
enum Column { NameColumn, DescriptionColumn, NeedsColumn, ColumnCount };
constexpr int NameRole = Qt::UserRole + 1;
} // namespace

ModulesPage::ModulesPage(ApiClient& api, QWidget* parent)
    : QWidget(parent)
    , m_client(api)
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("modulesPage"));
    m_table->setObjectName(QStringLiteral("modulesTable"));
    m_table->setHorizontalHeaderLabels({tr("Module"), tr("What it does"), tr("Needs")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(DescriptionColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_message->setObjectName(QStringLiteral("modulesMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_message->hide();
    auto* hint = new QLabel(tr("A module switched off disappears from every menu and tab; its "
                               "data stays and is back when it is switched on again."),
                            this);
    hint->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addWidget(m_message);
    layout->addWidget(m_table);

    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem* item) {
        if (m_filling || item->column() != NameColumn)
            return;
        switchModule(item->data(NameRole).toString(), item->checkState() == Qt::Checked);
    });
    reload();
}

QString ModulesPage::title(const QString& module)
{
    if (module == QLatin1String("system"))
        return tr("System");
    if (module == QLatin1String("admin"))
        return tr("Administration");
    if (module == QLatin1String("crm"))
        return tr("Customers (CRM)");
    if (module == QLatin1String("inventory"))
        return tr("Inventory");
    if (module == QLatin1String("purchasing"))
        return tr("Purchasing");
    if (module == QLatin1String("sales"))
        return tr("Sales orders");
    if (module == QLatin1String("mail"))
        return tr("E-mail outbox");
    if (module == QLatin1String("finance"))
        return tr("Finance");
    if (module == QLatin1String("hr"))
        return tr("Human resources");
    return module;
}

QString ModulesPage::description(const ModuleEntry& m)
{
    if (m.name == QLatin1String("system"))
        return tr("Connection check, server information and the method catalogue");
    if (m.name == QLatin1String("admin"))
        return tr("Users, roles, the audit trail, the company profile and modules");
    if (m.name == QLatin1String("crm"))
        return tr("The customer master: customers, contacts, duplicates and merges; the sales "
                  "pipeline and activities");
    if (m.name == QLatin1String("inventory"))
        return tr("Products, warehouses, stock levels, moves and counts");
    if (m.name == QLatin1String("purchasing"))
        return tr("Suppliers, purchase orders, goods receipts and replenishment");
    if (m.name == QLatin1String("sales"))
        return tr("Sales orders from entry to delivery, returns and metrics");
    if (m.name == QLatin1String("mail"))
        return tr("The outbox: e-mail the other modules send, with retries");
    if (m.name == QLatin1String("finance"))
        return tr("General ledger: chart of accounts, journal entries, periods and reports");
    if (m.name == QLatin1String("hr"))
        return tr("Human resources: employees, departments, positions, org chart");
    return m.description; // a module this client does not know yet
}

void ModulesPage::reload()
{
    m_client.modules(
        this, [this](const QList<ModuleEntry>& modules) { fill(modules); },
        [this](const Rpc::Error& e) {
            m_message->setText(ErrorText::describe(e));
            m_message->show();
        });
}

void ModulesPage::fill(const QList<ModuleEntry>& modules)
{
    m_filling = true;
    m_table->setRowCount(int(modules.size()));
    for (int row = 0; row < modules.size(); ++row) {
        const ModuleEntry& m = modules.at(row);
        auto* name = new QTableWidgetItem(title(m.name));
        name->setData(NameRole, m.name);
        name->setCheckState(m.enabled ? Qt::Checked : Qt::Unchecked);
        Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
        if (!m.core)
            flags |= Qt::ItemIsUserCheckable;
        name->setFlags(flags);
        if (m.core)
            name->setToolTip(tr("Part of the core: always on."));
        m_table->setItem(row, NameColumn, name);
        m_table->setItem(row, DescriptionColumn, new QTableWidgetItem(description(m)));
        QStringList needs;
        for (const QString& d : m.dependencies)
            needs.append(title(d));
        m_table->setItem(row, NeedsColumn, new QTableWidgetItem(needs.join(QStringLiteral(", "))));
    }
    m_table->resizeColumnToContents(NameColumn);
    m_filling = false;
    emit loaded();
}

void ModulesPage::switchModule(const QString& module, bool enabled)
{
    m_message->hide();
    m_client.setModuleEnabled(
        module, enabled, this, [this](const ModuleEntry&) { reload(); },
        [this, module](const Rpc::Error& e) {
            const QJsonObject args = e.messageArgs();
            const QString id = e.messageId();
            auto titles = [](const QString& names) {
                QStringList out;
                for (const QString& n : names.split(QStringLiteral(", "), Qt::SkipEmptyParts))
                    out.append(title(n));
                return out.join(QStringLiteral(", "));
            };
            QString text;
            if (id == QLatin1String("admin.module.required"))
                text = tr("%1 cannot be switched off: %2 needs it. Switch that off first.")
                           .arg(title(module), titles(args.value(QLatin1String("by")).toString()));
            else if (id == QLatin1String("admin.module.needs"))
                text =
                    tr("%1 needs %2: switch that on first.")
                        .arg(title(module), titles(args.value(QLatin1String("needs")).toString()));
            else if (id == QLatin1String("admin.module.core"))
                text = tr("%1 is part of the core and cannot be switched off.").arg(title(module));
            else
                text = ErrorText::describe(e);
            m_message->setText(text);
            m_message->show();
            reload(); // the check box goes back to what the server keeps
        });
}

QString ModulesPage::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

} // namespace Erp::Client::Admin
