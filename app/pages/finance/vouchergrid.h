#pragma once

#include "app/pages/finance/voucherlinesmodel.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace Erp::Client::Finance {

class FinanceClient;

/// The lines grid of the voucher form, built for the keyboard: summary → account (code or
/// name, the completer offers active accounts without sub-accounts; Enter takes the exact code
/// or the only match) → debit → credit; Enter and Tab move on, past the last line to a new
/// line that repeats the summary and offers the amount that balances the entry; "=" in an
/// amount cell fills in the balance; Insert / Ctrl+N add, Delete removes a line.
class VoucherGrid final : public QWidget
{
    Q_OBJECT
public:
    VoucherGrid(FinanceClient& client, QWidget* parent = nullptr);

    VoucherLinesModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QPushButton* addButton() const { return m_add; }
    QPushButton* removeButton() const { return m_remove; }

    void setEditable(bool editable);
    /// Adds a line (or reuses an empty last one) and starts typing its summary.
    void addLine();
    void removeCurrentLine();
    /// Starts editing `column` of `row`.
    void editCell(int row, int column);
    /// Takes over what is typed in an open cell (before Save).
    void commitEditing();

    /// A server error for `lines[2].debit` (`record` counts the records sent).
    void showCellError(int record, const QString& field, const QString& text);
    /// An error about the lines as a whole (e.g. "debits and credits differ").
    void showError(const QString& text);
    void clearErrors();
    QString errorText() const;

signals:
    void edited();

private:
    void resolveAccount(int row, const QString& text);
    void updateErrorLabel();

    FinanceClient& m_client;
    VoucherLinesModel* m_model;
    QTableView* m_view;
    QPushButton* m_add;
    QPushButton* m_remove;
    QLabel* m_hint;
    QLabel* m_errors;
    QString m_listError;
};

} // namespace Erp::Client::Finance
