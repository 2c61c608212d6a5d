#pragma once

#include <QDialog>

class QFormLayout;
class QHBoxLayout;
class QPushButton;
class QVBoxLayout;

namespace Erp::Rpc {
struct Error;
}

namespace Erp::Client {

class BusyIndicator;
class FormErrors;

/// The base of every record dialog: a form with labels aligned and required fields marked,
/// server errors under the fields, the primary action on the right (Enter saves, Esc cancels),
/// a busy state while the server answers, and a question before unsaved edits are dropped.
/// A version conflict (-32009) offers to reload the record.
class FormDialog : public QDialog
{
    Q_OBJECT
public:
    explicit FormDialog(QWidget* parent = nullptr);
    ~FormDialog() override;

    FormErrors& errors() const { return *m_errors; }
    QPushButton* saveButton() const { return m_save; }
    QPushButton* cancelButton() const { return m_cancel; }
    bool isDirty() const { return m_dirty; }
    bool isBusy() const { return m_busy; }

    /// Cancels; asks first when there are unsaved edits.
    void reject() override;

protected:
    /// The form rows go here (use errors().addRow(form(), ...)).
    QFormLayout* form() const { return m_form; }
    /// Extra content below the form (e.g. a checklist).
    QVBoxLayout* body() const { return m_body; }
    QHBoxLayout* buttonRow() const { return m_buttons; }

    /// Called on Save / Enter: validate locally, then send the call.
    virtual void save() = 0;
    /// Called when the user chose to reload after a version conflict.
    virtual void reload() {}
    /// The sentence of the version-conflict question.
    virtual QString conflictText() const;
    /// When true, the version-conflict question also offers "Show Changes…", which calls
    /// showChanges() (the user's edits stay in the form until they choose).
    virtual bool canShowChanges() const { return false; }
    virtual void showChanges() {}

    void setBusy(bool busy);
    /// The current values are the saved ones.
    void markClean();
    void markDirty();
    /// Shows a failed save: field errors under the fields, a conflict dialog for -32009,
    /// otherwise a message above the form.
    void showSaveError(const Rpc::Error& error);
    /// Closes the dialog as saved.
    void finishSaved();

private:
    FormErrors* m_errors;
    QVBoxLayout* m_body;
    QFormLayout* m_form;
    QHBoxLayout* m_buttons;
    BusyIndicator* m_busyIndicator;
    QPushButton* m_save;
    QPushButton* m_cancel;
    bool m_dirty = false;
    bool m_busy = false;
};

} // namespace Erp::Client
