#pragma once

#include "server/module.h"
#include "server/modules/hr/employeeservice.h"
#include "server/modules/hr/orgservice.h"

namespace Erp::Server::Hr {

/// Human resources, people and organisation: employees (with their private fields behind
/// hr.private), departments, positions and the org chart (hr.*). Payroll, time, recruiting,
/// training and performance build on it.
class HrModule final : public Module
{
public:
    /// Announces hirings and leavings on `events`.
    explicit HrModule(Platform::EventBus& events)
        : m_employees(events)
    {}
    QString name() const override { return QStringLiteral("hr"); }
    QString description() const override
    {
        return QStringLiteral("Human resources: employees, departments, positions, org chart");
    }
    QList<RoleGrants> defaultGrants() const override;
    void registerMethods(Rpc::MethodRegistry& registry) override;
    void registerImports(Platform::ImportService& imports) override;
    void loadDemo(Rpc::CallContext& ctx) override;

    EmployeeService& employees() { return m_employees; }
    OrgService& organisation() { return m_org; }

private:
    EmployeeService m_employees;
    OrgService m_org;
};

} // namespace Erp::Server::Hr
