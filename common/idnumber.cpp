#include "common/idnumber.h"

namespace Erp {

QString IdNumber::normalized(const QString& text)
{
    QString n = text.trimmed();
    if (n.endsWith(QLatin1Char('x')))
        n[n.size() - 1] = QLatin1Char('X');
    return n;
}

QChar IdNumber::checkCharacter(const QString& first17)
{
    // Weight of position i (from the left) is 2^(17 - i) mod 11.
    static constexpr int weights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    static constexpr char checks[] = "10X98765432";
    if (first17.size() != 17)
        return {};
    int sum = 0;
    for (int i = 0; i < 17; ++i) {
        const QChar c = first17.at(i);
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return {};
        sum += (c.unicode() - '0') * weights[i];
    }
    return QLatin1Char(checks[sum % 11]);
}

IdNumber::Problem IdNumber::check(const QString& number, const QDate& today)
{
    if (number.size() != 18)
        return Problem::Length;
    for (int i = 0; i < 17; ++i)
        if (number.at(i) < QLatin1Char('0') || number.at(i) > QLatin1Char('9'))
            return Problem::Characters;
    const QChar last = number.at(17);
    if (last != QLatin1Char('X') && (last < QLatin1Char('0') || last > QLatin1Char('9')))
        return Problem::Characters;
    const QDate born = birthDate(number);
    if (!born.isValid() || born.year() < 1900 || born > today)
        return Problem::BirthDate;
    if (checkCharacter(number.left(17)) != last)
        return Problem::CheckDigit;
    return Problem::None;
}

QDate IdNumber::birthDate(const QString& number)
{
    if (number.size() < 14)
        return {};
    return QDate::fromString(number.mid(6, 8), QStringLiteral("yyyyMMdd"));
}

QString IdNumber::gender(const QString& number)
{
    if (number.size() < 17)
        return {};
    return (number.at(16).unicode() - '0') % 2 == 1 ? QStringLiteral("male")
                                                    : QStringLiteral("female");
}

} // namespace Erp
