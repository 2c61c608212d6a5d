#pragma once

#include "app/pages/modulepage.h"

namespace Erp::Client {
class ApiClient;
}

namespace Erp::Client::Orders {

class OrderList;

/// The Orders tab (OMS): sales orders from entry to delivery. Needs sales.order.read; the
/// actions follow the user's other sales.order.* permissions.
class OrdersPage final : public ModulePage
{
    Q_OBJECT
public:
    explicit OrdersPage(ApiClient& api, QWidget* parent = nullptr);

    static bool isAvailable(const ApiClient& api);

    QString title() const override;
    QIcon icon() const override;
    void refresh() override;
    bool open(const QString& target) override;
    QStringList serverModules() const override { return {QStringLiteral("sales")}; }

    OrderList* list() const { return m_list; }

private:
    OrderList* m_list;
};

} // namespace Erp::Client::Orders
