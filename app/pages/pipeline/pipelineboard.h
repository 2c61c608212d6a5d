#pragma once

#include "app/pages/pipeline/pipelineclient.h"

#include <QHash>
#include <QListWidget>
#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QStackedWidget;
class QTableWidget;
class QHBoxLayout;

namespace Erp::Client::Pipeline {

/// One column of the board: the cards of a stage. A card dropped here asks the board to move
/// the opportunity; nothing moves until the server agrees.
class StageColumn final : public QListWidget
{
    Q_OBJECT
public:
    static constexpr int IdRole = Qt::UserRole + 1;
    static constexpr int VersionRole = Qt::UserRole + 2;
    static QString mimeType() { return QStringLiteral("application/x-erp-opportunity"); }

    StageColumn(qint64 stageId, QWidget* parent = nullptr);
    qint64 stageId() const { return m_stageId; }
    /// The card of an opportunity, or null.
    QListWidgetItem* card(qint64 opportunityId) const;

signals:
    void cardDropped(qint64 opportunityId, qint64 stageId);

protected:
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QList<QListWidgetItem*>& items) const override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    qint64 m_stageId;
};

/// The Pipeline view of the Customers tab: a kanban of the opportunities (a column per stage,
/// count and sum in its header from crm.pipeline.summary, cards with title, customer, amount
/// and owner), drag and drop to move (crm.opportunity.move: a refused move snaps back and shows
/// the server's message), filters by owner and close period, and a list view.
class PipelineBoard final : public QWidget
{
    Q_OBJECT
public:
    explicit PipelineBoard(ApiClient& api, QWidget* parent = nullptr);

    void refresh();
    /// Moves a card as a drop does: at once on screen, back if the server refuses.
    void moveCard(qint64 opportunityId, qint64 stageId);
    void openOpportunity(qint64 id);

    QList<StageColumn*> columns() const { return m_columnList; }
    StageColumn* column(qint64 stageId) const { return m_columns.value(stageId); }
    QLabel* header(qint64 stageId) const { return m_headers.value(stageId); }
    QLabel* message() const { return m_message; }
    QTableWidget* table() const { return m_table; }
    QComboBox* ownerFilter() const { return m_owner; }
    QComboBox* periodFilter() const { return m_period; }
    QAction* listToggle() const { return m_toggle; }
    QAction* newAction() const { return m_new; }
    bool isLoading() const { return m_pending > 0; }

signals:
    /// The board has loaded (or reloaded) its stages, cards and sums.
    void loaded();
    /// A won opportunity's order should be shown ("orders/order/<id>").
    void navigateRequested(const QString& target);
    void dialogOpened(QDialog* dialog);

private:
    QJsonObject filterParams() const;
    void rebuild(const QJsonArray& stages);
    void fill(const QJsonArray& rows, const QJsonObject& summary);
    void done();

    PipelineClient m_client;
    QComboBox* m_owner;
    QComboBox* m_period;
    QLabel* m_message;
    QStackedWidget* m_stack;
    QWidget* m_board;
    QHBoxLayout* m_boardLayout;
    QTableWidget* m_table;
    QAction* m_toggle;
    QAction* m_new;
    QHash<qint64, StageColumn*> m_columns;
    QList<StageColumn*> m_columnList;
    QHash<qint64, QLabel*> m_headers;
    QJsonArray m_stages;
    QJsonArray m_rows;
    QJsonObject m_summary;
    int m_pending = 0;
};

} // namespace Erp::Client::Pipeline
