// The published contract (rpc.discover) is complete and valid: the document conforms to the
// OpenRPC meta-schema, every method declares its result and the inner shape of its object and
// array parameters (server/contract/*.json), and a reply that leaves the declared shape is
// caught. Every other server test checks each reply it receives against the same schemas
// (tests/support/servertest.cpp), so the description cannot drift from the behaviour.
#include "server/rpc/registry.h"
#include "server/servercore.h"
#include "tests/support/jsonschema.h"
#include "tests/support/servertest.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Erp;
using Erp::Test::JsonSchema;
using Erp::Test::ServerTest;

namespace {

QJsonObject readJson(const QString& relative)
{
    QFile file(qEnvironmentVariable("ERP_SOURCE_DIR") + QLatin1Char('/') + relative);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

/// Places of a schema that say nothing about the value: an empty schema, an object without
/// properties (or a schema for its values), an array without items.
void shallowSpots(const QJsonValue& value, const QString& path, QStringList& out)
{
    if (!value.isObject())
        return;
    const QJsonObject s = value.toObject();
    if (s.isEmpty()) {
        out << path + QStringLiteral(": empty schema");
        return;
    }
    const QJsonValue type = s.value(QLatin1String("type"));
    const QJsonArray types = type.isArray() ? type.toArray() : QJsonArray{type};
    if (types.contains(QStringLiteral("object")) && !s.contains(QLatin1String("properties")) &&
        !s.value(QLatin1String("additionalProperties")).isObject())
        out << path + QStringLiteral(": object without properties");
    if (types.contains(QStringLiteral("array")) && !s.contains(QLatin1String("items")))
        out << path + QStringLiteral(": array without items");
    const QJsonObject properties = s.value(QLatin1String("properties")).toObject();
    for (auto it = properties.begin(); it != properties.end(); ++it)
        shallowSpots(it.value(), path + QLatin1Char('.') + it.key(), out);
    shallowSpots(s.value(QLatin1String("items")), path + QStringLiteral("[]"), out);
    if (s.value(QLatin1String("additionalProperties")).isObject())
        shallowSpots(s.value(QLatin1String("additionalProperties")), path + QStringLiteral("{}"),
                     out);
    for (const char* key : {"anyOf", "oneOf", "allOf"}) {
        const QJsonArray list = s.value(QLatin1String(key)).toArray();
        for (qsizetype i = 0; i < list.size(); ++i)
            shallowSpots(list.at(i), path + QStringLiteral("|%1").arg(i), out);
    }
}

} // namespace

class TestContract final : public QObject
{
    Q_OBJECT
private slots:
    void documentConformsToTheOpenRpcMetaSchema()
    {
        const QJsonObject meta =
            readJson(QStringLiteral("tests/data/openrpc/openrpc-meta-schema-1.14.9.json"));
        const QJsonObject jsonSchemaMeta =
            readJson(QStringLiteral("tests/data/openrpc/json-schema-tools-meta-schema-1.8.0.json"));
        QVERIFY2(!meta.isEmpty() && !jsonSchemaMeta.isEmpty(),
                 "meta-schemas not found (ERP_SOURCE_DIR)");
        JsonSchema validator;
        validator.addDocument(jsonSchemaMeta);
        validator.addDocument(meta);

        ServerTest t(QStringLiteral("meta"));
        ServerTest::Session anonymous;
        const QJsonObject doc = t.call(anonymous, QStringLiteral("rpc.discover")).toObject();
        QVERIFY(doc.value(QLatin1String("methods")).toArray().size() >= 100);
        const QStringList errors = validator.validate(doc, meta, meta);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.mid(0, 10).join(QLatin1Char('\n'))));

        // The meta-schema check can fail: a method without a name, a schema with a bad type.
        QJsonObject broken = doc;
        QJsonArray methods = broken.value(QLatin1String("methods")).toArray();
        QJsonObject first = methods.at(0).toObject();
        first.remove(QStringLiteral("name"));
        methods.replace(0, first);
        broken.insert(QStringLiteral("methods"), methods);
        QVERIFY(!validator.validate(broken, meta, meta).isEmpty());
        QJsonObject wrongType = doc;
        QJsonObject info = wrongType.value(QLatin1String("info")).toObject();
        info.insert(QStringLiteral("version"), 3);
        wrongType.insert(QStringLiteral("info"), info);
        QVERIFY(!validator.validate(wrongType, meta, meta).isEmpty());
    }

    void everyMethodDeclaresItsFullShape()
    {
        ServerTest t(QStringLiteral("deep"));
        ServerTest::Session anonymous;
        const QJsonObject doc = t.call(anonymous, QStringLiteral("rpc.discover")).toObject();
        QStringList shallow;
        for (const QJsonValue& m : doc.value(QLatin1String("methods")).toArray()) {
            const QJsonObject method = m.toObject();
            const QString name = method.value(QLatin1String("name")).toString();
            shallowSpots(
                method.value(QLatin1String("result")).toObject().value(QLatin1String("schema")),
                name + QStringLiteral(" result"), shallow);
            for (const QJsonValue& p : method.value(QLatin1String("params")).toArray())
                shallowSpots(p.toObject().value(QLatin1String("schema")),
                             name + QLatin1Char(' ') +
                                 p.toObject().value(QLatin1String("name")).toString(),
                             shallow);
        }
        QVERIFY2(shallow.isEmpty(),
                 qPrintable(QStringLiteral("%1 shallow places (declare them in server/contract/, "
                                           "scripts/openrpc-infer.py drafts them):\n")
                                .arg(shallow.size()) +
                            shallow.mid(0, 40).join(QLatin1Char('\n'))));
    }

    void aReplyOutsideItsSchemaIsCaught()
    {
        ServerTest t(QStringLiteral("drift"));
        ServerTest::Session admin = t.admin();
        const QJsonObject doc = t.call(admin, QStringLiteral("rpc.discover")).toObject();
        QJsonObject schema;
        for (const QJsonValue& m : doc.value(QLatin1String("methods")).toArray())
            if (m.toObject().value(QLatin1String("name")).toString() ==
                QLatin1String("admin.user.get"))
                schema = m.toObject()
                             .value(QLatin1String("result"))
                             .toObject()
                             .value(QLatin1String("schema"))
                             .toObject();
        QVERIFY(!schema.isEmpty());
        const QJsonArray users = t.call(admin, QStringLiteral("admin.user.list"))
                                     .toObject()
                                     .value(QLatin1String("rows"))
                                     .toArray();
        QVERIFY(!users.isEmpty());
        const QJsonObject user =
            t.call(admin, QStringLiteral("admin.user.get"),
                   {{QStringLiteral("id"), users.at(0).toObject().value(QLatin1String("id"))}})
                .toObject();
        JsonSchema validator;
        QVERIFY(validator.validate(user, schema, doc).isEmpty());

        QJsonObject wrong = user;
        wrong.insert(QStringLiteral("username"), 42); // a number where text is declared
        QVERIFY(!validator.validate(wrong, schema, doc).isEmpty());
        QJsonObject missing = user;
        missing.remove(QStringLiteral("id"));
        QVERIFY(!validator.validate(missing, schema, doc).isEmpty());
        QJsonObject extra = user;
        extra.insert(QStringLiteral("password_hash"), QStringLiteral("$argon2id$…"));
        QVERIFY2(!validator.validate(extra, schema, doc).isEmpty(),
                 "an undeclared field in a reply must be caught");
    }
};

QTEST_GUILESS_MAIN(TestContract)
#include "tst_contract.moc"
