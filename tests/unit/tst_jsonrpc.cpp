#include "common/jsonrpc.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Erp::Rpc;

class TestJsonRpc final : public QObject
{
    Q_OBJECT
private slots:
    void parsesValidRequest()
    {
        Request r;
        Error e;
        const QJsonObject o{{"jsonrpc", "2.0"},
                            {"id", 7},
                            {"method", "system.ping"},
                            {"params", QJsonObject{{"a", 1}}}};
        QVERIFY(parseRequest(o, r, e));
        QVERIFY(r.hasId);
        QCOMPARE(r.id.toInt(), 7);
        QCOMPARE(r.method, QStringLiteral("system.ping"));
        QCOMPARE(r.params.value("a").toInt(), 1);
    }

    void notificationHasNoId()
    {
        Request r;
        Error e;
        QVERIFY(parseRequest(QJsonObject{{"jsonrpc", "2.0"}, {"method", "x.y"}}, r, e));
        QVERIFY(!r.hasId);
    }

    void rejectsMalformed_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<int>("code");
        QTest::addColumn<bool>("echoesId");
        QTest::newRow("not an object") << QByteArray("42") << int(InvalidRequest) << false;
        QTest::newRow("wrong version") << QByteArray(R"({"jsonrpc":"1.0","id":1,"method":"a"})")
                                       << int(InvalidRequest) << true;
        QTest::newRow("missing version")
            << QByteArray(R"({"id":1,"method":"a"})") << int(InvalidRequest) << true;
        QTest::newRow("missing method")
            << QByteArray(R"({"jsonrpc":"2.0","id":1})") << int(InvalidRequest) << true;
        QTest::newRow("method not string")
            << QByteArray(R"({"jsonrpc":"2.0","id":1,"method":5})") << int(InvalidRequest) << true;
        QTest::newRow("object id") << QByteArray(R"({"jsonrpc":"2.0","id":{},"method":"a"})")
                                   << int(InvalidRequest) << false;
        QTest::newRow("bool id") << QByteArray(R"({"jsonrpc":"2.0","id":true,"method":"a"})")
                                 << int(InvalidRequest) << false;
        QTest::newRow("array params")
            << QByteArray(R"({"jsonrpc":"2.0","id":1,"method":"a","params":[1]})")
            << int(InvalidParams) << true;
        QTest::newRow("string params")
            << QByteArray(R"({"jsonrpc":"2.0","id":1,"method":"a","params":"x"})")
            << int(InvalidParams) << true;
    }

    void rejectsMalformed()
    {
        QFETCH(QByteArray, json);
        QFETCH(int, code);
        QFETCH(bool, echoesId);
        const QJsonDocument doc = QJsonDocument::fromJson(json);
        const QJsonValue v = doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(42);
        Request r;
        Error e;
        QVERIFY(!parseRequest(v, r, e));
        QCOMPARE(e.code, code);
        QVERIFY(!e.message.isEmpty());
        QCOMPARE(r.id.toInt() == 1, echoesId);
    }

    void encodesOneCompactLine()
    {
        const QByteArray line = encodeLine(makeResult(3, QJsonObject{{"x", "a\nb"}}));
        QVERIFY(line.endsWith('\n'));
        QCOMPARE(line.count('\n'), 1); // the newline inside the string is escaped
        const QJsonObject back = QJsonDocument::fromJson(line).object();
        QCOMPARE(back.value("jsonrpc").toString(), QStringLiteral("2.0"));
        QCOMPARE(back.value("result").toObject().value("x").toString(), QStringLiteral("a\nb"));
    }

    void errorRoundTrip()
    {
        FieldErrors fe;
        fe.add("email", "invalid", "is not a valid e-mail address");
        fe.add("name", "required", "is required");
        try {
            fe.throwIfAny();
            QFAIL("expected an exception");
        } catch (const Error& e) {
            QCOMPARE(e.code, int(ValidationFailed));
            const QJsonObject wire = makeError(9, e);
            const Error back = Error::fromJson(wire.value("error").toObject());
            QCOMPARE(back.code, int(ValidationFailed));
            const QJsonArray fields = back.data.toObject().value("fields").toArray();
            QCOMPARE(fields.size(), 2);
            QCOMPARE(fields.at(0).toObject().value("field").toString(), QStringLiteral("email"));
            QCOMPARE(fields.at(1).toObject().value("code").toString(), QStringLiteral("required"));
        }
        FieldErrors none;
        none.throwIfAny(); // no errors: no exception
    }

    void messageIdAndArgsTravel()
    {
        Error e(BusinessRule, QStringLiteral("Insufficient stock"),
                QJsonObject{{"reason", "stock"}});
        e.withId(QStringLiteral("inventory.stock.insufficient"), {{"sku", "A-1"}});
        const Error back = Error::fromJson(makeError(3, e).value("error").toObject());
        QCOMPARE(back.messageId(), QStringLiteral("inventory.stock.insufficient"));
        QCOMPARE(back.messageArgs().value("sku").toString(), QStringLiteral("A-1"));
        QCOMPARE(back.data.toObject().value("reason").toString(), QStringLiteral("stock"));
        QCOMPARE(back.message, QStringLiteral("Insufficient stock"));

        FieldErrors errors;
        errors.add("warehouse_id", "required", "is required",
                   QStringLiteral("field.warehouse_id.required"), {{"max", 5}});
        errors.add("name", "required", "is required");
        try {
            errors.throwIfAny();
            QFAIL("expected an error");
        } catch (const Error& v) {
            const QJsonArray fields = v.data.toObject().value("fields").toArray();
            QCOMPARE(fields.at(0).toObject().value("message_id").toString(),
                     QStringLiteral("field.warehouse_id.required"));
            QCOMPARE(fields.at(0).toObject().value("args").toObject().value("max").toInt(), 5);
            QVERIFY(!fields.at(1).toObject().contains("message_id"));
        }
    }

    void errorWithoutIdUsesNull()
    {
        const QJsonObject o = makeError(QJsonValue::Undefined, Error(ParseError, "bad"));
        QVERIFY(o.value("id").isNull());
        QCOMPARE(o.value("error").toObject().value("code").toInt(), int(ParseError));
    }
};

QTEST_GUILESS_MAIN(TestJsonRpc)
#include "tst_jsonrpc.moc"
