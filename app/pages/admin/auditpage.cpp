#include "app/pages/admin/auditpage.h"

#include "app/models/format.h"
#include "app/models/remotetablemodel.h"
#include "app/pages/admin/auditdetail.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHeaderView>
#include <QLineEdit>
#include <QTableView>

namespace Erp::Client::Admin {

namespace {
enum ColumnIndex { AtCol, UserCol, MethodCol, EntityCol, EntityIdCol };

const QDate kNoDate(2000, 1, 1); ///< the date edits' "Any" value

QDateEdit* makeDateEdit(QWidget* parent)
{
    auto* edit = new QDateEdit(parent);
    edit->setCalendarPopup(true);
    edit->setMinimumDate(kNoDate);
    edit->setSpecialValueText(AuditPage::tr("Any"));
    edit->setDisplayFormat(Format::shortDatePattern());
    edit->setDate(kNoDate);
    return edit;
}

QString utcText(const QDateTime& local)
{
    return local.toUTC().toString(Qt::ISODateWithMs);
}
} // namespace

AuditPage::AuditPage(ApiClient& api, QWidget* parent)
    : ListPage(parent)
    , m_client(api)
    , m_entity(new QComboBox(this))
    , m_user(new QComboBox(this))
    , m_method(new QLineEdit(this))
    , m_from(makeDateEdit(this))
    , m_to(makeDateEdit(this))
    , m_detail(new AuditDetail(this))
{
    setObjectName(QStringLiteral("auditPage"));
    QList<Column> columns{
        Column(QStringLiteral("at"), tr("When"), Column::Kind::Date).notSortable(),
        Column(QStringLiteral("username"), tr("User")).notSortable(),
        Column(QStringLiteral("method"), tr("Action")).notSortable(),
        Column(QStringLiteral("entity"), tr("Record Type")).notSortable(),
        Column(QStringLiteral("entity_id"), tr("Record"), Column::Kind::Int).notSortable(),
    };
    auto* model = new RemoteTableModel(api, AdminClient::auditListMethod(), columns, this);
    model->setEntity(QStringLiteral("*")); // every change writes an audit entry
    setModel(model);
    setExportName(tr("Audit trail"));
    setSearchVisible(false); // the audit list is filtered, not searched
    view()->horizontalHeader()->resizeSection(AtCol, 170);
    view()->horizontalHeader()->resizeSection(UserCol, 120);
    view()->horizontalHeader()->resizeSection(MethodCol, 220);
    view()->horizontalHeader()->resizeSection(EntityCol, 120);
    setEmptyTexts(tr("The audit trail is empty."),
                  tr("No entry matches the filters. Widen the date range or clear the filters."));
    setDetailWidget(m_detail);

    m_entity->setEditable(true);
    m_entity->addItem(tr("All"), QString());
    for (const char* e : {"user", "role"})
        m_entity->addItem(QString::fromLatin1(e), QString::fromLatin1(e));
    m_entity->setMinimumContentsLength(10);
    addFilterWidget(tr("Record type:"), m_entity);
    m_user->addItem(tr("Anyone"), 0);
    m_user->setMinimumContentsLength(12);
    addFilterWidget(tr("User:"), m_user);
    m_method->setPlaceholderText(tr("e.g. admin.user.update"));
    m_method->setClearButtonEnabled(true);
    addFilterWidget(tr("Action:"), m_method);
    addFilterWidget(tr("From:"), m_from);
    addFilterWidget(tr("To:"), m_to);

    m_filterTimer.setSingleShot(true);
    m_filterTimer.setInterval(300);
    connect(&m_filterTimer, &QTimer::timeout, this, &AuditPage::applyFilter);
    auto later = [this] { m_filterTimer.start(); };
    connect(m_entity, &QComboBox::currentTextChanged, this, later);
    connect(m_user, &QComboBox::currentIndexChanged, this, later);
    connect(m_method, &QLineEdit::textChanged, this, later);
    connect(m_from, &QDateEdit::dateChanged, this, later);
    connect(m_to, &QDateEdit::dateChanged, this, later);
    connect(this, &ListPage::currentRowChanged, m_detail, &AuditDetail::showRecord);
    loadUsers();
}

void AuditPage::refresh()
{
    loadUsers();
    ListPage::refresh();
}

void AuditPage::loadUsers()
{
    if (!m_client.api().hasPermission(QStringLiteral("admin.user.read"))) {
        m_user->setEnabled(false);
        return;
    }
    m_client.listUsers(
        this,
        [this](const QList<User>& users) {
            const qint64 current = m_user->currentData().toLongLong();
            QSignalBlocker block(m_user);
            while (m_user->count() > 1)
                m_user->removeItem(1);
            for (const User& u : users)
                m_user->addItem(u.fullName.isEmpty()
                                    ? u.username
                                    : QStringLiteral("%1 (%2)").arg(u.username, u.fullName),
                                u.id);
            const int index = m_user->findData(current);
            m_user->setCurrentIndex(index < 0 ? 0 : index);
        },
        [](const Rpc::Error&) {});
}

QJsonObject AuditPage::currentFilter() const
{
    QJsonObject filter;
    QString entity = m_entity->currentText().trimmed();
    if (m_entity->currentIndex() == 0 && entity == m_entity->itemText(0))
        entity.clear();
    if (!entity.isEmpty())
        filter.insert(QStringLiteral("entity"), entity);
    const qint64 user = m_user->currentData().toLongLong();
    if (user > 0)
        filter.insert(QStringLiteral("user_id"), user);
    const QString method = m_method->text().trimmed();
    if (!method.isEmpty())
        filter.insert(QStringLiteral("method"), method);
    if (m_from->date() > kNoDate)
        filter.insert(QStringLiteral("from"), utcText(m_from->date().startOfDay()));
    if (m_to->date() > kNoDate)
        filter.insert(QStringLiteral("to"), utcText(m_to->date().endOfDay()));
    return filter;
}

bool AuditPage::hasActiveFilter() const
{
    return !currentFilter().isEmpty();
}

void AuditPage::applyFilter()
{
    model()->setFilter(currentFilter());
    m_detail->showRecord(currentRow());
}

} // namespace Erp::Client::Admin
