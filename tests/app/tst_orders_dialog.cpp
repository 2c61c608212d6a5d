// The order form against a real server over TCP: the customer picked by typing fills contact
// and address, Save creates a draft, the lifecycle buttons are enabled exactly per the order's
// allowed_actions and the user's permissions, Submit / Approve / Allocate / Pick / Ship move
// the order on (the shipment and the timeline show up), Reject asks a reason, the server's
// refusals and line errors are shown where they belong.
#include "apptest.h"
#include "customertest.h"
#include "ordertest.h"

#include "app/pages/orders/lineeditor.h"
#include "app/pages/orders/orderactions.h"
#include "app/pages/orders/orderclient.h"
#include "app/pages/orders/orderdialog.h"
#include "app/pages/orders/orderlinesmodel.h"
#include "app/pages/orders/returndialog.h"
#include "app/pages/orders/shipdialog.h"
#include "app/print/deliverynote.h"
#include "app/widgets/entitypicker.h"
#include "app/widgets/formerrors.h"

#include <QApplication>
#include <QComboBox>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPrintPreviewDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTabWidget>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace Erp::Client;
using namespace Erp::Client::Orders;
using M = OrderLinesModel;

namespace {
/// The actions whose buttons are enabled.
QStringList enabledActions(OrderActions* actions)
{
    QStringList out;
    for (const QString& a : OrderClient::actions()) {
        if (actions->button(a)->isEnabled())
            out.append(a);
    }
    return out;
}

QStringList visibleActions(OrderActions* actions)
{
    QStringList out;
    for (const QString& a : OrderClient::actions()) {
        if (!actions->button(a)->isHidden())
            out.append(a);
    }
    return out;
}
} // namespace

class TestOrdersDialog final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        Test::isolateSettings(QStringLiteral("tst_orders_dialog"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(m_company.start());
        m_api = m_company.connect();
        QVERIFY(m_api);
        QVERIFY(m_fixture.create(*m_api));
        m_client = std::make_unique<OrderClient>(*m_api);
    }

    void newOrderFromTheKeyboard()
    {
        OrderDialog dialog(*m_client, 0);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.isReady());
        QCOMPARE(dialog.windowTitle(), QStringLiteral("New Order"));
        QVERIFY(enabledActions(dialog.actions()).isEmpty()); // nothing before the first save

        // The customer by part of the name: contact and shipping address follow.
        EntityPicker* customer = dialog.customerPicker();
        customer->setFocus();
        QInputMethodEvent ime; // Chinese arrives from the input method, not as key presses
        ime.setCommitString(QStringLiteral("华信"));
        QApplication::sendEvent(customer, &ime);
        QTest::keyClick(customer, Qt::Key_Return);
        QTRY_COMPARE(customer->currentId(), m_fixture.customerId);
        QTRY_COMPARE(dialog.contactEdit()->text(), QStringLiteral("王芳"));
        QCOMPARE(dialog.phoneEdit()->text(), QStringLiteral("13800138000"));
        QCOMPARE(dialog.addressEdit()->toPlainText(),
                 QStringLiteral("广东省 深圳市 南山区 科技园南路 88 号"));

        // After the customer the product cell of the first line waits for the SKU; Enter in
        // the line editor moves on and never saves the half-typed order.
        QSignalSpy saved(&dialog, &OrderDialog::saved);
        M* lines = dialog.lineEditor()->model();
        QTRY_VERIFY(qobject_cast<EntityPicker*>(QApplication::focusWidget()));
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("SD-100"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QTRY_COMPARE(lines->lines().at(0).productId, m_fixture.screwdriverId);
        QTRY_COMPARE(dialog.lineEditor()->view()->currentIndex().column(), int(M::QtyCol));
        auto* qty = qobject_cast<QLineEdit*>(QApplication::focusWidget());
        QVERIFY(qty);
        qty->selectAll();
        QTest::keyClicks(qty, QStringLiteral("3"));
        QTest::keyClick(qty, Qt::Key_Return);
        QTRY_COMPARE(lines->rowCount(), 2);
        QCOMPARE(lines->lines().at(0).qty, QStringLiteral("3.000"));
        QTest::qWait(50);
        QCOMPARE(saved.count(), 0);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape); // leave the new line
        dialog.externalRefEdit()->setText(QStringLiteral("PO-7788"));
        QVERIFY(dialog.isDirty());

        dialog.saveButton()->click();
        QTRY_COMPARE(saved.count(), 1);
        const Order order = dialog.order();
        QVERIFY(order.number.startsWith(QStringLiteral("SO")));
        QCOMPARE(order.state, QStringLiteral("draft"));
        QCOMPARE(order.gross, QStringLiteral("43.39")); // 3 × 12.80 = 38.40 + 4.99
        QCOMPARE(order.externalRef, QStringLiteral("PO-7788"));
        QVERIFY(dialog.isVisible()); // stays open: the next step is Submit
        QVERIFY(!dialog.isDirty());
        QCOMPARE(dialog.windowTitle(),
                 QStringLiteral("Order %1 — 华信科技有限公司").arg(order.number));

        // Exactly what the server allows a draft: submit and cancel.
        QCOMPARE(enabledActions(dialog.actions()),
                 (QStringList{QStringLiteral("submit"), QStringLiteral("cancel")}));
        // Unsaved edits first need Save.
        dialog.externalRefEdit()->setText(QStringLiteral("PO-7789"));
        QVERIFY(enabledActions(dialog.actions()).isEmpty());
        dialog.saveButton()->click();
        QTRY_COMPARE(saved.count(), 2);
        QCOMPARE(enabledActions(dialog.actions()),
                 (QStringList{QStringLiteral("submit"), QStringLiteral("cancel")}));

        // Submit: a clean order is approved at once.
        dialog.actions()->button(QStringLiteral("submit"))->click();
        QTRY_COMPARE(dialog.order().state, QStringLiteral("approved"));
        QVERIFY(dialog.messageText().contains(QStringLiteral("approved automatically")));
        QCOMPARE(enabledActions(dialog.actions()),
                 (QStringList{QStringLiteral("allocate"), QStringLiteral("cancel")}));
        QVERIFY(dialog.timeline()->topLevelItemCount() >= 3); // create, submit, approve
    }

    void buttonsFollowAllowedActionsAndPermissions()
    {
        // A sales clerk may submit and cancel but not approve, allocate or ship; the store
        // may pick and ship only.
        const auto role = [this](const char* name, const QStringList& permissions) {
            Test::callOn(
                *m_api, QStringLiteral("admin.role.create"),
                {{QStringLiteral("name"), QString::fromLatin1(name)},
                 {QStringLiteral("permissions"), QJsonArray::fromStringList(permissions)}});
            Test::callOn(*m_api, QStringLiteral("admin.user.create"),
                         {{QStringLiteral("username"), QString::fromLatin1(name)},
                          {QStringLiteral("password"), QStringLiteral("password-%1").arg(name)},
                          {QStringLiteral("roles"), QJsonArray{QString::fromLatin1(name)}}});
        };
        role("clerk",
             {QStringLiteral("sales.order.read"), QStringLiteral("sales.order.write"),
              QStringLiteral("crm.customer.read"), QStringLiteral("inventory.product.read"),
              QStringLiteral("inventory.stock.read")});
        role("store",
             {QStringLiteral("sales.order.read"), QStringLiteral("sales.order.ship"),
              QStringLiteral("inventory.product.read"), QStringLiteral("inventory.stock.read")});
        auto clerk = m_company.connect(QStringLiteral("clerk"), QStringLiteral("password-clerk"));
        auto store = m_company.connect(QStringLiteral("store"), QStringLiteral("password-store"));
        QVERIFY(clerk && store);

        // 30 % discount: the order waits for approval.
        const QJsonObject draft =
            m_fixture.order(*m_api, QStringLiteral("1"), QStringLiteral("30"));
        Test::callOn(*m_api, QStringLiteral("sales.order.submit"),
                     {{QStringLiteral("id"), draft.value(QLatin1String("id"))},
                      {QStringLiteral("version"), draft.value(QLatin1String("version"))}});
        const qint64 id = draft.value(QLatin1String("id")).toInteger();

        OrderClient clerkClient(*clerk);
        OrderDialog asClerk(clerkClient, id);
        QTRY_VERIFY(asClerk.isReady());
        QCOMPARE(asClerk.order().state, QStringLiteral("submitted"));
        QVERIFY(asClerk.reviewText().contains(QStringLiteral("Discount above the allowed")));
        for (const QString& a : OrderClient::actions()) {
            const bool permitted = clerk->hasPermission(OrderClient::actionPermission(a));
            QCOMPARE(!asClerk.actions()->button(a)->isHidden(), permitted);
            QCOMPARE(asClerk.actions()->button(a)->isEnabled(),
                     permitted && asClerk.order().allowedActions.contains(a));
        }
        QVERIFY(!visibleActions(asClerk.actions()).contains(QStringLiteral("approve")));
        QCOMPARE(enabledActions(asClerk.actions()), QStringList{QStringLiteral("cancel")});
        QVERIFY(asClerk.isEditable()); // update is allowed and returns it to draft

        OrderClient storeClient(*store);
        OrderDialog asStore(storeClient, id);
        QTRY_VERIFY(asStore.isReady());
        QVERIFY(!asStore.isEditable());
        QVERIFY(asStore.saveButton()->isHidden());
        QVERIFY(enabledActions(asStore.actions()).isEmpty());
        QVERIFY(visibleActions(asStore.actions()).contains(QStringLiteral("ship")));
        QVERIFY(!visibleActions(asStore.actions()).contains(QStringLiteral("submit")));

        // The manager's view (admin): approve and reject are enabled.
        OrderDialog asAdmin(*m_client, id);
        QTRY_VERIFY(asAdmin.isReady());
        QCOMPARE(enabledActions(asAdmin.actions()),
                 (QStringList{QStringLiteral("approve"), QStringLiteral("reject"),
                              QStringLiteral("cancel")}));

        // Reject asks for a reason; the clerk's open form follows the change.
        QSignalSpy opened(asAdmin.actions(), &OrderActions::dialogOpened);
        asAdmin.actions()->button(QStringLiteral("reject"))->click();
        QTRY_COMPARE(opened.count(), 1);
        auto* ask = opened.first().first().value<QDialog*>();
        auto* reason = ask->findChild<QPlainTextEdit*>(QStringLiteral("reason"));
        QVERIFY(reason);
        reason->setPlainText(QStringLiteral("折扣过高 — discount too high"));
        ask->accept();
        QTRY_COMPARE(asAdmin.order().state, QStringLiteral("rejected"));
        QVERIFY(asAdmin.reviewText().contains(QStringLiteral("discount too high")));
        QTRY_COMPARE(asClerk.order().state, QStringLiteral("rejected")); // event.changed
    }

    void fulfilmentToTheDeliveryNote()
    {
        const QJsonObject draft = m_fixture.order(*m_api, QStringLiteral("4"));
        OrderDialog dialog(*m_client, draft.value(QLatin1String("id")).toInteger());
        dialog.show();
        QTRY_VERIFY(dialog.isReady());
        OrderActions* actions = dialog.actions();
        for (const char* step : {"submit", "allocate", "pick"}) {
            const QString action = QString::fromLatin1(step);
            QTRY_VERIFY2(actions->button(action)->isEnabled(), step);
            actions->button(action)->click();
            QTRY_VERIFY2(!actions->isBusy() && actions->lastError().isEmpty(), step);
        }
        QTRY_COMPARE(dialog.order().state, QStringLiteral("picking"));
        QCOMPARE(dialog.lineEditor()->model()->lines().at(0).allocated, QStringLiteral("4.000"));

        // Ship 1 of 4 now: a partial shipment keeps the order in picking.
        QSignalSpy opened(actions, &OrderActions::dialogOpened);
        actions->button(QStringLiteral("ship"))->click();
        QTRY_COMPARE(opened.count(), 1);
        auto* ship = qobject_cast<ShipDialog*>(opened.first().first().value<QDialog*>());
        QVERIFY(ship);
        ship->carrierBox()->setEditText(QStringLiteral("顺丰速运"));
        ship->trackingEdit()->setText(QStringLiteral("SF1234567890123"));
        ship->setQty(0, QStringLiteral("1"));
        QCOMPARE(ship->params().value(QLatin1String("lines")).toArray().size(), 1);
        ship->accept();
        QTRY_COMPARE(dialog.order().shipments.size(), 1);
        QCOMPARE(dialog.order().state, QStringLiteral("picking"));
        QCOMPARE(dialog.shipments()->topLevelItemCount(), 1);
        QVERIFY(dialog.shipments()->topLevelItem(0)->text(3) == QStringLiteral("SF1234567890123"));
        QVERIFY(dialog.printMenu()->isDocumentEnabled(QStringLiteral("delivery")));
        QVERIFY(dialog.printMenu()->isDocumentEnabled(QStringLiteral("picklist"))); // 3 left

        // Ctrl+P: the print preview of the order confirmation, with the company's header.
        QString previewTitle;
        QTimer watcher;
        watcher.setInterval(20);
        connect(&watcher, &QTimer::timeout, this, [&previewTitle] {
            if (auto* preview =
                    qobject_cast<QPrintPreviewDialog*>(QApplication::activeModalWidget())) {
                previewTitle = preview->windowTitle();
                preview->reject();
            }
        });
        watcher.start();
        dialog.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QTest::keyClick(&dialog, Qt::Key_P, Qt::ControlModifier);
        QTRY_VERIFY(!previewTitle.isEmpty());
        watcher.stop();
        QCOMPARE(previewTitle,
                 QStringLiteral("Print Sales Order Confirmation %1").arg(dialog.order().number));

        // The rest: everything allocated by default.
        actions->button(QStringLiteral("ship"))->click();
        QTRY_COMPARE(opened.count(), 2);
        ship = qobject_cast<ShipDialog*>(opened.last().first().value<QDialog*>());
        QVERIFY(!ship->params().contains(QLatin1String("lines")));
        ship->accept();
        QTRY_COMPARE(dialog.order().state, QStringLiteral("shipped"));
        QCOMPARE(dialog.order().shipments.size(), 2);

        const Erp::Client::Print::DeliveryNote note = dialog.deliveryNote();
        QCOMPARE(note.orderNumber, dialog.order().number);
        QCOMPARE(note.shipmentNumber, dialog.order().shipments.last().number);
        QCOMPARE(note.customerName, QStringLiteral("华信科技有限公司"));
        QCOMPARE(note.lines.size(), 1);
        QCOMPARE(note.lines.first().sku, QStringLiteral("SD-100"));
        QCOMPARE(note.lines.first().qty, QStringLiteral("3"));
        QCOMPARE(note.lines.first().unit, QStringLiteral("pcs"));
        QCOMPARE(enabledActions(actions),
                 (QStringList{QStringLiteral("deliver"), QStringLiteral("return")}));

        // Delivered, then one screwdriver comes back broken and is scrapped.
        actions->button(QStringLiteral("deliver"))->click();
        QTRY_COMPARE(dialog.order().state, QStringLiteral("delivered"));
        actions->button(QStringLiteral("return"))->click();
        QTRY_COMPARE(opened.count(), 3);
        auto* back = qobject_cast<ReturnDialog*>(opened.last().first().value<QDialog*>());
        QVERIFY(back);
        QCOMPARE(back->table()->rowCount(), 1);
        // Nothing typed yet: no error text, but nothing to record either.
        QVERIFY(back->errorText().isEmpty());
        QVERIFY(!back->findChild<QPushButton*>(QStringLiteral("returnButton"))->isEnabled());
        back->setLine(0, QStringLiteral("9"), QStringLiteral("scrap"));
        QVERIFY(back->errorText().contains(QStringLiteral("more than was shipped")));
        back->setLine(0, QStringLiteral("1"), QStringLiteral("scrap"));
        QVERIFY(back->errorText().contains(QStringLiteral("reason")));
        back->reasonEdit()->setPlainText(QStringLiteral("运输损坏 damaged in transport"));
        QVERIFY(back->errorText().isEmpty());
        QVERIFY(back->findChild<QPushButton*>(QStringLiteral("returnButton"))->isEnabled());
        const QJsonObject params = back->params();
        QCOMPARE(params.value(QLatin1String("lines"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QLatin1String("disposition")),
                 QJsonValue(QStringLiteral("scrap")));
        back->accept();
        QTRY_COMPARE(dialog.order().lines.first().returnedQty, QStringLiteral("1.000"));
        QVERIFY(actions->lastError().isEmpty());
        QCOMPARE(dialog.timeline()->topLevelItem(0)->text(2), QStringLiteral("Returned"));
        QCOMPARE(dialog.returns()->topLevelItemCount(), 1);
        QVERIFY(dialog.returns()->topLevelItem(0)->text(0).startsWith(QStringLiteral("RMA")));
        QCOMPARE(dialog.returns()->topLevelItem(0)->text(3), QStringLiteral("SD-100 × 1 (Scrap)"));
        QVERIFY(dialog.sections()->isTabVisible(4));
    }

    void refusalsAndLineErrorsAreShown()
    {
        const QJsonObject draft = m_fixture.order(*m_api);
        OrderDialog dialog(*m_client, draft.value(QLatin1String("id")).toInteger());
        dialog.show();
        QTRY_VERIFY(dialog.isReady());

        // A step the state does not allow: the server's own words.
        QSignalSpy opened(dialog.actions(), &OrderActions::dialogOpened);
        dialog.actions()->send(QStringLiteral("deliver"), {});
        QTRY_VERIFY(!dialog.actions()->lastError().isEmpty());
        QVERIFY(dialog.actions()->lastError().contains(dialog.order().number));
        QTRY_COMPARE(opened.count(), 1);
        opened.first().first().value<QDialog*>()->close();

        // A quantity with four decimals: the server's error sits at the cell.
        M* lines = dialog.lineEditor()->model();
        QVERIFY(lines->setData(lines->index(0, M::QtyCol), QStringLiteral("1.2345")));
        lines->clearErrors();
        dialog.saveButton()->click();
        QTRY_VERIFY(!lines->cellError(0, M::QtyCol).isEmpty());
        QVERIFY(dialog.lineEditor()->errorText().startsWith(QStringLiteral("Line 1, Qty:")));
        QCOMPARE(dialog.sections()->currentIndex(), 0);
        QVERIFY(!dialog.errors().message().isEmpty());
    }

    void aColleaguesChangeOffersReload()
    {
        const QJsonObject draft = m_fixture.order(*m_api);
        OrderDialog dialog(*m_client, draft.value(QLatin1String("id")).toInteger());
        dialog.show();
        QTRY_VERIFY(dialog.isReady());
        // The clerk is typing while a colleague saves: the form is not reloaded under their
        // hands, Save meets the newer version.
        dialog.externalRefEdit()->setText(QStringLiteral("PO-1"));
        auto colleague = m_company.connect();
        QVERIFY(colleague);
        Test::callOn(*colleague, QStringLiteral("sales.order.update"),
                     {{QStringLiteral("id"), draft.value(QLatin1String("id"))},
                      {QStringLiteral("version"), draft.value(QLatin1String("version"))},
                      {QStringLiteral("notes"), QStringLiteral("请周五前发货")}});
        QTest::qWait(100);
        QCOMPARE(dialog.externalRefEdit()->text(), QStringLiteral("PO-1"));
        QString asked;
        Test::answerMessageBox(QStringLiteral("Reload"), &asked);
        dialog.saveButton()->click();
        QTRY_VERIFY(!asked.isEmpty());
        QVERIFY(asked.contains(dialog.order().number));
        QTRY_COMPARE(dialog.order().notes, QStringLiteral("请周五前发货"));
        QCOMPARE(dialog.externalRefEdit()->text(), QString());
        QVERIFY(!dialog.isDirty());
    }

private:
    Test::TcpCompany m_company;
    std::unique_ptr<ApiClient> m_api;
    std::unique_ptr<OrderClient> m_client;
    Test::OrderFixture m_fixture;
};

QTEST_MAIN(TestOrdersDialog)
#include "tst_orders_dialog.moc"
