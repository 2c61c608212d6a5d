#pragma once

#include <QByteArray>
#include <QList>

namespace Erp {

/// Splits a byte stream into '\n'-terminated lines (the wire framing of the protocol).
/// A line longer than maxLineBytes puts the framer into the overflow state: the caller
/// must report the error and close the connection; no further lines are produced.
///
/// Lines can be taken a few at a time (takeLines(n)): the rest stays buffered and is measured
/// against the limit in force when it is taken — the server takes one line at a time before a
/// connection has logged in, so a request pipelined behind auth.login gets the full limit.
class LineFramer final
{
public:
    static constexpr qsizetype DefaultMaxLine = 16 * 1024 * 1024;

    explicit LineFramer(qsizetype maxLineBytes = DefaultMaxLine);

    /// Appends received bytes; returns the complete lines (without the terminator, a trailing
    /// '\r' stripped). Empty lines are skipped. Same as append() then takeLines().
    QList<QByteArray> feed(const QByteArray& bytes);

    /// Appends received bytes without looking at them.
    void append(const QByteArray& bytes);
    /// Up to `maxLines` complete lines (all of them when negative). When it stops for want of a
    /// newline, an incomplete line already longer than the limit is an overflow.
    QList<QByteArray> takeLines(qsizetype maxLines = -1);

    /// The limit for the lines taken from now on.
    void setMaxLineBytes(qsizetype maxLineBytes) { m_maxLine = maxLineBytes; }

    bool overflowed() const { return m_overflow; }
    qsizetype pendingBytes() const { return m_buffer.size() - m_start; }
    qsizetype maxLineBytes() const { return m_maxLine; }

private:
    QByteArray m_buffer;
    qsizetype m_maxLine;
    qsizetype m_start = 0;    ///< the first byte not yet taken
    qsizetype m_scanFrom = 0; ///< no '\n' between m_start and here
    bool m_overflow = false;
};

} // namespace Erp
