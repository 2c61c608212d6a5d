#pragma once

#include "app/widgets/listpage.h"

class QComboBox;
class QDateEdit;
class QDialog;

namespace Erp::Client {
class ChipBar;
class EntityPicker;
} // namespace Erp::Client

namespace Erp::Client::Finance {

class FinanceClient;

/// Customer invoices and credit notes (finance.invoice.list): number, kind, customer, dates,
/// totals and the open amount; state chips (All, Draft, Posted, Partially paid, Paid, Credited,
/// Cancelled), kind, customer and date filters; search; New Invoice… (Ctrl+N), Invoice from
/// Order…, Open, Register Payment…, Statement…; Export; follows finance.invoice changes live.
class InvoiceList final : public ListPage
{
    Q_OBJECT
public:
    enum ColumnIndex {
        NumberCol,
        KindCol,
        CustomerCol,
        DateCol,
        DueCol,
        StateCol,
        NetCol,
        TaxCol,
        TotalCol,
        OpenCol,
        FapiaoCol,
        OrderCol
    };

    InvoiceList(FinanceClient& client, QWidget* parent = nullptr);

    /// Opens the invoice form (a new free invoice when `id` is 0).
    QDialog* openInvoice(qint64 id);
    /// Creates a draft from a sales order's shipped, not yet invoiced lines, then opens it.
    void invoiceOrder(qint64 orderId);
    /// Asks for a sales order, then invoiceOrder().
    void chooseOrder();
    /// The payment form for `invoice`'s open amount (or a new receipt when empty).
    QDialog* registerPayment(const QJsonObject& invoice);
    /// The statement dialog for `customer` ({id, name}; empty: the selected invoice's).
    QDialog* openStatement(const QJsonObject& customer = {});
    /// Shows the invoices of one sales order (the order's number searched).
    void showOrder(const QString& orderNumber);

    ChipBar* chips() const { return m_chips; }
    void setChip(const QString& key);
    QComboBox* kindBox() const { return m_kind; }
    EntityPicker* customerFilter() const { return m_customer; }
    QAction* newAction() const { return m_new; }
    QAction* fromOrderAction() const { return m_fromOrder; }
    QAction* paymentAction() const { return m_payment; }
    QAction* statementAction() const { return m_statement; }

signals:
    void dialogOpened(QDialog* dialog);
    /// Open another part of the program ("finance/entry/12").
    void navigate(const QString& target);

protected:
    void updateActions() override;
    bool hasActiveFilter() const override;

private:
    void applyFilter();

    FinanceClient& m_client;
    ChipBar* m_chips = nullptr;
    QComboBox* m_kind;
    EntityPicker* m_customer;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QAction* m_new = nullptr;
    QAction* m_fromOrder = nullptr;
    QAction* m_open = nullptr;
    QAction* m_payment = nullptr;
    QAction* m_statement = nullptr;
};

} // namespace Erp::Client::Finance
