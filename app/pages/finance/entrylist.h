#pragma once

#include "app/widgets/listpage.h"

class QComboBox;
class QDialog;

namespace Erp::Client::Finance {

class AccountCache;
class FinanceClient;

/// Journal entries (finance.entry.list): date, number, journal, description, total, state and
/// source; filters by journal, state and period; search; New Voucher… (Ctrl+N) and Open (a
/// posted entry read-only, a draft editable); Export; follows finance.entry changes live.
class EntryList final : public ListPage
{
    Q_OBJECT
public:
    EntryList(FinanceClient& client, AccountCache& accounts, QWidget* parent = nullptr);

    /// Opens the voucher form for `id` (0: a new voucher).
    QDialog* openEntry(qint64 id);
    QComboBox* journalBox() const { return m_journal; }
    QComboBox* stateBox() const { return m_state; }
    QComboBox* periodBox() const { return m_period; }
    QAction* newAction() const { return m_new; }

signals:
    void dialogOpened(QDialog* dialog);
    /// A voucher's link to its source document was followed.
    void sourceRequested(const QString& target);

protected:
    void updateActions() override;
    bool hasActiveFilter() const override;

private:
    void applyFilter();

    FinanceClient& m_client;
    AccountCache& m_accounts;
    QComboBox* m_journal;
    QComboBox* m_state;
    QComboBox* m_period;
    QAction* m_new = nullptr;
    QAction* m_open = nullptr;
};

} // namespace Erp::Client::Finance
