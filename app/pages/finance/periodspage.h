#pragma once

#include <QJsonObject>
#include <QWidget>

class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace Erp::Client {
class BusyIndicator;
class ExportRunner;
} // namespace Erp::Client

namespace Erp::Client::Finance {

class AccountCache;
class FinanceClient;

/// The twelve months of a fiscal year (finance.period.list) with their state, entries, total
/// and drafts; Close… (after a question) and Reopen… (with the reason it asks for; only with
/// finance.period.reopen); Check the Books (finance.check) shows that all is in order or each
/// finding in a sentence; Export.
class PeriodsPage final : public QWidget
{
    Q_OBJECT
public:
    enum Col { PeriodCol, StateCol, EntriesCol, TotalCol, DraftsCol, ClosedCol, ColumnCount };

    PeriodsPage(FinanceClient& client, AccountCache& accounts, QWidget* parent = nullptr);

    void reload();
    bool isLoaded() const { return m_loaded; }
    QTableWidget* table() const { return m_table; }
    QSpinBox* yearBox() const { return m_year; }
    QPushButton* closeButton() const { return m_close; }
    QPushButton* reopenButton() const { return m_reopen; }
    QPushButton* checkButton() const { return m_check; }
    QLabel* checkResult() const { return m_result; }
    QString message() const;
    /// The row of `period` ("2026-03"), -1 when not shown.
    int rowOf(const QString& period) const;
    void selectPeriod(const QString& period);

    /// Asks, then closes the selected month.
    void closeSelected();
    /// Asks for the reason, then reopens the selected month.
    void reopenSelected();
    void closePeriod(const QString& period);
    void reopenPeriod(const QString& period, const QString& reason);
    void runCheck();
    void exportPeriods();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void fill(const QJsonObject& result);
    void updateButtons();
    void showMessage(const QString& text, bool error = false);
    QString selectedPeriod() const;

    FinanceClient& m_client;
    AccountCache& m_accounts;
    QSpinBox* m_year;
    QTableWidget* m_table;
    QPushButton* m_close;
    QPushButton* m_reopen;
    QPushButton* m_check;
    QPushButton* m_export;
    QLabel* m_message;
    QLabel* m_result;
    BusyIndicator* m_busy;
    ExportRunner* m_runner;
    QJsonObject m_periods;
    bool m_loaded = false;
    bool m_started = false;
    bool m_stale = false; ///< postings arrived while hidden
};

} // namespace Erp::Client::Finance
