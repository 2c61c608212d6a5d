#pragma once

#include <QStyledItemDelegate>

namespace Erp::Client {

/// Draws list cells with a little more room on both sides than the style gives, so that a
/// right-aligned amount does not run into the text of the next column.
class PaddedDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    static constexpr int Padding = 4; ///< pixels on each side, in addition to the style's

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace Erp::Client
