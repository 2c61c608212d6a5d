#pragma once

#include <QStringList>
#include <QWidget>

#include <functional>

class QButtonGroup;

namespace Erp::Client {

/// A row of exclusive filter chips (All, Draft, Posted, …) as the lists show them above the
/// table: rounded, outlined in the muted text colour, the chosen one filled with the highlight.
/// Each chip is a checkable QToolButton named "chip_<key>" with the property chipKey.
class ChipBar final : public QWidget
{
    Q_OBJECT
public:
    /// `keys` in order (the first is checked), `text` names a key.
    ChipBar(const QStringList& keys, const std::function<QString(const QString&)>& text,
            QWidget* parent = nullptr);

    QButtonGroup* group() const { return m_group; }
    QStringList keys() const { return m_keys; }
    /// The checked chip's key (the first key when none).
    QString key() const;
    /// Checks a chip without emitting chosen(); false for an unknown key.
    bool setKey(const QString& key);

signals:
    /// The user clicked a chip.
    void chosen(const QString& key);

private:
    QStringList m_keys;
    QButtonGroup* m_group;
};

} // namespace Erp::Client
