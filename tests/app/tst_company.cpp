// Admin > Company and Admin > Modules against a real embedded server: the profile a new company
// file starts with, editing and saving it (errors under the fields, the logo), switching a
// module off hides its tab (and on again shows it, without a restart), and the delivery note
// takes its header from the profile.
#include "apptest.h"

#include "app/appsettings.h"
#include "app/mainwindow.h"
#include "app/pages/admin/companypage.h"
#include "app/pages/admin/modulespage.h"
#include "app/pages/orders/orderprint.h"
#include "app/pages/orders/orderspage.h"
#include "app/print/deliverynote.h"
#include "app/widgets/formerrors.h"

#include <QComboBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace Erp::Client;
using namespace Erp::Client::Admin;

namespace {

int tabOf(MainWindow& window, const QString& title)
{
    for (int i = 0; i < window.tabs()->count(); ++i)
        if (window.tabs()->tabText(i) == title)
            return i;
    return -1;
}

} // namespace

class TestCompany final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        Test::isolateSettings(QStringLiteral("tst_company"));
        QVERIFY(m_company.create());
        QVERIFY(m_company.login());
    }

    void newFileIsNamedAfterItself()
    {
        const QJsonObject p = m_company.call("admin.company.get", {}).toObject();
        QCOMPARE(p.value("legal_name").toString(), QStringLiteral("company"));
    }

    void editAndSave()
    {
        CompanyPage page(m_company.api());
        page.show();
        page.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        QTRY_VERIFY(page.version() > 0);
        auto* name = page.findChild<QLineEdit*>(QStringLiteral("legalName"));
        auto* taxId = page.findChild<QLineEdit*>(QStringLiteral("taxId"));
        auto* address = page.findChild<QPlainTextEdit*>(QStringLiteral("address"));
        auto* phone = page.findChild<QLineEdit*>(QStringLiteral("phone"));
        QVERIFY(name && taxId && address && phone);
        QCOMPARE(name->text(), QStringLiteral("company"));
        const qint64 version = page.version();

        // A wrong check character: the error appears under the tax id, nothing is saved.
        name->setText(QStringLiteral("深圳明远贸易有限公司"));
        taxId->setText(QStringLiteral("91440300708461136X"));
        address->setPlainText(QStringLiteral("深圳市福田区深南大道 1000 号"));
        phone->setText(QStringLiteral("0755-12345678"));
        QTest::keyClick(taxId, Qt::Key_Return); // Enter saves
        QTRY_VERIFY(!page.errors().fieldError(QStringLiteral("tax_id")).isEmpty());
        QVERIFY(page.errors().fieldError(QStringLiteral("legal_name")).isEmpty());
        QCOMPARE(page.version(), version);

        // The logo: a PNG file with a preview; a file that is no image is refused here.
        QTemporaryDir dir;
        QImage image(120, 40, QImage::Format_RGB32);
        image.fill(Qt::darkGreen);
        const QString png = dir.filePath(QStringLiteral("logo.png"));
        QVERIFY(image.save(png));
        const QString text = dir.filePath(QStringLiteral("logo.txt"));
        QFile f(text);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not an image");
        f.close();
        QVERIFY(!page.setLogoFile(text));
        QVERIFY(!page.errors().fieldError(QStringLiteral("logo")).isEmpty());
        QVERIFY(page.setLogoFile(png));
        auto* preview = page.findChild<QLabel*>(QStringLiteral("logoPreview"));
        QVERIFY(!preview->pixmap().isNull());

        taxId->setText(QStringLiteral("91440300708461136T"));
        taxId->setFocus();
        QTest::keyClick(taxId, Qt::Key_S, Qt::ControlModifier); // Ctrl+S saves
        QTRY_COMPARE(page.version(), version + 1);
        QVERIFY(page.errors().fieldError(QStringLiteral("tax_id")).isEmpty());
        const QJsonObject p = m_company.call("admin.company.get", {}).toObject();
        QCOMPARE(p.value("legal_name").toString(), QStringLiteral("深圳明远贸易有限公司"));
        QCOMPARE(p.value("tax_id").toString(), QStringLiteral("91440300708461136T"));
        QCOMPARE(p.value("logo_type").toString(), QStringLiteral("image/png"));
    }

    void deliveryNoteTakesTheProfile()
    {
        bool done = false;
        Print::DeliveryNote::Company company;
        Orders::OrderPrint::loadCompany(m_company.api(), this,
                                        [&](const Print::DeliveryNote::Company& c) {
                                            company = c;
                                            done = true;
                                        });
        QTRY_VERIFY(done);
        QCOMPARE(company.name, QStringLiteral("深圳明远贸易有限公司"));
        QCOMPARE(company.taxId, QStringLiteral("91440300708461136T"));
        QVERIFY(!company.logo.isEmpty());

        Orders::Order order;
        order.number = QStringLiteral("SO2026-000007");
        const Print::DeliveryNote note = Orders::OrderPrint::deliveryNote(order, -1, company);
        QTextDocument document;
        Print::DeliveryNoteRenderer::build(document, note);
        QVERIFY(document.toPlainText().contains(QStringLiteral("深圳明远贸易有限公司")));
        QVERIFY(document.toPlainText().contains(QStringLiteral("91440300708461136T")));

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("note.pdf"));
        QVERIFY(Print::DeliveryNoteRenderer::writePdf(note, path));
        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        if (!pdftotext.isEmpty()) {
            QProcess p;
            p.start(pdftotext, {QStringLiteral("-layout"), path, QStringLiteral("-")});
            QVERIFY(p.waitForFinished(30000));
            const QString out = QString::fromUtf8(p.readAllStandardOutput());
            QVERIFY2(out.contains(QStringLiteral("深圳明远贸易有限公司")), qPrintable(out));
            QVERIFY(out.contains(QStringLiteral("91440300708461136T")));
        }
    }

    void switchingAModuleOffHidesItsTab()
    {
        AppSettings settings;
        MainWindow window(m_company.api(), settings, QStringLiteral("en"));
        const int orders = tabOf(window, QStringLiteral("Orders"));
        const int customers = tabOf(window, QStringLiteral("Customers"));
        QVERIFY(orders >= 0 && customers >= 0);
        QTRY_VERIFY(window.tabs()->isTabVisible(orders));

        ModulesPage page(m_company.api());
        QSignalSpy loaded(&page, &ModulesPage::loaded);
        QTRY_COMPARE(page.table()->rowCount(), 9);

        // Customers are needed by sales: refused, with the reason in words.
        page.switchModule(QStringLiteral("crm"), false);
        QTRY_VERIFY(!page.message().isEmpty());
        QVERIFY2(page.message().contains(QStringLiteral("Sales orders")),
                 qPrintable(page.message()));
        QVERIFY(window.tabs()->isTabVisible(customers));

        // Sales off: the Orders tab goes (event.changed reaches the window), Customers stays.
        QSignalSpy applied(&window, &MainWindow::modulesApplied);
        page.switchModule(QStringLiteral("sales"), false);
        QTRY_VERIFY(!window.tabs()->isTabVisible(orders));
        QVERIFY(window.disabledModules().contains(QStringLiteral("sales")));
        QVERIFY(window.tabs()->isTabVisible(customers));
        QTRY_VERIFY(loaded.count() >= 2);
        Erp::Rpc::Error e;
        m_company.call("sales.order.list", {}, &e);
        QCOMPARE(e.code, int(Erp::Rpc::BusinessRule));
        QCOMPARE(e.messageId(), QStringLiteral("platform.module.disabled"));

        // On again: the tab is back without a restart.
        page.switchModule(QStringLiteral("sales"), true);
        QTRY_VERIFY(window.tabs()->isTabVisible(orders));
        QVERIFY(window.disabledModules().isEmpty());
    }

private:
    Test::LocalCompany m_company;
};

QTEST_MAIN(TestCompany)
#include "tst_company.moc"
