#include "app/pages/hr/orgchartview.h"

#include <QGraphicsItem>
#include <QGraphicsPathItem>
#include <QGraphicsScene>
#include <QImage>
#include <QJsonArray>
#include <QKeyEvent>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <QStyleOptionGraphicsItem>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace Erp::Client::Hr {

namespace {

constexpr qreal BoxWidth = 168;
constexpr qreal BoxHeight = 52;
constexpr qreal GapX = 24;
constexpr qreal GapY = 40;
constexpr qreal StackIndent = 24; // a stacked column of reports sits this far right
constexpr qreal StackGap = 12;
constexpr qreal MinZoom = 0.05;
constexpr qreal MaxZoom = 4.0;

} // namespace

/// One employee's box: name, position, a fold mark when he has reports. Painted by hand (no
/// child items), with less detail when zoomed far out, so that thousands stay quick.
class OrgBox final : public QGraphicsItem
{
public:
    OrgBox(qint64 id, QString name, QString position)
        : m_id(id)
        , m_name(std::move(name))
        , m_position(std::move(position))
    {
        setFlag(ItemIsSelectable);
        setToolTip(m_position.isEmpty() ? m_name : m_name + QStringLiteral("\n") + m_position);
    }

    qint64 id() const { return m_id; }
    const QString& name() const { return m_name; }
    void setFoldState(int reports, bool folded)
    {
        m_reports = reports;
        m_folded = folded;
        update();
    }
    /// The fold mark's area, in item coordinates (empty without reports).
    QRectF foldMark() const
    {
        return m_reports > 0 ? QRectF(BoxWidth / 2 - 8, BoxHeight - 8, 16, 16) : QRectF();
    }

    QRectF boundingRect() const override { return QRectF(-1, -1, BoxWidth + 2, BoxHeight + 10); }

    void paint(QPainter* p, const QStyleOptionGraphicsItem* option, QWidget*) override
    {
        const qreal lod = option->levelOfDetailFromTransform(p->worldTransform());
        const QPalette pal = scene() && !scene()->views().isEmpty()
                                 ? scene()->views().first()->palette()
                                 : QPalette();
        const QRectF r(0, 0, BoxWidth, BoxHeight);
        p->setPen(QPen(isSelected() ? pal.color(QPalette::Highlight) : pal.color(QPalette::Mid),
                       isSelected() ? 2 : 1));
        p->setBrush(pal.color(QPalette::Base));
        if (lod < 0.25) { // a dot of the chart: no text
            p->drawRect(r);
            return;
        }
        p->drawRoundedRect(r, 6, 6);
        p->setPen(pal.color(QPalette::Text));
        QFont f = p->font();
        f.setBold(true);
        p->setFont(f);
        const QFontMetricsF fm(f);
        p->drawText(QRectF(8, 6, BoxWidth - 16, 20), Qt::AlignHCenter | Qt::AlignVCenter,
                    fm.elidedText(m_name, Qt::ElideRight, BoxWidth - 16));
        f.setBold(false);
        p->setFont(f);
        p->setPen(pal.color(QPalette::PlaceholderText));
        p->drawText(QRectF(8, 26, BoxWidth - 16, 18), Qt::AlignHCenter | Qt::AlignVCenter,
                    QFontMetricsF(f).elidedText(m_position, Qt::ElideRight, BoxWidth - 16));
        if (m_reports > 0) {
            const QRectF mark = foldMark();
            p->setPen(pal.color(QPalette::Mid));
            p->setBrush(pal.color(QPalette::Button));
            p->drawEllipse(mark);
            p->setPen(pal.color(QPalette::ButtonText));
            p->drawLine(QPointF(mark.left() + 4, mark.center().y()),
                        QPointF(mark.right() - 4, mark.center().y()));
            if (m_folded)
                p->drawLine(QPointF(mark.center().x(), mark.top() + 4),
                            QPointF(mark.center().x(), mark.bottom() - 4));
        }
    }

private:
    qint64 m_id;
    QString m_name;
    QString m_position;
    int m_reports = 0;
    bool m_folded = false;
};

OrgChartView::OrgChartView(QWidget* parent)
    : QGraphicsView(parent)
{
    setObjectName(QStringLiteral("orgChartView"));
    auto* scene = new QGraphicsScene(this);
    setScene(scene);
    setRenderHint(QPainter::Antialiasing);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    setFocusPolicy(Qt::StrongFocus);
}

OrgChartView::~OrgChartView() = default;

void OrgChartView::setChart(const QJsonObject& orgchart)
{
    const QSet<qint64> keepFolded = m_folded;
    scene()->clear();
    m_boxes.clear();
    m_children.clear();
    m_roots.clear();
    m_lines.clear();
    m_folded.clear();
    const QJsonArray employees = orgchart.value(QLatin1String("employees")).toArray();
    m_boxes.reserve(employees.size());
    QList<std::pair<qint64, qint64>> links; // employee, manager
    for (const QJsonValue& v : employees) {
        const QJsonObject e = v.toObject();
        const qint64 id = e.value(QLatin1String("id")).toInteger();
        auto* box = new OrgBox(id, e.value(QLatin1String("name")).toString(),
                               e.value(QLatin1String("position_title")).toString());
        scene()->addItem(box);
        m_boxes.insert(id, box);
        links.append({id, e.value(QLatin1String("manager_id")).toInteger()});
    }
    // A manager outside the chart (another branch, or hidden by a record rule) makes a root.
    for (const auto& [id, manager] : links) {
        if (manager > 0 && manager != id && m_boxes.contains(manager))
            m_children[manager].append(id);
        else
            m_roots.append(id);
    }
    for (qint64 id : keepFolded)
        if (m_children.contains(id))
            m_folded.insert(id);
    relayout();
}

int OrgChartView::visibleBoxCount() const
{
    int n = 0;
    for (const OrgBox* b : m_boxes)
        n += b->isVisible() ? 1 : 0;
    return n;
}

void OrgChartView::setFolded(qint64 id, bool folded)
{
    if (!m_children.contains(id) || folded == m_folded.contains(id))
        return;
    if (folded)
        m_folded.insert(id);
    else
        m_folded.remove(id);
    relayout();
}

void OrgChartView::toggleFold(qint64 id)
{
    setFolded(id, !m_folded.contains(id));
}

void OrgChartView::hideSubtree(qint64 id)
{
    for (qint64 child : m_children.value(id)) {
        m_boxes.value(child)->setVisible(false);
        hideSubtree(child);
    }
}

qreal OrgChartView::layoutSubtree(qint64 id, qreal x, qreal y)
{
    OrgBox* box = m_boxes.value(id);
    box->setVisible(true);
    const QList<qint64> kids = m_children.value(id);
    box->setFoldState(int(kids.size()), m_folded.contains(id));
    if (kids.isEmpty() || m_folded.contains(id)) {
        hideSubtree(id);
        box->setPos(x, y);
        return BoxWidth;
    }
    QPainterPath lines;
    const bool allLeaves = std::all_of(kids.cbegin(), kids.cend(),
                                       [this](qint64 k) { return !m_children.contains(k); });
    qreal width = 0;
    if (allLeaves) {
        // A column under the manager: the line runs down his left side to each box.
        box->setPos(x, y);
        const qreal spine = x + StackIndent / 2;
        qreal top = y + BoxHeight + StackGap;
        for (qint64 k : kids) {
            OrgBox* child = m_boxes.value(k);
            child->setVisible(true);
            child->setFoldState(0, false);
            child->setPos(x + StackIndent, top);
            lines.moveTo(spine, top + BoxHeight / 2);
            lines.lineTo(x + StackIndent, top + BoxHeight / 2);
            top += BoxHeight + StackGap;
        }
        lines.moveTo(spine, y + BoxHeight);
        lines.lineTo(spine, top - StackGap - BoxHeight / 2);
        width = BoxWidth + StackIndent;
    } else {
        const qreal childY = y + BoxHeight + GapY;
        QList<qreal> centres;
        for (qint64 k : kids) {
            const qreal w = layoutSubtree(k, x + width, childY);
            centres.append(m_boxes.value(k)->pos().x() + BoxWidth / 2);
            width += w + GapX;
        }
        width -= GapX;
        const qreal centre = (centres.first() + centres.last()) / 2;
        box->setPos(centre - BoxWidth / 2, y);
        const qreal bar = y + BoxHeight + GapY / 2;
        lines.moveTo(centre, y + BoxHeight);
        lines.lineTo(centre, bar);
        lines.moveTo(centres.first(), bar);
        lines.lineTo(centres.last(), bar);
        for (qreal c : centres) {
            lines.moveTo(c, bar);
            lines.lineTo(c, childY);
        }
        width = std::max(width, BoxWidth);
    }
    auto* item = scene()->addPath(lines, QPen(palette().color(QPalette::Mid), 1));
    item->setZValue(-1);
    m_lines.append(item);
    return width;
}

void OrgChartView::relayout()
{
    for (QGraphicsPathItem* line : std::as_const(m_lines))
        delete line;
    m_lines.clear();
    qreal x = 0;
    for (qint64 root : std::as_const(m_roots))
        x += layoutSubtree(root, x, 0) + GapX * 2;
    scene()->setSceneRect(scene()->itemsBoundingRect().adjusted(-20, -20, 20, 20));
}

QPointF OrgChartView::boxPosition(qint64 id) const
{
    const OrgBox* box = m_boxes.value(id);
    return box ? box->pos() : QPointF();
}

void OrgChartView::selectEmployee(qint64 id)
{
    scene()->clearSelection();
    if (OrgBox* box = m_boxes.value(id)) {
        box->setSelected(true);
        ensureVisible(box);
    }
}

qreal OrgChartView::zoom() const
{
    return transform().m11();
}

void OrgChartView::setZoom(qreal factor)
{
    factor = std::clamp(factor, MinZoom, MaxZoom);
    setTransform(QTransform::fromScale(factor, factor));
    emit zoomChanged(factor);
}

void OrgChartView::zoomIn()
{
    setZoom(zoom() * 1.25);
}

void OrgChartView::zoomOut()
{
    setZoom(zoom() / 1.25);
}

void OrgChartView::fitChart()
{
    fitInView(scene()->sceneRect(), Qt::KeepAspectRatio);
    setZoom(zoom()); // clamped
}

void OrgChartView::wheelEvent(QWheelEvent* event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const int steps = event->angleDelta().y() / 120;
        if (steps != 0)
            setZoom(zoom() * std::pow(1.25, steps));
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

qint64 OrgChartView::selectedId() const
{
    for (QGraphicsItem* item : scene()->selectedItems())
        if (auto* box = dynamic_cast<OrgBox*>(item))
            return box->id();
    return 0;
}

void OrgChartView::keyPressEvent(QKeyEvent* event)
{
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        return;
    case Qt::Key_Minus:
        zoomOut();
        return;
    case Qt::Key_0:
        fitChart();
        return;
    case Qt::Key_Space:
        if (selectedId() > 0)
            toggleFold(selectedId());
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (selectedId() > 0)
            emit employeeActivated(selectedId());
        return;
    default:
        QGraphicsView::keyPressEvent(event);
    }
}

void OrgChartView::mousePressEvent(QMouseEvent* event)
{
    if (auto* box = dynamic_cast<OrgBox*>(itemAt(event->position().toPoint()))) {
        const QPointF at = box->mapFromScene(mapToScene(event->position().toPoint()));
        if (box->foldMark().contains(at)) {
            toggleFold(box->id());
            event->accept();
            return;
        }
    }
    QGraphicsView::mousePressEvent(event);
}

void OrgChartView::mouseDoubleClickEvent(QMouseEvent* event)
{
    if (auto* box = dynamic_cast<OrgBox*>(itemAt(event->position().toPoint()))) {
        emit employeeActivated(box->id());
        event->accept();
        return;
    }
    QGraphicsView::mouseDoubleClickEvent(event);
}

bool OrgChartView::exportPng(const QString& path) const
{
    const QRectF source = scene()->itemsBoundingRect().adjusted(-20, -20, 20, 20);
    // At most 16k pixels a side (QImage's practical limit): a huge chart is scaled down.
    const qreal scale = std::min<qreal>(2.0, 16000.0 / std::max(source.width(), source.height()));
    QImage image((source.size() * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
    if (image.isNull())
        return false;
    image.fill(palette().color(QPalette::Base));
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    scene()->render(&p, QRectF(QPointF(0, 0), image.size()), source);
    p.end();
    return image.save(path, "PNG");
}

bool OrgChartView::exportPdf(const QString& path, const QString& title) const
{
    QPdfWriter writer(path);
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("erp-client"));
    const QRectF source = scene()->itemsBoundingRect().adjusted(-20, -20, 20, 20);
    writer.setPageOrientation(source.width() > source.height() ? QPageLayout::Landscape
                                                               : QPageLayout::Portrait);
    writer.setPageSize(QPageSize(QPageSize::A3));
    writer.setResolution(150);
    QPainter p;
    if (!p.begin(&writer))
        return false;
    p.setRenderHint(QPainter::Antialiasing);
    const QRect page = p.viewport();
    QFont f = p.font();
    f.setPointSizeF(14);
    f.setBold(true);
    p.setFont(f);
    const int titleHeight = p.fontMetrics().height() * 2;
    p.drawText(QRect(page.left(), page.top(), page.width(), titleHeight),
               Qt::AlignLeft | Qt::AlignVCenter, title);
    scene()->render(&p, QRectF(page.adjusted(0, titleHeight, 0, 0)), source, Qt::KeepAspectRatio);
    return p.end();
}

} // namespace Erp::Client::Hr
