#include "app/widgets/chipbar.h"

#include "app/widgets/theme.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QToolButton>

namespace Erp::Client {

ChipBar::ChipBar(const QStringList& keys, const std::function<QString(const QString&)>& text,
                 QWidget* parent)
    : QWidget(parent)
    , m_keys(keys)
    , m_group(new QButtonGroup(this))
{
    setObjectName(QStringLiteral("stateChips"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    m_group->setExclusive(true);
    // The muted text colour outlines the chips on light and dark palettes alike.
    QColor mid = Theme::mutedTextColor();
    mid.setAlpha(150);
    const QColor highlight = palette().color(QPalette::Highlight);
    setStyleSheet(
        QStringLiteral("QToolButton { border: 1px solid %1; border-radius: 11px; "
                       "padding: 2px 10px; }"
                       "QToolButton:hover { border-color: %2; }"
                       "QToolButton:checked { background: %2; color: %3; border-color: %2; }")
            .arg(QStringLiteral("rgba(%1, %2, %3, %4)")
                     .arg(mid.red())
                     .arg(mid.green())
                     .arg(mid.blue())
                     .arg(mid.alpha()),
                 highlight.name(), palette().color(QPalette::HighlightedText).name()));
    for (int i = 0; i < keys.size(); ++i) {
        auto* chip = new QToolButton(this);
        chip->setObjectName(QStringLiteral("chip_") + keys.at(i));
        chip->setText(text(keys.at(i)));
        chip->setCheckable(true);
        chip->setChecked(i == 0);
        chip->setProperty("chipKey", keys.at(i));
        m_group->addButton(chip, i);
        layout->addWidget(chip);
    }
    connect(m_group, &QButtonGroup::idClicked, this,
            [this](int id) { emit chosen(m_keys.value(id)); });
}

QString ChipBar::key() const
{
    QAbstractButton* b = m_group->checkedButton();
    return b ? b->property("chipKey").toString() : m_keys.value(0);
}

bool ChipBar::setKey(const QString& key)
{
    QAbstractButton* b = m_group->button(int(m_keys.indexOf(key)));
    if (!b)
        return false;
    b->setChecked(true);
    return true;
}

} // namespace Erp::Client
