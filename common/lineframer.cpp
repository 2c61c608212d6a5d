#include "common/lineframer.h"

namespace Erp {

LineFramer::LineFramer(qsizetype maxLineBytes)
    : m_maxLine(maxLineBytes)
{}

QList<QByteArray> LineFramer::feed(const QByteArray& bytes)
{
    QList<QByteArray> lines;
    if (m_overflow)
        return lines;
    m_buffer.append(bytes);
    qsizetype start = 0;
    for (;;) {
        const qsizetype nl = m_buffer.indexOf('\n', qMax(start, m_scanFrom));
        if (nl < 0)
            break;
        qsizetype end = nl;
        if (end - start > m_maxLine) {
            m_overflow = true;
            m_buffer.clear();
            return lines;
        }
        if (end > start && m_buffer.at(end - 1) == '\r')
            --end;
        if (end > start)
            lines.append(m_buffer.mid(start, end - start));
        start = nl + 1;
        m_scanFrom = start;
    }
    if (start > 0)
        m_buffer.remove(0, start);
    m_scanFrom = m_buffer.size();
    if (m_buffer.size() > m_maxLine) {
        m_overflow = true;
        m_buffer.clear();
    }
    return lines;
}

} // namespace Erp
