// The fast line editor of the order form against a real server over TCP: an SKU or barcode
// typed in the product cell picks the product (Enter), the quantity follows and Enter moves
// on to a new line; totals follow every change exactly as Erp::lineAmounts computes them; the
// stock available shows per line, red when the quantity exceeds it; Insert / Ctrl+N add and
// Delete removes a line.
#include "apptest.h"
#include "ordertest.h"

#include "app/pages/orders/lineeditor.h"
#include "app/pages/orders/orderclient.h"
#include "app/pages/orders/orderlinesmodel.h"
#include "app/widgets/entitypicker.h"
#include "app/widgets/theme.h"
#include "common/ordermath.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QBrush>
#include <QLineEdit>
#include <QLocale>
#include <QTableView>
#include <QTest>

using namespace Erp::Client;
using namespace Erp::Client::Orders;
using M = OrderLinesModel;

class TestOrdersLines final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        Test::isolateSettings(QStringLiteral("tst_orders_lines"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(m_company.start());
        m_api = m_company.connect();
        QVERIFY(m_api);
        QVERIFY(m_fixture.create(*m_api));
        m_client = std::make_unique<OrderClient>(*m_api);
    }

    void typingAnSkuPicksTheProduct()
    {
        LineEditor editor(*m_client);
        QAbstractItemModelTester tester(editor.model());
        editor.resize(1000, 300);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        editor.addLine();
        QCOMPARE(editor.model()->rowCount(), 1);

        // Lower case, as typed in a hurry: the SKU is matched exactly, whatever the case.
        auto* picker = qobject_cast<EntityPicker*>(QApplication::focusWidget());
        QVERIFY(picker);
        QTest::keyClicks(picker, QStringLiteral("sd-100"));
        QTest::keyClick(picker, Qt::Key_Return);
        QTRY_COMPARE(editor.model()->lines().at(0).productId, m_fixture.screwdriverId);
        const M::Line line = editor.model()->lines().at(0);
        QCOMPARE(line.sku, QStringLiteral("SD-100"));
        QCOMPARE(line.unit, QStringLiteral("pcs"));
        QCOMPARE(line.price, QStringLiteral("12.80")); // the list price
        QCOMPARE(line.tax, QStringLiteral("13.00"));   // the product's rate
        QCOMPARE(line.qty, QStringLiteral("1"));

        // Enter moved on to the quantity: type it, Enter goes to the next line's product.
        QTRY_COMPARE(editor.view()->currentIndex().column(), int(M::QtyCol));
        auto* qty = qobject_cast<QLineEdit*>(QApplication::focusWidget());
        QVERIFY(qty);
        qty->selectAll();
        QTest::keyClicks(qty, QStringLiteral("2.5"));
        QTest::keyClick(qty, Qt::Key_Return);
        QTRY_COMPARE(editor.model()->rowCount(), 2);
        QCOMPARE(editor.model()->lines().at(0).qty, QStringLiteral("2.500"));
        QTRY_COMPARE(editor.view()->currentIndex(), editor.model()->index(1, M::ProductCol));
        // 2.5 × 12.80 = 32.00, tax 13 % = 4.16.
        QCOMPARE(editor.netText(), QStringLiteral("Net ¥32.00"));
        QCOMPARE(editor.taxText(), QStringLiteral("Tax ¥4.16"));
        QCOMPARE(editor.grossText(), QStringLiteral("Gross ¥36.16"));

        // The barcode works as well.
        picker = qobject_cast<EntityPicker*>(QApplication::focusWidget());
        QVERIFY(picker);
        QTest::keyClicks(picker, QStringLiteral("6901234567892"));
        QTest::keyClick(picker, Qt::Key_Return);
        QTRY_COMPARE(editor.model()->lines().at(1).productId, m_fixture.cableId);

        // An unknown SKU left behind with Tab is marked at its cell.
        editor.model()->setData(editor.model()->index(1, M::ProductCol),
                                QStringLiteral("NO-SUCH-SKU"));
        QTRY_VERIFY(!editor.model()->cellError(1, M::ProductCol).isEmpty());
        QVERIFY(editor.errorText().contains(QStringLiteral("NO-SUCH-SKU")));
        QCOMPARE(editor.model()->lines().at(1).productId, 0);
    }

    void totalsFollowExactly()
    {
        LineEditor editor(*m_client);
        M* model = editor.model();
        model->addLine();
        model->addLine();
        model->setProduct(0, productRow(m_fixture.screwdriverId, "SD-100", "12.80"));
        model->setProduct(1, productRow(m_fixture.cableId, "CB-200", "0.35"));
        QCOMPARE(editor.grossText(), QStringLiteral("Gross ¥14.86")); // 12.80+1.66, 0.35+0.05

        // Quantity and discount change the totals at once, half-up per line like the server.
        QVERIFY(model->setData(model->index(0, M::QtyCol), QStringLiteral("2.5")));
        QVERIFY(model->setData(model->index(0, M::DiscountCol), QStringLiteral("10")));
        QVERIFY(model->setData(model->index(1, M::QtyCol), QStringLiteral("3")));
        QVERIFY(model->setData(model->index(1, M::DiscountCol), QStringLiteral("50")));
        // Line 1: 2.5 × 12.80 × 90 % = 28.80, tax 3.744 -> 3.74.
        // Line 2: 3 × 0.35 × 50 % = 0.525 -> 0.53, tax 0.0689 -> 0.07.
        const Erp::LineAmounts a = Erp::lineAmounts(2500, 1280, 1000, 1300);
        const Erp::LineAmounts b = Erp::lineAmounts(3000, 35, 5000, 1300);
        QCOMPARE(a.net + b.net, qint64(2880 + 53));
        QCOMPARE(a.tax + b.tax, qint64(374 + 7));
        QCOMPARE(editor.netText(), QStringLiteral("Net ¥29.33"));
        QCOMPARE(editor.taxText(), QStringLiteral("Tax ¥3.81"));
        QCOMPARE(editor.grossText(), QStringLiteral("Gross ¥33.14"));
        QCOMPARE(model->index(1, M::NetCol).data().toString(), QStringLiteral("0.53"));
        QCOMPARE(model->index(0, M::GrossCol).data().toString(), QStringLiteral("32.54"));

        // A price typed with a thousands separator is exact too; a bad number is marked and
        // left out of the totals.
        QVERIFY(model->setData(model->index(0, M::PriceCol), QStringLiteral("1,234.56")));
        QCOMPARE(model->lines().at(0).price, QStringLiteral("1234.56"));
        QVERIFY(model->setData(model->index(1, M::QtyCol), QStringLiteral("1.2345")));
        QVERIFY(!model->cellError(1, M::QtyCol).isEmpty());
        QCOMPARE(model->totals().invalidLines, 1);
        const Erp::LineAmounts c = Erp::lineAmounts(2500, 123456, 1000, 1300);
        QCOMPARE(model->totals().gross, c.gross);
        QCOMPARE(editor.grossText(), QStringLiteral("Gross ¥3,138.87"));

        // What Save sends: wire decimals, the bad value as typed (the server says why).
        const QJsonArray records = model->records();
        QCOMPARE(records.size(), 2);
        QCOMPARE(records.at(0).toObject().value(QLatin1String("qty")).toString(),
                 QStringLiteral("2.500"));
        QCOMPARE(records.at(0).toObject().value(QLatin1String("discount_pct")).toString(),
                 QStringLiteral("10.00"));
        QCOMPARE(records.at(1).toObject().value(QLatin1String("qty")).toString(),
                 QStringLiteral("1.2345"));
    }

    void availabilityIsRedWhenShort()
    {
        LineEditor editor(*m_client);
        editor.show();
        M* model = editor.model();
        model->addLine();
        model->setProduct(0, productRow(m_fixture.cableId, "CB-200", "0.35"));
        QTRY_COMPARE(model->available(m_fixture.cableId), QStringLiteral("2.000"));
        QCOMPARE(model->index(0, M::AvailableCol).data().toString(), QStringLiteral("2"));
        QVERIFY(!model->isShort(0));
        QVERIFY(!model->index(0, M::AvailableCol).data(Qt::ForegroundRole).isValid());

        QVERIFY(model->setData(model->index(0, M::QtyCol), QStringLiteral("5")));
        QVERIFY(model->isShort(0));
        const QBrush red =
            model->index(0, M::AvailableCol).data(Qt::ForegroundRole).value<QBrush>();
        QCOMPARE(red.color(), Theme::toneColor(Column::Tone::Problem));
        QVERIFY(model->index(0, M::AvailableCol)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("backorder")));
        QVERIFY(model->setData(model->index(0, M::QtyCol), QStringLiteral("2")));
        QVERIFY(!model->isShort(0));
    }

    void keyboardAddsAndRemovesLines()
    {
        LineEditor editor(*m_client);
        editor.resize(1000, 300);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        M* model = editor.model();
        model->addLine();
        model->setProduct(0, productRow(m_fixture.screwdriverId, "SD-100", "12.80"));
        QTableView* view = editor.view();
        view->setFocus();
        view->setCurrentIndex(model->index(0, M::QtyCol));

        QTest::keyClick(view, Qt::Key_Insert);
        QCOMPARE(model->rowCount(), 2);
        QCOMPARE(view->currentIndex(), model->index(1, M::ProductCol));
        QVERIFY(qobject_cast<EntityPicker*>(QApplication::focusWidget())); // typing the product
        // Ctrl+N while the new line is still empty reuses it instead of piling up lines.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_N, Qt::ControlModifier);
        QCOMPARE(model->rowCount(), 2);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        model->setProduct(1, productRow(m_fixture.cableId, "CB-200", "0.35"));
        view->setFocus();
        QTest::keyClick(view, Qt::Key_N, Qt::ControlModifier);
        QCOMPARE(model->rowCount(), 3);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);

        // Delete removes the current line (not while typing in a cell).
        view->setFocus();
        view->setCurrentIndex(model->index(0, M::UnitCol));
        QTest::keyClick(view, Qt::Key_Delete);
        QCOMPARE(model->rowCount(), 2);
        QCOMPARE(model->lines().at(0).productId, m_fixture.cableId);
        QCOMPARE(editor.grossText(), QStringLiteral("Gross ¥0.40"));

        // Read-only (an order under way): no keys change anything.
        editor.setEditable(false);
        QTest::keyClick(view, Qt::Key_Delete);
        QTest::keyClick(view, Qt::Key_Insert);
        QCOMPARE(model->rowCount(), 2);
        QVERIFY(!(model->flags(model->index(0, M::QtyCol)) & Qt::ItemIsEditable));
    }

private:
    static QJsonObject productRow(qint64 id, const char* sku, const char* price)
    {
        return {{QStringLiteral("id"), id},
                {QStringLiteral("sku"), QString::fromLatin1(sku)},
                {QStringLiteral("name"), QString::fromLatin1(sku)},
                {QStringLiteral("unit"), QStringLiteral("pcs")},
                {QStringLiteral("list_price"), QString::fromLatin1(price)},
                {QStringLiteral("tax_rate"), QStringLiteral("13.00")}};
    }

    Test::TcpCompany m_company;
    std::unique_ptr<ApiClient> m_api;
    std::unique_ptr<OrderClient> m_client;
    Test::OrderFixture m_fixture;
};

QTEST_MAIN(TestOrdersLines)
#include "tst_orders_lines.moc"
