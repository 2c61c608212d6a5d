#include "app/pages/hr/orgchartpage.h"

#include "app/net/errortext.h"
#include "app/pages/hr/orgchartview.h"
#include "app/widgets/theme.h"

#include <QAction>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QToolBar>
#include <QVBoxLayout>

namespace Erp::Client::Hr {

OrgChartPage::OrgChartPage(HrClient& client, QWidget* parent)
    : QWidget(parent)
    , m_client(client)
    , m_toolBar(new QToolBar(this))
    , m_view(new OrgChartView(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("orgChartPage"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);
    QAction* refresh = m_toolBar->addAction(
        Theme::icon(QStringLiteral("view-refresh"), QStyle::SP_BrowserReload), tr("Refresh"));
    m_toolBar->addSeparator();
    QAction* zoomIn = m_toolBar->addAction(
        Theme::icon(QStringLiteral("zoom-in"), QStyle::SP_ArrowUp), tr("Zoom In"));
    zoomIn->setShortcut(QKeySequence::ZoomIn);
    QAction* zoomOut = m_toolBar->addAction(
        Theme::icon(QStringLiteral("zoom-out"), QStyle::SP_ArrowDown), tr("Zoom Out"));
    zoomOut->setShortcut(QKeySequence::ZoomOut);
    QAction* fit = m_toolBar->addAction(
        Theme::icon(QStringLiteral("zoom-fit-best"), QStyle::SP_TitleBarMaxButton), tr("Fit"));
    m_toolBar->addSeparator();
    QAction* png = m_toolBar->addAction(
        Theme::icon(QStringLiteral("image-x-generic"), QStyle::SP_DialogSaveButton),
        tr("Export PNG…"));
    QAction* pdf = m_toolBar->addAction(
        Theme::icon(QStringLiteral("application-pdf"), QStyle::SP_DialogSaveButton),
        tr("Export PDF…"));
    for (QAction* a : {zoomIn, zoomOut})
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(refresh, &QAction::triggered, this, &OrgChartPage::reload);
    connect(zoomIn, &QAction::triggered, m_view, &OrgChartView::zoomIn);
    connect(zoomOut, &QAction::triggered, m_view, &OrgChartView::zoomOut);
    connect(fit, &QAction::triggered, m_view, &OrgChartView::fitChart);
    connect(png, &QAction::triggered, this, [this] { exportAs(false); });
    connect(pdf, &QAction::triggered, this, [this] { exportAs(true); });
    connect(m_view, &OrgChartView::employeeActivated, this, &OrgChartPage::employeeRequested);
    m_status->setText(tr("Ctrl+wheel or +/- zoom, 0 fits; click a circle to fold a branch; "
                         "double-click a box to open the employee."));
}

void OrgChartPage::reload()
{
    m_client.orgchart(
        this,
        [this](const QJsonObject& chart) {
            m_view->setChart(chart);
            m_status->setText(tr("%n employee(s)", nullptr, m_view->boxCount()));
        },
        [this](const Rpc::Error& e) { m_status->setText(ErrorText::describe(e)); });
}

void OrgChartPage::exportAs(bool pdf)
{
    const QString name = QStringLiteral("orgchart-%1.%2")
                             .arg(QDate::currentDate().toString(Qt::ISODate),
                                  pdf ? QStringLiteral("pdf") : QStringLiteral("png"));
    const QString title = pdf ? tr("Export Org Chart as PDF") : tr("Export Org Chart as PNG");
    const QString filter = pdf ? tr("PDF documents (*.pdf)") : tr("PNG images (*.png)");
    const QString path =
        m_chooser ? m_chooser(title, name, filter)
                  : QFileDialog::getSaveFileName(this, title, QDir::home().filePath(name), filter);
    if (path.isEmpty())
        return;
    const bool ok =
        pdf ? m_view->exportPdf(
                  path, tr("Org chart, %1")
                            .arg(QLocale().toString(QDate::currentDate(), QLocale::ShortFormat)))
            : m_view->exportPng(path);
    if (ok)
        m_status->setText(tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
    else
        QMessageBox::warning(this, title, tr("Could not write %1.").arg(path));
}

} // namespace Erp::Client::Hr
