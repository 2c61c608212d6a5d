#pragma once

#include "app/models/column.h"

#include <QAbstractTableModel>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QSet>
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
///
/// Keyset paging: when a reply carries a non-null `next_after`, the next page is asked for
/// with `after` instead of `offset`, so page 10,000 of a million rows costs what page 1 costs.
/// A reply with `total_capped: true` gives a lower bound only: the model keeps fetching while
/// `next_after` is non-null and learns the exact total when the last page arrives.
///
/// Memory stays bounded however far the user scrolls: the first keepRows() rows are always
/// held; pages beyond are held up to cachedRows() rows and dropped least-recently-shown
/// first. A dropped page is fetched again (by the `after` it was first fetched with, or its
/// offset) when the view shows it.
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
    /// The list method the rows come from (e.g. "crm.customer.list").
    QString method() const { return m_method; }
    ApiClient& api() const { return m_api; }
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
    /// Re-reads the rows loaded so far (the first keepRows() of them, in pages of 1000),
    /// keeping their positions (and the view's selection). Pages held beyond are dropped and
    /// fetched again when shown, so a clerk deep in a huge list keeps the place.
    void refresh();

    static constexpr int DefaultKeepRows = 5000;
    static constexpr int DefaultCachedRows = 20000;
    /// `keepRows`: rows always held (and re-read by refresh()); `cachedRows`: rows held beyond
    /// them at most (plus the page being added).
    void setCacheLimits(int keepRows, int cachedRows);
    int keepRows() const { return m_keepRows; }
    int cachedRows() const { return m_cachedRows; }
    /// Rows held in memory now (rowCount() minus the dropped ones).
    int heldRowCount() const;
    /// False for a row whose page was dropped (it is fetched again when shown).
    bool isRowHeld(int row) const;

    /// The number of matching rows; a lower bound while isTotalCapped().
    qint64 total() const { return m_total; }
    /// True when the server stopped counting (`total_capped`): there are at least total() rows.
    bool isTotalCapped() const { return m_totalCapped; }
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
    struct Page
    {
        QList<QJsonObject> rows;
        qint64 total = 0;
        bool capped = false;
        QJsonArray nextAfter;      ///< empty: none (the last page, or no keyset paging)
        bool complete = false;     ///< fewer rows than asked for: the end of the list
        QJsonArray requestedAfter; ///< the `after` the page was asked for with (empty: offset)
    };
    /// Rows fetched by one request beyond keepRows(): what it takes to fetch them again.
    struct Segment
    {
        int count = 0;
        QJsonArray after; ///< empty: fetch by offset
        bool held = true;
        mutable quint64 lastShown = 0;
    };
    /// Asks for `limit` rows after `after` (keyset) or from `offset`.
    void request(Mode mode, qint64 offset, int limit, const QJsonArray& after = {});
    void received(Mode mode, int limit, Page page);
    void apply(Mode mode, Page page);
    /// The row for display; asks for a dropped page again.
    const QJsonObject& rowForDisplay(int row) const;
    void fetchSegment(int first) const;
    void segmentFetched(int first, quint64 epoch, const QList<QJsonObject>& rows);
    void dropSegments(int keep);
    void dropAllSegments();
    static Page pageOf(const QJsonObject& result);
    void setBusy(bool busy);

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
    bool m_totalCapped = false;
    QJsonArray m_nextAfter; ///< `after` for the next page; empty: use the offset
    Page m_refreshed;       ///< rows a refresh collected so far (it reads in pages of 1000)
    int m_refreshTarget = 0;
    int m_keepRows = DefaultKeepRows;
    int m_cachedRows = DefaultCachedRows;
    QMap<int, Segment> m_segments; ///< first row -> segment (only rows >= m_keepRows)
    int m_segmentRowsHeld = 0;
    mutable quint64 m_shownTick = 0;
    mutable QSet<int> m_fetching; ///< segments being fetched again
    quint64 m_epoch = 0;          ///< bumped when held rows are replaced: late fills are dropped
    quint64 m_generation = 0;
    bool m_busy = false;
    bool m_started = false;
    bool m_loaded = false;
    bool m_failed = false;
    bool m_atEnd = false;         ///< the last page was shorter than asked: nothing more to fetch
    bool m_reloadPending = false; ///< the next change timer reloads instead of refreshing
    QString m_lastError;
    QTimer m_changeTimer; ///< coalesces bursts of event.changed into one refresh
};

} // namespace Erp::Client
