#pragma once

#include "app/pages/hr/hrclient.h"
#include "app/pages/modulepage.h"

class QListWidget;
class QStackedWidget;

namespace Erp::Client::Hr {

class DepartmentsPage;
class EmployeeList;
class OrgChartPage;

/// The HR tab (hr.read): employees, departments with their positions, and the org chart.
class HrPage final : public ModulePage
{
    Q_OBJECT
public:
    enum Section { Employees, Departments, OrgChart };

    explicit HrPage(ApiClient& api, QWidget* parent = nullptr);
    ~HrPage() override;

    static bool isAvailable(const ApiClient& api);

    QString title() const override;
    QIcon icon() const override;
    void refresh() override;
    bool open(const QString& target) override;
    QStringList serverModules() const override { return {QStringLiteral("hr")}; }

    void showSection(Section section);
    EmployeeList* employees() const { return m_employees; }
    DepartmentsPage* departments() const { return m_departments; }
    OrgChartPage* orgChart() const { return m_orgChart; }

private:
    HrClient m_client;
    QListWidget* m_nav;
    QStackedWidget* m_stack;
    EmployeeList* m_employees;
    DepartmentsPage* m_departments;
    OrgChartPage* m_orgChart;
};

} // namespace Erp::Client::Hr
