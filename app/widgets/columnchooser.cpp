#include "app/widgets/columnchooser.h"

#include <QAbstractItemModel>
#include <QHeaderView>
#include <QMenu>
#include <QSettings>
#include <QTableView>

namespace Erp::Client {

ColumnChooser::ColumnChooser(QTableView* view, QStringList keys, QString settingsKey,
                             QObject* parent)
    : QObject(parent ? parent : view)
    , m_view(view)
    , m_keys(std::move(keys))
    , m_settingsKey(std::move(settingsKey))
{
    QHeaderView* h = header();
    h->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(h, &QHeaderView::customContextMenuRequested, this, [this](const QPoint& pos) {
        QMenu* menu = createMenu(m_view);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(header()->viewport()->mapToGlobal(pos));
    });
    restore();
}

QHeaderView* ColumnChooser::header() const
{
    return m_view->horizontalHeader();
}

void ColumnChooser::setAlwaysVisible(const QStringList& keys)
{
    m_alwaysVisible = keys;
    for (const QString& key : keys)
        header()->setSectionHidden(int(m_keys.indexOf(key)), false);
}

void ColumnChooser::setHiddenByDefault(const QStringList& keys)
{
    m_hiddenByDefault = keys;
    restore();
}

bool ColumnChooser::isVisible(const QString& key) const
{
    const int section = int(m_keys.indexOf(key));
    return section >= 0 && !header()->isSectionHidden(section);
}

void ColumnChooser::setVisible(const QString& key, bool visible)
{
    const int section = int(m_keys.indexOf(key));
    if (section < 0 || (!visible && m_alwaysVisible.contains(key)))
        return;
    header()->setSectionHidden(section, !visible);
    if (visible && header()->sectionSize(section) < 30)
        header()->resizeSection(section, header()->defaultSectionSize());
    save();
}

QStringList ColumnChooser::hiddenKeys() const
{
    QStringList hidden;
    for (int i = 0; i < m_keys.size(); ++i) {
        if (header()->isSectionHidden(i))
            hidden.append(m_keys.at(i));
    }
    return hidden;
}

QMenu* ColumnChooser::createMenu(QWidget* parent)
{
    auto* menu = new QMenu(parent);
    menu->setObjectName(QStringLiteral("columnMenu"));
    menu->addSection(tr("Columns"));
    QAbstractItemModel* model = m_view->model();
    for (int i = 0; i < m_keys.size(); ++i) {
        const QString key = m_keys.at(i);
        const QString title = model ? model->headerData(i, Qt::Horizontal).toString() : key;
        QAction* action = menu->addAction(title);
        action->setCheckable(true);
        action->setChecked(!header()->isSectionHidden(i));
        action->setEnabled(!m_alwaysVisible.contains(key));
        connect(action, &QAction::toggled, this, [this, key](bool on) { setVisible(key, on); });
    }
    menu->addSeparator();
    menu->addAction(tr("Show Default Columns"), this, &ColumnChooser::reset);
    return menu;
}

void ColumnChooser::reset()
{
    QSettings().remove(m_settingsKey);
    restore();
}

void ColumnChooser::restore()
{
    const QSettings settings;
    const QStringList hidden = settings.contains(m_settingsKey)
                                   ? settings.value(m_settingsKey).toStringList()
                                   : m_hiddenByDefault;
    for (int i = 0; i < m_keys.size(); ++i)
        header()->setSectionHidden(i, hidden.contains(m_keys.at(i)) &&
                                          !m_alwaysVisible.contains(m_keys.at(i)));
}

void ColumnChooser::save() const
{
    QSettings().setValue(m_settingsKey, hiddenKeys());
}

} // namespace Erp::Client
