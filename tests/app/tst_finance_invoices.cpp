// Customer invoices and payments in the Finance tab against the demo company over TCP: an
// invoice typed through the form with a tax-inclusive and a discounted line shows the same
// 金额 / 税额 / 价税合计 as the server computes, is posted (number, journal entry, read-only),
// takes a partial payment through the payment form (apply to the invoice, the unapplied rest
// shown), and the list shows what is open; a payment is unapplied again; the printed invoice and
// the customer statement come out as PDF with the customer, the numbers and the amounts in
// Chinese capitals.
#include "apptest.h"

#include "app/models/remotetablemodel.h"
#include "app/pages/finance/financeclient.h"
#include "app/pages/finance/financepage.h"
#include "app/pages/finance/financetext.h"
#include "app/pages/finance/invoicedialog.h"
#include "app/pages/finance/invoicelines.h"
#include "app/pages/finance/invoicelist.h"
#include "app/pages/finance/invoiceprint.h"
#include "app/pages/finance/paymentdialog.h"
#include "app/pages/finance/paymentlist.h"
#include "app/pages/finance/statementdialog.h"
#include "app/widgets/entitypicker.h"
#include "app/widgets/moneyedit.h"

#include <QDateEdit>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Erp::Client;
using namespace Erp::Client::Finance;
using L = InvoiceLinesModel;

namespace {
const QString kDemoPassword = QStringLiteral("demo1234");
const QString kCustomer = QStringLiteral("深圳市福田区华强贸易有限公司");

QString pdfText(const QString& path)
{
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty())
        return {};
    QProcess p;
    p.start(pdftotext, {path, QStringLiteral("-")});
    p.waitForFinished(30000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

void edit(L* model, int row, int col, const QVariant& value)
{
    QVERIFY(model->setData(model->index(row, col), value, Qt::EditRole));
}
} // namespace

class TestFinanceInvoices final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        Test::isolateSettings(QStringLiteral("tst_finance_invoices"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(m_company.start(true));
        m_admin = m_company.connect();
        QVERIFY(m_admin);
        m_accountant = m_company.connect(QStringLiteral("liu.yang"), kDemoPassword);
        QVERIFY(m_accountant);
        m_client = std::make_unique<FinanceClient>(*m_accountant);
        m_customerId = Test::callOn(*m_admin, QStringLiteral("crm.customer.create"),
                                    {{QStringLiteral("name"), kCustomer},
                                     {QStringLiteral("allow_duplicates"), true}})
                           .toObject()
                           .value(QStringLiteral("id"))
                           .toInteger();
        QVERIFY(m_customerId > 0);
    }

    void invoiceTypedPostedAndPartlyPaid()
    {
        InvoiceList list(*m_client);
        list.show();
        auto* dialog = qobject_cast<InvoiceDialog*>(list.openInvoice(0));
        QVERIFY(dialog);
        QVERIFY(!dialog->postButton()->isHidden());
        dialog->customerPicker()->setCurrent(
            {{QStringLiteral("id"), m_customerId}, {QStringLiteral("name"), kCustomer}});
        L* model = dialog->lineEditor()->model();
        QCOMPARE(model->rowCount(), 1);
        // 3 × 9.99 at 9 %, the price including VAT: 29.97 = 27.50 + 2.47.
        edit(model, 0, L::DescriptionCol, QStringLiteral("钢笔 Fountain pen"));
        edit(model, 0, L::QtyCol, QStringLiteral("3"));
        edit(model, 0, L::PriceCol, QStringLiteral("9.99"));
        edit(model, 0, L::TaxRateCol, QStringLiteral("9.00"));
        QVERIFY(model->setData(model->index(0, L::InclusiveCol), Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(model->index(0, L::NetCol).data().toString(), QStringLiteral("27.50"));
        QCOMPARE(model->index(0, L::TaxCol).data().toString(), QStringLiteral("2.47"));
        QCOMPARE(model->index(0, L::GrossCol).data().toString(), QStringLiteral("29.97"));
        // 1,000.00 less 10 % at 13 %: 900.00 + 117.00 (a new line keeps the rate above; 13 % set).
        dialog->lineEditor()->addLine();
        dialog->lineEditor()->commitEditing();
        QCOMPARE(model->rowCount(), 2);
        QCOMPARE(model->line(1).taxRate, QStringLiteral("9.00"));
        QVERIFY(model->line(1).inclusive);
        edit(model, 1, L::DescriptionCol, QStringLiteral("安装服务"));
        edit(model, 1, L::QtyCol, QStringLiteral("1"));
        edit(model, 1, L::PriceCol, QStringLiteral("1,000.00"));
        edit(model, 1, L::DiscountCol, QStringLiteral("10"));
        edit(model, 1, L::TaxRateCol, QStringLiteral("13.00"));
        QVERIFY(
            model->setData(model->index(1, L::InclusiveCol), Qt::Unchecked, Qt::CheckStateRole));
        QCOMPARE(model->index(1, L::GrossCol).data().toString(), QStringLiteral("1,017.00"));
        QCOMPARE(dialog->lineEditor()->netText(), QStringLiteral("Amount 927.50"));
        QCOMPARE(dialog->lineEditor()->taxText(), QStringLiteral("VAT 119.47"));
        QCOMPARE(dialog->lineEditor()->grossText(), QStringLiteral("Total 1,046.97"));
        dialog->fapiaoNumberEdit()->setText(QStringLiteral("04400123456789012345"));

        // Saved as a draft: the server's totals are the form's.
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
        QTRY_VERIFY(dialog->invoice().value(QStringLiteral("id")).toInteger() > 0);
        QJsonObject inv = dialog->invoice();
        QCOMPARE(inv.value(QStringLiteral("net")).toString(), QStringLiteral("927.50"));
        QCOMPARE(inv.value(QStringLiteral("tax")).toString(), QStringLiteral("119.47"));
        QCOMPARE(inv.value(QStringLiteral("total")).toString(), QStringLiteral("1046.97"));
        QCOMPARE(inv.value(QStringLiteral("state")).toString(), QStringLiteral("draft"));
        QCOMPARE(inv.value(QStringLiteral("fapiao_number")).toString(),
                 QStringLiteral("04400123456789012345"));
        QCOMPARE(dialog->lineEditor()->grossText(), QStringLiteral("Total 1,046.97"));
        QVERIFY(!dialog->cancelInvoiceButton()->isHidden());

        // Posted: a number, read-only lines, its journal entry shown.
        dialog->post(false);
        QTRY_COMPARE(dialog->invoice().value(QStringLiteral("state")).toString(),
                     QStringLiteral("posted"));
        inv = dialog->invoice();
        m_invoiceId = inv.value(QStringLiteral("id")).toInteger();
        m_invoiceNumber = inv.value(QStringLiteral("number")).toString();
        QVERIFY2(m_invoiceNumber.startsWith(QStringLiteral("INV")), qPrintable(m_invoiceNumber));
        QVERIFY(!(model->flags(model->index(0, L::QtyCol)) & Qt::ItemIsEditable));
        QVERIFY(dialog->postButton()->isHidden());
        QVERIFY(!dialog->creditButton()->isHidden());
        QVERIFY(!dialog->paymentButton()->isHidden());
        QVERIFY(dialog->customerPicker()->isReadOnly());
        QTRY_VERIFY(dialog->entryTree()->topLevelItemCount() >= 4); // header + 3 lines
        QStringList accounts;
        for (int i = 0; i < dialog->entryTree()->topLevelItemCount(); ++i)
            accounts.append(dialog->entryTree()->topLevelItem(i)->text(0).trimmed());
        QVERIFY2(accounts.join(QLatin1Char('|')).contains(QStringLiteral("1122")),
                 qPrintable(accounts.join(QLatin1Char('|'))));
        dialog->close();

        // A partial payment through the payment form, applied to the invoice.
        auto* pay = qobject_cast<PaymentDialog*>(list.registerPayment(inv));
        QVERIFY(pay);
        pay->amountEdit()->setValue(QStringLiteral("300.00"));
        QTRY_VERIFY(pay->openLoaded());
        int row = -1;
        for (int r = 0; r < pay->openTable()->rowCount(); ++r)
            if (pay->openTable()->item(r, PaymentDialog::NumberCol)->text() == m_invoiceNumber)
                row = r;
        QVERIFY(row >= 0);
        QCOMPARE(pay->openTable()->item(row, PaymentDialog::OpenAmountCol)->text(),
                 QStringLiteral("1,046.97"));
        pay->applyOldestFirst();
        QCOMPARE(pay->openTable()->item(row, PaymentDialog::ApplyCol)->text(),
                 QStringLiteral("300.00"));
        QCOMPARE(pay->unappliedAfter(), 0);
        QVERIFY(pay->unappliedLabel()->text().contains(QStringLiteral("0.00")));
        // Less applied than received: the rest is shown as a credit.
        pay->setApplyAmount(row, QStringLiteral("250.00"));
        QCOMPARE(pay->unappliedAfter(), 5000);
        QVERIFY(pay->unappliedLabel()->text().contains(QStringLiteral("50.00")));
        QTest::mouseClick(pay->saveButton(), Qt::LeftButton);
        QTRY_VERIFY(!pay->isNew());
        const QJsonObject payment = pay->payment();
        m_paymentId = payment.value(QStringLiteral("id")).toInteger();
        QCOMPARE(payment.value(QStringLiteral("amount")).toString(), QStringLiteral("300.00"));
        QCOMPARE(payment.value(QStringLiteral("applied")).toString(), QStringLiteral("250.00"));
        QCOMPARE(payment.value(QStringLiteral("unapplied")).toString(), QStringLiteral("50.00"));
        QCOMPARE(pay->allocationTable()->rowCount(), 1);
        pay->close();

        // The list: partially paid, 796.97 open.
        list.refresh();
        QTRY_VERIFY(list.model()->isLoaded());
        QJsonObject listed;
        QTRY_VERIFY([&] {
            for (int r = 0; r < list.model()->rowCount(); ++r)
                if (list.model()->row(r).value(QStringLiteral("id")).toInteger() == m_invoiceId)
                    listed = list.model()->row(r);
            return listed.value(QStringLiteral("state")).toString() ==
                   QLatin1String("partially_paid");
        }());
        QCOMPARE(listed.value(QStringLiteral("open")).toString(), QStringLiteral("796.97"));
        const int openCol = InvoiceList::OpenCol;
        for (int r = 0; r < list.model()->rowCount(); ++r)
            if (list.model()->row(r).value(QStringLiteral("id")).toInteger() == m_invoiceId)
                QCOMPARE(list.model()->index(r, openCol).data().toString(),
                         QStringLiteral("796.97"));
        // The open chip keeps it; the paid chip does not.
        list.setChip(QStringLiteral("open"));
        QTRY_VERIFY(list.model()->isLoaded() &&
                    list.model()->filter().value(QStringLiteral("open")).toBool());
    }

    void paymentIsUnappliedAgain()
    {
        QVERIFY(m_paymentId > 0);
        PaymentList list(*m_client);
        auto* pay = qobject_cast<PaymentDialog*>(list.openPayment(m_paymentId));
        QVERIFY(pay);
        QTRY_COMPARE(pay->allocationTable()->rowCount(), 1);
        QCOMPARE(pay->allocationTable()->item(0, 0)->text(), m_invoiceNumber);
        QVERIFY(!pay->unapplyButton()->isHidden());
        pay->unapplyNow(0);
        QTRY_COMPARE(pay->allocationTable()->rowCount(), 0);
        QCOMPARE(pay->payment().value(QStringLiteral("unapplied")).toString(),
                 QStringLiteral("300.00"));
        // Applied again from the payment: the oldest invoice first, up to what is unapplied.
        QTRY_VERIFY(pay->openLoaded());
        pay->applyOldestFirst();
        QCOMPARE(pay->unappliedAfter(), 0);
        QTest::mouseClick(pay->saveButton(), Qt::LeftButton);
        QTRY_COMPARE(pay->payment().value(QStringLiteral("applied")).toString(),
                     QStringLiteral("300.00"));
        const QJsonObject inv = Test::callOn(*m_accountant, QStringLiteral("finance.invoice.get"),
                                             {{QStringLiteral("id"), m_invoiceId}})
                                    .toObject();
        QCOMPARE(inv.value(QStringLiteral("open")).toString(), QStringLiteral("746.97"));
        pay->close();
    }

    void printedInvoiceAndStatement()
    {
        QVERIFY(m_invoiceId > 0);
        const QJsonObject inv = Test::callOn(*m_accountant, QStringLiteral("finance.invoice.get"),
                                             {{QStringLiteral("id"), m_invoiceId}})
                                    .toObject();
        Print::DeliveryNote::Company company;
        company.name = QStringLiteral("上海示例贸易有限公司");
        company.taxId = QStringLiteral("91310000MA1FL00000");
        const Print::CustomerInvoice v = InvoicePrint::invoice(inv, company);
        QCOMPARE(v.totalInWords, QStringLiteral("壹仟零肆拾陆元玖角柒分"));
        QCOMPARE(v.lines.size(), 2);
        QCOMPARE(v.lines.at(0).net, QStringLiteral("27.50"));
        QCOMPARE(v.lines.at(0).taxRate, QStringLiteral("9 %"));
        QCOMPARE(v.open, QStringLiteral("746.97"));
        QTemporaryDir dir;
        QString error;
        const QString invoicePdf = dir.filePath(QStringLiteral("invoice.pdf"));
        QVERIFY2(Print::CustomerInvoiceRenderer::writePdf(v, invoicePdf, &error),
                 qPrintable(error));
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty(),
                 "pdftotext (poppler-utils) is needed");
        QString text = pdfText(invoicePdf);
        for (const QString& expected :
             {kCustomer, m_invoiceNumber, company.name, QStringLiteral("04400123456789012345"),
              QStringLiteral("27.50"), QStringLiteral("119.47"), QStringLiteral("1,046.97"),
              QStringLiteral("壹仟零肆拾陆元玖角柒分")})
            QVERIFY2(text.contains(expected),
                     qPrintable(expected + QStringLiteral(" in\n") + text));

        // The statement of the month: the invoice, the payment, the running balance.
        StatementDialog statement(
            *m_client, {{QStringLiteral("id"), m_customerId}, {QStringLiteral("name"), kCustomer}});
        QSignalSpy loaded(&statement, &StatementDialog::loaded);
        const QDate today = QDate::currentDate();
        statement.fromEdit()->setDate(QDate(today.year(), today.month(), 1));
        statement.toEdit()->setDate(today);
        QTRY_VERIFY(!statement.data().isEmpty() &&
                    statement.data().value(QStringLiteral("from")).toString() ==
                        QDate(today.year(), today.month(), 1).toString(Qt::ISODate));
        const QJsonObject data = statement.data();
        QCOMPARE(data.value(QStringLiteral("opening")).toString(), QStringLiteral("0.00"));
        QCOMPARE(data.value(QStringLiteral("closing")).toString(), QStringLiteral("746.97"));
        QCOMPARE(statement.table()->rowCount(), 4); // opening, invoice, payment, closing
        QCOMPARE(statement.table()->item(1, 4)->text(), QStringLiteral("1,046.97"));
        QCOMPARE(statement.table()->item(2, 4)->text(), QStringLiteral("746.97"));
        QVERIFY(statement.summaryLabel()->text().contains(QStringLiteral("746.97")));
        const Print::CustomerStatement s = InvoicePrint::statement(data, company);
        QCOMPARE(s.closingInWords, QStringLiteral("柒佰肆拾陆元玖角柒分"));
        const QString statementPdf = dir.filePath(QStringLiteral("statement.pdf"));
        QVERIFY2(Print::CustomerStatementRenderer::writePdf(s, statementPdf, &error),
                 qPrintable(error));
        text = pdfText(statementPdf);
        for (const QString& expected :
             {kCustomer, m_invoiceNumber, QStringLiteral("1,046.97"), QStringLiteral("300.00"),
              QStringLiteral("746.97"), QStringLiteral("柒佰肆拾陆元玖角柒分")})
            QVERIFY2(text.contains(expected),
                     qPrintable(expected + QStringLiteral(" in\n") + text));
    }

    void pageOpensInvoicesAndPayments()
    {
        FinancePage page(*m_accountant);
        QVERIFY(page.invoices() && page.payments());
        QSignalSpy opened(page.invoices(), &InvoiceList::dialogOpened);
        QVERIFY(page.open(QStringLiteral("finance/invoice/%1").arg(m_invoiceId)));
        QCOMPARE(opened.size(), 1);
        auto* dialog = qobject_cast<InvoiceDialog*>(opened.at(0).at(0).value<QDialog*>());
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isReady());
        QCOMPARE(dialog->invoice().value(QStringLiteral("number")).toString(), m_invoiceNumber);
        QTRY_COMPARE(dialog->paymentsTree()->topLevelItemCount(), 1);
        dialog->close();
        QSignalSpy payments(page.payments(), &PaymentList::dialogOpened);
        QVERIFY(page.open(QStringLiteral("finance/payment/%1").arg(m_paymentId)));
        QCOMPARE(payments.size(), 1);
        payments.at(0).at(0).value<QDialog*>()->close();
    }

    void draftIsCancelledAndAPostedOneCredited()
    {
        InvoiceList list(*m_client);
        auto* dialog = qobject_cast<InvoiceDialog*>(list.openInvoice(0));
        dialog->customerPicker()->setCurrent(
            {{QStringLiteral("id"), m_customerId}, {QStringLiteral("name"), kCustomer}});
        L* model = dialog->lineEditor()->model();
        edit(model, 0, L::DescriptionCol, QStringLiteral("咨询费"));
        edit(model, 0, L::PriceCol, QStringLiteral("106.00"));
        edit(model, 0, L::TaxRateCol, QStringLiteral("6.00"));
        QVERIFY(model->setData(model->index(0, L::InclusiveCol), Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(dialog->lineEditor()->netText(), QStringLiteral("Amount 100.00"));
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
        QTRY_VERIFY(dialog->invoice().value(QStringLiteral("id")).toInteger() > 0);
        dialog->cancelNow();
        QTRY_COMPARE(dialog->invoice().value(QStringLiteral("state")).toString(),
                     QStringLiteral("cancelled"));
        QVERIFY(dialog->postButton()->isHidden());
        dialog->close();

        // Post one at once (Post saves first), then credit it in full.
        dialog = qobject_cast<InvoiceDialog*>(list.openInvoice(0));
        dialog->customerPicker()->setCurrent(
            {{QStringLiteral("id"), m_customerId}, {QStringLiteral("name"), kCustomer}});
        model = dialog->lineEditor()->model();
        edit(model, 0, L::DescriptionCol, QStringLiteral("运费"));
        edit(model, 0, L::PriceCol, QStringLiteral("50.00"));
        dialog->post(false);
        QTRY_COMPARE(dialog->invoice().value(QStringLiteral("state")).toString(),
                     QStringLiteral("posted"));
        QCOMPARE(dialog->invoice().value(QStringLiteral("total")).toString(),
                 QStringLiteral("56.50"));
        dialog->creditNow(QStringLiteral("退货"));
        QTRY_COMPARE(dialog->invoice().value(QStringLiteral("state")).toString(),
                     QStringLiteral("credited"));
        QVERIFY(dialog->messageText().contains(QStringLiteral("CN")));
        QVERIFY(dialog->creditButton()->isHidden());
        dialog->close();
    }

    void invoiceFromAShippedOrder()
    {
        // The demo company invoices on shipment: switch that off, then ship an order that is
        // being picked, so it has shipped lines that are not invoiced yet.
        const QJsonObject books =
            Test::callOn(*m_admin, QStringLiteral("finance.company.get"), {}).toObject();
        Test::callOn(*m_admin, QStringLiteral("finance.company.update"),
                     {{QStringLiteral("version"), books.value(QStringLiteral("version"))},
                      {QStringLiteral("invoice_on_shipment"), false}});
        const QJsonArray picking =
            Test::callOn(*m_admin, QStringLiteral("sales.order.list"),
                         {{QStringLiteral("filter"),
                           QJsonObject{{QStringLiteral("state"), QStringLiteral("picking")}}},
                          {QStringLiteral("limit"), 50}})
                .toObject()
                .value(QStringLiteral("rows"))
                .toArray();
        QJsonObject order;
        for (const QJsonValue& v : picking) {
            Erp::Rpc::Error error;
            const QJsonValue shipped = Test::callOn(
                *m_admin, QStringLiteral("sales.order.ship"),
                {{QStringLiteral("id"), v.toObject().value(QStringLiteral("id"))},
                 {QStringLiteral("version"), v.toObject().value(QStringLiteral("version"))}},
                &error);
            if (shipped.isObject()) {
                order = shipped.toObject();
                break;
            }
        }
        QVERIFY(!order.isEmpty()); // the demo company has orders being picked
        FinancePage page(*m_accountant);
        InvoiceList* list = page.invoices();
        QSignalSpy opened(list, &InvoiceList::dialogOpened);
        list->invoiceOrder(order.value(QStringLiteral("id")).toInteger());
        QTRY_COMPARE(opened.size(), 1);
        auto* dialog = qobject_cast<InvoiceDialog*>(opened.at(0).at(0).value<QDialog*>());
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isReady());
        const QJsonObject inv = dialog->invoice();
        QCOMPARE(inv.value(QStringLiteral("state")).toString(), QStringLiteral("draft"));
        QCOMPARE(inv.value(QStringLiteral("order_number")).toString(),
                 order.value(QStringLiteral("number")).toString());
        L* model = dialog->lineEditor()->model();
        QVERIFY(model->rowCount() > 0);
        // Lines of the order: only the quantity can change.
        QVERIFY(model->line(0).orderLineId > 0);
        QVERIFY(model->flags(model->index(0, L::QtyCol)) & Qt::ItemIsEditable);
        QVERIFY(!(model->flags(model->index(0, L::PriceCol)) & Qt::ItemIsEditable));
        QVERIFY(dialog->customerPicker()->isReadOnly());
        // The form's totals are the server's.
        QCOMPARE(dialog->lineEditor()->grossText(),
                 QStringLiteral("Total %1")
                     .arg(FinanceText::money(inv.value(QStringLiteral("total")).toString())));
        dialog->close();
        // The order's invoices: the order form links to the list searched by its number.
        QVERIFY(page.open(QStringLiteral("finance/order-invoices/%1")
                              .arg(order.value(QStringLiteral("number")).toString())));
        QCOMPARE(list->searchEdit()->text(), order.value(QStringLiteral("number")).toString());
    }

private:
    Test::TcpCompany m_company;
    std::unique_ptr<ApiClient> m_admin;
    std::unique_ptr<ApiClient> m_accountant;
    std::unique_ptr<FinanceClient> m_client;
    qint64 m_customerId = 0;
    qint64 m_invoiceId = 0;
    qint64 m_paymentId = 0;
    QString m_invoiceNumber;
};

QTEST_MAIN(TestFinanceInvoices)
#include "tst_finance_invoices.moc"
