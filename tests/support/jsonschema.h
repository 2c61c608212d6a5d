#pragma once

#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QRegularExpression>
#include <QStringList>

namespace Erp::Test {

/// A JSON Schema (draft-07) validator for the tests: checks the OpenRPC document against the
/// OpenRPC meta-schema and every reply of the server test-suite against its method's declared
/// result schema. Supports what those schemas use: $ref (inside a document and to another
/// added document by its $id), type, enum, const, properties, patternProperties,
/// additionalProperties, required, propertyNames, min/maxProperties, items (one schema or a
/// tuple), additionalItems, min/maxItems, uniqueItems, contains, min/maxLength, pattern,
/// minimum, maximum, exclusiveMinimum, exclusiveMaximum, multipleOf, allOf, anyOf, oneOf,
/// not, if/then/else, dependencies and the formats date, date-time and email.
class JsonSchema final
{
public:
    /// Makes `document` reachable by `$ref` under its `$id` (and under `uri` if given).
    void addDocument(const QJsonObject& document, const QString& uri = {});

    /// The violations of `value` against `schema` (empty when it conforms), each as
    /// "path: message". `document` is what a "#/…" reference inside `schema` points into.
    QStringList validate(const QJsonValue& value, const QJsonValue& schema,
                         const QJsonObject& document) const;

private:
    struct Scope
    {
        QJsonObject document;
    };
    void check(const QJsonValue& value, const QJsonValue& schema, const Scope& scope,
               const QString& path, QStringList& errors, int depth) const;
    bool conforms(const QJsonValue& value, const QJsonValue& schema, const Scope& scope,
                  int depth) const;
    QJsonValue resolve(const QString& ref, Scope& scope) const;

    const QRegularExpression& regex(const QString& pattern) const;

    QHash<QString, QJsonObject> m_documents;
    mutable QHash<QString, QRegularExpression> m_regexes; ///< compiled once per pattern
};

} // namespace Erp::Test
