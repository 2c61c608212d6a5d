// The login dialog against a real embedded server: a failed login is explained inline, a
// locked account says so, and a correct login is accepted with the session kept.
#include "apptest.h"

#include "app/logindialog.h"
#include "app/net/errortext.h"

#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace Erp::Client;

class TestLogin final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        Test::isolateSettings(QStringLiteral("tst_login"));
        QVERIFY(m_company.create());
        Erp::Rpc::Error error;
        m_company.login();
        m_company.call(QStringLiteral("admin.user.create"),
                       {{QStringLiteral("username"), QStringLiteral("clerk")},
                        {QStringLiteral("password"), QStringLiteral("clerk-password")}});
        m_company.api().logout();
        QCOMPARE(m_company.api().state(), ApiClient::State::Connected);
    }

    void wrongPasswordIsShownInline()
    {
        LoginDialog dialog(m_company.api());
        dialog.show();
        dialog.setUsername(QStringLiteral("admin"));
        QVERIFY(dialog.errorText().isEmpty());
        dialog.passwordEdit()->setText(QStringLiteral("wrong-password"));
        QTest::mouseClick(dialog.loginButton(), Qt::LeftButton);
        QVERIFY(!dialog.loginButton()->isEnabled()); // busy while the server checks
        QTRY_COMPARE_WITH_TIMEOUT(dialog.errorText(),
                                  QStringLiteral("Invalid username or password."), 10000);
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QCOMPARE(m_company.api().state(), ApiClient::State::Connected);
        QVERIFY(dialog.loginButton()->isEnabled());

        // Typing again hides the message; the right password logs in.
        QTest::keyClicks(dialog.passwordEdit(), QStringLiteral("x"));
        QVERIFY(dialog.errorText().isEmpty());
        dialog.passwordEdit()->setText(QString::fromLatin1(Test::LocalCompany::AdminPassword));
        QTest::keyClick(dialog.passwordEdit(), Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), 10000);
        QCOMPARE(m_company.api().state(), ApiClient::State::LoggedIn);
        QCOMPARE(m_company.api().session().username, QStringLiteral("admin"));
        QVERIFY(m_company.api().hasPermission(QStringLiteral("admin.user.write")));
        m_company.api().logout();
    }

    void emptyFieldsAreExplainedWithoutACall()
    {
        LoginDialog dialog(m_company.api());
        dialog.show();
        QTest::mouseClick(dialog.loginButton(), Qt::LeftButton);
        QCOMPARE(dialog.errorText(), QStringLiteral("Enter your username."));
        dialog.setUsername(QStringLiteral("admin"));
        QTest::mouseClick(dialog.loginButton(), Qt::LeftButton);
        QCOMPARE(dialog.errorText(), QStringLiteral("Enter your password."));
    }

    void hintIsShown()
    {
        LoginDialog dialog(m_company.api());
        QVERIFY(dialog.hintText().isEmpty());
        dialog.setHint(QStringLiteral("Demo company: user admin, password admin"));
        dialog.setPassword(QStringLiteral("admin"));
        QCOMPARE(dialog.hintText(), QStringLiteral("Demo company: user admin, password admin"));
        QCOMPARE(dialog.passwordEdit()->text(), QStringLiteral("admin"));
    }

    void lockedAccountIsExplained()
    {
        LoginDialog dialog(m_company.api());
        dialog.show();
        dialog.setUsername(QStringLiteral("clerk"));
        // Five failures in a row lock the account (the server slows each answer down).
        for (int attempt = 1; attempt <= 5; ++attempt) {
            dialog.passwordEdit()->setText(QStringLiteral("bad-%1").arg(attempt));
            QTest::mouseClick(dialog.loginButton(), Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(dialog.loginButton()->isEnabled(), 15000);
            QVERIFY(!dialog.errorText().isEmpty());
        }
        QVERIFY2(dialog.errorText().contains(QStringLiteral("locked")),
                 qPrintable(dialog.errorText()));
        // Even the right password is refused while locked, with the same explanation.
        dialog.passwordEdit()->setText(QStringLiteral("clerk-password"));
        QTest::mouseClick(dialog.loginButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.loginButton()->isEnabled(), 15000);
        QVERIFY(dialog.errorText().contains(QStringLiteral("locked")));
        QCOMPARE(m_company.api().state(), ApiClient::State::Connected);
    }

private:
    Test::LocalCompany m_company;
};

QTEST_MAIN(TestLogin)
#include "tst_login.moc"
