// The customer form against a real server over TCP: the server's validation errors appear at
// the fields and at the contact row they concern, a create that looks like an existing
// customer asks (Create Anyway / Open Existing), a stale save by one of two clerks offers
// Reload or a comparison of versions, Save & New, and exact money in the MoneyEdit.
#include "apptest.h"
#include "customertest.h"

#include "app/pages/customers/conflictdialog.h"
#include "app/pages/customers/customerclient.h"
#include "app/pages/customers/customerdialog.h"
#include "app/pages/customers/duplicatesdialog.h"
#include "app/widgets/formerrors.h"
#include "app/widgets/moneyedit.h"
#include "app/widgets/recordtable.h"

#include <QComboBox>
#include <QLineEdit>
#include <QLocale>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTabWidget>
#include <QTest>

using namespace Erp::Client;
using namespace Erp::Client::Customers;

namespace {
QJsonObject createCustomer(ApiClient& api, const QJsonObject& fields)
{
    return Test::callOn(api, QStringLiteral("crm.customer.create"), fields).toObject();
}
} // namespace

class TestCustomersDialog final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        Test::isolateSettings(QStringLiteral("tst_customers_dialog"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(m_company.start());
        m_api = m_company.connect();
        m_colleague = m_company.connect();
        QVERIFY(m_api && m_colleague);
        m_client = std::make_unique<CustomerClient>(*m_api);
    }

    void serverErrorsAppearAtTheirFields()
    {
        CustomerDialog dialog(*m_client, 0);
        dialog.show();
        QVERIFY(dialog.isReady());
        QCOMPARE(dialog.windowTitle(), QStringLiteral("New Customer"));
        QCOMPARE(dialog.codeEdit()->placeholderText(), QStringLiteral("generated"));
        QCOMPARE(dialog.contactsTable()->rowCount(), 1); // a first contact row is offered

        // Nothing typed: the server says the name is required, under the name.
        dialog.saveButton()->click();
        QTRY_VERIFY(!dialog.errors().fieldError(QStringLiteral("name")).isEmpty());
        QCOMPARE(dialog.errors().fieldError(QStringLiteral("name")),
                 QStringLiteral("This field is required."));
        QVERIFY(dialog.isVisible());

        // A good first contact and a bad phone in the second: the error sits at row 2.
        dialog.nameEdit()->setText(QStringLiteral("Errors Test Ltd"));
        QVERIFY(dialog.errors().fieldError(QStringLiteral("name")).isEmpty()); // edit clears
        RecordTable* contacts = dialog.contactsTable();
        contacts->setCell(0, QStringLiteral("name"), QStringLiteral("Wang Fang"));
        contacts->setCell(0, QStringLiteral("phone"), QStringLiteral("13800138000"));
        contacts->addRecord();
        contacts->setCell(1, QStringLiteral("name"), QStringLiteral("Zhao Lei"));
        contacts->setCell(1, QStringLiteral("phone"), QStringLiteral("12345"));
        dialog.sections()->setCurrentIndex(2); // the notes: the error must bring the table back
        dialog.saveButton()->click();
        QTRY_VERIFY(!contacts->cellError(1, QStringLiteral("phone")).isEmpty());
        QVERIFY(contacts->cellError(0, QStringLiteral("phone")).isEmpty());
        QVERIFY(contacts->cellError(1, QStringLiteral("phone"))
                    .startsWith(QStringLiteral("This value is not valid.")));
        QVERIFY(contacts->cellError(1, QStringLiteral("phone"))
                    .contains(QStringLiteral("010-12345678")));
        QVERIFY(contacts->errorText().startsWith(QStringLiteral("Contact 2 · Phone: ")));
        QCOMPARE(contacts->table()->item(1, 2)->toolTip(),
                 contacts->cellError(1, QStringLiteral("phone")));
        QVERIFY(contacts->table()->item(1, 2)->background().color().isValid());
        QCOMPARE(dialog.sections()->currentIndex(), 0);
        QVERIFY(dialog.sections()->tabText(0).startsWith(QStringLiteral("Contacts (2)")));

        // Fixing the cell clears its mark; the save then goes through.
        contacts->setCell(1, QStringLiteral("phone"), QStringLiteral("010-12345678"));
        QVERIFY(contacts->cellError(1, QStringLiteral("phone")).isEmpty());
        QSignalSpy saved(&dialog, &CustomerDialog::saved);
        dialog.saveButton()->click();
        QTRY_COMPARE(saved.count(), 1);
        const auto c = saved.first().first().value<Customer>();
        QVERIFY(c.code.startsWith(QLatin1Char('C')));
        QCOMPARE(c.contacts.size(), 2);
        QVERIFY(!dialog.isVisible());
    }

    void duplicateWarningCreateAnywayAndOpenExisting()
    {
        const QJsonObject existing = createCustomer(
            *m_api,
            {{QStringLiteral("name"), QStringLiteral("华信科技有限公司")},
             {QStringLiteral("contacts"),
              QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("李娜")},
                                     {QStringLiteral("phone"), QStringLiteral("13911112222")}}}}});
        QVERIFY(existing.contains(QLatin1String("code")));
        {
            CustomerDialog dialog(*m_client, 0);
            dialog.show();
            dialog.nameEdit()->setText(QStringLiteral("Huaxin Trading"));
            dialog.contactsTable()->setCell(0, QStringLiteral("name"), QStringLiteral("Li Na"));
            dialog.contactsTable()->setCell(0, QStringLiteral("phone"),
                                            QStringLiteral("139 1111 2222"));
            QStringList seen;
            Test::whenModal<DuplicatesDialog>([&seen](DuplicatesDialog* d) {
                for (int row = 0; row < d->table()->rowCount(); ++row)
                    seen << d->table()->item(row, 0)->text() + QLatin1Char('|') +
                                d->table()->item(row, 2)->text();
                d->createButton()->click();
            });
            QSignalSpy saved(&dialog, &CustomerDialog::saved);
            dialog.saveButton()->click();
            QTRY_COMPARE(saved.count(), 1);
            QCOMPARE(seen, QStringList{existing.value(QLatin1String("code")).toString() +
                                       QStringLiteral("|Same phone number")});
            QCOMPARE(saved.first().first().value<Customer>().name,
                     QStringLiteral("Huaxin Trading"));
        }
        // The other way out: open the existing customer instead.
        CustomerDialog dialog(*m_client, 0);
        dialog.show();
        dialog.nameEdit()->setText(QStringLiteral("华信科技"));
        Test::whenModal<DuplicatesDialog>([](DuplicatesDialog* d) { d->openButton()->click(); });
        QSignalSpy open(&dialog, &CustomerDialog::openExistingRequested);
        dialog.saveButton()->click();
        QTRY_COMPARE(open.count(), 1);
        QCOMPARE(open.first().first().toLongLong(),
                 existing.value(QLatin1String("id")).toInteger());
        QTRY_VERIFY(!dialog.isVisible());
    }

    void staleSaveOffersReload()
    {
        const QJsonObject c =
            createCustomer(*m_api, {{QStringLiteral("name"), QStringLiteral("Conflict One")}});
        const qint64 id = c.value(QLatin1String("id")).toInteger();
        CustomerDialog dialog(*m_client, id);
        dialog.show();
        QTRY_VERIFY(dialog.isReady());
        QCOMPARE(dialog.nameEdit()->text(), QStringLiteral("Conflict One"));
        // The colleague (another connection) saves first.
        Test::callOn(*m_colleague, QStringLiteral("crm.customer.update"),
                     {{QStringLiteral("id"), id},
                      {QStringLiteral("version"), c.value(QLatin1String("version"))},
                      {QStringLiteral("name"), QStringLiteral("Conflict One (theirs)")}});
        dialog.creditEdit()->setValue(QStringLiteral("5000.00"));
        QString question;
        Test::answerMessageBox(QStringLiteral("Reload"), &question);
        dialog.saveButton()->click();
        QTRY_COMPARE(dialog.nameEdit()->text(), QStringLiteral("Conflict One (theirs)"));
        QCOMPARE(question,
                 QStringLiteral("Someone else saved this customer while you were editing it."));
        QCOMPARE(dialog.customer().version, c.value(QLatin1String("version")).toInteger() + 1);
        QVERIFY(!dialog.isDirty());
        // Saving the fresh version works.
        dialog.creditEdit()->setValue(QStringLiteral("6000"));
        QSignalSpy saved(&dialog, &CustomerDialog::saved);
        dialog.saveButton()->click();
        QTRY_COMPARE(saved.count(), 1);
        QCOMPARE(saved.first().first().value<Customer>().creditLimit, QStringLiteral("6000.00"));
    }

    void staleSaveShowsTheChanges()
    {
        const QJsonObject c =
            createCustomer(*m_api, {{QStringLiteral("name"), QStringLiteral("Conflict Two")},
                                    {QStringLiteral("industry"), QStringLiteral("Retail")}});
        const qint64 id = c.value(QLatin1String("id")).toInteger();
        CustomerDialog dialog(*m_client, id);
        dialog.show();
        QTRY_VERIFY(dialog.isReady());
        Test::callOn(*m_colleague, QStringLiteral("crm.customer.update"),
                     {{QStringLiteral("id"), id},
                      {QStringLiteral("version"), c.value(QLatin1String("version"))},
                      {QStringLiteral("name"), QStringLiteral("Conflict Two (theirs)")},
                      {QStringLiteral("industry"), QStringLiteral("Wholesale")}});
        dialog.nameEdit()->setText(QStringLiteral("Conflict Two (mine)"));
        QStringList differing;
        QString theirName;
        Test::answerMessageBox(QStringLiteral("Show Changes…"));
        Test::whenModal<ConflictDialog>([&](ConflictDialog* d) {
            differing = d->differingFields();
            theirName = d->table()->item(0, 1)->text();
            d->findChild<QPushButton*>(QStringLiteral("saveMine"))->click();
        });
        QSignalSpy saved(&dialog, &CustomerDialog::saved);
        dialog.saveButton()->click();
        QTRY_COMPARE(saved.count(), 1);
        QCOMPARE(differing, (QStringList{QStringLiteral("name"), QStringLiteral("industry")}));
        QCOMPARE(theirName, QStringLiteral("Conflict Two (theirs)"));
        const QJsonObject stored =
            Test::callOn(*m_api, QStringLiteral("crm.customer.get"), {{QStringLiteral("id"), id}})
                .toObject();
        QCOMPARE(stored.value(QLatin1String("name")).toString(),
                 QStringLiteral("Conflict Two (mine)"));
        // Saving the whole form writes the form's industry too: the clerk saw it differ.
        QCOMPARE(stored.value(QLatin1String("industry")).toString(), QStringLiteral("Retail"));
    }

    void saveAndNewKeepsTheDialogOpen()
    {
        CustomerDialog dialog(*m_client, 0);
        dialog.show();
        dialog.nameEdit()->setText(QStringLiteral("First of Many"));
        dialog.tagsEdit()->setText(QStringLiteral("VIP，华南; vip2"));
        QSignalSpy saved(&dialog, &CustomerDialog::saved);
        dialog.saveAndNewButton()->click();
        QTRY_COMPARE(saved.count(), 1);
        QCOMPARE(
            saved.first().first().value<Customer>().tags,
            (QStringList{QStringLiteral("VIP"), QStringLiteral("华南"), QStringLiteral("vip2")}));
        QVERIFY(dialog.isVisible());
        QTRY_VERIFY(dialog.nameEdit()->text().isEmpty());
        QCOMPARE(dialog.customer().id, 0);
        QVERIFY(!dialog.isDirty());
        dialog.reject();
    }

    void escapeAsksBeforeDroppingEdits()
    {
        CustomerDialog dialog(*m_client, 0);
        dialog.show();
        dialog.nameEdit()->setText(QStringLiteral("Half typed"));
        QVERIFY(dialog.isDirty());
        QString question;
        Test::answerMessageBox(QStringLiteral("Keep Editing"), &question);
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QCOMPARE(question, QStringLiteral("Discard your changes?"));
        QVERIFY(dialog.isVisible());
        Test::answerMessageBox(QStringLiteral("Discard"));
        dialog.reject();
        QVERIFY(!dialog.isVisible());
    }

    void moneyStaysExact()
    {
        MoneyEdit edit;
        edit.setValue(QStringLiteral("50000"));
        QCOMPARE(edit.text(), QStringLiteral("50,000.00"));
        QCOMPARE(edit.value(), QStringLiteral("50000.00"));
        // Beyond what a double holds exactly (2^53 cents), still exact.
        edit.setValue(QStringLiteral("90071992547409.93"));
        QCOMPARE(edit.value(), QStringLiteral("90071992547409.93"));
        edit.clear();
        QTest::keyClicks(&edit, QStringLiteral("1,234.567")); // the third decimal is refused
        QCOMPARE(edit.text(), QStringLiteral("1,234.56"));
        QCOMPARE(edit.value(), QStringLiteral("1234.56"));
        QVERIFY(MoneyEdit::parse(QStringLiteral("-5")).isNull()); // no negative limits
        QCOMPARE(MoneyEdit::parse(QStringLiteral("")), QStringLiteral(""));

        // Through the server and back (its decimal parameters end at 9,223,372,036,854.775807).
        CustomerDialog dialog(*m_client, 0);
        dialog.show();
        dialog.nameEdit()->setText(QStringLiteral("Big Credit Co"));
        dialog.creditEdit()->setValue(QStringLiteral("9223372036854.77"));
        QSignalSpy saved(&dialog, &CustomerDialog::saved);
        dialog.saveButton()->click();
        QTRY_VERIFY2(saved.count() == 1, qPrintable(dialog.errors().message()));
        const qint64 id = saved.first().first().value<Customer>().id;
        CustomerDialog again(*m_client, id);
        QTRY_VERIFY(again.isReady());
        QCOMPARE(again.creditEdit()->value(), QStringLiteral("9223372036854.77"));
        QCOMPARE(again.creditEdit()->text(), QStringLiteral("9,223,372,036,854.77"));
    }

private:
    Test::TcpCompany m_company;
    std::unique_ptr<ApiClient> m_api;
    std::unique_ptr<ApiClient> m_colleague;
    std::unique_ptr<CustomerClient> m_client;
};

QTEST_MAIN(TestCustomersDialog)
#include "tst_customers_dialog.moc"
