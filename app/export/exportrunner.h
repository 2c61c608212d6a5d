#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

class QProgressDialog;
class QWidget;

namespace Erp::Client {

class ApiClient;
class TableExporter;
struct ExportRequest;

/// The interactive side of an export, the same on every screen: asks for the file (XLSX or CSV
/// by the file dialog's filter), runs a TableExporter with a progress dialog (rows written of
/// the total, Cancel), and reports the outcome — a one-line text for the screen's status line
/// and, on failure, a message box saying that no file was written.
class ExportRunner final : public QObject
{
    Q_OBJECT
public:
    ExportRunner(ApiClient& api, QWidget* parent);
    ~ExportRunner() override;

    /// Asks for a file named after `name` ("Customers" -> customers-2026-12-07.xlsx), then
    /// exports `request`; `title` heads the dialogs.
    void run(const ExportRequest& request, const QString& name, const QString& title);
    TableExporter* exporter() const { return m_exporter; }

    /// Picks the file to write ((title, suggested path) -> path, empty = cancelled); the file
    /// dialog when none is set. For tests and scripts; applies to every screen.
    using FileChooser = std::function<QString(const QString& title, const QString& suggested)>;
    static void setFileChooser(FileChooser chooser);

signals:
    void finished(const QString& path, qint64 rows);
    void failed(const QString& message);
    /// A line for the screen's status area ("2,500 rows exported to …", "Export cancelled…").
    void message(const QString& text);

private:
    QString chooseFile(const QString& name, const QString& title) const;
    void closeProgress();

    QWidget* m_parent;
    TableExporter* m_exporter;
    QPointer<QProgressDialog> m_progress;
};

} // namespace Erp::Client
