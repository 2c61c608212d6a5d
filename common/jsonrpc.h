#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

class QByteArray;

namespace Erp::Rpc {

/// Error codes of the wire protocol (docs/PROTOCOL.md).
enum ErrorCode : int {
    ParseError = -32700,
    InvalidRequest = -32600,
    MethodNotFound = -32601,
    InvalidParams = -32602,
    NotAuthenticated = -32001,
    Forbidden = -32003,
    NotFound = -32004,
    VersionConflict = -32009,
    ValidationFailed = -32022,
    BusinessRule = -32030,
    InternalError = -32050,
};

/// An error as it travels in a response: thrown by services, caught by the dispatcher.
///
/// Besides the English `message` (for logs and scripts), an error a person may read carries a
/// stable message id with its arguments, which the client renders in the clerk's language:
/// `data.message_id` and `data.args` on the wire, e.g.
/// `Error(BusinessRule, "Insufficient stock").withId("inventory.stock.insufficient", {{"sku",
/// s}})`. Field errors carry the same pair per field (FieldErrors::add).
struct Error
{
    int code = InternalError;
    QString message;
    QJsonValue data;

    Error() = default;
    Error(int c, QString msg, QJsonValue d = {})
        : code(c)
        , message(std::move(msg))
        , data(std::move(d))
    {}

    QJsonObject toJson() const;
    static Error fromJson(const QJsonObject& error);

    /// Sets data.message_id and data.args (keeps the rest of data, which must be an object or
    /// empty).
    Error& withId(const QString& messageId, const QJsonObject& args = {});
    QString messageId() const;
    QJsonObject messageArgs() const;

    /// -32022 with data.fields = [{field, code, message[, message_id, args]}].
    static Error validation(const QString& field, const QString& code, const QString& message,
                            const QString& messageId = {}, const QJsonObject& args = {});
};

/// One field error as it travels in data.fields: {field, code, message[, message_id, args]}.
QJsonObject fieldError(const QString& field, const QString& code, const QString& message,
                       const QString& messageId = {}, const QJsonObject& args = {});

/// Collects field errors; throws one -32022 carrying all of them.
class FieldErrors final
{
public:
    void add(const QString& field, const QString& code, const QString& message,
             const QString& messageId = {}, const QJsonObject& args = {});
    bool isEmpty() const { return m_fields.isEmpty(); }
    void throwIfAny() const;

private:
    QList<QJsonObject> m_fields;
};

/// Serialises one message compactly, terminated by '\n'.
QByteArray encodeLine(const QJsonValue& message);

QJsonObject makeRequest(const QJsonValue& id, const QString& method, const QJsonValue& params);
QJsonObject makeNotification(const QString& method, const QJsonValue& params);
QJsonObject makeResult(const QJsonValue& id, const QJsonValue& result);
QJsonObject makeError(const QJsonValue& id, const Error& error);

/// A parsed incoming request (or notification when hasId is false).
struct Request
{
    QJsonValue id;
    bool hasId = false;
    QString method;
    QJsonObject params;
};

/// Validates one request object against JSON-RPC 2.0. On failure returns false and fills
/// `error`; `request.id` is set whenever an id could be read, so the error can echo it.
bool parseRequest(const QJsonValue& value, Request& request, Error& error);

/// Checks an id is a string, a number or null (the JSON-RPC rule).
bool isValidId(const QJsonValue& id);

} // namespace Erp::Rpc
