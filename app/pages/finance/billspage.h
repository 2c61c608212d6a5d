#pragma once

#include <QJsonObject>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace Erp::Client::Finance {

class FinanceClient;

/// Finance ▸ Bills: the supplier bills with a state filter; the selected bill's lines with the
/// three-way match (ordered, received, billed before, the order's price) and the differences
/// the server flagged highlighted; Approve and Post as the user's permissions and the bill's
/// state allow. docs/FINANCE.md "Supplier bills".
class BillsPage final : public QWidget
{
    Q_OBJECT
public:
    enum ListColumn {
        NumberCol,
        SupplierCol,
        OrderCol,
        RefCol,
        DateCol,
        DueCol,
        TotalCol,
        OpenCol,
        StateCol,
        ListColumnCount
    };
    enum LineColumn {
        DescriptionCol,
        QtyCol,
        PriceCol,
        OrderPriceCol,
        OrderedCol,
        ReceivedCol,
        BilledBeforeCol,
        NetCol,
        DifferenceCol,
        FlagsCol,
        LineColumnCount
    };

    explicit BillsPage(FinanceClient& client, QWidget* parent = nullptr);

    void reload();
    /// A draft bill of a purchase order (what is received and not billed yet), then shown.
    void createFromOrder(qint64 purchaseOrderId);
    /// Shows the bill with this id (its lines and match).
    void openBill(qint64 id);
    void approveCurrent();
    void postCurrent();

    QComboBox* stateFilter() const { return m_state; }
    QTableWidget* list() const { return m_list; }
    QTableWidget* lines() const { return m_lines; }
    QPushButton* approveButton() const { return m_approve; }
    QPushButton* postButton() const { return m_post; }
    QPushButton* newButton() const { return m_new; }
    QJsonObject current() const { return m_current; }
    QString message() const;
    bool isLoaded() const { return m_loaded; }

protected:
    void showEvent(QShowEvent* event) override;

private:
    void fill(const QJsonObject& result);
    void showBill(const QJsonObject& bill);
    void act(const QString& verb);
    void newFromOrder();
    void updateButtons();
    void showMessage(const QString& text, bool error = false);

    FinanceClient& m_client;
    QComboBox* m_state;
    QPushButton* m_new;
    QPushButton* m_approve;
    QPushButton* m_post;
    QTableWidget* m_list;
    QLabel* m_header;
    QTableWidget* m_lines;
    QLabel* m_message;
    QJsonObject m_current;
    bool m_loaded = false;
    bool m_started = false;
};

} // namespace Erp::Client::Finance
