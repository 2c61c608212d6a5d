#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

class QJsonValue;

namespace Erp::Client {

/// The client's catalogue of server messages: every message id the server can produce
/// (server/rpc/messages.cpp) with a translated template, in which "{name}" stands for the
/// argument `name`. Arguments that are codes (entity, state, status, action, unit, param) are
/// shown translated too. An id this client does not know falls back to the server's English
/// text and is logged.
class ServerMessages final
{
    Q_DECLARE_TR_FUNCTIONS(Erp::Client::ServerMessages)
public:
    /// The clerk's text for a message id with its arguments; `fallback` for an unknown id.
    static QString text(const QString& id, const QJsonObject& args, const QString& fallback = {});
    /// The text of a result's `*_ref` value ({id, args}, or null: then `fallback`, the English
    /// text the server stored next to it, or a clerk's own words).
    static QString text(const QJsonValue& ref, const QString& fallback);

    /// The text for a -32602 "missing parameter": "Please choose the warehouse." for an id
    /// parameter, "Please fill in the quantity." otherwise.
    static QString missingParam(const QString& param);

    /// Whether the catalogue has `id`; all ids and the untranslated template of one (for tests).
    static bool has(const QString& id);
    static QStringList ids();
    static QString source(const QString& id);
    /// Every untranslated text of the catalogue (templates and code names), for tests.
    static QStringList allSources();
    static const char* context() { return "Erp::Client::ServerMessages"; }

    /// Translated names of the codes the server uses.
    static QString entity(const QString& code);
    static QString state(const QString& code);
    static QString action(const QString& code);
    static QString unit(const QString& code);
    static QString carrier(const QString& code);
    /// The clerk's word for a wire parameter or field name ("warehouse_id" → "warehouse").
    static QString param(const QString& name);
    /// A built-in role's name and description (a custom role keeps its own).
    static QString roleName(const QString& name);
    static QString roleDescription(const QString& name, const QString& stored);
};

} // namespace Erp::Client
