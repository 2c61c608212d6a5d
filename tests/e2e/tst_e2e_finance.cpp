// End to end over TCP on a real erp-server process (SQLite and PostgreSQL): twenty accountants
// post vouchers at the same instant, some of them into a closed month. Every accepted voucher
// gets a number, the numbers run 1..n without a gap or a duplicate (a refused posting gives its
// number back), the ledger balances and finance.check finds nothing.
#include "tests/support/rpcclient.h"
#include "tests/support/serverprocess.h"
#include "tests/support/testdb.h"

#include <QDate>
#include <QJsonArray>
#include <QSet>
#include <QTest>

#include <memory>
#include <stdexcept>
#include <vector>

using namespace Erp::Test;

namespace {

constexpr int Accountants = 20;
constexpr int Rounds = 5;

QJsonObject voucher(const QDate& date, qint64 fen)
{
    const QString amount =
        QStringLiteral("%1.%2").arg(fen / 100).arg(fen % 100, 2, 10, QLatin1Char('0'));
    return {{"date", date.toString(Qt::ISODate)},
            {"description", QStringLiteral("并发凭证 %1").arg(fen)},
            {"post", true},
            {"lines", QJsonArray{QJsonObject{{"account_code", "5602"}, {"debit", amount}},
                                 QJsonObject{{"account_code", "1002"}, {"credit", amount}}}}};
}

} // namespace

class E2eFinanceTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QString url;
        try {
            url = databaseUrl(QStringLiteral("e2e_finance"));
        } catch (const std::exception& e) {
            QFAIL(e.what());
        }
        QVERIFY2(m_server.start(ServerProcess::Options(url)), qPrintable(m_server.errorString()));
        QVERIFY(m_admin.connectTo(m_server.port()));
        QCOMPARE(errorCode(
                     m_admin.login(QStringLiteral("admin"), ServerProcess::defaultAdminPassword())),
                 0);
        QCOMPARE(
            errorCode(m_admin.call("admin.user.create", {{"username", "kuaiji"},
                                                         {"password", "kuaiji-pw-1"},
                                                         {"roles", QJsonArray{"accountant"}}})),
            0);
    }

    void cleanupTestCase()
    {
        m_admin.close();
        QVERIFY2(m_server.terminate(), qPrintable(m_server.errorString()));
    }

    void twentyAccountantsPostWithoutGapsOrDuplicates()
    {
        const QDate today = QDate::currentDate();
        const QDate closedDay = today.addMonths(-1);
        QCOMPARE(errorCode(m_admin.call("finance.period.close",
                                        {{"period", closedDay.toString("yyyy-MM")}})),
                 0);
        std::vector<std::unique_ptr<RpcClient>> clerks;
        for (int i = 0; i < Accountants; ++i) {
            auto c = std::make_unique<RpcClient>();
            QVERIFY(c->connectTo(m_server.port()));
            QCOMPARE(errorCode(c->login("kuaiji", "kuaiji-pw-1")), 0);
            clerks.push_back(std::move(c));
        }
        qint64 accepted = 0;
        qint64 refused = 0;
        qint64 postedTotal = 0;
        QSet<QString> numbers;
        for (int round = 0; round < Rounds; ++round) {
            // Every accountant's voucher leaves before any answer is read; every fourth is
            // dated in the closed month.
            for (int i = 0; i < Accountants; ++i) {
                const bool late = (i + round) % 4 == 0;
                clerks[size_t(i)]->sendRequest(
                    "finance.entry.create",
                    voucher(late ? closedDay : today, 100 + round * Accountants + i));
            }
            for (int i = 0; i < Accountants; ++i) {
                const QJsonObject reply = clerks[size_t(i)]->readReply().toObject();
                const bool late = (i + round) % 4 == 0;
                if (late) {
                    QCOMPARE(errorCode(reply), -32030);
                    QCOMPARE(reply.value("error").toObject().value("data").toObject().value(
                                 "message_id"),
                             QJsonValue("finance.period.closed"));
                    ++refused;
                    continue;
                }
                const QJsonObject entry = resultObject(reply);
                QVERIFY2(!entry.isEmpty(), compact(reply).constData());
                QCOMPARE(entry.value("state").toString(), QStringLiteral("posted"));
                QVERIFY2(!numbers.contains(entry.value("number").toString()),
                         qPrintable(entry.value("number").toString()));
                numbers.insert(entry.value("number").toString());
                postedTotal += 100 + round * Accountants + i;
                ++accepted;
            }
        }
        QCOMPARE(accepted + refused, qint64(Accountants * Rounds));
        QCOMPARE(refused, qint64(Accountants * Rounds / 4));

        // The numbers are exactly 记-<year>-000001 .. 记-<year>-<accepted>.
        QSet<QString> expected;
        for (qint64 n = 1; n <= accepted; ++n)
            expected.insert(
                QStringLiteral("记-%1-%2").arg(today.year()).arg(n, 6, 10, QLatin1Char('0')));
        QCOMPARE(numbers, expected);

        const QJsonObject check = resultObject(m_admin.call("finance.check"));
        QVERIFY2(check.value("ok").toBool(), compact(check).constData());
        QCOMPARE(check.value("entries_checked").toInteger(), accepted);
        const QJsonObject tb = resultObject(
            m_admin.call("finance.report.trial_balance",
                         {{"from", today.toString("yyyy-MM")}, {"to", today.toString("yyyy-MM")}}));
        QVERIFY(tb.value("balanced").toBool());
        QCOMPARE(tb.value("totals").toObject().value("debit").toString(),
                 QStringLiteral("%1.%2")
                     .arg(postedTotal / 100)
                     .arg(postedTotal % 100, 2, 10, QLatin1Char('0')));
    }

private:
    ServerProcess m_server;
    RpcClient m_admin;
};

QTEST_GUILESS_MAIN(E2eFinanceTest)
#include "tst_e2e_finance.moc"
