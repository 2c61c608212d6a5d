#include "app/pages/pipeline/pipelineboard.h"

#include "app/net/errortext.h"
#include "app/pages/pipeline/opportunitydialog.h"

#include <QAction>
#include <QComboBox>
#include <QDate>
#include <QDragEnterEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QMimeData>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTableWidget>
#include <QToolBar>
#include <QVBoxLayout>

namespace Erp::Client::Pipeline {

StageColumn::StageColumn(qint64 stageId, QWidget* parent)
    : QListWidget(parent)
    , m_stageId(stageId)
{
    setDragEnabled(true);
    setAcceptDrops(true);
    setDropIndicatorShown(true);
    setDragDropMode(QAbstractItemView::DragDrop);
    setDefaultDropAction(Qt::MoveAction);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setWordWrap(true);
    setMinimumWidth(200);
    setSpacing(3);
}

QListWidgetItem* StageColumn::card(qint64 opportunityId) const
{
    for (int i = 0; i < count(); ++i)
        if (item(i)->data(IdRole).toLongLong() == opportunityId)
            return item(i);
    return nullptr;
}

QStringList StageColumn::mimeTypes() const
{
    return {mimeType()};
}

QMimeData* StageColumn::mimeData(const QList<QListWidgetItem*>& items) const
{
    if (items.isEmpty())
        return nullptr;
    auto* data = new QMimeData;
    data->setData(mimeType(), QByteArray::number(items.first()->data(IdRole).toLongLong()));
    return data;
}

void StageColumn::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasFormat(mimeType()))
        event->acceptProposedAction();
    else
        event->ignore();
}

void StageColumn::dragMoveEvent(QDragMoveEvent* event)
{
    if (event->mimeData()->hasFormat(mimeType()))
        event->acceptProposedAction();
    else
        event->ignore();
}

void StageColumn::dropEvent(QDropEvent* event)
{
    if (!event->mimeData()->hasFormat(mimeType())) {
        event->ignore();
        return;
    }
    // A copy for Qt: the source column must not delete its card; the board moves it.
    event->setDropAction(Qt::CopyAction);
    event->accept();
    emit cardDropped(event->mimeData()->data(mimeType()).toLongLong(), m_stageId);
}

namespace {

enum TableColumn {
    NumberCol,
    TitleCol,
    CustomerCol,
    StageCol,
    AmountCol,
    ProbabilityCol,
    CloseCol,
    OwnerCol,
    ColumnCount
};

} // namespace

PipelineBoard::PipelineBoard(ApiClient& api, QWidget* parent)
    : QWidget(parent)
    , m_client(api)
    , m_owner(new QComboBox(this))
    , m_period(new QComboBox(this))
    , m_message(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_board(new QWidget)
    , m_boardLayout(new QHBoxLayout(m_board))
    , m_table(new QTableWidget(0, ColumnCount, this))
{
    setObjectName(QStringLiteral("pipelineBoard"));
    auto* tools = new QToolBar(this);
    m_new = tools->addAction(tr("New Opportunity…"), this, [this] { openOpportunity(0); });
    m_new->setShortcut(QKeySequence::New);
    m_new->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_new->setVisible(m_client.mayWrite());
    addAction(m_new);
    m_toggle = tools->addAction(tr("List View"));
    m_toggle->setCheckable(true);
    connect(m_toggle, &QAction::toggled, this,
            [this](bool list) { m_stack->setCurrentIndex(list ? 1 : 0); });
    tools->addSeparator();
    tools->addWidget(new QLabel(tr("Owner:"), this));
    m_owner->addItem(tr("Everyone"), 0);
    m_owner->addItem(tr("Mine"), api.session().userId);
    tools->addWidget(m_owner);
    tools->addWidget(new QLabel(tr("Expected close:"), this));
    m_period->addItem(tr("Any time"), QString());
    m_period->addItem(tr("This month"), QStringLiteral("month"));
    m_period->addItem(tr("This quarter"), QStringLiteral("quarter"));
    m_period->addItem(tr("This year"), QStringLiteral("year"));
    tools->addWidget(m_period);
    tools->addAction(tr("Refresh"), this, &PipelineBoard::refresh);
    connect(m_owner, &QComboBox::currentIndexChanged, this, &PipelineBoard::refresh);
    connect(m_period, &QComboBox::currentIndexChanged, this, &PipelineBoard::refresh);

    m_message->setObjectName(QStringLiteral("pipelineMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_message->hide();

    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_board);
    m_stack->addWidget(scroll);
    m_table->setHorizontalHeaderLabels({tr("Number"), tr("Title"), tr("Customer"), tr("Stage"),
                                        tr("Amount"), tr("Probability"), tr("Expected close"),
                                        tr("Owner")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setStretchLastSection(true);
    connect(m_table, &QTableWidget::cellActivated, this, [this](int row, int) {
        openOpportunity(m_table->item(row, NumberCol)->data(StageColumn::IdRole).toLongLong());
    });
    m_stack->addWidget(m_table);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(tools);
    layout->addWidget(m_message);
    layout->addWidget(m_stack, 1);
}

QJsonObject PipelineBoard::filterParams() const
{
    QJsonObject p;
    if (const qint64 owner = m_owner->currentData().toLongLong(); owner > 0)
        p.insert(QStringLiteral("owner_id"), owner);
    const QString period = m_period->currentData().toString();
    const QDate today = QDate::currentDate();
    QDate from, to;
    if (period == QLatin1String("month")) {
        from = QDate(today.year(), today.month(), 1);
        to = from.addMonths(1).addDays(-1);
    } else if (period == QLatin1String("quarter")) {
        from = QDate(today.year(), (today.month() - 1) / 3 * 3 + 1, 1);
        to = from.addMonths(3).addDays(-1);
    } else if (period == QLatin1String("year")) {
        from = QDate(today.year(), 1, 1);
        to = QDate(today.year(), 12, 31);
    }
    if (from.isValid()) {
        p.insert(QStringLiteral("close_from"), from.toString(Qt::ISODate));
        p.insert(QStringLiteral("close_to"), to.toString(Qt::ISODate));
    }
    return p;
}

void PipelineBoard::refresh()
{
    m_pending = 3;
    const QJsonObject filter = filterParams();
    auto fail = [this](const Rpc::Error& e) {
        m_message->setText(ErrorText::describe(e));
        m_message->show();
        done();
    };
    m_client.call(
        QStringLiteral("crm.stage.list"), {}, this,
        [this](const QJsonObject& r) {
            m_stages = r.value(QLatin1String("rows")).toArray();
            done();
        },
        fail);
    m_client.call(
        QStringLiteral("crm.opportunity.list"),
        {{QStringLiteral("filter"), filter},
         {QStringLiteral("sort"), QStringLiteral("-amount")},
         {QStringLiteral("limit"), 1000}},
        this,
        [this](const QJsonObject& r) {
            m_rows = r.value(QLatin1String("rows")).toArray();
            done();
        },
        fail);
    m_client.call(
        QStringLiteral("crm.pipeline.summary"), filter, this,
        [this](const QJsonObject& r) {
            m_summary = r;
            done();
        },
        fail);
}

void PipelineBoard::done()
{
    if (--m_pending > 0)
        return;
    rebuild(m_stages);
    fill(m_rows, m_summary);
    emit loaded();
}

void PipelineBoard::rebuild(const QJsonArray& stages)
{
    while (QLayoutItem* item = m_boardLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_columns.clear();
    m_columnList.clear();
    m_headers.clear();
    for (const QJsonValue& v : stages) {
        const QJsonObject stage = v.toObject();
        const qint64 id = stage.value(QLatin1String("id")).toInteger();
        auto* box = new QWidget(m_board);
        auto* layout = new QVBoxLayout(box);
        layout->setContentsMargins(2, 2, 2, 2);
        auto* header = new QLabel(box);
        header->setObjectName(QStringLiteral("stageHeader"));
        header->setAlignment(Qt::AlignCenter);
        auto* column = new StageColumn(id, box);
        column->setObjectName(QStringLiteral("stageColumn"));
        column->setProperty("stageName", PipelineClient::stageName(stage));
        connect(column, &StageColumn::cardDropped, this, &PipelineBoard::moveCard);
        connect(column, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
            openOpportunity(item->data(StageColumn::IdRole).toLongLong());
        });
        layout->addWidget(header);
        layout->addWidget(column, 1);
        m_boardLayout->addWidget(box);
        m_columns.insert(id, column);
        m_columnList.append(column);
        m_headers.insert(id, header);
    }
}

void PipelineBoard::fill(const QJsonArray& rows, const QJsonObject& summary)
{
    const QString currency = summary.value(QLatin1String("currency")).toString();
    for (const QJsonValue& v : summary.value(QLatin1String("stages")).toArray()) {
        const QJsonObject s = v.toObject();
        QLabel* header = m_headers.value(s.value(QLatin1String("id")).toInteger());
        if (!header)
            continue;
        header->setText(
            tr("%1\n%2 · %3 %4")
                .arg(PipelineClient::stageName(s))
                .arg(s.value(QLatin1String("count")).toInteger())
                .arg(PipelineClient::amountText(s.value(QLatin1String("amount")).toString()),
                     currency));
    }
    m_table->setRowCount(0);
    for (const QJsonValue& v : rows) {
        const QJsonObject o = v.toObject();
        const qint64 id = o.value(QLatin1String("id")).toInteger();
        const QString amount =
            PipelineClient::amountText(o.value(QLatin1String("amount")).toString());
        const QString owner = o.value(QLatin1String("owner_name")).toString();
        const QString customer = o.value(QLatin1String("customer_name")).toString();
        if (StageColumn* column = m_columns.value(o.value(QLatin1String("stage_id")).toInteger())) {
            auto* card = new QListWidgetItem(
                QStringLiteral("%1\n%2\n%3 %4 · %5")
                    .arg(o.value(QLatin1String("title")).toString(), customer, amount,
                         o.value(QLatin1String("currency")).toString(), owner),
                column);
            card->setData(StageColumn::IdRole, id);
            card->setData(StageColumn::VersionRole, o.value(QLatin1String("version")).toInteger());
            card->setToolTip(o.value(QLatin1String("number")).toString());
        }
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const QStringList cells{
            o.value(QLatin1String("number")).toString(),
            o.value(QLatin1String("title")).toString(),
            customer,
            PipelineClient::stageName(o),
            amount,
            QStringLiteral("%1%").arg(o.value(QLatin1String("probability")).toInt()),
            o.value(QLatin1String("expected_close")).toString(),
            owner};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(row, c, new QTableWidgetItem(cells.at(c)));
        m_table->item(row, NumberCol)->setData(StageColumn::IdRole, id);
    }
}

void PipelineBoard::moveCard(qint64 opportunityId, qint64 stageId)
{
    StageColumn* from = nullptr;
    QListWidgetItem* card = nullptr;
    for (StageColumn* c : std::as_const(m_columnList))
        if ((card = c->card(opportunityId))) {
            from = c;
            break;
        }
    StageColumn* to = m_columns.value(stageId);
    if (!card || !to || from == to)
        return;
    // At once on screen; the server decides.
    const int row = from->row(card);
    from->takeItem(row);
    to->addItem(card);
    m_message->hide();
    const qint64 version = card->data(StageColumn::VersionRole).toLongLong();
    QPointer<StageColumn> source(from);
    m_client.call(
        QStringLiteral("crm.opportunity.move"),
        {{QStringLiteral("id"), opportunityId},
         {QStringLiteral("version"), version},
         {QStringLiteral("stage_id"), stageId}},
        this, [this](const QJsonObject&) { refresh(); },
        [this, opportunityId, source, row](const Rpc::Error& e) {
            // Refused: the card snaps back where it was, with the server's reason.
            for (StageColumn* c : std::as_const(m_columnList)) {
                if (QListWidgetItem* moved = c->card(opportunityId); moved && source) {
                    c->takeItem(c->row(moved));
                    source->insertItem(qMin(row, source->count()), moved);
                    break;
                }
            }
            m_message->setText(ErrorText::describe(e));
            m_message->show();
        });
}

void PipelineBoard::openOpportunity(qint64 id)
{
    auto* dialog = new OpportunityDialog(m_client, id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &OpportunityDialog::changed, this, &PipelineBoard::refresh);
    connect(dialog, &OpportunityDialog::orderCreated, this, [this](qint64 orderId) {
        emit navigateRequested(QStringLiteral("orders/order/%1").arg(orderId));
    });
    emit dialogOpened(dialog);
    dialog->open();
}

} // namespace Erp::Client::Pipeline
