#pragma once

#include "app/pages/hr/hrclient.h"
#include "app/widgets/formdialog.h"

#include <QJsonArray>
#include <QWidget>

class QComboBox;
class QLineEdit;
class QSpinBox;
class QTableWidget;
class QToolBar;
class QTreeWidget;
class QTreeWidgetItem;

namespace Erp::Client {
class EntityPicker;
}

namespace Erp::Client::Hr {

/// Departments as a tree (hr.department.list: name, code, manager, employees) and the positions
/// of the selected one with planned headcount, filled and vacancies; New / Edit / Archive for
/// both with hr.write.
class DepartmentsPage final : public QWidget
{
    Q_OBJECT
public:
    explicit DepartmentsPage(HrClient& client, QWidget* parent = nullptr);
    void reload();
    QTreeWidget* tree() const { return m_tree; }
    QTableWidget* positions() const { return m_positions; }
    qint64 currentDepartment() const;

private:
    void showDepartments(const QJsonArray& rows);
    void loadPositions();
    void editDepartment(qint64 id);
    void editPosition(qint64 id);
    void archive(const QString& method, qint64 id, qint64 version);

    HrClient& m_client;
    QToolBar* m_toolBar;
    QTreeWidget* m_tree;
    QTableWidget* m_positions;
    QJsonArray m_departments;
    QJsonArray m_positionRows;
};

/// Creates or edits a department (hr.department.*) or a position (hr.position.*).
class OrgRecordDialog final : public FormDialog
{
    Q_OBJECT
public:
    enum Kind { Department, Position };
    OrgRecordDialog(HrClient& client, Kind kind, const QJsonObject& record,
                    const QJsonArray& departments, QWidget* parent = nullptr);
    QJsonObject fields() const;

signals:
    void saved(const QJsonObject& record);

protected:
    void save() override;

private:
    HrClient& m_client;
    Kind m_kind;
    QJsonObject m_record;
    QLineEdit* m_name;
    QLineEdit* m_code = nullptr;
    QComboBox* m_department;
    EntityPicker* m_manager = nullptr;
    QSpinBox* m_headcount = nullptr;
};

} // namespace Erp::Client::Hr
