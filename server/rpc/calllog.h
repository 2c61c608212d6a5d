#pragma once

#include <QString>

namespace Erp::Rpc {

/// One structured line per call on stderr:
/// {"ts":"…","method":"…","user":"…","ms":0.42,"code":0}
/// Never parameters, passwords or tokens. Thread-safe; a single write(2) per line.
class CallLog final
{
public:
    void setEnabled(bool enabled) { m_enabled = enabled; }
    void call(const QString& method, const QString& user, double ms, int code) const;
    /// An internal error with the id the client shows.
    void internalError(const QString& errorId, const QString& method, const QString& detail) const;
    void info(const QString& message) const;
    /// Routes Qt's own warnings (qWarning from QtSql, QtNetwork…) into the same JSON lines, so
    /// stderr stays machine-readable.
    static void installQtMessageHandler();

private:
    bool m_enabled = true;
};

} // namespace Erp::Rpc
