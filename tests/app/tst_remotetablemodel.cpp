// RemoteTableModel over admin.user.list of a real embedded server: paging with
// canFetchMore/fetchMore, server-side sort, search and filter, formatting roles, refresh on
// event.changed — all watched by QAbstractItemModelTester.
#include "apptest.h"

#include "app/models/remotetablemodel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
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
} // namespace

class TestRemoteTableModel final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        Test::isolateSettings(QStringLiteral("tst_remotetablemodel"));
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
