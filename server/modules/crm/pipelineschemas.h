// JSON Schemas of the pipeline's results, for rpc.discover (pipelinemethods.cpp).
#pragma once

#include <QJsonObject>

namespace Erp::Server::Crm::PipelineSchemas {

/// {"type": t, "description": description}
QJsonObject type(const char* t, const char* description = nullptr);
QJsonObject arrayOf(const QJsonObject& items);
/// {id, args}: a text for a person inside a result.
const QJsonObject& messageRef();
QJsonObject stageSchema();
QJsonObject leadSchema();
QJsonObject opportunitySchema();
QJsonObject activitySchema();
/// {count, amount, weighted}
QJsonObject sumSchema();
/// {format, filename, mime, rows, content_base64}
QJsonObject exportSchema();

} // namespace Erp::Server::Crm::PipelineSchemas
