#include "app/pages/admin/adminpage.h"

#include "app/net/apiclient.h"
#include "app/pages/admin/auditpage.h"
#include "app/pages/admin/backuppage.h"
#include "app/pages/admin/companypage.h"
#include "app/pages/admin/modulespage.h"
#include "app/pages/admin/outboxpage.h"
#include "app/pages/admin/rolespage.h"
#include "app/pages/admin/userspage.h"
#include "app/widgets/theme.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace Erp::Client::Admin {

AdminPage::AdminPage(ApiClient& api, QWidget* parent)
    : ModulePage(parent)
    , m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("adminPage"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_tabs->setDocumentMode(true);
    layout->addWidget(m_tabs);
    if (api.hasPermission(QStringLiteral("admin.user.read")))
        m_tabs->addTab(new UsersPage(api, m_tabs),
                       Theme::icon(QStringLiteral("system-users"), QStyle::SP_DirHomeIcon),
                       tr("Users"));
    if (api.hasPermission(QStringLiteral("admin.role.read")))
        m_tabs->addTab(new RolesPage(api, m_tabs),
                       Theme::icon(QStringLiteral("security-high"), QStyle::SP_DialogApplyButton),
                       tr("Roles"));
    if (api.hasPermission(QStringLiteral("admin.audit.read")))
        m_tabs->addTab(
            new AuditPage(api, m_tabs),
            Theme::icon(QStringLiteral("document-open-recent"), QStyle::SP_FileDialogInfoView),
            tr("Audit Trail"));
    if (api.hasPermission(QStringLiteral("mail.outbox.read")))
        m_tabs->addTab(new OutboxPage(api, m_tabs),
                       Theme::icon(QStringLiteral("mail-send"), QStyle::SP_DialogYesButton),
                       tr("Outbox"));
    if (api.hasPermission(CompanyClient::writePermission()))
        m_tabs->addTab(new CompanyPage(api, m_tabs),
                       Theme::icon(QStringLiteral("go-home"), QStyle::SP_DirHomeIcon),
                       tr("Company"));
    if (api.hasPermission(CompanyClient::modulePermission()))
        m_tabs->addTab(
            new ModulesPage(api, m_tabs),
            Theme::icon(QStringLiteral("preferences-plugin"), QStyle::SP_FileDialogListView),
            tr("Modules"));
    // A server's backups; a company file on this computer is backed up with File > Back Up….
    if (!api.isLocal() && api.hasPermission(BackupClient::permission()))
        m_tabs->addTab(new BackupPage(api, m_tabs),
                       Theme::icon(QStringLiteral("document-save"), QStyle::SP_DialogSaveButton),
                       tr("Backup"));
}

void AdminPage::applyDisabledModules(const QSet<QString>& disabled)
{
    for (int i = 0; i < m_tabs->count(); ++i)
        if (qobject_cast<OutboxPage*>(m_tabs->widget(i)))
            m_tabs->setTabVisible(i, !disabled.contains(QStringLiteral("mail")));
}

bool AdminPage::open(const QString& target)
{
    if (target == QLatin1String("admin"))
        return true;
    for (int i = 0; i < m_tabs->count(); ++i) {
        if ((target == QLatin1String("admin/users") &&
             qobject_cast<UsersPage*>(m_tabs->widget(i))) ||
            (target == QLatin1String("admin/backup") &&
             qobject_cast<BackupPage*>(m_tabs->widget(i)))) {
            m_tabs->setCurrentIndex(i);
            return true;
        }
    }
    return false;
}

bool AdminPage::isAvailable(const ApiClient& api)
{
    return api.hasPermission(QStringLiteral("admin.user.read")) ||
           api.hasPermission(QStringLiteral("admin.role.read")) ||
           api.hasPermission(QStringLiteral("admin.audit.read")) ||
           api.hasPermission(QStringLiteral("mail.outbox.read")) ||
           api.hasPermission(CompanyClient::writePermission()) ||
           api.hasPermission(CompanyClient::modulePermission()) ||
           (!api.isLocal() && api.hasPermission(BackupClient::permission()));
}

QString AdminPage::title() const
{
    return tr("Admin");
}

QIcon AdminPage::icon() const
{
    return Theme::icon(QStringLiteral("preferences-system"), QStyle::SP_ComputerIcon);
}

void AdminPage::refresh()
{
    if (auto* page = qobject_cast<ListPage*>(m_tabs->currentWidget()))
        page->refresh();
    else if (auto* company = qobject_cast<CompanyPage*>(m_tabs->currentWidget()))
        company->reload();
    else if (auto* modules = qobject_cast<ModulesPage*>(m_tabs->currentWidget()))
        modules->reload();
    else if (auto* backups = qobject_cast<BackupPage*>(m_tabs->currentWidget()))
        backups->reload();
}

} // namespace Erp::Client::Admin
