#include "app/pages/finance/settingspage.h"

#include "app/net/errortext.h"
#include "app/pages/finance/financeclient.h"
#include "app/pages/finance/financetext.h"
#include "app/widgets/busyindicator.h"
#include "app/widgets/entitypicker.h"
#include "app/widgets/theme.h"
#include "common/jsonrpc.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Erp::Client::Finance {

namespace {
using T = FinanceText;
constexpr int RoleRole = Qt::UserRole + 1;
constexpr int CategoryRole = Qt::UserRole + 2;
constexpr int AccountIdRole = Qt::UserRole + 3;

QTableWidgetItem* cell(const QString& text)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return item;
}
} // namespace

SettingsPage::SettingsPage(FinanceClient& client, QWidget* parent)
    : QWidget(parent)
    , m_client(client)
    , m_chart(new QComboBox(this))
    , m_chartNote(new QLabel(this))
    , m_reversal(new QComboBox(this))
    , m_books(new QLabel(this))
    , m_roles(new QTableWidget(this))
    , m_add(new QPushButton(tr("&Add Category Override…"), this))
    , m_remove(new QPushButton(tr("&Remove Override"), this))
    , m_save(new QPushButton(tr("&Save Settings"), this))
    , m_message(new QLabel(this))
    , m_busy(new BusyIndicator(this))
{
    setObjectName(QStringLiteral("financeSettings"));
    const bool canWrite = client.may(FinanceClient::Perm::settingsWrite());
    m_chart->setObjectName(QStringLiteral("chartTemplate"));
    m_reversal->setObjectName(QStringLiteral("reversalStyle"));
    for (const char* style : {"storno", "opposite"})
        m_reversal->addItem(T::reversalStyle(QLatin1String(style)), QLatin1String(style));
    m_chartNote->setWordWrap(true);
    QPalette muted = m_chartNote->palette();
    muted.setColor(QPalette::WindowText, Theme::mutedTextColor());
    m_chartNote->setPalette(muted);
    m_books->setPalette(muted);
    m_books->setWordWrap(true);

    auto* books = new QGroupBox(tr("Books"), this);
    auto* form = new QFormLayout(books);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    form->addRow(tr("Chart of accounts"), m_chart);
    form->addRow(QString(), m_chartNote);
    form->addRow(tr("Reversals"), m_reversal);
    form->addRow(QString(), m_books);

    auto* roles = new QGroupBox(tr("Posting roles: the account each automatic posting uses"), this);
    m_roles->setObjectName(QStringLiteral("postingRoles"));
    m_roles->setColumnCount(ColumnCount);
    m_roles->setHorizontalHeaderLabels({tr("Role"), tr("Product category"), tr("Account")});
    m_roles->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_roles->setSelectionMode(QAbstractItemView::SingleSelection);
    m_roles->verticalHeader()->hide();
    m_roles->verticalHeader()->setDefaultSectionSize(m_roles->fontMetrics().height() + 14);
    m_roles->horizontalHeader()->setSectionResizeMode(AccountCol, QHeaderView::Stretch);
    const QFontMetrics fm = m_roles->fontMetrics();
    m_roles->horizontalHeader()->resizeSection(
        RoleCol, fm.horizontalAdvance(QStringLiteral("Goods received not invoiced XXXX")));
    m_roles->horizontalHeader()->resizeSection(
        CategoryCol, fm.horizontalAdvance(QStringLiteral("All categories XXXXX")));
    auto* roleButtons = new QHBoxLayout;
    roleButtons->addWidget(m_add);
    roleButtons->addWidget(m_remove);
    roleButtons->addStretch(1);
    auto* rolesLayout = new QVBoxLayout(roles);
    rolesLayout->addWidget(m_roles, 1);
    rolesLayout->addLayout(roleButtons);

    m_message->setObjectName(QStringLiteral("settingsMessage"));
    m_message->setWordWrap(true);
    m_save->setObjectName(QStringLiteral("saveSettings"));
    m_save->setDefault(true);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_busy);
    bottom->addWidget(m_message, 1);
    bottom->addWidget(m_save);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(books);
    layout->addWidget(roles, 1);
    layout->addLayout(bottom);

    for (QWidget* w : {static_cast<QWidget*>(m_add), static_cast<QWidget*>(m_remove),
                       static_cast<QWidget*>(m_save)})
        w->setVisible(canWrite);
    m_reversal->setEnabled(canWrite);
    connect(m_add, &QPushButton::clicked, this, &SettingsPage::askOverride);
    connect(m_remove, &QPushButton::clicked, this, &SettingsPage::removeSelectedOverride);
    connect(m_save, &QPushButton::clicked, this, &SettingsPage::save);
    connect(m_roles, &QTableWidget::itemSelectionChanged, this, &SettingsPage::updateButtons);
    connect(&client.api(), &ApiClient::eventChanged, this, [this](const QString& entity) {
        if (m_started && entity == QLatin1String("finance.settings"))
            reload();
    });
    updateButtons();
}

void SettingsPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_started)
        reload();
}

void SettingsPage::reload()
{
    m_started = true;
    m_busy->setRunning(true);
    m_client.settings(
        this,
        [this](const QJsonObject& s) {
            m_busy->setRunning(false);
            fill(s);
        },
        [this](const Rpc::Error& e) {
            m_busy->setRunning(false);
            showMessage(ErrorText::describe(e), true);
        });
}

void SettingsPage::fill(const QJsonObject& s)
{
    m_settings = s;
    m_removed = {};
    const bool canWrite = m_client.may(FinanceClient::Perm::settingsWrite());
    const bool locked = s.value(QLatin1String("chart_locked")).toBool();
    m_chart->clear();
    for (const QJsonValue& v : s.value(QLatin1String("charts")).toArray())
        m_chart->addItem(T::chart(v.toString()), v.toString());
    m_chart->setCurrentIndex(qMax(0, m_chart->findData(T::str(s, "chart"))));
    m_chart->setEnabled(canWrite && !locked);
    m_chartNote->setText(locked ? tr("Accounts already have entries: the chart stays as it is.")
                                : tr("While no account has an entry, choosing another chart "
                                     "replaces every account with the template's."));
    m_reversal->setCurrentIndex(qMax(0, m_reversal->findData(T::str(s, "reversal_style"))));
    const int startMonth = qBound(1, int(T::id(s, "fiscal_year_start_month")), 12);
    m_books->setText(
        tr("Base currency %1 · the fiscal year starts in %2 (Admin ▸ Company)")
            .arg(T::str(s, "base_currency"), QLocale().standaloneMonthName(startMonth)));

    m_roles->setRowCount(0);
    QHash<QString, QJsonObject> defaults;
    QList<QJsonObject> overrides;
    for (const QJsonValue& v : s.value(QLatin1String("roles")).toArray()) {
        const QJsonObject r = v.toObject();
        if (T::str(r, "category").isEmpty())
            defaults.insert(T::str(r, "role"), r);
        else
            overrides.append(r);
    }
    const auto accountOf = [](const QJsonObject& r) {
        return QJsonObject{{QStringLiteral("id"), T::id(r, "account_id")},
                           {QStringLiteral("code"), T::str(r, "account_code")}};
    };
    for (const QJsonValue& v : s.value(QLatin1String("posting_roles")).toArray()) {
        const QString role = v.toString();
        addRow(role, QString(),
               defaults.contains(role) ? accountOf(defaults.value(role)) : QJsonObject());
        for (const QJsonObject& o : std::as_const(overrides))
            if (T::str(o, "role") == role)
                addRow(role, T::str(o, "category"), accountOf(o));
    }
    m_loaded = true;
    updateButtons();
    // The pickers show codes at once; their names follow from the chart.
    m_client.accounts(
        {}, this,
        [this](const QJsonObject& result) {
            QHash<qint64, QJsonObject> byId;
            for (const QJsonValue& v : result.value(QLatin1String("rows")).toArray())
                byId.insert(T::id(v.toObject(), "id"), v.toObject());
            for (int row = 0; row < m_roles->rowCount(); ++row) {
                EntityPicker* p = picker(row);
                const qint64 id = m_roles->item(row, RoleCol)->data(AccountIdRole).toLongLong();
                if (p && byId.contains(id) && p->currentId() == id)
                    p->setCurrent(byId.value(id));
            }
        },
        [](const Rpc::Error&) {});
}

int SettingsPage::addRow(const QString& role, const QString& category, const QJsonObject& account,
                         int at)
{
    const int row = at < 0 ? m_roles->rowCount() : at;
    m_roles->insertRow(row);
    auto* roleItem = cell(T::role(role));
    roleItem->setData(RoleRole, role);
    roleItem->setData(CategoryRole, category);
    roleItem->setData(AccountIdRole, T::id(account, "id"));
    roleItem->setToolTip(role);
    m_roles->setItem(row, RoleCol, roleItem);
    auto* categoryItem = cell(category.isEmpty() ? tr("All categories") : category);
    if (category.isEmpty())
        categoryItem->setForeground(Theme::mutedTextColor());
    m_roles->setItem(row, CategoryCol, categoryItem);
    auto* picker = new EntityPicker(m_client.api(), QStringLiteral("finance.account.list"), this);
    picker->setObjectName(QStringLiteral("roleAccount"));
    picker->setFrame(false);
    picker->setClearButtonEnabled(false);
    picker->setParams({{QStringLiteral("filter"), QJsonObject{{QStringLiteral("leaf"), true},
                                                              {QStringLiteral("active"), true}}}});
    picker->setRowText(&T::accountLabel);
    picker->setPickedText(&T::accountLabel);
    picker->setExactMatch([](const QJsonObject& a, const QString& text) {
        return T::str(a, "code").compare(text.trimmed(), Qt::CaseInsensitive) == 0 ||
               T::accountLabel(a) == text.trimmed();
    });
    picker->setPlaceholderText(tr("code or name"));
    picker->setReadOnly(!m_client.may(FinanceClient::Perm::settingsWrite()));
    if (!account.isEmpty() && T::id(account, "id") > 0)
        picker->setCurrent(account);
    m_roles->setCellWidget(row, AccountCol, picker);
    return row;
}

EntityPicker* SettingsPage::picker(int row) const
{
    return qobject_cast<EntityPicker*>(m_roles->cellWidget(row, AccountCol));
}

int SettingsPage::rowOf(const QString& role, const QString& category) const
{
    for (int row = 0; row < m_roles->rowCount(); ++row) {
        const QTableWidgetItem* item = m_roles->item(row, RoleCol);
        if (item->data(RoleRole).toString() == role &&
            item->data(CategoryRole).toString() == category)
            return row;
    }
    return -1;
}

int SettingsPage::addOverride(const QString& role, const QString& category)
{
    const QString cat = category.trimmed();
    if (cat.isEmpty())
        return -1;
    if (const int existing = rowOf(role, cat); existing >= 0)
        return existing;
    // Right under the role's other rows.
    int at = rowOf(role, QString());
    while (at >= 0 && at + 1 < m_roles->rowCount() &&
           m_roles->item(at + 1, RoleCol)->data(RoleRole).toString() == role)
        ++at;
    const int row = addRow(role, cat, {}, at < 0 ? -1 : at + 1);
    m_roles->selectRow(row);
    updateButtons();
    return row;
}

void SettingsPage::askOverride()
{
    QDialog ask(this);
    ask.setWindowTitle(tr("Category Override"));
    auto* form = new QFormLayout;
    auto* role = new QComboBox(&ask);
    for (const QJsonValue& v : m_settings.value(QLatin1String("posting_roles")).toArray())
        role->addItem(T::role(v.toString()), v.toString());
    const int row = m_roles->currentRow();
    if (row >= 0)
        role->setCurrentIndex(
            qMax(0, role->findData(m_roles->item(row, RoleCol)->data(RoleRole).toString())));
    auto* category = new QLineEdit(&ask);
    category->setPlaceholderText(tr("e.g. 原料 (as on the products)"));
    form->addRow(tr("Role"), role);
    form->addRow(tr("Product category"), category);
    auto* layout = new QVBoxLayout(&ask);
    auto* text = new QLabel(tr("Products of this category post the role to their own account; "
                               "pick it in the table, then save."),
                            &ask);
    text->setWordWrap(true);
    layout->addWidget(text);
    layout->addLayout(form);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &ask);
    connect(buttons, &QDialogButtonBox::accepted, &ask, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &ask, &QDialog::reject);
    layout->addWidget(buttons);
    if (ask.exec() != QDialog::Accepted || category->text().trimmed().isEmpty())
        return;
    const int added = addOverride(role->currentData().toString(), category->text());
    if (EntityPicker* p = picker(added))
        p->setFocus();
}

void SettingsPage::removeSelectedOverride()
{
    const int row = m_roles->currentRow();
    if (row < 0)
        return;
    const QTableWidgetItem* item = m_roles->item(row, RoleCol);
    const QString category = item->data(CategoryRole).toString();
    if (category.isEmpty())
        return; // the role's own account stays
    if (item->data(AccountIdRole).toLongLong() > 0)
        m_removed.append(QJsonObject{{QStringLiteral("role"), item->data(RoleRole).toString()},
                                     {QStringLiteral("category"), category},
                                     {QStringLiteral("account_id"), QJsonValue::Null}});
    m_roles->removeRow(row);
    updateButtons();
}

void SettingsPage::updateButtons()
{
    const int row = m_roles->currentRow();
    m_remove->setEnabled(row >= 0 &&
                         !m_roles->item(row, RoleCol)->data(CategoryRole).toString().isEmpty());
    m_add->setEnabled(m_loaded);
    m_save->setEnabled(m_loaded);
}

void SettingsPage::showMessage(const QString& text, bool error)
{
    QPalette p = m_message->palette();
    p.setColor(QPalette::WindowText,
               error ? Theme::errorColor() : palette().color(QPalette::WindowText));
    m_message->setPalette(p);
    m_message->setText(text);
}

QString SettingsPage::message() const
{
    return m_message->text();
}

void SettingsPage::save()
{
    if (!m_loaded)
        return;
    QJsonObject fields;
    const QString chart = m_chart->currentData().toString();
    if (chart != T::str(m_settings, "chart")) {
        QMessageBox box(
            QMessageBox::Warning, tr("Chart of Accounts"),
            tr("Replace every account with the chart “%1”?").arg(m_chart->currentText()),
            QMessageBox::NoButton, this);
        QPushButton* yes = box.addButton(tr("Replace the Chart"), QMessageBox::DestructiveRole);
        box.addButton(tr("Cancel"), QMessageBox::RejectRole);
        box.exec();
        if (box.clickedButton() != yes)
            return;
        fields.insert(QStringLiteral("chart"), chart);
    }
    if (m_reversal->currentData().toString() != T::str(m_settings, "reversal_style"))
        fields.insert(QStringLiteral("reversal_style"), m_reversal->currentData().toString());
    QJsonArray roles = m_removed;
    for (int row = 0; row < m_roles->rowCount(); ++row) {
        const QTableWidgetItem* item = m_roles->item(row, RoleCol);
        const EntityPicker* p = picker(row);
        if (!p)
            continue;
        const qint64 before = item->data(AccountIdRole).toLongLong();
        const QString role = item->data(RoleRole).toString();
        const QString category = item->data(CategoryRole).toString();
        if (p->hasCurrent() && p->currentId() != before) {
            QJsonObject r{{QStringLiteral("role"), role},
                          {QStringLiteral("account_id"), p->currentId()}};
            if (!category.isEmpty())
                r.insert(QStringLiteral("category"), category);
            roles.append(r);
        } else if (!p->hasCurrent() && !p->text().trimmed().isEmpty()) {
            // Typed, not picked: the server looks the code up (and names it when unknown).
            QJsonObject r{
                {QStringLiteral("role"), role},
                {QStringLiteral("account_code"), p->text().section(QLatin1Char(' '), 0, 0)}};
            if (!category.isEmpty())
                r.insert(QStringLiteral("category"), category);
            roles.append(r);
        }
    }
    if (!roles.isEmpty())
        fields.insert(QStringLiteral("roles"), roles);
    if (fields.isEmpty()) {
        showMessage(tr("Nothing to save."));
        return;
    }
    m_sent = roles;
    m_busy->setRunning(true);
    m_save->setEnabled(false);
    m_client.updateSettings(
        T::id(m_settings, "version"), fields, this,
        [this](const QJsonObject& s) {
            m_busy->setRunning(false);
            fill(s);
            showMessage(tr("Settings saved."));
        },
        [this](const Rpc::Error& e) {
            m_busy->setRunning(false);
            m_save->setEnabled(true);
            if (e.code != Rpc::ValidationFailed) {
                showMessage(ErrorText::describe(e), true);
                return;
            }
            // roles[2].account_id -> "Inventory (原料): must be an active account …"
            static const QRegularExpression nested(QStringLiteral("^roles\\[(\\d+)\\]\\."));
            QStringList texts;
            for (const QJsonValue& v : e.data.toObject().value(QLatin1String("fields")).toArray()) {
                const QJsonObject f = v.toObject();
                const QRegularExpressionMatch m =
                    nested.match(f.value(QLatin1String("field")).toString());
                if (m.hasMatch()) {
                    const QJsonObject r = m_sent.at(m.captured(1).toInt()).toObject();
                    const QString category = T::str(r, "category");
                    texts.append(tr("%1: %2").arg(
                        category.isEmpty()
                            ? T::role(T::str(r, "role"))
                            : tr("%1 (%2)").arg(T::role(T::str(r, "role")), category),
                        ErrorText::field(f)));
                } else {
                    texts.append(ErrorText::field(f));
                }
            }
            showMessage(texts.join(QLatin1Char('\n')), true);
        });
}

} // namespace Erp::Client::Finance
