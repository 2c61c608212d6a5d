// The admin pages against a real embedded server: server validation errors appear under the
// fields, a version conflict offers a reload, lists follow changes, the permission checklist
// round-trips wildcards, and only permitted tabs are shown.
#include "apptest.h"

#include "app/appsettings.h"
#include "app/mainwindow.h"
#include "app/models/remotetablemodel.h"
#include "app/net/errortext.h"
#include "app/pages/admin/adminclient.h"
#include "app/pages/admin/adminpage.h"
#include "app/pages/admin/auditdetail.h"
#include "app/pages/admin/auditpage.h"
#include "app/pages/admin/permissiontree.h"
#include "app/pages/admin/roledialog.h"
#include "app/pages/admin/userdialog.h"
#include "app/pages/admin/userspage.h"
#include "app/widgets/formerrors.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTabWidget>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace Erp::Client;
using namespace Erp::Client::Admin;

namespace {
/// Clicks the button with `text` of the next message box that opens.
void answerNextMessageBox(const QString& text, QString* seen)
{
    QTimer::singleShot(50, [text, seen] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (!box) {
            answerNextMessageBox(text, seen);
            return;
        }
        *seen = box->text();
        for (QAbstractButton* b : box->buttons()) {
            if (b->text() == text)
                b->click();
        }
    });
}

void setRole(QListWidget* roles, const QString& name, bool on)
{
    for (int i = 0; i < roles->count(); ++i) {
        if (roles->item(i)->data(Qt::UserRole).toString() == name)
            roles->item(i)->setCheckState(on ? Qt::Checked : Qt::Unchecked);
    }
}
} // namespace

class TestAdminPages final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        Test::isolateSettings(QStringLiteral("tst_adminpages"));
        QVERIFY(m_company.create());
        QVERIFY(m_company.login());
    }

    void userDialogShowsServerErrorsUnderFields()
    {
        AdminClient client(m_company.api());
        UserDialog dialog(client, 0, true);
        dialog.show();
        QTRY_VERIFY(dialog.isReady());
        QVERIFY(dialog.rolesList()->count() >= 7); // the built-in roles
        dialog.usernameEdit()->setText(QStringLiteral("Bad Name"));
        dialog.emailEdit()->setText(QStringLiteral("not-an-email"));
        dialog.passwordEdit()->setText(QStringLiteral("short"));
        dialog.repeatEdit()->setText(QStringLiteral("short"));
        QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
        QTRY_VERIFY(!dialog.errors().fieldError(QStringLiteral("username")).isEmpty());
        QVERIFY(dialog.errors()
                    .fieldError(QStringLiteral("username"))
                    .startsWith(ErrorText::field(QStringLiteral("invalid"))));
        QVERIFY(dialog.errors()
                    .fieldError(QStringLiteral("username"))
                    .contains(QStringLiteral("2–32 characters")));
        QVERIFY(dialog.errors()
                    .fieldError(QStringLiteral("email"))
                    .startsWith(ErrorText::field(QStringLiteral("invalid"))));
        QVERIFY(dialog.errors()
                    .fieldError(QStringLiteral("password"))
                    .startsWith(ErrorText::field(QStringLiteral("too_short"))));
        auto* label = dialog.findChild<QLabel*>(QStringLiteral("error_username"));
        QVERIFY(label && label->isVisible());
        QVERIFY(dialog.isVisible());

        // Editing a field clears its error only.
        QTest::keyClicks(dialog.usernameEdit(), QStringLiteral("x"));
        QVERIFY(dialog.errors().fieldError(QStringLiteral("username")).isEmpty());
        QVERIFY(!dialog.errors().fieldError(QStringLiteral("email")).isEmpty());

        // Mismatched passwords never reach the server.
        dialog.passwordEdit()->setText(QStringLiteral("good-password"));
        dialog.repeatEdit()->setText(QStringLiteral("other-password"));
        QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
        QCOMPARE(dialog.errors().fieldError(QStringLiteral("password_repeat")),
                 QStringLiteral("The passwords do not match."));

        dialog.usernameEdit()->setText(QStringLiteral("mei.lin"));
        dialog.fullNameEdit()->setText(QStringLiteral("林美"));
        dialog.emailEdit()->setText(QStringLiteral("mei.lin@example.cn"));
        dialog.repeatEdit()->setText(QStringLiteral("good-password"));
        setRole(dialog.rolesList(), QStringLiteral("sales"), true);
        QSignalSpy saved(&dialog, &UserDialog::saved);
        QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
        QTRY_COMPARE(saved.count(), 1);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const User user = saved.first().first().value<User>();
        QCOMPARE(user.username, QStringLiteral("mei.lin"));
        QCOMPARE(user.roles, QStringList{QStringLiteral("sales")});

        // The same username again: "already in use" under the username.
        UserDialog again(client, 0, true);
        QTRY_VERIFY(again.isReady());
        again.usernameEdit()->setText(QStringLiteral("mei.lin"));
        again.passwordEdit()->setText(QStringLiteral("good-password"));
        again.repeatEdit()->setText(QStringLiteral("good-password"));
        QTest::mouseClick(again.saveButton(), Qt::LeftButton);
        QTRY_COMPARE(again.errors().fieldError(QStringLiteral("username")),
                     ErrorText::field(QStringLiteral("duplicate")));
    }

    void conflictOffersReload()
    {
        const qint64 id = createUser(QStringLiteral("conflict.user"));
        AdminClient client(m_company.api());
        UserDialog dialog(client, id, true);
        dialog.show();
        QTRY_VERIFY(dialog.isReady());
        QVERIFY(dialog.usernameEdit()->isReadOnly());
        QVERIFY(!dialog.isDirty());

        // A colleague saves first.
        const QJsonObject current =
            m_company.call(QStringLiteral("admin.user.get"), {{QStringLiteral("id"), id}})
                .toObject();
        m_company.call(QStringLiteral("admin.user.update"),
                       {{QStringLiteral("id"), id},
                        {QStringLiteral("version"), current.value(QLatin1String("version"))},
                        {QStringLiteral("full_name"), QStringLiteral("Changed Elsewhere")}});

        dialog.fullNameEdit()->setText(QStringLiteral("My Edit"));
        QVERIFY(dialog.isDirty());
        QString question;
        answerNextMessageBox(QStringLiteral("Reload"), &question);
        QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
        QTRY_VERIFY(question.contains(QStringLiteral("Someone else changed")));
        QTRY_COMPARE(dialog.fullNameEdit()->text(), QStringLiteral("Changed Elsewhere"));
        QVERIFY(dialog.isVisible());
        QVERIFY(!dialog.isDirty());

        // Now the save goes through with the fresh version.
        dialog.fullNameEdit()->setText(QStringLiteral("My Edit"));
        QSignalSpy saved(&dialog, &UserDialog::saved);
        QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
        QTRY_COMPARE(saved.count(), 1);
        QCOMPARE(saved.first().first().value<User>().fullName, QStringLiteral("My Edit"));
    }

    void usersPageFollowsChanges()
    {
        UsersPage page(m_company.api());
        page.resize(900, 500);
        page.show();
        QTRY_VERIFY(page.model()->isLoaded());
        const qint64 before = page.model()->total();
        QVERIFY(page.countText().endsWith(QStringLiteral(" of %1").arg(before)));

        const qint64 id = createUser(QStringLiteral("zz.new"));
        QTRY_COMPARE(page.model()->total(), before + 1);
        QTRY_VERIFY(page.countText().endsWith(QStringLiteral(" of %1").arg(before + 1)));
        page.selectId(id);
        QCOMPARE(page.currentId(), id);

        // Deactivate through the page action (confirmed) and see the status change.
        QAction* deactivate = nullptr;
        for (QAction* a : page.view()->actions()) {
            if (a->text() == QStringLiteral("Deactivate"))
                deactivate = a;
        }
        QVERIFY(deactivate && deactivate->isEnabled());
        QString question;
        answerNextMessageBox(QStringLiteral("Deactivate"), &question);
        deactivate->trigger();
        QVERIFY(question.contains(QStringLiteral("zz.new")));
        const int row = page.model()->rowOfId(id);
        const int status = page.model()->columnOfKey(QStringLiteral("status"));
        QTRY_COMPARE(page.model()->index(page.model()->rowOfId(id), status).data().toString(),
                     QStringLiteral("Inactive"));
        QVERIFY(row >= 0);
        QTRY_COMPARE(deactivate->text(), QStringLiteral("Activate"));

        // Searching narrows the list on the server; no match shows the empty state.
        QTest::keyClicks(page.searchEdit(), QStringLiteral("zz.n"));
        QTRY_COMPARE(page.model()->total(), 1);
        QVERIFY(!page.isEmptyStateShown());
        page.searchEdit()->setText(QStringLiteral("nobody-has-this-name"));
        QTRY_VERIFY(page.isEmptyStateShown());
        QCOMPARE(page.countText(), QStringLiteral("No entries"));
    }

    void roleDialogRoundTripsGrants()
    {
        AdminClient client(m_company.api());
        RoleDialog dialog(client, 0, true);
        dialog.show();
        QTRY_VERIFY(dialog.isReady());
        PermissionTree* tree = dialog.permissionTree();
        QVERIFY(tree->topLevelItemCount() >= 2); // "Everything" + the admin module at least
        // Wildcards known to the tree become checks, the rest stays text.
        const QStringList rest =
            tree->setGrants({QStringLiteral("admin.*"), QStringLiteral("*.read"),
                             QStringLiteral("admin.user.read")});
        QCOMPARE(rest, QStringList{QStringLiteral("*.read")});
        QCOMPARE(tree->grants(), QStringList{QStringLiteral("admin.*")});

        dialog.nameEdit()->setText(QStringLiteral("auditor"));
        dialog.descriptionEdit()->setText(QStringLiteral("Reads the audit trail"));
        tree->setGrants({QStringLiteral("admin.audit.read")});
        dialog.extraGrantsEdit()->setText(QStringLiteral("*.read, not valid!"));
        QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
        QVERIFY(!dialog.errors().fieldError(QStringLiteral("extra_grants")).isEmpty());
        dialog.extraGrantsEdit()->setText(QStringLiteral("*.read"));
        QSignalSpy saved(&dialog, &RoleDialog::saved);
        QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
        QTRY_COMPARE(saved.count(), 1);
        const Role role = saved.first().first().value<Role>();
        QCOMPARE(role.name, QStringLiteral("auditor"));
        QVERIFY(role.permissions.contains(QStringLiteral("admin.audit.read")));
        QVERIFY(role.permissions.contains(QStringLiteral("*.read")));

        // Opening it again shows the same grants.
        RoleDialog edit(client, role.id, true);
        QTRY_VERIFY(edit.isReady());
        QVERIFY(edit.nameEdit()->isReadOnly());
        QCOMPARE(edit.extraGrantsEdit()->text(), QStringLiteral("*.read"));
        QCOMPARE(edit.permissionTree()->grants(), QStringList{QStringLiteral("admin.audit.read")});
    }

    void auditTrailShowsBeforeAndAfter()
    {
        AuditPage page(m_company.api());
        page.resize(1000, 700);
        page.show();
        QTRY_VERIFY(page.model()->isLoaded());
        QVERIFY(page.model()->total() > 0);
        page.view()->selectRow(0);
        QVERIFY(page.detail()->summary().contains(
            page.model()->row(0).value(QLatin1String("method")).toString()));
        QVERIFY(page.detail()->fields()->topLevelItemCount() > 0);

        // Filtering by record type narrows the list on the server.
        auto* entity = page.findChildren<QComboBox*>().value(0);
        QVERIFY(entity);
        entity->setCurrentText(QStringLiteral("role"));
        QTRY_VERIFY(page.model()->isLoaded() && page.model()->total() > 0 &&
                    page.model()->row(0).value(QLatin1String("entity")).toString() ==
                        QStringLiteral("role"));
    }

    void tabsFollowPermissions()
    {
        AppSettings settings;
        {
            MainWindow window(m_company.api(), settings, QStringLiteral("en"));
            // Dashboard, Customers, Orders, Inventory, Finance, HR, Admin
            QCOMPARE(window.tabs()->count(), 7);
            auto* admin =
                qobject_cast<AdminPage*>(window.tabs()->widget(window.tabs()->count() - 1));
            QVERIFY(admin);
            // users, roles, audit trail, outbox, company, modules
            QCOMPARE(admin->sections()->count(), 6);
        }
        // A sales clerk has no admin permission: every tab but Admin.
        createUser(QStringLiteral("clerk"), {QStringLiteral("sales")});
        m_company.api().logout();
        QVERIFY(m_company.login(QStringLiteral("clerk"), QStringLiteral("password-clerk")));
        {
            MainWindow window(m_company.api(), settings, QStringLiteral("en"));
            QVERIFY(!AdminPage::isAvailable(m_company.api()));
            // Dashboard, Customers, Orders, Inventory, Finance (the invoices sales may read)
            QCOMPARE(window.tabs()->count(), 5);
            QCOMPARE(window.findChildren<AdminPage*>().size(), 0);
        }
        // Someone without any role: no tab at all, and no empty placeholder.
        m_company.api().logout();
        QVERIFY(m_company.login());
        createUser(QStringLiteral("nobody"));
        m_company.api().logout();
        QVERIFY(m_company.login(QStringLiteral("nobody"), QStringLiteral("password-nobody")));
        MainWindow window(m_company.api(), settings, QStringLiteral("en"));
        QVERIFY(window.findChild<QLabel*>(QStringLiteral("noModules")));
        QCOMPARE(window.findChildren<AdminPage*>().size(), 0);
    }

private:
    qint64 createUser(const QString& username, const QStringList& roles = {})
    {
        QJsonArray r;
        for (const QString& name : roles)
            r.append(name);
        const QJsonObject user =
            m_company
                .call(QStringLiteral("admin.user.create"),
                      {{QStringLiteral("username"), username},
                       {QStringLiteral("password"), QStringLiteral("password-") + username},
                       {QStringLiteral("roles"), r}})
                .toObject();
        return user.value(QLatin1String("id")).toInteger();
    }

    Test::LocalCompany m_company;
};

QTEST_MAIN(TestAdminPages)
#include "tst_adminpages.moc"
