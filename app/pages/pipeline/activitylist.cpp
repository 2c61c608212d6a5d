#include "app/pages/pipeline/activitylist.h"

#include "app/net/errortext.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTableWidget>
#include <QTimeZone>
#include <QToolBar>
#include <QVBoxLayout>

namespace Erp::Client::Pipeline {

namespace {

QString kindText(const QString& kind)
{
    if (kind == QLatin1String("call"))
        return ActivityList::tr("Call");
    if (kind == QLatin1String("meeting"))
        return ActivityList::tr("Meeting");
    if (kind == QLatin1String("email"))
        return ActivityList::tr("E-mail");
    return ActivityList::tr("Task");
}

} // namespace

ActivityDialog::ActivityDialog(const PipelineClient& client, const QJsonObject& activity,
                               QWidget* parent)
    : QDialog(parent)
    , m_client(client)
    , m_activity(activity)
    , m_kind(new QComboBox(this))
    , m_subject(new QLineEdit(this))
    , m_due(new QDateTimeEdit(this))
    , m_result(new QPlainTextEdit(this))
    , m_done(new QCheckBox(tr("Done"), this))
    , m_error(new QLabel(this))
{
    setWindowTitle(activity.value(QLatin1String("id")).toInteger() > 0 ? tr("Activity")
                                                                       : tr("New Activity"));
    for (const char* kind : {"call", "meeting", "email", "task"})
        m_kind->addItem(kindText(QString::fromLatin1(kind)), QString::fromLatin1(kind));
    m_kind->setCurrentIndex(
        qMax(0, m_kind->findData(activity.value(QLatin1String("kind")).toString())));
    m_subject->setText(activity.value(QLatin1String("subject")).toString());
    const QDateTime due =
        QDateTime::fromString(activity.value(QLatin1String("due_at")).toString(), Qt::ISODate);
    m_due->setDateTime(due.isValid() ? due.toLocalTime()
                                     : QDateTime::currentDateTime().addSecs(3600));
    m_due->setCalendarPopup(true);
    m_result->setPlainText(activity.value(QLatin1String("result")).toString());
    m_done->setChecked(activity.value(QLatin1String("done")).toBool());
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    auto* form = new QFormLayout;
    form->addRow(tr("Kind:"), m_kind);
    form->addRow(tr("Subject:"), m_subject);
    form->addRow(tr("Due:"), m_due);
    if (!activity.value(QLatin1String("customer_name")).toString().isEmpty())
        form->addRow(tr("Customer:"),
                     new QLabel(activity.value(QLatin1String("customer_name")).toString(), this));
    form->addRow(tr("Result:"), m_result);
    form->addRow(QString(), m_done);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ActivityDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

void ActivityDialog::save()
{
    QJsonObject p{{QStringLiteral("kind"), m_kind->currentData().toString()},
                  {QStringLiteral("subject"), m_subject->text()},
                  {QStringLiteral("due_at"), m_due->dateTime().toUTC().toString(Qt::ISODate)},
                  {QStringLiteral("result"), m_result->toPlainText()},
                  {QStringLiteral("done"), m_done->isChecked()}};
    const qint64 id = m_activity.value(QLatin1String("id")).toInteger();
    if (id > 0) {
        p.insert(QStringLiteral("id"), id);
        p.insert(QStringLiteral("version"), m_activity.value(QLatin1String("version")));
    } else {
        for (const char* link : {"customer_id", "opportunity_id", "lead_id"})
            if (m_activity.value(QLatin1String(link)).toInteger() > 0)
                p.insert(QLatin1String(link), m_activity.value(QLatin1String(link)));
    }
    m_client.call(
        id > 0 ? QStringLiteral("crm.activity.update") : QStringLiteral("crm.activity.create"), p,
        this,
        [this](const QJsonObject&) {
            emit saved();
            accept();
        },
        [this](const Rpc::Error& e) { m_error->setText(ErrorText::describe(e)); });
}

ActivityList::ActivityList(ApiClient& api, QWidget* parent)
    : QWidget(parent)
    , m_client(api)
    , m_table(new QTableWidget(0, 5, this))
{
    setObjectName(QStringLiteral("activityList"));
    auto* tools = new QToolBar(this);
    m_new = tools->addAction(tr("New Activity…"), this, [this] { openActivity(-1); });
    m_new->setShortcut(QKeySequence::New);
    m_new->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_new->setVisible(m_client.mayWrite());
    addAction(m_new);
    auto* done = tools->addAction(tr("Done"), this, [this] {
        const QJsonObject a = m_rows.value(m_table->currentRow());
        if (a.isEmpty())
            return;
        m_client.call(QStringLiteral("crm.activity.complete"),
                      {{QStringLiteral("id"), a.value(QLatin1String("id"))},
                       {QStringLiteral("version"), a.value(QLatin1String("version"))}},
                      this, [this](const QJsonObject&) { refresh(); }, {});
    });
    done->setVisible(m_client.mayWrite());
    tools->addAction(tr("Refresh"), this, &ActivityList::refresh);
    m_table->setHorizontalHeaderLabels(
        {tr("Due"), tr("Kind"), tr("Subject"), tr("Customer"), tr("Result")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setStretchLastSection(true);
    connect(m_table, &QTableWidget::cellActivated, this,
            [this](int row, int) { openActivity(row); });
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(tools);
    layout->addWidget(m_table, 1);
}

void ActivityList::refresh()
{
    m_client.call(
        QStringLiteral("crm.activity.mine"), {{QStringLiteral("limit"), 500}}, this,
        [this](const QJsonObject& r) {
            m_rows.clear();
            m_table->setRowCount(0);
            for (const QJsonValue& v : r.value(QLatin1String("rows")).toArray()) {
                const QJsonObject a = v.toObject();
                const int row = m_table->rowCount();
                m_table->insertRow(row);
                m_rows.append(a);
                const QDateTime due =
                    QDateTime::fromString(a.value(QLatin1String("due_at")).toString(), Qt::ISODate);
                const QStringList cells{QLocale().toString(due.toLocalTime(), QLocale::ShortFormat),
                                        kindText(a.value(QLatin1String("kind")).toString()),
                                        a.value(QLatin1String("subject")).toString(),
                                        a.value(QLatin1String("customer_name")).toString(),
                                        a.value(QLatin1String("result")).toString()};
                const bool overdue = a.value(QLatin1String("overdue")).toBool();
                for (int c = 0; c < cells.size(); ++c) {
                    auto* item = new QTableWidgetItem(cells.at(c));
                    if (overdue)
                        item->setForeground(QColor(0xb0, 0x00, 0x20));
                    m_table->setItem(row, c, item);
                }
            }
            emit loaded();
        },
        {});
}

void ActivityList::openActivity(int row)
{
    auto* dialog = new ActivityDialog(m_client, m_rows.value(row), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ActivityDialog::saved, this, &ActivityList::refresh);
    emit dialogOpened(dialog);
    dialog->open();
}

} // namespace Erp::Client::Pipeline
