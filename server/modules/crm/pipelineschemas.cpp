#include "server/modules/crm/pipelineschemas.h"

#include "server/rpc/method.h"

#include <QJsonArray>

namespace Erp::Server::Crm::PipelineSchemas {

using Rpc::schemaObject;

QJsonObject type(const char* t, const char* description)
{
    QJsonObject o{{QStringLiteral("type"), QString::fromLatin1(t)}};
    if (description)
        o.insert(QStringLiteral("description"), QString::fromUtf8(description));
    return o;
}

QJsonObject arrayOf(const QJsonObject& items)
{
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("array")},
                       {QStringLiteral("items"), items}};
}

const QJsonObject& messageRef()
{
    static const QJsonObject ref =
        schemaObject({{QStringLiteral("id"), type("string", "message id")},
                      {QStringLiteral("args"), type("object")}});
    return ref;
}

QJsonObject stageSchema()
{
    return schemaObject({{QStringLiteral("id"), type("integer")},
                         {QStringLiteral("name"), type("string")},
                         {QStringLiteral("name_ref"), messageRef()},
                         {QStringLiteral("builtin_key"), type("string")},
                         {QStringLiteral("position"), type("integer")},
                         {QStringLiteral("probability"), type("integer", "percent")},
                         {QStringLiteral("is_won"), type("boolean")},
                         {QStringLiteral("is_lost"), type("boolean")},
                         {QStringLiteral("active"), type("boolean")},
                         {QStringLiteral("version"), type("integer")}});
}

QJsonObject leadSchema()
{
    QJsonObject p;
    for (const char* k : {"name", "kind", "contact_name", "phone", "email", "source", "campaign",
                          "owner_name", "region", "notes", "lost_reason", "lost_note",
                          "customer_name", "opportunity_number", "created_at", "updated_at"})
        p.insert(QString::fromLatin1(k), type("string"));
    for (const char* k :
         {"id", "owner_id", "lost_reason_id", "customer_id", "opportunity_id", "version"})
        p.insert(QString::fromLatin1(k), type("integer"));
    p.insert(QStringLiteral("state"), type("string", "new | qualified | converted | lost"));
    return schemaObject(p);
}

QJsonObject opportunitySchema()
{
    QJsonObject p;
    for (const char* k :
         {"number", "customer_name", "contact_name", "title", "currency", "stage_name",
          "expected_close", "owner_name", "lost_reason", "lost_note", "order_number", "notes",
          "stage_changed_at", "closed_at", "created_at", "updated_at"})
        p.insert(QString::fromLatin1(k), type("string"));
    for (const char* k : {"id", "lead_id", "customer_id", "stage_id", "owner_id", "lost_reason_id",
                          "order_id", "version"})
        p.insert(QString::fromLatin1(k), type("integer"));
    p.insert(QStringLiteral("amount"), type("string", "expected revenue, decimal \"12000.00\""));
    p.insert(QStringLiteral("weighted_amount"), type("string", "amount × probability / 100"));
    p.insert(QStringLiteral("probability"), type("integer", "percent"));
    p.insert(QStringLiteral("state"), type("string", "open | won | lost"));
    p.insert(QStringLiteral("stage_ref"), messageRef());
    p.insert(QStringLiteral("products"),
             arrayOf(schemaObject({{QStringLiteral("product_id"), type("integer")},
                                   {QStringLiteral("qty"), type("string", "decimal, 3 places")},
                                   {QStringLiteral("sku"), type("string")},
                                   {QStringLiteral("name"), type("string")}})));
    p.insert(QStringLiteral("history"),
             arrayOf(schemaObject({{QStringLiteral("from_stage_id"), type("integer")},
                                   {QStringLiteral("to_stage_id"), type("integer")},
                                   {QStringLiteral("moved_at"), type("string")},
                                   {QStringLiteral("moved_by"), type("string")}})));
    return schemaObject(p);
}

QJsonObject activitySchema()
{
    QJsonObject p;
    for (const char* k : {"subject", "due_at", "owner_name", "result", "done_at", "customer_name",
                          "notes", "created_at", "updated_at"})
        p.insert(QString::fromLatin1(k), type("string"));
    for (const char* k :
         {"id", "owner_id", "customer_id", "lead_id", "opportunity_id", "order_id", "version"})
        p.insert(QString::fromLatin1(k), type("integer"));
    p.insert(QStringLiteral("kind"), type("string", "call | meeting | email | task"));
    p.insert(QStringLiteral("done"), type("boolean"));
    p.insert(QStringLiteral("overdue"), type("boolean", "open and due before now"));
    return schemaObject(p);
}

QJsonObject sumSchema()
{
    return schemaObject({{QStringLiteral("count"), type("integer")},
                         {QStringLiteral("amount"), type("string")},
                         {QStringLiteral("weighted"), type("string")}});
}

QJsonObject exportSchema()
{
    return schemaObject({{QStringLiteral("format"), type("string")},
                         {QStringLiteral("filename"), type("string")},
                         {QStringLiteral("mime"), type("string")},
                         {QStringLiteral("rows"), type("integer")},
                         {QStringLiteral("content_base64"), type("string")}});
}

} // namespace Erp::Server::Crm::PipelineSchemas
