#include "app/models/format.h"

#include "app/models/column.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QLocale>

namespace Erp::Client {

QString Format::decimal(const QString& value)
{
    QString text = value.trimmed();
    if (text.isEmpty())
        return text;
    const QLocale locale;
    bool negative = false;
    if (text.startsWith(QLatin1Char('-'))) {
        negative = true;
        text.remove(0, 1);
    }
    const qsizetype dot = text.indexOf(QLatin1Char('.'));
    const QString whole = dot < 0 ? text : text.left(dot);
    const QString fraction = dot < 0 ? QString() : text.mid(dot + 1);
    bool ok = false;
    const qulonglong wholeValue = whole.isEmpty() ? 0 : whole.toULongLong(&ok);
    if (!whole.isEmpty() && !ok)
        return value; // not a plain decimal: show it as it came
    QString out = locale.toString(wholeValue);
    if (!fraction.isEmpty())
        out += locale.decimalPoint() + fraction;
    return negative ? locale.negativeSign() + out : out;
}

QString Format::integer(qint64 value)
{
    return QLocale().toString(value);
}

QString Format::shortDatePattern()
{
    QString pattern = QLocale().dateFormat(QLocale::ShortFormat);
    if (!pattern.contains(QLatin1String("yyyy")))
        pattern.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return pattern;
}

QString Format::date(const QDate& value)
{
    if (!value.isValid())
        return QString();
    return QLocale().toString(value, shortDatePattern());
}

QString Format::dateTime(const QDateTime& value)
{
    if (!value.isValid())
        return QString();
    const QDateTime local = value.toLocalTime();
    const QLocale locale;
    return locale.toString(local.date(), shortDatePattern()) + QLatin1Char(' ') +
           locale.toString(local.time(), QLocale::ShortFormat);
}

QDateTime Format::parseTimestamp(const QString& text)
{
    QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!dt.isValid())
        dt = QDateTime::fromString(text, Qt::ISODate);
    return dt;
}

QString Format::timestamp(const QString& text)
{
    if (text.isEmpty())
        return text;
    if (text.size() == 10) {
        const QDate d = QDate::fromString(text, Qt::ISODate);
        if (d.isValid())
            return date(d);
    }
    const QDateTime dt = parseTimestamp(text);
    return dt.isValid() ? dateTime(dt) : text;
}

QString Format::yesNo(bool value)
{
    return value ? tr("Yes") : tr("No");
}

QString Format::json(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QString();
    case QJsonValue::Bool:
        return yesNo(value.toBool());
    case QJsonValue::Double:
        return value.toVariant().toString();
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Array: {
        const QJsonArray array = value.toArray();
        bool plain = true;
        QStringList items;
        for (const QJsonValue& v : array) {
            plain = plain && !v.isObject() && !v.isArray();
            items.append(json(v));
        }
        if (plain)
            return items.join(QLatin1String(", "));
        return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
    }
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    return QString();
}

QString Format::cell(const Column& column, const QJsonObject& row)
{
    if (column.text)
        return column.text(row);
    const QJsonValue value = row.value(column.key);
    if (value.isNull() || value.isUndefined())
        return QString();
    switch (column.kind) {
    case Column::Kind::Int:
        return integer(value.toInteger());
    case Column::Kind::Money:
        return decimal(value.isString() ? value.toString() : value.toVariant().toString());
    case Column::Kind::Date:
        return timestamp(value.toString());
    case Column::Kind::Bool:
        return yesNo(value.toBool());
    case Column::Kind::List:
    case Column::Kind::Text:
        return json(value);
    }
    return QString();
}

} // namespace Erp::Client
