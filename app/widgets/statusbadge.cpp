#include "app/widgets/statusbadge.h"

#include "app/models/remotetablemodel.h"
#include "app/widgets/theme.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>
#include <QtMath>

namespace Erp::Client {

namespace {
constexpr int PadX = 8;
constexpr int PadY = 2;
} // namespace

StatusBadge::StatusBadge(QWidget* parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
}

void StatusBadge::setStatus(const QString& text, Column::Tone tone)
{
    m_text = text;
    m_tone = tone;
    updateGeometry();
    update();
}

QSize StatusBadge::sizeHint() const
{
    const QFontMetricsF fm(font());
    return {qCeil(fm.horizontalAdvance(m_text)) + 1 + 2 * PadX, qCeil(fm.height()) + 2 * PadY};
}

void StatusBadge::paint(QPainter* painter, const QRect& rect, const QString& text,
                        Column::Tone tone, const QFont& font, const QColor& onHighlight)
{
    if (text.isEmpty())
        return;
    const QFontMetricsF fm(font);
    // Whole pixels plus one: the text must not be elided when there is room for it.
    const int textWidth = qCeil(fm.horizontalAdvance(text)) + 1;
    const int w = qMin(rect.width(), textWidth + 2 * PadX);
    const int h = qMin(rect.height(), qCeil(fm.height()) + 2 * PadY);
    const QRectF pill(rect.x(), rect.y() + (rect.height() - h) / 2.0, w, h);
    const QColor colour = onHighlight.isValid() ? onHighlight : Theme::toneColor(tone);
    QColor fill = colour;
    fill.setAlpha(Theme::isDark() ? 60 : 36);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPainterPath path;
    path.addRoundedRect(pill.adjusted(0.5, 0.5, -0.5, -0.5), h / 2.0, h / 2.0);
    painter->fillPath(path, fill);
    painter->setPen(QPen(colour, 1.0));
    painter->drawPath(path);
    painter->setFont(font);
    const QString shown =
        w - 2 * PadX >= textWidth ? text : fm.elidedText(text, Qt::ElideRight, w - 2 * PadX);
    painter->drawText(pill, Qt::AlignCenter, shown);
    painter->restore();
}

void StatusBadge::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    paint(&painter, rect(), m_text, m_tone, font());
}

void StatusBadgeDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                                const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget); // background, selection
    const auto tone = Column::Tone(index.data(RemoteTableModel::ToneRole).toInt());
    const QRect area = option.rect.adjusted(4, 3, -4, -3);
    const bool selected = option.state & QStyle::State_Selected;
    StatusBadge::paint(painter, area, text, tone, option.font,
                       selected ? option.palette.color(QPalette::HighlightedText) : QColor());
}

QSize StatusBadgeDelegate::sizeHint(const QStyleOptionViewItem& option,
                                    const QModelIndex& index) const
{
    QSize s = QStyledItemDelegate::sizeHint(option, index);
    s.rwidth() += 2 * PadX;
    return s;
}

} // namespace Erp::Client
