#pragma once

#include "app/pages/customers/customertypes.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QProgressDialog;
class QWidget;

namespace Erp::Client::Customers {

class CustomerClient;

/// Exports customers to a CSV or XLSX file: asks where to save (the file type picks the
/// format), shows progress with Cancel while the server builds the file, and writes the
/// bytes it returns.
class CustomerExporter final : public QObject
{
    Q_OBJECT
public:
    CustomerExporter(CustomerClient& client, QWidget* parent);

    /// Asks for a file name, then exports `query` to it. `what` describes the rows in the
    /// dialog title (e.g. "3 customers").
    void exportInteractive(const CustomerQuery& query, const QString& what);
    /// Exports `query` to `path` without asking; the suffix (.csv or .xlsx) picks the format.
    void exportTo(const CustomerQuery& query, const QString& path);
    bool isRunning() const { return m_job != nullptr; }

    /// Asks the user for the file to write: (dialog title, suggested path) -> chosen path
    /// with .csv or .xlsx, or empty to cancel. The default is a QFileDialog; tests replace it.
    using FileChooser = std::function<QString(const QString& title, const QString& suggested)>;
    void setFileChooser(FileChooser chooser) { m_chooser = std::move(chooser); }

signals:
    void finished(const QString& path, int rows);
    void failed(const QString& message);

private:
    QString askForFile(const QString& title, const QString& suggested);
    void done(const QString& path, const ExportFile& file);
    void stop();

    CustomerClient& m_client;
    QWidget* m_parent;
    QPointer<QObject> m_job; ///< the running export; deleting it drops the late reply
    QPointer<QProgressDialog> m_progress;
    FileChooser m_chooser;
};

} // namespace Erp::Client::Customers
