#include "app/pages/admin/rolespage.h"

#include "app/models/remotetablemodel.h"
#include "app/net/errortext.h"
#include "app/net/servermessages.h"
#include "app/pages/admin/roledialog.h"
#include "app/widgets/statusbadge.h"
#include "app/widgets/theme.h"

#include <QAction>
#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>

namespace Erp::Client::Admin {

namespace {
enum ColumnIndex { NameCol, KindCol, DescriptionCol, PermissionsCol, UsersCol };
}

RolesPage::RolesPage(ApiClient& api, QWidget* parent)
    : ListPage(parent)
    , m_client(api)
    , m_canWrite(api.hasPermission(QStringLiteral("admin.role.write")))
{
    setObjectName(QStringLiteral("rolesPage"));
    QList<Column> columns{
        Column(QStringLiteral("name"), tr("Name")).withText([](const QJsonObject& row) {
            const QString name = row.value(QLatin1String("name")).toString();
            return row.value(QLatin1String("builtin")).toBool() ? ServerMessages::roleName(name)
                                                                : name;
        }),
        Column(QStringLiteral("builtin"), tr("Kind"))
            .notSortable()
            .withText([](const QJsonObject& row) {
                return row.value(QLatin1String("builtin")).toBool() ? tr("Built-in") : tr("Custom");
            })
            .withTone([](const QJsonObject& row) {
                return row.value(QLatin1String("builtin")).toBool() ? Column::Tone::Neutral
                                                                    : Column::Tone::Info;
            }),
        Column(QStringLiteral("description"), tr("Description"))
            .notSortable()
            .withText([](const QJsonObject& row) {
                return ServerMessages::roleDescription(
                    row.value(QLatin1String("name")).toString(),
                    row.value(QLatin1String("description")).toString());
            }),
        Column(QStringLiteral("permissions"), tr("Permissions"), Column::Kind::List).notSortable(),
        Column(QStringLiteral("user_count"), tr("Users"), Column::Kind::Int).notSortable(),
    };
    auto* model = new RemoteTableModel(api, AdminClient::roleListMethod(), columns, this);
    model->setEntity(QStringLiteral("role"));
    model->setSortExpression(QStringLiteral("name"));
    setModel(model);
    setExportName(tr("Roles"));
    setInitialSort(NameCol, Qt::AscendingOrder);
    view()->setItemDelegateForColumn(KindCol, new StatusBadgeDelegate(view()));
    view()->horizontalHeader()->resizeSection(NameCol, 140);
    view()->horizontalHeader()->resizeSection(KindCol, 100);
    view()->horizontalHeader()->resizeSection(DescriptionCol, 320);
    view()->horizontalHeader()->resizeSection(PermissionsCol, 300);
    view()->horizontalHeader()->setStretchLastSection(false);
    view()->horizontalHeader()->setSectionResizeMode(PermissionsCol, QHeaderView::Stretch);
    setEmptyTexts(tr("There are no roles yet. Click New Role to add one."),
                  tr("No role matches the search. Clear the search box to see all roles."));

    m_new = addPageAction(Theme::icon(QStringLiteral("list-add"), QStyle::SP_FileIcon),
                          tr("New Role…"));
    m_edit = addPageAction(
        Theme::icon(QStringLiteral("document-properties"), QStyle::SP_FileDialogDetailedView),
        tr("Edit…"));
    m_delete = addPageAction(Theme::icon(QStringLiteral("edit-delete"), QStyle::SP_TrashIcon),
                             tr("Delete"));
    connect(m_new, &QAction::triggered, this, [this] { openRole(0); });
    connect(m_edit, &QAction::triggered, this, [this] {
        if (currentId() > 0)
            openRole(currentId());
    });
    connect(this, &ListPage::rowActivated, this, [this](const QJsonObject& row) {
        openRole(row.value(QLatin1String("id")).toInteger());
    });
    connect(m_delete, &QAction::triggered, this, &RolesPage::deleteRole);
    updateActions();
}

void RolesPage::updateActions()
{
    if (!m_new)
        return; // called by ListPage::setModel() before the actions exist
    const Role role = Role::fromJson(currentRow());
    const bool selected = role.id > 0;
    m_new->setEnabled(m_canWrite);
    m_edit->setEnabled(selected);
    const bool deletable = m_canWrite && selected && !role.builtin && role.userCount == 0;
    m_delete->setEnabled(deletable);
    if (selected && role.builtin)
        m_delete->setToolTip(tr("Built-in roles cannot be deleted."));
    else if (selected && role.userCount > 0)
        m_delete->setToolTip(tr("The role is given to users; take it away from them first."));
    else
        m_delete->setToolTip(tr("Delete the role"));
}

void RolesPage::openRole(qint64 id)
{
    auto* dialog = new RoleDialog(m_client, id, m_canWrite, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RoleDialog::saved, this, [this](const Role& role) {
        showMessage(tr("Role %1 saved.").arg(role.name));
        selectId(role.id);
    });
    dialog->open();
}

void RolesPage::deleteRole()
{
    const Role role = Role::fromJson(currentRow());
    if (role.id <= 0)
        return;
    QMessageBox box(QMessageBox::Question, tr("Delete Role"),
                    tr("Delete the role %1?").arg(role.name), QMessageBox::NoButton, this);
    box.setInformativeText(tr("This cannot be undone."));
    QPushButton* yes = box.addButton(tr("Delete"), QMessageBox::DestructiveRole);
    box.addButton(tr("Cancel"), QMessageBox::RejectRole);
    box.exec();
    if (box.clickedButton() != yes)
        return;
    m_client.deleteRole(
        role.id, role.version, this,
        [this, name = role.name] { showMessage(tr("Role %1 deleted.").arg(name)); },
        [this](const Rpc::Error& e) {
            QMessageBox::warning(this, tr("Delete Role"), ErrorText::describe(e));
            model()->refresh();
        });
}

} // namespace Erp::Client::Admin
