// The Dashboard tab against a real server over TCP: the bars show the server's by_state
// counts, the tiles its figures, the low-stock table what runs low; a colleague's new order
// refreshes the dashboard by itself.
#include "apptest.h"
#include "inventorytest.h"

#include "app/pages/dashboard/dashboardpage.h"
#include "app/pages/dashboard/dashboardwidgets.h"

#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QLocale>
#include <QSignalSpy>
#include <QStackedBarSeries>
#include <QTableWidget>

using namespace Erp::Client;
using namespace Erp::Client::Dashboard;

class TestDashboard final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        Test::isolateSettings(QStringLiteral("tst_dashboard"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(m_company.start());
        m_api = m_company.connect();
        m_colleague = m_company.connect();
        QVERIFY(m_api && m_colleague);
        const QJsonObject customer =
            Test::callOn(*m_api, QStringLiteral("crm.customer.create"),
                         {{QStringLiteral("name"), QStringLiteral("Dashboard Customer")}})
                .toObject();
        m_customerId = Test::idOf(customer);
        const QJsonObject warehouse = Test::createWarehouse(*m_api, QStringLiteral("WD1"));
        m_product = Test::createProduct(*m_api, QStringLiteral("DASH-1"),
                                        {{QStringLiteral("list_price"), QStringLiteral("20.00")},
                                         {QStringLiteral("reorder_point"), QStringLiteral("50")}});
        Test::receiveStock(*m_api, Test::idOf(m_product), Test::idOf(warehouse),
                           QStringLiteral("5"));
        for (int i = 0; i < 3; ++i)
            m_orders.append(createOrder(*m_api));
        const QJsonObject last = m_orders.last();
        Test::callOn(*m_api, QStringLiteral("sales.order.cancel"),
                     {{QStringLiteral("id"), Test::idOf(last)},
                      {QStringLiteral("version"), Test::idOf(last, "version")},
                      {QStringLiteral("reason"), QStringLiteral("test")}});
    }

    void showsTheServersByStateNumbers()
    {
        DashboardPage page(*m_api);
        page.resize(1180, 720);
        QSignalSpy refreshed(&page, &DashboardPage::refreshed);
        page.show();
        QTRY_VERIFY(page.isLoaded());
        const QJsonObject byState = page.metrics().value(QLatin1String("by_state")).toObject();
        QCOMPARE(byState.value(QLatin1String("draft")).toInt(), 2);
        QCOMPARE(byState.value(QLatin1String("cancelled")).toInt(), 1);
        QCOMPARE(page.charts()->stateCount(QStringLiteral("draft")), 2);
        QCOMPARE(page.charts()->stateCount(QStringLiteral("cancelled")), 1);
        QCOMPARE(page.charts()->stateCount(QStringLiteral("shipped")), 0);
        QCOMPARE(page.tile(0)->value(), QStringLiteral("3"));
        // Nothing shipped yet: no processing time, shown as a dash rather than 0.
        QCOMPARE(page.tile(1)->value(), QStringLiteral("—"));

        QTRY_VERIFY(page.lowStockTable()->rowCount() >= 1);
        bool found = false;
        for (int r = 0; r < page.lowStockTable()->rowCount(); ++r)
            found = found || page.lowStockTable()->item(r, 0)->text() == QStringLiteral("DASH-1");
        QVERIFY(found);

        // A colleague's order reaches the dashboard without a click (debounced).
        createOrder(*m_colleague);
        QTRY_COMPARE_WITH_TIMEOUT(page.charts()->stateCount(QStringLiteral("draft")), 3, 10000);
        QCOMPARE(page.tile(0)->value(), QStringLiteral("4"));
    }

    void periodSelectorAsksForTheRange()
    {
        DashboardPage page(*m_api);
        page.show();
        QTRY_VERIFY(page.isLoaded());
        page.setPeriod(DashboardPage::Last7Days);
        QDate from, to;
        page.periodRange(from, to);
        QCOMPARE(from.daysTo(to), 6);
        QTRY_COMPARE(page.metrics().value(QLatin1String("from")).toString(),
                     from.toString(Qt::ISODate));
        page.setPeriod(DashboardPage::AllTime);
        page.periodRange(from, to);
        QVERIFY(!from.isValid());
    }

    void warehouseSeesOnlyLowStock()
    {
        Test::callOn(*m_api, QStringLiteral("admin.user.create"),
                     {{QStringLiteral("username"), QStringLiteral("store.keeper")},
                      {QStringLiteral("password"), QStringLiteral("secret-keeper-1")},
                      {QStringLiteral("roles"), QJsonArray{QStringLiteral("warehouse")}}});
        auto keeper =
            m_company.connect(QStringLiteral("store.keeper"), QStringLiteral("secret-keeper-1"));
        QVERIFY(keeper);
        QVERIFY(DashboardPage::isAvailable(*keeper)); // stock, but no sales report
        DashboardPage page(*keeper);
        page.show();
        QVERIFY(!page.charts());
        QVERIFY(!page.tile(0));
        QTRY_VERIFY(page.lowStockTable()->rowCount() >= 1);
    }

    // Every state has its bar: approved, allocated and picking orders were once left out of the
    // chart, so the bars did not add up to the tile.
    void barsAddUpToTheTotalInEveryState()
    {
        const QStringList steps{QStringLiteral("sales.order.submit"),
                                QStringLiteral("sales.order.allocate"),
                                QStringLiteral("sales.order.pick")};
        for (int reached = 1; reached <= steps.size(); ++reached) {
            QJsonObject order = createOrder(*m_api);
            for (int s = 0; s < reached; ++s)
                order = Test::callOn(*m_api, steps.at(s),
                                     {{QStringLiteral("id"), Test::idOf(order)},
                                      {QStringLiteral("version"), Test::idOf(order, "version")}})
                            .toObject();
        }
        DashboardPage page(*m_api);
        page.resize(1180, 720);
        page.show();
        QTRY_VERIFY(page.isLoaded());
        const QJsonObject byState = page.metrics().value(QLatin1String("by_state")).toObject();
        for (const QString& state :
             {QStringLiteral("approved"), QStringLiteral("allocated"), QStringLiteral("picking")})
            QVERIFY2(byState.value(state).toInt() >= 1, qPrintable(state));
        // What the chart draws: the stacked sets' values per state (category).
        const auto* series =
            qobject_cast<QStackedBarSeries*>(page.charts()->stateView()->chart()->series().at(0));
        QVERIFY(series);
        const QStringList states = OrderCharts::states();
        int sum = 0;
        for (int i = 0; i < states.size(); ++i) {
            int drawn = 0;
            for (const QBarSet* set : series->barSets())
                drawn += int(set->at(i));
            QCOMPARE(drawn, byState.value(states.at(i)).toInt());
            QCOMPARE(page.charts()->stateCount(states.at(i)), drawn);
            sum += drawn;
        }
        QCOMPARE(QString::number(sum), page.tile(0)->value());
    }

private:
    QJsonObject createOrder(ApiClient& api)
    {
        return Test::callOn(
                   api, QStringLiteral("sales.order.create"),
                   {{QStringLiteral("customer_id"), m_customerId},
                    {QStringLiteral("lines"),
                     QJsonArray{QJsonObject{{QStringLiteral("product_id"), Test::idOf(m_product)},
                                            {QStringLiteral("qty"), QStringLiteral("1")}}}}})
            .toObject();
    }

    Test::TcpCompany m_company;
    std::unique_ptr<ApiClient> m_api;
    std::unique_ptr<ApiClient> m_colleague;
    qint64 m_customerId = 0;
    QJsonObject m_product;
    QList<QJsonObject> m_orders;
};

QTEST_MAIN(TestDashboard)
#include "tst_dashboard.moc"
