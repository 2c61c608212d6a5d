#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace Erp {

/// Compact JSON text written directly, without a QJsonObject in between: for hot paths that
/// only need the text (the rows of a bulk write, an import's audit records), where building
/// and serialising Qt's JSON objects costs several times more than the text itself. Keys are
/// written in the order given; the writer checks nothing but the commas.
class JsonWriter final
{
public:
    void beginObject() { open(QLatin1Char('{')); }
    void endObject() { close(QLatin1Char('}')); }
    void beginArray() { open(QLatin1Char('[')); }
    void endArray() { close(QLatin1Char(']')); }
    /// The key of the next value inside an object.
    void key(QLatin1StringView name);

    void value(QStringView text);
    void value(const QString& text) { value(QStringView(text)); }
    void value(qint64 number);
    void value(int number) { value(qint64(number)); }
    void value(bool flag);
    void null();

    const QString& text() const { return m_out; }
    QString take();

    /// `text` as a JSON string literal (quotes, backslashes and control characters escaped),
    /// appended to `out`.
    static void appendString(QString& out, QStringView text);

private:
    void open(QChar bracket);
    void close(QChar bracket);
    void separate();

    QString m_out;
    QList<bool> m_empty;     ///< per open object/array: nothing written in it yet
    bool m_afterKey = false; ///< a key was written: its value follows without a comma
};

} // namespace Erp
