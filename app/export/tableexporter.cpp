#include "app/export/tableexporter.h"

#include "app/net/apiclient.h"
#include "app/net/errortext.h"
#include "common/jsonrpc.h"

#include <QDir>
#include <QTimer>

namespace Erp::Client {

TableExporter::TableExporter(ApiClient& api, QObject* parent)
    : QObject(parent)
    , m_api(api)
{}

TableExporter::~TableExporter()
{
    reset();
}

void TableExporter::reset()
{
    delete m_call.data(); // a reply still on its way is dropped
    if (m_writer)
        m_writer->abort();
    m_writer.reset();
    m_running = false;
}

void TableExporter::start(const ExportRequest& request, const QString& path)
{
    if (m_running)
        cancel();
    m_request = request;
    m_path = path;
    m_columns.clear();
    m_after = QJsonArray();
    m_written = 0;
    m_total = 0;
    m_capped = false;
    m_requests = 0;
    m_running = true;
    if (m_request.method.isEmpty()) {
        // Rows the client holds: written in one go, still after start() returns.
        QTimer::singleShot(0, this, [this] {
            if (!m_running)
                return;
            m_total = m_request.rows.size();
            const QList<QJsonObject> rows = std::exchange(m_request.rows, {});
            if (openWriter(rows) && writePage(rows))
                complete();
        });
        return;
    }
    requestPage();
}

void TableExporter::cancel()
{
    if (!m_running)
        return;
    reset();
    emit canceled();
}

void TableExporter::requestPage()
{
    QJsonObject params{{QStringLiteral("limit"), PageSize}};
    if (m_after.isEmpty())
        params.insert(QStringLiteral("offset"), m_written);
    else
        params.insert(QStringLiteral("after"), m_after); // keyset: page N costs what page 1 costs
    if (!m_request.filter.isEmpty())
        params.insert(QStringLiteral("filter"), m_request.filter);
    if (!m_request.search.isEmpty())
        params.insert(QStringLiteral("search"), m_request.search);
    if (!m_request.sort.isEmpty())
        params.insert(QStringLiteral("sort"), m_request.sort);
    auto* call = new QObject(this);
    m_call = call;
    ++m_requests;
    m_api.call(
        m_request.method, params, call,
        [this, call](const QJsonValue& result) {
            call->deleteLater();
            pageArrived(result.toObject());
        },
        [this, call](const Rpc::Error& error) {
            call->deleteLater();
            fail(tr("The export stopped: %1").arg(ErrorText::describe(error)));
        });
}

void TableExporter::pageArrived(const QJsonObject& result)
{
    if (!m_running)
        return;
    const QJsonArray array = result.value(QLatin1String("rows")).toArray();
    QList<QJsonObject> rows;
    rows.reserve(array.size());
    for (const QJsonValue& v : array)
        rows.append(v.toObject());
    if (m_requests == 1) {
        m_total = result.value(QLatin1String("total")).toInteger(rows.size());
        m_capped = result.value(QLatin1String("total_capped")).toBool();
        if (!openWriter(rows))
            return;
    }
    if (!writePage(rows))
        return;
    const bool last = rows.size() < PageSize;
    if (last) {
        m_total = m_written; // the end of the list: now the total is exact
        m_capped = false;
        complete();
        return;
    }
    m_total = qMax(m_total, m_written);
    m_after = result.value(QLatin1String("next_after")).toArray(); // null or absent: offset
    requestPage();
}

bool TableExporter::openWriter(const QList<QJsonObject>& firstRows)
{
    // A field the server left out of every row of the first page is one the caller may not
    // see (field permissions): its column is left out rather than written empty. A column
    // that computes its text from the row is kept.
    for (const Column& c : std::as_const(m_request.columns)) {
        bool present = firstRows.isEmpty() || (c.text && c.exportType() == Column::Export::Text);
        for (qsizetype i = 0; !present && i < firstRows.size(); ++i)
            present = firstRows.at(i).contains(c.key);
        if (present)
            m_columns.append(c);
    }
    m_writer = ExportWriter::create(ExportWriter::formatOf(m_path));
    if (!m_writer->open(m_path, m_columns, m_request.title)) {
        fail(tr("The file %1 cannot be written: %2")
                 .arg(QDir::toNativeSeparators(m_path), m_writer->errorString()));
        return false;
    }
    QList<QList<ExportCell>> sample;
    sample.reserve(firstRows.size());
    for (const QJsonObject& row : firstRows) {
        QList<ExportCell> cells;
        cells.reserve(m_columns.size());
        for (const Column& c : std::as_const(m_columns))
            cells.append(ExportCell::of(c, row));
        sample.append(cells);
    }
    m_writer->sample(sample);
    return true;
}

bool TableExporter::writePage(const QList<QJsonObject>& rows)
{
    QList<ExportCell> cells;
    cells.reserve(m_columns.size());
    for (const QJsonObject& row : rows) {
        cells.clear();
        for (const Column& c : std::as_const(m_columns))
            cells.append(ExportCell::of(c, row));
        if (!m_writer->writeRow(cells)) {
            fail(tr("The file %1 cannot be written: %2")
                     .arg(QDir::toNativeSeparators(m_path), m_writer->errorString()));
            return false;
        }
        ++m_written;
    }
    emit progress(m_written, qMax(m_total, m_written));
    return true;
}

void TableExporter::complete()
{
    const bool ok = m_writer->finish();
    const QString error = m_writer->errorString();
    m_writer.reset();
    m_running = false;
    if (!ok) {
        emit failed(
            tr("The file %1 cannot be written: %2").arg(QDir::toNativeSeparators(m_path), error));
        return;
    }
    emit finished(m_path, m_written);
}

void TableExporter::fail(const QString& message)
{
    reset();
    emit failed(message);
}

} // namespace Erp::Client
