// Control characters in requests (issue 12): a NUL or another C0 control in a search is a clear
// -32602 naming the parameter (it used to end in -32050), in a stored text a -32022 naming the
// field (it used to be stored); tab and line breaks stay allowed; an import reports the cell as
// a problem of its row. Checked by the dispatcher for every method, on both backends.
#include "common/jsonrpc.h"
#include "tests/support/servertest.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Erp;
using Erp::Test::ServerTest;

class TestControlChars final : public QObject
{
    Q_OBJECT
private slots:
    void searchesWithControlCharactersAreInvalidParams()
    {
        ServerTest t(QStringLiteral("ctl_search"), true);
        auto s = t.admin();
        const QString nul = QStringLiteral("a") + QChar(0) + QStringLiteral("b");
        for (const char* method :
             {"crm.customer.list", "crm.customer.export", "inventory.product.list",
              "sales.order.list", "purchasing.supplier.list"}) {
            Rpc::Error e;
            const QJsonObject params =
                QString::fromLatin1(method) == QLatin1String("crm.customer.export")
                    ? QJsonObject{{"search", nul}, {"format", "csv"}}
                    : QJsonObject{{"search", nul}};
            QCOMPARE(t.callCode(s, QString::fromLatin1(method), params, &e),
                     int(Rpc::InvalidParams));
            QVERIFY2(e.messageId() == QLatin1String("rpc.params.control_chars"),
                     qPrintable(QString::fromLatin1(method) + u' ' + e.message));
            QCOMPARE(e.data.toObject().value("param").toString(), QStringLiteral("search"));
        }
        // Inside a filter, named by its path.
        Rpc::Error e;
        QCOMPARE(t.callCode(s, "crm.customer.list",
                            {{"filter", QJsonObject{{"city", QStringLiteral("深圳\u0007")}}}}, &e),
                 int(Rpc::InvalidParams));
        QCOMPARE(e.data.toObject().value("param").toString(), QStringLiteral("filter.city"));
    }

    void storedTextsRefuseControlCharactersButKeepLineBreaks()
    {
        ServerTest t(QStringLiteral("ctl_text"), true);
        auto s = t.admin();
        const qint64 before =
            t.call(s, "crm.customer.list", {{"limit", 1}}).toObject().value("total").toInteger();
        Rpc::Error e;
        QCOMPARE(t.callCode(
                     s, "crm.customer.create",
                     {{"name", QStringLiteral("明远\u0001贸易")}, {"allow_duplicates", true}}, &e),
                 int(Rpc::ValidationFailed));
        QJsonObject field = e.data.toObject().value("fields").toArray().at(0).toObject();
        QCOMPARE(field.value("field").toString(), QStringLiteral("name"));
        QCOMPARE(field.value("code").toString(), QStringLiteral("control_chars"));
        QCOMPARE(field.value("message_id").toString(), QStringLiteral("validation.control_chars"));
        // Nested: the contact's phone, named by its path. DEL counts too.
        QCOMPARE(t.callCode(s, "crm.customer.create",
                            {{"name", QStringLiteral("明远贸易")},
                             {"contacts", QJsonArray{QJsonObject{
                                              {"name", QStringLiteral("周杰")},
                                              {"phone", QStringLiteral("139\u007F00001111")}}}}},
                            &e),
                 int(Rpc::ValidationFailed));
        field = e.data.toObject().value("fields").toArray().at(0).toObject();
        QCOMPARE(field.value("field").toString(), QStringLiteral("contacts[0].phone"));
        // Nothing was stored.
        QCOMPARE(
            t.call(s, "crm.customer.list", {{"limit", 1}}).toObject().value("total").toInteger(),
            before);
        // Tab, line feed and carriage return are text.
        const QJsonObject created = t.call(s, "crm.customer.create",
                                           {{"name", QStringLiteral("明远贸易")},
                                            {"notes", QStringLiteral("第一行\r\n第二行\t备注")},
                                            {"allow_duplicates", true}})
                                        .toObject();
        QCOMPARE(created.value("notes").toString(), QStringLiteral("第一行\r\n第二行\t备注"));
    }

    void anImportReportsTheCellAsAProblemOfItsRow()
    {
        ServerTest t(QStringLiteral("ctl_import"), true);
        auto s = t.admin();
        const QJsonValue job = t.call(s, "platform.import.start", {{"entity", "crm.customer"}})
                                   .toObject()
                                   .value("job");
        const QJsonObject reply =
            t.call(s, "platform.import.append",
                   {{"job", job},
                    {"rows",
                     QJsonArray{
                         QJsonObject{{"row", 1}, {"values", QJsonObject{{"name", "好客户"}}}},
                         QJsonObject{
                             {"row", 2},
                             {"values", QJsonObject{{"name", QStringLiteral("坏\u0000客户")}}}}}}})
                .toObject();
        const QJsonArray problems = reply.value("problems").toArray();
        QCOMPARE(problems.size(), 1);
        const QJsonObject p = problems.at(0).toObject();
        QCOMPARE(p.value("row").toInt(), 2);
        QCOMPARE(p.value("column").toString(), QStringLiteral("name"));
        QCOMPARE(p.value("message_id").toString(), QStringLiteral("platform.import.control_chars"));
    }
};

QTEST_GUILESS_MAIN(TestControlChars)
#include "tst_controlchars.moc"
