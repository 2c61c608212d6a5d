#include "server/rpc/dispatcher.h"

#include "common/jsonrpc.h"
#include "common/money.h"
#include "common/permission.h"
#include "server/platform/eventbus.h"
#include "server/platform/fieldaccess.h"
#include "server/rpc/calllog.h"
#include "server/rpc/identityrefresh.h"
#include "server/rpc/modulegate.h"
#include "server/rpc/registry.h"
#include "server/storage/auditlog.h"
#include "server/storage/database.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QThread>

#include <algorithm>
#include <cmath>
#include <exception>

namespace Erp::Rpc {

void CallContext::recordChange(const QString& entity, qint64 id, qint64 version,
                               const QJsonValue& before, const QJsonValue& after, bool notify)
{
    Storage::AuditLog::append(
        db, {identity.userId, identity.username, method, entity, id, before, after, {}});
    if (notify)
        notifyChanged(entity, id, version);
}

void CallContext::notifyChanged(const QString& entity, qint64 id, qint64 version)
{
    changes.append({entity, id, version, identity.username});
}

Dispatcher::Dispatcher(Storage::Database& db, const MethodRegistry& registry, const CallLog& log,
                       const Platform::EventBus& events)
    : m_db(db)
    , m_registry(registry)
    , m_log(log)
    , m_events(events)
{}

Dispatcher::Outcome Dispatcher::handleLine(const QByteArray& line, const Identity& identity,
                                           qsizetype maxBatchReplyBytes)
{
    Outcome outcome;
    outcome.identity = identity;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(line, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // QJsonDocument refuses a bare scalar ("42", "null"): that is valid JSON, only not a
        // request object, so it gets -32600 like any other non-object.
        QJsonParseError scalarError;
        const QJsonDocument wrapped = QJsonDocument::fromJson('[' + line + ']', &scalarError);
        const bool scalar =
            scalarError.error == QJsonParseError::NoError && wrapped.array().size() == 1;
        const Error e =
            scalar
                ? Error(InvalidRequest, QStringLiteral("Invalid request: expected a JSON object"))
                      .withId(QStringLiteral("rpc.invalid_request"))
                : Error(ParseError, QStringLiteral("Parse error: %1 at offset %2")
                                        .arg(parseError.errorString())
                                        .arg(parseError.offset))
                      .withId(QStringLiteral("rpc.parse_error"),
                              QJsonObject{{QStringLiteral("offset"), parseError.offset}});
        m_log.call(scalar ? QStringLiteral("(invalid request)") : QStringLiteral("(parse error)"),
                   identity.username, 0, e.code);
        outcome.reply = encodeLine(makeError(QJsonValue::Null, e));
        return outcome;
    }
    if (doc.isArray()) {
        const QJsonArray batch = doc.array();
        if (batch.isEmpty() || batch.size() > MaxBatch) {
            Error e(InvalidRequest,
                    batch.isEmpty()
                        ? QStringLiteral("Invalid request: empty batch")
                        : QStringLiteral("Invalid request: batch larger than %1").arg(MaxBatch));
            e.withId(QStringLiteral("rpc.invalid_request"));
            outcome.reply = encodeLine(makeError(QJsonValue::Null, e));
            return outcome;
        }
        handleBatch(batch, outcome, maxBatchReplyBytes);
        return outcome;
    }
    QByteArray rawLine;
    const QJsonValue reply =
        handleOne(doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(), outcome, &rawLine);
    if (!rawLine.isEmpty())
        outcome.reply = rawLine;
    else if (!reply.isUndefined())
        outcome.reply = encodeLine(reply);
    return outcome;
}

void Dispatcher::handleBatch(const QJsonArray& batch, Outcome& outcome, qsizetype maxReplyBytes)
{
    QByteArray replies;
    auto append = [&replies](const QByteArray& reply) {
        replies += replies.isEmpty() ? '[' : ',';
        replies += reply;
    };
    qsizetype i = 0;
    for (; i < batch.size(); ++i) {
        if (maxReplyBytes > 0 && replies.size() > maxReplyBytes)
            break;
        QByteArray rawLine;
        const QJsonValue reply = handleOne(batch.at(i), outcome, &rawLine);
        if (!rawLine.isEmpty())
            append(rawLine.chopped(1)); // a handler's own JSON text, spliced in unparsed
        else if (!reply.isUndefined())
            append(encodeLine(reply).chopped(1));
    }
    if (i < batch.size()) {
        // The rest is not run: the client sends it again, e.g. in smaller batches.
        const Error notRun =
            Error(LimitReached,
                  QStringLiteral("Not run: the replies of this batch passed %1 bytes; send the "
                                 "rest again in another batch")
                      .arg(maxReplyBytes),
                  QJsonObject{{QStringLiteral("limit"), QStringLiteral("batch_reply_bytes")},
                              {QStringLiteral("max"), maxReplyBytes}})
                .withId(QStringLiteral("rpc.batch.reply_too_large"),
                        {{QStringLiteral("max"), maxReplyBytes}});
        m_log.call(QStringLiteral("(batch reply limit)"), outcome.identity.username, 0,
                   LimitReached);
        for (; i < batch.size(); ++i) {
            Request request;
            Error error;
            if (!parseRequest(batch.at(i), request, error))
                append(encodeLine(makeError(request.id, error)).chopped(1));
            else if (request.hasId)
                append(encodeLine(makeError(request.id, notRun)).chopped(1));
        }
    }
    if (!replies.isEmpty()) {
        replies += "]\n";
        outcome.reply = std::move(replies);
    }
}

QJsonValue Dispatcher::handleMessage(const QJsonValue& message, Outcome& outcome)
{
    return handleOne(message, outcome, nullptr);
}

QJsonValue Dispatcher::handleOne(const QJsonValue& message, Outcome& outcome, QByteArray* rawLine)
{
    Request request;
    Error error;
    if (!parseRequest(message, request, error)) {
        m_log.call(QStringLiteral("(invalid request)"), outcome.identity.username, 0, error.code);
        return makeError(request.id, error);
    }
    QElapsedTimer timer;
    timer.start();
    int code = 0;
    QJsonValue reply;
    try {
        outcome.rawResult.clear();
        QJsonValue result = call(request, outcome);
        if (!outcome.rawResult.isEmpty()) {
            const QByteArray raw = std::exchange(outcome.rawResult, QByteArray());
            if (rawLine && request.hasId) {
                // The reply object as QJsonDocument writes it (keys sorted), around the text.
                // (In a batch too: the batch's reply is text put together entry by entry.)
                const QByteArray id = QJsonDocument(QJsonArray{request.id})
                                          .toJson(QJsonDocument::Compact)
                                          .chopped(1)
                                          .mid(1);
                *rawLine = "{\"id\":" + id + ",\"jsonrpc\":\"2.0\",\"result\":" + raw + "}\n";
            } else if (request.hasId) {
                result = QJsonDocument::fromJson(raw).object(); // handleMessage(): a value
            }
        }
        reply = makeResult(request.id, result);
    } catch (const Error& e) {
        code = e.code;
        reply = makeError(request.id, e);
    }
    m_log.call(request.method, outcome.identity.username, timer.nsecsElapsed() / 1e6, code);
    return request.hasId ? reply : QJsonValue(QJsonValue::Undefined);
}

QJsonValue Dispatcher::call(const Request& request, Outcome& outcome)
{
    const MethodSpec* spec = m_registry.find(request.method);
    if (!spec)
        throw Error(MethodNotFound, QStringLiteral("Method not found: %1").arg(request.method))
            .withId(QStringLiteral("rpc.method_not_found"),
                    QJsonObject{{QStringLiteral("method"), request.method}});
    if (spec->access != MethodSpec::Access::Public && !outcome.identity.isLoggedIn())
        throw Error(NotAuthenticated, QStringLiteral("Not logged in: call auth.login first"))
            .withId(QStringLiteral("auth.not_logged_in"));
    if (m_gate) {
        const QString module = m_gate->disabledModuleOf(spec->name);
        if (!module.isEmpty())
            throw Error(BusinessRule,
                        QStringLiteral("The module %1 is not enabled for this company").arg(module),
                        QJsonObject{{QStringLiteral("module"), module}})
                .withId(QStringLiteral("platform.module.disabled"),
                        {{QStringLiteral("module"), module}});
    }
    if (!spec->usesStore) {
        CallContext ctx(m_db, outcome.identity, spec->name);
        ctx.access = &m_registry.access();
        // Roles may have changed since this session loaded its grants: reload them in a short
        // read transaction of their own, as runInTransaction does inside the call's.
        const quint64 epoch = m_grantsEpoch.load();
        if (ctx.identity.isLoggedIn() && ctx.identity.grantsEpoch != epoch) {
            Events::IdentityRefresh refresh;
            try {
                Storage::Transaction tx(m_db, Storage::Transaction::ReadOnly);
                if (m_events.ask(ctx, refresh).answered) {
                    if (!refresh.active) {
                        outcome.identity = Identity();
                        throw Error(
                            NotAuthenticated,
                            QStringLiteral("Session ended: the account is no longer active"))
                            .withId(QStringLiteral("auth.account_inactive"));
                    }
                    ctx.identity.grantsEpoch = epoch;
                    outcome.identity = ctx.identity;
                }
                tx.commit();
            } catch (const Storage::StoreError& e) {
                const QString id = QString::number(QRandomGenerator::global()->generate64(), 16);
                m_log.internalError(id, spec->name, e.message);
                throw Error(InternalError, QStringLiteral("Internal error (log id %1)").arg(id),
                            QJsonObject{{QStringLiteral("log_id"), id}})
                    .withId(QStringLiteral("rpc.internal_error"),
                            QJsonObject{{QStringLiteral("log_id"), id}});
            }
        }
        checkPermission(*spec, ctx.identity);
        checkParams(*spec, request.params);
        QJsonValue result = spec->handler(ctx, request.params);
        Platform::FieldAccess::strip(ctx, spec->carried, result, ctx.rawResult);
        outcome.rawResult = ctx.rawResult;
        return result;
    }
    return runInTransaction(*spec, request.params, outcome);
}

QJsonValue Dispatcher::runInTransaction(const MethodSpec& spec, const QJsonObject& params,
                                        Outcome& outcome)
{
    constexpr int MaxAttempts = 8;
    for (int attempt = 1;; ++attempt) {
        CallContext ctx(m_db, outcome.identity, spec.name);
        ctx.access = &m_registry.access();
        try {
            Storage::Transaction tx(m_db, spec.readOnly ? Storage::Transaction::ReadOnly
                                                        : Storage::Transaction::ReadWrite);
            // Roles may have changed since this session loaded its grants.
            const quint64 epoch = m_grantsEpoch.load();
            Events::IdentityRefresh refresh;
            if (ctx.identity.isLoggedIn() && ctx.identity.grantsEpoch != epoch &&
                m_events.ask(ctx, refresh).answered) {
                if (!refresh.active) {
                    outcome.identity = Identity();
                    throw Error(NotAuthenticated,
                                QStringLiteral("Session ended: the account is no longer active"))
                        .withId(QStringLiteral("auth.account_inactive"));
                }
                ctx.identity.grantsEpoch = epoch;
                outcome.identity = ctx.identity;
            }
            // Permission before parameters: a caller without the right learns nothing more.
            checkPermission(spec, ctx.identity);
            checkParams(spec, params);
            Platform::FieldAccess::checkParams(ctx, spec.written, params);
            QJsonValue result = spec.handler(ctx, params);
            // Protected fields the caller may not read leave no trace in the reply.
            Platform::FieldAccess::strip(ctx, spec.carried, result, ctx.rawResult);
            outcome.rawResult = ctx.rawResult;
            if (ctx.rollbackOnly)
                return result; // the transaction's destructor rolls back; nothing to announce
            tx.commit();
            outcome.identity = ctx.identity;
            outcome.changes.append(ctx.changes);
            outcome.delayMs = qMax(outcome.delayMs, ctx.responseDelayMs);
            if (ctx.grantsChanged)
                ++m_grantsEpoch;
            if (m_gate && !ctx.changes.isEmpty())
                m_gate->committed(ctx.changes);
            if (ctx.failAfterCommit)
                throw *ctx.failAfterCommit;
            return result;
        } catch (const Error&) {
            // A rejected call still carries its side effects on the identity (e.g. a failed
            // login's back-off); the transaction itself was rolled back.
            outcome.delayMs = qMax(outcome.delayMs, ctx.responseDelayMs);
            throw;
        } catch (const Storage::StoreError& e) {
            if (e.connectionLost) // e.g. PostgreSQL restarted: reopen on the next attempt
                m_db.closeThreadConnection();
            if ((e.transient || e.connectionLost) && attempt < MaxAttempts) {
                const int backoffMs =
                    (1 << qMin(attempt, 6)) + int(QRandomGenerator::global()->bounded(4));
                QThread::msleep(backoffMs);
                continue;
            }
            if (e.uniqueViolation)
                throw Error(
                    ValidationFailed,
                    QStringLiteral("Validation failed: a record with this value already exists"),
                    QJsonObject{{QStringLiteral("fields"), QJsonArray()}})
                    .withId(QStringLiteral("common.duplicate"));
            const QString id = QString::number(QRandomGenerator::global()->generate64(), 16);
            m_log.internalError(id, spec.name, e.message);
            throw Error(InternalError, QStringLiteral("Internal error (log id %1)").arg(id),
                        QJsonObject{{QStringLiteral("log_id"), id}})
                .withId(QStringLiteral("rpc.internal_error"),
                        QJsonObject{{QStringLiteral("log_id"), id}});
        } catch (const std::exception& e) {
            const QString id = QString::number(QRandomGenerator::global()->generate64(), 16);
            m_log.internalError(id, spec.name, QString::fromUtf8(e.what()));
            throw Error(InternalError, QStringLiteral("Internal error (log id %1)").arg(id),
                        QJsonObject{{QStringLiteral("log_id"), id}})
                .withId(QStringLiteral("rpc.internal_error"),
                        QJsonObject{{QStringLiteral("log_id"), id}});
        }
    }
}

void Dispatcher::checkPermission(const MethodSpec& spec, const Identity& identity) const
{
    if (spec.access == MethodSpec::Access::Public ||
        permissionGranted(identity.grants, spec.permission))
        return;
    throw Error(
        Forbidden,
        QStringLiteral("Forbidden: %1 needs the permission %2").arg(spec.name, spec.permission),
        QJsonObject{{QStringLiteral("permission"), spec.permission}})
        .withId(QStringLiteral("rpc.forbidden"),
                QJsonObject{{QStringLiteral("method"), spec.name},
                            {QStringLiteral("permission"), spec.permission}});
}

namespace {

/// C0 controls but tab, line feed and carriage return, and DEL: never part of a name, a note
/// or a search a clerk typed (a NUL also ends strings in C libraries and some drivers).
bool isRefusedControl(QChar c)
{
    const char16_t u = c.unicode();
    return (u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r') || u == 0x7F;
}

/// The path ("contacts[0].phone") of the first string in `v` holding a refused control
/// character; false when there is none.
bool findControlCharacter(const QJsonValue& v, const QString& path, QString* where)
{
    if (v.isString()) {
        const QString s = v.toString();
        if (std::none_of(s.begin(), s.end(), isRefusedControl))
            return false;
        *where = path;
        return true;
    }
    if (v.isArray()) {
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            if (findControlCharacter(a.at(i), path + QStringLiteral("[%1]").arg(i), where))
                return true;
    } else if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            if (findControlCharacter(it.value(), path.isEmpty() ? it.key() : path + u'.' + it.key(),
                                     where))
                return true;
    }
    return false;
}

} // namespace

void Dispatcher::refuseControlCharacters(const MethodSpec& spec, const QJsonObject& params)
{
    QString where;
    if (!spec.refusesControlCharacters || !findControlCharacter(params, QString(), &where))
        return;
    const QString top = where.section(QLatin1Char('.'), 0, 0).section(QLatin1Char('['), 0, 0);
    if (top == QLatin1String("search") || top == QLatin1String("filter"))
        throw Error(InvalidParams,
                    QStringLiteral("Invalid params for %1: \"%2\" must not contain control "
                                   "characters")
                        .arg(spec.name, where),
                    QJsonObject{{QStringLiteral("param"), where}})
            .withId(QStringLiteral("rpc.params.control_chars"),
                    {{QStringLiteral("param"), where}, {QStringLiteral("method"), spec.name}});
    throw Error::validation(where, QStringLiteral("control_chars"),
                            QStringLiteral("must not contain control characters"),
                            QStringLiteral("validation.control_chars"));
}

void Dispatcher::checkParams(const MethodSpec& spec, const QJsonObject& params) const
{
    // data.args.param names the parameter, so that a form can say which of its fields it is.
    auto invalid = [&spec](const QString& why, const QString& param) {
        return Error(InvalidParams, QStringLiteral("Invalid params for %1: %2").arg(spec.name, why),
                     QJsonObject{{QStringLiteral("param"), param}});
    };
    auto argsOf = [&spec](const QString& param, QJsonObject args = {}) {
        args.insert(QStringLiteral("param"), param);
        args.insert(QStringLiteral("method"), spec.name);
        return args;
    };
    for (auto it = params.begin(); it != params.end(); ++it) {
        const auto known = std::find_if(spec.params.begin(), spec.params.end(),
                                        [&it](const ParamSpec& p) { return p.name == it.key(); });
        if (known == spec.params.end())
            throw invalid(QStringLiteral("unknown parameter \"%1\"").arg(it.key()), it.key())
                .withId(QStringLiteral("rpc.params.unknown"), argsOf(it.key()));
    }
    for (const ParamSpec& p : spec.params) {
        const QJsonValue v = params.value(p.name);
        if (v.isUndefined() || v.isNull()) {
            if (p.required)
                throw invalid(QStringLiteral("missing required parameter \"%1\"").arg(p.name),
                              p.name)
                    .withId(QStringLiteral("rpc.params.missing"), argsOf(p.name));
            continue;
        }
        bool ok = true;
        switch (p.type) {
        case ParamType::String:
            ok = v.isString() && (p.maxLength <= 0 || v.toString().size() <= p.maxLength);
            break;
        case ParamType::Integer:
        case ParamType::Id: {
            const double d = v.toDouble();
            ok = v.isDouble() && std::isfinite(d) && d == std::floor(d) &&
                 std::fabs(d) <= 9007199254740991.0 && (p.type != ParamType::Id || d >= 1);
            break;
        }
        case ParamType::Boolean:
            ok = v.isBool();
            break;
        case ParamType::Object:
            ok = v.isObject();
            break;
        case ParamType::Array:
            ok = v.isArray();
            break;
        case ParamType::Decimal: {
            // The shape only; range and scale are the service's field rules (a -32022 the form
            // can show under the field).
            static const QRegularExpression decimal(
                QStringLiteral("^\\s*[-+]?(\\d+(\\.\\d*)?|\\.\\d+)\\s*$"));
            ok = v.isString() && decimal.match(v.toString()).hasMatch();
        } break;
        case ParamType::Any:
            break;
        }
        if (!ok) {
            QString expected = paramTypeName(p.type);
            if (p.type == ParamType::Decimal)
                expected = QStringLiteral("a decimal string such as \"12.50\"");
            else if (p.type == ParamType::Id)
                expected = QStringLiteral("a positive integer id");
            else if (p.type == ParamType::String && p.maxLength > 0)
                expected = QStringLiteral("a string of at most %1 characters").arg(p.maxLength);
            QJsonObject args{{QStringLiteral("expected"),
                              p.type == ParamType::Id        ? QStringLiteral("id")
                              : p.type == ParamType::Decimal ? QStringLiteral("decimal")
                                                             : paramTypeName(p.type)}};
            if (p.type == ParamType::String && p.maxLength > 0 && v.isString()) {
                args.insert(QStringLiteral("max"), p.maxLength);
                throw invalid(QStringLiteral("\"%1\" must be %2").arg(p.name, expected), p.name)
                    .withId(QStringLiteral("rpc.params.too_long"), argsOf(p.name, args));
            }
            throw invalid(QStringLiteral("\"%1\" must be %2").arg(p.name, expected), p.name)
                .withId(QStringLiteral("rpc.params.type"), argsOf(p.name, args));
        }
    }
    const QJsonValue filter = params.value(QLatin1String("filter"));
    if (filter.isObject()) {
        const QJsonObject keys = filter.toObject();
        for (auto it = keys.begin(); it != keys.end(); ++it)
            if (!spec.filterKeys.contains(it.key())) {
                const QString param = QStringLiteral("filter.") + it.key();
                throw invalid(QStringLiteral("unknown filter \"%1\"; known: %2")
                                  .arg(it.key(), spec.filterKeys.join(QStringLiteral(", "))),
                              param)
                    .withId(QStringLiteral("rpc.params.unknown_filter"),
                            argsOf(param, {{QStringLiteral("key"), it.key()}}));
            }
    }
    refuseControlCharacters(spec, params);
}

} // namespace Erp::Rpc
