// The orders list against a real server over TCP: state chips filter on the server, the
// search finds number, customer and external reference, the state is a coloured badge, the
// gross is exact locale money, the count is shown, a colleague's new order appears by itself,
// and Ctrl+N / Enter open the order form.
#include "apptest.h"
#include "ordertest.h"

#include "app/models/remotetablemodel.h"
#include "app/pages/orders/orderdialog.h"
#include "app/pages/orders/orderlist.h"
#include "app/pages/orders/orderspage.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QButtonGroup>
#include <QLineEdit>
#include <QLocale>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace Erp::Client;
using namespace Erp::Client::Orders;

class TestOrdersList final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        Test::isolateSettings(QStringLiteral("tst_orders_list"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(m_company.start());
        m_api = m_company.connect();
        m_colleague = m_company.connect();
        QVERIFY(m_api && m_colleague);
        QVERIFY(m_fixture.create(*m_api));
        // Three drafts, one submitted for approval (30 % discount), one approved.
        for (int i = 0; i < 3; ++i)
            m_fixture.order(*m_api, QStringLiteral("1"));
        m_waiting = m_fixture.order(*m_api, QStringLiteral("1000.5"), QStringLiteral("30"));
        submit(m_waiting);
        m_approved = m_fixture.order(*m_api, QStringLiteral("7.5"));
        submit(m_approved);
    }

    void chipsSearchAndBadges()
    {
        QVERIFY(OrdersPage::isAvailable(*m_api));
        OrderList list(*m_api);
        QAbstractItemModelTester tester(list.model());
        list.resize(1200, 600);
        list.show();
        QTRY_VERIFY(list.model()->isLoaded());
        QCOMPARE(list.model()->rowCount(), 5);
        QCOMPARE(list.countText(), ListPage::rangeText(5, 5));
        QCOMPARE(list.chips()->buttons().size(), OrderList::chipKeys().size());
        QCOMPARE(list.chip(), QStringLiteral("all"));

        list.chips()->button(int(OrderList::chipKeys().indexOf(QStringLiteral("draft"))))->click();
        QCOMPARE(list.filter(), (QJsonObject{{QStringLiteral("state"), QStringLiteral("draft")}}));
        QTRY_VERIFY(list.model()->isLoaded() && list.model()->rowCount() == 3);
        list.setChip(QStringLiteral("submitted"));
        QTRY_VERIFY(list.model()->isLoaded() && list.model()->filter() == list.filter());
        QTRY_VERIFY(list.model()->isLoaded() && list.model()->rowCount() == 1);
        const QModelIndex state = list.model()->index(0, OrderList::StateCol);
        QCOMPARE(state.data().toString(), QStringLiteral("Waiting Approval"));
        QCOMPARE(state.data(RemoteTableModel::ToneRole).toInt(), int(Column::Tone::Waiting));
        list.setChip(QStringLiteral("cancelled"));
        QTRY_VERIFY(list.model()->isLoaded() && list.isEmptyStateShown());
        list.setChip(QStringLiteral("all"));
        QTRY_VERIFY(list.model()->isLoaded() && list.model()->rowCount() == 5);

        // The waiting order: 1,000.5 × 12.80 × 70 % = 8,964.48 + 13 % = 10,129.86.
        const QString number = m_waiting.value(QLatin1String("number")).toString();
        list.searchEdit()->setFocus();
        QTest::keyClick(&list, Qt::Key_F, Qt::ControlModifier);
        QCOMPARE(QApplication::focusWidget(), list.searchEdit());
        list.searchEdit()->setText(number);
        QTRY_VERIFY(list.model()->isLoaded() && list.model()->rowCount() == 1);
        const QModelIndex gross = list.model()->index(0, OrderList::GrossCol);
        QCOMPARE(gross.data().toString(), QStringLiteral("¥10,129.86"));
        QVERIFY(gross.data(Qt::TextAlignmentRole).toInt() & Qt::AlignRight);
        list.searchEdit()->setText(m_approved.value(QLatin1String("number")).toString());
        QTRY_VERIFY(list.model()->isLoaded() && list.model()->rowCount() == 1 &&
                    list.model()->idAt(0) == m_approved.value(QLatin1String("id")).toInteger());
        QCOMPARE(list.model()->index(0, OrderList::StateCol).data().toString(),
                 QStringLiteral("Approved"));
        QCOMPARE(
            list.model()->index(0, OrderList::StateCol).data(RemoteTableModel::ToneRole).toInt(),
            int(Column::Tone::Info));
        QCOMPARE(list.model()->index(0, OrderList::GrossCol).data().toString(),
                 QStringLiteral("¥108.48"));
        list.searchEdit()->setText(QStringLiteral("华信"));
        QTRY_VERIFY(list.model()->isLoaded() && list.model()->rowCount() == 5);
        list.searchEdit()->clear();
        QTRY_VERIFY(list.model()->isLoaded() && list.model()->search().isEmpty());
    }

    void followsColleaguesAndOpensForms()
    {
        OrderList list(*m_api);
        list.show();
        QTRY_VERIFY(list.model()->isLoaded());
        const int before = list.model()->rowCount();
        m_fixture.order(*m_colleague, QStringLiteral("2"));
        QTRY_COMPARE(list.model()->rowCount(), before + 1);

        QSignalSpy opened(&list, &OrderList::dialogOpened);
        list.view()->setFocus();
        QTest::keyClick(list.view(), Qt::Key_N, Qt::ControlModifier);
        QTRY_COMPARE(opened.count(), 1);
        auto* dialog = qobject_cast<OrderDialog*>(opened.first().first().value<QDialog*>());
        QVERIFY(dialog && dialog->order().isNew());
        dialog->reject();

        list.view()->selectRow(0);
        QTest::keyClick(list.view(), Qt::Key_Return);
        QTRY_COMPARE(opened.count(), 2);
        dialog = qobject_cast<OrderDialog*>(opened.last().first().value<QDialog*>());
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isReady());
        QCOMPARE(dialog->order().id, list.model()->idAt(0));
        dialog->reject();
    }

private:
    void submit(const QJsonObject& order)
    {
        Test::callOn(*m_api, QStringLiteral("sales.order.submit"),
                     {{QStringLiteral("id"), order.value(QLatin1String("id"))},
                      {QStringLiteral("version"), order.value(QLatin1String("version"))}});
    }

    Test::TcpCompany m_company;
    std::unique_ptr<ApiClient> m_api;
    std::unique_ptr<ApiClient> m_colleague;
    Test::OrderFixture m_fixture;
    QJsonObject m_waiting;
    QJsonObject m_approved;
};

QTEST_MAIN(TestOrdersList)
#include "tst_orders_list.moc"
