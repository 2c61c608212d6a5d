#pragma once

#include "app/export/exportwriter.h"
#include "app/models/column.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>

#include <memory>

namespace Erp::Rpc {
struct Error;
}

namespace Erp::Client {

class ApiClient;

/// What to export: a list method with the list's own parameters, or rows the client holds.
struct ExportRequest
{
    /// The list method (`{filter, search, sort, offset|after, limit}` -> `{rows, total,
    /// next_after?, total_capped?}`); empty when `rows` are given.
    QString method;
    QJsonObject filter;
    QString search;
    QString sort;
    /// The columns to write, in this order (the list's visible columns in their visual order).
    QList<Column> columns;
    /// Rows already in the client (a selection, a list that is not paged): written as they are.
    QList<QJsonObject> rows;
    /// The sheet's name in an XLSX file.
    QString title;
};

/// Streams a list into a CSV or XLSX file page by page: it asks the list method for 1,000
/// rows at a time with the list's filter, search and sort (keyset `after` when the server
/// offers `next_after`, the offset otherwise), converts each page with ExportCell and hands it
/// to the ExportWriter before asking for the next, so memory does not grow with the list. The
/// file appears only when every row is written: cancel() or an error (disconnect, permission)
/// leave no file behind.
///
/// A column whose field is absent from every row of the first page (a protected field the
/// caller may not see, e.g. product cost without inventory.cost) is left out of the file; a
/// field absent from some rows only is an empty cell. Columns that compute their text from
/// other fields (`Column::text`) are always kept.
class TableExporter final : public QObject
{
    Q_OBJECT
public:
    /// Rows per request: the server's maximum.
    static constexpr int PageSize = 1000;

    explicit TableExporter(ApiClient& api, QObject* parent = nullptr);
    ~TableExporter() override;

    /// Starts writing `request` to `path` (CSV or XLSX by the suffix); a running export is
    /// cancelled first.
    void start(const ExportRequest& request, const QString& path);
    /// Stops, deletes what was written and emits canceled().
    void cancel();
    bool isRunning() const { return m_running; }

    qint64 rowsWritten() const { return m_written; }
    /// The number of rows to write (a lower bound while isTotalCapped()).
    qint64 total() const { return m_total; }
    bool isTotalCapped() const { return m_capped; }
    /// The columns written (absent protected fields removed), once the first page arrived.
    const QList<Column>& writtenColumns() const { return m_columns; }
    /// Requests sent for the running or last export (tests check the paging).
    int requestCount() const { return m_requests; }

signals:
    void progress(qint64 written, qint64 total);
    void finished(const QString& path, qint64 rows);
    void failed(const QString& message);
    void canceled();

private:
    void requestPage();
    void pageArrived(const QJsonObject& result);
    bool writePage(const QList<QJsonObject>& rows);
    bool openWriter(const QList<QJsonObject>& firstRows);
    void fail(const QString& message);
    void complete();
    void reset();

    ApiClient& m_api;
    ExportRequest m_request;
    QString m_path;
    QList<Column> m_columns;
    std::unique_ptr<ExportWriter> m_writer;
    QPointer<QObject> m_call; ///< context of the request in flight: deleting it drops the reply
    QJsonArray m_after;
    qint64 m_written = 0;
    qint64 m_total = 0;
    bool m_capped = false;
    bool m_running = false;
    int m_requests = 0;
};

} // namespace Erp::Client
