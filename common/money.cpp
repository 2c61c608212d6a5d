#include "common/money.h"

#include <limits>
#include <stdexcept>

namespace Erp {

namespace {

qint64 checkedAdd(qint64 a, qint64 b)
{
    qint64 r;
    if (__builtin_add_overflow(a, b, &r))
        throw std::overflow_error("decimal overflow");
    return r;
}

qint64 checkedMul(qint64 a, qint64 b)
{
    qint64 r;
    if (__builtin_mul_overflow(a, b, &r))
        throw std::overflow_error("decimal overflow");
    return r;
}

} // namespace

qint64 Decimal::pow10(int n)
{
    static constexpr qint64 table[] = {1LL,
                                       10LL,
                                       100LL,
                                       1000LL,
                                       10000LL,
                                       100000LL,
                                       1000000LL,
                                       10000000LL,
                                       100000000LL,
                                       1000000000LL,
                                       10000000000LL,
                                       100000000000LL,
                                       1000000000000LL,
                                       10000000000000LL,
                                       100000000000000LL,
                                       1000000000000000LL,
                                       10000000000000000LL,
                                       100000000000000000LL,
                                       1000000000000000000LL};
    if (n < 0 || n > 18)
        throw std::out_of_range("decimal scale out of range");
    return table[n];
}

qint64 divideRounded(qint64 a, qint64 b, Rounding rounding)
{
    if (b == 0)
        throw std::domain_error("division by zero");
    if (b < 0) {
        a = -a;
        b = -b;
    }
    qint64 q = a / b;
    qint64 r = a % b; // same sign as a
    if (r == 0 || rounding == Rounding::Down)
        return q;
    const qint64 absR = r < 0 ? -r : r;
    bool up = false; // compare absR with b - absR instead of 2 * absR with b: no overflow

    if (absR > b - absR)
        up = true;
    else if (absR == b - absR)
        up = rounding == Rounding::HalfUp || (q % 2 != 0);
    if (up)
        q += (r < 0 ? -1 : 1);
    return q;
}

std::optional<Decimal> Decimal::parse(const QString& text, int scale,
                                      std::optional<Rounding> rounding)
{
    const QString s = text.trimmed();
    if (s.isEmpty() || scale < 0 || scale > 18)
        return std::nullopt;
    int i = 0;
    bool negative = false;
    if (s.at(0) == QLatin1Char('-') || s.at(0) == QLatin1Char('+')) {
        negative = s.at(0) == QLatin1Char('-');
        i = 1;
    }
    qint64 intPart = 0;
    int intDigits = 0;
    for (; i < s.size() && s.at(i).isDigit() && s.at(i).unicode() < 128; ++i, ++intDigits) {
        if (__builtin_mul_overflow(intPart, 10, &intPart) ||
            __builtin_add_overflow(intPart, s.at(i).unicode() - '0', &intPart))
            return std::nullopt;
    }
    qint64 frac = 0;
    int fracDigits = 0;
    bool dropped = false; // digits beyond scale that were non-zero
    int firstDropped = -1;
    if (i < s.size() && s.at(i) == QLatin1Char('.')) {
        ++i;
        for (; i < s.size() && s.at(i).isDigit() && s.at(i).unicode() < 128; ++i, ++fracDigits) {
            const int d = s.at(i).unicode() - '0';
            if (fracDigits < scale) {
                frac = frac * 10 + d;
            } else {
                if (firstDropped < 0)
                    firstDropped = d;
                if (d != 0)
                    dropped = true;
            }
        }
        if (fracDigits == 0 && intDigits == 0)
            return std::nullopt;
    }
    if (i != s.size() || (intDigits == 0 && fracDigits == 0))
        return std::nullopt;
    if (dropped && !rounding)
        return std::nullopt;
    for (int k = qMin(fracDigits, scale); k < scale; ++k)
        frac *= 10;
    qint64 units;
    try {
        units = checkedAdd(checkedMul(intPart, pow10(scale)), frac);
    } catch (const std::exception&) {
        return std::nullopt;
    }
    if (dropped) {
        // Decide on the first dropped digit and whether anything non-zero follows it.
        const QString rest = s.mid(s.indexOf(QLatin1Char('.')) + 1 + scale);
        bool beyondHalf = false;
        for (int k = 1; k < rest.size(); ++k)
            if (rest.at(k) != QLatin1Char('0'))
                beyondHalf = true;
        bool up = false;
        switch (*rounding) {
        case Rounding::Down:
            up = false;
            break;
        case Rounding::HalfUp:
            up = firstDropped >= 5;
            break;
        case Rounding::HalfEven:
            up = firstDropped > 5 || (firstDropped == 5 && (beyondHalf || units % 2 != 0));
            break;
        }
        if (up && __builtin_add_overflow(units, 1, &units))
            return std::nullopt;
    }
    return Decimal(negative ? -units : units, scale);
}

QString Decimal::toString() const
{
    const bool neg = m_units < 0;
    // Work on the unsigned magnitude so the minimum value prints correctly.
    const quint64 mag = neg ? quint64(0) - quint64(m_units) : quint64(m_units);
    QString digits = QString::number(mag);
    if (m_scale > 0) {
        if (digits.size() <= m_scale)
            digits.prepend(QString(m_scale - digits.size() + 1, QLatin1Char('0')));
        digits.insert(digits.size() - m_scale, QLatin1Char('.'));
    }
    return neg ? QLatin1Char('-') + digits : digits;
}

Decimal Decimal::rescaled(int scale, Rounding rounding) const
{
    if (scale == m_scale)
        return *this;
    if (scale > m_scale)
        return Decimal(checkedMul(m_units, pow10(scale - m_scale)), scale);
    return Decimal(divideRounded(m_units, pow10(m_scale - scale), rounding), scale);
}

Decimal Decimal::multiplied(const Decimal& factor, Rounding rounding) const
{
    // units * factor.units has scale m_scale + factor.scale; bring it back to m_scale.
    __int128 product = static_cast<__int128>(m_units) * factor.m_units;
    const __int128 div = pow10(factor.m_scale);
    __int128 q = product / div;
    __int128 r = product % div;
    if (r != 0 && rounding != Rounding::Down) {
        const __int128 absR = r < 0 ? -r : r;
        bool up =
            absR * 2 > div || (absR * 2 == div && (rounding == Rounding::HalfUp || q % 2 != 0));
        if (up)
            q += r < 0 ? -1 : 1;
    }
    if (q > std::numeric_limits<qint64>::max() || q < std::numeric_limits<qint64>::min())
        throw std::overflow_error("decimal overflow");
    return Decimal(static_cast<qint64>(q), m_scale);
}

Decimal Decimal::operator+(const Decimal& o) const
{
    const int s = qMax(m_scale, o.m_scale);
    return Decimal(checkedAdd(rescaled(s).m_units, o.rescaled(s).m_units), s);
}

Decimal Decimal::operator-(const Decimal& o) const
{
    return *this + (-o);
}

bool Decimal::operator==(const Decimal& o) const
{
    const int s = qMax(m_scale, o.m_scale);
    return rescaled(s).m_units == o.rescaled(s).m_units;
}

bool Decimal::operator<(const Decimal& o) const
{
    const int s = qMax(m_scale, o.m_scale);
    return rescaled(s).m_units < o.rescaled(s).m_units;
}

std::optional<Money> Money::parse(const QString& text, const QString& currency)
{
    const auto d = Decimal::parse(text, Scale);
    if (!d)
        return std::nullopt;
    return Money(d->units(), currency);
}

QString Money::toString() const
{
    return Decimal(m_minor, Scale).toString();
}

Money Money::multiplied(const Decimal& factor, Rounding rounding) const
{
    return Money(Decimal(m_minor, Scale).multiplied(factor, rounding).units(), m_currency);
}

Money Money::percent(const Decimal& rate, Rounding rounding) const
{
    // amount * rate / 100, rounded once at the end.
    const Decimal hundredth(rate.units(), rate.scale() + 2);
    return multiplied(hundredth, rounding);
}

Money Money::operator+(const Money& o) const
{
    if (m_currency != o.m_currency)
        throw std::domain_error("currency mismatch");
    return Money(checkedAdd(m_minor, o.m_minor), m_currency);
}

Money Money::operator-(const Money& o) const
{
    if (m_currency != o.m_currency)
        throw std::domain_error("currency mismatch");
    qint64 r;
    if (__builtin_sub_overflow(m_minor, o.m_minor, &r))
        throw std::overflow_error("money overflow");
    return Money(r, m_currency);
}

bool Money::operator<(const Money& o) const
{
    if (m_currency != o.m_currency)
        throw std::domain_error("currency mismatch");
    return m_minor < o.m_minor;
}

namespace {

/// One group of up to four digits (0 < group < 10000): 3,005 → 叁仟零伍.
QString capitalGroup(int group)
{
    static const QString digits = QStringLiteral("零壹贰叁肆伍陆柒捌玖");
    static const QString units[] = {QString(), QStringLiteral("拾"), QStringLiteral("佰"),
                                    QStringLiteral("仟")};
    QString out;
    bool zero = false;
    for (int pos = 3; pos >= 0; --pos) {
        int divisor = 1;
        for (int i = 0; i < pos; ++i)
            divisor *= 10;
        const int d = group / divisor % 10;
        if (d == 0) {
            zero = !out.isEmpty();
            continue;
        }
        if (zero)
            out += digits.at(0);
        zero = false;
        out += digits.at(d) + units[pos];
    }
    return out;
}

} // namespace

QString chineseCapitalAmount(qint64 minorUnits)
{
    static const QString digits = QStringLiteral("零壹贰叁肆伍陆柒捌玖");
    if (minorUnits == 0)
        return QStringLiteral("零元整");
    QString out;
    if (minorUnits < 0) {
        out = QStringLiteral("负");
        minorUnits = -minorUnits;
    }
    const qint64 yuan = minorUnits / 100;
    const int jiao = int(minorUnits / 10 % 10);
    const int fen = int(minorUnits % 10);
    // Groups of four digits from the top: 万亿, 亿, 万, 元.
    const int groups[] = {int(yuan / 1'000'000'000'000 % 10'000), int(yuan / 100'000'000 % 10'000),
                          int(yuan / 10'000 % 10'000), int(yuan % 10'000)};
    const QString groupUnits[] = {QStringLiteral("万"), QStringLiteral("亿"), QStringLiteral("万"),
                                  QString()};
    bool zero = false;
    QString integer;
    for (int g = 0; g < 4; ++g) {
        const int group = groups[g];
        if (group == 0) {
            zero = !integer.isEmpty();
            continue;
        }
        // 零 for the zeros between two groups: a gap, this group's leading zeros or
        // the previous group's trailing ones (壹仟万零伍仟, as 元位 0 gives 元零叁角).
        if (!integer.isEmpty() && (zero || group < 1000 || groups[g - 1] % 10 == 0))
            integer += digits.at(0);
        integer += capitalGroup(group) + groupUnits[g];
        // 壹万亿 when the 亿 group is empty; 壹万零伍亿 otherwise.
        if (g == 0 && groups[1] == 0)
            integer += QStringLiteral("亿");
        zero = false;
    }
    out += integer;
    if (yuan > 0)
        out += QStringLiteral("元");
    if (jiao == 0 && fen == 0)
        return out + QStringLiteral("整");
    if (jiao > 0) {
        if (yuan > 0 && yuan % 10 == 0)
            out += digits.at(0);
        out += digits.at(jiao) + QStringLiteral("角");
    }
    if (fen > 0) {
        if (jiao == 0 && yuan > 0)
            out += digits.at(0);
        out += digits.at(fen) + QStringLiteral("分");
    } else {
        out += QStringLiteral("整");
    }
    return out;
}

} // namespace Erp
