#include "app/pages/hr/employeedialog.h"

#include "app/pages/hr/hrtext.h"
#include "app/widgets/entitypicker.h"
#include "app/widgets/formerrors.h"
#include "app/widgets/moneyedit.h"
#include "common/idnumber.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QTableWidget>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Erp::Client::Hr {

namespace {

using T = HrText;

void fill(QComboBox* box, const HrText::Choices& choices)
{
    for (const auto& [code, text] : choices)
        box->addItem(text, code);
}

void select(QComboBox* box, const QVariant& data)
{
    const int i = box->findData(data);
    box->setCurrentIndex(i >= 0 ? i : 0);
}

QFormLayout* newForm(QWidget* tab)
{
    auto* f = new QFormLayout(tab);
    f->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    f->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    return f;
}

bool isDate(const QString& text)
{
    return text.isEmpty() || (text.size() == 10 && QDate::fromString(text, Qt::ISODate).isValid());
}

enum ContractColumn { StartColumn, EndColumn, ProbationColumn, RenewalColumn, ContractColumns };

} // namespace

EmployeeDialog::EmployeeDialog(HrClient& client, qint64 id, QWidget* parent)
    : FormDialog(parent)
    , m_client(client)
    , m_private(client.may(HrClient::Perm::privateFields()))
    , m_tabs(new QTabWidget(this))
    , m_number(new QLineEdit(this))
    , m_name(new QLineEdit(this))
    , m_gender(new QComboBox(this))
    , m_birthDate(new QLineEdit(this))
    , m_phone(new QLineEdit(this))
    , m_email(new QLineEdit(this))
    , m_address(new QPlainTextEdit(this))
    , m_emergencyContact(new QLineEdit(this))
    , m_emergencyPhone(new QLineEdit(this))
    , m_hireDate(new QLineEdit(this))
    , m_department(new QComboBox(this))
    , m_position(new QComboBox(this))
    , m_manager(new EntityPicker(client.api(), QStringLiteral("hr.employee.list"), this))
    , m_type(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_leaveDate(new QLineEdit(this))
    , m_leaveReason(new QLineEdit(this))
    , m_contracts(new QTableWidget(0, ContractColumns, this))
{
    setObjectName(QStringLiteral("employeeDialog"));
    FormErrors& e = errors();
    const QString datePlaceholder = tr("YYYY-MM-DD");

    // Personal
    auto* personal = new QWidget(m_tabs);
    QFormLayout* p = newForm(personal);
    m_number->setPlaceholderText(tr("generated"));
    m_name->setPlaceholderText(tr("e.g. 王小明"));
    fill(m_gender, T::genders());
    m_birthDate->setPlaceholderText(datePlaceholder);
    m_address->setFixedHeight(m_address->fontMetrics().height() * 3 + 12);
    e.addRow(p, tr("N&umber"), QStringLiteral("number"), m_number);
    e.addRow(p, tr("&Name"), QStringLiteral("name"), m_name, true);
    e.addRow(p, tr("&Gender"), QStringLiteral("gender"), m_gender);
    e.addRow(p, tr("&Birth date"), QStringLiteral("birth_date"), m_birthDate);
    e.addRow(p, tr("&Phone"), QStringLiteral("phone"), m_phone);
    e.addRow(p, tr("&Email"), QStringLiteral("email"), m_email);
    e.addRow(p, tr("&Address"), QStringLiteral("address"), m_address);
    e.addRow(p, tr("Emergency &contact"), QStringLiteral("emergency_contact"), m_emergencyContact);
    e.addRow(p, tr("Emergency p&hone"), QStringLiteral("emergency_phone"), m_emergencyPhone);
    m_tabs->addTab(personal, tr("Personal"));

    // Job
    auto* job = new QWidget(m_tabs);
    QFormLayout* j = newForm(job);
    m_hireDate->setPlaceholderText(datePlaceholder);
    m_department->addItem(tr("—"), 0);
    m_position->addItem(tr("—"), 0);
    m_manager->setRowText([](const QJsonObject& r) {
        return T::str(r, "number") + QStringLiteral("  ") + T::str(r, "name") +
               (T::str(r, "position_title").isEmpty()
                    ? QString()
                    : QStringLiteral(" · ") + T::str(r, "position_title"));
    });
    m_manager->setPickedText([](const QJsonObject& r) { return T::str(r, "name"); });
    m_manager->setPlaceholderText(tr("Type a name or number"));
    fill(m_type, T::employmentTypes());
    fill(m_status, T::statuses());
    m_leaveDate->setPlaceholderText(datePlaceholder);
    e.addRow(j, tr("&Hire date"), QStringLiteral("hire_date"), m_hireDate, true);
    e.addRow(j, tr("&Department"), QStringLiteral("department_id"), m_department);
    e.addRow(j, tr("P&osition"), QStringLiteral("position_id"), m_position);
    e.addRow(j, tr("&Manager"), QStringLiteral("manager_id"), m_manager);
    e.addRow(j, tr("Employment &type"), QStringLiteral("employment_type"), m_type);
    e.addRow(j, tr("&Status"), QStringLiteral("status"), m_status);
    e.addRow(j, tr("&Leave date"), QStringLiteral("leave_date"), m_leaveDate);
    e.addRow(j, tr("Leave &reason"), QStringLiteral("leave_reason"), m_leaveReason);
    m_contracts->setHorizontalHeaderLabels(
        {tr("Start"), tr("End (empty: open-ended)"), tr("Probation ends"), tr("Renewal")});
    m_contracts->horizontalHeader()->setStretchLastSection(true);
    m_contracts->verticalHeader()->hide();
    m_contracts->setMinimumHeight(110);
    auto* contractBox = new QWidget(job);
    auto* contractLayout = new QVBoxLayout(contractBox);
    contractLayout->setContentsMargins(0, 0, 0, 0);
    contractLayout->addWidget(m_contracts);
    auto* contractButtons = new QHBoxLayout;
    auto* addContract = new QPushButton(tr("Add Contract"), contractBox);
    auto* removeContract = new QPushButton(tr("Remove"), contractBox);
    contractButtons->addWidget(addContract);
    contractButtons->addWidget(removeContract);
    contractButtons->addStretch();
    contractLayout->addLayout(contractButtons);
    e.addRow(j, tr("Con&tracts"), QStringLiteral("contracts"), contractBox);
    connect(addContract, &QPushButton::clicked, this, [this] {
        // A renewal starts the day after the last contract ends.
        QJsonObject c{{QStringLiteral("start_date"), QDate::currentDate().toString(Qt::ISODate)}};
        const QJsonArray list = contracts();
        if (!list.isEmpty()) {
            const QDate end = QDate::fromString(
                list.last().toObject().value(QLatin1String("end_date")).toString(), Qt::ISODate);
            if (end.isValid())
                c.insert(QStringLiteral("start_date"), end.addDays(1).toString(Qt::ISODate));
            c.insert(QStringLiteral("renewal"), true);
        }
        this->addContract(c);
        markDirty();
    });
    connect(removeContract, &QPushButton::clicked, this, [this] {
        if (m_contracts->currentRow() >= 0) {
            m_contracts->removeRow(m_contracts->currentRow());
            markDirty();
        }
    });
    connect(m_contracts, &QTableWidget::itemChanged, this, [this] { markDirty(); });
    m_tabs->addTab(job, tr("Job"));

    // Pay & Private: only for hr.private (the server would refuse the fields anyway).
    if (m_private) {
        m_privateTab = new QWidget(m_tabs);
        QFormLayout* v = newForm(m_privateTab);
        m_idNumber = new QLineEdit(m_privateTab);
        m_idNumber->setPlaceholderText(tr("18 characters, e.g. 11010519491231002X"));
        m_idNumber->setMaxLength(18);
        m_bankName = new QLineEdit(m_privateTab);
        m_bankAccount = new QLineEdit(m_privateTab);
        m_siCity = new QLineEdit(m_privateTab);
        m_siCity->setPlaceholderText(tr("e.g. 上海"));
        m_base = new MoneyEdit(m_privateTab);
        m_housingRate = new QLineEdit(m_privateTab);
        m_housingRate->setPlaceholderText(tr("0 or 5.00–12.00"));
        m_children = new QSpinBox(m_privateTab);
        m_children->setRange(0, 20);
        m_infants = new QSpinBox(m_privateTab);
        m_infants->setRange(0, 20);
        m_education = new QComboBox(m_privateTab);
        fill(m_education, T::education());
        m_housing = new QComboBox(m_privateTab);
        fill(m_housing, T::housing());
        m_onlyChild =
            new QCheckBox(tr("Only child (the whole elderly support deduction)"), m_privateTab);
        m_elderlyShare = new MoneyEdit(m_privateTab);
        e.addRow(v, tr("&ID number"), QStringLiteral("id_number"), m_idNumber);
        e.addRow(v, tr("&Bank"), QStringLiteral("bank_name"), m_bankName);
        e.addRow(v, tr("Bank &account"), QStringLiteral("bank_account"), m_bankAccount);
        e.addRow(v, tr("Social insurance &city"), QStringLiteral("social_insurance_city"),
                 m_siCity);
        e.addRow(v, tr("Contribution &base (month)"), QStringLiteral("contribution_base"), m_base);
        e.addRow(v, tr("Housing &fund rate (%)"), QStringLiteral("housing_fund_rate"),
                 m_housingRate);
        e.addRow(v, tr("Children in &education"), QStringLiteral("deductions.children"),
                 m_children);
        e.addRow(v, tr("Children &under three"), QStringLiteral("deductions.infants"), m_infants);
        e.addRow(v, tr("Continuing e&ducation"), QStringLiteral("deductions.continuing_education"),
                 m_education);
        e.addRow(v, tr("&Housing"), QStringLiteral("deductions.housing"), m_housing);
        e.addRow(v, QString(), QStringLiteral("deductions.elderly_only_child"), m_onlyChild);
        e.addRow(v, tr("Elderly support &share (month)"),
                 QStringLiteral("deductions.elderly_share"), m_elderlyShare);
        m_tabs->addTab(m_privateTab, tr("Pay && Private"));
        connect(m_idNumber, &QLineEdit::textEdited, this, &EmployeeDialog::idNumberEdited);
    }
    body()->insertWidget(2, m_tabs);

    connect(m_department, &QComboBox::activated, this,
            [this] { loadPositions(m_department->currentData().toLongLong(), 0); });
    auto* saveKey = new QShortcut(QKeySequence::Save, this);
    connect(saveKey, &QShortcut::activated, this, [this] {
        if (!isBusy() && saveButton()->isVisible())
            save();
    });
    const bool canWrite = client.may(HrClient::Perm::write());
    saveButton()->setVisible(canWrite);
    if (!canWrite)
        cancelButton()->setText(tr("Close"));
    resize(720, 560);
    m_employee.insert(QStringLiteral("id"), id);
    loadDepartments();
    if (id == 0) {
        showEmployee({{QStringLiteral("employment_type"), QStringLiteral("full_time")},
                      {QStringLiteral("status"), QStringLiteral("active")},
                      {QStringLiteral("hire_date"), QDate::currentDate().toString(Qt::ISODate)}});
    } else {
        setWindowTitle(tr("Employee"));
        reload();
    }
}

bool EmployeeDialog::hasPrivateTab() const
{
    return m_privateTab && m_tabs->indexOf(m_privateTab) >= 0;
}

void EmployeeDialog::loadDepartments()
{
    m_client.departments(
        this,
        [this](const QJsonObject& r) {
            const qint64 current = m_department->currentData().toLongLong();
            m_department->clear();
            m_department->addItem(tr("—"), 0);
            for (const QJsonValue& v : r.value(QLatin1String("rows")).toArray())
                m_department->addItem(T::str(v.toObject(), "name"), T::id(v.toObject(), "id"));
            const qint64 want = current > 0 ? current : T::id(m_employee, "department_id");
            select(m_department, want);
            loadPositions(want,
                          m_pendingPosition ? m_pendingPosition : T::id(m_employee, "position_id"));
        },
        [](const Rpc::Error&) {});
}

void EmployeeDialog::loadPositions(qint64 departmentId, qint64 selectId)
{
    m_position->clear();
    m_position->addItem(tr("—"), 0);
    if (departmentId <= 0)
        return;
    m_pendingPosition = selectId;
    m_client.positions(
        departmentId, this,
        [this, selectId](const QJsonObject& r) {
            m_position->clear();
            m_position->addItem(tr("—"), 0);
            for (const QJsonValue& v : r.value(QLatin1String("rows")).toArray()) {
                const QJsonObject p = v.toObject();
                m_position->addItem(tr("%1 (%2 of %3)")
                                        .arg(T::str(p, "title"))
                                        .arg(p.value(QLatin1String("filled")).toInt())
                                        .arg(p.value(QLatin1String("headcount")).toInt()),
                                    T::id(p, "id"));
            }
            select(m_position, selectId);
            m_pendingPosition = 0;
        },
        [](const Rpc::Error&) {});
}

void EmployeeDialog::reload()
{
    setBusy(true);
    m_client.getEmployee(
        T::id(m_employee, "id"), this, [this](const QJsonObject& e) { showEmployee(e); },
        [this](const Rpc::Error& e) {
            setBusy(false);
            saveButton()->setEnabled(false);
            errors().show(e);
        });
}

void EmployeeDialog::addContract(const QJsonObject& c)
{
    const int row = m_contracts->rowCount();
    m_contracts->blockSignals(true);
    m_contracts->insertRow(row);
    auto* start = new QTableWidgetItem(T::str(c, "start_date"));
    start->setData(Qt::UserRole, T::id(c, "id"));
    m_contracts->setItem(row, StartColumn, start);
    m_contracts->setItem(row, EndColumn, new QTableWidgetItem(T::str(c, "end_date")));
    m_contracts->setItem(row, ProbationColumn, new QTableWidgetItem(T::str(c, "probation_end")));
    auto* renewal = new QTableWidgetItem;
    renewal->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
    renewal->setCheckState(c.value(QLatin1String("renewal")).toBool() ? Qt::Checked
                                                                      : Qt::Unchecked);
    m_contracts->setItem(row, RenewalColumn, renewal);
    m_contracts->blockSignals(false);
}

QJsonArray EmployeeDialog::contracts() const
{
    QJsonArray out;
    for (int row = 0; row < m_contracts->rowCount(); ++row) {
        auto text = [this, row](int column) {
            const QTableWidgetItem* item = m_contracts->item(row, column);
            return item ? item->text().trimmed() : QString();
        };
        if (text(StartColumn).isEmpty() && text(EndColumn).isEmpty())
            continue;
        out.append(
            QJsonObject{{QStringLiteral("start_date"), text(StartColumn)},
                        {QStringLiteral("end_date"), text(EndColumn)},
                        {QStringLiteral("probation_end"), text(ProbationColumn)},
                        {QStringLiteral("renewal"),
                         m_contracts->item(row, RenewalColumn)->checkState() == Qt::Checked}});
    }
    return out;
}

void EmployeeDialog::showEmployee(const QJsonObject& e)
{
    m_employee = e;
    const qint64 id = T::id(e, "id");
    setWindowTitle(id == 0 ? tr("New Employee")
                           : tr("Employee %1 — %2").arg(T::str(e, "number"), T::str(e, "name")));
    m_number->setText(T::str(e, "number"));
    m_number->setReadOnly(id > 0);
    m_name->setText(T::str(e, "name"));
    select(m_gender, T::str(e, "gender"));
    m_birthDate->setText(T::str(e, "birth_date"));
    m_phone->setText(T::str(e, "phone"));
    m_email->setText(T::str(e, "email"));
    m_address->setPlainText(T::str(e, "address"));
    m_emergencyContact->setText(T::str(e, "emergency_contact"));
    m_emergencyPhone->setText(T::str(e, "emergency_phone"));
    m_hireDate->setText(T::str(e, "hire_date"));
    select(m_department, T::id(e, "department_id"));
    loadPositions(T::id(e, "department_id"), T::id(e, "position_id"));
    if (T::id(e, "manager_id") > 0)
        m_manager->setCurrent({{QStringLiteral("id"), e.value(QLatin1String("manager_id"))},
                               {QStringLiteral("name"), e.value(QLatin1String("manager_name"))}});
    else
        m_manager->clearCurrent();
    select(m_type, T::str(e, "employment_type"));
    select(m_status, T::str(e, "status"));
    m_leaveDate->setText(T::str(e, "leave_date"));
    m_leaveReason->setText(T::str(e, "leave_reason"));
    m_contracts->setRowCount(0);
    for (const QJsonValue& c : e.value(QLatin1String("contracts")).toArray())
        addContract(c.toObject());
    // The server leaves the private fields out for whoever may not read them: then there is
    // nothing to show (and nothing to send).
    if (m_privateTab && id > 0 && !e.contains(QLatin1String("id_number")))
        m_tabs->removeTab(m_tabs->indexOf(m_privateTab));
    if (hasPrivateTab()) {
        m_idNumber->setText(T::str(e, "id_number"));
        m_bankName->setText(T::str(e, "bank_name"));
        m_bankAccount->setText(T::str(e, "bank_account"));
        m_siCity->setText(T::str(e, "social_insurance_city"));
        m_base->setValue(T::str(e, "contribution_base"));
        m_housingRate->setText(T::str(e, "housing_fund_rate"));
        const QJsonObject d = e.value(QLatin1String("deductions")).toObject();
        m_children->setValue(d.value(QLatin1String("children")).toInt());
        m_infants->setValue(d.value(QLatin1String("infants")).toInt());
        select(m_education, d.value(QLatin1String("continuing_education")).toString());
        select(m_housing, d.value(QLatin1String("housing")).toString());
        m_onlyChild->setChecked(d.value(QLatin1String("elderly_only_child")).toBool());
        m_elderlyShare->setValue(d.value(QLatin1String("elderly_share")).toString());
    }
    saveButton()->setText(id == 0 ? tr("Create") : tr("Save"));
    errors().clear();
    setBusy(false);
    markClean();
    m_name->setFocus();
}

void EmployeeDialog::idNumberEdited()
{
    const QString number = IdNumber::normalized(m_idNumber->text());
    const QString problem = HrText::idNumberProblem(number);
    if (!problem.isEmpty()) {
        if (number.size() >= 18)
            errors().showField(QStringLiteral("id_number"), problem);
        return;
    }
    if (number.isEmpty())
        return;
    // A valid number says when and (by its sequence) whether a man or a woman was born.
    if (m_birthDate->text().trimmed().isEmpty())
        m_birthDate->setText(IdNumber::birthDate(number).toString(Qt::ISODate));
    if (m_gender->currentData().toString().isEmpty())
        select(m_gender, IdNumber::gender(number));
}

bool EmployeeDialog::checkLocally()
{
    FormErrors& e = errors();
    bool ok = true;
    auto fail = [&](const char* field, const QString& text, QWidget* tab) {
        e.showField(QLatin1String(field), text);
        if (ok)
            m_tabs->setCurrentWidget(tab);
        ok = false;
    };
    QWidget* personal = m_tabs->widget(0);
    QWidget* job = m_tabs->widget(1);
    if (m_name->text().trimmed().isEmpty())
        fail("name", tr("Enter the employee's name."), personal);
    if (!isDate(m_birthDate->text().trimmed()))
        fail("birth_date", tr("Enter a date such as 1990-03-07."), personal);
    if (m_hireDate->text().trimmed().isEmpty())
        fail("hire_date", tr("Enter the hire date."), job);
    else if (!isDate(m_hireDate->text().trimmed()))
        fail("hire_date", tr("Enter a date such as 2024-03-01."), job);
    if (!isDate(m_leaveDate->text().trimmed()))
        fail("leave_date", tr("Enter a date such as 2026-03-31."), job);
    if (m_status->currentData().toString() == QLatin1String("left")) {
        if (m_leaveDate->text().trimmed().isEmpty())
            fail("leave_date", tr("Enter the day the employee left."), job);
        if (m_leaveReason->text().trimmed().isEmpty())
            fail("leave_reason", tr("Enter why the employee left."), job);
    }
    if (hasPrivateTab()) {
        const QString number = IdNumber::normalized(m_idNumber->text());
        const QString problem = HrText::idNumberProblem(number);
        if (!problem.isEmpty()) {
            fail("id_number", problem, m_privateTab);
        } else if (!number.isEmpty()) {
            const QString born = IdNumber::birthDate(number).toString(Qt::ISODate);
            if (!m_birthDate->text().trimmed().isEmpty() && m_birthDate->text().trimmed() != born)
                fail("birth_date",
                     tr("The birth date does not match the ID number (%1).").arg(born), personal);
            const QString gender = m_gender->currentData().toString();
            if (!gender.isEmpty() && gender != IdNumber::gender(number))
                fail("gender", tr("The gender does not match the ID number."), personal);
        }
    }
    return ok;
}

QJsonObject EmployeeDialog::fields() const
{
    const QString status = m_status->currentData().toString();
    QJsonObject f{
        {QStringLiteral("name"), m_name->text().trimmed()},
        {QStringLiteral("gender"), m_gender->currentData().toString()},
        {QStringLiteral("birth_date"), m_birthDate->text().trimmed()},
        {QStringLiteral("phone"), m_phone->text().trimmed()},
        {QStringLiteral("email"), m_email->text().trimmed()},
        {QStringLiteral("address"), m_address->toPlainText().trimmed()},
        {QStringLiteral("emergency_contact"), m_emergencyContact->text().trimmed()},
        {QStringLiteral("emergency_phone"), m_emergencyPhone->text().trimmed()},
        {QStringLiteral("hire_date"), m_hireDate->text().trimmed()},
        {QStringLiteral("employment_type"), m_type->currentData().toString()},
        {QStringLiteral("status"), status},
        {QStringLiteral("leave_date"),
         status == QLatin1String("left") ? m_leaveDate->text().trimmed() : QString()},
        {QStringLiteral("leave_reason"),
         status == QLatin1String("left") ? m_leaveReason->text().trimmed() : QString()},
        {QStringLiteral("contracts"), contracts()},
    };
    const qint64 department = m_department->currentData().toLongLong();
    const qint64 position = m_position->currentData().toLongLong();
    f.insert(QStringLiteral("department_id"),
             department > 0 ? QJsonValue(department) : QJsonValue());
    f.insert(QStringLiteral("position_id"), position > 0 ? QJsonValue(position) : QJsonValue());
    f.insert(QStringLiteral("manager_id"),
             m_manager->currentId() > 0 ? QJsonValue(m_manager->currentId()) : QJsonValue());
    if (T::id(m_employee, "id") == 0 && !m_number->text().trimmed().isEmpty())
        f.insert(QStringLiteral("number"), m_number->text().trimmed());
    if (hasPrivateTab()) {
        f.insert(QStringLiteral("id_number"), IdNumber::normalized(m_idNumber->text()));
        f.insert(QStringLiteral("bank_name"), m_bankName->text().trimmed());
        f.insert(QStringLiteral("bank_account"), m_bankAccount->text().trimmed());
        f.insert(QStringLiteral("social_insurance_city"), m_siCity->text().trimmed());
        f.insert(QStringLiteral("contribution_base"),
                 m_base->value().isEmpty() ? QStringLiteral("0.00") : m_base->value());
        f.insert(QStringLiteral("housing_fund_rate"), m_housingRate->text().trimmed().isEmpty()
                                                          ? QStringLiteral("0")
                                                          : m_housingRate->text().trimmed());
        f.insert(QStringLiteral("deductions"),
                 QJsonObject{{QStringLiteral("children"), m_children->value()},
                             {QStringLiteral("infants"), m_infants->value()},
                             {QStringLiteral("continuing_education"),
                              m_education->currentData().toString()},
                             {QStringLiteral("housing"), m_housing->currentData().toString()},
                             {QStringLiteral("elderly_only_child"), m_onlyChild->isChecked()},
                             {QStringLiteral("elderly_share"), m_elderlyShare->value().isEmpty()
                                                                   ? QStringLiteral("0.00")
                                                                   : m_elderlyShare->value()}});
    }
    return f;
}

void EmployeeDialog::save()
{
    errors().clear();
    if (!checkLocally())
        return;
    setBusy(true);
    m_client.saveEmployee(
        T::id(m_employee, "id"), T::id(m_employee, "version"), fields(), this,
        [this](const QJsonObject& e) {
            emit saved(e);
            finishSaved();
        },
        [this](const Rpc::Error& e) { showSaveError(e); });
}

QString EmployeeDialog::conflictText() const
{
    return tr("Someone else saved this employee while you were editing it.");
}

} // namespace Erp::Client::Hr
