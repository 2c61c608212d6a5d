#pragma once

#include <QGraphicsView>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>

class QGraphicsPathItem;

namespace Erp::Client::Hr {

class OrgBox;

/// The org chart (hr.orgchart) drawn with QGraphicsView: one box per employee (name and
/// position) under his manager, lines between them. A manager's reports that have no reports
/// of their own are stacked in a column under him, so that wide teams stay readable. Ctrl+wheel
/// or +/- zoom, 0 fits the chart, a click on a box's fold mark (or Space on the selected box)
/// folds or unfolds its branch, a double-click opens the employee. Exports as PNG and PDF.
class OrgChartView final : public QGraphicsView
{
    Q_OBJECT
public:
    explicit OrgChartView(QWidget* parent = nullptr);
    ~OrgChartView() override;

    /// Shows hr.orgchart's result (its `employees`: id, name, position_title, manager_id);
    /// folds are kept for employees still there.
    void setChart(const QJsonObject& orgchart);
    /// Boxes in the chart, and those shown (not inside a folded branch).
    int boxCount() const { return int(m_boxes.size()); }
    int visibleBoxCount() const;
    /// Folds or unfolds the branch under employee `id` (no effect without reports).
    void setFolded(qint64 id, bool folded);
    void toggleFold(qint64 id);
    bool isFolded(qint64 id) const { return m_folded.contains(id); }
    /// Reports (direct) of employee `id` in the chart.
    QList<qint64> reportsOf(qint64 id) const { return m_children.value(id); }
    QList<qint64> roots() const { return m_roots; }
    /// Where the box of employee `id` is drawn (scene coordinates; null point when not there).
    QPointF boxPosition(qint64 id) const;
    /// Selects the box of employee `id` (and only it) and scrolls to it.
    void selectEmployee(qint64 id);
    qreal zoom() const;
    void setZoom(qreal factor);
    void zoomIn();
    void zoomOut();
    void fitChart();
    /// Writes the whole chart (folds as shown) as a PNG image or a PDF page; false on failure.
    bool exportPng(const QString& path) const;
    bool exportPdf(const QString& path, const QString& title) const;

signals:
    /// Double-click on a box (or Enter on the selected one).
    void employeeActivated(qint64 id);
    void zoomChanged(qreal factor);

protected:
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;

private:
    /// Places the visible boxes and redraws the lines.
    void relayout();
    /// Lays out the subtree of `id` with its left edge at x, top at y; returns its width.
    qreal layoutSubtree(qint64 id, qreal x, qreal y);
    void hideSubtree(qint64 id);
    qint64 selectedId() const;

    QHash<qint64, OrgBox*> m_boxes;
    QHash<qint64, QList<qint64>> m_children;
    QList<qint64> m_roots;
    QSet<qint64> m_folded;
    QList<QGraphicsPathItem*> m_lines;
};

} // namespace Erp::Client::Hr
