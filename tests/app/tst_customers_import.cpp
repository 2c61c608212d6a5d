// The import wizard against a real embedded server: Chinese headers map themselves, the dry
// run lists the problems of a file with bad rows and writes nothing, a clean file imports in
// batches of 500 and the list shows the rows, rows with problems can be skipped, and Cancel
// stops before the next batch.
#include "apptest.h"
#include "customertest.h"

#include "app/models/remotetablemodel.h"
#include "app/pages/customers/customerclient.h"
#include "app/pages/customers/customerimportwizard.h"
#include "app/pages/customers/customerlist.h"
#include "app/pages/customers/importcheckpage.h"
#include "app/pages/customers/importmapping.h"
#include "app/pages/customers/importpages.h"
#include "app/pages/customers/importrunpages.h"
#include "common/csv.h"

#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Erp::Client;
using namespace Erp::Client::Customers;

namespace {
const QStringList kHeader{
    QStringLiteral("客户名称"), QStringLiteral("联系人"), QStringLiteral("手机"),
    QStringLiteral("邮箱"),     QStringLiteral("省份"),   QStringLiteral("城市"),
    QStringLiteral("信用额度"), QStringLiteral("标签"),   QStringLiteral("备用")};

/// A UTF-8 CSV file with a byte order mark, as Excel writes it.
QString writeCsv(const QTemporaryDir& dir, const QString& name, const QList<QStringList>& rows)
{
    QByteArray bytes = Erp::Csv::utf8Bom() + Erp::Csv::formatRow(kHeader);
    for (const QStringList& row : rows)
        bytes += Erp::Csv::formatRow(row);
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qWarning("cannot write %s", qPrintable(path));
    return path;
}

QStringList good(int i)
{
    return {QStringLiteral("导入客户 %1").arg(i, 4, 10, QLatin1Char('0')),
            QStringLiteral("王芳"),
            QStringLiteral("137%1").arg(10000000 + i),
            QStringLiteral("c%1@example.cn").arg(i),
            QStringLiteral("浙江省"),
            QStringLiteral("杭州市"),
            QStringLiteral("1,000.50"),
            QStringLiteral("导入;华东"),
            QStringLiteral("x")};
}

qint64 countCustomers(Test::LocalCompany& company, const QString& search)
{
    return company
        .call(QStringLiteral("crm.customer.list"),
              {{QStringLiteral("search"), search},
               {QStringLiteral("limit"), 1},
               {QStringLiteral("filter"),
                QJsonObject{{QStringLiteral("status"), QStringLiteral("all")}}}})
        .toObject()
        .value(QLatin1String("total"))
        .toInteger();
}
} // namespace

class TestCustomersImport final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        Test::isolateSettings(QStringLiteral("tst_customers_import"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(m_company.create());
        QVERIFY(m_company.login());
        m_client = std::make_unique<CustomerClient>(m_company.api());
    }

    void headersMapThemselves()
    {
        QCOMPARE(ImportMapping::guessAll(kHeader),
                 (QStringList{QStringLiteral("name"), QStringLiteral("contact_name"),
                              QStringLiteral("phone"), QStringLiteral("email"),
                              QStringLiteral("province"), QStringLiteral("city"),
                              QStringLiteral("credit_limit"), QStringLiteral("tags"), QString()}));
        QCOMPARE(ImportMapping::guess(QStringLiteral("名称")), QStringLiteral("name"));
        QCOMPARE(ImportMapping::guess(QStringLiteral("电话")), QStringLiteral("phone"));
        QCOMPARE(ImportMapping::guess(QStringLiteral("地址")), QStringLiteral("address"));
        QCOMPARE(ImportMapping::guess(QStringLiteral("税号")), QStringLiteral("tax_id"));
        QCOMPARE(ImportMapping::guess(QStringLiteral("编码")), QStringLiteral("code"));
        QCOMPARE(ImportMapping::guess(QStringLiteral("Customer Name")), QStringLiteral("name"));
        QCOMPARE(ImportMapping::guess(QStringLiteral("E-mail")), QStringLiteral("email"));
        QCOMPARE(ImportMapping::guess(QStringLiteral("credit_limit")),
                 QStringLiteral("credit_limit"));
        // The same field twice: the first column wins, the second is skipped.
        QCOMPARE(ImportMapping::guessAll({QStringLiteral("电话"), QStringLiteral("手机")}),
                 (QStringList{QStringLiteral("phone"), QString()}));
    }

    void dryRunListsProblemsAndWritesNothing()
    {
        QTemporaryDir dir;
        QList<QStringList> rows{good(1), good(2), good(3), good(4), good(5)};
        rows[1][2] = QStringLiteral("12345");                   // spreadsheet row 3: phone
        rows[3][0].clear();                                     // row 5: no name
        rows[3][3] = QStringLiteral("not-an-email");            // row 5: e-mail too
        rows.insert(2, QStringList(kHeader.size(), QString())); // a blank row is left out
        const QString path = writeCsv(dir, QStringLiteral("bad.csv"), rows);

        CustomerImportWizard wizard(*m_client);
        wizard.show();
        wizard.filePage()->setFile(path);
        QVERIFY2(wizard.filePage()->isComplete(), qPrintable(wizard.filePage()->statusText()));
        QVERIFY(wizard.filePage()->statusText().contains(QStringLiteral("5 customer rows")));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(CustomerImportWizard::MappingPageId));
        QVERIFY(wizard.mappingPage()->isComplete());
        wizard.next();
        QCOMPARE(wizard.currentId(), int(CustomerImportWizard::CheckPageId));
        ImportCheckPage* check = wizard.checkPage();
        QTRY_VERIFY(!check->isRunning());
        QVERIFY(wizard.job().checked);
        QVERIFY(!check->isComplete()); // Import stays disabled with problems in the file
        QVERIFY2(check->summaryText().startsWith(
                     QStringLiteral("5 rows checked: 3 can be imported, 2 have problems")),
                 qPrintable(check->summaryText()));
        QTableWidget* problems = check->problemsTable();
        QStringList listed;
        for (int row = 0; row < problems->rowCount(); ++row)
            listed << problems->item(row, 0)->text() + QLatin1Char(' ') +
                          problems->item(row, 2)->text();
        listed.sort();
        QCOMPARE(listed, (QStringList{QStringLiteral("3 Phone"), QStringLiteral("6 Email"),
                                      QStringLiteral("6 Name")}));
        QVERIFY(problems->item(0, 3)->text().startsWith(QStringLiteral("This")));
        QCOMPARE(countCustomers(m_company, QStringLiteral("导入客户")), 0); // nothing written

        // Skipping the bad rows makes Import possible.
        check->skipBox()->setChecked(true);
        QVERIFY(check->isComplete());
        wizard.next();
        ImportRunPage* run = wizard.runPage();
        QTRY_VERIFY(run->isComplete());
        QCOMPARE(run->statusText(), QStringLiteral("Done. 3 rows were imported."));
        QCOMPARE(wizard.job().created, 3);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(CustomerImportWizard::SummaryPageId));
        QCOMPARE(countCustomers(m_company, QStringLiteral("导入客户")), 3);
        const QJsonObject one =
            m_company
                .call(QStringLiteral("crm.customer.list"),
                      {{QStringLiteral("search"), QStringLiteral("导入客户 0001")}})
                .toObject()
                .value(QLatin1String("rows"))
                .toArray()
                .first()
                .toObject();
        QCOMPARE(one.value(QLatin1String("credit_limit")).toString(), QStringLiteral("1000.50"));
        QCOMPARE(one.value(QLatin1String("city")).toString(), QStringLiteral("杭州市"));
        QCOMPARE(one.value(QLatin1String("tags")).toArray().size(), 2);
    }

    void cleanFileImportsAndTheListShowsIt()
    {
        QTemporaryDir dir;
        QList<QStringList> rows;
        for (int i = 101; i <= 720; ++i) // 620 rows: two batches
            rows.append(good(i));
        const QString path = writeCsv(dir, QStringLiteral("clean.csv"), rows);

        CustomerList list(m_company.api());
        list.show();
        QTRY_VERIFY(list.model()->isLoaded());
        const qint64 before = list.model()->total();

        QSignalSpy opened(&list, &CustomerList::dialogOpened);
        list.importAction()->trigger();
        QCOMPARE(opened.count(), 1);
        auto* wizard =
            qobject_cast<CustomerImportWizard*>(opened.first().first().value<QDialog*>());
        QVERIFY(wizard);
        QSignalSpy imported(wizard, &CustomerImportWizard::imported);
        wizard->filePage()->setFile(path);
        wizard->next();
        wizard->next();
        QTRY_VERIFY(wizard->checkPage()->isComplete());
        QVERIFY(wizard->checkPage()->summaryText().startsWith(
            QStringLiteral("All 620 rows can be imported.")));
        QCOMPARE(countCustomers(m_company, QStringLiteral("导入客户")), 3);
        wizard->next();
        QTRY_VERIFY(wizard->runPage()->isComplete());
        QCOMPARE(imported.count(), 1);
        QCOMPARE(imported.first().at(0).toInt(), 620);
        wizard->next();
        QVERIFY(wizard->findChild<QLabel*>(QStringLiteral("importSummary"))
                    ->text()
                    .startsWith(QStringLiteral("New customers: 620")));
        wizard->accept();
        QTRY_COMPARE(list.model()->total(), before + 620);
        QTRY_VERIFY(list.message().startsWith(QStringLiteral("Import finished: 620 created")));
        list.searchEdit()->setText(QStringLiteral("导入客户 0720"));
        QTRY_COMPARE(list.model()->total(), 1);
        QCOMPARE(list.model()->row(0).value(QLatin1String("email")).toString(),
                 QStringLiteral("c720@example.cn"));
    }

    void cancelStopsBeforeTheNextBatch()
    {
        QTemporaryDir dir;
        QList<QStringList> rows;
        for (int i = 1001; i <= 2200; ++i) // 1,200 rows: three batches
            rows.append(good(i));
        const QString path = writeCsv(dir, QStringLiteral("many.csv"), rows);
        CustomerImportWizard wizard(*m_client);
        wizard.show();
        wizard.filePage()->setFile(path);
        wizard.next();
        wizard.next();
        QTRY_VERIFY(wizard.checkPage()->isComplete());
        wizard.next();
        QVERIFY(wizard.runPage()->isRunning());
        wizard.reject(); // the wizard's Cancel while importing: stop, do not close
        QVERIFY(wizard.isVisible());
        QTRY_VERIFY(wizard.runPage()->isComplete());
        QCOMPARE(wizard.job().importedRows, 500); // the batch in flight was finished
        QVERIFY(wizard.job().cancelled);
        QCOMPARE(wizard.runPage()->statusText(),
                 QStringLiteral("Cancelled. 500 of 1,200 rows were imported."));
        QCOMPARE(countCustomers(m_company, QStringLiteral("导入客户 1")), 500);
        wizard.next();
        QVERIFY(wizard.findChild<QLabel*>(QStringLiteral("importSummary"))
                    ->text()
                    .contains(QStringLiteral("You cancelled the import: 700 rows")));
    }

    void notUtf8IsExplained()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("gbk.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            "\xbf\xcd\xbb\xa7\xc3\xfb\xb3\xc6\n\xbb\xaa\xd0\xc5\n"); // 客户名称 / 华信 in GBK
        file.close();
        CustomerImportWizard wizard(*m_client);
        wizard.filePage()->setFile(path);
        QVERIFY(!wizard.filePage()->isComplete());
        QVERIFY(wizard.filePage()->statusText().contains(QStringLiteral("CSV UTF-8")));
    }

private:
    Test::LocalCompany m_company;
    std::unique_ptr<CustomerClient> m_client;
};

QTEST_MAIN(TestCustomersImport)
#include "tst_customers_import.moc"
