#pragma once

#include "app/pages/hr/hrclient.h"
#include "app/widgets/formdialog.h"

#include <QJsonArray>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTableWidget;
class QTabWidget;

namespace Erp::Client {
class EntityPicker;
class MoneyEdit;
} // namespace Erp::Client

namespace Erp::Client::Hr {

/// Creates or edits an employee in three tabs: Personal, Job (department, position, manager,
/// employment, leaving, contracts) and Pay & Private (ID number, bank, social insurance base,
/// housing fund, declared deductions). The private tab exists only for users with hr.private:
/// for the others the server leaves those fields out and the form never sends them. The ID
/// number is checked as typed (length, birth date, GB 11643 check character) and fills the
/// birth date and gender.
class EmployeeDialog final : public FormDialog
{
    Q_OBJECT
public:
    EmployeeDialog(HrClient& client, qint64 id, QWidget* parent = nullptr);

    QTabWidget* tabs() const { return m_tabs; }
    /// True when the Pay & Private tab is part of the form.
    bool hasPrivateTab() const;
    QLineEdit* nameEdit() const { return m_name; }
    QLineEdit* idNumberEdit() const { return m_idNumber; }
    QLineEdit* birthDateEdit() const { return m_birthDate; }
    QLineEdit* hireDateEdit() const { return m_hireDate; }
    QComboBox* genderBox() const { return m_gender; }
    /// What Save sends (no private key without the private tab).
    QJsonObject fields() const;
    /// The checks the form makes before asking the server; shows them under the fields and
    /// returns false when one fails.
    bool checkLocally();

signals:
    void saved(const QJsonObject& employee);

protected:
    void save() override;
    void reload() override;
    QString conflictText() const override;

private:
    void showEmployee(const QJsonObject& e);
    void loadDepartments();
    void loadPositions(qint64 departmentId, qint64 select);
    void idNumberEdited();
    void addContract(const QJsonObject& c);
    QJsonArray contracts() const;

    HrClient& m_client;
    QJsonObject m_employee;
    bool m_private;
    QTabWidget* m_tabs;
    QWidget* m_privateTab = nullptr;
    // Personal
    QLineEdit* m_number;
    QLineEdit* m_name;
    QComboBox* m_gender;
    QLineEdit* m_birthDate;
    QLineEdit* m_phone;
    QLineEdit* m_email;
    QPlainTextEdit* m_address;
    QLineEdit* m_emergencyContact;
    QLineEdit* m_emergencyPhone;
    // Job
    QLineEdit* m_hireDate;
    QComboBox* m_department;
    QComboBox* m_position;
    EntityPicker* m_manager;
    QComboBox* m_type;
    QComboBox* m_status;
    QLineEdit* m_leaveDate;
    QLineEdit* m_leaveReason;
    QTableWidget* m_contracts;
    // Pay & Private
    QLineEdit* m_idNumber = nullptr;
    QLineEdit* m_bankName = nullptr;
    QLineEdit* m_bankAccount = nullptr;
    QLineEdit* m_siCity = nullptr;
    MoneyEdit* m_base = nullptr;
    QLineEdit* m_housingRate = nullptr;
    QSpinBox* m_children = nullptr;
    QSpinBox* m_infants = nullptr;
    QComboBox* m_education = nullptr;
    QComboBox* m_housing = nullptr;
    QCheckBox* m_onlyChild = nullptr;
    MoneyEdit* m_elderlyShare = nullptr;
    qint64 m_pendingPosition = 0;
};

} // namespace Erp::Client::Hr
