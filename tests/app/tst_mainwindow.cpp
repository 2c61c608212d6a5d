// The main window: its title names the company once (the window system adds "ERP"), and the
// keyboard switches tabs — Ctrl+PgDn / Ctrl+PgUp step (wrapping), Ctrl+1 … Ctrl+9 jump.
#include "apptest.h"

#include "app/appsettings.h"
#include "app/mainwindow.h"

#include <QTabWidget>
#include <QTest>

using namespace Erp::Client;

class TestMainWindow final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        Test::isolateSettings(QStringLiteral("tst_mainwindow"));
        QVERIFY(m_company.create());
        QVERIFY(m_company.login());
    }

    void titleNamesTheCompanyOnce()
    {
        AppSettings settings;
        MainWindow window(m_company.api(), settings, QStringLiteral("en"));
        QVERIFY(!window.windowTitle().contains(QStringLiteral("ERP")));
        QVERIFY(window.windowTitle().endsWith(QStringLiteral(".erp")));
    }

    void keysSwitchTabs()
    {
        AppSettings settings;
        MainWindow window(m_company.api(), settings, QStringLiteral("en"));
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTabWidget* tabs = window.tabs();
        QVERIFY(tabs->count() >= 4);
        QCOMPARE(tabs->currentIndex(), 0);
        QTest::keyClick(&window, Qt::Key_PageDown, Qt::ControlModifier);
        QCOMPARE(tabs->currentIndex(), 1);
        QTest::keyClick(&window, Qt::Key_PageUp, Qt::ControlModifier);
        QTest::keyClick(&window, Qt::Key_PageUp, Qt::ControlModifier);
        QCOMPARE(tabs->currentIndex(), tabs->count() - 1); // wraps around
        QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(tabs->currentIndex(), 2);
        QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(tabs->currentIndex(), 0);
        QTest::keyClick(&window, Qt::Key_9, Qt::ControlModifier); // no ninth tab: stays
        QCOMPARE(tabs->currentIndex(), 0);
    }

private:
    Test::LocalCompany m_company;
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
