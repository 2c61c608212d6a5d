#include "app/localbackup.h"

#include "app/net/apiclient.h"
#include "app/net/embeddedtransport.h"

#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>

namespace Erp::Client {

namespace {

EmbeddedTransport* embedded(const ApiClient& api)
{
    return api.isLocal() ? qobject_cast<EmbeddedTransport*>(api.transport()) : nullptr;
}

} // namespace

LocalBackup::LocalBackup(ApiClient& api, QWidget* window)
    : QObject(window)
    , m_api(api)
    , m_window(window)
{}

bool LocalBackup::isAvailable() const
{
    return embedded(m_api) != nullptr;
}

QString LocalBackup::suggestedName(const QString& companyFile)
{
    const QFileInfo info(companyFile);
    return info.dir().filePath(
        QStringLiteral("%1-backup-%2.erp")
            .arg(info.completeBaseName(),
                 QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmm"))));
}

void LocalBackup::start()
{
    EmbeddedTransport* transport = embedded(m_api);
    if (!transport || m_running)
        return;
    QString file = QFileDialog::getSaveFileName(
        m_window, tr("Back Up Company File"),
        QDir::toNativeSeparators(suggestedName(transport->options().file)),
        tr("Company files (*.erp);;All files (*)"));
    if (file.isEmpty())
        return;
    if (QFileInfo(file).suffix().isEmpty())
        file += QStringLiteral(".erp");
    backUpTo(file);
}

bool LocalBackup::backUpTo(const QString& file)
{
    EmbeddedTransport* transport = embedded(m_api);
    QString problem;
    if (!transport)
        problem = tr("Only a company file opened on this computer can be backed up here; a "
                     "server's backups are under Admin ▸ Backup.");
    else if (m_running)
        problem = tr("A backup is being written already. Wait until it is done.");
    else if (QFileInfo(file).absoluteFilePath() ==
             QFileInfo(transport->options().file).absoluteFilePath())
        problem = tr("Choose another file: a backup cannot replace the open company file.");
    if (!problem.isEmpty()) {
        auto* box = new QMessageBox(QMessageBox::Warning, tr("Back Up"), problem, QMessageBox::Ok,
                                    m_window);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        emit finished(false, problem);
        return false;
    }
    connect(transport, &EmbeddedTransport::backupFinished, this, &LocalBackup::done,
            Qt::UniqueConnection);
    if (!transport->backUp(file))
        return false;
    m_running = true;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    return true;
}

void LocalBackup::done(const QString& target, qint64 size, const QString& error)
{
    if (!m_running)
        return;
    m_running = false;
    QApplication::restoreOverrideCursor();
    const bool ok = error.isEmpty();
    const QString message =
        ok ? tr("The company file was backed up to %1 (%2). To use the backup, open it with "
                "File ▸ Open Company.")
                 .arg(QDir::toNativeSeparators(target), QLocale().formattedDataSize(size))
           : tr("The backup could not be written: %1").arg(error);
    if (m_window) {
        auto* box = new QMessageBox(ok ? QMessageBox::Information : QMessageBox::Warning,
                                    tr("Back Up"), message, QMessageBox::Ok, m_window);
        box->setObjectName(QStringLiteral("localBackupResult"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
    emit finished(ok, message);
}

} // namespace Erp::Client
