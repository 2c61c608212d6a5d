#include "app/pages/hr/employeelist.h"

#include "app/models/remotetablemodel.h"
#include "app/pages/hr/employeedialog.h"
#include "app/pages/hr/hrtext.h"
#include "app/widgets/importwizard.h"
#include "app/widgets/statusbadge.h"
#include "app/widgets/theme.h"

#include <QAction>
#include <QComboBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QLineEdit>
#include <QTableView>

namespace Erp::Client::Hr {

namespace {

using T = HrText;

enum { StatusColumn = 6 };

QList<Column> employeeColumns()
{
    using K = Column::Kind;
    return {
        Column(QStringLiteral("number"), EmployeeList::tr("Number"))
            .exportAs(Column::Export::Digits),
        Column(QStringLiteral("name"), EmployeeList::tr("Name")),
        Column(QStringLiteral("department_name"), EmployeeList::tr("Department")),
        Column(QStringLiteral("position_title"), EmployeeList::tr("Position")),
        Column(QStringLiteral("manager_name"), EmployeeList::tr("Manager")),
        Column(QStringLiteral("employment_type"), EmployeeList::tr("Employment"))
            .withText([](const QJsonObject& r) {
                return T::text(T::employmentTypes(), T::str(r, "employment_type"));
            }),
        Column(QStringLiteral("status"), EmployeeList::tr("Status"))
            .withText([](const QJsonObject& r) {
                return r.value(QLatin1String("archived")).toBool()
                           ? EmployeeList::tr("Archived")
                           : T::text(T::statuses(), T::str(r, "status"));
            })
            .withTone([](const QJsonObject& r) {
                const QString s = T::str(r, "status");
                return s == QLatin1String("active")     ? Column::Tone::Done
                       : s == QLatin1String("on_leave") ? Column::Tone::Waiting
                                                        : Column::Tone::Neutral;
            }),
        Column(QStringLiteral("hire_date"), EmployeeList::tr("Hired"), K::Date),
        Column(QStringLiteral("phone"), EmployeeList::tr("Phone"))
            .notSortable()
            .exportAs(Column::Export::Digits),
        Column(QStringLiteral("email"), EmployeeList::tr("Email")).notSortable(),
    };
}

} // namespace

EmployeeList::EmployeeList(HrClient& client, QWidget* parent)
    : ListPage(parent)
    , m_client(client)
    , m_department(new QComboBox(this))
    , m_status(new QComboBox(this))
{
    setObjectName(QStringLiteral("employeeList"));
    auto* model = new RemoteTableModel(client.api(), QStringLiteral("hr.employee.list"),
                                       employeeColumns(), this);
    model->setEntity(QStringLiteral("hr.employee"));
    model->setSortExpression(QStringLiteral("number"));
    setModel(model);
    setExportName(tr("Employees"));
    setInitialSort(0, Qt::AscendingOrder);
    view()->setItemDelegateForColumn(StatusColumn, new StatusBadgeDelegate(view()));
    const QFontMetrics fm = view()->fontMetrics();
    const QList<int> widths{fm.horizontalAdvance(QStringLiteral("E000000")),
                            fm.horizontalAdvance(QStringLiteral("欧阳明月明")),
                            fm.horizontalAdvance(QStringLiteral("仓储物流部门")),
                            fm.horizontalAdvance(QStringLiteral("人力资源经理助理")),
                            fm.horizontalAdvance(QStringLiteral("欧阳明月")),
                            fm.horizontalAdvance(QStringLiteral("Contractor")),
                            fm.horizontalAdvance(QStringLiteral("On leave")),
                            fm.horizontalAdvance(QStringLiteral("2026-12-31"))};
    for (int i = 0; i < widths.size(); ++i)
        view()->horizontalHeader()->resizeSection(i, widths.at(i) + 24);

    m_department->addItem(tr("All departments"), 0);
    addFilterWidget(tr("Department"), m_department);
    m_status->addItem(tr("Current"), QStringLiteral("current"));
    for (const auto& [code, text] : T::statuses())
        m_status->addItem(text, code);
    m_status->addItem(tr("Archived"), QStringLiteral("archived"));
    m_status->addItem(tr("All"), QStringLiteral("all"));
    addFilterWidget(tr("Status"), m_status);
    connect(m_department, &QComboBox::currentIndexChanged, this, &EmployeeList::applyFilter);
    connect(m_status, &QComboBox::currentIndexChanged, this, &EmployeeList::applyFilter);

    const bool canWrite = client.may(HrClient::Perm::write());
    setEmptyTexts(canWrite ? tr("No employees yet — press Ctrl+N to add one.")
                           : tr("No employees to show."),
                  tr("No employee matches the search or the filters."));
    searchEdit()->setPlaceholderText(tr("Name, number, phone, e-mail… (Ctrl+F)"));
    m_new = addPageAction(Theme::icon(QStringLiteral("contact-new"), QStyle::SP_FileIcon),
                          tr("New Employee…"));
    m_new->setShortcut(QKeySequence::New);
    m_new->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_new->setVisible(canWrite);
    addImportAction(*this, client.api(), QStringLiteral("hr.employee"), HrClient::Perm::write(),
                    tr("Import…"), tr("Import employees from a CSV or Excel file"));
    m_open = addPageAction(
        Theme::icon(QStringLiteral("document-properties"), QStyle::SP_FileDialogDetailedView),
        tr("Open…"));
    connect(m_new, &QAction::triggered, this, [this] { openEmployee(0); });
    connect(m_open, &QAction::triggered, this, [this] {
        if (currentId() > 0)
            openEmployee(currentId());
    });
    connect(this, &ListPage::rowActivated, this,
            [this](const QJsonObject& row) { openEmployee(T::id(row, "id")); });
    loadDepartments();
    updateActions();
}

void EmployeeList::loadDepartments()
{
    m_client.departments(
        this,
        [this](const QJsonObject& r) {
            const qint64 current = m_department->currentData().toLongLong();
            const QSignalBlocker block(m_department);
            m_department->clear();
            m_department->addItem(tr("All departments"), 0);
            for (const QJsonValue& v : r.value(QLatin1String("rows")).toArray())
                m_department->addItem(T::str(v.toObject(), "name"), T::id(v.toObject(), "id"));
            const int i = m_department->findData(current);
            m_department->setCurrentIndex(i >= 0 ? i : 0);
        },
        [](const Rpc::Error&) {});
}

void EmployeeList::applyFilter()
{
    QJsonObject filter{{QStringLiteral("status"), m_status->currentData().toString()}};
    const qint64 department = m_department->currentData().toLongLong();
    if (department > 0)
        filter.insert(QStringLiteral("department_id"), department);
    model()->setFilter(filter);
}

bool EmployeeList::hasActiveFilter() const
{
    return m_department->currentIndex() > 0 || m_status->currentIndex() > 0 ||
           ListPage::hasActiveFilter();
}

void EmployeeList::updateActions()
{
    if (m_open)
        m_open->setEnabled(currentId() > 0);
}

void EmployeeList::openEmployee(qint64 id)
{
    auto* dialog = new EmployeeDialog(m_client, id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &EmployeeDialog::saved, this, [this](const QJsonObject& e) {
        showMessage(tr("Employee %1 (%2) saved.").arg(T::str(e, "name"), T::str(e, "number")));
        selectId(T::id(e, "id"));
    });
    dialog->open();
    emit dialogOpened(dialog);
}

} // namespace Erp::Client::Hr
