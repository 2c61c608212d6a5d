#include "server/rpc/calllog.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdlib>
#include <unistd.h>

namespace Erp::Rpc {

namespace {

void writeLine(const QJsonObject& o)
{
    QByteArray line = QJsonDocument(o).toJson(QJsonDocument::Compact);
    line.append('\n');
    const char* p = line.constData();
    qsizetype left = line.size();
    while (left > 0) {
        const ssize_t n = ::write(STDERR_FILENO, p, size_t(left));
        if (n <= 0)
            return;
        p += n;
        left -= n;
    }
}

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

} // namespace

void CallLog::call(const QString& method, const QString& user, double ms, int code) const
{
    if (!m_enabled)
        return;
    writeLine({{QStringLiteral("ts"), now()},
               {QStringLiteral("method"), method},
               {QStringLiteral("user"), user},
               {QStringLiteral("ms"), qRound(ms * 1000) / 1000.0},
               {QStringLiteral("code"), code}});
}

void CallLog::internalError(const QString& errorId, const QString& method,
                            const QString& detail) const
{
    writeLine({{QStringLiteral("ts"), now()},
               {QStringLiteral("level"), QStringLiteral("error")},
               {QStringLiteral("error_id"), errorId},
               {QStringLiteral("method"), method},
               {QStringLiteral("detail"), detail}});
}

void CallLog::installQtMessageHandler()
{
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext&, const QString& message) {
        const char* level = type == QtDebugMsg || type == QtInfoMsg ? "debug"
                            : type == QtWarningMsg                  ? "warning"
                                                                    : "error";
        writeLine({{QStringLiteral("ts"), now()},
                   {QStringLiteral("level"), QString::fromLatin1(level)},
                   {QStringLiteral("message"), message}});
        if (type == QtFatalMsg)
            abort();
    });
}

void CallLog::info(const QString& message) const
{
    if (!m_enabled)
        return;
    writeLine({{QStringLiteral("ts"), now()},
               {QStringLiteral("level"), QStringLiteral("info")},
               {QStringLiteral("message"), message}});
}

} // namespace Erp::Rpc
