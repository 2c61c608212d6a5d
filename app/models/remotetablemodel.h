#pragma once

#include "app/models/column.h"

#include <QAbstractTableModel>
#include <QJsonObject>
#include <QList>
#include <QTimer>

namespace Erp::Rpc {
struct Error;
}

namespace Erp::Client {

class ApiClient;

/// A paged table over any list method (`{filter, search, sort, offset, limit}` ->
/// `{rows, total}`): rows are fetched page by page as the view scrolls (canFetchMore /
/// fetchMore), sorting and searching happen on the server, and the loaded rows are
/// re-read when an event.changed for the model's entity arrives.
class RemoteTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role {
        RawValueRole = Qt::UserRole + 1, ///< the field's JSON value as a QVariant
        RowRole,                         ///< the whole row (QJsonObject)
        IdRole,                          ///< the row's "id"
        ToneRole,                        ///< Column::Tone of the cell, as int
    };

    RemoteTableModel(ApiClient& api, QString method, QList<Column> columns,
                     QObject* parent = nullptr);
    ~RemoteTableModel() override;

    /// Follow event.changed for this entity (e.g. "user"; "*" = any): the loaded rows are
    /// re-read.
    void setEntity(const QString& entity);
    QString entity() const { return m_entity; }
    /// Rows per request (default 100, the server caps at 1000).
    void setPageSize(int rows);
    int pageSize() const { return m_pageSize; }

    /// Changing the filter, search or sort reloads from the first row (once the model has
    /// started loading: before that, they only configure the first request).
    void setFilter(const QJsonObject& filter);
    QJsonObject filter() const { return m_filter; }
    void setSearch(const QString& text);
    QString search() const { return m_search; }
    /// Server sort expression ("name", "-created_at"); empty = the server's default order.
    void setSortExpression(const QString& sort);
    QString sortExpression() const { return m_sort; }

    /// Drops the rows and loads the first page.
    void reload();
    /// Re-reads the rows loaded so far, keeping their positions (and the view's selection).
    void refresh();

    qint64 total() const { return m_total; }
    bool isBusy() const { return m_busy; }
    /// True once a first reply arrived for the current filter/search/sort.
    bool isLoaded() const { return m_loaded; }
    QString lastError() const { return m_lastError; }

    QJsonObject row(int row) const;
    qint64 idAt(int row) const;
    int rowOfId(qint64 id) const;
    const QList<Column>& columns() const { return m_columns; }
    int columnOfKey(const QString& key) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    void busyChanged(bool busy);
    void totalChanged(qint64 total);
    /// A reply was applied (first page, next page or refresh).
    void loaded();
    void loadFailed(const Erp::Rpc::Error& error);

private:
    enum class Mode { Replace, Append, Refresh };
    void request(Mode mode, qint64 offset, int limit);
    void apply(Mode mode, const QJsonObject& result);
    void setBusy(bool busy);
    QString displayText(const Column& column, const QJsonObject& row) const;

    ApiClient& m_api;
    QString m_method;
    QList<Column> m_columns;
    QString m_entity;
    int m_pageSize = 100;
    QJsonObject m_filter;
    QString m_search;
    QString m_sort;
    QList<QJsonObject> m_rows;
    qint64 m_total = 0;
    quint64 m_generation = 0;
    bool m_busy = false;
    bool m_started = false;
    bool m_loaded = false;
    bool m_failed = false;
    QString m_lastError;
    QTimer m_changeTimer; ///< coalesces bursts of event.changed into one refresh
};

} // namespace Erp::Client
