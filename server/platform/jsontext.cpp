#include "server/platform/jsontext.h"

#include <QJsonDocument>

namespace Erp::Platform {

void JsonText::appendString(const QString& value)
{
    static const char hex[] = "0123456789abcdef";
    const QByteArray utf8 = value.toUtf8();
    m_out += '"';
    for (const char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            m_out += '\\';
            m_out += c;
        } else if (u < 0x20) {
            m_out += "\\u00";
            m_out += hex[u >> 4];
            m_out += hex[u & 0xf];
        } else {
            m_out += c;
        }
    }
    m_out += '"';
}

void JsonText::appendDecimal(qint64 units, int scale)
{
    // Digits of the magnitude, least significant first; unsigned so the minimum prints too.
    const bool negative = units < 0;
    quint64 magnitude = negative ? 0 - quint64(units) : quint64(units);
    char digits[32];
    int n = 0;
    do {
        digits[n++] = char('0' + magnitude % 10);
        magnitude /= 10;
    } while (magnitude > 0 || n <= scale);
    m_out += '"';
    if (negative)
        m_out += '-';
    for (int i = n - 1; i >= 0; --i) {
        m_out += digits[i];
        if (i == scale && scale > 0)
            m_out += '.';
    }
    m_out += '"';
}

QJsonObject JsonText::object() const
{
    return QJsonDocument::fromJson(m_out).object();
}

} // namespace Erp::Platform
