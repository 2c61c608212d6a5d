#include "app/widgets/formdialog.h"

#include "app/net/errortext.h"
#include "app/widgets/busyindicator.h"
#include "app/widgets/formerrors.h"
#include "common/jsonrpc.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace Erp::Client {

FormDialog::FormDialog(QWidget* parent)
    : QDialog(parent)
    , m_errors(new FormErrors(this))
    , m_body(new QVBoxLayout(this))
    , m_form(new QFormLayout)
    , m_buttons(new QHBoxLayout)
    , m_busyIndicator(new BusyIndicator(this))
    , m_save(new QPushButton(tr("Save"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
{
    m_body->addWidget(m_errors->createMessageLabel(this));
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    m_form->setFormAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_body->addLayout(m_form);

    m_buttons->addWidget(m_busyIndicator);
    m_buttons->addStretch(1);
    m_buttons->addWidget(m_cancel);
    m_buttons->addWidget(m_save); // the primary action on the right
    m_body->addStretch(1);
    m_body->addLayout(m_buttons);

    m_save->setDefault(true);
    m_cancel->setAutoDefault(false);
    connect(m_save, &QPushButton::clicked, this, [this] {
        if (!m_busy)
            save();
    });
    connect(m_cancel, &QPushButton::clicked, this, &FormDialog::reject);
    connect(m_errors, &FormErrors::edited, this, &FormDialog::markDirty);
}

FormDialog::~FormDialog() = default;

void FormDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_busyIndicator->setRunning(busy);
    m_save->setEnabled(!busy);
}

void FormDialog::markClean()
{
    m_dirty = false;
}

void FormDialog::markDirty()
{
    m_dirty = true;
}

void FormDialog::reject()
{
    if (m_dirty) {
        QMessageBox box(QMessageBox::Question, windowTitle(), tr("Discard your changes?"),
                        QMessageBox::NoButton, this);
        box.setInformativeText(tr("The changes you made in this form have not been saved."));
        QPushButton* discard = box.addButton(tr("Discard"), QMessageBox::DestructiveRole);
        QPushButton* keep = box.addButton(tr("Keep Editing"), QMessageBox::RejectRole);
        box.setDefaultButton(keep);
        box.exec();
        if (box.clickedButton() != discard)
            return;
    }
    QDialog::reject();
}

void FormDialog::showSaveError(const Rpc::Error& error)
{
    setBusy(false);
    if (error.code == Rpc::VersionConflict) {
        QMessageBox box(QMessageBox::Warning, windowTitle(), conflictText(), QMessageBox::NoButton,
                        this);
        box.setInformativeText(
            canShowChanges()
                ? tr("Reload to see their version (your edits in this form will be lost), "
                     "compare their version with yours first, or keep editing.")
                : tr("Reload to see their changes (your edits in this form will be lost), or "
                     "keep editing and copy your changes first."));
        QPushButton* reloadButton = box.addButton(tr("Reload"), QMessageBox::AcceptRole);
        QPushButton* changes = canShowChanges()
                                   ? box.addButton(tr("Show Changes…"), QMessageBox::ActionRole)
                                   : nullptr;
        box.addButton(tr("Keep Editing"), QMessageBox::RejectRole);
        box.setDefaultButton(reloadButton);
        box.exec();
        if (box.clickedButton() == reloadButton) {
            m_errors->clear();
            reload();
        } else if (changes && box.clickedButton() == changes) {
            m_errors->showMessage(ErrorText::describe(error));
            showChanges();
        } else {
            m_errors->showMessage(ErrorText::describe(error));
        }
        return;
    }
    m_errors->show(error);
}

QString FormDialog::conflictText() const
{
    return tr("Someone else changed this record while you were editing it.");
}

void FormDialog::finishSaved()
{
    setBusy(false);
    m_dirty = false;
    QDialog::accept();
}

} // namespace Erp::Client
