#include "tests/fuzz/fuzzharness.h"

#include "common/jsonrpc.h"
#include "common/lineframer.h"
#include "server/rpc/dispatcher.h"
#include "server/servercore.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>
#include <memory>

namespace Erp::Test {

namespace {

constexpr qsizetype MaxLine = 4096;  // small, so the overflow path is reachable
constexpr int MaxLinesPerInput = 64; // keeps one execution fast
const char* const AdminPassword = "fuzz-admin-pw";

/// The store and dispatcher shared by all inputs of one process (libFuzzer's entry point has
/// no context to hang it on). Created on first use, intentionally never destroyed.
struct Harness
{
    QTemporaryDir dir;
    Server::ServerCore core;
    Rpc::Identity admin;
    bool verbose = qEnvironmentVariableIsSet("ERP_FUZZ_VERBOSE"); ///< print every line and reply
};

Harness& harness()
{
    static Harness* h = [] {
        if (!QCoreApplication::instance()) {
            static int argc = 1;
            static char name[] = "fuzz_protocol";
            static char* argv[] = {name, nullptr};
            new QCoreApplication(argc, argv); // the SQL driver plugins need an application
        }
        auto* created = new Harness;
        // The harness lives until exit; its store files should not outlive the process.
        static const QString dir = created->dir.path();
        std::atexit([] { QDir(dir).removeRecursively(); });
        Server::ServerCore::Options options;
        options.databaseUrl =
            QStringLiteral("sqlite:") + created->dir.filePath(QStringLiteral("fuzz.db"));
        options.initialAdminPassword = QString::fromLatin1(AdminPassword);
        options.logCalls = false;
        QString error;
        if (!created->dir.isValid() || !created->core.open(options, &error)) {
            std::fprintf(stderr, "fuzz harness: cannot open the store: %s\n", qPrintable(error));
            std::abort();
        }
        const QByteArray login = QByteArray(R"({"jsonrpc":"2.0","id":1,"method":"auth.login",)") +
                                 R"("params":{"username":"admin","password":")" + AdminPassword +
                                 "\"}}";
        created->admin = created->core.dispatcher().handleLine(login, Rpc::Identity()).identity;
        if (!created->admin.isLoggedIn()) {
            std::fprintf(stderr, "fuzz harness: the admin cannot log in\n");
            std::abort();
        }
        return created;
    }();
    return *h;
}

/// The dispatcher must not answer exactly the requests that are valid notifications.
bool isValidNotification(const QJsonValue& message)
{
    if (!message.isObject())
        return false;
    const QJsonObject o = message.toObject();
    const QJsonValue params = o.value(QLatin1String("params"));
    return !o.contains(QLatin1String("id")) &&
           o.value(QLatin1String("jsonrpc")) == QJsonValue(QStringLiteral("2.0")) &&
           o.value(QLatin1String("method")).isString() &&
           !o.value(QLatin1String("method")).toString().isEmpty() &&
           (params.isUndefined() || params.isNull() || params.isObject());
}

QString checkResponse(const QJsonValue& response)
{
    static const QList<int> known{-32700, -32600, -32601, -32602, -32001,
                                  -32003, -32004, -32009, -32022, -32030};
    if (!response.isObject())
        return QStringLiteral("a response that is not an object");
    const QJsonObject o = response.toObject();
    if (o.value(QLatin1String("jsonrpc")) != QJsonValue(QStringLiteral("2.0")) ||
        !o.contains(QLatin1String("id")))
        return QStringLiteral("a response without jsonrpc 2.0 or id");
    if (o.contains(QLatin1String("result")) == o.contains(QLatin1String("error")))
        return QStringLiteral("a response without exactly one of result/error");
    if (o.contains(QLatin1String("error"))) {
        const QJsonObject error = o.value(QLatin1String("error")).toObject();
        const int code = error.value(QLatin1String("code")).toInt();
        if (!known.contains(code))
            return QStringLiteral("error %1: %2")
                .arg(code)
                .arg(error.value(QLatin1String("message")).toString());
        if (error.value(QLatin1String("message")).toString().isEmpty())
            return QStringLiteral("an error without a message");
    }
    return {};
}

/// Checks the reply of one line against what the protocol promises for it.
QString checkReply(const QByteArray& line, const QByteArray& reply)
{
    QJsonParseError requestError;
    const QJsonDocument request = QJsonDocument::fromJson(line, &requestError);
    if (!reply.isEmpty() && (!reply.endsWith('\n') || reply.count('\n') != 1))
        return QStringLiteral("the reply is not exactly one line");
    QJsonParseError replyError;
    const QJsonDocument answer = QJsonDocument::fromJson(reply, &replyError);
    if (!reply.isEmpty() && replyError.error != QJsonParseError::NoError)
        return QStringLiteral("the reply is not JSON");

    if (requestError.error != QJsonParseError::NoError) {
        // Qt rejects a top-level scalar ("42"): that is valid JSON, but not a request, so
        // -32600 is as right as -32700 here (tests/protocol pins down which one).
        const QJsonDocument wrapped = QJsonDocument::fromJson("[" + line + "]");
        const bool scalar = wrapped.isArray() && wrapped.array().size() == 1 &&
                            !wrapped.array().first().isObject() &&
                            !wrapped.array().first().isArray();
        const int code = answer.object()
                             .value(QLatin1String("error"))
                             .toObject()
                             .value(QLatin1String("code"))
                             .toInt();
        if (!answer.isObject() || !answer.object().value(QLatin1String("id")).isNull() ||
            !(code == -32700 || (scalar && code == -32600)))
            return QStringLiteral("a line that is not JSON must get -32700 with id null");
        return checkResponse(answer.object());
    }
    if (request.isArray()) {
        const QJsonArray batch = request.array();
        if (batch.isEmpty() || batch.size() > Rpc::Dispatcher::MaxBatch) {
            if (!answer.isObject() || answer.object()
                                              .value(QLatin1String("error"))
                                              .toObject()
                                              .value(QLatin1String("code"))
                                              .toInt() != -32600)
                return QStringLiteral("an empty or oversized batch must get one -32600");
            return {};
        }
        qsizetype expected = 0;
        for (const QJsonValue& m : batch)
            expected += isValidNotification(m) ? 0 : 1;
        if (expected == 0)
            return reply.isEmpty() ? QString()
                                   : QStringLiteral("a batch of notifications got a reply");
        if (!answer.isArray() || answer.array().size() != expected)
            return QStringLiteral("a batch reply must have one entry per non-notification (%1)")
                .arg(expected);
        for (const QJsonValue& r : answer.array()) {
            const QString why = checkResponse(r);
            if (!why.isEmpty())
                return why;
        }
        return {};
    }
    const QJsonValue message = request.object();
    if (isValidNotification(message))
        return reply.isEmpty() ? QString() : QStringLiteral("a notification got a reply");
    if (!answer.isObject())
        return QStringLiteral("a request got no single response");
    const QJsonObject o = message.toObject();
    if (o.contains(QLatin1String("id")) && Rpc::isValidId(o.value(QLatin1String("id"))) &&
        answer.object().value(QLatin1String("id")) != o.value(QLatin1String("id")))
        return QStringLiteral("the response does not echo the id");
    return checkResponse(answer.object());
}

} // namespace

QString fuzzProtocolInput(const uint8_t* data, size_t size)
{
    Harness& h = harness();
    const QByteArray input(reinterpret_cast<const char*>(data), qsizetype(size));
    // Deliver the bytes in chunks of an input-dependent size, as TCP might.
    const qsizetype chunk = size % 4 == 0 ? qsizetype(size) + 1
                                          : 1 + qsizetype((size * 31 + (size ? data[0] : 0)) % 257);

    LineFramer framer(MaxLine);
    Rpc::Identity identity;
    int handled = 0;
    for (qsizetype at = 0; at < input.size() && handled < MaxLinesPerInput && !framer.overflowed();
         at += chunk) {
        const QList<QByteArray> lines = framer.feed(input.mid(at, chunk));
        for (const QByteArray& line : lines) {
            if (line.isEmpty() || line.contains('\n') || line.size() > MaxLine)
                return QStringLiteral("the framer produced an empty, multi-line or over-long line");
            if (line == "#admin") {
                identity = h.admin;
                continue;
            }
            if (line == "#anon") {
                identity = Rpc::Identity();
                continue;
            }
            const Rpc::Dispatcher::Outcome outcome = h.core.dispatcher().handleLine(line, identity);
            if (h.verbose)
                std::fprintf(stderr, "> %s\n< %s", line.left(300).constData(),
                             outcome.reply.left(300).constData());
            const QString why = checkReply(line, outcome.reply);
            if (!why.isEmpty())
                return why + QStringLiteral("\n  request: ") + QString::fromUtf8(line.left(600)) +
                       QStringLiteral("\n  reply:   ") + QString::fromUtf8(outcome.reply.left(600));
            identity = outcome.identity;
            if (++handled >= MaxLinesPerInput)
                break;
        }
        if (framer.pendingBytes() > MaxLine)
            return QStringLiteral("the framer buffers more than one line's worth of bytes");
    }
    return {};
}

} // namespace Erp::Test
