#pragma once

#include <QChar>
#include <QDate>
#include <QString>

namespace Erp {

/// A resident identity card number of the PRC (居民身份证号码, GB 11643-1999): six digits of
/// the region, the birth date yyyyMMdd, a three-digit sequence whose last digit is odd for men
/// and even for women, and a check character (ISO 7064 MOD 11-2: 0-9 or X). Shared by the
/// server (hr.employee) and the client's form, so both say the same.
class IdNumber final
{
public:
    enum class Problem {
        None,
        Length,     ///< not 18 characters
        Characters, ///< not 17 digits and a digit or X
        BirthDate,  ///< characters 7-14 are no date (or one in the future / before 1900)
        CheckDigit, ///< the check character does not match
    };

    /// Trimmed, with a lower-case x as X.
    static QString normalized(const QString& text);
    /// The check character of the first 17 digits ('0'-'9' or 'X'); a null QChar when `first17`
    /// is not 17 digits.
    static QChar checkCharacter(const QString& first17);
    /// Checks a normalized number; `today` bounds the birth date.
    static Problem check(const QString& number, const QDate& today = QDate::currentDate());
    /// The birth date a valid number carries.
    static QDate birthDate(const QString& number);
    /// "male" or "female" from the sequence's last digit of a valid number.
    static QString gender(const QString& number);
};

} // namespace Erp
