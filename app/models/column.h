#pragma once

#include <QString>
#include <QtCore/qnamespace.h>

#include <functional>

class QJsonObject;

namespace Erp::Client {

/// What a RemoteTableModel shows in one column.
struct Column
{
    enum class Kind {
        Text,  ///< shown as is
        Int,   ///< integer, locale digit grouping, right-aligned
        Money, ///< decimal string ("1234.50"), locale grouping, right-aligned
        Date,  ///< ISO 8601 timestamp or date, shown in local time and the locale's format
        Bool,  ///< "Yes" / "No"
        List,  ///< array of strings, joined with ", "
    };
    /// Colours for a StatusBadgeDelegate (the same meaning everywhere).
    enum class Tone { None, Neutral, Waiting, Done, Problem, Info };
    /// How an export (app/export) writes the column's cells. Auto follows the kind: Money ->
    /// Money, Int -> Integer, Date -> Date, anything else -> Text (the shown text).
    enum class Export {
        Auto,
        Text,     ///< the shown text (`text` or the value)
        Digits,   ///< the raw value as text, kept text in a spreadsheet (tax ids, phones, codes)
        Money,    ///< exact decimal string -> number, two decimals, thousands separator
        Quantity, ///< exact decimal string -> number with its own decimals
        Integer,  ///< whole number
        Date,     ///< ISO date or timestamp -> a real spreadsheet date (local time)
    };

    QString key;   ///< the record field (and the server's sort name unless sortKey is set)
    QString title; ///< translated header
    Kind kind = Kind::Text;
    Qt::Alignment alignment = {}; ///< default: right for Int/Money, left otherwise
    bool sortable = true;
    QString sortKey; ///< the server's sort name when it differs from key
    /// Optional: computes the shown text from the whole row (e.g. a status word).
    std::function<QString(const QJsonObject& row)> text;
    /// Optional: the status tone of the row for this column (StatusBadgeDelegate).
    std::function<Tone(const QJsonObject& row)> tone;
    Export exportKind = Export::Auto;

    Column() = default;
    Column(QString k, QString t, Kind kd = Kind::Text)
        : key(std::move(k))
        , title(std::move(t))
        , kind(kd)
    {}

    Column& notSortable()
    {
        sortable = false;
        return *this;
    }
    Column& sortBy(const QString& name)
    {
        sortKey = name;
        return *this;
    }
    Column& align(Qt::Alignment a)
    {
        alignment = a;
        return *this;
    }
    Column& withText(std::function<QString(const QJsonObject&)> f)
    {
        text = std::move(f);
        return *this;
    }
    Column& withTone(std::function<Tone(const QJsonObject&)> f)
    {
        tone = std::move(f);
        return *this;
    }

    Column& exportAs(Export e)
    {
        exportKind = e;
        return *this;
    }

    /// exportKind with Auto resolved from the kind.
    Export exportType() const
    {
        if (exportKind != Export::Auto)
            return exportKind;
        switch (kind) {
        case Kind::Money:
            return Export::Money;
        case Kind::Int:
            return Export::Integer;
        case Kind::Date:
            return Export::Date;
        case Kind::Text:
        case Kind::Bool:
        case Kind::List:
            break;
        }
        return Export::Text;
    }

    QString serverSortKey() const { return sortKey.isEmpty() ? key : sortKey; }
};

} // namespace Erp::Client
