#pragma once

#include "app/pages/pipeline/pipelineclient.h"

#include <QDialog>
#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableWidget;

namespace Erp::Client::Pipeline {

/// A lead's form: name, kind, contact, phone, e-mail, source, campaign, region, notes.
class LeadDialog final : public QDialog
{
    Q_OBJECT
public:
    LeadDialog(const PipelineClient& client, const QJsonObject& lead, QWidget* parent = nullptr);
    QLineEdit* nameEdit() const { return m_name; }
    QLineEdit* phoneEdit() const { return m_phone; }
    QLineEdit* emailEdit() const { return m_email; }
    QLabel* errorLabel() const { return m_error; }
    void save();

signals:
    void saved(const QJsonObject& lead);

private:
    PipelineClient m_client;
    QJsonObject m_lead;
    QLineEdit* m_name;
    QComboBox* m_kind;
    QLineEdit* m_contact;
    QLineEdit* m_phone;
    QLineEdit* m_email;
    QComboBox* m_source;
    QLineEdit* m_campaign;
    QLineEdit* m_region;
    QPlainTextEdit* m_notes;
    QLabel* m_error;
};

/// The leads of the Customers tab: list (new and qualified first), New (Ctrl+N), Enter opens,
/// Qualify (makes the opportunity), Convert (the customer duplicate check: link an existing
/// customer or create one) and Lose.
class LeadList final : public QWidget
{
    Q_OBJECT
public:
    explicit LeadList(ApiClient& api, QWidget* parent = nullptr);

    void refresh();
    void openLead(qint64 id);
    /// Converts the selected lead; duplicates are shown in a DuplicatesDialog first.
    void convertSelected();
    void qualifySelected();

    QTableWidget* table() const { return m_table; }
    QAction* newAction() const { return m_new; }
    QAction* convertAction() const { return m_convert; }
    QLabel* message() const { return m_message; }

signals:
    void loaded();
    void dialogOpened(QDialog* dialog);
    /// A lead was converted (customer id) or qualified.
    void converted(qint64 customerId);

private:
    QJsonObject selected() const;
    void convert(const QJsonObject& lead, qint64 customerId, bool allowDuplicates);

    PipelineClient m_client;
    QTableWidget* m_table;
    QLabel* m_message;
    QAction* m_new;
    QAction* m_qualify;
    QAction* m_convert;
    QList<QJsonObject> m_rows;
};

} // namespace Erp::Client::Pipeline
