#include "app/widgets/listpage.h"

#include "app/export/exportrunner.h"
#include "app/export/tableexporter.h"
#include "app/models/remotetablemodel.h"
#include "app/net/errortext.h"
#include "app/widgets/busyindicator.h"
#include "app/widgets/paddeddelegate.h"
#include "app/widgets/theme.h"
#include "common/jsonrpc.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace Erp::Client {

ListPage::ListPage(QWidget* parent)
    : QWidget(parent)
    , m_toolBar(new QToolBar(this))
    , m_search(new QLineEdit(this))
    , m_filterBar(new QHBoxLayout)
    , m_filterArea(new QWidget(this))
    , m_errorBanner(new QWidget(this))
    , m_errorLabel(new QLabel(m_errorBanner))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_stack(new QStackedWidget(this))
    , m_view(new QTableView(this))
    , m_empty(new QLabel(this))
    , m_busy(new BusyIndicator(this))
    , m_count(new QLabel(this))
    , m_message(new QLabel(this))
    , m_noData(tr("Nothing here yet."))
    , m_noMatches(tr("Nothing matches your search or filters. Clear the search box or change "
                     "the filters."))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->setSpacing(6);

    auto* top = new QHBoxLayout;
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setIconSize(QSize(16, 16));
    m_toolBar->setVisible(false); // shown with the first action
    top->addWidget(m_toolBar);
    top->addStretch(1);
    buildExport();
    top->addWidget(m_exportButton);
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setPlaceholderText(tr("Search… (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(Theme::icon(QStringLiteral("edit-find"), QStyle::SP_FileDialogContentsView),
                        QLineEdit::LeadingPosition);
    m_search->setMinimumWidth(240);
    top->addWidget(m_search);
    layout->addLayout(top);

    m_filterBar->setContentsMargins(0, 0, 0, 0);
    m_filterArea->setLayout(m_filterBar);
    m_filterArea->setVisible(false);
    m_filterBar->addStretch(1);
    layout->addWidget(m_filterArea);

    auto* bannerLayout = new QHBoxLayout(m_errorBanner);
    bannerLayout->setContentsMargins(8, 4, 8, 4);
    m_errorLabel->setWordWrap(true);
    QPalette bannerPalette = m_errorLabel->palette();
    bannerPalette.setColor(QPalette::WindowText, Theme::errorColor());
    m_errorLabel->setPalette(bannerPalette);
    auto* retry = new QPushButton(tr("Retry"), m_errorBanner);
    bannerLayout->addWidget(m_errorLabel, 1);
    bannerLayout->addWidget(retry);
    m_errorBanner->setVisible(false);
    layout->addWidget(m_errorBanner);
    connect(retry, &QPushButton::clicked, this, [this] {
        if (m_model)
            m_model->refresh();
    });

    m_view->setObjectName(QStringLiteral("listView"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setShowGrid(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->setItemDelegate(new PaddedDelegate(m_view));
    m_empty->setObjectName(QStringLiteral("emptyState"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setMargin(24);
    QPalette emptyPalette = m_empty->palette();
    emptyPalette.setColor(QPalette::WindowText, Theme::mutedTextColor());
    m_empty->setPalette(emptyPalette);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);
    m_splitter->addWidget(m_stack);
    m_splitter->setChildrenCollapsible(false);
    layout->addWidget(m_splitter, 1);

    auto* bottom = new QHBoxLayout;
    m_message->setObjectName(QStringLiteral("pageMessage"));
    bottom->addWidget(m_message);
    bottom->addStretch(1);
    m_messageTimer.setSingleShot(true);
    m_messageTimer.setInterval(8000);
    connect(&m_messageTimer, &QTimer::timeout, m_message, &QLabel::clear);
    bottom->addWidget(m_busy);
    m_count->setObjectName(QStringLiteral("countLabel"));
    bottom->addWidget(m_count);
    layout->addLayout(bottom);

    auto* find = new QShortcut(QKeySequence::Find, this);
    find->setContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, this, &ListPage::focusSearch);

    m_searchTimer.setSingleShot(true);
    m_searchTimer.setInterval(300); // search as you type, without a request per key
    connect(&m_searchTimer, &QTimer::timeout, this, [this] {
        if (m_model)
            m_model->setSearch(m_search->text());
    });
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_searchTimer.start(); });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchTimer.stop();
        if (m_model)
            m_model->setSearch(m_search->text());
    });
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex& index) {
        if (m_model)
            emit rowActivated(m_model->row(index.row()));
    });
    updateState();
}

ListPage::~ListPage() = default;

void ListPage::setModel(RemoteTableModel* model)
{
    m_model = model;
    model->setParent(this);
    m_view->setModel(model);
    QHeaderView* header = m_view->horizontalHeader();
    header->setSortIndicator(-1, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);
    connect(header, &QHeaderView::sortIndicatorChanged, this,
            [this, header](int column, Qt::SortOrder order) {
                if (column >= 0 && column < m_model->columns().size() &&
                    !m_model->columns().at(column).sortable) {
                    // Not sortable on the server: put the indicator back.
                    QSignalBlocker block(header);
                    header->setSortIndicator(m_lastSortColumn, m_lastSortOrder);
                    return;
                }
                m_lastSortColumn = column;
                m_lastSortOrder = order;
            });
    delete m_runner;
    m_runner = new ExportRunner(model->api(), this);
    connect(m_runner, &ExportRunner::message, this, &ListPage::showMessage);
    connect(m_runner, &ExportRunner::finished, this, &ListPage::exportFinished);
    connect(m_runner, &ExportRunner::failed, this, &ListPage::exportFailed);
    connect(model, &RemoteTableModel::busyChanged, m_busy, &BusyIndicator::setRunning);
    connect(model, &RemoteTableModel::busyChanged, this, &ListPage::updateState);
    connect(model, &RemoteTableModel::loaded, this, &ListPage::modelLoaded);
    connect(model, &RemoteTableModel::loadFailed, this, &ListPage::modelFailed);
    connect(model, &QAbstractItemModel::rowsInserted, this, &ListPage::updateState);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &ListPage::updateState);
    connect(model, &QAbstractItemModel::modelReset, this, &ListPage::updateState);
    connect(model, &QAbstractItemModel::dataChanged, this, &ListPage::selectionChanged);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ListPage::selectionChanged);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ListPage::selectionChanged);
    if (isVisible() && !m_started) {
        m_started = true;
        model->reload();
    }
    updateState();
}

QAction* ListPage::addPageAction(const QIcon& icon, const QString& text)
{
    auto* action = new QAction(icon, text, this);
    m_toolBar->addAction(action);
    m_toolBar->setVisible(true);
    m_view->addAction(action);
    return action;
}

void ListPage::addFilterWidget(const QString& label, QWidget* widget)
{
    const int at = m_filterBar->count() - 1; // before the stretch
    if (!label.isEmpty()) {
        auto* caption = new QLabel(label, m_filterArea);
        caption->setBuddy(widget);
        m_filterBar->insertWidget(at, caption);
        m_filterBar->insertWidget(at + 1, widget);
    } else {
        m_filterBar->insertWidget(at, widget);
    }
    m_filterBar->insertSpacing(m_filterBar->indexOf(widget) + 1, 12);
    m_filterArea->setVisible(true);
}

void ListPage::setSearchVisible(bool visible)
{
    m_search->setVisible(visible);
}

void ListPage::setEmptyTexts(const QString& noData, const QString& noMatches)
{
    m_noData = noData;
    m_noMatches = noMatches;
    updateState();
}

void ListPage::setDetailWidget(QWidget* widget)
{
    m_splitter->addWidget(widget);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
}

void ListPage::setInitialSort(int column, Qt::SortOrder order)
{
    m_lastSortColumn = column;
    m_lastSortOrder = order;
    m_view->horizontalHeader()->setSortIndicator(column, order);
}

void ListPage::setMultiSelection(bool on)
{
    m_view->setSelectionMode(on ? QAbstractItemView::ExtendedSelection
                                : QAbstractItemView::SingleSelection);
    updateExportActions();
}

QList<QJsonObject> ListPage::selectedRows() const
{
    QList<QJsonObject> out;
    if (!m_model || !m_view->selectionModel())
        return out;
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    for (const QModelIndex& index : std::as_const(rows))
        out.append(m_model->row(index.row()));
    return out;
}

QJsonObject ListPage::currentRow() const
{
    if (!m_model || !m_view->selectionModel())
        return {};
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (current.isValid() && m_view->selectionModel()->isRowSelected(current.row()))
        return m_model->row(current.row());
    return m_model->row(rows.first().row());
}

qint64 ListPage::currentId() const
{
    return currentRow().value(QLatin1String("id")).toInteger();
}

void ListPage::selectId(qint64 id)
{
    m_pendingSelectId = id;
    modelLoaded();
}

void ListPage::focusSearch()
{
    if (m_search->isVisible()) {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    } else {
        for (int i = 0; i < m_filterBar->count(); ++i) {
            QWidget* w = m_filterBar->itemAt(i)->widget();
            if (w && w->isVisible() && w->focusPolicy() != Qt::NoFocus) {
                w->setFocus(Qt::ShortcutFocusReason);
                break;
            }
        }
    }
}

void ListPage::showMessage(const QString& text)
{
    m_message->setText(text);
    m_messageTimer.start();
}

QString ListPage::message() const
{
    return m_message->text();
}

void ListPage::refresh()
{
    if (!m_model)
        return;
    m_started = true;
    m_model->refresh();
}

void ListPage::buildExport()
{
    const QIcon icon = Theme::icon(QStringLiteral("document-export"), QStyle::SP_DialogSaveButton);
    m_export = new QAction(icon, tr("&Export…"), this);
    m_export->setObjectName(QStringLiteral("exportList"));
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_export->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_export->setToolTip(tr("Export the rows of this list as shown — search, filters, sort "
                            "and visible columns — to Excel (XLSX) or CSV (Ctrl+E)"));
    addAction(m_export); // Ctrl+E anywhere in the page
    connect(m_export, &QAction::triggered, this, [this] { exportList(false); });
    m_exportSelection = new QAction(icon, tr("Export &Selected Rows…"), this);
    m_exportSelection->setObjectName(QStringLiteral("exportSelection"));
    m_exportSelection->setVisible(false); // with multi-selection
    connect(m_exportSelection, &QAction::triggered, this, [this] { exportList(true); });
    m_exportButton = new QToolButton(this);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_exportButton->setDefaultAction(m_export);
    m_exportButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_exportButton->setAutoRaise(true);
    auto* menu = new QMenu(m_exportButton);
    menu->addAction(m_export);
    menu->addAction(m_exportSelection);
    m_exportButton->setMenu(menu);
    m_exportButton->setPopupMode(QToolButton::DelayedPopup);
}

void ListPage::setExportName(const QString& name)
{
    m_exportName = name;
}

void ListPage::setExportVisible(bool visible)
{
    m_exportVisible = visible;
    m_exportButton->setVisible(visible);
    updateExportActions();
}

void ListPage::setExportFileChooser(FileChooser chooser)
{
    ExportRunner::setFileChooser(std::move(chooser));
}

TableExporter* ListPage::exporter() const
{
    return m_runner ? m_runner->exporter() : nullptr;
}

void ListPage::updateExportActions()
{
    const bool multi = m_view->selectionMode() == QAbstractItemView::ExtendedSelection;
    m_export->setVisible(m_exportVisible);
    m_export->setEnabled(m_exportVisible && m_model && m_model->isLoaded() &&
                         m_model->rowCount() > 0);
    m_exportSelection->setVisible(m_exportVisible && multi);
    m_exportSelection->setEnabled(m_exportVisible && multi && m_view->selectionModel() &&
                                  m_view->selectionModel()->hasSelection());
    m_exportButton->setPopupMode(multi ? QToolButton::MenuButtonPopup : QToolButton::DelayedPopup);
}

ExportRequest ListPage::exportRequest(bool selectionOnly) const
{
    ExportRequest request;
    request.title = m_exportName;
    if (!m_model)
        return request;
    const QHeaderView* header = m_view->horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (logical < 0 || logical >= m_model->columns().size() || header->isSectionHidden(logical))
            continue;
        request.columns.append(m_model->columns().at(logical));
    }
    if (selectionOnly) {
        request.rows = selectedRows();
        return request;
    }
    request.method = m_model->method();
    request.filter = m_model->filter();
    request.search = m_model->search();
    request.sort = m_model->sortExpression();
    return request;
}

void ListPage::exportList(bool selectionOnly)
{
    if (!m_model || !m_runner || !m_exportVisible)
        return;
    const ExportRequest request = exportRequest(selectionOnly);
    if (selectionOnly && request.rows.isEmpty())
        return;
    const QString name = m_exportName.isEmpty() ? tr("Export") : m_exportName;
    m_runner->run(request, name,
                  selectionOnly ? tr("Export %n Selected Row(s)", nullptr, int(request.rows.size()))
                                : tr("Export %1").arg(name));
}

void ListPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_exportInMenu) {
        // After the page's own actions in the table's context menu.
        m_exportInMenu = true;
        auto* separator = new QAction(this);
        separator->setSeparator(true);
        m_view->addAction(separator);
        m_view->addAction(m_export);
        m_view->addAction(m_exportSelection);
    }
    if (m_model && !m_started) {
        m_started = true; // lists load when first shown, not when the window is built
        m_model->reload();
    }
}

bool ListPage::hasActiveFilter() const
{
    return m_model && (!m_model->search().isEmpty() || !m_model->filter().isEmpty());
}

QString ListPage::rangeText(qint64 shown, qint64 total, bool capped)
{
    const QLocale locale;
    if (total <= 0 && !capped)
        return tr("No entries");
    if (capped)
        //: The rows shown of at least that many rows, e.g. "1–100 of 10,000+"
        return tr("%1–%2 of %3+")
            .arg(locale.toString(1), locale.toString(shown), locale.toString(qMax(shown, total)));
    //: The rows shown of all rows, e.g. "1–100 of 1,234"
    return tr("%1–%2 of %3")
        .arg(locale.toString(1), locale.toString(qMin(shown, total)), locale.toString(total));
}

QString ListPage::countText() const
{
    return m_count->text();
}

bool ListPage::isEmptyStateShown() const
{
    return m_stack->currentWidget() == m_empty;
}

QString ListPage::errorText() const
{
    return m_errorBanner->isHidden() ? QString() : m_errorLabel->text();
}

void ListPage::modelLoaded()
{
    m_errorBanner->setVisible(false);
    if (m_pendingSelectId > 0 && m_model) {
        const int row = m_model->rowOfId(m_pendingSelectId);
        if (row >= 0) {
            m_pendingSelectId = 0;
            m_view->selectRow(row);
            m_view->scrollTo(m_model->index(row, 0));
        }
    }
    updateState();
}

void ListPage::modelFailed(const Rpc::Error& error)
{
    m_errorLabel->setText(tr("The list could not be loaded. %1").arg(ErrorText::describe(error)));
    m_errorBanner->setVisible(true);
    updateState();
}

void ListPage::updateState()
{
    if (!m_model) {
        m_count->clear();
        return;
    }
    const bool empty = m_model->isLoaded() && m_model->rowCount() == 0;
    m_empty->setText(hasActiveFilter() ? m_noMatches : m_noData);
    m_stack->setCurrentWidget(empty ? m_empty : static_cast<QWidget*>(m_view));
    m_count->setText(m_model->isLoaded() ? rangeText(m_model->rowCount(), m_model->total(),
                                                     m_model->isTotalCapped())
                                         : QString());
    selectionChanged();
}

void ListPage::selectionChanged()
{
    updateExportActions();
    updateActions();
    emit currentRowChanged(currentRow());
}

} // namespace Erp::Client
