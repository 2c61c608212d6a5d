#pragma once

#include "app/pages/modulepage.h"

namespace Erp::Client {
class ApiClient;
}

namespace Erp::Client::Customers {

class CustomerList;

/// The Customers tab (CRM): the shared customer master every other module refers to. Needs
/// crm.customer.read; the actions follow the user's other crm.customer.* permissions.
class CustomersPage final : public ModulePage
{
    Q_OBJECT
public:
    explicit CustomersPage(ApiClient& api, QWidget* parent = nullptr);

    static bool isAvailable(const ApiClient& api);

    QString title() const override;
    QIcon icon() const override;
    void refresh() override;
    bool open(const QString& target) override;
    QStringList serverModules() const override { return {QStringLiteral("crm")}; }

    CustomerList* list() const { return m_list; }

private:
    CustomerList* m_list;
};

} // namespace Erp::Client::Customers
