#pragma once

#include <QByteArray>
#include <QList>

namespace Erp {

/// Splits a byte stream into '\n'-terminated lines (the wire framing of the protocol).
/// A line longer than maxLineBytes puts the framer into the overflow state: the caller
/// must report the error and close the connection; no further lines are produced.
class LineFramer final
{
public:
    static constexpr qsizetype DefaultMaxLine = 16 * 1024 * 1024;

    explicit LineFramer(qsizetype maxLineBytes = DefaultMaxLine);

    /// Appends received bytes; returns the complete lines (without the terminator, a trailing
    /// '\r' stripped). Empty lines are skipped.
    QList<QByteArray> feed(const QByteArray& bytes);

    bool overflowed() const { return m_overflow; }
    qsizetype pendingBytes() const { return m_buffer.size(); }
    qsizetype maxLineBytes() const { return m_maxLine; }

private:
    QByteArray m_buffer;
    qsizetype m_maxLine;
    qsizetype m_scanFrom = 0;
    bool m_overflow = false;
};

} // namespace Erp
