#include "app/pages/customers/customerexporter.h"

#include "app/net/errortext.h"
#include "app/pages/customers/customerclient.h"

#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QProgressDialog>
#include <QSaveFile>
#include <QStandardPaths>

namespace Erp::Client::Customers {

CustomerExporter::CustomerExporter(CustomerClient& client, QWidget* parent)
    : QObject(parent)
    , m_client(client)
    , m_parent(parent)
{}

void CustomerExporter::exportInteractive(const CustomerQuery& query, const QString& what)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name =
        QStringLiteral("customers-%1.csv").arg(QDate::currentDate().toString(Qt::ISODate));
    const QString title = tr("Export %1").arg(what);
    const QString suggested = QDir(dir).filePath(name);
    const QString path = m_chooser ? m_chooser(title, suggested) : askForFile(title, suggested);
    if (!path.isEmpty())
        exportTo(query, path);
}

QString CustomerExporter::askForFile(const QString& title, const QString& suggested)
{
    const QString csv = tr("CSV file, UTF-8 (*.csv)");
    const QString xlsx = tr("Excel workbook (*.xlsx)");
    QString filter = csv;
    QString path = QFileDialog::getSaveFileName(m_parent, title, suggested,
                                                csv + QStringLiteral(";;") + xlsx, &filter);
    if (path.isEmpty())
        return path;
    // The chosen file type decides the format, whatever the name ends in.
    const QString suffix = filter == xlsx ? QStringLiteral("xlsx") : QStringLiteral("csv");
    const QString current = QFileInfo(path).suffix().toLower();
    if (current != suffix) {
        if (current == QLatin1String("csv") || current == QLatin1String("xlsx"))
            path.chop(current.size() + 1);
        path += QLatin1Char('.') + suffix;
    }
    return path;
}

void CustomerExporter::exportTo(const CustomerQuery& query, const QString& path)
{
    stop();
    const QString format = QFileInfo(path).suffix().toLower() == QLatin1String("xlsx")
                               ? QStringLiteral("xlsx")
                               : QStringLiteral("csv");
    m_job = new QObject(this);
    m_progress =
        new QProgressDialog(tr("The server is preparing the file…"), tr("Cancel"), 0, 0, m_parent);
    m_progress->setWindowTitle(tr("Export"));
    m_progress->setValue(0);
    m_progress->setMinimumDuration(400); // quick exports finish without a flash
    connect(m_progress, &QProgressDialog::canceled, this, &CustomerExporter::stop);
    m_client.exportCustomers(
        query, format, m_job, [this, path](const ExportFile& file) { done(path, file); },
        [this](const Rpc::Error& error) {
            stop();
            emit failed(tr("The export failed. %1").arg(ErrorText::describe(error)));
        });
}

void CustomerExporter::done(const QString& path, const ExportFile& file)
{
    stop();
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(file.content) != file.content.size() ||
        !out.commit()) {
        emit failed(tr("The file %1 could not be written: %2")
                        .arg(QDir::toNativeSeparators(path), out.errorString()));
        return;
    }
    emit finished(path, file.rows);
}

void CustomerExporter::stop()
{
    delete m_job;
    if (m_progress) {
        m_progress->disconnect(this);
        m_progress->hide();
        m_progress->deleteLater();
    }
}

} // namespace Erp::Client::Customers
