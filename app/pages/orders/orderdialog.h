#pragma once

#include "app/pages/orders/ordertypes.h"
#include "app/print/deliverynote.h"
#include "app/print/printmenu.h"
#include "app/widgets/formdialog.h"

class QComboBox;
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

namespace Erp::Client::Orders {

class LineEditor;
class OrderActions;
class OrderClient;

/// A sales order: the customer (search as you type) with contact and shipping address taken
/// from the customer, dates, channel, external reference and notes; the fast line editor
/// with live totals and stock; the lifecycle buttons the order allows and the user may use;
/// why it waits for approval; its shipments and its timeline. Save keeps the form open, so a
/// new order can be submitted right away.
class OrderDialog final : public FormDialog
{
    Q_OBJECT
public:
    /// `id` 0: a new order.
    OrderDialog(OrderClient& client, qint64 id, QWidget* parent = nullptr);

    bool isReady() const { return m_ready; }
    const Order& order() const { return m_order; }
    /// The order as the form holds it now (what Save sends).
    QJsonObject formFields() const;
    bool isEditable() const { return m_editable; }

    EntityPicker* customerPicker() const { return m_customer; }
    QLineEdit* contactEdit() const { return m_contact; }
    QLineEdit* phoneEdit() const { return m_phone; }
    QLineEdit* emailEdit() const { return m_email; }
    QPlainTextEdit* addressEdit() const { return m_address; }
    QDateEdit* orderDateEdit() const { return m_orderDate; }
    QDateEdit* requestedDateEdit() const { return m_requestedDate; }
    QComboBox* channelBox() const { return m_channel; }
    QLineEdit* externalRefEdit() const { return m_externalRef; }
    LineEditor* lineEditor() const { return m_lines; }
    OrderActions* actions() const { return m_actions; }
    /// Invoices…: the order's invoices in the Finance tab (with finance.invoice.read).
    QPushButton* invoicesButton() const { return m_invoices; }
    QTabWidget* sections() const { return m_sections; }
    QTreeWidget* timeline() const { return m_timeline; }
    QTreeWidget* shipments() const { return m_shipments; }
    QTreeWidget* returns() const { return m_returns; }
    QString reviewText() const;
    QString messageText() const;

    /// The delivery note of the order's shipment `index` (the latest when -1), with the
    /// company header last read for printing.
    Print::DeliveryNote deliveryNote(int index = -1) const;
    /// Reads the company profile (the header), then asks which shipment (when several) and
    /// where to save, writes the PDF and offers to open it.
    void printDeliveryNote();
    /// Print: the quotation / order confirmation (Ctrl+P), the pick lists, the delivery note.
    Print::PrintMenu* printMenu() const { return m_print; }

signals:
    void saved(const Erp::Client::Orders::Order& order);
    /// A dialog of an action was opened (tests and screenshots drive it).
    void dialogOpened(QDialog* dialog);
    /// Open another part of the program (the order's invoices in the Finance tab).
    void navigate(const QString& target);

protected:
    void save() override;
    void reload() override;
    QString conflictText() const override;

private:
    void buildForm();
    void showOrder(const Order& order);
    void setEditable(bool editable);
    void customerPicked(const QJsonObject& row);
    void formEdited();
    void saveFailed(const Rpc::Error& error);
    void updateHeader();
    void updateTabTitles();
    void showNote(const QString& text);

    void updatePrint();

    OrderClient& m_client;
    Print::PrintMenu* m_print;
    Order m_order;
    Print::DeliveryNote::Company m_company;
    bool m_ready = false;
    bool m_editable = false;
    QLabel* m_number;
    StatusBadge* m_badge;
    QLabel* m_review;
    QLabel* m_note;
    EntityPicker* m_customer;
    QLineEdit* m_contact;
    QLineEdit* m_phone;
    QLineEdit* m_email;
    QPlainTextEdit* m_address;
    QDateEdit* m_orderDate;
    QDateEdit* m_requestedDate;
    QComboBox* m_channel;
    QLineEdit* m_externalRef;
    QTabWidget* m_sections;
    LineEditor* m_lines;
    QTreeWidget* m_shipments;
    QTreeWidget* m_returns;
    QTreeWidget* m_timeline;
    QPlainTextEdit* m_notes;
    OrderActions* m_actions;
    QPushButton* m_invoices;
};

} // namespace Erp::Client::Orders
