#include "app/print/output.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QPrintPreviewDialog>
#include <QPushButton>
#include <QStandardPaths>
#include <QUrl>

namespace Erp::Client::Print {

void DocumentOutput::present(QWidget* owner, Mode mode, const QString& title,
                             const QString& fileName, const Paint& paint, const WritePdf& writePdf)
{
    if (mode == Mode::Preview) {
        QPrinter printer(QPrinter::HighResolution);
        printer.setPageSize(QPageSize(QPageSize::A4));
        printer.setDocName(title);
        QPrintPreviewDialog preview(&printer, owner);
        preview.setWindowTitle(tr("Print %1").arg(title));
        QObject::connect(&preview, &QPrintPreviewDialog::paintRequested, &preview,
                         [&paint](QPrinter* device) { paint(*device); });
        preview.exec();
        return;
    }
    if (mode == Mode::Print) {
        QPrinter printer(QPrinter::HighResolution);
        printer.setPageSize(QPageSize(QPageSize::A4));
        printer.setDocName(title);
        QPrintDialog dialog(&printer, owner);
        dialog.setWindowTitle(tr("Print %1").arg(title));
        if (dialog.exec() == QDialog::Accepted && !paint(printer))
            QMessageBox::warning(owner, title, tr("The printer could not be used."));
        return;
    }
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path =
        QFileDialog::getSaveFileName(owner, tr("Save %1 as PDF").arg(title),
                                     QDir(dir).filePath(fileName), tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!writePdf(path, &error)) {
        QMessageBox::warning(owner, title, error);
        return;
    }
    QMessageBox box(QMessageBox::Information, title,
                    tr("%1 was saved as %2.").arg(title, QDir::toNativeSeparators(path)),
                    QMessageBox::NoButton, owner);
    QPushButton* open = box.addButton(tr("Open It"), QMessageBox::AcceptRole);
    box.addButton(tr("Close"), QMessageBox::RejectRole);
    box.setDefaultButton(open);
    box.exec();
    if (box.clickedButton() == open)
        QDesktopServices::openUrl(QUrl::fromLocalFile(path));
}

} // namespace Erp::Client::Print
