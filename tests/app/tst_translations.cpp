// The Simplified Chinese translation is complete and embedded; switching the language at run
// time changes the texts and the number format.
#include "apptest.h"

#include "app/language.h"
#include "app/models/format.h"
#include "app/net/errortext.h"
#include "app/widgets/listpage.h"
#include "common/jsonrpc.h"

#include <QFile>
#include <QTest>

using namespace Erp::Client;

class TestTranslations final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { Test::isolateSettings(QStringLiteral("tst_translations")); }

    void chineseIsCompleteInTheSource()
    {
        QFile ts(qEnvironmentVariable("ERP_SOURCE_DIR") +
                 QStringLiteral("/translations/erp_zh_CN.ts"));
        QVERIFY2(ts.open(QIODevice::ReadOnly), qPrintable(ts.fileName()));
        const QByteArray text = ts.readAll();
        QVERIFY(text.contains("<message>"));
        QVERIFY2(!text.contains("type=\"unfinished\""), "erp_zh_CN.ts has untranslated texts");
        QVERIFY2(!text.contains("type=\"vanished\"") && !text.contains("type=\"obsolete\""),
                 "erp_zh_CN.ts has stale texts");
    }

    void switchesAtRunTime()
    {
        Language language;
        QVERIFY(language.install(QStringLiteral("zh_CN")));
        QCOMPARE(language.current(), QStringLiteral("zh_CN"));
        const Erp::Rpc::Error wrong(Erp::Rpc::NotAuthenticated,
                                    QStringLiteral("Invalid username or password"));
        const QString chinese = ErrorText::login(wrong);
        QVERIFY(chinese != QStringLiteral("Invalid username or password."));
        QVERIFY(chinese.contains(QStringLiteral("密码")));
        QCOMPARE(ListPage::rangeText(100, 1234), QStringLiteral("1–100，共 1,234"));
        QCOMPARE(Format::decimal(QStringLiteral("-1234567.50")), QStringLiteral("-1,234,567.50"));

        QVERIFY(language.install(QStringLiteral("en")));
        QCOMPARE(ErrorText::login(wrong), QStringLiteral("Invalid username or password."));
        QCOMPARE(Format::yesNo(true), QStringLiteral("Yes"));
    }

    void systemDefaultIsAKnownLanguage()
    {
        QVERIFY(Language::available().contains(Language::systemDefault()));
        QCOMPARE(Language::nativeName(QStringLiteral("zh_CN")), QStringLiteral("简体中文"));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
