// RemoteTableModel over admin.user.list and crm.customer.list of a real embedded server:
// paging with canFetchMore/fetchMore (keyset paging with `after` where the server offers
// next_after), capped totals, server-side sort, search and filter, formatting roles, refresh
// on event.changed — all watched by QAbstractItemModelTester.
#include "apptest.h"

#include "app/models/remotetablemodel.h"
#include "app/widgets/listpage.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QLocale>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace Erp::Client;

namespace {
QList<Column> userColumns()
{
    return {
        Column(QStringLiteral("username"), QStringLiteral("Username")),
        Column(QStringLiteral("full_name"), QStringLiteral("Full name")),
        Column(QStringLiteral("roles"), QStringLiteral("Roles"), Column::Kind::List).notSortable(),
        Column(QStringLiteral("active"), QStringLiteral("Active"), Column::Kind::Bool),
        Column(QStringLiteral("id"), QStringLiteral("Id"), Column::Kind::Int),
    };
}
QList<Column> customerColumns()
{
    return {Column(QStringLiteral("code"), QStringLiteral("Code")),
            Column(QStringLiteral("name"), QStringLiteral("Name")),
            Column(QStringLiteral("credit_limit"), QStringLiteral("Credit"), Column::Kind::Money)};
}

/// Imports `count` customers "<prefix> 0001".. in batches (crm.customer.import).
void importCustomers(Test::LocalCompany& company, const QString& prefix, int count)
{
    for (int first = 1; first <= count; first += 500) {
        QJsonArray rows;
        for (int i = first; i < first + 500 && i <= count; ++i)
            rows.append(
                QJsonObject{{QStringLiteral("name"),
                             QStringLiteral("%1 %2").arg(prefix).arg(i, 4, 10, QLatin1Char('0'))},
                            {QStringLiteral("credit_limit"), QStringLiteral("%1.50").arg(i)}});
        const QJsonObject r =
            company.call(QStringLiteral("crm.customer.import"), {{QStringLiteral("rows"), rows}})
                .toObject();
        QCOMPARE(r.value(QLatin1String("created")).toInt(), int(rows.size()));
    }
}

/// Fetches pages until the model has nothing more to fetch.
bool fetchAll(RemoteTableModel& model)
{
    return QTest::qWaitFor(
        [&] {
            if (model.canFetchMore({}))
                model.fetchMore({});
            return !model.isBusy() && !model.canFetchMore({});
        },
        60000);
}
} // namespace

class TestRemoteTableModel final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        Test::isolateSettings(QStringLiteral("tst_remotetablemodel"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(m_company.create());
        QVERIFY(m_company.login());
        // admin + 7 more users: u01..u07, the odd ones in the sales role.
        for (int i = 1; i <= 7; ++i) {
            QJsonArray roles;
            if (i % 2)
                roles.append(QStringLiteral("sales"));
            m_company.call(QStringLiteral("admin.user.create"),
                           {{QStringLiteral("username"),
                             QStringLiteral("u%1").arg(i, 2, 10, QLatin1Char('0'))},
                            {QStringLiteral("password"), QStringLiteral("password-%1").arg(i)},
                            {QStringLiteral("full_name"), QStringLiteral("用户 %1").arg(i)},
                            {QStringLiteral("roles"), roles}});
        }
    }

    void pagesThroughTheList()
    {
        RemoteTableModel model(m_company.api(), QStringLiteral("admin.user.list"), userColumns());
        model.setPageSize(3);
        model.setSortExpression(QStringLiteral("username")); // configures, loads nothing yet
        QVERIFY(!model.isBusy());
        QVERIFY(model.canFetchMore({}));
        QSignalSpy busy(&model, &RemoteTableModel::busyChanged);
        // The tester (like a view) asks for the first page through fetchMore().
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.isBusy());
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QTRY_VERIFY(model.isLoaded());
        QCOMPARE(model.total(), 8);
        QVERIFY(model.rowCount() >= 3);
        QCOMPARE(model.row(0).value(QLatin1String("username")).toString(), QStringLiteral("admin"));
        // Page by page (3 rows per request, one request at a time) until all 8 are there.
        bool oneAtATime = true;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                if (model.canFetchMore({})) {
                    model.fetchMore({});
                    oneAtATime = oneAtATime && !model.canFetchMore({}); // busy now
                }
                return model.rowCount() == 8 && !model.isBusy();
            }(),
            10000);
        QVERIFY(oneAtATime);
        QVERIFY(!model.canFetchMore({}));
        for (const QList<QVariant>& args : std::as_const(inserted))
            QVERIFY(args.at(2).toInt() - args.at(1).toInt() + 1 <= 3);
        QCOMPARE(busy.count() % 2, 0);
        QVERIFY(busy.count() >= 6); // at least three requests, each busy -> idle
        QCOMPARE(model.row(7).value(QLatin1String("username")).toString(), QStringLiteral("u07"));

        // Display and raw values.
        const int u01 = model.rowOfId(model.idAt(1));
        QCOMPARE(u01, 1);
        QCOMPARE(model.index(1, 2).data().toString(), QStringLiteral("sales"));
        QCOMPARE(model.index(1, 3).data().toString(), QStringLiteral("Yes"));
        QCOMPARE(model.index(1, 3).data(RemoteTableModel::RawValueRole).toBool(), true);
        QCOMPARE(model.index(1, 4).data(Qt::TextAlignmentRole).toInt() & Qt::AlignHorizontal_Mask,
                 int(Qt::AlignRight));
        QCOMPARE(model.index(1, 1).data().toString(), QStringLiteral("用户 1"));
        QCOMPARE(model.index(1, 0).data(RemoteTableModel::RowRole).toJsonObject(), model.row(1));
        QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Username"));
    }

    void sortsSearchesAndFiltersOnTheServer()
    {
        RemoteTableModel model(m_company.api(), QStringLiteral("admin.user.list"), userColumns());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reload();
        QTRY_VERIFY(model.isLoaded());
        QCOMPARE(model.rowCount(), 8);

        model.sort(0, Qt::DescendingOrder);
        QCOMPARE(model.sortExpression(), QStringLiteral("-username"));
        QTRY_VERIFY(model.isLoaded());
        QCOMPARE(model.row(0).value(QLatin1String("username")).toString(), QStringLiteral("u07"));
        model.sort(2, Qt::AscendingOrder); // not sortable on the server: ignored
        QCOMPARE(model.sortExpression(), QStringLiteral("-username"));

        model.setSearch(QStringLiteral("用户 3"));
        QTRY_VERIFY(model.isLoaded());
        QCOMPARE(model.total(), 1);
        QCOMPARE(model.row(0).value(QLatin1String("username")).toString(), QStringLiteral("u03"));

        model.setSearch(QString());
        model.setFilter({{QStringLiteral("role"), QStringLiteral("sales")}});
        QTRY_VERIFY(model.isLoaded());
        QCOMPARE(model.total(), 4);
        model.setFilter({{QStringLiteral("active"), false}});
        QTRY_VERIFY(model.isLoaded());
        QCOMPARE(model.total(), 0);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.canFetchMore({}));
    }

    void refreshesOnEventChanged()
    {
        RemoteTableModel model(m_company.api(), QStringLiteral("admin.user.list"), userColumns());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEntity(QStringLiteral("user"));
        model.setSortExpression(QStringLiteral("username"));
        model.reload();
        QTRY_VERIFY(model.isLoaded());
        const qint64 before = model.total();
        const int row = 2;
        const qint64 id = model.idAt(row);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        // Someone changes a user: the row shows the new name without a reload.
        const QJsonObject user =
            m_company.call(QStringLiteral("admin.user.get"), {{QStringLiteral("id"), id}})
                .toObject();
        m_company.call(QStringLiteral("admin.user.update"),
                       {{QStringLiteral("id"), id},
                        {QStringLiteral("version"), user.value(QLatin1String("version"))},
                        {QStringLiteral("full_name"), QStringLiteral("Renamed Person")}});
        QTRY_COMPARE(model.index(row, 1).data().toString(), QStringLiteral("Renamed Person"));
        QVERIFY(!changed.isEmpty());

        // A new user appears at its sorted place.
        m_company.call(QStringLiteral("admin.user.create"),
                       {{QStringLiteral("username"), QStringLiteral("aaa.first")},
                        {QStringLiteral("password"), QStringLiteral("password-new")}});
        QTRY_COMPARE(model.total(), before + 1);
        QTRY_COMPARE(model.row(0).value(QLatin1String("username")).toString(),
                     QStringLiteral("aaa.first"));
        QCOMPARE(model.rowCount(), int(before + 1));
    }

    void keysetPagingDoesNotRepeatRowsWhenOthersInsert()
    {
        importCustomers(m_company, QStringLiteral("Kunde"), 150);
        RemoteTableModel model(m_company.api(), QStringLiteral("crm.customer.list"),
                               customerColumns());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSize(50);
        model.setSortExpression(QStringLiteral("name"));
        model.setSearch(QStringLiteral("kunde"));
        model.reload();
        QTRY_VERIFY(model.isLoaded());
        QCOMPARE(model.rowCount(), 50);
        QCOMPARE(model.total(), 150);
        QVERIFY(!model.isTotalCapped());
        QVERIFY(model.canFetchMore({}));

        // A colleague adds a customer that sorts above the loaded rows. Paging by offset would
        // now show "Kunde 0050" twice; keyset paging continues after the last row shown.
        m_company.call(QStringLiteral("crm.customer.create"),
                       {{QStringLiteral("name"), QStringLiteral("Kunde 0000")},
                        {QStringLiteral("allow_duplicates"), true}});
        QVERIFY(fetchAll(model));
        QCOMPARE(model.rowCount(), 150);
        QSet<qint64> ids;
        for (int row = 0; row < model.rowCount(); ++row) {
            ids.insert(model.idAt(row));
            if (row > 0)
                QVERIFY(model.row(row - 1).value(QLatin1String("name")).toString() <
                        model.row(row).value(QLatin1String("name")).toString());
        }
        QCOMPARE(ids.size(), 150);
        QCOMPARE(model.row(149).value(QLatin1String("name")).toString(),
                 QStringLiteral("Kunde 0150"));
        QCOMPARE(model.index(149, 2).data().toString(), QStringLiteral("150.50"));

        // Sorted the other way, deep pages continue just as well.
        model.setSortExpression(QStringLiteral("-name"));
        QTRY_VERIFY(model.isLoaded());
        QVERIFY(fetchAll(model));
        QCOMPARE(model.rowCount(), 151);
        QCOMPARE(model.row(150).value(QLatin1String("name")).toString(),
                 QStringLiteral("Kunde 0000"));
    }

    void cappedTotalIsALowerBoundUntilTheLastPage()
    {
        // Searches count up to 1,000 matches: beyond that the total is a lower bound.
        importCustomers(m_company, QStringLiteral("Capped"), 1100);
        RemoteTableModel model(m_company.api(), QStringLiteral("crm.customer.list"),
                               customerColumns());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSize(1000);
        model.setSearch(QStringLiteral("capped"));
        model.reload();
        QTRY_VERIFY(model.isLoaded());
        QCOMPARE(model.rowCount(), 1000);
        QCOMPARE(model.total(), 1000);
        QVERIFY(model.isTotalCapped());
        QVERIFY(model.canFetchMore({})); // rows == total, but next_after says there is more
        QCOMPARE(ListPage::rangeText(model.rowCount(), model.total(), model.isTotalCapped()),
                 QStringLiteral("1–1,000 of 1,000+"));

        QSignalSpy totals(&model, &RemoteTableModel::totalChanged);
        model.fetchMore({});
        QTRY_VERIFY(!model.isBusy());
        QCOMPARE(model.rowCount(), 1100);
        QVERIFY(!model.isTotalCapped()); // the last page arrived: now the total is exact
        QCOMPARE(model.total(), 1100);
        QVERIFY(!model.canFetchMore({}));
        QVERIFY(!totals.isEmpty());
        QCOMPARE(ListPage::rangeText(model.rowCount(), model.total(), model.isTotalCapped()),
                 QStringLiteral("1–1,100 of 1,100"));

        // Re-reading more than 1,000 loaded rows takes several requests; all rows stay.
        QSignalSpy loaded(&model, &RemoteTableModel::loaded);
        const qint64 last = model.idAt(1099);
        model.refresh();
        QTRY_COMPARE(loaded.count(), 1);
        QCOMPARE(model.rowCount(), 1100);
        QCOMPARE(model.idAt(1099), last);
    }

    void memoryStaysBoundedDeepInTheList()
    {
        // "Capped 0001".."Capped 1100" exist (above). Keep 200 rows, hold 300 more at most.
        RemoteTableModel model(m_company.api(), QStringLiteral("crm.customer.list"),
                               customerColumns());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCacheLimits(200, 300);
        model.setPageSize(100);
        model.setSearch(QStringLiteral("capped"));
        model.reload();
        QTRY_VERIFY(model.isLoaded());
        QVERIFY(fetchAll(model));
        QCOMPARE(model.rowCount(), 1100);
        QVERIFY(model.heldRowCount() <= 200 + 300 + 100);
        QVERIFY(model.isRowHeld(150));  // the first rows always stay
        QVERIFY(model.isRowHeld(1099)); // the newest page too
        QVERIFY(!model.isRowHeld(250)); // dropped long ago
        QCOMPARE(model.idAt(250), 0);

        // Showing a dropped row fetches its page again, by the `after` it was first read with.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(model.index(250, 1).data().toString().isEmpty());
        QTRY_VERIFY(model.isRowHeld(250));
        QCOMPARE(model.index(250, 1).data().toString(), QStringLiteral("Capped 0251"));
        QCOMPARE(model.index(299, 1).data().toString(), QStringLiteral("Capped 0300"));
        QVERIFY(!changed.isEmpty());
        QVERIFY(model.heldRowCount() <= 200 + 300 + 100);

        // A refresh re-reads the kept rows and drops the rest until they are shown again.
        QSignalSpy loaded(&model, &RemoteTableModel::loaded);
        model.refresh();
        QTRY_COMPARE(loaded.count(), 1);
        QCOMPARE(model.rowCount(), 1100);
        QVERIFY(!model.isRowHeld(1099));
        QCOMPARE(model.index(1099, 1).data().toString(), QString());
        QTRY_COMPARE(model.index(1099, 1).data().toString(), QStringLiteral("Capped 1100"));
    }

    void reportsErrors()
    {
        RemoteTableModel model(m_company.api(), QStringLiteral("admin.user.list"), userColumns());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy failed(&model, &RemoteTableModel::loadFailed);
        model.setSortExpression(QStringLiteral("no_such_column"));
        QTRY_COMPARE(failed.count(), 1);
        QVERIFY(!model.lastError().isEmpty());
        QVERIFY(!model.canFetchMore({})); // no retry loop after a failure
        QCOMPARE(model.rowCount(), 0);
    }

private:
    Test::LocalCompany m_company;
};

QTEST_MAIN(TestRemoteTableModel)
#include "tst_remotetablemodel.moc"
