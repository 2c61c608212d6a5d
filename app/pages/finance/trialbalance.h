#pragma once

#include <QJsonObject>
#include <QWidget>

class QDateEdit;
class QDialog;
class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace Erp::Client {
class BusyIndicator;
class ExportRunner;
class StatusBadge;
} // namespace Erp::Client

namespace Erp::Client::Finance {

class AccountCache;
class FinanceClient;

/// The trial balance (finance.report.trial_balance) for a range of months — by default the
/// fiscal year so far: accounts as a tree (sub-accounts under their parents) with opening,
/// period and closing debits and credits, the totals, and whether the books balance. Enter or
/// a double-click opens an account's ledger for the range; Export writes the rows as shown.
class TrialBalance final : public QWidget
{
    Q_OBJECT
public:
    enum Col {
        CodeCol,
        NameCol,
        OpeningDebitCol,
        OpeningCreditCol,
        DebitCol,
        CreditCol,
        ClosingDebitCol,
        ClosingCreditCol,
        ColumnCount
    };

    TrialBalance(FinanceClient& client, AccountCache& accounts, QWidget* parent = nullptr);

    /// Reads the report for the months in the range fields (the server's default the first
    /// time).
    void reload();
    bool isLoaded() const { return m_loaded; }
    QTreeWidget* tree() const { return m_tree; }
    QDateEdit* fromEdit() const { return m_from; }
    QDateEdit* toEdit() const { return m_to; }
    StatusBadge* balancedBadge() const { return m_badge; }
    bool isBalanced() const;
    QJsonObject report() const { return m_report; }
    /// The item of the account with `code` (null when not shown).
    QTreeWidgetItem* itemOfCode(const QString& code) const;
    /// Opens the ledger of the account of `item` for the range shown.
    QDialog* openLedger(QTreeWidgetItem* item);
    void exportReport();

signals:
    void ledgerOpened(QDialog* dialog);
    void sourceRequested(const QString& target);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void fill(const QJsonObject& report);

    FinanceClient& m_client;
    AccountCache& m_accounts;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QPushButton* m_refresh;
    QPushButton* m_export;
    StatusBadge* m_badge;
    QLabel* m_message;
    BusyIndicator* m_busy;
    QTreeWidget* m_tree;
    ExportRunner* m_runner;
    QJsonObject m_report;
    bool m_loaded = false;
    bool m_started = false;
    bool m_rangeSet = false;
    bool m_stale = false; ///< postings arrived while hidden
};

} // namespace Erp::Client::Finance
