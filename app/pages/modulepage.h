#pragma once

#include <QIcon>
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
};

} // namespace Erp::Client
