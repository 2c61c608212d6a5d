// Hostile input the dispatcher refuses for every method (issue 12), on both backends:
// * a NUL or another C0 control in a search is a clear -32602 naming the parameter (it used to
//   end in -32050), in a stored text a -32022 naming the field (it used to be stored); tab and
//   line breaks stay allowed; an import reports the cell as a problem of its row;
// * an unknown filter key is -32602 naming it (`{"statu": "archived"}` used to export
//   everything), for every list method of the registry.
#include "common/jsonrpc.h"
#include "server/rpc/registry.h"
#include "server/servercore.h"
#include "tests/support/servertest.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Erp;
using Erp::Test::ServerTest;

class TestHostileInput final : public QObject
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

    void unknownFilterKeysAreRefusedByEveryListMethod()
    {
        ServerTest t(QStringLiteral("hostile_filter"), true);
        auto s = t.admin();
        int lists = 0;
        for (const Rpc::MethodSpec* m : t.core().registry().methods()) {
            const bool hasFilter =
                std::any_of(m->params.begin(), m->params.end(), [](const Rpc::ParamSpec& p) {
                    return p.name == QLatin1String("filter");
                });
            if (!hasFilter)
                continue;
            ++lists;
            QJsonObject params{{"filter", QJsonObject{{"statu", "archived"}}}};
            if (m->name == QLatin1String("crm.customer.export"))
                params.insert("format", "csv");
            Rpc::Error e;
            QVERIFY2(t.callCode(s, m->name, params, &e) == int(Rpc::InvalidParams),
                     qPrintable(m->name));
            QCOMPARE(e.messageId(), QStringLiteral("rpc.params.unknown_filter"));
            QCOMPARE(e.data.toObject().value("param").toString(), QStringLiteral("filter.statu"));
            // Every declared key is accepted (a value of the wrong kind is the service's
            // business, never an unknown key).
            for (const QString& key : m->filterKeys) {
                QJsonObject ok = params;
                ok.insert("filter", QJsonObject{{key, QJsonValue::Null}});
                const int code = t.callCode(s, m->name, ok, &e);
                QVERIFY2(code != int(Rpc::InvalidParams) ||
                             e.messageId() != QLatin1String("rpc.params.unknown_filter"),
                         qPrintable(m->name + u' ' + key));
            }
        }
        QVERIFY2(lists >= 14, qPrintable(QString::number(lists)));
        // The known keys are published.
        const QJsonArray methods = t.call(s, "rpc.discover").toObject().value("methods").toArray();
        for (const QJsonValue& v : methods) {
            if (v.toObject().value("name") != QLatin1String("sales.order.list"))
                continue;
            for (const QJsonValue& p : v.toObject().value("params").toArray())
                if (p.toObject().value("name") == QLatin1String("filter")) {
                    const QJsonObject schema = p.toObject().value("schema").toObject();
                    QVERIFY(schema.value("properties").toObject().contains("has_backorder"));
                    QCOMPARE(schema.value("additionalProperties").toBool(true), false);
                }
        }
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

QTEST_GUILESS_MAIN(TestHostileInput)
#include "tst_hostileinput.moc"
