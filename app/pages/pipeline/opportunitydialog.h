#pragma once

#include "app/pages/pipeline/pipelineclient.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace Erp::Client {
class EntityPicker;
}

namespace Erp::Client::Pipeline {

/// An opportunity's form: title, customer, contact, expected revenue, probability, expected
/// close, notes and the products of interest; Save, Win (the server makes the draft order,
/// which opens) and Lose (a reason from the configured list).
class OpportunityDialog final : public QDialog
{
    Q_OBJECT
public:
    /// `id` 0: a new opportunity.
    OpportunityDialog(const PipelineClient& client, qint64 id, QWidget* parent = nullptr);

    QLineEdit* titleEdit() const { return m_title; }
    QLineEdit* amountEdit() const { return m_amount; }
    EntityPicker* customerPicker() const { return m_customer; }
    EntityPicker* productPicker() const { return m_product; }
    QTableWidget* products() const { return m_products; }
    QPushButton* saveButton() const { return m_save; }
    QPushButton* winButton() const { return m_win; }
    QPushButton* loseButton() const { return m_lose; }
    QLabel* errorLabel() const { return m_error; }
    /// Wins with the reason chosen (tests) instead of asking.
    void lose(qint64 reasonId);

signals:
    void changed();
    void orderCreated(qint64 orderId);
    void loaded();

private:
    void load(const QJsonObject& o);
    QJsonObject fields() const;
    void save();
    void win();
    void askLose();
    void addProduct();
    void fail(const Rpc::Error& e);

    PipelineClient m_client;
    QJsonObject m_record;
    QLineEdit* m_title;
    EntityPicker* m_customer;
    QLineEdit* m_contact;
    QLineEdit* m_amount;
    QSpinBox* m_probability;
    QLineEdit* m_close;
    QPlainTextEdit* m_notes;
    EntityPicker* m_product;
    QLineEdit* m_qty;
    QTableWidget* m_products;
    QLabel* m_state;
    QLabel* m_error;
    QPushButton* m_save;
    QPushButton* m_win;
    QPushButton* m_lose;
};

} // namespace Erp::Client::Pipeline
