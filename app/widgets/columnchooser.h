#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

class QHeaderView;
class QMenu;
class QTableView;

namespace Erp::Client {

/// Lets the user hide and show the columns of a list from the header's context menu; the
/// choice is remembered in QSettings under `settingsKey` (callers put the user in the key, so
/// each clerk keeps their own layout).
class ColumnChooser final : public QObject
{
    Q_OBJECT
public:
    /// `keys` name the view's columns in model order (stable across versions and languages).
    ColumnChooser(QTableView* view, QStringList keys, QString settingsKey,
                  QObject* parent = nullptr);

    /// Columns that cannot be hidden (e.g. the name).
    void setAlwaysVisible(const QStringList& keys);
    /// Hidden until the user shows them (when nothing is remembered yet).
    void setHiddenByDefault(const QStringList& keys);

    bool isVisible(const QString& key) const;
    void setVisible(const QString& key, bool visible);
    QStringList hiddenKeys() const;
    /// The menu the header shows (built fresh each time).
    QMenu* createMenu(QWidget* parent);
    /// Shows the columns of the defaults again.
    void reset();

private:
    void restore();
    void save() const;
    QHeaderView* header() const;

    QTableView* m_view;
    QStringList m_keys;
    QString m_settingsKey;
    QStringList m_alwaysVisible;
    QStringList m_hiddenByDefault;
};

} // namespace Erp::Client
