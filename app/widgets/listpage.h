#pragma once

#include <QJsonObject>
#include <QTimer>
#include <QWidget>

#include <functional>

class QAction;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTableView;
class QToolBar;
class QToolButton;

namespace Erp::Rpc {
struct Error;
}

namespace Erp::Client {

class BusyIndicator;
class RemoteTableModel;
class ExportRunner;
class TableExporter;
struct ExportRequest;

/// The list every module page reuses: a tool bar for the page's actions, a search box
/// (Ctrl+F, search-as-you-type), a filter bar, the table over a RemoteTableModel with
/// server-side sorting and paging, a count ("1–100 of 1,234"), a busy indicator, an empty
/// state that says what to do, an error banner with Retry, and an optional detail pane.
/// Every list has Export… (Ctrl+E): what the list shows — its filter, search and sort, the
/// visible columns in their order, the headers as shown — streamed page by page into an XLSX or
/// CSV file (TableExporter), with progress and Cancel; with multi-selection also the selected
/// rows only.
class ListPage : public QWidget
{
    Q_OBJECT
public:
    explicit ListPage(QWidget* parent = nullptr);
    ~ListPage() override;

    /// Shows `model` (reparented to this page). The first page loads when the page is shown.
    void setModel(RemoteTableModel* model);
    RemoteTableModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QToolBar* toolBar() const { return m_toolBar; }
    QLineEdit* searchEdit() const { return m_search; }

    /// Adds an action to the tool bar and the table's context menu.
    QAction* addPageAction(const QIcon& icon, const QString& text);
    /// Adds a labelled filter widget to the filter bar.
    void addFilterWidget(const QString& label, QWidget* widget);
    void setSearchVisible(bool visible);
    /// Texts of the empty state: without any search/filter, and when nothing matched.
    void setEmptyTexts(const QString& noData, const QString& noMatches);
    /// Puts `widget` under the table in a splitter (e.g. a record's details).
    void setDetailWidget(QWidget* widget);
    /// Sorts by `column` initially (server-side).
    void setInitialSort(int column, Qt::SortOrder order);

    /// Lets the user select several rows (Ctrl/Shift+click); single selection by default.
    void setMultiSelection(bool on);
    /// The selected rows in list order.
    QList<QJsonObject> selectedRows() const;
    /// The selected row (the current one when several are selected; empty object when none).
    QJsonObject currentRow() const;
    qint64 currentId() const;
    /// Selects the row with `id` as soon as it is loaded.
    void selectId(qint64 id);

    void focusSearch();
    /// A short note at the bottom of the list (e.g. "Password changed"), gone after a while.
    void showMessage(const QString& text);
    QString message() const;
    /// Re-reads the loaded rows (View > Refresh).
    virtual void refresh();

    /// Export… (Ctrl+E): all rows the list shows. Export Selected Rows…: the selection.
    QAction* exportAction() const { return m_export; }
    QAction* exportSelectionAction() const { return m_exportSelection; }
    /// Names the file and the sheet ("Customers" -> customers-2026-12-07.xlsx).
    void setExportName(const QString& name);
    QString exportName() const { return m_exportName; }
    /// Hides Export (e.g. without the module's export permission).
    void setExportVisible(bool visible);
    /// What an export would write now: the list method with the model's filter, search and
    /// sort, and the visible columns in their visual order (the selected rows only when
    /// `selectionOnly`).
    ExportRequest exportRequest(bool selectionOnly) const;
    /// Asks for a file, then exports with a progress dialog; the result is shown at the bottom
    /// of the list, a failure in a message box.
    void exportList(bool selectionOnly = false);
    TableExporter* exporter() const;
    /// Picks the file to write ((title, suggested path) -> path, empty = cancelled); the file
    /// dialog by default. Tests and scripts set one for every list (nullptr: the dialog again).
    using FileChooser = std::function<QString(const QString& title, const QString& suggested)>;
    static void setExportFileChooser(FileChooser chooser);

    QString countText() const;
    bool isEmptyStateShown() const;
    QString errorText() const;
    /// "1–100 of 1,234" in the current locale; "1–100 of 10,000+" when `capped` (the server
    /// stopped counting: `total` is a lower bound).
    static QString rangeText(qint64 shown, qint64 total, bool capped = false);

signals:
    /// Enter or double-click on a row.
    void rowActivated(const QJsonObject& row);
    void currentRowChanged(const QJsonObject& row);
    /// An export was written / failed (the message is shown too).
    void exportFinished(const QString& path, qint64 rows);
    void exportFailed(const QString& message);

protected:
    /// Called when the selection or the rows change: enable the page's actions here.
    virtual void updateActions() {}
    /// True when a filter of the page is active (for the empty state's wording).
    virtual bool hasActiveFilter() const;
    void showEvent(QShowEvent* event) override;

private:
    void modelLoaded();
    void modelFailed(const Rpc::Error& error);
    void updateState();
    void selectionChanged();
    void buildExport();
    void updateExportActions();

    RemoteTableModel* m_model = nullptr;
    QToolBar* m_toolBar;
    QLineEdit* m_search;
    QHBoxLayout* m_filterBar;
    QWidget* m_filterArea;
    QWidget* m_errorBanner;
    QLabel* m_errorLabel;
    QSplitter* m_splitter;
    QStackedWidget* m_stack;
    QTableView* m_view;
    QLabel* m_empty;
    BusyIndicator* m_busy;
    QLabel* m_count;
    QLabel* m_message;
    QTimer m_searchTimer;
    QTimer m_messageTimer;
    QString m_noData;
    QString m_noMatches;
    qint64 m_pendingSelectId = 0;
    int m_lastSortColumn = -1;
    Qt::SortOrder m_lastSortOrder = Qt::AscendingOrder;
    bool m_started = false;
    QAction* m_export = nullptr;
    QAction* m_exportSelection = nullptr;
    QToolButton* m_exportButton = nullptr;
    ExportRunner* m_runner = nullptr;
    QString m_exportName;
    bool m_exportVisible = true;
    bool m_exportInMenu = false;
};

} // namespace Erp::Client
