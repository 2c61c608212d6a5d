#pragma once

#include <QWizard>

namespace Erp::Client {
class ApiClient;
}

namespace Erp::Client::Setup {

class CompanySetupPage;
class WarehouseSetupPage;
class UsersSetupPage;
class ImportSetupPage;

/// The new-company wizard: the company profile (and the chart of accounts while the books
/// are empty), the first warehouse(s), the first colleagues and their roles, importing
/// customers, products and opening stock from Excel or CSV — every step saved through the
/// server's own methods as the clerk presses Next, so a step that fails says why under its
/// field and Back/Next keep what was typed. Offered after a new company file was created and
/// when an administrator logs in to a server whose company was never set up.
class SetupWizard final : public QWizard
{
    Q_OBJECT
public:
    enum PageId { CompanyPageId, WarehousePageId, UsersPageId, ImportPageId, DonePageId };

    explicit SetupWizard(ApiClient& api, QWidget* parent = nullptr);

    CompanySetupPage* companyPage() const { return m_company; }
    WarehouseSetupPage* warehousePage() const { return m_warehouses; }
    UsersSetupPage* usersPage() const { return m_users; }
    ImportSetupPage* importPage() const { return m_import; }

    /// Whether to offer the wizard: the user may write the company profile, it was never
    /// saved (version 1) and the company has no warehouse yet. `done(offer)` runs later (while
    /// `context` lives); false when the server cannot tell.
    static void shouldOffer(ApiClient& api, QObject* context, std::function<void(bool)> done);

private:
    CompanySetupPage* m_company;
    WarehouseSetupPage* m_warehouses;
    UsersSetupPage* m_users;
    ImportSetupPage* m_import;
};

} // namespace Erp::Client::Setup
