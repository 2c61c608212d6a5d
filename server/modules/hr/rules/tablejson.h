#pragma once

#include "server/modules/hr/rules/contributions.h"
#include "server/modules/hr/rules/workcalendar.h"

#include <QJsonArray>
#include <QJsonObject>

#include <vector>

namespace Erp::Hr::Rules {

// The rule tables as JSON, for the HR module to store and an admin to edit (docs/PAYROLL.md
// "Tables as JSON"). Amounts are decimal strings in yuan ("7162.00"), rates percent strings
// ("0.5" = 0.5 %), dates ISO "2025-07-01" — exact, never JSON numbers.

/// Checks an edited table: a city and a date, 0 ≤ floor ≤ cap, rates within 0–100 %, the rate
/// ranges in order with the defaults inside them. Throws RuleError naming the field.
void validateCityTable(const CityTable& table);

QJsonObject cityTableToJson(const CityTable& table);
/// Reads and validates a table. Throws RuleError (Format or the validation's code) naming the
/// field.
CityTable cityTableFromJson(const QJsonObject& json);

/// [{"date": "2026-01-01", "kind": "statutory_holiday", "holiday": "new_year"}, …]; kinds
/// workday, rest_day, statutory_holiday.
QJsonArray calendarToJson(const std::vector<CalendarException>& days);
std::vector<CalendarException> calendarFromJson(const QJsonArray& json);

} // namespace Erp::Hr::Rules
