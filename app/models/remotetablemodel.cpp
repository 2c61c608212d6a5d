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
    connect(&m_changeTimer, &QTimer::timeout, this, &RemoteTableModel::refresh);
    connect(&m_api, &ApiClient::eventChanged, this, [this](const QString& entity) {
        const bool follows = m_entity == QLatin1String("*") || entity == m_entity;
        if (!m_entity.isEmpty() && follows && m_loaded)
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
    m_loaded = false;
    m_failed = false;
    request(Mode::Replace, 0, m_pageSize);
}

void RemoteTableModel::refresh()
{
    m_changeTimer.stop();
    if (!m_loaded) {
        reload();
        return;
    }
    m_failed = false;
    request(Mode::Refresh, 0, qBound(m_pageSize, int(m_rows.size()), MaxLimit));
}

void RemoteTableModel::request(Mode mode, qint64 offset, int limit)
{
    m_started = true;
    const quint64 generation = ++m_generation;
    QJsonObject params{{QStringLiteral("offset"), offset}, {QStringLiteral("limit"), limit}};
    if (!m_filter.isEmpty())
        params.insert(QStringLiteral("filter"), m_filter);
    if (!m_search.isEmpty())
        params.insert(QStringLiteral("search"), m_search);
    if (!m_sort.isEmpty())
        params.insert(QStringLiteral("sort"), m_sort);
    setBusy(true);
    m_api.call(
        m_method, params, this,
        [this, generation, mode](const QJsonValue& result) {
            if (generation != m_generation)
                return; // superseded by a newer request
            // Still busy while the rows go in: a view asking canFetchMore() from the change
            // signals must not start a request for an offset that is about to move.
            apply(mode, result.toObject());
            setBusy(false);
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

void RemoteTableModel::apply(Mode mode, const QJsonObject& result)
{
    const QJsonArray array = result.value(QLatin1String("rows")).toArray();
    QList<QJsonObject> rows;
    rows.reserve(array.size());
    for (const QJsonValue& v : array)
        rows.append(v.toObject());
    qint64 total = result.value(QLatin1String("total")).toInteger(rows.size());
    if (mode == Mode::Append && rows.isEmpty())
        total = m_rows.size(); // rows vanished meanwhile: stop asking for more
    m_lastError.clear();
    // State first: views (and QAbstractItemModelTester) call canFetchMore() from the change
    // signals below and must see the new total.
    const bool totalChanged = total != m_total;
    m_total = total;
    m_loaded = true;

    switch (mode) {
    case Mode::Replace:
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
        break;
    case Mode::Append:
        if (!rows.isEmpty()) {
            beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows.size() - 1));
            m_rows.append(rows);
            endInsertRows();
        }
        break;
    case Mode::Refresh: {
        const int oldCount = int(m_rows.size());
        const int newCount = int(rows.size());
        if (newCount < oldCount) {
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
    if (totalChanged)
        emit this->totalChanged(total);
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

QString RemoteTableModel::displayText(const Column& column, const QJsonObject& row) const
{
    if (column.text)
        return column.text(row);
    const QJsonValue value = row.value(column.key);
    if (value.isNull() || value.isUndefined())
        return QString();
    switch (column.kind) {
    case Column::Kind::Int:
        return Format::integer(value.toInteger());
    case Column::Kind::Money:
        return Format::decimal(value.isString() ? value.toString() : value.toVariant().toString());
    case Column::Kind::Date:
        return Format::timestamp(value.toString());
    case Column::Kind::Bool:
        return Format::yesNo(value.toBool());
    case Column::Kind::List:
    case Column::Kind::Text:
        return Format::json(value);
    }
    return QString();
}

QVariant RemoteTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QJsonObject& row = m_rows.at(index.row());
    const Column& column = m_columns.at(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(column, row);
    case Qt::ToolTipRole: {
        const QString text = displayText(column, row);
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

bool RemoteTableModel::canFetchMore(const QModelIndex& parent) const
{
    if (parent.isValid() || m_busy || m_failed)
        return false;
    return !m_loaded || m_rows.size() < m_total;
}

void RemoteTableModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    if (!m_loaded)
        request(Mode::Replace, 0, m_pageSize);
    else
        request(Mode::Append, m_rows.size(), m_pageSize);
}

} // namespace Erp::Client
