#include "server/platform/accesspolicy.h"

#include "common/permission.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

#include <stdexcept>

namespace Erp::Platform {

void AccessPolicy::protectField(const QString& entity, const QString& field,
                                const QString& permission, const QString& description)
{
    if (entity.isEmpty() || field.isEmpty() || !isValidPermissionName(permission, false))
        throw std::logic_error("bad protected field declaration: " + entity.toStdString() + "." +
                               field.toStdString());
    m_fields.append({entity, field, permission, description});
}

void AccessPolicy::addRecordRule(const RecordRule& rule)
{
    if (rule.id.isEmpty() || rule.entity.isEmpty() || recordRule(rule.id))
        throw std::logic_error("record rule declared twice or without id: " +
                               rule.id.toStdString());
    m_rules.append(rule);
}

QList<ProtectedField> AccessPolicy::protectedFields(const QString& entity) const
{
    QList<ProtectedField> out;
    for (const ProtectedField& f : m_fields)
        if (f.entity == entity)
            out.append(f);
    return out;
}

const RecordRule* AccessPolicy::recordRule(const QString& id) const
{
    for (const RecordRule& r : m_rules)
        if (r.id == id)
            return &r;
    return nullptr;
}

QStringList AccessPolicy::permissions() const
{
    QStringList out;
    for (const ProtectedField& f : m_fields)
        if (!out.contains(f.permission))
            out.append(f.permission);
    return out;
}

QStringList AccessPolicy::hiddenKeys(const QSet<QString>& grants, const QStringList& entities) const
{
    QStringList keys;
    for (const ProtectedField& f : m_fields)
        if (entities.contains(f.entity) && !keys.contains(f.field) &&
            !permissionGranted(grants, f.permission))
            keys.append(f.field);
    return keys;
}

bool AccessPolicy::canRead(const QSet<QString>& grants, const QString& entity,
                           const QString& field) const
{
    for (const ProtectedField& f : m_fields)
        if (f.entity == entity && f.field == field && !permissionGranted(grants, f.permission))
            return false;
    return true;
}

QStringList AccessPolicy::restrictingRules(const QList<RoleGrants>& roles) const
{
    QStringList out;
    for (const RecordRule& rule : m_rules) {
        bool restricts = true; // no role that could read the entity: nothing to see anyway
        for (const RoleGrants& role : roles)
            if (permissionGranted(role.grants, rule.readPermission) &&
                !role.enabledRules.contains(rule.id))
                restricts = false;
        if (restricts)
            out.append(rule.id);
    }
    return out;
}

void AccessPolicy::strip(QJsonValue& value, const QStringList& keys)
{
    if (value.isObject()) {
        QJsonObject o = value.toObject();
        for (const QString& k : keys)
            o.remove(k);
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (it.value().isObject() || it.value().isArray()) {
                QJsonValue child = it.value();
                strip(child, keys);
                it.value() = child;
            }
        }
        value = o;
    } else if (value.isArray()) {
        QJsonArray a = value.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (a.at(i).isObject() || a.at(i).isArray()) {
                QJsonValue child = a.at(i);
                strip(child, keys);
                a.replace(i, child);
            }
        }
        value = a;
    }
}

void AccessPolicy::stripText(QByteArray& json, const QStringList& keys)
{
    bool found = false;
    for (const QString& k : keys)
        found = found || json.contains('"' + k.toUtf8() + "\":");
    if (!found)
        return; // the common case costs one scan, no parse
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    QJsonValue v = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
    strip(v, keys);
    json = v.isArray() ? QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact)
                       : QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact);
}

QJsonObject AccessPolicy::describe(const QStringList& entities) const
{
    QJsonArray fields;
    for (const ProtectedField& f : m_fields)
        if (entities.contains(f.entity))
            fields.append(QJsonObject{{QStringLiteral("entity"), f.entity},
                                      {QStringLiteral("field"), f.field},
                                      {QStringLiteral("permission"), f.permission}});
    if (fields.isEmpty())
        return {};
    return QJsonObject{{QStringLiteral("x-protected-fields"), fields}};
}

QJsonObject AccessPolicy::describeAll() const
{
    QJsonArray fields;
    for (const ProtectedField& f : m_fields)
        fields.append(QJsonObject{{QStringLiteral("entity"), f.entity},
                                  {QStringLiteral("field"), f.field},
                                  {QStringLiteral("permission"), f.permission},
                                  {QStringLiteral("description"), f.description}});
    QJsonArray rules;
    for (const RecordRule& r : m_rules)
        rules.append(QJsonObject{
            {QStringLiteral("id"), r.id},
            {QStringLiteral("entity"), r.entity},
            {QStringLiteral("read_permission"), r.readPermission},
            {QStringLiteral("kind"), r.isTree() ? QStringLiteral("tree") : QStringLiteral("owner")},
            {QStringLiteral("title"), r.title}});
    return QJsonObject{{QStringLiteral("protected_fields"), fields},
                       {QStringLiteral("record_rules"), rules}};
}

} // namespace Erp::Platform
