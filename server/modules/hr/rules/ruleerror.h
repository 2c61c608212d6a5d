#pragma once

#include <stdexcept>
#include <string>

namespace Erp::Hr::Rules {

/// A rule input the payroll rules refuse. `code` names the rule, so the HR module can map it to
/// a message id for a person; `what()` is an English line for logs and tests.
class RuleError final : public std::invalid_argument
{
public:
    enum class Code {
        Month,            ///< a month outside 1–12, or not after the last month withheld
        Year,             ///< the withholding state belongs to another tax year
        Amount,           ///< a negative amount or quantity where none is allowed
        Share,            ///< a deduction share the rules do not allow
        Rate,             ///< a rate outside the table's range
        BonusAlreadyUsed, ///< the separate annual bonus taxation was used this year already
        NoTable,          ///< no contribution table in force for the city and date
        Dates,            ///< dates in the wrong order
        Format,           ///< a table or calendar (JSON) with a missing or unreadable field
    };

    RuleError(Code code, const char* what, std::string field = {})
        : std::invalid_argument(what)
        , m_code(code)
        , m_field(std::move(field))
    {}

    Code code() const { return m_code; }
    /// The field at fault in a table or calendar ("insurance.pension.baseCap"), else empty.
    const std::string& field() const { return m_field; }

private:
    Code m_code;
    std::string m_field;
};

} // namespace Erp::Hr::Rules
