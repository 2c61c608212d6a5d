#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace Erp::Rpc {
struct Error;
}

namespace Erp::Client {

/// The user-facing error texts: an error with a message id is worded by the catalogue of server
/// messages (ServerMessages) in the clerk's language; otherwise one translated sentence per
/// protocol error code and per field error code, so every page words a problem the same way.
class ErrorText final
{
    Q_DECLARE_TR_FUNCTIONS(Erp::Client::ErrorText)
public:
    /// A sentence for a failed call, e.g. "Someone else changed this record…".
    static QString describe(const Rpc::Error& error);
    /// A short text for a field error code (required, invalid, too_short, too_long, duplicate,
    /// unknown, not_allowed); `serverMessage` is used for codes this client does not know.
    static QString field(const QString& code, const QString& serverMessage = {});
    /// The text of one entry of data.fields: its message id rendered by the catalogue
    /// (ServerMessages), or the text for its code when it has no id.
    static QString field(const QJsonObject& fieldError);
    /// The text for a failed auth.login: wrong credentials or a locked account.
    static QString login(const Rpc::Error& error);
};

} // namespace Erp::Client
