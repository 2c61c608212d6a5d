#include "app/widgets/entitypicker.h"

#include "app/net/apiclient.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QKeyEvent>
#include <QStandardItemModel>

namespace Erp::Client {

namespace {
constexpr int RowRole = Qt::UserRole + 1;
constexpr int PickRole = Qt::UserRole + 2;
} // namespace

EntityPicker::EntityPicker(ApiClient& api, QString method, QWidget* parent)
    : QLineEdit(parent)
    , m_api(api)
    , m_method(std::move(method))
    , m_completer(new QCompleter(this))
    , m_model(new QStandardItemModel(this))
{
    setClearButtonEnabled(true);
    m_completer->setModel(m_model);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCompletionRole(PickRole);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setMaxVisibleItems(12);
    m_completer->setWidget(this);
    connect(m_completer, qOverload<const QModelIndex&>(&QCompleter::activated), this,
            [this](const QModelIndex& index) {
                const QJsonObject row = index.data(RowRole).toJsonObject();
                if (!row.isEmpty())
                    pick(row);
            });
    m_timer.setSingleShot(true);
    m_timer.setInterval(200); // as you type, without a request per key
    connect(&m_timer, &QTimer::timeout, this, &EntityPicker::search);
    connect(this, &QLineEdit::textEdited, this, [this] {
        if (!m_current.isEmpty()) {
            m_current = {};
            emit cleared();
        }
        m_resolvePending = false;
        m_timer.start();
    });
}

EntityPicker::~EntityPicker() = default;

qint64 EntityPicker::currentId() const
{
    return m_current.value(QLatin1String("id")).toInteger();
}

QString EntityPicker::rowText(const QJsonObject& row) const
{
    return m_rowText ? m_rowText(row) : row.value(QLatin1String("name")).toString();
}

QString EntityPicker::pickedText(const QJsonObject& row) const
{
    return m_pickedText ? m_pickedText(row) : rowText(row);
}

bool EntityPicker::isPopupVisible() const
{
    return m_completer->popup()->isVisible();
}

void EntityPicker::setCurrent(const QJsonObject& row)
{
    m_timer.stop();
    m_resolvePending = false;
    m_current = row;
    setText(row.isEmpty() ? QString() : pickedText(row));
    setCursorPosition(0);
}

void EntityPicker::clearCurrent()
{
    setCurrent({});
}

void EntityPicker::search()
{
    m_timer.stop();
    const QString text = this->text().trimmed();
    if (text.isEmpty()) {
        m_model->clear();
        m_matches = {};
        m_matchesFor.clear();
        return;
    }
    QJsonObject params = m_params;
    params.insert(QStringLiteral("search"), text);
    params.insert(QStringLiteral("limit"), m_limit);
    const quint64 request = ++m_request;
    m_searching = true;
    m_api.call(
        m_method, params, this,
        [this, request, text](const QJsonValue& v) {
            received(request, text, v.toObject().value(QLatin1String("rows")).toArray());
        },
        [this, request, text](const Rpc::Error&) { received(request, text, {}); });
}

void EntityPicker::received(quint64 request, const QString& text, const QJsonArray& rows)
{
    if (request != m_request)
        return; // an older answer: the text changed meanwhile
    m_searching = false;
    m_matches = {};
    m_matchesFor = text;
    m_model->clear();
    for (const QJsonValue& v : rows) {
        const QJsonObject row = v.toObject();
        if (m_filter && !m_filter(row))
            continue;
        m_matches.append(row);
        auto* item = new QStandardItem(rowText(row));
        item->setData(row, RowRole);
        item->setData(pickedText(row), PickRole);
        item->setEditable(false);
        m_model->appendRow(item);
    }
    if (m_resolvePending) {
        m_resolvePending = false;
        if (!tryResolve() && m_matches.isEmpty())
            emit noMatch(text);
        return;
    }
    if (hasFocus() && !m_matches.isEmpty() && m_current.isEmpty())
        m_completer->complete();
}

bool EntityPicker::tryResolve()
{
    const QString text = this->text().trimmed();
    QJsonObject exact;
    int exactCount = 0;
    for (const QJsonValue& v : std::as_const(m_matches)) {
        const QJsonObject row = v.toObject();
        const bool same =
            m_exact ? m_exact(row, text) : pickedText(row).compare(text, Qt::CaseInsensitive) == 0;
        if (same) {
            exact = row;
            ++exactCount;
        }
    }
    if (exactCount == 1) {
        pick(exact);
        return true;
    }
    if (m_matches.size() == 1) {
        pick(m_matches.first().toObject());
        return true;
    }
    if (!m_matches.isEmpty()) {
        m_completer->complete(); // several: the clerk chooses
        return false;
    }
    return false;
}

void EntityPicker::resolve()
{
    const QString text = this->text().trimmed();
    if (!m_current.isEmpty() && text == pickedText(m_current).trimmed()) {
        emit picked(m_current);
        return;
    }
    if (text.isEmpty())
        return;
    if (!m_timer.isActive() && !m_searching && m_matchesFor == text) {
        if (!tryResolve() && m_matches.isEmpty())
            emit noMatch(text);
        return;
    }
    m_resolvePending = true;
    if (!m_searching || m_timer.isActive())
        search();
}

void EntityPicker::pick(const QJsonObject& row)
{
    m_timer.stop();
    m_resolvePending = false;
    m_current = row;
    setText(pickedText(row));
    if (m_completer->popup()->isVisible())
        m_completer->popup()->hide();
    emit picked(row);
}

void EntityPicker::keyPressEvent(QKeyEvent* event)
{
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && !m_completer->popup()->isVisible()) {
        const QString text = this->text().trimmed();
        const bool settled =
            text.isEmpty() || (!m_current.isEmpty() && text == pickedText(m_current).trimmed());
        if (!settled) {
            resolve();
            event->accept(); // not the dialog's default button: the pick is not made yet
            return;
        }
    }
    QLineEdit::keyPressEvent(event);
}

} // namespace Erp::Client
