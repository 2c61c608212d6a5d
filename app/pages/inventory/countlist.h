#pragma once

#include "app/pages/inventory/inventoryclient.h"
#include "app/widgets/listpage.h"

class QComboBox;
class QDialog;

namespace Erp::Client::Inventory {

/// Stock counts (inventory.count.list): open ones first to finish, posted and cancelled ones
/// as history. New Count… starts one; Open shows it for counting or reading.
class CountList final : public ListPage
{
    Q_OBJECT
public:
    explicit CountList(InventoryClient& client, QWidget* parent = nullptr);

    void newCount();
    void openCount(qint64 id);
    QAction* newAction() const { return m_new; }

signals:
    void dialogOpened(QDialog* dialog);

protected:
    void updateActions() override;
    bool hasActiveFilter() const override;

private:
    void showCountDialog(const QJsonObject& count);

    InventoryClient& m_client;
    QComboBox* m_state;
    QAction* m_new = nullptr;
    QAction* m_open = nullptr;
};

} // namespace Erp::Client::Inventory
