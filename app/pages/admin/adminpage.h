#pragma once

#include "app/pages/modulepage.h"

class QTabWidget;

namespace Erp::Client {
class ApiClient;
class ListPage;
} // namespace Erp::Client

namespace Erp::Client::Admin {

/// The Admin tab: users, roles, the audit trail, the outbox, the company profile and the
/// modules, each shown only with its permission.
class AdminPage final : public ModulePage
{
    Q_OBJECT
public:
    AdminPage(ApiClient& api, QWidget* parent = nullptr);

    /// True when the user may see at least one part of the admin module.
    static bool isAvailable(const ApiClient& api);

    QString title() const override;
    QIcon icon() const override;
    void refresh() override;
    bool open(const QString& target) override;
    /// The outbox belongs to the mail module.
    void applyDisabledModules(const QSet<QString>& disabled) override;

    QTabWidget* sections() const { return m_tabs; }

private:
    QTabWidget* m_tabs;
};

} // namespace Erp::Client::Admin
