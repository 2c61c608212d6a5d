#include "server/modules/hr/organisation.h"

#include "common/jsonrpc.h"

#include <QRegularExpression>

namespace Erp::Server::Hr {

namespace {

const QString kInvalid = QStringLiteral("invalid");

QJsonValue idOrNull(qint64 id)
{
    return id > 0 ? QJsonValue(id) : QJsonValue();
}

void text(const QJsonObject& json, const char* key, QString& out, int max, Rpc::FieldErrors& errors)
{
    const auto it = json.constFind(QLatin1String(key));
    if (it == json.constEnd())
        return;
    if (it->isNull()) {
        out.clear();
        return;
    }
    if (!it->isString()) {
        errors.add(QLatin1String(key), kInvalid, QStringLiteral("must be text"),
                   QStringLiteral("validation.text"));
        return;
    }
    const QString value = it->toString().trimmed();
    if (value.size() > max) {
        errors.add(QLatin1String(key), QStringLiteral("too_long"),
                   QStringLiteral("must be at most %1 characters").arg(max),
                   QStringLiteral("validation.too_long"),
                   QJsonObject{{QStringLiteral("max"), max}});
        return;
    }
    out = value;
}

void id(const QJsonObject& json, const char* key, qint64& out, Rpc::FieldErrors& errors)
{
    const auto it = json.constFind(QLatin1String(key));
    if (it == json.constEnd())
        return;
    if (it->isNull()) {
        out = 0;
        return;
    }
    const double d = it->toDouble();
    if (!it->isDouble() || d < 1 || d != double(qint64(d))) {
        errors.add(QLatin1String(key), kInvalid, QStringLiteral("must be a record id"),
                   QStringLiteral("validation.record_id"));
        return;
    }
    out = qint64(d);
}

void active(const QJsonObject& json, bool& out, Rpc::FieldErrors& errors)
{
    const QJsonValue v = json.value(QLatin1String("active"));
    if (v.isBool())
        out = v.toBool();
    else if (!v.isUndefined() && !v.isNull())
        errors.add(QStringLiteral("active"), kInvalid, QStringLiteral("must be true or false"),
                   QStringLiteral("validation.boolean"));
}

void required(const QString& value, const char* field, Rpc::FieldErrors& errors)
{
    if (value.isEmpty())
        errors.add(QLatin1String(field), QStringLiteral("required"), QStringLiteral("is required"),
                   QStringLiteral("validation.required"));
}

} // namespace

QJsonObject toJson(const Department& d)
{
    return QJsonObject{
        {QStringLiteral("id"), d.id},
        {QStringLiteral("code"), d.code},
        {QStringLiteral("name"), d.name},
        {QStringLiteral("parent_id"), idOrNull(d.parentId)},
        {QStringLiteral("parent_name"), d.parentName},
        {QStringLiteral("manager_id"), idOrNull(d.managerId)},
        {QStringLiteral("manager_name"), d.managerName},
        {QStringLiteral("active"), d.active},
        {QStringLiteral("notes"), d.notes},
        {QStringLiteral("employees"), d.employees},
        {QStringLiteral("created_at"), d.createdAt},
        {QStringLiteral("updated_at"), d.updatedAt},
        {QStringLiteral("version"), d.version},
    };
}

QJsonObject toJson(const Position& p)
{
    return QJsonObject{
        {QStringLiteral("id"), p.id},
        {QStringLiteral("title"), p.title},
        {QStringLiteral("department_id"), idOrNull(p.departmentId)},
        {QStringLiteral("department_name"), p.departmentName},
        {QStringLiteral("headcount"), p.headcount},
        {QStringLiteral("filled"), p.filled},
        {QStringLiteral("vacancies"), qMax(0, p.headcount - p.filled)},
        {QStringLiteral("active"), p.active},
        {QStringLiteral("notes"), p.notes},
        {QStringLiteral("created_at"), p.createdAt},
        {QStringLiteral("updated_at"), p.updatedAt},
        {QStringLiteral("version"), p.version},
    };
}

void applyJson(Department& d, const QJsonObject& json, Rpc::FieldErrors& errors)
{
    text(json, "code", d.code, 20, errors);
    d.code = d.code.toUpper();
    text(json, "name", d.name, 100, errors);
    id(json, "parent_id", d.parentId, errors);
    id(json, "manager_id", d.managerId, errors);
    text(json, "notes", d.notes, 2000, errors);
    active(json, d.active, errors);
}

void applyJson(Position& p, const QJsonObject& json, Rpc::FieldErrors& errors)
{
    text(json, "title", p.title, 100, errors);
    id(json, "department_id", p.departmentId, errors);
    text(json, "notes", p.notes, 2000, errors);
    active(json, p.active, errors);
    const QJsonValue h = json.value(QLatin1String("headcount"));
    if (!h.isUndefined() && !h.isNull()) {
        const double v = h.toDouble();
        if (!h.isDouble() || v != double(qint64(v)) || v < 0 || v > 100000)
            errors.add(QStringLiteral("headcount"), kInvalid,
                       QStringLiteral("must be between 0 and 100000"),
                       QStringLiteral("validation.range"),
                       QJsonObject{{QStringLiteral("min"), 0}, {QStringLiteral("max"), 100000}});
        else
            p.headcount = int(v);
    }
}

void validate(const Department& d, Rpc::FieldErrors& errors)
{
    static const QRegularExpression codePattern(QStringLiteral("^[A-Z0-9][A-Z0-9_-]{0,19}$"));
    required(d.name, "name", errors);
    if (!d.code.isEmpty() && !codePattern.match(d.code).hasMatch())
        errors.add(QStringLiteral("code"), kInvalid,
                   QStringLiteral("must be letters, digits, '-' or '_'"),
                   QStringLiteral("validation.code_chars"));
}

void validate(const Position& p, Rpc::FieldErrors& errors)
{
    required(p.title, "title", errors);
    if (p.departmentId <= 0)
        errors.add(QStringLiteral("department_id"), QStringLiteral("required"),
                   QStringLiteral("is required"), QStringLiteral("validation.required"));
}

} // namespace Erp::Server::Hr
