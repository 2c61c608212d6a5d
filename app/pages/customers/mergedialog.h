#pragma once

#include "app/pages/customers/customertypes.h"

#include <QDialog>

class QGridLayout;
class QLabel;
class QPushButton;
class QRadioButton;

namespace Erp::Client::Customers {

class CustomerClient;

/// Merges two customers after the clerk chose which one to keep: both records' key data side
/// by side, the consequence in words, and Merge on the right. The other customer's contacts,
/// addresses and tags move to the one kept; it stays as "merged".
class MergeDialog final : public QDialog
{
    Q_OBJECT
public:
    MergeDialog(CustomerClient& client, qint64 firstId, qint64 secondId, QWidget* parent = nullptr);

    bool isReady() const { return m_loaded == 2; }
    qint64 survivorId() const;
    void setSurvivor(qint64 id);
    QPushButton* mergeButton() const { return m_merge; }
    QString errorText() const;

signals:
    void merged(const Erp::Client::Customers::Customer& survivor);

private:
    void showSide(int side, const Customer& customer);
    void updateText();
    void merge();

    CustomerClient& m_client;
    Customer m_customers[2];
    QRadioButton* m_keep[2];
    QGridLayout* m_grid;
    QLabel* m_consequence;
    QLabel* m_error;
    QPushButton* m_merge;
    int m_loaded = 0;
};

} // namespace Erp::Client::Customers
