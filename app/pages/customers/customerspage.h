#pragma once

#include "app/pages/modulepage.h"

class QTabWidget;

namespace Erp::Client {
class ApiClient;
}
namespace Erp::Client::Pipeline {
class ActivityList;
class LeadList;
class PipelineBoard;
} // namespace Erp::Client::Pipeline

namespace Erp::Client::Customers {

class CustomerList;

/// The Customers tab (CRM): the shared customer master every other module refers to. Needs
/// crm.customer.read; the actions follow the user's other crm.customer.* permissions. With
/// crm.pipeline.read it also shows the sales pipeline: the Pipeline board, Leads and My
/// Activities (app/pages/pipeline/).
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
    /// Null without crm.pipeline.read.
    Pipeline::PipelineBoard* board() const { return m_board; }
    Pipeline::LeadList* leads() const { return m_leads; }
    Pipeline::ActivityList* activities() const { return m_activities; }
    QTabWidget* views() const { return m_views; }

private:
    CustomerList* m_list;
    QTabWidget* m_views = nullptr;
    Pipeline::PipelineBoard* m_board = nullptr;
    Pipeline::LeadList* m_leads = nullptr;
    Pipeline::ActivityList* m_activities = nullptr;
};

} // namespace Erp::Client::Customers
