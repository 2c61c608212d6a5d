#include "app/models/remotetablemodel.h"

#include "app/models/format.h"
#include "app/net/apiclient.h"
#include "app/net/errortext.h"

#include <QJsonArray>

namespace Erp::Client {

namespace {
constexpr int MaxLimit = 1000; ///< the server's cap per request
}

RemoteTableModel::RemoteTableModel(ApiClient& api, QString method, QList<Column> columns,
                                   QObject* parent)
    : QAbstractTableModel(parent)
    , m_api(api)
    , m_method(std::move(method))
    , m_columns(std::move(columns))
{
    m_changeTimer.setSingleShot(true);
    m_changeTimer.setInterval(150);
    connect(&m_changeTimer, &QTimer::timeout, this, [this] {
        if (m_reloadPending)
            reload();
        else
            refresh();
    });
    connect(&m_api, &ApiClient::eventChanged, this, [this](const QString& entity, qint64 id) {
        const bool follows = m_entity == QLatin1String("*") || entity == m_entity;
        if (m_entity.isEmpty() || !follows || !m_loaded)
            return;
        // id 0: many records changed (an import, a merge). Re-reading what is loaded covers
        // that too, unless more is loaded than a refresh re-reads: then start from the top.
        if (id == 0 && m_rows.size() > m_keepRows)
            m_reloadPending = true;
        m_changeTimer.start();
    });
    // Changes made while the connection was down were not pushed to us.
    connect(&m_api, &ApiClient::resumed, this, [this] {
        if (m_loaded)
            refresh();
        else if (m_failed)
            reload();
    });
}

RemoteTableModel::~RemoteTableModel() = default;

void RemoteTableModel::setEntity(const QString& entity)
{
    m_entity = entity;
}

void RemoteTableModel::setPageSize(int rows)
{
    m_pageSize = qBound(1, rows, MaxLimit);
}

void RemoteTableModel::setFilter(const QJsonObject& filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    if (m_started)
        reload();
}

void RemoteTableModel::setSearch(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_search)
        return;
    m_search = trimmed;
    if (m_started)
        reload();
}

void RemoteTableModel::setSortExpression(const QString& sort)
{
    if (sort == m_sort)
        return;
    m_sort = sort;
    if (m_started)
        reload();
}

void RemoteTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= m_columns.size() || !m_columns.at(column).sortable)
        return;
    const QString key = m_columns.at(column).serverSortKey();
    setSortExpression(order == Qt::AscendingOrder ? key : QLatin1Char('-') + key);
}

void RemoteTableModel::reload()
{
    m_changeTimer.stop();
    m_reloadPending = false;
    m_loaded = false;
    m_failed = false;
    request(Mode::Replace, 0, m_pageSize);
}

void RemoteTableModel::refresh()
{
    m_changeTimer.stop();
    m_reloadPending = false;
    if (!m_loaded) {
        reload();
        return;
    }
    m_failed = false;
    m_refreshed = Page();
    m_refreshTarget = qMin(qMax(m_pageSize, int(m_rows.size())), m_keepRows);
    request(Mode::Refresh, 0, qMin(m_refreshTarget, MaxLimit));
}

void RemoteTableModel::request(Mode mode, qint64 offset, int limit, const QJsonArray& after)
{
    m_started = true;
    const quint64 generation = ++m_generation;
    QJsonObject params{{QStringLiteral("limit"), limit}};
    if (after.isEmpty())
        params.insert(QStringLiteral("offset"), offset);
    else
        params.insert(QStringLiteral("after"), after); // keyset: deep pages cost what page 1 costs
    if (!m_filter.isEmpty())
        params.insert(QStringLiteral("filter"), m_filter);
    if (!m_search.isEmpty())
        params.insert(QStringLiteral("search"), m_search);
    if (!m_sort.isEmpty())
        params.insert(QStringLiteral("sort"), m_sort);
    setBusy(true);
    m_api.call(
        m_method, params, this,
        [this, generation, mode, limit, after](const QJsonValue& result) {
            if (generation != m_generation)
                return; // superseded by a newer request
            Page page = pageOf(result.toObject());
            page.requestedAfter = after;
            received(mode, limit, std::move(page));
        },
        [this, generation](const Rpc::Error& error) {
            if (generation != m_generation)
                return;
            m_failed = true;
            m_lastError = ErrorText::describe(error);
            setBusy(false);
            emit loadFailed(error);
        });
}

RemoteTableModel::Page RemoteTableModel::pageOf(const QJsonObject& result)
{
    Page page;
    const QJsonArray array = result.value(QLatin1String("rows")).toArray();
    page.rows.reserve(array.size());
    for (const QJsonValue& v : array)
        page.rows.append(v.toObject());
    page.total = result.value(QLatin1String("total")).toInteger(page.rows.size());
    page.capped = result.value(QLatin1String("total_capped")).toBool();
    page.nextAfter = result.value(QLatin1String("next_after")).toArray(); // null -> empty
    return page;
}

void RemoteTableModel::received(Mode mode, int limit, Page page)
{
    page.complete = page.rows.size() < limit;
    if (mode == Mode::Refresh) {
        // A refresh reads the loaded range in pages of at most 1000 rows, then applies them
        // at once.
        const bool first = m_refreshed.rows.isEmpty();
        m_refreshed.rows.append(page.rows);
        if (first) {
            m_refreshed.total = page.total;
            m_refreshed.capped = page.capped;
        }
        m_refreshed.nextAfter = page.nextAfter;
        m_refreshed.complete = page.complete;
        const int collected = int(m_refreshed.rows.size());
        if (!page.complete && collected < m_refreshTarget) {
            request(Mode::Refresh, collected, qMin(m_refreshTarget - collected, MaxLimit),
                    page.nextAfter);
            return;
        }
        page = std::move(m_refreshed);
        m_refreshed = Page();
    }
    // Still busy while the rows go in: a view asking canFetchMore() from the change signals
    // must not start a request for an offset that is about to move.
    apply(mode, std::move(page));
    setBusy(false);
}

void RemoteTableModel::apply(Mode mode, Page page)
{
    QList<QJsonObject>& rows = page.rows;
    const qint64 oldTotal = m_total;
    const bool oldCapped = m_totalCapped;
    const int oldCount = int(m_rows.size());
    const int newCount = int(rows.size());
    // A refresh of more rows than it re-reads keeps the rest, and where to continue from.
    const bool partial = mode == Mode::Refresh && !page.complete && newCount < oldCount;
    int finalCount = newCount;
    if (mode == Mode::Append)
        finalCount = oldCount + newCount;
    else if (partial)
        finalCount = oldCount;

    // State first: views (and QAbstractItemModelTester) call canFetchMore() from the change
    // signals below and must see the new total.
    m_lastError.clear();
    m_loaded = true;
    if (!partial) {
        m_atEnd = page.complete;
        m_nextAfter = page.complete ? QJsonArray() : page.nextAfter;
    }
    m_totalCapped = page.capped && !m_atEnd;
    m_total = page.capped ? qMax<qint64>(page.total, finalCount) : page.total;
    if (m_atEnd && (page.capped || (mode == Mode::Append && newCount == 0)))
        m_total = finalCount; // the end of the list: now the total is known exactly

    switch (mode) {
    case Mode::Replace:
        ++m_epoch;
        beginResetModel();
        dropAllSegments();
        m_segments.clear();
        m_rows = std::move(rows);
        endResetModel();
        break;
    case Mode::Append:
        if (newCount > 0) {
            beginInsertRows({}, oldCount, oldCount + newCount - 1);
            m_rows.append(rows);
            if (oldCount >= m_keepRows) {
                m_segments.insert(oldCount,
                                  Segment{newCount, page.requestedAfter, true, ++m_shownTick});
                m_segmentRowsHeld += newCount;
            }
            endInsertRows();
            dropSegments(oldCount);
        }
        break;
    case Mode::Refresh: {
        ++m_epoch;
        if (partial) {
            // Rows held beyond the ones re-read may be stale now: drop them, the view fetches
            // the ones it shows again.
            dropAllSegments();
            if (oldCount > m_keepRows)
                emit dataChanged(index(m_keepRows, 0), index(oldCount - 1, columnCount() - 1));
        } else {
            m_segments.clear();
            m_segmentRowsHeld = 0;
        }
        if (!partial && newCount < oldCount) {
            beginRemoveRows({}, newCount, oldCount - 1);
            m_rows.resize(newCount);
            endRemoveRows();
        }
        const int common = qMin(oldCount, newCount);
        for (int i = 0; i < common; ++i)
            m_rows[i] = rows.at(i);
        if (common > 0)
            emit dataChanged(index(0, 0), index(common - 1, columnCount() - 1));
        if (newCount > oldCount) {
            beginInsertRows({}, oldCount, newCount - 1);
            for (int i = oldCount; i < newCount; ++i)
                m_rows.append(rows.at(i));
            endInsertRows();
        }
        break;
    }
    }
    if (m_total != oldTotal || m_totalCapped != oldCapped)
        emit totalChanged(m_total);
    emit loaded();
}

void RemoteTableModel::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    emit busyChanged(busy);
}

QJsonObject RemoteTableModel::row(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : QJsonObject();
}

qint64 RemoteTableModel::idAt(int row) const
{
    return this->row(row).value(QLatin1String("id")).toInteger();
}

int RemoteTableModel::rowOfId(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).value(QLatin1String("id")).toInteger() == id)
            return i;
    }
    return -1;
}

int RemoteTableModel::columnOfKey(const QString& key) const
{
    for (int i = 0; i < m_columns.size(); ++i) {
        if (m_columns.at(i).key == key)
            return i;
    }
    return -1;
}

int RemoteTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RemoteTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant RemoteTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QJsonObject& row = rowForDisplay(index.row());
    const Column& column = m_columns.at(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return Format::cell(column, row);
    case Qt::ToolTipRole: {
        const QString text = Format::cell(column, row);
        return text.size() > 24 ? QVariant(text) : QVariant();
    }
    case Qt::TextAlignmentRole: {
        Qt::Alignment a = column.alignment;
        if (!(a & Qt::AlignHorizontal_Mask))
            a |= (column.kind == Column::Kind::Int || column.kind == Column::Kind::Money)
                     ? Qt::AlignRight
                     : Qt::AlignLeft;
        return QVariant::fromValue(int(a | Qt::AlignVCenter));
    }
    case RawValueRole:
        return row.value(column.key).toVariant();
    case RowRole:
        return QVariant::fromValue(row);
    case IdRole:
        return row.value(QLatin1String("id")).toInteger();
    case ToneRole:
        return int(column.tone ? column.tone(row) : Column::Tone::None);
    default:
        return {};
    }
}

QVariant RemoteTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_columns.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    const Column& column = m_columns.at(section);
    if (role == Qt::DisplayRole)
        return column.title;
    if (role == Qt::TextAlignmentRole &&
        (column.kind == Column::Kind::Int || column.kind == Column::Kind::Money))
        return QVariant::fromValue(int(Qt::AlignRight | Qt::AlignVCenter));
    return {};
}

Qt::ItemFlags RemoteTableModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

void RemoteTableModel::setCacheLimits(int keepRows, int cachedRows)
{
    m_keepRows = qMax(1, keepRows);
    m_cachedRows = qMax(1, cachedRows);
}

int RemoteTableModel::heldRowCount() const
{
    return qMin(int(m_rows.size()), m_keepRows) + m_segmentRowsHeld;
}

bool RemoteTableModel::isRowHeld(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return false;
    if (row < m_keepRows || m_segments.isEmpty())
        return true;
    auto it = m_segments.upperBound(row);
    if (it == m_segments.constBegin())
        return true;
    --it;
    return row >= it.key() + it->count || it->held;
}

const QJsonObject& RemoteTableModel::rowForDisplay(int row) const
{
    if (row >= m_keepRows && !m_segments.isEmpty()) {
        auto it = m_segments.upperBound(row);
        if (it != m_segments.constBegin()) {
            --it;
            if (row < it.key() + it->count) {
                it->lastShown = ++m_shownTick;
                if (!it->held)
                    fetchSegment(it.key());
            }
        }
    }
    return m_rows.at(row);
}

void RemoteTableModel::fetchSegment(int first) const
{
    if (m_fetching.contains(first))
        return;
    const Segment& segment = m_segments.value(first);
    m_fetching.insert(first);
    QJsonObject params{{QStringLiteral("limit"), segment.count}};
    if (segment.after.isEmpty())
        params.insert(QStringLiteral("offset"), first);
    else
        params.insert(QStringLiteral("after"), segment.after);
    if (!m_filter.isEmpty())
        params.insert(QStringLiteral("filter"), m_filter);
    if (!m_search.isEmpty())
        params.insert(QStringLiteral("search"), m_search);
    if (!m_sort.isEmpty())
        params.insert(QStringLiteral("sort"), m_sort);
    auto* self = const_cast<RemoteTableModel*>(this); // data() asks; the reply changes the cache
    const quint64 epoch = m_epoch;
    m_api.call(
        m_method, params, self,
        [self, first, epoch](const QJsonValue& result) {
            self->segmentFetched(first, epoch, pageOf(result.toObject()).rows);
        },
        [self, first](const Rpc::Error&) { self->m_fetching.remove(first); });
}

void RemoteTableModel::segmentFetched(int first, quint64 epoch, const QList<QJsonObject>& rows)
{
    m_fetching.remove(first);
    auto it = m_segments.find(first);
    if (epoch != m_epoch || it == m_segments.end() || it->held)
        return; // the list was reloaded or refreshed meanwhile
    // Rows may have come or gone since: the page shows what is there now, at its place.
    const int count = it->count;
    for (int i = 0; i < count && first + i < m_rows.size(); ++i)
        m_rows[first + i] = i < rows.size() ? rows.at(i) : QJsonObject();
    it->held = true;
    it->lastShown = ++m_shownTick;
    m_segmentRowsHeld += count;
    emit dataChanged(index(first, 0), index(first + count - 1, columnCount() - 1));
    dropSegments(first);
}

void RemoteTableModel::dropSegments(int keep)
{
    // Least recently shown first; a linear scan is cheap next to a server round trip.
    while (m_segmentRowsHeld > m_cachedRows) {
        auto oldest = m_segments.end();
        for (auto it = m_segments.begin(); it != m_segments.end(); ++it) {
            if (it->held && it.key() != keep &&
                (oldest == m_segments.end() || it->lastShown < oldest->lastShown))
                oldest = it;
        }
        if (oldest == m_segments.end())
            return;
        for (int i = 0; i < oldest->count; ++i)
            m_rows[oldest.key() + i] = QJsonObject();
        oldest->held = false;
        m_segmentRowsHeld -= oldest->count;
    }
}

void RemoteTableModel::dropAllSegments()
{
    for (auto it = m_segments.begin(); it != m_segments.end(); ++it) {
        if (!it->held)
            continue;
        for (int i = 0; i < it->count && it.key() + i < m_rows.size(); ++i)
            m_rows[it.key() + i] = QJsonObject();
        it->held = false;
    }
    m_segmentRowsHeld = 0;
    m_fetching.clear();
}

bool RemoteTableModel::canFetchMore(const QModelIndex& parent) const
{
    if (parent.isValid() || m_busy || m_failed)
        return false;
    if (!m_loaded)
        return true;
    if (m_atEnd)
        return false;
    // A capped total is a lower bound: keep going until the server says it was the last page.
    return m_totalCapped || m_rows.size() < m_total;
}

void RemoteTableModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    if (!m_loaded)
        request(Mode::Replace, 0, m_pageSize);
    else
        request(Mode::Append, m_rows.size(), m_pageSize, m_nextAfter);
}

} // namespace Erp::Client
