#include "app/pages/customers/conflictdialog.h"

#include "app/models/format.h"
#include "app/pages/customers/customertext.h"
#include "app/widgets/theme.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Erp::Client::Customers {

namespace {
const char* const kFields[] = {"code",   "name",  "kind",         "tax_id",   "industry",
                               "source", "tags",  "credit_limit", "currency", "payment_terms_days",
                               "owner",  "notes", "contacts",     "addresses"};

QString joinParts(const QStringList& parts)
{
    QStringList kept = parts;
    kept.removeAll(QString());
    return kept.join(QLatin1Char(' '));
}
} // namespace

bool ConflictDialog::same(const Customer& a, const Customer& b, const QString& field)
{
    if (field == QLatin1String("owner"))
        return a.ownerId == b.ownerId; // names may be shown differently
    return describe(a, field) == describe(b, field);
}

QString ConflictDialog::describe(const Customer& c, const QString& field)
{
    if (field == QLatin1String("code"))
        return c.code;
    if (field == QLatin1String("name"))
        return c.name;
    if (field == QLatin1String("kind"))
        return CustomerText::kind(c.kind);
    if (field == QLatin1String("tax_id"))
        return c.taxId;
    if (field == QLatin1String("industry"))
        return c.industry;
    if (field == QLatin1String("source"))
        return c.source;
    if (field == QLatin1String("tags"))
        return c.tags.join(QLatin1String(", "));
    if (field == QLatin1String("credit_limit"))
        return Format::decimal(c.creditLimit);
    if (field == QLatin1String("currency"))
        return c.currency;
    if (field == QLatin1String("payment_terms_days"))
        return QString::number(c.paymentTermsDays);
    if (field == QLatin1String("owner"))
        return c.ownerName;
    if (field == QLatin1String("notes"))
        return c.notes;
    QStringList lines;
    if (field == QLatin1String("contacts")) {
        for (const QJsonValue& v : c.contacts) {
            const QJsonObject k = v.toObject();
            const auto s = [&k](const char* key) { return k.value(QLatin1String(key)).toString(); };
            lines.append(joinParts(
                {k.value(QLatin1String("is_primary")).toBool() ? QStringLiteral("★") : QString(),
                 s("name"), s("title"), s("phone"), s("email")}));
        }
    } else if (field == QLatin1String("addresses")) {
        for (const QJsonValue& v : c.addresses) {
            const QJsonObject a = v.toObject();
            const auto s = [&a](const char* key) { return a.value(QLatin1String(key)).toString(); };
            lines.append(joinParts(
                {a.value(QLatin1String("is_default")).toBool() ? QStringLiteral("★") : QString(),
                 s("kind") == QLatin1String("shipping") ? tr("Shipping:") : tr("Billing:"),
                 s("country"), s("province"), s("city"), s("district"), s("line1"),
                 s("postcode")}));
        }
    }
    return lines.join(QLatin1Char('\n'));
}

ConflictDialog::ConflictDialog(const Customer& base, const Customer& theirs, const Customer& mine,
                               QWidget* parent)
    : QDialog(parent)
    , m_table(new QTableWidget(0, 4, this))
{
    setObjectName(QStringLiteral("conflictDialog"));
    setWindowTitle(tr("Their Version and Yours"));
    auto* layout = new QVBoxLayout(this);
    for (const char* f : kFields) {
        const QString field = QLatin1String(f);
        if (!same(theirs, mine, field))
            m_fields.append(field);
    }
    const QString who = theirs.updatedAt.isEmpty()
                            ? QString()
                            : tr(" at %1").arg(Format::timestamp(theirs.updatedAt));
    auto* intro = new QLabel(
        m_fields.isEmpty()
            ? tr("Someone else saved this customer%1, but your form holds the same values.")
                  .arg(who)
            : tr("Someone else saved this customer%1. These fields differ between their version "
                 "and your form:")
                  .arg(who),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_table->setHorizontalHeaderLabels(
        {tr("Field"), tr("Their version"), tr("Your version"), tr("Changed by")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setWordWrap(true);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(3, QHeaderView::ResizeToContents);
    QColor tint = Theme::toneColor(Column::Tone::Waiting);
    tint.setAlpha(Theme::isDark() ? 60 : 30);
    for (const QString& field : std::as_const(m_fields)) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const bool byThem = !same(theirs, base, field);
        const bool byMe = !same(mine, base, field);
        const QString changedBy =
            byThem && byMe ? tr("both") : (byThem ? tr("them") : (byMe ? tr("you") : QString()));
        m_table->setItem(row, 0, new QTableWidgetItem(CustomerText::field(field)));
        m_table->setItem(row, 1, new QTableWidgetItem(describe(theirs, field)));
        m_table->setItem(row, 2, new QTableWidgetItem(describe(mine, field)));
        m_table->setItem(row, 3, new QTableWidgetItem(changedBy));
        if (byThem && byMe) {
            for (int col = 0; col < 4; ++col)
                m_table->item(row, col)->setBackground(tint);
        }
    }
    m_table->resizeRowsToContents();
    m_table->setVisible(!m_fields.isEmpty());
    layout->addWidget(m_table, 1);

    auto* note = new QLabel(tr("Use Their Version drops your edits. Save Mine replaces their "
                               "version with your form as it is."),
                            this);
    note->setWordWrap(true);
    QPalette p = note->palette();
    p.setColor(QPalette::WindowText, Theme::mutedTextColor());
    note->setPalette(p);
    layout->addWidget(note);

    auto* buttons = new QHBoxLayout;
    auto* keep = new QPushButton(tr("Keep Editing"), this);
    auto* theirsButton = new QPushButton(tr("Use Their Version"), this);
    auto* mineButton = new QPushButton(tr("Save Mine"), this);
    keep->setDefault(true);
    theirsButton->setAutoDefault(false);
    mineButton->setAutoDefault(false);
    theirsButton->setObjectName(QStringLiteral("useTheirs"));
    mineButton->setObjectName(QStringLiteral("saveMine"));
    buttons->addStretch(1);
    buttons->addWidget(keep);
    buttons->addWidget(theirsButton);
    buttons->addWidget(mineButton);
    layout->addLayout(buttons);
    connect(keep, &QPushButton::clicked, this, [this] { choose(KeepEditing); });
    connect(theirsButton, &QPushButton::clicked, this, [this] { choose(UseTheirs); });
    connect(mineButton, &QPushButton::clicked, this, [this] { choose(SaveMine); });
    resize(720, 420);
}

void ConflictDialog::choose(Choice choice)
{
    m_choice = choice;
    if (choice == KeepEditing)
        reject();
    else
        accept();
}

} // namespace Erp::Client::Customers
