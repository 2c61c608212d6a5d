#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>

class QFormLayout;
class QLabel;
class QWidget;

namespace Erp::Rpc {
struct Error;
}

namespace Erp::Client {

class RecordTable;

/// Shows a server's validation errors (-32022, `data.fields[{field, code, message}]`) in red
/// under the fields they concern, with a translated text chosen by the field error code; other
/// errors go to a general message label. Editing a field clears its error.
class FormErrors final : public QObject
{
    Q_OBJECT
public:
    explicit FormErrors(QObject* parent = nullptr);

    /// Adds a row "label: widget" to `layout` with a hidden error label under `widget`.
    /// `field` is the protocol's name of the value (e.g. "username"); required rows are marked.
    /// When `widget` is a composite (e.g. an edit with a Browse button), `editor` is the part
    /// that is watched for edits and focused on error.
    void addRow(QFormLayout* layout, const QString& label, const QString& field, QWidget* widget,
                bool required = false, QWidget* editor = nullptr);
    /// Binds an already placed widget; errors for `field` appear in `errorLabel`.
    void bind(const QString& field, QWidget* widget, QLabel* errorLabel);
    /// Errors of nested fields under `prefix` ("contacts[2].phone", or "contacts" itself) go
    /// to `table`, at the cell of that record; `rule` gives the translated rule of a nested
    /// field (e.g. which phone formats are taken), or is empty.
    void bindTable(const QString& prefix, RecordTable* table,
                   std::function<QString(const QString& field)> rule = {});
    /// A translated rule for `field` (e.g. "2–32 characters: a–z, 0–9"), added to the error
    /// text when the server says the value is invalid, too short or too long.
    void setRule(const QString& field, const QString& rule);
    /// A hidden red label for errors that concern no single field (or unknown fields).
    QLabel* createMessageLabel(QWidget* parent);

    /// Shows `error`: field errors under their fields, anything else in the message label.
    /// Returns true when at least one field error was placed under a field.
    bool show(const Rpc::Error& error);
    void showField(const QString& field, const QString& text);
    void showMessage(const QString& text);
    void clear();

    bool hasErrors() const;
    /// The text currently shown under `field` (empty when none).
    QString fieldError(const QString& field) const;
    QString message() const;
    QWidget* widget(const QString& field) const;

    /// A label text with the required-field marker.
    static QString requiredLabel(const QString& label);

signals:
    /// The user changed a bound field.
    void edited();

private slots:
    void fieldEdited();

private:
    struct Binding
    {
        QPointer<QWidget> widget;
        QPointer<QLabel> label;
    };
    void watch(QWidget* widget);
    static QLabel* makeErrorLabel(QWidget* parent);

    struct TableBinding
    {
        QPointer<RecordTable> table;
        std::function<QString(const QString&)> rule;
    };
    bool showInTable(const QString& field, const QString& code, const QString& text,
                     const QString& generic);

    QHash<QString, Binding> m_fields;
    QHash<QString, TableBinding> m_tables;
    QHash<QString, QString> m_rules;
    QPointer<QLabel> m_message;
};

} // namespace Erp::Client
