#pragma once

#include <QDialog>
#include <QJsonObject>

class QDateEdit;
class QLabel;
class QPushButton;
class QTableWidget;

namespace Erp::Client {
class EntityPicker;
}

namespace Erp::Client::Finance {

class FinanceClient;

/// The customer statement (finance.report.statement): a customer and a date range, the
/// opening balance, each invoice, credit note and payment with the running balance, the
/// closing balance and the aging as of the end date; Print… and Save as PDF….
class StatementDialog final : public QDialog
{
    Q_OBJECT
public:
    StatementDialog(FinanceClient& client, const QJsonObject& customer, QWidget* parent = nullptr);

    EntityPicker* customerPicker() const { return m_customer; }
    QDateEdit* fromEdit() const { return m_from; }
    QDateEdit* toEdit() const { return m_to; }
    QTableWidget* table() const { return m_table; }
    QLabel* summaryLabel() const { return m_summary; }
    QJsonObject data() const { return m_data; }
    /// Reads the statement of the customer and dates shown.
    void reload();

signals:
    void loaded();
    /// A line's document was opened ("finance/invoice/3", "finance/payment/2").
    void navigate(const QString& target);

private:
    void fill(const QJsonObject& data);

    FinanceClient& m_client;
    EntityPicker* m_customer;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QTableWidget* m_table;
    QLabel* m_summary;
    QPushButton* m_print;
    QPushButton* m_pdf;
    QJsonObject m_data;
    int m_request = 0;
};

} // namespace Erp::Client::Finance
