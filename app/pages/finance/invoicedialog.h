#pragma once

#include "app/widgets/formdialog.h"

#include <QJsonObject>

class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTreeWidget;

namespace Erp::Client {
class EntityPicker;
class StatusBadge;
} // namespace Erp::Client

namespace Erp::Client::Finance {

class FinanceClient;
class InvoiceLineEditor;

/// A customer invoice or credit note: the customer, the date (the due date follows from the
/// customer's payment terms at posting), the lines with 金额 / 税额 / 价税合计 computed as the
/// server does, the fapiao number and date, notes. A draft is saved, posted (it then gets its
/// number and books Dr receivable / Cr revenue + output VAT) or cancelled; a posted invoice is
/// read-only but for its fapiao, is credited by a credit note, takes payments, shows its journal
/// entry (opening the voucher) and its payments, and prints (print preview or PDF).
class InvoiceDialog final : public FormDialog
{
    Q_OBJECT
public:
    /// `id` 0: a new free invoice.
    InvoiceDialog(FinanceClient& client, qint64 id, QWidget* parent = nullptr);

    bool isReady() const { return m_ready; }
    QJsonObject invoice() const { return m_invoice; }
    /// What Save sends (finance.invoice.create / update fields).
    QJsonObject formFields() const;

    EntityPicker* customerPicker() const { return m_customer; }
    QDateEdit* dateEdit() const { return m_date; }
    QLineEdit* fapiaoNumberEdit() const { return m_fapiaoNumber; }
    QDateEdit* fapiaoDateEdit() const { return m_fapiaoDate; }
    QPlainTextEdit* notesEdit() const { return m_notes; }
    InvoiceLineEditor* lineEditor() const { return m_lines; }
    QTabWidget* sections() const { return m_sections; }
    QTreeWidget* entryTree() const { return m_entry; }
    QTreeWidget* paymentsTree() const { return m_payments; }
    QPushButton* postButton() const { return m_post; }
    QPushButton* creditButton() const { return m_credit; }
    QPushButton* cancelInvoiceButton() const { return m_cancelInvoice; }
    QPushButton* paymentButton() const { return m_payment; }
    QPushButton* printButton() const { return m_print; }
    QPushButton* pdfButton() const { return m_pdf; }
    QString messageText() const;

    /// Saves when needed, then posts (after asking unless `ask` is false).
    void post(bool ask = true);
    /// Credits everything not credited yet with a credit note dated today (`reason` given:
    /// without asking).
    void creditNow(const QString& reason);
    /// Cancels the draft without asking.
    void cancelNow();
    /// Reads the invoice again (after a payment).
    void refresh() { reload(); }

signals:
    void saved(const QJsonObject& invoice);
    /// Open another part of the program ("finance/entry/12", "finance/payment/3").
    void navigate(const QString& target);
    /// Register Payment… asks the list to open the payment form for this invoice.
    void paymentRequested(const QJsonObject& invoice);
    /// A dialog of an action was opened (tests and screenshots drive it).
    void dialogOpened(QDialog* dialog);

protected:
    void save() override;
    void reload() override;

private:
    void buildForm();
    void showInvoice(const QJsonObject& invoice);
    void loadEntry();
    void saveThen(std::function<void(const QJsonObject&)> next);
    void action(const QString& method, const QJsonObject& params, const QString& done);
    void showNote(const QString& text);
    void updateButtons();
    bool isDraft() const;

    FinanceClient& m_client;
    QJsonObject m_invoice;
    bool m_ready = false;
    qint64 m_entryId = 0;
    QLabel* m_number;
    StatusBadge* m_badge;
    QLabel* m_note;
    EntityPicker* m_customer;
    QLabel* m_order;
    QDateEdit* m_date;
    QLabel* m_due;
    QLineEdit* m_fapiaoNumber;
    QDateEdit* m_fapiaoDate;
    QLabel* m_open;
    QTabWidget* m_sections;
    InvoiceLineEditor* m_lines;
    QTreeWidget* m_payments;
    QTreeWidget* m_entry;
    QPlainTextEdit* m_notes;
    QPushButton* m_post;
    QPushButton* m_credit;
    QPushButton* m_cancelInvoice;
    QPushButton* m_payment;
    QPushButton* m_print;
    QPushButton* m_pdf;
    QPushButton* m_voucher;
};

} // namespace Erp::Client::Finance
