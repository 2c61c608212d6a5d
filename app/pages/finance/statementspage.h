#pragma once

#include <QJsonObject>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableWidget;

namespace Erp::Client {
class BusyIndicator;
class ExportRunner;
class StatusBadge;
} // namespace Erp::Client

namespace Erp::Client::Finance {

class FinanceClient;

/// The statements of a month read off the ledger: the balance sheet (资产负债表: closing and
/// year-start balances, and whether assets equal liabilities plus equity), the income
/// statement (利润表: the month and the year so far) and the VAT summary (output and input VAT
/// per month of the year, transferred, carried forward, unpaid) with the month-end VAT
/// transfer, the aging of receivables and payables at the month's end, and the journal
/// listing of the month (序时账; Enter on a line opens its voucher). Export writes what is
/// shown.
class StatementsPage final : public QWidget
{
    Q_OBJECT
public:
    enum Report { BalanceSheet, IncomeStatement, Vat, ReceivablesAging, PayablesAging, Journal };

    explicit StatementsPage(FinanceClient& client, QWidget* parent = nullptr);

    void reload();
    bool isLoaded() const { return m_loaded; }
    void showReport(Report report);
    Report report() const;
    QComboBox* reportBox() const { return m_reportBox; }
    QDateEdit* monthEdit() const { return m_month; }
    QTableWidget* table() const { return m_table; }
    StatusBadge* balancedBadge() const { return m_badge; }
    QPushButton* transferButton() const { return m_transfer; }
    QLabel* messageLabel() const { return m_message; }
    QLabel* hintLabel() const { return m_hint; }
    QJsonObject data() const { return m_data; }
    /// Asks, then books the month-end VAT transfer of the month shown.
    void transferVat();
    /// The transfer without asking (tests).
    void transferVatNow();
    void exportReport();

signals:
    /// The journal listing asks for a voucher (Enter or a double-click on one of its lines).
    void entryRequested(qint64 entryId);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void fill(const QJsonObject& data);
    void fillStatement(const QJsonObject& data);
    /// A report shown as a plain table: text columns, then amounts, then a totals row.
    struct TableLayout
    {
        QStringList textKeys;
        QStringList moneyKeys;
        QStringList titles;
    };
    TableLayout tableLayout(Report report) const;
    QList<QJsonObject> tableRows(const QJsonObject& data, const TableLayout& layout);
    void fillTable(const QJsonObject& data, const TableLayout& layout);

    FinanceClient& m_client;
    QComboBox* m_reportBox;
    QDateEdit* m_month;
    QPushButton* m_refresh;
    QPushButton* m_transfer;
    QPushButton* m_export;
    StatusBadge* m_badge;
    BusyIndicator* m_busy;
    QTableWidget* m_table;
    QLabel* m_message; ///< the outcome of the last action, or an error
    QLabel* m_hint;    ///< what the report shows
    QString m_notice;  ///< shown once the report read after an action arrives
    ExportRunner* m_runner;
    QJsonObject m_data;
    int m_request = 0; ///< the reply of an older request is dropped
    bool m_loaded = false;
    bool m_started = false;
    bool m_stale = false;
};

} // namespace Erp::Client::Finance
