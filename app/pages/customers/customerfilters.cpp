#include "app/pages/customers/customerfilters.h"

#include "app/models/remotetablemodel.h"
#include "app/pages/customers/customerclient.h"
#include "app/pages/customers/customertext.h"
#include "app/widgets/listpage.h"

#include <QComboBox>
#include <QJsonArray>
#include <QLineEdit>
#include <QToolButton>

namespace Erp::Client::Customers {

namespace {
constexpr int MaxOffered = 300; ///< values offered per free-text filter

QComboBox* textChoice(QWidget* parent, const QString& placeholder, const QString& name)
{
    auto* combo = new QComboBox(parent);
    combo->setObjectName(name);
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    combo->lineEdit()->setPlaceholderText(placeholder);
    combo->lineEdit()->setClearButtonEnabled(true);
    combo->setMinimumContentsLength(7);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    return combo;
}
} // namespace

CustomerFilters::CustomerFilters(CustomerClient& client, ListPage& page)
    : QObject(&page)
    , m_client(client)
    , m_status(new QComboBox(&page))
    , m_kind(new QComboBox(&page))
    , m_tag(textChoice(&page, tr("Any tag"), QStringLiteral("tagFilter")))
    , m_owner(new QComboBox(&page))
    , m_province(textChoice(&page, tr("Any"), QStringLiteral("provinceFilter")))
    , m_city(textChoice(&page, tr("Any"), QStringLiteral("cityFilter")))
    , m_clear(new QToolButton(&page))
{
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->addItem(CustomerText::status(QStringLiteral("active")), QStringLiteral("active"));
    m_status->addItem(CustomerText::status(QStringLiteral("archived")), QStringLiteral("archived"));
    m_status->addItem(CustomerText::status(QStringLiteral("merged")), QStringLiteral("merged"));
    //: Status filter: active and archived customers (merged ones are left out)
    m_status->addItem(tr("All"), QStringLiteral("all"));
    m_kind->setObjectName(QStringLiteral("kindFilter"));
    m_kind->addItem(tr("All kinds"));
    m_kind->addItem(CustomerText::kind(QStringLiteral("company")), QStringLiteral("company"));
    m_kind->addItem(CustomerText::kind(QStringLiteral("individual")), QStringLiteral("individual"));
    m_owner->setObjectName(QStringLiteral("ownerFilter"));
    m_owner->addItem(tr("Anyone"));
    m_owner->addItem(tr("Me"), m_client.api().session().userId);
    m_owner->setMinimumContentsLength(8);
    m_owner->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);

    page.addFilterWidget(tr("Status:"), m_status);
    page.addFilterWidget(tr("Kind:"), m_kind);
    page.addFilterWidget(tr("Tag:"), m_tag);
    page.addFilterWidget(tr("Owner:"), m_owner);
    page.addFilterWidget(tr("Province:"), m_province);
    page.addFilterWidget(tr("City:"), m_city);
    m_clear->setObjectName(QStringLiteral("clearFilters"));
    m_clear->setText(tr("Clear Filters"));
    m_clear->setAutoRaise(true);
    m_clear->setVisible(false);
    page.addFilterWidget(QString(), m_clear);
    connect(m_clear, &QToolButton::clicked, this, &CustomerFilters::clear);

    for (QComboBox* combo : {m_status, m_kind, m_owner})
        connect(combo, &QComboBox::currentIndexChanged, this, &CustomerFilters::emitIfChanged);
    for (QComboBox* combo : {m_tag, m_province, m_city}) {
        // Free text applies on Enter, on leaving the field or on picking an offered value.
        connect(combo->lineEdit(), &QLineEdit::editingFinished, this,
                &CustomerFilters::emitIfChanged);
        connect(combo, &QComboBox::textActivated, this, &CustomerFilters::emitIfChanged);
        connect(combo->lineEdit(), &QLineEdit::textChanged, this, [this](const QString& text) {
            if (text.isEmpty()) // the clear button
                emitIfChanged();
        });
    }
    m_last = filter();
}

QJsonObject CustomerFilters::filter() const
{
    QJsonObject f{{QStringLiteral("status"), m_status->currentData().toString()}};
    if (m_kind->currentIndex() > 0)
        f.insert(QStringLiteral("kind"), m_kind->currentData().toString());
    if (m_owner->currentIndex() > 0)
        f.insert(QStringLiteral("owner_id"), m_owner->currentData().toLongLong());
    const QString tag = m_tag->currentText().trimmed();
    if (!tag.isEmpty())
        f.insert(QStringLiteral("tag"), tag);
    const QString province = m_province->currentText().trimmed();
    if (!province.isEmpty())
        f.insert(QStringLiteral("province"), province);
    const QString city = m_city->currentText().trimmed();
    if (!city.isEmpty())
        f.insert(QStringLiteral("city"), city);
    return f;
}

bool CustomerFilters::isNarrowed() const
{
    const QJsonObject f = filter();
    return f.size() > 1 || f.value(QLatin1String("status")).toString() != QLatin1String("active");
}

void CustomerFilters::clear()
{
    const QSignalBlocker b1(m_status), b2(m_kind), b3(m_owner), b4(m_tag), b5(m_province),
        b6(m_city);
    m_status->setCurrentIndex(0);
    m_kind->setCurrentIndex(0);
    m_owner->setCurrentIndex(0);
    for (QComboBox* combo : {m_tag, m_province, m_city})
        combo->setEditText(QString());
    emitIfChanged();
}

void CustomerFilters::emitIfChanged()
{
    m_clear->setVisible(isNarrowed());
    const QJsonObject f = filter();
    if (f == m_last)
        return;
    m_last = f;
    emit changed();
}

void CustomerFilters::loadOwners()
{
    if (!m_client.canListOwners())
        return;
    m_client.listOwners(
        this,
        [this](const QList<Owner>& owners) {
            const QVariant current = m_owner->currentData();
            const QSignalBlocker block(m_owner);
            while (m_owner->count() > 2)
                m_owner->removeItem(2);
            m_owner->insertSeparator(2);
            for (const Owner& o : owners) {
                if (o.id != m_client.api().session().userId)
                    m_owner->addItem(o.displayName(), o.id);
            }
            const int index = current.isValid() ? m_owner->findData(current) : 0;
            m_owner->setCurrentIndex(qMax(0, index));
        },
        [](const Rpc::Error&) {}); // "Anyone" and "Me" still work
}

void CustomerFilters::learnFrom(const RemoteTableModel* model)
{
    connect(
        model, &QAbstractItemModel::rowsInserted, this,
        [this, model](const QModelIndex&, int first, int last) { learnRows(model, first, last); });
    connect(model, &QAbstractItemModel::modelReset, this,
            [this, model] { learnRows(model, 0, model->rowCount() - 1); });
}

void CustomerFilters::learnRows(const RemoteTableModel* model, int first, int last)
{
    for (int row = first; row <= last; ++row) {
        const QJsonObject r = model->row(row);
        for (const QJsonValue& t : r.value(QLatin1String("tags")).toArray())
            offer(m_tag, m_tags, t.toString());
        offer(m_province, m_provinces, r.value(QLatin1String("province")).toString());
        offer(m_city, m_cities, r.value(QLatin1String("city")).toString());
    }
}

void CustomerFilters::offer(QComboBox* combo, QSet<QString>& seen, const QString& value)
{
    if (value.isEmpty() || seen.size() >= MaxOffered || seen.contains(value))
        return;
    seen.insert(value);
    const QSignalBlocker block(combo);
    const QString text = combo->currentText();
    int at = 0;
    while (at < combo->count() && QString::localeAwareCompare(combo->itemText(at), value) < 0)
        ++at;
    combo->insertItem(at, value);
    combo->setEditText(text); // inserting must not change what the user typed
}

} // namespace Erp::Client::Customers
