#include "app/net/errortext.h"

#include "app/net/apiclient.h"
#include "common/jsonrpc.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace Erp::Client {

QString ErrorText::describe(const Rpc::Error& error)
{
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
            parts.append(
                QStringLiteral("%1: %2").arg(f.value(QLatin1String("field")).toString(),
                                             field(f.value(QLatin1String("code")).toString(),
                                                   f.value(QLatin1String("message")).toString())));
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
