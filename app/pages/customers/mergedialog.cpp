#include "app/pages/customers/mergedialog.h"

#include "app/models/format.h"
#include "app/net/errortext.h"
#include "app/pages/customers/customerclient.h"
#include "app/pages/customers/customertext.h"
#include "app/widgets/theme.h"

#include <QButtonGroup>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace Erp::Client::Customers {

namespace {
QString primaryContactField(const Customer& c, const char* key)
{
    for (const QJsonValue& v : c.contacts) {
        if (v.toObject().value(QLatin1String("is_primary")).toBool())
            return v.toObject().value(QLatin1String(key)).toString();
    }
    return c.contacts.isEmpty()
               ? QString()
               : c.contacts.first().toObject().value(QLatin1String(key)).toString();
}

QString place(const Customer& c)
{
    for (const QJsonValue& v : c.addresses) {
        const QJsonObject a = v.toObject();
        if (a.value(QLatin1String("is_default")).toBool())
            return QStringList{a.value(QLatin1String("province")).toString(),
                               a.value(QLatin1String("city")).toString()}
                .join(QLatin1Char(' '))
                .trimmed();
    }
    return QString();
}
} // namespace

MergeDialog::MergeDialog(CustomerClient& client, qint64 firstId, qint64 secondId, QWidget* parent)
    : QDialog(parent)
    , m_client(client)
    , m_keep{new QRadioButton(this), new QRadioButton(this)}
    , m_grid(new QGridLayout)
    , m_consequence(new QLabel(this))
    , m_error(new QLabel(this))
    , m_merge(new QPushButton(tr("Merge"), this))
{
    setObjectName(QStringLiteral("mergeDialog"));
    setWindowTitle(tr("Merge Customers"));
    auto* layout = new QVBoxLayout(this);
    auto* intro =
        new QLabel(tr("Choose the customer to keep. Both records are shown below."), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* group = new QButtonGroup(this);
    for (int side = 0; side < 2; ++side) {
        m_keep[side]->setText(tr("Keep this one"));
        m_keep[side]->setEnabled(false);
        group->addButton(m_keep[side], side);
        m_grid->addWidget(m_keep[side], 0, side + 1);
        connect(m_keep[side], &QRadioButton::toggled, this, &MergeDialog::updateText);
    }
    m_grid->setHorizontalSpacing(24);
    m_grid->setColumnStretch(1, 1);
    m_grid->setColumnStretch(2, 1);
    layout->addLayout(m_grid);
    layout->addSpacing(8);

    m_consequence->setWordWrap(true);
    m_consequence->setObjectName(QStringLiteral("mergeConsequence"));
    layout->addWidget(m_consequence);
    m_error->setWordWrap(true);
    QPalette p = m_error->palette();
    p.setColor(QPalette::WindowText, Theme::errorColor());
    m_error->setPalette(p);
    m_error->setVisible(false);
    layout->addWidget(m_error);
    layout->addStretch(1);

    auto* buttons = new QHBoxLayout;
    auto* cancel = new QPushButton(tr("Cancel"), this);
    cancel->setAutoDefault(false);
    m_merge->setEnabled(false);
    m_merge->setDefault(true);
    buttons->addStretch(1);
    buttons->addWidget(cancel);
    buttons->addWidget(m_merge); // the primary action on the right
    layout->addLayout(buttons);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_merge, &QPushButton::clicked, this, &MergeDialog::merge);
    resize(640, sizeHint().height());

    const qint64 ids[2] = {firstId, secondId};
    for (int side = 0; side < 2; ++side)
        m_client.get(
            ids[side], this, [this, side](const Customer& c) { showSide(side, c); },
            [this](const Rpc::Error& e) {
                m_error->setText(ErrorText::describe(e));
                m_error->setVisible(true);
            });
}

void MergeDialog::showSide(int side, const Customer& c)
{
    m_customers[side] = c;
    const QList<QPair<QString, QString>> rows{
        {CustomerText::field(QStringLiteral("code")), c.code},
        {CustomerText::field(QStringLiteral("name")), c.name},
        {CustomerText::field(QStringLiteral("kind")), CustomerText::kind(c.kind)},
        {CustomerText::field(QStringLiteral("status")), CustomerText::status(c.status)},
        {CustomerText::field(QStringLiteral("tax_id")), c.taxId},
        {CustomerText::field(QStringLiteral("contact_name")), primaryContactField(c, "name")},
        {CustomerText::field(QStringLiteral("phone")), primaryContactField(c, "phone")},
        {CustomerText::field(QStringLiteral("email")), primaryContactField(c, "email")},
        {CustomerText::field(QStringLiteral("city")), place(c)},
        {CustomerText::field(QStringLiteral("tags")), c.tags.join(QLatin1String(", "))},
        {CustomerText::field(QStringLiteral("owner")), c.ownerName},
        {tr("Contacts and addresses"),
         tr("Contacts: %1 · Addresses: %2").arg(c.contacts.size()).arg(c.addresses.size())},
        {tr("Created"), Format::timestamp(c.createdAt)},
    };
    for (int i = 0; i < rows.size(); ++i) {
        if (side == 0) {
            auto* caption = new QLabel(rows.at(i).first, this);
            QPalette p = caption->palette();
            p.setColor(QPalette::WindowText, Theme::mutedTextColor());
            caption->setPalette(p);
            m_grid->addWidget(caption, i + 1, 0, Qt::AlignRight | Qt::AlignTop);
        }
        auto* value = new QLabel(rows.at(i).second, this);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_grid->addWidget(value, i + 1, side + 1, Qt::AlignTop);
    }
    if (++m_loaded < 2)
        return;
    for (QRadioButton* b : m_keep)
        b->setEnabled(true);
    // Keep the older record by default: its code is the one others have used longest.
    const int older = m_customers[1].id < m_customers[0].id ? 1 : 0;
    m_keep[older]->setChecked(true);
    updateText();
    resize(qMax(width(), sizeHint().width()), sizeHint().height());
}

qint64 MergeDialog::survivorId() const
{
    for (int side = 0; side < 2; ++side) {
        if (m_keep[side]->isChecked())
            return m_customers[side].id;
    }
    return 0;
}

void MergeDialog::setSurvivor(qint64 id)
{
    for (int side = 0; side < 2; ++side) {
        if (m_customers[side].id == id)
            m_keep[side]->setChecked(true);
    }
}

void MergeDialog::updateText()
{
    const qint64 keep = survivorId();
    if (!isReady() || keep == 0) {
        m_merge->setEnabled(false);
        return;
    }
    const Customer& kept = m_customers[0].id == keep ? m_customers[0] : m_customers[1];
    const Customer& gone = m_customers[0].id == keep ? m_customers[1] : m_customers[0];
    m_consequence->setText(
        tr("%1 (%2) is kept. The contacts, addresses and tags of %3 (%4) move to it; %3 stays "
           "in the list as “Merged” and can no longer be changed. This cannot be undone.")
            .arg(kept.name, kept.code, gone.name, gone.code));
    m_merge->setEnabled(kept.status != QLatin1String("merged") &&
                        gone.status != QLatin1String("merged"));
}

void MergeDialog::merge()
{
    const qint64 keep = survivorId();
    const qint64 gone = m_customers[0].id == keep ? m_customers[1].id : m_customers[0].id;
    m_merge->setEnabled(false);
    m_client.merge(
        keep, gone, this,
        [this](const Customer& survivor) {
            emit merged(survivor);
            accept();
        },
        [this](const Rpc::Error& e) {
            m_error->setText(ErrorText::describe(e));
            m_error->setVisible(true);
            m_merge->setEnabled(true);
        });
}

QString MergeDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

} // namespace Erp::Client::Customers
