#include "app/pages/admin/auditdetail.h"

#include "app/models/format.h"
#include "app/widgets/theme.h"

#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QSet>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Erp::Client::Admin {

namespace {
/// Objects are compared field by field; anything else is one pseudo-field.
QJsonObject asObject(const QJsonValue& v)
{
    if (v.isObject())
        return v.toObject();
    if (v.isNull() || v.isUndefined())
        return {};
    return QJsonObject{{QStringLiteral("value"), v}};
}

QString cellText(const QJsonValue& v, bool present)
{
    if (!present)
        return QStringLiteral("—");
    if (v.isString()) {
        const QString s = v.toString();
        const QString formatted = Format::timestamp(s);
        return formatted.isEmpty() ? QStringLiteral("\"\"") : formatted;
    }
    if (v.isNull())
        return QStringLiteral("null");
    return Format::json(v);
}
} // namespace

AuditDetail::AuditDetail(QWidget* parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_fields(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("auditDetail"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);
    m_fields->setColumnCount(3);
    m_fields->setHeaderLabels({tr("Field"), tr("Before"), tr("After")});
    m_fields->setRootIsDecorated(false);
    m_fields->setAlternatingRowColors(true);
    m_fields->setWordWrap(true);
    m_fields->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_fields->header()->resizeSection(0, 160);
    m_fields->header()->resizeSection(1, 320);
    layout->addWidget(m_fields, 1);
    showRecord({});
}

QString AuditDetail::summary() const
{
    return m_summary->text();
}

void AuditDetail::showRecord(const QJsonObject& record)
{
    m_fields->clear();
    if (record.isEmpty()) {
        m_summary->setText(tr("Select an entry to see what changed."));
        return;
    }
    const QString who = record.value(QLatin1String("username")).toString();
    m_summary->setText(tr("%1 — %2 called %3 on %4 #%5")
                           .arg(Format::timestamp(record.value(QLatin1String("at")).toString()),
                                who.isEmpty() ? tr("system") : who,
                                record.value(QLatin1String("method")).toString(),
                                record.value(QLatin1String("entity")).toString(),
                                record.value(QLatin1String("entity_id")).toVariant().toString()));

    const QJsonValue beforeValue = record.value(QLatin1String("before"));
    const QJsonValue afterValue = record.value(QLatin1String("after"));
    const QJsonObject before = asObject(beforeValue);
    const QJsonObject after = asObject(afterValue);
    QStringList keys = before.keys();
    for (const QString& k : after.keys()) {
        if (!before.contains(k))
            keys.append(k);
    }
    QList<QTreeWidgetItem*> changed;
    QList<QTreeWidgetItem*> same;
    QFont bold = m_fields->font();
    bold.setBold(true);
    for (const QString& key : std::as_const(keys)) {
        const bool inBefore = before.contains(key) && !beforeValue.isNull();
        const bool inAfter = after.contains(key) && !afterValue.isNull();
        auto* item = new QTreeWidgetItem(
            {key, cellText(before.value(key), inBefore), cellText(after.value(key), inAfter)});
        const bool differs = inBefore != inAfter || before.value(key) != after.value(key);
        for (int c = 0; c < 3; ++c)
            item->setToolTip(c, item->text(c));
        if (differs) {
            item->setFont(0, bold);
            item->setForeground(2, Theme::toneColor(Column::Tone::Info));
            changed.append(item);
        } else {
            for (int c = 0; c < 3; ++c)
                item->setForeground(c, Theme::mutedTextColor());
            same.append(item);
        }
    }
    m_fields->addTopLevelItems(changed);
    m_fields->addTopLevelItems(same);
}

} // namespace Erp::Client::Admin
