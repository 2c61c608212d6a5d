#include "app/pages/hr/departmentspage.h"

#include "app/net/errortext.h"
#include "app/pages/hr/hrtext.h"
#include "app/widgets/entitypicker.h"
#include "app/widgets/formerrors.h"
#include "app/widgets/theme.h"

#include <QAction>
#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QToolBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Erp::Client::Hr {

namespace {

using T = HrText;
constexpr int IdRole = Qt::UserRole;

} // namespace

DepartmentsPage::DepartmentsPage(HrClient& client, QWidget* parent)
    : QWidget(parent)
    , m_client(client)
    , m_toolBar(new QToolBar(this))
    , m_tree(new QTreeWidget(this))
    , m_positions(new QTableWidget(0, 4, this))
{
    setObjectName(QStringLiteral("departmentsPage"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_toolBar);
    auto* split = new QSplitter(Qt::Horizontal, this);
    m_tree->setHeaderLabels({tr("Department"), tr("Code"), tr("Manager"), tr("Employees")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_positions->setHorizontalHeaderLabels(
        {tr("Position"), tr("Headcount"), tr("Filled"), tr("Vacancies")});
    m_positions->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_positions->verticalHeader()->hide();
    m_positions->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_positions->setSelectionBehavior(QAbstractItemView::SelectRows);
    split->addWidget(m_tree);
    split->addWidget(m_positions);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);

    const bool canWrite = client.may(HrClient::Perm::write());
    QAction* newDepartment = m_toolBar->addAction(
        Theme::icon(QStringLiteral("folder-new"), QStyle::SP_FileDialogNewFolder),
        tr("New Department…"));
    QAction* editDepartment = m_toolBar->addAction(tr("Edit Department…"));
    QAction* archiveDepartment = m_toolBar->addAction(tr("Archive Department"));
    m_toolBar->addSeparator();
    QAction* newPosition = m_toolBar->addAction(tr("New Position…"));
    QAction* editPosition = m_toolBar->addAction(tr("Edit Position…"));
    QAction* archivePosition = m_toolBar->addAction(tr("Archive Position"));
    for (QAction* a : {newDepartment, editDepartment, archiveDepartment, newPosition, editPosition,
                       archivePosition})
        a->setVisible(canWrite);
    connect(newDepartment, &QAction::triggered, this, [this] { this->editDepartment(0); });
    connect(editDepartment, &QAction::triggered, this, [this] {
        if (currentDepartment() > 0)
            this->editDepartment(currentDepartment());
    });
    connect(m_tree, &QTreeWidget::itemDoubleClicked, this, [this, canWrite] {
        if (canWrite && currentDepartment() > 0)
            this->editDepartment(currentDepartment());
    });
    connect(archiveDepartment, &QAction::triggered, this, [this] {
        for (const QJsonValue& v : std::as_const(m_departments))
            if (T::id(v.toObject(), "id") == currentDepartment())
                archive(QStringLiteral("hr.department.archive"), currentDepartment(),
                        T::id(v.toObject(), "version"));
    });
    connect(newPosition, &QAction::triggered, this, [this] { this->editPosition(0); });
    connect(editPosition, &QAction::triggered, this, [this] {
        if (m_positions->currentRow() >= 0)
            this->editPosition(
                m_positions->item(m_positions->currentRow(), 0)->data(IdRole).toLongLong());
    });
    connect(archivePosition, &QAction::triggered, this, [this] {
        const int row = m_positions->currentRow();
        if (row >= 0 && row < m_positionRows.size())
            archive(QStringLiteral("hr.position.archive"),
                    T::id(m_positionRows.at(row).toObject(), "id"),
                    T::id(m_positionRows.at(row).toObject(), "version"));
    });
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this] { loadPositions(); });
}

qint64 DepartmentsPage::currentDepartment() const
{
    return m_tree->currentItem() ? m_tree->currentItem()->data(0, IdRole).toLongLong() : 0;
}

void DepartmentsPage::reload()
{
    m_client.departments(
        this,
        [this](const QJsonObject& r) { showDepartments(r.value(QLatin1String("rows")).toArray()); },
        [this](const Rpc::Error& e) {
            QMessageBox::warning(this, tr("Departments"), ErrorText::describe(e));
        });
}

void DepartmentsPage::showDepartments(const QJsonArray& rows)
{
    const qint64 current = currentDepartment();
    m_departments = rows;
    m_tree->clear();
    QHash<qint64, QTreeWidgetItem*> items;
    for (const QJsonValue& v : rows) {
        const QJsonObject d = v.toObject();
        auto* item =
            new QTreeWidgetItem({T::str(d, "name"), T::str(d, "code"), T::str(d, "manager_name"),
                                 QString::number(d.value(QLatin1String("employees")).toInt())});
        item->setData(0, IdRole, T::id(d, "id"));
        item->setTextAlignment(3, Qt::AlignRight | Qt::AlignVCenter);
        items.insert(T::id(d, "id"), item);
    }
    for (const QJsonValue& v : rows) {
        const QJsonObject d = v.toObject();
        QTreeWidgetItem* item = items.value(T::id(d, "id"));
        if (QTreeWidgetItem* parent = items.value(T::id(d, "parent_id")))
            parent->addChild(item);
        else
            m_tree->addTopLevelItem(item);
    }
    m_tree->expandAll();
    m_tree->resizeColumnToContents(1);
    m_tree->resizeColumnToContents(2);
    if (QTreeWidgetItem* again = items.value(current))
        m_tree->setCurrentItem(again);
    else if (m_tree->topLevelItemCount() > 0)
        m_tree->setCurrentItem(m_tree->topLevelItem(0));
}

void DepartmentsPage::loadPositions()
{
    m_positions->setRowCount(0);
    m_positionRows = {};
    const qint64 department = currentDepartment();
    if (department <= 0)
        return;
    m_client.positions(
        department, this,
        [this](const QJsonObject& r) {
            m_positionRows = r.value(QLatin1String("rows")).toArray();
            m_positions->setRowCount(int(m_positionRows.size()));
            for (int row = 0; row < m_positionRows.size(); ++row) {
                const QJsonObject p = m_positionRows.at(row).toObject();
                auto* title = new QTableWidgetItem(T::str(p, "title"));
                title->setData(IdRole, T::id(p, "id"));
                m_positions->setItem(row, 0, title);
                int column = 1;
                for (const char* key : {"headcount", "filled", "vacancies"}) {
                    auto* cell =
                        new QTableWidgetItem(QString::number(p.value(QLatin1String(key)).toInt()));
                    cell->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                    m_positions->setItem(row, column++, cell);
                }
            }
        },
        [](const Rpc::Error&) {});
}

void DepartmentsPage::editDepartment(qint64 id)
{
    QJsonObject record{{QStringLiteral("id"), id}};
    for (const QJsonValue& v : std::as_const(m_departments))
        if (T::id(v.toObject(), "id") == id)
            record = v.toObject();
    if (id == 0 && currentDepartment() > 0)
        record.insert(QStringLiteral("parent_id"), currentDepartment());
    auto* dialog =
        new OrgRecordDialog(m_client, OrgRecordDialog::Department, record, m_departments, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &OrgRecordDialog::saved, this, [this] { reload(); });
    dialog->open();
}

void DepartmentsPage::editPosition(qint64 id)
{
    QJsonObject record{{QStringLiteral("id"), id},
                       {QStringLiteral("department_id"), currentDepartment()},
                       {QStringLiteral("headcount"), 1}};
    for (const QJsonValue& v : std::as_const(m_positionRows))
        if (T::id(v.toObject(), "id") == id)
            record = v.toObject();
    auto* dialog =
        new OrgRecordDialog(m_client, OrgRecordDialog::Position, record, m_departments, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &OrgRecordDialog::saved, this, [this] { loadPositions(); });
    dialog->open();
}

void DepartmentsPage::archive(const QString& method, qint64 id, qint64 version)
{
    m_client.call(
        method, {{QStringLiteral("id"), id}, {QStringLiteral("version"), version}}, this,
        [this](const QJsonObject&) { reload(); },
        [this](const Rpc::Error& e) {
            QMessageBox::warning(this, tr("Archive"), ErrorText::describe(e));
        });
}

OrgRecordDialog::OrgRecordDialog(HrClient& client, Kind kind, const QJsonObject& record,
                                 const QJsonArray& departments, QWidget* parent)
    : FormDialog(parent)
    , m_client(client)
    , m_kind(kind)
    , m_record(record)
    , m_name(new QLineEdit(this))
    , m_department(new QComboBox(this))
{
    setObjectName(kind == Department ? QStringLiteral("departmentDialog")
                                     : QStringLiteral("positionDialog"));
    const qint64 id = T::id(record, "id");
    FormErrors& e = errors();
    m_department->addItem(tr("—"), 0);
    for (const QJsonValue& v : departments)
        if (T::id(v.toObject(), "id") != id || kind == Position)
            m_department->addItem(T::str(v.toObject(), "name"), T::id(v.toObject(), "id"));
    if (kind == Department) {
        setWindowTitle(id == 0 ? tr("New Department")
                               : tr("Department %1").arg(T::str(record, "name")));
        m_code = new QLineEdit(T::str(record, "code"), this);
        m_code->setPlaceholderText(tr("generated"));
        m_name->setText(T::str(record, "name"));
        m_manager = new EntityPicker(client.api(), QStringLiteral("hr.employee.list"), this);
        m_manager->setRowText([](const QJsonObject& r) {
            return T::str(r, "number") + QStringLiteral("  ") + T::str(r, "name");
        });
        m_manager->setPickedText([](const QJsonObject& r) { return T::str(r, "name"); });
        if (T::id(record, "manager_id") > 0)
            m_manager->setCurrent(
                {{QStringLiteral("id"), record.value(QLatin1String("manager_id"))},
                 {QStringLiteral("name"), record.value(QLatin1String("manager_name"))}});
        e.addRow(form(), tr("&Name"), QStringLiteral("name"), m_name, true);
        e.addRow(form(), tr("&Code"), QStringLiteral("code"), m_code);
        e.addRow(form(), tr("&Parent"), QStringLiteral("parent_id"), m_department);
        e.addRow(form(), tr("&Manager"), QStringLiteral("manager_id"), m_manager);
        m_department->setCurrentIndex(qMax(0, m_department->findData(T::id(record, "parent_id"))));
    } else {
        setWindowTitle(id == 0 ? tr("New Position")
                               : tr("Position %1").arg(T::str(record, "title")));
        m_name->setText(T::str(record, "title"));
        m_headcount = new QSpinBox(this);
        m_headcount->setRange(0, 100000);
        m_headcount->setValue(record.value(QLatin1String("headcount")).toInt(1));
        e.addRow(form(), tr("&Title"), QStringLiteral("title"), m_name, true);
        e.addRow(form(), tr("&Department"), QStringLiteral("department_id"), m_department, true);
        e.addRow(form(), tr("Planned &headcount"), QStringLiteral("headcount"), m_headcount);
        m_department->setCurrentIndex(
            qMax(0, m_department->findData(T::id(record, "department_id"))));
    }
    saveButton()->setText(id == 0 ? tr("Create") : tr("Save"));
    markClean();
}

QJsonObject OrgRecordDialog::fields() const
{
    const qint64 department = m_department->currentData().toLongLong();
    const QJsonValue departmentValue = department > 0 ? QJsonValue(department) : QJsonValue();
    if (m_kind == Department) {
        QJsonObject f{{QStringLiteral("name"), m_name->text().trimmed()},
                      {QStringLiteral("parent_id"), departmentValue},
                      {QStringLiteral("manager_id"), m_manager->currentId() > 0
                                                         ? QJsonValue(m_manager->currentId())
                                                         : QJsonValue()}};
        if (!m_code->text().trimmed().isEmpty())
            f.insert(QStringLiteral("code"), m_code->text().trimmed());
        return f;
    }
    return {{QStringLiteral("title"), m_name->text().trimmed()},
            {QStringLiteral("department_id"), departmentValue},
            {QStringLiteral("headcount"), m_headcount->value()}};
}

void OrgRecordDialog::save()
{
    errors().clear();
    if (m_name->text().trimmed().isEmpty()) {
        errors().showField(m_kind == Department ? QStringLiteral("name") : QStringLiteral("title"),
                           tr("This field is required."));
        return;
    }
    setBusy(true);
    m_client.saveRecord(
        m_kind == Department ? QStringLiteral("department") : QStringLiteral("position"),
        T::id(m_record, "id"), T::id(m_record, "version"), fields(), this,
        [this](const QJsonObject& r) {
            emit saved(r);
            finishSaved();
        },
        [this](const Rpc::Error& e) { showSaveError(e); });
}

} // namespace Erp::Client::Hr
