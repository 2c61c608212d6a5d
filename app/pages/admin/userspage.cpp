#include "app/pages/admin/userspage.h"

#include "app/models/remotetablemodel.h"
#include "app/net/errortext.h"
#include "app/net/servermessages.h"
#include "app/pages/admin/passworddialog.h"
#include "app/pages/admin/userdialog.h"
#include "app/widgets/statusbadge.h"
#include "app/widgets/theme.h"

#include <QAction>
#include <QComboBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>

namespace Erp::Client::Admin {

namespace {
enum ColumnIndex { UsernameCol, FullNameCol, EmailCol, RolesCol, StatusCol, LastLoginCol };

bool lockedNow(const QJsonObject& row)
{
    return User::fromJson(row).isLocked();
}
} // namespace

UsersPage::UsersPage(ApiClient& api, QWidget* parent)
    : ListPage(parent)
    , m_client(api)
    , m_canWrite(api.hasPermission(QStringLiteral("admin.user.write")))
    , m_status(new QComboBox(this))
    , m_role(new QComboBox(this))
{
    setObjectName(QStringLiteral("usersPage"));
    QList<Column> columns{
        Column(QStringLiteral("username"), tr("Username")),
        Column(QStringLiteral("full_name"), tr("Full Name")),
        Column(QStringLiteral("email"), tr("Email")),
        Column(QStringLiteral("roles"), tr("Roles"), Column::Kind::List)
            .notSortable()
            .withText([](const QJsonObject& row) {
                QStringList names;
                for (const QJsonValue& v : row.value(QLatin1String("roles")).toArray())
                    names.append(ServerMessages::roleName(v.toString()));
                return names.join(QLatin1String(", "));
            }),
        Column(QStringLiteral("status"), tr("Status"))
            .sortBy(QStringLiteral("active"))
            .withText([](const QJsonObject& row) {
                if (!row.value(QLatin1String("active")).toBool())
                    return tr("Inactive");
                return lockedNow(row) ? tr("Locked") : tr("Active");
            })
            .withTone([](const QJsonObject& row) {
                if (!row.value(QLatin1String("active")).toBool())
                    return Column::Tone::Neutral;
                return lockedNow(row) ? Column::Tone::Problem : Column::Tone::Done;
            }),
        Column(QStringLiteral("last_login_at"), tr("Last Login"), Column::Kind::Date),
    };
    auto* model = new RemoteTableModel(api, AdminClient::userListMethod(), columns, this);
    model->setEntity(QStringLiteral("user"));
    model->setSortExpression(QStringLiteral("username"));
    setModel(model);
    setExportName(tr("Users"));
    setInitialSort(UsernameCol, Qt::AscendingOrder);
    view()->setItemDelegateForColumn(StatusCol, new StatusBadgeDelegate(view()));
    view()->horizontalHeader()->resizeSection(UsernameCol, 140);
    view()->horizontalHeader()->resizeSection(FullNameCol, 180);
    view()->horizontalHeader()->resizeSection(EmailCol, 220);
    view()->horizontalHeader()->resizeSection(RolesCol, 180);
    view()->horizontalHeader()->resizeSection(StatusCol, 100);
    setEmptyTexts(tr("There are no users yet. Click New User to add one."),
                  tr("No user matches the search or filters. Clear the search box or choose "
                     "“All” in the filters."));

    m_status->addItem(tr("All"));
    m_status->addItem(tr("Active"), true);
    m_status->addItem(tr("Inactive"), false);
    addFilterWidget(tr("Status:"), m_status);
    m_role->addItem(tr("All roles"));
    m_role->setMinimumContentsLength(12);
    addFilterWidget(tr("Role:"), m_role);
    connect(m_status, &QComboBox::currentIndexChanged, this, &UsersPage::applyFilter);
    connect(m_role, &QComboBox::currentIndexChanged, this, &UsersPage::applyFilter);

    m_new = addPageAction(Theme::icon(QStringLiteral("contact-new"), QStyle::SP_FileIcon),
                          tr("New User…"));
    m_new->setShortcut(QKeySequence::New);
    m_new->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_edit = addPageAction(
        Theme::icon(QStringLiteral("document-properties"), QStyle::SP_FileDialogDetailedView),
        tr("Edit…"));
    m_password =
        addPageAction(Theme::icon(QStringLiteral("dialog-password"), QStyle::SP_DialogResetButton),
                      tr("Reset Password…"));
    m_unlock = addPageAction(
        Theme::icon(QStringLiteral("changes-allow"), QStyle::SP_DialogOkButton), tr("Unlock"));
    m_active =
        addPageAction(Theme::icon(QStringLiteral("system-lock-screen"), QStyle::SP_BrowserStop),
                      tr("Deactivate"));
    connect(m_new, &QAction::triggered, this, [this] { openUser(0); });
    connect(m_edit, &QAction::triggered, this, [this] {
        if (currentId() > 0)
            openUser(currentId());
    });
    connect(this, &ListPage::rowActivated, this, [this](const QJsonObject& row) {
        openUser(row.value(QLatin1String("id")).toInteger());
    });
    connect(m_password, &QAction::triggered, this, &UsersPage::resetPassword);
    connect(m_unlock, &QAction::triggered, this, &UsersPage::unlock);
    connect(m_active, &QAction::triggered, this, &UsersPage::toggleActive);
    loadRoles();
    updateActions();
}

void UsersPage::refresh()
{
    loadRoles();
    ListPage::refresh();
}

void UsersPage::loadRoles()
{
    if (!m_client.api().hasPermission(QStringLiteral("admin.role.read"))) {
        m_role->setEnabled(false);
        return;
    }
    m_client.listRoles(
        this,
        [this](const QList<Role>& roles) {
            const QString current = m_role->currentData().toString();
            QSignalBlocker block(m_role);
            while (m_role->count() > 1)
                m_role->removeItem(1);
            for (const Role& r : roles)
                m_role->addItem(r.builtin ? ServerMessages::roleName(r.name) : r.name, r.name);
            const int index = m_role->findData(current);
            m_role->setCurrentIndex(index < 0 ? 0 : index);
        },
        [](const Rpc::Error&) {}); // the filter then offers "All roles" only
}

void UsersPage::applyFilter()
{
    QJsonObject filter;
    if (m_status->currentIndex() > 0)
        filter.insert(QStringLiteral("active"), m_status->currentData().toBool());
    if (m_role->currentIndex() > 0)
        filter.insert(QStringLiteral("role"), m_role->currentData().toString());
    model()->setFilter(filter);
}

void UsersPage::updateActions()
{
    if (!m_new)
        return; // called by ListPage::setModel() before the actions exist
    const QJsonObject row = currentRow();
    const bool selected = !row.isEmpty();
    m_new->setEnabled(m_canWrite);
    m_edit->setEnabled(selected);
    m_password->setEnabled(m_canWrite && selected);
    m_unlock->setEnabled(m_canWrite && selected && lockedNow(row));
    const bool active = row.value(QLatin1String("active")).toBool(true);
    m_active->setEnabled(m_canWrite && selected);
    m_active->setText(active ? tr("Deactivate") : tr("Activate"));
    m_active->setIcon(
        active ? Theme::icon(QStringLiteral("system-lock-screen"), QStyle::SP_BrowserStop)
               : Theme::icon(QStringLiteral("emblem-default"), QStyle::SP_DialogApplyButton));
}

void UsersPage::openUser(qint64 id)
{
    auto* dialog = new UserDialog(m_client, id, m_canWrite, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &UserDialog::saved, this, [this](const User& user) {
        showMessage(tr("User %1 saved.").arg(user.username));
        selectId(user.id);
    });
    dialog->open();
}

void UsersPage::resetPassword()
{
    const User user = User::fromJson(currentRow());
    if (user.id <= 0)
        return;
    auto* dialog = new PasswordDialog(m_client, user, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, name = user.username] {
        showMessage(tr("The password of %1 was changed.").arg(name));
    });
    dialog->open();
}

void UsersPage::unlock()
{
    const User user = User::fromJson(currentRow());
    if (user.id <= 0)
        return;
    m_client.unlockUser(
        user.id, this,
        [this](const User& u) { showMessage(tr("User %1 can log in again.").arg(u.username)); },
        [this](const Rpc::Error& e) { actionFailed(e); });
}

void UsersPage::toggleActive()
{
    const User user = User::fromJson(currentRow());
    if (user.id <= 0)
        return;
    if (user.active) {
        QMessageBox box(QMessageBox::Question, tr("Deactivate User"),
                        tr("Deactivate %1?").arg(user.username), QMessageBox::NoButton, this);
        box.setInformativeText(tr("The user can no longer log in. The account and its history "
                                  "are kept; you can activate it again at any time."));
        QPushButton* yes = box.addButton(tr("Deactivate"), QMessageBox::AcceptRole);
        box.addButton(tr("Cancel"), QMessageBox::RejectRole);
        box.exec();
        if (box.clickedButton() != yes)
            return;
    }
    m_client.setUserActive(
        user.id, user.version, !user.active, this,
        [this](const User& u) {
            showMessage(u.active ? tr("User %1 was activated.").arg(u.username)
                                 : tr("User %1 was deactivated.").arg(u.username));
        },
        [this](const Rpc::Error& e) { actionFailed(e); });
}

void UsersPage::actionFailed(const Rpc::Error& error)
{
    QMessageBox::warning(this, tr("Users"), ErrorText::describe(error));
    model()->refresh();
}

} // namespace Erp::Client::Admin
