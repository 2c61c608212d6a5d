#pragma once

#include "server/modules/hr/rules/workcalendar.h"

#include <QtGlobal>

namespace Erp::Hr::Rules {

// Pay for time: overtime (劳动法 第四十四条) and leave deductions, from a monthly salary by the
// 月计薪天数 21.75 (劳社部发〔2008〕3号) and 8 hours a day. Each amount is exact rational
// arithmetic with one half-up rounding to fen at the end; docs/PAYROLL.md.

/// Overtime percent of the hourly rate: 150 (workday), 200 (rest day), 300 (statutory holiday).
qint64 overtimePercent(DayKind kind);

/// Overtime pay for `minutes` worked on a day of `kind`:
/// monthlySalary ÷ 21.75 ÷ 8 × minutes ÷ 60 × percent ÷ 100. Throws RuleError (Amount).
qint64 overtimePay(qint64 monthlySalary, qint64 minutes, DayKind kind);

/// A day's wage: monthlySalary ÷ 21.75, half up.
qint64 dailyWage(qint64 monthlySalary);

/// Deduction for leave of `dayHundredths` (150 = 1.5 days) paid at `paidBp` (0 = unpaid,
/// 10000 = full pay): monthlySalary ÷ 21.75 × days × (1 − paid). Throws RuleError (Amount,
/// Rate).
qint64 leaveDeduction(qint64 monthlySalary, qint64 dayHundredths, qint64 paidBp = 0);

} // namespace Erp::Hr::Rules
