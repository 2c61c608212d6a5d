#include "app/net/errortext.h"

#include "app/net/apiclient.h"
#include "app/net/servermessages.h"
#include "common/jsonrpc.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace Erp::Client {

QString ErrorText::describe(const Rpc::Error& error)
{
    // An error with a message id is worded by the catalogue in the clerk's language; the
    // generic sentences below remain for errors without one (e.g. from an older server).
    const QString id = error.messageId();
    if (!id.isEmpty() && error.code != Rpc::ValidationFailed) {
        const QJsonObject args = error.messageArgs();
        // A missing parameter, or an id that is not a record (0: nothing chosen), asks the
        // clerk to fill in or choose that field, named in the clerk's words.
        const bool missing =
            id == QLatin1String("rpc.params.missing") ||
            (id == QLatin1String("rpc.params.type") &&
             args.value(QLatin1String("expected")).toString() == QLatin1String("id"));
        const QString text =
            missing ? ServerMessages::missingParam(args.value(QLatin1String("param")).toString())
                    : ServerMessages::text(id, args);
        if (!text.isEmpty()) {
            if (error.code == Rpc::BusinessRule)
                return tr("This is not allowed: %1").arg(text);
            return text;
        }
    }
    switch (error.code) {
    case ApiClient::ConnectionLost:
        return tr("The connection to the server was lost. The client reconnects automatically; "
                  "please try again in a moment.");
    case ApiClient::NotConnected:
        return tr("Not connected to the server. Please try again in a moment.");
    case ApiClient::BadReply:
        return tr("The server sent an unreadable reply.");
    case Rpc::NotAuthenticated:
        return tr("Your session has ended. Please log in again.");
    case Rpc::Forbidden:
        return tr("You do not have permission to do this. Ask an administrator for access.");
    case Rpc::NotFound:
        return tr("The record no longer exists. Someone may have deleted it.");
    case Rpc::VersionConflict:
        return tr("Someone else changed this record in the meantime. Reload it and try again.");
    case Rpc::ValidationFailed: {
        const QJsonArray fields = error.data.toObject().value(QLatin1String("fields")).toArray();
        QStringList parts;
        for (const QJsonValue& v : fields) {
            const QJsonObject f = v.toObject();
            parts.append(QStringLiteral("%1: %2").arg(
                ServerMessages::param(f.value(QLatin1String("field")).toString()), field(f)));
        }
        if (parts.isEmpty())
            return tr("Some values are not valid.");
        return tr("Some values are not valid: %1").arg(parts.join(QLatin1String("; ")));
    }
    case Rpc::BusinessRule:
        return tr("This is not allowed: %1").arg(error.message);
    case Rpc::InternalError: {
        const QString logId =
            error.data.toObject().value(QLatin1String("log_id")).toVariant().toString();
        if (logId.isEmpty())
            return tr("An internal error occurred on the server.");
        return tr("An internal error occurred on the server. Please tell your administrator "
                  "the log id %1.")
            .arg(logId);
    }
    default:
        return tr("The server rejected the request: %1").arg(error.message);
    }
}

QString ErrorText::field(const QString& code, const QString& serverMessage)
{
    if (code == QLatin1String("required"))
        return tr("This field is required.");
    if (code == QLatin1String("invalid"))
        return tr("This value is not valid.");
    if (code == QLatin1String("too_short"))
        return tr("This value is too short.");
    if (code == QLatin1String("too_long"))
        return tr("This value is too long.");
    if (code == QLatin1String("duplicate"))
        return tr("This value is already in use.");
    if (code == QLatin1String("unknown"))
        return tr("This value is unknown.");
    if (code == QLatin1String("not_allowed"))
        return tr("This value is not allowed.");
    return serverMessage.isEmpty() ? tr("This value is not valid.") : serverMessage;
}

QString ErrorText::field(const QJsonObject& fieldError)
{
    const QString code = fieldError.value(QLatin1String("code")).toString();
    const QString message = fieldError.value(QLatin1String("message")).toString();
    const QString id = fieldError.value(QLatin1String("message_id")).toString();
    if (id.isEmpty())
        return field(code, message);
    return ServerMessages::text(id, fieldError.value(QLatin1String("args")).toObject(),
                                field(code, message));
}

QString ErrorText::login(const Rpc::Error& error)
{
    if (error.code != Rpc::NotAuthenticated)
        return describe(error);
    const QString lockedUntil =
        error.data.toObject().value(QLatin1String("locked_until")).toString();
    if (!lockedUntil.isEmpty()) {
        const QDateTime until = QDateTime::fromString(lockedUntil, Qt::ISODateWithMs).toLocalTime();
        return tr("This account is locked after too many failed attempts. Try again after %1, "
                  "or ask an administrator to unlock it.")
            .arg(QLocale().toString(until.time(), QLocale::ShortFormat));
    }
    return tr("Invalid username or password.");
}

} // namespace Erp::Client
