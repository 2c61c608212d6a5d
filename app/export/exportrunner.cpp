#include "app/export/exportrunner.h"

#include "app/export/tableexporter.h"

#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>
#include <QRegularExpression>
#include <QStandardPaths>

#include <climits>

namespace Erp::Client {

namespace {
ExportRunner::FileChooser& fileChooser()
{
    static ExportRunner::FileChooser chooser;
    return chooser;
}
} // namespace

void ExportRunner::setFileChooser(FileChooser chooser)
{
    fileChooser() = std::move(chooser);
}

ExportRunner::ExportRunner(ApiClient& api, QWidget* parent)
    : QObject(parent)
    , m_parent(parent)
    , m_exporter(new TableExporter(api, this))
{
    connect(m_exporter, &TableExporter::progress, this, [this](qint64 written, qint64 total) {
        if (!m_progress)
            return;
        const QLocale locale;
        // QProgressDialog counts in int: a share of 10,000 serves any number of rows.
        m_progress->setMaximum(10000);
        m_progress->setValue(total > 0 ? int(qMin<qint64>(written * 10000 / total, 9999)) : 0);
        m_progress->setLabelText(
            tr("Exporting… %1 of %2 rows written.")
                .arg(locale.toString(written),
                     locale.toString(total) +
                         (m_exporter->isTotalCapped() ? QStringLiteral("+") : QString())));
    });
    connect(m_exporter, &TableExporter::finished, this, [this](const QString& path, qint64 rows) {
        closeProgress();
        emit message(tr("%n row(s) exported to %1.", nullptr, int(qMin<qint64>(rows, INT_MAX)))
                         .arg(QDir::toNativeSeparators(path)));
        emit finished(path, rows);
    });
    connect(m_exporter, &TableExporter::canceled, this, [this] {
        closeProgress();
        emit message(tr("Export cancelled; no file was written."));
    });
    connect(m_exporter, &TableExporter::failed, this, [this](const QString& text) {
        closeProgress();
        emit message(text);
        auto* box = new QMessageBox(QMessageBox::Warning, tr("Export"),
                                    tr("The export failed; no file was written."), QMessageBox::Ok,
                                    m_parent);
        box->setObjectName(QStringLiteral("exportFailedBox"));
        box->setInformativeText(text);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        emit failed(text);
    });
}

ExportRunner::~ExportRunner()
{
    closeProgress();
}

QString ExportRunner::chooseFile(const QString& name, const QString& title) const
{
    QString base = name.simplified();
    base.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>| ]+")), QStringLiteral("-"));
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(QStringLiteral("%1-%2.xlsx")
                          .arg(base.toLower(), QDate::currentDate().toString(Qt::ISODate)));
    if (fileChooser())
        return fileChooser()(title, suggested);
    const QString xlsx = tr("Excel workbook (*.xlsx)");
    const QString csv = tr("CSV file, UTF-8 (*.csv)");
    QString filter = xlsx;
    QString path = QFileDialog::getSaveFileName(m_parent, title, suggested,
                                                xlsx + QStringLiteral(";;") + csv, &filter);
    if (path.isEmpty())
        return path;
    // The chosen file type decides the format, whatever the name ends in.
    const QString suffix = filter == csv ? QStringLiteral("csv") : QStringLiteral("xlsx");
    const QString current = QFileInfo(path).suffix().toLower();
    if (current != suffix) {
        if (current == QLatin1String("csv") || current == QLatin1String("xlsx"))
            path.chop(current.size() + 1);
        path += QLatin1Char('.') + suffix;
    }
    return path;
}

void ExportRunner::run(const ExportRequest& request, const QString& name, const QString& title)
{
    const QString path = chooseFile(name.isEmpty() ? tr("Export") : name, title);
    if (path.isEmpty())
        return;
    closeProgress();
    m_progress = new QProgressDialog(tr("Exporting…"), tr("Cancel"), 0, 0, m_parent);
    m_progress->setObjectName(QStringLiteral("exportProgress"));
    m_progress->setWindowTitle(title);
    m_progress->setWindowModality(Qt::WindowModal); // the list stays as it is being exported
    m_progress->setMinimumDuration(400);            // a quick export finishes without a flash
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    m_progress->setValue(0);
    connect(m_progress, &QProgressDialog::canceled, m_exporter, &TableExporter::cancel);
    m_exporter->start(request, path);
}

void ExportRunner::closeProgress()
{
    if (!m_progress)
        return;
    m_progress->disconnect(m_exporter);
    m_progress->hide();
    m_progress->deleteLater();
    m_progress = nullptr;
}

} // namespace Erp::Client
