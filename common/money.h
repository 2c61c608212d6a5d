#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>

namespace Erp {

/// How a result that falls between two representable values is settled.
enum class Rounding { HalfUp, HalfEven, Down };

/// An exact decimal with a fixed number of fraction digits, stored as a scaled 64-bit integer.
/// Used for quantities (scale 3) and as the arithmetic under Money. Never a double.
class Decimal final
{
public:
    constexpr Decimal() = default;
    constexpr Decimal(qint64 units, int scale)
        : m_units(units)
        , m_scale(scale)
    {}

    /// Parses "1234.5", "-0.25", "+3"; rejects exponents, separators, more fraction digits
    /// than `scale` (unless rounding is given) and values outside the 64-bit range.
    static std::optional<Decimal> parse(const QString& text, int scale,
                                        std::optional<Rounding> rounding = std::nullopt);

    qint64 units() const { return m_units; }
    int scale() const { return m_scale; }
    bool isZero() const { return m_units == 0; }
    bool isNegative() const { return m_units < 0; }

    /// Canonical text with exactly scale() fraction digits, e.g. "2.500".
    QString toString() const;

    /// The same value at another scale; increasing is exact, decreasing rounds.
    Decimal rescaled(int scale, Rounding rounding = Rounding::HalfUp) const;

    /// Multiplies by another decimal; the result keeps this value's scale, rounded.
    Decimal multiplied(const Decimal& factor, Rounding rounding = Rounding::HalfUp) const;

    Decimal operator+(const Decimal& o) const;
    Decimal operator-(const Decimal& o) const;
    Decimal operator-() const { return Decimal(-m_units, m_scale); }
    bool operator==(const Decimal& o) const;
    bool operator!=(const Decimal& o) const { return !(*this == o); }
    bool operator<(const Decimal& o) const;
    bool operator<=(const Decimal& o) const { return !(o < *this); }
    bool operator>(const Decimal& o) const { return o < *this; }
    bool operator>=(const Decimal& o) const { return !(*this < o); }

    static qint64 pow10(int n);

private:
    qint64 m_units = 0;
    int m_scale = 0;
};

/// Divides a by b (b > 0 or < 0) rounding as requested; the building block of explicit rounding.
qint64 divideRounded(qint64 a, qint64 b, Rounding rounding);

/// An exact amount of money: integer minor units (fen, cents) and an ISO 4217 currency code.
class Money final
{
public:
    Money() = default;
    explicit Money(qint64 minorUnits, QString currency = QStringLiteral("CNY"))
        : m_minor(minorUnits)
        , m_currency(std::move(currency))
    {}

    /// Parses a decimal string such as "50000.00"; at most two fraction digits.
    static std::optional<Money> parse(const QString& text,
                                      const QString& currency = QStringLiteral("CNY"));

    qint64 minorUnits() const { return m_minor; }
    const QString& currency() const { return m_currency; }
    bool isNegative() const { return m_minor < 0; }

    /// "1234.50" — the wire representation.
    QString toString() const;

    /// Money times a decimal factor (quantity, rate), rounded to the minor unit as requested.
    Money multiplied(const Decimal& factor, Rounding rounding = Rounding::HalfUp) const;
    /// Percentage of this amount, rate given as a decimal such as "13" or "7.5".
    Money percent(const Decimal& rate, Rounding rounding = Rounding::HalfUp) const;

    /// Same-currency arithmetic; mixing currencies throws std::domain_error.
    Money operator+(const Money& o) const;
    Money operator-(const Money& o) const;
    bool operator==(const Money& o) const
    {
        return m_minor == o.m_minor && m_currency == o.m_currency;
    }
    bool operator!=(const Money& o) const { return !(*this == o); }
    bool operator<(const Money& o) const;

    static constexpr int Scale = 2;

private:
    qint64 m_minor = 0;
    QString m_currency = QStringLiteral("CNY");
};

/// An amount in Chinese capital numerals as written on vouchers, cheques and invoices (大写金额):
/// 12,345.67 → 壹万贰仟叁佰肆拾伍元陆角柒分, 10.05 → 壹拾元零伍分, 100.00 → 壹佰元整,
/// 0.01 → 壹分, 0 → 零元整; negative amounts start with 负. `minorUnits` in fen (two
/// decimals); up to 9,999,999,999,999.99.
QString chineseCapitalAmount(qint64 minorUnits);

} // namespace Erp
