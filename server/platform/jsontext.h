#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <vector>

namespace Erp::Platform {

/// Writes JSON text directly: a result a handler hands to the dispatcher as
/// CallContext::rawResult, or parses once at the end. Building a QJsonObject key by key costs
/// about three times as much as parsing the same text (every insert converts and sorts), and
/// an order with its lines has a hundred keys, a page of customers two thousand: this keeps
/// the order calls and the customer list cheap.
class JsonText final
{
public:
    JsonText() { m_first.push_back(true); }

    JsonText& beginObject(const char* key = nullptr)
    {
        prefix(key);
        m_out += '{';
        m_first.push_back(true);
        return *this;
    }
    JsonText& beginArray(const char* key = nullptr)
    {
        prefix(key);
        m_out += '[';
        m_first.push_back(true);
        return *this;
    }
    JsonText& endObject()
    {
        m_out += '}';
        m_first.pop_back();
        return *this;
    }
    JsonText& endArray()
    {
        m_out += ']';
        m_first.pop_back();
        return *this;
    }
    /// A string member (or array element when key is null).
    JsonText& str(const char* key, const QString& value)
    {
        prefix(key);
        appendString(value);
        return *this;
    }
    /// A string, or null when empty.
    JsonText& strOrNull(const char* key, const QString& value)
    {
        if (value.isEmpty())
            return null(key);
        return str(key, value);
    }
    /// A decimal string from stored units: dec("qty", 2500, 3) writes "2.500".
    JsonText& dec(const char* key, qint64 units, int scale)
    {
        prefix(key);
        appendDecimal(units, scale);
        return *this;
    }
    JsonText& num(const char* key, qint64 value)
    {
        prefix(key);
        m_out += QByteArray::number(value);
        return *this;
    }
    JsonText& boolean(const char* key, bool value)
    {
        prefix(key);
        m_out += value ? "true" : "false";
        return *this;
    }
    JsonText& null(const char* key)
    {
        prefix(key);
        m_out += "null";
        return *this;
    }
    /// Already serialized JSON (an array or object).
    JsonText& raw(const char* key, const QByteArray& json)
    {
        prefix(key);
        m_out += json;
        return *this;
    }

    const QByteArray& text() const { return m_out; }
    QJsonObject object() const;

private:
    void prefix(const char* key)
    {
        if (!m_first.back())
            m_out += ',';
        m_first.back() = false;
        if (key) {
            m_out += '"';
            m_out += key;
            m_out += "\":";
        }
    }
    void appendString(const QString& value);
    void appendDecimal(qint64 units, int scale);

    QByteArray m_out;
    std::vector<bool> m_first;
};

} // namespace Erp::Platform
