#include "common/jsonwriter.h"

#include <utility>

namespace Erp {

void JsonWriter::appendString(QString& out, QStringView text)
{
    out += QLatin1Char('"');
    qsizetype run = 0; // start of the characters not yet copied
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (c != u'"' && c != u'\\' && c >= 0x20)
            continue;
        out += text.mid(run, i - run);
        run = i + 1;
        switch (c) {
        case u'"':
            out += QLatin1String("\\\"");
            break;
        case u'\\':
            out += QLatin1String("\\\\");
            break;
        case u'\n':
            out += QLatin1String("\\n");
            break;
        case u'\r':
            out += QLatin1String("\\r");
            break;
        case u'\t':
            out += QLatin1String("\\t");
            break;
        default:
            out += QStringLiteral("\\u%1").arg(int(c), 4, 16, QLatin1Char('0'));
        }
    }
    out += text.mid(run);
    out += QLatin1Char('"');
}

void JsonWriter::separate()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (!m_empty.isEmpty()) {
        if (!m_empty.last())
            m_out += QLatin1Char(',');
        m_empty.last() = false;
    }
}

void JsonWriter::open(QChar bracket)
{
    separate();
    m_out += bracket;
    m_empty.append(true);
}

void JsonWriter::close(QChar bracket)
{
    m_out += bracket;
    m_empty.removeLast();
}

void JsonWriter::key(QLatin1StringView name)
{
    separate();
    m_out += QLatin1Char('"');
    m_out += name;
    m_out += QLatin1String("\":");
    m_afterKey = true;
}

void JsonWriter::value(QStringView text)
{
    separate();
    appendString(m_out, text);
}

void JsonWriter::value(qint64 number)
{
    separate();
    m_out += QString::number(number);
}

void JsonWriter::value(bool flag)
{
    separate();
    m_out += flag ? QLatin1String("true") : QLatin1String("false");
}

void JsonWriter::null()
{
    separate();
    m_out += QLatin1String("null");
}

QString JsonWriter::take()
{
    m_empty.clear();
    m_afterKey = false;
    return std::exchange(m_out, QString());
}

} // namespace Erp
