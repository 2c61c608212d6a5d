#pragma once

#include "common/jsonrpc.h"

namespace Erp::Rpc {

/// The shared errors of every module, each with its message id (server/rpc/messages.cpp).
/// `entity` is the stable code of the record kind ("customer", "sales_order", "stock_count"):
/// it travels in data.args.entity and the client shows its translated name.

/// -32009 "The <entity> was changed by someone else meanwhile; reload it" with
/// data.current_version; message id common.version_conflict {entity}.
Error versionConflict(const QString& entity, qint64 currentVersion);

/// -32004 "No <entity> with id <id>"; message id common.not_found {entity, id}.
Error notFound(const QString& entity, qint64 id);

/// A text for a person inside a result (review reason, move reason, timeline note):
/// {"id": messageId, "args": {...}} — the shape of docs/PROTOCOL.md "Message ids".
QJsonObject message(const QString& messageId, const QJsonObject& args = {});

} // namespace Erp::Rpc
