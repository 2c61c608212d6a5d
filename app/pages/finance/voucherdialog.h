#pragma once

#include "app/widgets/formdialog.h"

#include <QJsonObject>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace Erp::Client {
class StatusBadge;
}

namespace Erp::Client::Finance {

class AccountCache;
class FinanceClient;
class VoucherGrid;

/// The voucher form (记账凭证): journal, date, description and the lines grid, with the debit
/// total, the credit total and their difference always in sight (red while they differ).
/// Save Draft (Ctrl+S) keeps a draft, Post (Ctrl+Return) books it and shows the number it got.
/// A posted entry opens read-only with Reverse… and Print…; the server's errors appear at the
/// field, the line cell or above the form, in the clerk's language.
class VoucherDialog final : public FormDialog
{
    Q_OBJECT
public:
    /// `id` 0: a new voucher.
    VoucherDialog(FinanceClient& client, AccountCache& accounts, qint64 id,
                  QWidget* parent = nullptr);

    VoucherGrid* grid() const { return m_grid; }
    QComboBox* journalCombo() const { return m_journal; }
    QDateEdit* dateEdit() const { return m_date; }
    QLineEdit* descriptionEdit() const { return m_description; }
    QPushButton* postButton() const { return m_post; }
    QPushButton* reverseButton() const { return m_reverse; }
    QPushButton* discardButton() const { return m_discard; }
    QPushButton* printButton() const { return m_print; }
    QLabel* numberLabel() const { return m_number; }
    QLabel* debitLabel() const { return m_debit; }
    QLabel* creditLabel() const { return m_credit; }
    QLabel* differenceLabel() const { return m_difference; }
    /// True while the difference is shown as a problem (debits and credits differ).
    bool isDifferenceHighlighted() const { return m_unbalanced; }

    QJsonObject entry() const { return m_entry; }
    bool isReady() const { return m_ready; }
    bool isPosted() const;
    /// The fields create/update take, lines included.
    QJsonObject fields() const;

    /// Saves as a draft / posts what is on screen (the buttons and shortcuts call these).
    void saveDraft();
    void post();
    /// Books the reversal of the posted entry (date empty: the server's default) and shows it.
    void reverseEntry(const QString& date, const QString& description);
    /// Deletes the draft after asking.
    void discard();
    /// The print preview of the voucher (from there: a printer) / the voucher as a PDF file.
    void print();
    void savePdf();

    /// Where the source document of `entry` is shown ("orders/order/12"), empty when nowhere.
    static QString sourceTarget(const QJsonObject& entry);

signals:
    /// The entry was saved, posted, reversed or discarded (`entry` is the new state).
    void saved(const QJsonObject& entry);
    void loaded();
    /// The clerk followed the link to the source document (a ModulePage::open target).
    void sourceRequested(const QString& target);

protected:
    void save() override;
    void reload() override;
    QString conflictText() const override;

private:
    void load(qint64 id);
    void showEntry(const QJsonObject& entry);
    void submit(bool post);
    void saveFailed(const Rpc::Error& error);
    void updateTotals();
    void askReverse();
    void updateButtons();

    FinanceClient& m_client;
    AccountCache& m_accounts;
    QJsonObject m_entry;
    QComboBox* m_journal;
    QDateEdit* m_date;
    QLineEdit* m_description;
    QLabel* m_number;
    StatusBadge* m_state;
    QLabel* m_source;
    VoucherGrid* m_grid;
    QLabel* m_debit;
    QLabel* m_credit;
    QLabel* m_difference;
    QLabel* m_words;
    QLabel* m_note;
    QPushButton* m_post;
    QPushButton* m_reverse;
    QPushButton* m_discard;
    QPushButton* m_print;
    bool m_ready = false;
    bool m_unbalanced = false;
};

} // namespace Erp::Client::Finance
