#pragma once

#include "tests/support/rpcclient.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace Erp::Test {

/// Checks one JSON-RPC response against the wire contract: "jsonrpc":"2.0", the expected id,
/// exactly one of result/error, and for errors an integer code plus a non-empty message.
/// `code` 0 means a success is expected. Returns an empty string when it matches, else why not.
inline QString checkResponse(const QJsonValue& reply, int code, const QJsonValue& id)
{
    const QString got = QString::fromUtf8(compact(reply));
    if (!reply.isObject())
        return QStringLiteral("expected a response object, got: ") + got;
    const QJsonObject o = reply.toObject();
    if (o.value(QLatin1String("jsonrpc")) != QJsonValue(QStringLiteral("2.0")))
        return QStringLiteral("\"jsonrpc\" is not \"2.0\" in: ") + got;
    if (!o.contains(QLatin1String("id")) || o.value(QLatin1String("id")) != id)
        return QStringLiteral("expected id %1 in: %2").arg(QString::fromUtf8(compact(id)), got);
    if (o.contains(QLatin1String("result")) == o.contains(QLatin1String("error")))
        return QStringLiteral("expected exactly one of result/error in: ") + got;
    if (code == 0)
        return o.contains(QLatin1String("result")) ? QString()
                                                   : QStringLiteral("expected success: ") + got;
    const QJsonObject error = o.value(QLatin1String("error")).toObject();
    const QJsonValue c = error.value(QLatin1String("code"));
    if (!c.isDouble() || c.toDouble() != double(code))
        return QStringLiteral("expected error code %1 in: %2").arg(code).arg(got);
    if (error.value(QLatin1String("message")).toString().isEmpty())
        return QStringLiteral("error without a message: ") + got;
    return {};
}

} // namespace Erp::Test

/// QVERIFY-style check of a response; use inside a test function.
#define ERP_CHECK_RESPONSE(reply, code, id)                                                        \
    do {                                                                                           \
        const QString erpWhy_ = Erp::Test::checkResponse((reply), (code), (id));                   \
        QVERIFY2(erpWhy_.isEmpty(), qPrintable(erpWhy_));                                          \
    } while (false)
