// The HR tab against a real server over TCP: the employee form's tabs follow hr.private (the
// Pay & Private tab is not there when the server leaves the fields out), the ID number's check
// character is checked in the form with a clear message and fills birth date and gender; the
// org chart draws one box per employee, folds and unfolds branches and exports PNG and PDF.
#include "apptest.h"

#include "app/pages/hr/employeedialog.h"
#include "app/pages/hr/hrclient.h"
#include "app/pages/hr/hrpage.h"
#include "app/pages/hr/orgchartpage.h"
#include "app/pages/hr/orgchartview.h"
#include "app/widgets/formerrors.h"

#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Erp::Client;
using namespace Erp::Client::Hr;

namespace {

qint64 idOf(const QJsonObject& o)
{
    return o.value(QLatin1String("id")).toInteger();
}

QJsonObject chartOf(const QList<std::pair<qint64, qint64>>& people)
{
    QJsonArray employees;
    for (const auto& [id, manager] : people)
        employees.append(
            QJsonObject{{"id", id},
                        {"name", QStringLiteral("员工%1").arg(id)},
                        {"position_title", QStringLiteral("岗位")},
                        {"manager_id", manager > 0 ? QJsonValue(manager) : QJsonValue()}});
    return {{"departments", QJsonArray()}, {"employees", employees}};
}

} // namespace

class TestHr final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        Test::isolateSettings(QStringLiteral("tst_hr"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(m_company.start());
        m_admin = m_company.connect();
        QVERIFY(m_admin);
        const QJsonObject dep = Test::callOn(*m_admin, QStringLiteral("hr.department.create"),
                                             {{QStringLiteral("name"), QStringLiteral("研发部")}})
                                    .toObject();
        m_boss = idOf(
            Test::callOn(*m_admin, QStringLiteral("hr.employee.create"),
                         {{QStringLiteral("name"), QStringLiteral("孙总")},
                          {QStringLiteral("hire_date"), QStringLiteral("2020-01-01")},
                          {QStringLiteral("department_id"), dep.value(QLatin1String("id"))},
                          {QStringLiteral("id_number"), QStringLiteral("310101198506152468")},
                          {QStringLiteral("bank_account"), QStringLiteral("6222000011112222")}})
                .toObject());
        for (int i = 0; i < 3; ++i)
            Test::callOn(*m_admin, QStringLiteral("hr.employee.create"),
                         {{QStringLiteral("name"), QStringLiteral("工程师%1").arg(i)},
                          {QStringLiteral("hire_date"), QStringLiteral("2022-01-01")},
                          {QStringLiteral("department_id"), dep.value(QLatin1String("id"))},
                          {QStringLiteral("manager_id"), m_boss}});
        Test::callOn(*m_admin, QStringLiteral("admin.role.create"),
                     {{QStringLiteral("name"), QStringLiteral("hr_clerk")},
                      {QStringLiteral("permissions"), QJsonArray{"hr.read", "hr.write"}}});
        Test::callOn(*m_admin, QStringLiteral("admin.user.create"),
                     {{QStringLiteral("username"), QStringLiteral("hr.clerk")},
                      {QStringLiteral("password"), QStringLiteral("secret-clerk-1")},
                      {QStringLiteral("roles"), QJsonArray{QStringLiteral("hr_clerk")}}});
        m_clerk = m_company.connect(QStringLiteral("hr.clerk"), QStringLiteral("secret-clerk-1"));
        QVERIFY(m_clerk);
    }

    void privateTabFollowsThePermission()
    {
        HrClient admin(*m_admin);
        {
            EmployeeDialog dialog(admin, m_boss);
            dialog.show();
            QTRY_COMPARE(dialog.nameEdit()->text(), QStringLiteral("孙总"));
            QVERIFY(dialog.hasPrivateTab());
            QCOMPARE(dialog.tabs()->count(), 3);
            QCOMPARE(dialog.idNumberEdit()->text(), QStringLiteral("310101198506152468"));
            QVERIFY(dialog.fields().contains(QStringLiteral("bank_account")));
        }
        HrClient clerk(*m_clerk);
        EmployeeDialog dialog(clerk, m_boss);
        dialog.show();
        QTRY_COMPARE(dialog.nameEdit()->text(), QStringLiteral("孙总"));
        QVERIFY(!dialog.hasPrivateTab());
        QCOMPARE(dialog.tabs()->count(), 2);
        QVERIFY(dialog.idNumberEdit() == nullptr);
        // Saving sends no private key (the server would refuse it) and keeps what HR stored.
        const QJsonObject fields = dialog.fields();
        for (const char* key : {"id_number", "bank_account", "bank_name", "contribution_base",
                                "housing_fund_rate", "deductions"})
            QVERIFY2(!fields.contains(QLatin1String(key)), key);
        QSignalSpy saved(&dialog, &EmployeeDialog::saved);
        dialog.saveButton()->click();
        QTRY_COMPARE(saved.count(), 1);
        QCOMPARE(Test::callOn(*m_admin, QStringLiteral("hr.employee.get"),
                              {{QStringLiteral("id"), m_boss}})
                     .toObject()
                     .value(QLatin1String("bank_account"))
                     .toString(),
                 QStringLiteral("6222000011112222"));
    }

    void idNumberIsCheckedInTheForm()
    {
        HrClient admin(*m_admin);
        EmployeeDialog dialog(admin, 0);
        dialog.show();
        QVERIFY(dialog.hasPrivateTab());
        dialog.nameEdit()->setText(QStringLiteral("周新"));
        // A wrong check character: a clear message under the field, nothing sent.
        QTest::keyClicks(dialog.idNumberEdit(), QStringLiteral("310101199003071231"));
        QVERIFY(!dialog.checkLocally());
        QVERIFY2(
            dialog.errors().fieldError(QStringLiteral("id_number")).contains("check character"),
            qPrintable(dialog.errors().fieldError(QStringLiteral("id_number"))));
        QCOMPARE(dialog.tabs()->currentIndex(), 2);
        // Too short.
        dialog.idNumberEdit()->clear();
        QTest::keyClicks(dialog.idNumberEdit(), QStringLiteral("3101011990"));
        QVERIFY(!dialog.checkLocally());
        QVERIFY(dialog.errors().fieldError(QStringLiteral("id_number")).contains("18 characters"));
        // The right one fills birth date and gender; a disagreeing birth date is named.
        dialog.idNumberEdit()->clear();
        dialog.birthDateEdit()->clear();
        QTest::keyClicks(dialog.idNumberEdit(), QStringLiteral("310101199003071230"));
        QCOMPARE(dialog.birthDateEdit()->text(), QStringLiteral("1990-03-07"));
        QCOMPARE(dialog.genderBox()->currentData().toString(), QStringLiteral("male"));
        dialog.birthDateEdit()->setText(QStringLiteral("1990-03-08"));
        QVERIFY(!dialog.checkLocally());
        QVERIFY(dialog.errors().fieldError(QStringLiteral("birth_date")).contains("1990-03-07"));
        dialog.birthDateEdit()->setText(QStringLiteral("1990-03-07"));
        QVERIFY(dialog.checkLocally());
        QSignalSpy saved(&dialog, &EmployeeDialog::saved);
        dialog.saveButton()->click();
        QTRY_COMPARE(saved.count(), 1);
        QCOMPARE(saved.first().first().toJsonObject().value(QLatin1String("id_number")).toString(),
                 QStringLiteral("310101199003071230"));
    }

    void orgChartFoldsBranchesAndExports()
    {
        // CEO 1 -> managers 2, 3; 2 -> 4, 5, 6; 3 -> 7 -> 8, 9
        OrgChartView view;
        view.resize(800, 600);
        view.setChart(
            chartOf({{1, 0}, {2, 1}, {3, 1}, {4, 2}, {5, 2}, {6, 2}, {7, 3}, {8, 7}, {9, 7}}));
        view.show();
        QCOMPARE(view.boxCount(), 9);
        QCOMPARE(view.visibleBoxCount(), 9);
        QCOMPARE(view.roots(), QList<qint64>{1});
        QCOMPARE(view.reportsOf(2).size(), 3);
        // A stacked column (reports without reports) sits below its manager.
        QVERIFY(view.boxPosition(4).y() > view.boxPosition(2).y());
        view.setFolded(3, true);
        QCOMPARE(view.visibleBoxCount(), 6); // 7, 8, 9 hidden
        QVERIFY(view.isFolded(3));
        view.setFolded(1, true);
        QCOMPARE(view.visibleBoxCount(), 1);
        view.toggleFold(1);
        QCOMPARE(view.visibleBoxCount(), 6); // 3 stays folded
        view.toggleFold(3);
        QCOMPARE(view.visibleBoxCount(), 9);
        // A leaf has nothing to fold.
        view.setFolded(9, true);
        QVERIFY(!view.isFolded(9));
        // Zoom: +/- keys and the limits.
        const qreal before = view.zoom();
        QTest::keyClick(&view, Qt::Key_Plus);
        QVERIFY(view.zoom() > before);
        view.setZoom(100);
        QCOMPARE(view.zoom(), 4.0);
        // Enter on a selected box opens the employee.
        QSignalSpy opened(&view, &OrgChartView::employeeActivated);
        view.selectEmployee(5);
        QTest::keyClick(&view, Qt::Key_Return);
        QCOMPARE(opened.count(), 1);
        QCOMPARE(opened.first().first().toLongLong(), 5);
        // Exports.
        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("chart.png"));
        const QString pdf = dir.filePath(QStringLiteral("chart.pdf"));
        QVERIFY(view.exportPng(png));
        QVERIFY(view.exportPdf(pdf, QStringLiteral("Org chart")));
        QFile p(png);
        QVERIFY(p.open(QIODevice::ReadOnly));
        QVERIFY(p.read(8).startsWith("\x89PNG"));
        QFile d(pdf);
        QVERIFY(d.open(QIODevice::ReadOnly));
        QVERIFY(d.read(5).startsWith("%PDF"));
    }

    void hrTabShowsTheServersOrgChart()
    {
        HrPage page(*m_admin);
        page.resize(1000, 700);
        page.show();
        page.showSection(HrPage::OrgChart);
        // The boss with his three engineers (and whoever the form test hired, without manager).
        const int total = Test::callOn(*m_admin, QStringLiteral("hr.orgchart"), {})
                              .toObject()
                              .value(QLatin1String("total"))
                              .toInt();
        QVERIFY(total >= 4);
        QTRY_COMPARE(page.orgChart()->view()->boxCount(), total);
        QVERIFY(page.orgChart()->view()->roots().contains(m_boss));
        QCOMPARE(page.orgChart()->view()->reportsOf(m_boss).size(), 3);
        // The clerk reads HR (the tab is there), a user without hr.read does not get it.
        QVERIFY(HrPage::isAvailable(*m_clerk));
    }

private:
    Test::TcpCompany m_company;
    std::unique_ptr<ApiClient> m_admin;
    std::unique_ptr<ApiClient> m_clerk;
    qint64 m_boss = 0;
};

QTEST_MAIN(TestHr)
#include "tst_hr.moc"
