#pragma once

#include "app/pages/hr/hrclient.h"
#include "app/widgets/listpage.h"

class QComboBox;
class QDialog;

namespace Erp::Client::Hr {

/// The employees (hr.employee.list): search, department and status filters, New / Open,
/// Import… (platform import, entity hr.employee) and the list's Export….
class EmployeeList final : public ListPage
{
    Q_OBJECT
public:
    explicit EmployeeList(HrClient& client, QWidget* parent = nullptr);
    void openEmployee(qint64 id);
    /// Re-reads the departments of the filter.
    void loadDepartments();
    QComboBox* departmentFilter() const { return m_department; }
    QComboBox* statusFilter() const { return m_status; }
    QAction* newAction() const { return m_new; }

signals:
    void dialogOpened(QDialog* dialog);

protected:
    void updateActions() override;
    bool hasActiveFilter() const override;

private:
    void applyFilter();

    HrClient& m_client;
    QComboBox* m_department;
    QComboBox* m_status;
    QAction* m_new = nullptr;
    QAction* m_open = nullptr;
};

} // namespace Erp::Client::Hr
