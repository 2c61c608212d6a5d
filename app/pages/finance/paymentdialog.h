#pragma once

#include "app/widgets/formdialog.h"

#include <QJsonArray>
#include <QJsonObject>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableWidget;

namespace Erp::Client {
class EntityPicker;
class MoneyEdit;
class StatusBadge;
} // namespace Erp::Client

namespace Erp::Client::Finance {

class FinanceClient;

/// A customer receipt or a supplier payment. New: the partner, amount, date, reference and
/// notes, and the partner's open invoices oldest first with an amount to apply per row
/// ("Apply Oldest First" fills them from the amount); what is not applied stays a credit on the
/// partner and is shown. Recorded: read-only, with its allocations (each can be unapplied,
/// after a question) and the partner's open invoices to apply what is still unapplied.
class PaymentDialog final : public FormDialog
{
    Q_OBJECT
public:
    enum OpenCol { NumberCol, DateCol, DueCol, OpenAmountCol, ApplyCol };

    /// `id` 0: a new receipt.
    PaymentDialog(FinanceClient& client, qint64 id, QWidget* parent = nullptr);

    /// Pre-fills a new payment: the partner, and `amount` applied to `invoiceId`.
    void preset(const QString& partnerType, const QJsonObject& partner, qint64 invoiceId,
                const QString& amount);

    QJsonObject payment() const { return m_payment; }
    bool isNew() const;
    bool isReady() const { return m_ready; }
    QComboBox* kindBox() const { return m_kind; }
    EntityPicker* customerPicker() const { return m_customer; }
    EntityPicker* supplierPicker() const { return m_supplier; }
    MoneyEdit* amountEdit() const { return m_amount; }
    QDateEdit* dateEdit() const { return m_date; }
    QLineEdit* referenceEdit() const { return m_reference; }
    QTableWidget* openTable() const { return m_open; }
    QTableWidget* allocationTable() const { return m_allocations; }
    QPushButton* oldestFirstButton() const { return m_oldestFirst; }
    QPushButton* unapplyButton() const { return m_unapply; }
    QLabel* unappliedLabel() const { return m_unapplied; }
    /// True once the partner's open invoices are shown.
    bool openLoaded() const { return m_openLoaded; }

    /// Fills the amounts to apply from the oldest due invoice on.
    void applyOldestFirst();
    /// Sets the amount to apply on the open invoice of row `row`.
    void setApplyAmount(int row, const QString& amount);
    /// What is unapplied after the amounts typed, in minor units.
    qint64 unappliedAfter() const;
    /// Unapplies allocation row `row` without asking.
    void unapplyNow(int row);

signals:
    void saved(const QJsonObject& payment);
    void navigate(const QString& target);
    /// The partner's open invoices arrived.
    void openInvoicesLoaded();

protected:
    void save() override;
    void reload() override;

private:
    void showPayment(const QJsonObject& payment);
    void loadOpenInvoices();
    void updateUnapplied();
    EntityPicker* partnerPicker() const;
    qint64 available() const;
    QJsonArray allocations() const;

    FinanceClient& m_client;
    QJsonObject m_payment;
    bool m_ready = false;
    bool m_openLoaded = false;
    qint64 m_presetInvoice = 0;
    QString m_presetAmount;
    QLabel* m_number;
    StatusBadge* m_badge;
    QComboBox* m_kind;
    QStackedWidget* m_partners;
    EntityPicker* m_customer;
    EntityPicker* m_supplier;
    MoneyEdit* m_amount;
    QDateEdit* m_date;
    QLineEdit* m_reference;
    QLineEdit* m_notes;
    QLabel* m_appliedHeader;
    QTableWidget* m_allocations;
    QPushButton* m_unapply;
    QTableWidget* m_open;
    QPushButton* m_oldestFirst;
    QLabel* m_unapplied;
};

} // namespace Erp::Client::Finance
