#include "server/modules/sales/jsontext.h"

#include <QJsonDocument>

namespace Erp::Server::Sales {

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

QJsonObject JsonText::object() const
{
    return QJsonDocument::fromJson(m_out).object();
}

} // namespace Erp::Server::Sales
