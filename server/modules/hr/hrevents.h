// What hr announces on the event bus (server/platform/eventbus.h). No event carries a private
// field (ID number, bank account, contribution base, deductions): subscribers that need one
// read it through the hr service with their own caller's rights.
#pragma once

#include "server/platform/eventbus.h"

#include <QString>

namespace Erp::Server::Hr::Events {

/// Announcement "hr.employee_hired": a new employee was written (create, import, demo).
/// Payroll starts counting the employee from `hireDate`; accounts may be prepared.
struct EmployeeHired
{
    static constexpr auto Name = "hr.employee_hired";
    static constexpr auto Kind = Platform::EventKind::Announcement;

    qint64 employeeId = 0;
    QString number;
    qint64 departmentId = 0; ///< 0: none
    QString hireDate;
};

/// Announcement "hr.employee_left": an employee's status became "left" (update or import).
/// Payroll stops after `leaveDate`; a login linked to the employee may be locked.
struct EmployeeLeft
{
    static constexpr auto Name = "hr.employee_left";
    static constexpr auto Kind = Platform::EventKind::Announcement;

    qint64 employeeId = 0;
    QString number;
    qint64 userId = 0; ///< the linked login, 0: none
    QString leaveDate;
};

} // namespace Erp::Server::Hr::Events
