// JsonWriter: the text Qt's JSON parser reads back as the values written (nesting, commas,
// escapes of quotes, backslashes and control characters, Chinese text, numbers, null).
#include "common/jsonwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Erp;

class TestJsonWriter : public QObject
{
    Q_OBJECT

private slots:
    void writesWhatQtReadsBack()
    {
        JsonWriter w;
        w.beginArray();
        w.beginObject();
        w.key(QLatin1String("name"));
        w.value(QStringLiteral("文三路1号, \"西湖\"区 \\ end"));
        w.key(QLatin1String("notes"));
        w.value(QStringLiteral("line one\nline two\ttab\r\x01"));
        w.key(QLatin1String("n"));
        w.value(qint64(-9007199254740991));
        w.key(QLatin1String("empty"));
        w.beginArray();
        w.endArray();
        w.key(QLatin1String("list"));
        w.beginArray();
        w.value(true);
        w.null();
        w.value(7);
        w.beginObject();
        w.endObject();
        w.endArray();
        w.endObject();
        w.value(QString());
        w.endArray();
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(w.take().toUtf8(), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonObject o = doc.array().first().toObject();
        QCOMPARE(o.value("name").toString(), QStringLiteral("文三路1号, \"西湖\"区 \\ end"));
        QCOMPARE(o.value("notes").toString(), QStringLiteral("line one\nline two\ttab\r\x01"));
        QCOMPARE(o.value("n").toInteger(), qint64(-9007199254740991));
        QCOMPARE(o.value("empty").toArray().size(), 0);
        QCOMPARE(o.value("list").toArray(), QJsonArray({true, QJsonValue(), 7, QJsonObject()}));
        QCOMPARE(doc.array().at(1).toString(), QString());
        QVERIFY(w.text().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestJsonWriter)
#include "tst_jsonwriter.moc"
