#pragma once

#include "app/widgets/listpage.h"

class QComboBox;
class QDialog;

namespace Erp::Client::Finance {

class FinanceClient;

/// Customer receipts and supplier payments (finance.payment.list): number, kind, partner,
/// date, amount, applied and unapplied credit, state, reference; kind and "unapplied only"
/// filters; search; New Receipt… (Ctrl+N), Open (apply and unapply there); Export.
class PaymentList final : public ListPage
{
    Q_OBJECT
public:
    enum ColumnIndex {
        NumberCol,
        KindCol,
        PartnerCol,
        DateCol,
        AmountCol,
        AppliedCol,
        UnappliedCol,
        StateCol,
        ReferenceCol
    };

    PaymentList(FinanceClient& client, QWidget* parent = nullptr);

    /// Opens the payment form (a new receipt when `id` is 0).
    QDialog* openPayment(qint64 id);
    QComboBox* kindBox() const { return m_kind; }
    QComboBox* showBox() const { return m_show; }
    QAction* newAction() const { return m_new; }

signals:
    void dialogOpened(QDialog* dialog);
    void navigate(const QString& target);

protected:
    void updateActions() override;
    bool hasActiveFilter() const override;

private:
    void applyFilter();

    FinanceClient& m_client;
    QComboBox* m_kind;
    QComboBox* m_show;
    QAction* m_new = nullptr;
    QAction* m_open = nullptr;
};

} // namespace Erp::Client::Finance
