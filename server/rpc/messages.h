#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace Erp::Rpc::Messages {

/// One message the server can produce for a person: a stable id (`module.area.key`) and its
/// English template, in which `{name}` stands for the argument `name` of data.args (or of a
/// result's `*_ref` {id, args}). The client keeps a translation for every id
/// (app/net/servermessages.cpp); tests keep the two in step.
struct Message
{
    const char* id;
    const char* english;
};

/// Every message id the server can produce, sorted by id.
const QList<Message>& all();

/// True when `id` is in the table.
bool isKnown(const QString& id);

/// The English template of `id` with its arguments filled in; empty for an unknown id.
QString english(const QString& id, const QJsonObject& args = {});

} // namespace Erp::Rpc::Messages
