#pragma once

#include "app/pages/hr/hrclient.h"

#include <QWidget>

class QLabel;
class QToolBar;

namespace Erp::Client::Hr {

class OrgChartView;

/// The Org Chart section: the chart (OrgChartView) with Refresh, zoom, fit, and Export as PNG
/// or PDF; a double-click on a box opens the employee.
class OrgChartPage final : public QWidget
{
    Q_OBJECT
public:
    explicit OrgChartPage(HrClient& client, QWidget* parent = nullptr);
    void reload();
    OrgChartView* view() const { return m_view; }
    /// Picks the file to write ((title, suggested name, filter) -> path, empty = cancelled);
    /// the file dialog unless a test sets one.
    using FileChooser =
        std::function<QString(const QString& title, const QString& name, const QString& filter)>;
    void setFileChooser(FileChooser chooser) { m_chooser = std::move(chooser); }
    void exportAs(bool pdf);

signals:
    void employeeRequested(qint64 id);

private:
    HrClient& m_client;
    QToolBar* m_toolBar;
    OrgChartView* m_view;
    QLabel* m_status;
    FileChooser m_chooser;
};

} // namespace Erp::Client::Hr
