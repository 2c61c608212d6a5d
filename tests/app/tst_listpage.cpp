// The list page every module reuses: Ctrl+F focus, debounced search-as-you-type, the count
// "1–N of M", the empty state, the error banner, and server-side sorting from the header.
#include "apptest.h"

#include "app/models/remotetablemodel.h"
#include "app/widgets/listpage.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace Erp::Client;

class TestListPage final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        Test::isolateSettings(QStringLiteral("tst_listpage"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(m_company.create());
        QVERIFY(m_company.login());
        for (int i = 1; i <= 4; ++i)
            m_company.call(QStringLiteral("admin.user.create"),
                           {{QStringLiteral("username"), QStringLiteral("person%1").arg(i)},
                            {QStringLiteral("password"), QStringLiteral("password-%1").arg(i)}});
    }

    void rangeTextUsesTheLocale()
    {
        QCOMPARE(ListPage::rangeText(100, 1234), QStringLiteral("1–100 of 1,234"));
        QCOMPARE(ListPage::rangeText(5, 5), QStringLiteral("1–5 of 5"));
        QCOMPARE(ListPage::rangeText(0, 0), QStringLiteral("No entries"));
    }

    void searchCountAndEmptyState()
    {
        ListPage page;
        auto* model = new RemoteTableModel(
            m_company.api(), QStringLiteral("admin.user.list"),
            {Column(QStringLiteral("username"), QStringLiteral("Username")),
             Column(QStringLiteral("roles"), QStringLiteral("Roles"), Column::Kind::List)
                 .notSortable()});
        model->setPageSize(2);
        page.setModel(model);
        page.setEmptyTexts(QStringLiteral("No users yet."), QStringLiteral("Nothing matches."));
        QCOMPARE(model->parent(), &page);
        QVERIFY(!model->isLoaded()); // loads when shown
        page.resize(600, 400);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTRY_VERIFY(model->isLoaded());
        QCOMPARE(model->total(), 5);
        QTRY_VERIFY(page.countText().endsWith(QStringLiteral(" of 5")));
        QVERIFY(page.countText().startsWith(QStringLiteral("1–")));

        // Ctrl+F puts the cursor into the search box.
        page.view()->setFocus();
        QTest::keyClick(page.view(), Qt::Key_F, Qt::ControlModifier);
        QVERIFY(page.searchEdit()->hasFocus());

        // Typing searches once, after a pause (not once per key).
        QSignalSpy reloads(model, &QAbstractItemModel::modelReset);
        QTest::keyClicks(page.searchEdit(), QStringLiteral("person3"));
        QCOMPARE(model->search(), QString());
        QTRY_COMPARE(model->search(), QStringLiteral("person3"));
        QTRY_COMPARE(model->total(), 1);
        QCOMPARE(reloads.count(), 1);
        QCOMPARE(page.countText(), QStringLiteral("1–1 of 1"));

        page.searchEdit()->setText(QStringLiteral("no-such-person"));
        QTRY_VERIFY(page.isEmptyStateShown());
        auto* empty = page.findChild<QLabel*>(QStringLiteral("emptyState"));
        QVERIFY(empty);
        QCOMPARE(empty->text(), QStringLiteral("Nothing matches."));
        page.searchEdit()->clear();
        QTRY_VERIFY(!page.isEmptyStateShown());
        QTRY_COMPARE(model->total(), 5);
    }

    void headerSortsOnTheServer()
    {
        ListPage page;
        auto* model = new RemoteTableModel(
            m_company.api(), QStringLiteral("admin.user.list"),
            {Column(QStringLiteral("username"), QStringLiteral("Username")),
             Column(QStringLiteral("roles"), QStringLiteral("Roles"), Column::Kind::List)
                 .notSortable()});
        page.setModel(model);
        page.show();
        QTRY_VERIFY(model->isLoaded());
        QHeaderView* header = page.view()->horizontalHeader();
        header->setSortIndicator(0, Qt::DescendingOrder);
        QCOMPARE(model->sortExpression(), QStringLiteral("-username"));
        QTRY_VERIFY(model->isLoaded());
        QCOMPARE(model->row(0).value(QLatin1String("username")).toString(),
                 QStringLiteral("person4"));
        header->setSortIndicator(1, Qt::AscendingOrder); // not sortable: indicator goes back
        QCOMPARE(header->sortIndicatorSection(), 0);
        QCOMPARE(model->sortExpression(), QStringLiteral("-username"));
    }

    void errorsShowABannerWithRetry()
    {
        ListPage page;
        auto* model = new RemoteTableModel(m_company.api(), QStringLiteral("admin.no_such.list"),
                                           {Column(QStringLiteral("id"), QStringLiteral("Id"))});
        page.setModel(model);
        page.show();
        QTRY_VERIFY(!page.errorText().isEmpty());
        QVERIFY(page.errorText().startsWith(QStringLiteral("The list could not be loaded.")));
    }

private:
    Test::LocalCompany m_company;
};

QTEST_MAIN(TestListPage)
#include "tst_listpage.moc"
