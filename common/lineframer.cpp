#include "common/lineframer.h"

namespace Erp {

LineFramer::LineFramer(qsizetype maxLineBytes)
    : m_maxLine(maxLineBytes)
{}

QList<QByteArray> LineFramer::feed(const QByteArray& bytes)
{
    append(bytes);
    return takeLines();
}

void LineFramer::append(const QByteArray& bytes)
{
    if (!m_overflow)
        m_buffer.append(bytes);
}

QList<QByteArray> LineFramer::takeLines(qsizetype maxLines)
{
    QList<QByteArray> lines;
    if (m_overflow)
        return lines;
    bool noNewline = false;
    while (maxLines < 0 || lines.size() < maxLines) {
        const qsizetype nl = m_buffer.indexOf('\n', qMax(m_start, m_scanFrom));
        if (nl < 0) {
            noNewline = true;
            break;
        }
        qsizetype end = nl;
        if (end - m_start > m_maxLine) {
            m_overflow = true;
            m_buffer.clear();
            m_start = m_scanFrom = 0;
            return lines;
        }
        if (end > m_start && m_buffer.at(end - 1) == '\r')
            --end;
        if (end > m_start)
            lines.append(m_buffer.mid(m_start, end - m_start));
        m_start = nl + 1;
        m_scanFrom = m_start;
    }
    if (noNewline) {
        m_scanFrom = m_buffer.size();
        if (m_buffer.size() - m_start > m_maxLine) {
            m_overflow = true;
            m_buffer.clear();
            m_start = m_scanFrom = 0;
            return lines;
        }
    }
    // Drop what was taken once it is most of the buffer (taking one line at a time must not
    // move the rest every time).
    if (m_start > 0 && (m_start == m_buffer.size() || m_start >= m_buffer.size() / 2)) {
        m_buffer.remove(0, m_start);
        m_scanFrom -= m_start;
        m_start = 0;
    }
    return lines;
}

} // namespace Erp
