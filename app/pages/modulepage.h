#pragma once

#include <QIcon>
#include <QSet>
#include <QStringList>
#include <QWidget>

namespace Erp::Client {

/// One tab of the main window (Admin, later Customers, Orders, ...). The main window only
/// knows this interface; each module folder under app/pages/ provides one.
class ModulePage : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;

    virtual QString title() const = 0;
    virtual QIcon icon() const = 0;
    /// Re-reads what the page shows (View > Refresh).
    virtual void refresh() = 0;
    /// The server modules (Module::name) this tab shows: it is hidden while all of them are
    /// switched off (Admin > Modules). Empty: a core page, always shown.
    virtual QStringList serverModules() const { return {}; }
    /// The company's switched-off server modules changed: hide the parts of the page that
    /// belong to them (the tab itself is the main window's business).
    virtual void applyDisabledModules(const QSet<QString>& disabled) { (void)disabled; }
    /// Shows the part of this tab that `target` names (e.g. "inventory/warehouses",
    /// "orders/new": the tab's name, then a section or "new") and returns true; false when the
    /// target is not on this tab.
    virtual bool open(const QString& target)
    {
        (void)target;
        return false;
    }

signals:
    /// A link on this tab leads to `target`, shown by whichever tab open()s it.
    void navigateRequested(const QString& target);
};

} // namespace Erp::Client
