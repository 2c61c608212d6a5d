// The Customers tab against a real server over TCP with two clerks: keyset paging while
// scrolling (pages of 50 over 160 customers), search as you type, the status filter and the
// other filters, live refresh when a colleague changes customers, the column chooser per
// user, Archive/Restore, Merge, Export of a selection, keyboard flow and permissions.
#include "apptest.h"
#include "customertest.h"

#include "app/models/remotetablemodel.h"
#include "app/pages/customers/customerdialog.h"
#include "app/pages/customers/customerfilters.h"
#include "app/pages/customers/customerlist.h"
#include "app/pages/customers/customerspage.h"
#include "app/pages/customers/mergedialog.h"
#include "app/widgets/columnchooser.h"

#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Erp::Client;
using namespace Erp::Client::Customers;

class TestCustomersList final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        Test::isolateSettings(QStringLiteral("tst_customers_list"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(m_company.start());
        m_api = m_company.connect();
        m_colleague = m_company.connect();
        QVERIFY(m_api && m_colleague);
        const QJsonObject r = Test::callOn(*m_colleague, QStringLiteral("crm.customer.import"),
                                           {{QStringLiteral("rows"),
                                             Test::customerRows(QStringLiteral("Kunde"), 160)}})
                                  .toObject();
        QCOMPARE(r.value(QLatin1String("created")).toInt(), 160);
    }

    void scrollsSearchesAndFilters()
    {
        CustomersPage page(*m_api);
        CustomerList* list = page.list();
        list->model()->setPageSize(50);
        page.resize(1200, 500);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTRY_VERIFY(list->model()->isLoaded());
        QCOMPARE(list->model()->filter().value(QLatin1String("status")).toString(),
                 QStringLiteral("active"));
        QCOMPARE(list->model()->rowCount(), 50);
        QCOMPARE(list->countText(), QStringLiteral("1–50 of 160"));

        // Scrolling to the end loads the next pages (keyset: `after` the last row shown).
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                list->view()->scrollToBottom();
                return list->model()->rowCount() == 160;
            }(),
            20000);
        QCOMPARE(list->countText(), QStringLiteral("1–160 of 160"));
        QCOMPARE(list->model()->row(159).value(QLatin1String("name")).toString(),
                 QStringLiteral("Kunde 160"));

        // Search as you type: one request after a pause, not one per key.
        QSignalSpy resets(list->model(), &QAbstractItemModel::modelReset);
        QTest::keyClicks(list->searchEdit(), QStringLiteral("kunde 01"));
        QCOMPARE(list->model()->search(), QString());
        QTRY_COMPARE(list->model()->search(), QStringLiteral("kunde 01"));
        QTRY_COMPARE(list->model()->total(), 10);
        QCOMPARE(resets.count(), 1);
        list->searchEdit()->setText(QStringLiteral("张伟")); // Chinese, in the contact names
        QTRY_COMPARE(list->model()->total(), 80);
        list->searchEdit()->setText(QStringLiteral("13910000007"));
        QTRY_COMPARE(list->model()->total(), 1);
        QCOMPARE(list->model()->row(0).value(QLatin1String("name")).toString(),
                 QStringLiteral("Kunde 007"));
        list->searchEdit()->setText(QStringLiteral("no-such-customer"));
        QTRY_VERIFY(list->isEmptyStateShown());
        QVERIFY(list->findChild<QLabel*>(QStringLiteral("emptyState"))
                    ->text()
                    .startsWith(QStringLiteral("No customer matches")));
        list->searchEdit()->clear();
        QTRY_COMPARE(list->model()->total(), 160);

        // Filters: tag, city, then the status filter with archived customers.
        CustomerFilters& filters = list->filters();
        filters.tag()->setEditText(QStringLiteral("VIP"));
        emit filters.tag()->lineEdit()->editingFinished();
        QTRY_COMPARE(list->model()->total(), 16);
        QVERIFY(list->findChild<QWidget*>(QStringLiteral("clearFilters"))->isVisible());
        filters.clear();
        QTRY_COMPARE(list->model()->total(), 160);
        filters.city()->setEditText(QStringLiteral("上海市"));
        emit filters.city()->lineEdit()->editingFinished();
        QTRY_COMPARE(list->model()->total(), 80);
        filters.clear();
        QTRY_COMPARE(list->model()->total(), 160);

        for (int i = 0; i < 3; ++i) {
            const QJsonObject row = list->model()->row(i);
            Test::callOn(*m_colleague, QStringLiteral("crm.customer.archive"),
                         {{QStringLiteral("id"), row.value(QLatin1String("id"))},
                          {QStringLiteral("version"), row.value(QLatin1String("version"))}});
        }
        // The colleague's changes arrive as event.changed: the Active list drops them.
        QTRY_COMPARE(list->model()->total(), 157);
        filters.status()->setCurrentIndex(filters.status()->findData(QStringLiteral("archived")));
        QTRY_COMPARE(list->model()->total(), 3);
        QTRY_COMPARE(list->model()->index(0, CustomerList::StatusCol).data().toString(),
                     QStringLiteral("Archived"));
        QCOMPARE(list->model()
                     ->index(0, CustomerList::StatusCol)
                     .data(RemoteTableModel::ToneRole)
                     .toInt(),
                 int(Column::Tone::Neutral));

        // Restore one of them from the list.
        list->view()->selectRow(0);
        QVERIFY(list->restoreAction()->isEnabled());
        QVERIFY(!list->archiveAction()->isEnabled());
        list->restoreAction()->trigger();
        QTRY_COMPARE(list->model()->total(), 2);
        QTRY_VERIFY(list->message().contains(QStringLiteral("restored")));
        filters.status()->setCurrentIndex(filters.status()->findData(QStringLiteral("all")));
        QTRY_COMPARE(list->model()->total(), 160);
    }

    void followsColleaguesLive()
    {
        CustomerList list(*m_api);
        list.show();
        QTRY_VERIFY(list.model()->isLoaded());
        const qint64 before = list.model()->total();
        const QJsonObject row = list.model()->row(5);
        const QString renamed =
            row.value(QLatin1String("name")).toString() + QStringLiteral(" (renamed)");
        Test::callOn(*m_colleague, QStringLiteral("crm.customer.update"),
                     {{QStringLiteral("id"), row.value(QLatin1String("id"))},
                      {QStringLiteral("version"), row.value(QLatin1String("version"))},
                      {QStringLiteral("industry"), QStringLiteral("Renamed by a colleague")},
                      {QStringLiteral("name"), renamed}});
        QTRY_COMPARE(list.model()->row(5).value(QLatin1String("name")).toString(), renamed);
        // An import announces one change with id 0 for the whole batch.
        Test::callOn(*m_colleague, QStringLiteral("crm.customer.import"),
                     {{QStringLiteral("rows"), Test::customerRows(QStringLiteral("Neu"), 4, 901)}});
        QTRY_COMPARE(list.model()->total(), before + 4);
    }

    void columnChooserIsRememberedPerUser()
    {
        {
            CustomerList list(*m_api);
            ColumnChooser& columns = list.columnChooser();
            QVERIFY(columns.isVisible(QStringLiteral("email")));
            columns.setVisible(QStringLiteral("email"), false);
            columns.setVisible(QStringLiteral("name"), false); // the name always stays
            QVERIFY(list.view()->horizontalHeader()->isSectionHidden(CustomerList::EmailCol));
            QVERIFY(!list.view()->horizontalHeader()->isSectionHidden(CustomerList::NameCol));
            QScopedPointer<QMenu> menu(columns.createMenu(&list));
            QVERIFY(menu->actions().size() >= 12);
        }
        CustomerList again(*m_api);
        QVERIFY(again.view()->horizontalHeader()->isSectionHidden(CustomerList::EmailCol));
        again.show();
        QTRY_VERIFY(again.model()->isLoaded()); // a reload keeps the choice
        QVERIFY(again.view()->horizontalHeader()->isSectionHidden(CustomerList::EmailCol));
        again.columnChooser().reset();
        QVERIFY(!again.view()->horizontalHeader()->isSectionHidden(CustomerList::EmailCol));
    }

    void exportsTheSelection()
    {
        // The generic list export (ListPage): the selection or all matching customers.
        CustomerList list(*m_api);
        list.resize(1000, 400);
        list.show();
        QTRY_VERIFY(list.model()->isLoaded());
        QVERIFY(list.exportAction()->isVisible());
        QVERIFY(list.exportSelectionAction()->isVisible());
        QVERIFY(!list.exportSelectionAction()->isEnabled());
        list.view()->selectionModel()->select(
            list.model()->index(1, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        list.view()->selectionModel()->select(
            list.model()->index(3, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QCOMPARE(list.selectedRows().size(), 2);
        QVERIFY(list.exportSelectionAction()->isEnabled());
        QTemporaryDir dir;
        QString title;
        ListPage::setExportFileChooser([&](const QString& t, const QString& suggested) {
            title = t;
            Q_UNUSED(suggested);
            return dir.filePath(QStringLiteral("two.csv"));
        });
        QSignalSpy finished(&list, &ListPage::exportFinished);
        list.exportSelectionAction()->trigger();
        QTRY_COMPARE(finished.count(), 1);
        QVERIFY(title.contains(QLatin1String("2")));
        QFile csv(dir.filePath(QStringLiteral("two.csv")));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = csv.readAll().trimmed().split('\n');
        QVERIFY(lines.first().startsWith("\xEF\xBB\xBF"
                                         "Code,Name"));
        QCOMPARE(lines.size(), 3);
        QVERIFY(lines.at(1).contains(
            list.model()->row(1).value(QLatin1String("name")).toString().toUtf8()));
        QVERIFY(list.message().contains(QStringLiteral("exported to")));

        ListPage::setExportFileChooser([&](const QString&, const QString&) {
            return dir.filePath(QStringLiteral("all.xlsx"));
        });
        list.exportAction()->trigger();
        QTRY_COMPARE(finished.count(), 2);
        ListPage::setExportFileChooser(nullptr);
        QCOMPARE(finished.last().at(1).toLongLong(), list.model()->total());
        QFile xlsx(dir.filePath(QStringLiteral("all.xlsx")));
        QVERIFY(xlsx.open(QIODevice::ReadOnly));
        QVERIFY(xlsx.read(2) == "PK"); // a zip container
    }

    void archivesAndMergesFromTheList()
    {
        CustomerList list(*m_api);
        list.resize(1000, 400);
        list.show();
        QTRY_VERIFY(list.model()->isLoaded());
        const qint64 total = list.model()->total();
        // Archive asks first.
        list.view()->selectRow(0);
        const QString archived = list.model()->row(0).value(QLatin1String("name")).toString();
        QString question;
        Test::answerMessageBox(QStringLiteral("Archive"), &question);
        list.archiveAction()->trigger();
        QCOMPARE(question, QStringLiteral("Archive %1?").arg(archived));
        QTRY_COMPARE(list.model()->total(), total - 1);

        // Merge two: the older one is kept by default; the other leaves the Active list.
        list.view()->clearSelection();
        for (int row : {0, 1})
            list.view()->selectionModel()->select(list.model()->index(row, 0),
                                                  QItemSelectionModel::Select |
                                                      QItemSelectionModel::Rows);
        QVERIFY(list.mergeAction()->isEnabled());
        const qint64 first = list.model()->idAt(0);
        const qint64 second = list.model()->idAt(1);
        QSignalSpy opened(&list, &CustomerList::dialogOpened);
        list.mergeAction()->trigger();
        QCOMPARE(opened.count(), 1);
        auto* merge = qobject_cast<MergeDialog*>(opened.first().first().value<QDialog*>());
        QVERIFY(merge);
        QTRY_VERIFY(merge->isReady());
        QCOMPARE(merge->survivorId(), qMin(first, second));
        merge->setSurvivor(second);
        QVERIFY(merge->findChild<QLabel*>(QStringLiteral("mergeConsequence"))
                    ->text()
                    .contains(QStringLiteral("cannot be undone")));
        merge->mergeButton()->click();
        QTRY_COMPARE(list.model()->total(), total - 2);
        QTRY_VERIFY(list.message().startsWith(QStringLiteral("Merged into")));
        const QJsonObject gone = Test::callOn(*m_api, QStringLiteral("crm.customer.get"),
                                              {{QStringLiteral("id"), first}})
                                     .toObject();
        QCOMPARE(gone.value(QLatin1String("status")).toString(), QStringLiteral("merged"));
        QCOMPARE(gone.value(QLatin1String("merged_into")).toInteger(), second);
    }

    void keyboardOpensTheForm()
    {
        CustomerList list(*m_api);
        list.resize(1000, 400);
        list.show();
        QVERIFY(QTest::qWaitForWindowExposed(&list));
        QTRY_VERIFY(list.model()->isLoaded());
        QSignalSpy opened(&list, &CustomerList::dialogOpened);
        list.view()->setFocus();
        list.view()->selectRow(2);
        QTest::keyClick(list.view(), Qt::Key_Return);
        QTRY_COMPARE(opened.count(), 1);
        auto* dialog = qobject_cast<CustomerDialog*>(opened.last().first().value<QDialog*>());
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isReady());
        QCOMPARE(dialog->customer().id, list.model()->idAt(2));
        dialog->reject(); // nothing edited: closes without asking
        QTRY_VERIFY(!dialog->isVisible());

        list.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&list));
        list.view()->setFocus();
        QTest::keyClick(list.view(), Qt::Key_N, Qt::ControlModifier);
        QTRY_COMPARE(opened.count(), 2);
        dialog = qobject_cast<CustomerDialog*>(opened.last().first().value<QDialog*>());
        QVERIFY(dialog && dialog->customer().id == 0);
        QCOMPARE(dialog->focusWidget(), dialog->nameEdit());
        dialog->reject();
    }

    void actionsFollowPermissions()
    {
        Test::callOn(*m_api, QStringLiteral("admin.user.create"),
                     {{QStringLiteral("username"), QStringLiteral("store")},
                      {QStringLiteral("password"), QStringLiteral("password-store")},
                      {QStringLiteral("roles"), QJsonArray{QStringLiteral("warehouse")}}});
        auto reader = m_company.connect(QStringLiteral("store"), QStringLiteral("password-store"));
        QVERIFY(reader);
        QVERIFY(CustomersPage::isAvailable(*reader));
        CustomerList list(*reader);
        QVERIFY(!list.newAction()->isVisible());
        QVERIFY(!list.archiveAction()->isVisible());
        QVERIFY(!list.mergeAction()->isVisible());
        QVERIFY(!list.importAction()->isVisible());
        QVERIFY(!list.exportAction()->isVisible());
        QVERIFY(list.editAction()->isVisible());      // reading is allowed
        QCOMPARE(list.filters().owner()->count(), 2); // Anyone, Me: no user list
    }

private:
    Test::TcpCompany m_company;
    std::unique_ptr<ApiClient> m_api;
    std::unique_ptr<ApiClient> m_colleague;
};

QTEST_MAIN(TestCustomersList)
#include "tst_customers_list.moc"
