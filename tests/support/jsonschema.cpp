#include "tests/support/jsonschema.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <cmath>

namespace Erp::Test {

namespace {

constexpr int MaxDepth = 64;

QString baseOf(QString uri)
{
    while (uri.endsWith(QLatin1Char('/')) || uri.endsWith(QLatin1Char('#')))
        uri.chop(1);
    return uri;
}

QString typeOf(const QJsonValue& v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("boolean");
    case QJsonValue::Double:
        return QStringLiteral("number");
    case QJsonValue::String:
        return QStringLiteral("string");
    case QJsonValue::Array:
        return QStringLiteral("array");
    case QJsonValue::Object:
        return QStringLiteral("object");
    default:
        return QStringLiteral("undefined");
    }
}

bool isInteger(const QJsonValue& v)
{
    if (!v.isDouble())
        return false;
    const double d = v.toDouble();
    return std::isfinite(d) && std::floor(d) == d;
}

bool hasType(const QJsonValue& v, const QString& type)
{
    if (type == QLatin1String("integer"))
        return isInteger(v);
    return typeOf(v) == type;
}

QString compact(const QJsonValue& v)
{
    const QByteArray text = QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(text.mid(1, text.size() - 2)).left(80);
}

bool formatHolds(const QString& format, const QString& text)
{
    if (format == QLatin1String("date"))
        return QDate::fromString(text, Qt::ISODate).isValid() && text.size() == 10;
    if (format == QLatin1String("date-time")) {
        static const QRegularExpression shape(QStringLiteral(
            "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$"));
        return shape.match(text).hasMatch() &&
               QDateTime::fromString(text, Qt::ISODateWithMs).isValid();
    }
    if (format == QLatin1String("email"))
        return text.contains(QLatin1Char('@'));
    return true; // unknown formats annotate only
}

} // namespace

void JsonSchema::addDocument(const QJsonObject& document, const QString& uri)
{
    const QString id = document.value(QLatin1String("$id")).toString();
    if (!id.isEmpty())
        m_documents.insert(baseOf(id), document);
    if (!uri.isEmpty())
        m_documents.insert(baseOf(uri), document);
}

QStringList JsonSchema::validate(const QJsonValue& value, const QJsonValue& schema,
                                 const QJsonObject& document) const
{
    QStringList errors;
    check(value, schema, Scope{document}, QStringLiteral("$"), errors, 0);
    return errors;
}

QJsonValue JsonSchema::resolve(const QString& ref, Scope& scope) const
{
    const qsizetype hash = ref.indexOf(QLatin1Char('#'));
    const QString uri = hash < 0 ? ref : ref.left(hash);
    const QString pointer = hash < 0 ? QString() : ref.mid(hash + 1);
    if (!uri.isEmpty()) {
        const auto it = m_documents.constFind(baseOf(uri));
        if (it == m_documents.constEnd())
            return QJsonValue::Undefined;
        scope.document = *it;
    }
    QJsonValue at = scope.document;
    for (const QString& raw : pointer.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        QString part = raw;
        part.replace(QLatin1String("~1"), QLatin1String("/"));
        part.replace(QLatin1String("~0"), QLatin1String("~"));
        if (at.isObject())
            at = at.toObject().value(part);
        else if (at.isArray())
            at = at.toArray().at(part.toInt());
        else
            return QJsonValue::Undefined;
    }
    return at;
}

const QRegularExpression& JsonSchema::regex(const QString& pattern) const
{
    auto it = m_regexes.find(pattern);
    if (it == m_regexes.end())
        it = m_regexes.insert(pattern, QRegularExpression(pattern));
    return *it;
}

bool JsonSchema::conforms(const QJsonValue& value, const QJsonValue& schema, const Scope& scope,
                          int depth) const
{
    QStringList errors;
    check(value, schema, scope, QString(), errors, depth);
    return errors.isEmpty();
}

void JsonSchema::check(const QJsonValue& value, const QJsonValue& schemaValue, const Scope& outer,
                       const QString& path, QStringList& errors, int depth) const
{
    if (depth > MaxDepth) {
        errors << path + QStringLiteral(": schema nested too deep");
        return;
    }
    if (schemaValue.isBool()) {
        if (!schemaValue.toBool())
            errors << path + QStringLiteral(": no value is allowed here");
        return;
    }
    const QJsonObject schema = schemaValue.toObject();
    auto fail = [&](const QString& message) { errors << path + QStringLiteral(": ") + message; };

    if (schema.contains(QLatin1String("$ref"))) {
        Scope scope = outer;
        const QString ref = schema.value(QLatin1String("$ref")).toString();
        const QJsonValue target = resolve(ref, scope);
        if (target.isUndefined()) {
            fail(QStringLiteral("unresolvable $ref ") + ref);
            return;
        }
        check(value, target, scope, path, errors, depth + 1); // draft-07: $ref ignores siblings
        return;
    }
    const Scope& scope = outer;

    if (schema.contains(QLatin1String("type"))) {
        const QJsonValue t = schema.value(QLatin1String("type"));
        const QJsonArray types = t.isArray() ? t.toArray() : QJsonArray{t};
        bool any = false;
        for (const QJsonValue& one : types)
            any = any || hasType(value, one.toString());
        if (!any) {
            fail(QStringLiteral("%1 is not of type %2").arg(compact(value), compact(t)));
            return;
        }
    }
    if (schema.contains(QLatin1String("enum")) &&
        !schema.value(QLatin1String("enum")).toArray().contains(value))
        fail(QStringLiteral("%1 is not one of %2")
                 .arg(compact(value), compact(schema.value(QLatin1String("enum")))));
    if (schema.contains(QLatin1String("const")) && schema.value(QLatin1String("const")) != value)
        fail(QStringLiteral("%1 is not %2")
                 .arg(compact(value), compact(schema.value(QLatin1String("const")))));

    for (const char* key : {"allOf", "anyOf", "oneOf"}) {
        const QJsonArray list = schema.value(QLatin1String(key)).toArray();
        if (list.isEmpty())
            continue;
        int matching = 0;
        for (const QJsonValue& sub : list) {
            if (qstrcmp(key, "allOf") == 0)
                check(value, sub, scope, path, errors, depth + 1);
            else if (conforms(value, sub, scope, depth + 1))
                ++matching;
        }
        if (qstrcmp(key, "anyOf") == 0 && matching == 0)
            fail(QStringLiteral("%1 matches none of anyOf").arg(compact(value)));
        if (qstrcmp(key, "oneOf") == 0 && matching != 1)
            fail(QStringLiteral("%1 matches %2 of oneOf, not exactly one")
                     .arg(compact(value))
                     .arg(matching));
    }
    if (schema.contains(QLatin1String("not")) &&
        conforms(value, schema.value(QLatin1String("not")), scope, depth + 1))
        fail(QStringLiteral("%1 must not match the `not` schema").arg(compact(value)));
    if (schema.contains(QLatin1String("if"))) {
        const bool holds = conforms(value, schema.value(QLatin1String("if")), scope, depth + 1);
        const char* branch = holds ? "then" : "else";
        if (schema.contains(QLatin1String(branch)))
            check(value, schema.value(QLatin1String(branch)), scope, path, errors, depth + 1);
    }

    if (value.isString()) {
        const QString text = value.toString();
        if (schema.contains(QLatin1String("minLength")) &&
            text.size() < schema.value(QLatin1String("minLength")).toInt())
            fail(QStringLiteral("text shorter than %1")
                     .arg(schema.value(QLatin1String("minLength")).toInt()));
        if (schema.contains(QLatin1String("maxLength")) &&
            text.size() > schema.value(QLatin1String("maxLength")).toInt())
            fail(QStringLiteral("text longer than %1")
                     .arg(schema.value(QLatin1String("maxLength")).toInt()));
        if (schema.contains(QLatin1String("pattern"))) {
            const QRegularExpression& re = regex(schema.value(QLatin1String("pattern")).toString());
            if (!re.isValid())
                fail(QStringLiteral("invalid pattern in the schema"));
            else if (!re.match(text).hasMatch())
                fail(QStringLiteral("%1 does not match %2").arg(compact(value), re.pattern()));
        }
        if (schema.contains(QLatin1String("format")) &&
            !formatHolds(schema.value(QLatin1String("format")).toString(), text))
            fail(QStringLiteral("%1 is not a %2")
                     .arg(compact(value), schema.value(QLatin1String("format")).toString()));
    }

    if (value.isDouble()) {
        const double n = value.toDouble();
        if (schema.contains(QLatin1String("minimum")) &&
            n < schema.value(QLatin1String("minimum")).toDouble())
            fail(QStringLiteral("%1 below the minimum").arg(n));
        if (schema.contains(QLatin1String("maximum")) &&
            n > schema.value(QLatin1String("maximum")).toDouble())
            fail(QStringLiteral("%1 above the maximum").arg(n));
        if (schema.value(QLatin1String("exclusiveMinimum")).isDouble() &&
            n <= schema.value(QLatin1String("exclusiveMinimum")).toDouble())
            fail(QStringLiteral("%1 not above the exclusive minimum").arg(n));
        if (schema.value(QLatin1String("exclusiveMaximum")).isDouble() &&
            n >= schema.value(QLatin1String("exclusiveMaximum")).toDouble())
            fail(QStringLiteral("%1 not below the exclusive maximum").arg(n));
        if (schema.contains(QLatin1String("multipleOf"))) {
            const double m = schema.value(QLatin1String("multipleOf")).toDouble();
            if (m > 0 && std::fmod(n, m) != 0)
                fail(QStringLiteral("%1 is not a multiple of %2").arg(n).arg(m));
        }
    }

    if (value.isArray()) {
        const QJsonArray a = value.toArray();
        if (schema.contains(QLatin1String("minItems")) &&
            a.size() < schema.value(QLatin1String("minItems")).toInt())
            fail(QStringLiteral("fewer than %1 items")
                     .arg(schema.value(QLatin1String("minItems")).toInt()));
        if (schema.contains(QLatin1String("maxItems")) &&
            a.size() > schema.value(QLatin1String("maxItems")).toInt())
            fail(QStringLiteral("more than %1 items")
                     .arg(schema.value(QLatin1String("maxItems")).toInt()));
        if (schema.value(QLatin1String("uniqueItems")).toBool()) {
            for (qsizetype i = 0; i < a.size(); ++i)
                for (qsizetype j = i + 1; j < a.size(); ++j)
                    if (a.at(i) == a.at(j))
                        fail(QStringLiteral("items %1 and %2 are equal").arg(i).arg(j));
        }
        const QJsonValue items = schema.value(QLatin1String("items"));
        if (items.isArray()) { // a tuple
            const QJsonArray tuple = items.toArray();
            for (qsizetype i = 0; i < a.size(); ++i) {
                const QString at = path + QStringLiteral("[%1]").arg(i);
                if (i < tuple.size())
                    check(a.at(i), tuple.at(i), scope, at, errors, depth + 1);
                else if (schema.contains(QLatin1String("additionalItems")))
                    check(a.at(i), schema.value(QLatin1String("additionalItems")), scope, at,
                          errors, depth + 1);
            }
        } else if (!items.isUndefined()) {
            for (qsizetype i = 0; i < a.size(); ++i)
                check(a.at(i), items, scope, path + QStringLiteral("[%1]").arg(i), errors,
                      depth + 1);
        }
        if (schema.contains(QLatin1String("contains"))) {
            bool found = false;
            for (const QJsonValue& v : a)
                found =
                    found || conforms(v, schema.value(QLatin1String("contains")), scope, depth + 1);
            if (!found)
                fail(QStringLiteral("no item matches `contains`"));
        }
    }

    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (const QJsonValue& r : schema.value(QLatin1String("required")).toArray())
            if (!o.contains(r.toString()))
                fail(QStringLiteral("required property \"%1\" is missing").arg(r.toString()));
        if (schema.contains(QLatin1String("minProperties")) &&
            o.size() < schema.value(QLatin1String("minProperties")).toInt())
            fail(QStringLiteral("too few properties"));
        if (schema.contains(QLatin1String("maxProperties")) &&
            o.size() > schema.value(QLatin1String("maxProperties")).toInt())
            fail(QStringLiteral("too many properties"));
        const QJsonObject properties = schema.value(QLatin1String("properties")).toObject();
        const QJsonObject patterns = schema.value(QLatin1String("patternProperties")).toObject();
        const QJsonObject dependencies = schema.value(QLatin1String("dependencies")).toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            const QString at = path + QLatin1Char('.') + it.key();
            bool matched = false;
            if (properties.contains(it.key())) {
                matched = true;
                check(it.value(), properties.value(it.key()), scope, at, errors, depth + 1);
            }
            for (auto p = patterns.begin(); p != patterns.end(); ++p) {
                if (regex(p.key()).match(it.key()).hasMatch()) {
                    matched = true;
                    check(it.value(), p.value(), scope, at, errors, depth + 1);
                }
            }
            if (!matched && schema.contains(QLatin1String("additionalProperties"))) {
                const QJsonValue extra = schema.value(QLatin1String("additionalProperties"));
                if (extra.isBool() && !extra.toBool())
                    fail(QStringLiteral("property \"%1\" is not declared").arg(it.key()));
                else
                    check(it.value(), extra, scope, at, errors, depth + 1);
            }
            if (schema.contains(QLatin1String("propertyNames")))
                check(it.key(), schema.value(QLatin1String("propertyNames")), scope,
                      at + QStringLiteral(" (name)"), errors, depth + 1);
            const QJsonValue dep = dependencies.value(it.key());
            if (dep.isArray()) {
                for (const QJsonValue& needed : dep.toArray())
                    if (!o.contains(needed.toString()))
                        fail(
                            QStringLiteral("\"%1\" needs \"%2\"").arg(it.key(), needed.toString()));
            } else if (dep.isObject() || dep.isBool()) {
                check(value, dep, scope, path, errors, depth + 1);
            }
        }
    }
}

} // namespace Erp::Test
