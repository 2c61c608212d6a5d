#pragma once

#include "app/models/column.h"

#include <QStyledItemDelegate>
#include <QWidget>

namespace Erp::Client {

/// A rounded "pill" with a status word in its tone colour (draft grey, waiting amber,
/// done green, problem red) — the same look in forms (StatusBadge) and in lists
/// (StatusBadgeDelegate, which reads RemoteTableModel::ToneRole).
class StatusBadge final : public QWidget
{
    Q_OBJECT
public:
    explicit StatusBadge(QWidget* parent = nullptr);

    void setStatus(const QString& text, Column::Tone tone);
    QString text() const { return m_text; }
    Column::Tone tone() const { return m_tone; }
    QSize sizeHint() const override;

    /// Paints a badge into `rect` (used by the delegate too).
    /// `onHighlight`: drawn on a selected row, in the selection's text colour.
    static void paint(QPainter* painter, const QRect& rect, const QString& text, Column::Tone tone,
                      const QFont& font, const QColor& onHighlight = {});

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QString m_text;
    Column::Tone m_tone = Column::Tone::Neutral;
};

class StatusBadgeDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace Erp::Client
