#pragma once

#include "app/pages/admin/adminclient.h"
#include "app/widgets/listpage.h"

class QComboBox;
class QDateEdit;
class QLineEdit;

namespace Erp::Client::Admin {

class AuditDetail;

/// The audit trail, newest first, filtered by entity, user, method and date range; the
/// selected entry's before/after values are compared in a detail pane.
class AuditPage final : public ListPage
{
    Q_OBJECT
public:
    AuditPage(ApiClient& api, QWidget* parent = nullptr);

    void refresh() override;
    AuditDetail* detail() const { return m_detail; }

    /// The filter the controls describe (admin.audit.list's `filter`).
    QJsonObject currentFilter() const;

protected:
    bool hasActiveFilter() const override;

private:
    void applyFilter();
    void loadUsers();

    AdminClient m_client;
    QComboBox* m_entity;
    QComboBox* m_user;
    QLineEdit* m_method;
    QDateEdit* m_from;
    QDateEdit* m_to;
    AuditDetail* m_detail;
    QTimer m_filterTimer;
};

} // namespace Erp::Client::Admin
