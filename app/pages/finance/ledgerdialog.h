#pragma once

#include <QAbstractTableModel>
#include <QDate>
#include <QDialog>
#include <QJsonObject>
#include <QList>

class QLabel;
class QTableView;

namespace Erp::Client {
class BusyIndicator;
class ExportRunner;
} // namespace Erp::Client

namespace Erp::Client::Finance {

class AccountCache;
class FinanceClient;

/// One account's ledger (finance.report.ledger) page by page: date, number, journal,
/// description, debit, credit and the running balance in the account's direction. The next
/// page is asked for as the view scrolls (fetchMore).
class LedgerModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Col {
        DateCol,
        NumberCol,
        JournalCol,
        DescriptionCol,
        DebitCol,
        CreditCol,
        BalanceCol,
        ColumnCount
    };
    enum Role { RowRole = Qt::UserRole + 1 };

    LedgerModel(FinanceClient& client, qint64 accountId, QDate from, QDate to,
                QObject* parent = nullptr);

    void setPageSize(int rows) { m_pageSize = rows; }
    /// Loads the first page.
    void reload();
    /// Asks for every page not loaded yet; allLoaded() follows.
    void fetchAll();
    bool isLoaded() const { return m_loaded; }
    bool isBusy() const { return m_busy; }
    qint64 total() const { return m_total; }
    /// The report's head: account, opening_balance, debit, credit, closing_balance.
    QJsonObject summary() const { return m_summary; }
    QJsonObject row(int row) const { return m_rows.value(row); }
    const QList<QJsonObject>& rows() const { return m_rows; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

signals:
    void loaded();
    void allLoaded();
    void failed(const QString& message);

private:
    void request(qint64 offset);

    FinanceClient& m_client;
    qint64 m_accountId;
    QDate m_from;
    QDate m_to;
    int m_pageSize = 100;
    QList<QJsonObject> m_rows;
    QJsonObject m_summary;
    qint64 m_total = 0;
    bool m_loaded = false;
    bool m_busy = false;
    bool m_fetchAll = false;
    quint64 m_generation = 0;
};

/// The ledger of an account for a date range, opened from the trial balance: opening balance,
/// the lines with their running balance (more as you scroll), the closing balance; Enter or a
/// double-click opens the entry of a line; Export writes every line.
class LedgerDialog final : public QDialog
{
    Q_OBJECT
public:
    LedgerDialog(FinanceClient& client, AccountCache& accounts, const QJsonObject& account,
                 QDate from, QDate to, QWidget* parent = nullptr);

    LedgerModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QString summaryText() const;
    /// Opens the voucher form of the entry of `row` (read-only when posted).
    QDialog* openEntry(int row);
    void exportLedger();

signals:
    void entryOpened(QDialog* dialog);
    void sourceRequested(const QString& target);

private:
    void updateSummary();

    FinanceClient& m_client;
    AccountCache& m_accounts;
    QJsonObject m_account;
    LedgerModel* m_model;
    QTableView* m_view;
    QLabel* m_summary;
    QLabel* m_message;
    BusyIndicator* m_busy;
    ExportRunner* m_runner;
};

} // namespace Erp::Client::Finance
