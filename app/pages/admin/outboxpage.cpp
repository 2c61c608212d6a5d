#include "app/pages/admin/outboxpage.h"

#include "app/models/remotetablemodel.h"
#include "app/net/apiclient.h"
#include "app/net/errortext.h"
#include "app/widgets/statusbadge.h"
#include "app/widgets/theme.h"

#include <QAction>
#include <QComboBox>
#include <QHeaderView>
#include <QJsonObject>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTableView>

namespace Erp::Client::Admin {

namespace {

enum ColumnIndex { CreatedCol, ToCol, SubjectCol, StateCol, AttemptsCol, ErrorCol, SentCol };

QString stateText(const QString& state)
{
    if (state == QLatin1String("queued"))
        return OutboxPage::tr("Queued");
    if (state == QLatin1String("sending"))
        return OutboxPage::tr("Sending");
    if (state == QLatin1String("sent"))
        return OutboxPage::tr("Sent");
    if (state == QLatin1String("failed"))
        return OutboxPage::tr("Failed");
    return state;
}

Column::Tone stateTone(const QJsonObject& row)
{
    const QString state = row.value(QLatin1String("state")).toString();
    if (state == QLatin1String("sent"))
        return Column::Tone::Done;
    if (state == QLatin1String("failed"))
        return Column::Tone::Problem;
    // Queued after a failed attempt: waiting for the next one.
    return row.value(QLatin1String("attempts")).toInt() > 0 ? Column::Tone::Waiting
                                                            : Column::Tone::Neutral;
}

bool canRetry(const QJsonObject& row)
{
    const QString state = row.value(QLatin1String("state")).toString();
    return state == QLatin1String("failed") || state == QLatin1String("queued");
}

} // namespace

OutboxPage::OutboxPage(ApiClient& api, QWidget* parent)
    : ListPage(parent)
    , m_api(api)
    , m_state(new QComboBox(this))
    , m_body(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("outboxPage"));
    const QList<Column> columns{
        Column(QStringLiteral("created_at"), tr("Queued At"), Column::Kind::Date).notSortable(),
        Column(QStringLiteral("to_address"), tr("To")).notSortable(),
        Column(QStringLiteral("subject"), tr("Subject")).notSortable(),
        Column(QStringLiteral("state"), tr("State"))
            .notSortable()
            .withText([](const QJsonObject& row) {
                return stateText(row.value(QLatin1String("state")).toString());
            })
            .withTone(stateTone),
        Column(QStringLiteral("attempts"), tr("Attempts"), Column::Kind::Int).notSortable(),
        Column(QStringLiteral("last_error"), tr("Last Error")).notSortable(),
        Column(QStringLiteral("sent_at"), tr("Sent At"), Column::Kind::Date).notSortable(),
    };
    auto* listModel = new RemoteTableModel(api, QStringLiteral("mail.outbox.list"), columns, this);
    listModel->setEntity(QStringLiteral("mail.outbox"));
    setModel(listModel);
    setExportName(tr("Outbox"));
    view()->setItemDelegateForColumn(StateCol, new StatusBadgeDelegate(view()));
    view()->horizontalHeader()->resizeSection(CreatedCol, 150);
    view()->horizontalHeader()->resizeSection(ToCol, 200);
    view()->horizontalHeader()->resizeSection(SubjectCol, 280);
    view()->horizontalHeader()->resizeSection(StateCol, 90);
    setEmptyTexts(tr("No e-mail has been queued yet. Customers are written to when their orders "
                     "are approved, shipped and delivered."),
                  tr("No e-mail matches the search or the state filter."));
    searchEdit()->setPlaceholderText(tr("Search recipient or subject (Ctrl+F)"));

    m_state->addItem(tr("All"), QString());
    for (const char* state : {"queued", "sent", "failed"})
        m_state->addItem(stateText(QString::fromLatin1(state)), QString::fromLatin1(state));
    addFilterWidget(tr("State:"), m_state);
    connect(m_state, &QComboBox::currentIndexChanged, this, [this] {
        const QString state = m_state->currentData().toString();
        model()->setFilter(state.isEmpty() ? QJsonObject()
                                           : QJsonObject{{QStringLiteral("state"), state}});
    });

    m_retry = addPageAction(Theme::icon(QStringLiteral("mail-send"), QStyle::SP_BrowserReload),
                            tr("Send Again"));
    m_retry->setToolTip(tr("Send the selected e-mail again now"));
    m_retry->setVisible(api.hasPermission(QStringLiteral("mail.outbox.retry")));
    connect(m_retry, &QAction::triggered, this, &OutboxPage::retryCurrent);

    m_body->setReadOnly(true);
    m_body->setPlaceholderText(tr("Select an e-mail to read it."));
    setDetailWidget(m_body);
    connect(this, &ListPage::currentRowChanged, this, &OutboxPage::showMessageBody);
    connect(this, &ListPage::currentRowChanged, this, &OutboxPage::updateActions);
    updateActions();
}

bool OutboxPage::hasActiveFilter() const
{
    return !m_state->currentData().toString().isEmpty() || ListPage::hasActiveFilter();
}

void OutboxPage::updateActions()
{
    if (!m_retry)
        return; // called by ListPage::setModel() before the actions exist
    m_retry->setEnabled(canRetry(currentRow()));
}

void OutboxPage::showMessageBody(const QJsonObject& row)
{
    m_body->clear();
    const qint64 id = row.value(QLatin1String("id")).toInteger();
    if (id <= 0)
        return;
    m_api.call(
        QStringLiteral("mail.outbox.get"), {{QStringLiteral("id"), id}}, this,
        [this, id](const QJsonValue& result) {
            if (currentId() != id)
                return; // the selection moved on meanwhile
            const QJsonObject m = result.toObject();
            m_body->setPlainText(tr("To: %1\nSubject: %2\n\n%3")
                                     .arg(m.value(QLatin1String("to_address")).toString(),
                                          m.value(QLatin1String("subject")).toString(),
                                          m.value(QLatin1String("body")).toString()));
        },
        [this](const Rpc::Error& e) { m_body->setPlainText(ErrorText::describe(e)); });
}

void OutboxPage::retryCurrent()
{
    const QJsonObject row = currentRow();
    if (!canRetry(row))
        return;
    m_retry->setEnabled(false);
    m_api.call(
        QStringLiteral("mail.outbox.retry"),
        {{QStringLiteral("id"), row.value(QLatin1String("id"))},
         {QStringLiteral("version"), row.value(QLatin1String("version"))}},
        this,
        [this, row](const QJsonValue&) {
            showMessage(tr("The e-mail to %1 is being sent again.")
                            .arg(row.value(QLatin1String("to_address")).toString()));
            model()->refresh();
        },
        [this](const Rpc::Error& e) {
            showMessage(ErrorText::describe(e));
            model()->refresh();
        });
}

} // namespace Erp::Client::Admin
