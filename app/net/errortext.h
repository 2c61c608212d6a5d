#pragma once

#include <QCoreApplication>
#include <QString>

namespace Erp::Rpc {
struct Error;
}

namespace Erp::Client {

/// The catalogue of user-facing error texts: one translated sentence per protocol error code
/// and per field error code, so every page words the same problem the same way.
class ErrorText final
{
    Q_DECLARE_TR_FUNCTIONS(Erp::Client::ErrorText)
public:
    /// A sentence for a failed call, e.g. "Someone else changed this record…".
    static QString describe(const Rpc::Error& error);
    /// A short text for a field error code (required, invalid, too_short, too_long, duplicate,
    /// unknown, not_allowed); `serverMessage` is used for codes this client does not know.
    static QString field(const QString& code, const QString& serverMessage = {});
    /// The text for a failed auth.login: wrong credentials or a locked account.
    static QString login(const Rpc::Error& error);
};

} // namespace Erp::Client
