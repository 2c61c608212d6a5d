// The import wizard against a real embedded server: products from a GBK CSV written by Excel
// on Chinese Windows, a file with bad rows (problems by row and column, nothing imported, the
// list saved as CSV), customers from an XLSX workbook imported twice (nothing doubled) with
// the column mapping remembered, and the entry points on the lists.
#include "apptest.h"

#include "app/pages/customers/customerlist.h"
#include "app/pages/inventory/inventoryclient.h"
#include "app/pages/inventory/productlist.h"
#include "app/pages/inventory/stocklevels.h"
#include "app/pages/orders/orderlist.h"
#include "app/widgets/importcheckpage.h"
#include "app/widgets/importfilepages.h"
#include "app/widgets/importwizard.h"
#include "common/csv.h"
#include "tests/support/xlsxfixture.h"

#include <QAction>
#include <QFile>
#include <QLocale>
#include <QSignalSpy>
#include <QStringEncoder>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Erp::Client;
using Erp::Client::Inventory::InventoryClient;
using Erp::Client::Inventory::ProductList;
using Erp::Client::Inventory::StockLevels;
using Erp::Client::Orders::OrderList;

namespace {

QString writeGbk(const QTemporaryDir& dir, const QString& name, const QList<QStringList>& rows)
{
    QString text;
    for (const QStringList& row : rows)
        text += QString::fromUtf8(Erp::Csv::formatRow(row));
    QStringEncoder gbk("GB18030");
    const QByteArray bytes = gbk.encode(text);
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qWarning("cannot write %s", qPrintable(path));
    return path;
}

QJsonObject listOf(Test::LocalCompany& company, const char* method, const QString& search = {})
{
    return company.call(QLatin1String(method), {{QStringLiteral("search"), search}}).toObject();
}

} // namespace

class TestImportWizard final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        Test::isolateSettings(QStringLiteral("tst_import_wizard"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(m_company.create());
        QVERIFY(m_company.login());
    }

    void productsFromGbkCsv()
    {
        QTemporaryDir dir;
        const QString path = writeGbk(dir, QStringLiteral("products.csv"),
                                      {{QStringLiteral("货号"), QStringLiteral("名称"),
                                        QStringLiteral("单价"), QStringLiteral("备用")},
                                       {"GBK-1", QStringLiteral("深圳区螺丝刀"), "12.50", "x"},
                                       {"GBK-2", QStringLiteral("广东扳手"), "1,000.00", ""},
                                       {"GBK-3", QStringLiteral("田大锤"), "8", ""}});
        ImportWizard wizard(m_company.api(), QStringLiteral("inventory.product"));
        wizard.show();
        QTRY_VERIFY(wizard.entityLoaded());
        wizard.filePage()->setFile(path);
        QVERIFY2(wizard.filePage()->isComplete(), qPrintable(wizard.filePage()->statusText()));
        QVERIFY2(wizard.filePage()->statusText().contains(QStringLiteral("GB18030")),
                 qPrintable(wizard.filePage()->statusText()));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::MappingPageId));
        QCOMPARE(wizard.mappingPage()->mapping(),
                 QStringList({"sku", "name", "list_price", QString()}));
        QVERIFY(wizard.mappingPage()->isComplete());
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::CheckPageId));
        ImportCheckPage* check = wizard.checkPage();
        QTRY_VERIFY(!check->isRunning());
        QVERIFY2(check->isComplete(), qPrintable(check->summaryText()));
        QCOMPARE(check->rowsChecked(), 3);
        QCOMPARE(listOf(m_company, "inventory.product.list").value("total").toInt(), 0);
        QSignalSpy imported(&wizard, &ImportWizard::imported);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::RunPageId));
        QTRY_COMPARE(imported.count(), 1);
        QCOMPARE(imported.first(), QVariantList({3, 0, 0}));
        QVERIFY(wizard.runPage()->summaryText().contains(QStringLiteral("3 created")));
        const QJsonObject found = listOf(m_company, "inventory.product.list", "GBK-2");
        QCOMPARE(found.value("rows").toArray().first().toObject().value("name").toString(),
                 QStringLiteral("广东扳手"));
    }

    void badRowsAreListedAndNothingIsImported()
    {
        QTemporaryDir dir;
        const QString path = writeGbk(dir, QStringLiteral("bad.csv"),
                                      {{"sku", "name", "list_price"},
                                       {"BAD-1", "Fine", "1.00"},
                                       {"BAD-2", "", "2.00"},
                                       {"BAD-3", "Priced", "twelve"},
                                       {"BAD-1", "Repeated", "3.00"}});
        ImportWizard wizard(m_company.api(), QStringLiteral("inventory.product"));
        wizard.show();
        QTRY_VERIFY(wizard.entityLoaded());
        wizard.filePage()->setFile(path);
        wizard.next();
        wizard.next();
        ImportCheckPage* check = wizard.checkPage();
        QTRY_VERIFY(!check->isRunning());
        QVERIFY(!check->isComplete()); // Import stays disabled
        QTableWidget* problems = check->problemsTable();
        QStringList listed;
        for (int r = 0; r < problems->rowCount(); ++r)
            listed.append(problems->item(r, 0)->text() + QLatin1Char(':') +
                          problems->item(r, 1)->text());
        // Spreadsheet rows (the header is row 1) and the clerk's column names.
        QCOMPARE(listed, QStringList({"3:Name", "4:List price", "5:SKU"}));
        QVERIFY(
            problems->item(2, 2)->text().contains(QStringLiteral("row 2"))); // the header is row 1
        QVERIFY2(check->summaryText().contains(QStringLiteral("3 problems")),
                 qPrintable(check->summaryText()));
        const QString saved = dir.filePath(QStringLiteral("problems.csv"));
        QVERIFY(check->saveProblems(saved));
        QFile f(saved);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const Erp::Csv::Table table = Erp::Csv::parse(f.readAll());
        QCOMPARE(table.rows.size(), 3);
        QCOMPARE(table.rows.at(1).at(1), QStringLiteral("List price"));
        QCOMPARE(listOf(m_company, "inventory.product.list", "BAD").value("total").toInt(), 0);
    }

    void customersFromXlsxTwice()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("customers.xlsx"));
        QVERIFY(Erp::Test::writeXlsx(
            path,
            {{QStringLiteral("客户名称"), QStringLiteral("手机"), QStringLiteral("城市"),
              QStringLiteral("信用额度"), QStringLiteral("Memo")},
             {QStringLiteral("杭州西湖贸易有限公司"), 13912345678.0, QStringLiteral("杭州市"), 5000,
              QStringLiteral("first")},
             {QStringLiteral("Ningbo Port Supplies"), 13800138000.0, QStringLiteral("宁波市"),
              1234.5, QStringLiteral("second")}},
            "客户"));
        for (int run = 0; run < 2; ++run) {
            ImportWizard wizard(m_company.api(), QStringLiteral("crm.customer"));
            wizard.show();
            QTRY_VERIFY(wizard.entityLoaded());
            wizard.filePage()->setFile(path);
            QVERIFY2(wizard.filePage()->isComplete(), qPrintable(wizard.filePage()->statusText()));
            QVERIFY(wizard.filePage()->statusText().contains(QStringLiteral("客户")));
            wizard.next();
            if (run == 0) {
                QCOMPARE(wizard.mappingPage()->mapping(),
                         QStringList({"name", "phone", "city", "credit_limit", QString()}));
                wizard.mappingPage()->setColumn(4, QStringLiteral("notes")); // remembered
            } else {
                QCOMPARE(wizard.mappingPage()->mapping().last(), QStringLiteral("notes"));
            }
            wizard.next();
            QTRY_VERIFY(!wizard.checkPage()->isRunning());
            QVERIFY2(wizard.checkPage()->isComplete(),
                     qPrintable(wizard.checkPage()->summaryText()));
            QSignalSpy imported(&wizard, &ImportWizard::imported);
            wizard.next();
            QTRY_COMPARE(imported.count(), 1);
            QCOMPARE(imported.first(),
                     run == 0 ? QVariantList({2, 0, 0}) : QVariantList({0, 0, 2}));
        }
        const QJsonObject found = listOf(m_company, "crm.customer.list", QStringLiteral("西湖"));
        QCOMPARE(found.value("total").toInt(), 1);
        const qint64 id = found.value("rows").toArray().first().toObject().value("id").toInteger();
        const QJsonObject customer =
            m_company.call(QStringLiteral("crm.customer.get"), {{QStringLiteral("id"), id}})
                .toObject();
        QCOMPARE(customer.value("credit_limit").toString(), QStringLiteral("5000.00"));
        QCOMPARE(customer.value("notes").toString(), QStringLiteral("first"));
    }

    void theListsOfferImport()
    {
        InventoryClient inventory(m_company.api());
        ProductList products(inventory);
        QVERIFY(products.findChild<QAction*>(QStringLiteral("import:inventory.product")));
        StockLevels stock(inventory);
        QVERIFY(stock.findChild<QAction*>(QStringLiteral("import:inventory.warehouse")));
        QVERIFY(stock.findChild<QAction*>(QStringLiteral("import:inventory.opening_stock")));
        OrderList orders(m_company.api());
        QAction* importOrders = orders.findChild<QAction*>(QStringLiteral("import:sales.order"));
        QVERIFY(importOrders);
        QVERIFY(importOrders->isVisible());
        importOrders->trigger();
        auto* wizard = orders.findChild<ImportWizard*>();
        QVERIFY(wizard);
        QCOMPARE(wizard->entityName(), QStringLiteral("sales.order"));
        wizard->reject();
    }

private:
    Test::LocalCompany m_company;
};

QTEST_MAIN(TestImportWizard)
#include "tst_import_wizard.moc"
