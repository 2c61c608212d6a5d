#pragma once

#include "app/pages/customers/customerclient.h"
#include "app/widgets/listpage.h"

namespace Erp::Client {
class ColumnChooser;
}

namespace Erp::Client::Customers {

class CustomerFilters;

/// The customers list: search as you type, the filter bar, server-side sorting, a column
/// chooser remembered per user, multi-select with Archive / Restore, Merge of two, Import, and
/// ListPage's Export (of all matching customers or the selection, with the
/// crm.customer.export permission); it follows colleagues' changes live.
class CustomerList final : public ListPage
{
    Q_OBJECT
public:
    enum ColumnIndex {
        CodeCol,
        NameCol,
        KindCol,
        ContactCol,
        PhoneCol,
        EmailCol,
        ProvinceCol,
        CityCol,
        OwnerCol,
        CreditCol,
        TagsCol,
        StatusCol,
    };

    explicit CustomerList(ApiClient& api, QWidget* parent = nullptr);
    ~CustomerList() override;

    void refresh() override;

    /// Opens the customer form (a new customer when `id` is 0).
    void openCustomer(qint64 id);
    /// Archives (or restores) the selected customers after asking.
    void archiveSelected(bool archive);
    void mergeSelected();

    CustomerClient& client() { return m_client; }
    CustomerFilters& filters() const { return *m_filters; }
    ColumnChooser& columnChooser() const { return *m_columns; }
    QAction* newAction() const { return m_new; }
    QAction* editAction() const { return m_edit; }
    QAction* archiveAction() const { return m_archive; }
    QAction* restoreAction() const { return m_restore; }
    QAction* mergeAction() const { return m_merge; }
    QAction* importAction() const { return m_import; }

signals:
    /// A customer form or wizard was opened (tests and screenshots drive it).
    void dialogOpened(QDialog* dialog);

protected:
    void updateActions() override;
    bool hasActiveFilter() const override;

private:
    void buildActions();
    void setArchived(QList<QJsonObject> rows, bool archive, int done, int failed);

    CustomerClient m_client;
    CustomerFilters* m_filters = nullptr;
    ColumnChooser* m_columns = nullptr;
    QAction* m_new = nullptr;
    QAction* m_edit = nullptr;
    QAction* m_archive = nullptr;
    QAction* m_restore = nullptr;
    QAction* m_merge = nullptr;
    QAction* m_import = nullptr;
};

} // namespace Erp::Client::Customers
