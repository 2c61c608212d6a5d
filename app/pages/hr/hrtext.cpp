#include "app/pages/hr/hrtext.h"

#include "common/idnumber.h"

namespace Erp::Client::Hr {

HrText::Choices HrText::genders()
{
    return {{QString(), tr("—")},
            {QStringLiteral("male"), tr("Male")},
            {QStringLiteral("female"), tr("Female")}};
}

HrText::Choices HrText::employmentTypes()
{
    return {{QStringLiteral("full_time"), tr("Full-time")},
            {QStringLiteral("part_time"), tr("Part-time")},
            {QStringLiteral("intern"), tr("Intern")},
            {QStringLiteral("contractor"), tr("Contractor")}};
}

HrText::Choices HrText::statuses()
{
    return {{QStringLiteral("active"), tr("Active")},
            {QStringLiteral("on_leave"), tr("On leave")},
            {QStringLiteral("left"), tr("Left")}};
}

HrText::Choices HrText::education()
{
    return {{QStringLiteral("none"), tr("None")},
            {QStringLiteral("degree"), tr("Degree education (monthly)")},
            {QStringLiteral("certificate"), tr("Professional certificate (this year)")}};
}

HrText::Choices HrText::housing()
{
    return {{QStringLiteral("none"), tr("None")},
            {QStringLiteral("loan"), tr("Housing loan interest")},
            {QStringLiteral("rent_tier1"), tr("Rent — provincial capital or larger (1,500)")},
            {QStringLiteral("rent_tier2"), tr("Rent — city over 1 million (1,100)")},
            {QStringLiteral("rent_tier3"), tr("Rent — other city (800)")}};
}

QString HrText::text(const Choices& choices, const QString& code)
{
    for (const auto& [c, t] : choices)
        if (c == code)
            return t;
    return code;
}

QString HrText::idNumberProblem(const QString& number)
{
    const QString n = IdNumber::normalized(number);
    if (n.isEmpty())
        return {};
    switch (IdNumber::check(n)) {
    case IdNumber::Problem::None:
        return {};
    case IdNumber::Problem::Length:
        return tr("The ID number must be 18 characters long (it has %1).").arg(n.size());
    case IdNumber::Problem::Characters:
        return tr("The ID number must be 17 digits followed by a digit or X.");
    case IdNumber::Problem::BirthDate:
        return tr("The ID number does not hold a valid birth date.");
    case IdNumber::Problem::CheckDigit:
        return tr("The ID number's check character is wrong: please check the number.");
    }
    return {};
}

} // namespace Erp::Client::Hr
