#include "app/pages/hr/hrpage.h"

#include "app/pages/hr/departmentspage.h"
#include "app/pages/hr/employeelist.h"
#include "app/pages/hr/orgchartpage.h"
#include "app/widgets/theme.h"

#include <QHBoxLayout>
#include <QListWidget>
#include <QStackedWidget>

namespace Erp::Client::Hr {

HrPage::HrPage(ApiClient& api, QWidget* parent)
    : ModulePage(parent)
    , m_client(api)
    , m_nav(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_employees(new EmployeeList(m_client, m_stack))
    , m_departments(new DepartmentsPage(m_client, m_stack))
    , m_orgChart(new OrgChartPage(m_client, m_stack))
{
    setObjectName(QStringLiteral("hrPage"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_nav->setObjectName(QStringLiteral("hrNavigation"));
    m_nav->setIconSize(QSize(16, 16));
    m_nav->setFrameShape(QFrame::NoFrame);
    QPalette navPalette = m_nav->palette();
    navPalette.setColor(QPalette::Base, palette().color(QPalette::Window));
    m_nav->setPalette(navPalette);
    layout->addWidget(m_nav);
    auto* line = new QFrame(this);
    line->setFrameShape(QFrame::VLine);
    line->setFrameShadow(QFrame::Sunken);
    layout->addWidget(line);
    layout->addWidget(m_stack, 1);
    const QList<std::tuple<QString, QIcon, QWidget*>> sections{
        {tr("Employees"), Theme::icon(QStringLiteral("system-users"), QStyle::SP_DirHomeIcon),
         m_employees},
        {tr("Departments"), Theme::icon(QStringLiteral("view-list-tree"), QStyle::SP_DirOpenIcon),
         m_departments},
        {tr("Org Chart"),
         Theme::icon(QStringLiteral("office-chart-area"), QStyle::SP_FileDialogContentsView),
         m_orgChart},
    };
    int width = 0;
    for (const auto& [text, icon, widget] : sections) {
        auto* item = new QListWidgetItem(icon, text, m_nav);
        item->setSizeHint(QSize(0, m_nav->fontMetrics().height() + 14));
        m_stack->addWidget(widget);
        width = qMax(width, m_nav->fontMetrics().horizontalAdvance(text));
    }
    m_nav->setFixedWidth(width + 56);
    connect(m_nav, &QListWidget::currentRowChanged, this, [this](int row) {
        m_stack->setCurrentIndex(row);
        refresh();
    });
    connect(m_orgChart, &OrgChartPage::employeeRequested, m_employees, &EmployeeList::openEmployee);
    m_nav->setCurrentRow(0);
}

HrPage::~HrPage() = default;

bool HrPage::isAvailable(const ApiClient& api)
{
    return api.hasPermission(HrClient::Perm::read());
}

QString HrPage::title() const
{
    return tr("HR");
}

QIcon HrPage::icon() const
{
    return Theme::icon(QStringLiteral("system-users"), QStyle::SP_DirHomeIcon);
}

void HrPage::showSection(Section section)
{
    m_nav->setCurrentRow(int(section));
}

void HrPage::refresh()
{
    switch (m_stack->currentIndex()) {
    case Employees:
        m_employees->loadDepartments();
        m_employees->refresh();
        break;
    case Departments:
        m_departments->reload();
        break;
    case OrgChart:
        m_orgChart->reload();
        break;
    default:
        break;
    }
}

bool HrPage::open(const QString& target)
{
    if (target == QLatin1String("hr")) {
        showSection(Employees);
        return true;
    }
    if (target == QLatin1String("hr/departments")) {
        showSection(Departments);
        return true;
    }
    if (target == QLatin1String("hr/orgchart")) {
        showSection(OrgChart);
        return true;
    }
    if (target.startsWith(QLatin1String("hr/employee/"))) {
        const qint64 id = target.section(QLatin1Char('/'), 2).toLongLong();
        if (id <= 0)
            return false;
        showSection(Employees);
        m_employees->openEmployee(id);
        return true;
    }
    return false;
}

} // namespace Erp::Client::Hr
