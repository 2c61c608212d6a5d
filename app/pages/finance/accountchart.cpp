#include "app/pages/finance/accountchart.h"

#include "app/export/exportrunner.h"
#include "app/export/tableexporter.h"
#include "app/net/errortext.h"
#include "app/pages/finance/financeclient.h"
#include "app/pages/finance/financetext.h"
#include "app/widgets/formerrors.h"
#include "app/widgets/theme.h"

#include <QAction>
#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QToolBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Erp::Client::Finance {

namespace {
using T = FinanceText;
constexpr int AccountRole = Qt::UserRole + 1;
} // namespace

AccountChart::AccountChart(FinanceClient& client, QWidget* parent)
    : QWidget(parent)
    , m_client(client)
    , m_toolBar(new QToolBar(this))
    , m_search(new QLineEdit(this))
    , m_status(new QComboBox(this))
    , m_tree(new QTreeWidget(this))
    , m_message(new QLabel(this))
    , m_runner(new ExportRunner(client.api(), this))
{
    setObjectName(QStringLiteral("accountChart"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setIconSize(QSize(16, 16));
    const bool canWrite = client.may(FinanceClient::Perm::accountWrite());
    m_new = m_toolBar->addAction(Theme::icon(QStringLiteral("list-add"), QStyle::SP_FileIcon),
                                 tr("New Sub-account…"));
    m_new->setShortcut(QKeySequence::New);
    m_new->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_new->setToolTip(tr("Add an account under the selected one (a first-level account when "
                         "none is selected) — Ctrl+N"));
    m_rename = m_toolBar->addAction(
        Theme::icon(QStringLiteral("document-edit"), QStyle::SP_FileDialogDetailedView),
        tr("Rename…"));
    m_archive = m_toolBar->addAction(
        Theme::icon(QStringLiteral("edit-delete"), QStyle::SP_TrashIcon), tr("Archive"));
    for (QAction* a : {m_new, m_rename, m_archive})
        a->setVisible(canWrite);
    m_toolBar->addSeparator();
    m_export = m_toolBar->addAction(
        Theme::icon(QStringLiteral("document-export"), QStyle::SP_DialogSaveButton), tr("Export…"));
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_export->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_export->setToolTip(tr("Export the chart as shown to Excel (XLSX) or CSV (Ctrl+E)"));
    addAction(m_new);
    addAction(m_export);

    m_search->setPlaceholderText(tr("Code or name… (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    auto* find = new QShortcut(QKeySequence::Find, this);
    find->setContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    m_status->addItem(tr("Active"), QStringLiteral("active"));
    m_status->addItem(tr("Archived"), QStringLiteral("archived"));
    m_status->addItem(tr("All"), QString());
    auto* filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addSpacing(12);
    filters->addWidget(new QLabel(tr("Show"), this));
    filters->addWidget(m_status);

    m_tree->setObjectName(QStringLiteral("accountTree"));
    m_tree->setColumnCount(ColumnCount);
    m_tree->setHeaderLabels({tr("Code"), tr("Name"), tr("Type"), tr("Balance side"), tr("Status")});
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    const QFontMetrics fm = m_tree->fontMetrics();
    m_tree->header()->resizeSection(CodeCol,
                                    fm.horizontalAdvance(QStringLiteral("222101 XXXXXX")) + 40);
    m_tree->header()->resizeSection(
        NameCol,
        fm.horizontalAdvance(QStringLiteral("Accounts payable - goods received not invoiced")));
    m_tree->header()->resizeSection(TypeCol, fm.horizontalAdvance(QStringLiteral("Liability XX")));
    m_tree->header()->resizeSection(SideCol,
                                    fm.horizontalAdvance(QStringLiteral("Balance side")) + 16);
    m_message->setObjectName(QStringLiteral("chartMessage"));
    m_message->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 8);
    layout->addWidget(m_toolBar);
    layout->addLayout(filters);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_message);

    connect(m_search, &QLineEdit::textChanged, this, &AccountChart::fill);
    connect(m_status, &QComboBox::currentIndexChanged, this, &AccountChart::fill);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &AccountChart::updateActions);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this] {
        if (m_rename->isVisible() && m_rename->isEnabled())
            renameAccount();
    });
    connect(m_new, &QAction::triggered, this, [this] { newSubAccount(); });
    connect(m_rename, &QAction::triggered, this, [this] { renameAccount(); });
    connect(m_archive, &QAction::triggered, this, &AccountChart::toggleArchived);
    connect(m_export, &QAction::triggered, this, &AccountChart::exportChart);
    connect(m_runner, &ExportRunner::message, this, [this](const QString& t) { showMessage(t); });
    connect(&client.api(), &ApiClient::eventChanged, this, [this](const QString& entity) {
        if (entity == QLatin1String("finance.account") ||
            entity == QLatin1String("finance.settings"))
            reload();
    });
    updateActions();
    reload();
}

void AccountChart::reload()
{
    m_client.accounts(
        {}, this,
        [this](const QJsonObject& result) {
            m_accounts.clear();
            for (const QJsonValue& v : result.value(QLatin1String("rows")).toArray())
                m_accounts.append(v.toObject());
            m_loaded = true;
            fill();
        },
        [this](const Rpc::Error& e) { showMessage(ErrorText::describe(e), true); });
}

void AccountChart::fill()
{
    const qint64 selected = T::id(currentAccount(), "id");
    const QString term = m_search->text().trimmed().toLower();
    const QString status = m_status->currentData().toString();
    const auto matches = [&](const QJsonObject& a) {
        const bool active = a.value(QLatin1String("active")).toBool(true);
        if ((status == QLatin1String("active") && !active) ||
            (status == QLatin1String("archived") && active))
            return false;
        return term.isEmpty() || T::str(a, "code").toLower().contains(term) ||
               T::str(a, "name").toLower().contains(term) ||
               T::str(a, "name_en").toLower().contains(term);
    };
    // An account is shown when it matches or one below it does (its path stays visible).
    QHash<qint64, bool> shown;
    for (qsizetype i = m_accounts.size() - 1; i >= 0; --i) {
        const QJsonObject& a = m_accounts.at(i);
        const qint64 id = T::id(a, "id");
        if (matches(a) || shown.value(id)) {
            shown.insert(id, true);
            shown.insert(T::id(a, "parent_id"), true);
        }
    }
    m_tree->clear();
    QHash<qint64, QTreeWidgetItem*> items;
    QTreeWidgetItem* current = nullptr;
    for (const QJsonObject& a : std::as_const(m_accounts)) {
        const qint64 id = T::id(a, "id");
        if (!shown.value(id))
            continue;
        QTreeWidgetItem* parentItem = items.value(T::id(a, "parent_id"));
        auto* item = parentItem ? new QTreeWidgetItem(parentItem) : new QTreeWidgetItem(m_tree);
        const bool active = a.value(QLatin1String("active")).toBool(true);
        item->setText(CodeCol, T::str(a, "code"));
        item->setText(NameCol, T::accountName(a));
        item->setToolTip(NameCol,
                         QStringLiteral("%1\n%2").arg(T::str(a, "name"), T::str(a, "name_en")));
        item->setText(TypeCol, T::accountType(T::str(a, "type")));
        item->setText(SideCol, T::side(T::str(a, "normal_balance")));
        item->setText(StatusCol, active ? tr("Active") : tr("Archived"));
        item->setForeground(StatusCol,
                            Theme::toneColor(active ? Column::Tone::Done : Column::Tone::Neutral));
        if (!active)
            for (int c = CodeCol; c < StatusCol; ++c)
                item->setForeground(c, Theme::mutedTextColor());
        if (!a.value(QLatin1String("leaf")).toBool()) {
            QFont bold = item->font(CodeCol);
            bold.setBold(T::id(a, "level") == 1);
            item->setFont(CodeCol, bold);
            item->setFont(NameCol, bold);
        }
        item->setData(CodeCol, AccountRole, a);
        items.insert(id, item);
        if (id == selected)
            current = item;
    }
    if (!term.isEmpty())
        m_tree->expandAll();
    if (current) {
        m_tree->setCurrentItem(current);
        m_tree->scrollToItem(current);
    }
    if (!m_selectCode.isEmpty() && selectCode(m_selectCode))
        m_selectCode.clear();
    updateActions();
}

QJsonObject AccountChart::currentAccount() const
{
    const QTreeWidgetItem* item = m_tree->currentItem();
    return item ? item->data(CodeCol, AccountRole).toJsonObject() : QJsonObject();
}

bool AccountChart::selectCode(const QString& code)
{
    const QList<QTreeWidgetItem*> found =
        m_tree->findItems(code, Qt::MatchExactly | Qt::MatchRecursive, CodeCol);
    if (found.isEmpty())
        return false;
    m_tree->setCurrentItem(found.first());
    m_tree->scrollToItem(found.first());
    return true;
}

void AccountChart::updateActions()
{
    const QJsonObject a = currentAccount();
    m_rename->setEnabled(!a.isEmpty());
    m_archive->setEnabled(!a.isEmpty());
    const bool active = a.value(QLatin1String("active")).toBool(true);
    m_archive->setText(active ? tr("Archive") : tr("Restore"));
    m_archive->setToolTip(active ? tr("Archive: the account takes no new lines (it must have no "
                                      "balance and no posting role)")
                                 : tr("Restore: the account takes lines again"));
    // A sub-account goes under an active account that has no lines of its own yet.
    m_new->setEnabled(a.isEmpty() || (active && !(a.value(QLatin1String("leaf")).toBool() &&
                                                  a.value(QLatin1String("used")).toBool())));
}

void AccountChart::showMessage(const QString& text, bool error)
{
    QPalette p = m_message->palette();
    p.setColor(QPalette::WindowText,
               error ? Theme::errorColor() : palette().color(QPalette::WindowText));
    m_message->setPalette(p);
    m_message->setText(text);
}

QString AccountChart::message() const
{
    return m_message->text();
}

FormDialog* AccountChart::newSubAccount()
{
    auto* dialog = new AccountDialog(m_client, currentAccount(), {}, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AccountDialog::saved, this, [this](const QJsonObject& a) {
        showMessage(tr("Account %1 added.").arg(T::accountLabel(a)));
        m_selectCode = T::str(a, "code");
        m_status->setCurrentIndex(0);
        reload();
    });
    dialog->open();
    emit dialogOpened(dialog);
    return dialog;
}

FormDialog* AccountChart::renameAccount()
{
    const QJsonObject a = currentAccount();
    if (a.isEmpty())
        return nullptr;
    auto* dialog = new AccountDialog(m_client, {}, a, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AccountDialog::saved, this, [this](const QJsonObject& saved) {
        showMessage(tr("Account %1 renamed.").arg(T::accountLabel(saved)));
        reload();
    });
    dialog->open();
    emit dialogOpened(dialog);
    return dialog;
}

void AccountChart::toggleArchived()
{
    const QJsonObject a = currentAccount();
    if (a.isEmpty())
        return;
    const bool archive = a.value(QLatin1String("active")).toBool(true);
    m_client.updateAccount(
        T::id(a, "id"), T::id(a, "version"), {{QStringLiteral("active"), !archive}}, this,
        [this, archive](const QJsonObject& saved) {
            showMessage(archive ? tr("Account %1 archived.").arg(T::accountLabel(saved))
                                : tr("Account %1 restored.").arg(T::accountLabel(saved)));
            reload();
        },
        [this](const Rpc::Error& e) { showMessage(ErrorText::describe(e), true); });
}

void AccountChart::exportChart()
{
    using K = Column::Kind;
    ExportRequest request;
    request.title = tr("Chart of accounts");
    request.columns = {
        Column(QStringLiteral("code"), tr("Code")).exportAs(Column::Export::Digits),
        Column(QStringLiteral("name"), tr("Name")),
        Column(QStringLiteral("name_en"), tr("English name")),
        Column(QStringLiteral("type"), tr("Type")).withText([](const QJsonObject& r) {
            return T::accountType(T::str(r, "type"));
        }),
        Column(QStringLiteral("normal_balance"), tr("Balance side"))
            .withText([](const QJsonObject& r) { return T::side(T::str(r, "normal_balance")); }),
        Column(QStringLiteral("level"), tr("Level"), K::Int),
        Column(QStringLiteral("active"), tr("Active"), K::Bool),
    };
    // What the tree shows, in its order.
    QTreeWidgetItemIterator it(m_tree);
    for (; *it; ++it)
        request.rows.append((*it)->data(CodeCol, AccountRole).toJsonObject());
    m_runner->run(request, tr("Chart of accounts"), tr("Export Chart of Accounts"));
}

AccountDialog::AccountDialog(FinanceClient& client, const QJsonObject& parent,
                             const QJsonObject& account, QWidget* dialogParent)
    : FormDialog(dialogParent)
    , m_client(client)
    , m_parent(parent)
    , m_account(account)
    , m_code(new QLineEdit(this))
    , m_name(new QLineEdit(this))
    , m_nameEn(new QLineEdit(this))
    , m_type(new QComboBox(this))
    , m_side(new QComboBox(this))
{
    setObjectName(QStringLiteral("accountDialog"));
    const bool rename = !account.isEmpty();
    const bool firstLevel = !rename && parent.isEmpty();
    FormErrors& e = errors();
    if (!rename) {
        auto* parentLabel = new QLabel(
            firstLevel ? tr("none — a first-level account") : T::accountLabel(parent), this);
        e.addRow(form(), tr("Parent"), QStringLiteral("parent_id"), parentLabel);
    }
    e.addRow(form(), tr("C&ode"), QStringLiteral("code"), m_code, true);
    e.addRow(form(), tr("&Name"), QStringLiteral("name"), m_name, true);
    e.addRow(form(), tr("&English name"), QStringLiteral("name_en"), m_nameEn);
    for (const QString& t : T::accountTypes())
        m_type->addItem(T::accountType(t), t);
    m_side->addItem(T::side(QStringLiteral("debit")), QStringLiteral("debit"));
    m_side->addItem(T::side(QStringLiteral("credit")), QStringLiteral("credit"));
    if (firstLevel) {
        e.addRow(form(), tr("&Type"), QStringLiteral("type"), m_type, true);
        e.addRow(form(), tr("&Balance side"), QStringLiteral("normal_balance"), m_side, true);
        connect(m_type, &QComboBox::currentIndexChanged, this, [this] {
            const QString t = m_type->currentData().toString();
            const bool credit = t == QLatin1String("liability") || t == QLatin1String("equity") ||
                                t == QLatin1String("revenue");
            m_side->setCurrentIndex(credit ? 1 : 0);
        });
    } else {
        m_type->hide();
        m_side->hide();
    }
    m_name->setMaxLength(100);
    m_nameEn->setMaxLength(100);
    m_code->setMaxLength(20);
    if (rename) {
        setWindowTitle(tr("Rename Account %1").arg(T::str(account, "code")));
        m_code->setText(T::str(account, "code"));
        m_code->setReadOnly(true);
        m_name->setText(T::str(account, "name"));
        m_nameEn->setText(T::str(account, "name_en"));
        saveButton()->setText(tr("Rename"));
        m_name->setFocus();
        m_name->selectAll();
    } else {
        setWindowTitle(firstLevel ? tr("New Account")
                                  : tr("New Sub-account of %1").arg(T::accountLabel(parent)));
        m_code->setText(T::str(parent, "code"));
        m_code->setPlaceholderText(
            tr("e.g. %1").arg(parent.isEmpty() ? QStringLiteral("6602")
                                               : T::str(parent, "code") + QStringLiteral("01")));
        m_name->setPlaceholderText(tr("e.g. 工商银行 / ICBC current account"));
        saveButton()->setText(tr("Create"));
        m_code->setFocus();
        m_code->end(false);
    }
    auto* saveKey = new QShortcut(QKeySequence::Save, this);
    connect(saveKey, &QShortcut::activated, this, [this] {
        if (!isBusy())
            save();
    });
    resize(520, sizeHint().height());
    markClean();
}

void AccountDialog::save()
{
    errors().clear();
    setBusy(true);
    const auto done = [this](const QJsonObject& a) {
        emit saved(a);
        finishSaved();
    };
    const auto fail = [this](const Rpc::Error& e) { showSaveError(e); };
    QJsonObject fields{{QStringLiteral("name"), m_name->text().trimmed()},
                       {QStringLiteral("name_en"), m_nameEn->text().trimmed()}};
    if (!m_account.isEmpty()) {
        m_client.updateAccount(T::id(m_account, "id"), T::id(m_account, "version"), fields, this,
                               done, fail);
        return;
    }
    fields.insert(QStringLiteral("code"), m_code->text().trimmed());
    if (m_parent.isEmpty()) {
        fields.insert(QStringLiteral("type"), m_type->currentData().toString());
        fields.insert(QStringLiteral("normal_balance"), m_side->currentData().toString());
    } else {
        fields.insert(QStringLiteral("parent_id"), T::id(m_parent, "id"));
    }
    m_client.createAccount(fields, this, done, fail);
}

QString AccountDialog::conflictText() const
{
    return tr("Someone else changed this account while you were editing it.");
}

} // namespace Erp::Client::Finance
