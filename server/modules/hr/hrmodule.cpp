#include "server/modules/hr/hrmodule.h"

namespace Erp::Server::Hr {

QList<RoleGrants> HrModule::defaultGrants() const
{
    return {
        {QStringLiteral("hr"),
         QStringLiteral("Human resources, salaries included"),
         {QStringLiteral("hr.*")}},
        // The manager reads HR through "*.read" (never hr.private) and sees only his reports.
        {QStringLiteral("manager"),
         QStringLiteral("Reads and approves everything outside administration; keeps customers"),
         {},
         {QStringLiteral("hr.employee.reports")}},
    };
}

} // namespace Erp::Server::Hr
