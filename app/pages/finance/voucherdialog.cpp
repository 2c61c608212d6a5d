#include "app/pages/finance/voucherdialog.h"

#include "app/models/format.h"
#include "app/net/errortext.h"
#include "app/pages/finance/accountcache.h"
#include "app/pages/finance/financeclient.h"
#include "app/pages/finance/financetext.h"
#include "app/pages/finance/vouchergrid.h"
#include "app/pages/finance/voucherprint.h"
#include "app/widgets/formerrors.h"
#include "app/widgets/statusbadge.h"
#include "app/widgets/theme.h"
#include "common/jsonrpc.h"
#include "common/money.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QShortcut>
#include <QTableView>

namespace Erp::Client::Finance {

namespace {
using T = FinanceText;

/// Enter in a header field moves on to the next one (the form is typed, not clicked).
class EnterMovesOn final : public QObject
{
public:
    EnterMovesOn(std::function<void()> next, QObject* parent)
        : QObject(parent)
        , m_next(std::move(next))
    {}

protected:
    bool eventFilter(QObject* object, QEvent* event) override
    {
        if (event->type() == QEvent::KeyPress) {
            auto* key = static_cast<QKeyEvent*>(event);
            if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
                key->modifiers() == Qt::NoModifier) {
                m_next();
                return true;
            }
        }
        return QObject::eventFilter(object, event);
    }

private:
    std::function<void()> m_next;
};
} // namespace

VoucherDialog::VoucherDialog(FinanceClient& client, AccountCache& accounts, qint64 id,
                             QWidget* parent)
    : FormDialog(parent)
    , m_client(client)
    , m_accounts(accounts)
    , m_journal(new QComboBox(this))
    , m_date(new QDateEdit(this))
    , m_description(new QLineEdit(this))
    , m_number(new QLabel(this))
    , m_state(new StatusBadge(this))
    , m_source(new QLabel(this))
    , m_grid(new VoucherGrid(client, this))
    , m_debit(new QLabel(this))
    , m_credit(new QLabel(this))
    , m_difference(new QLabel(this))
    , m_words(new QLabel(this))
    , m_note(new QLabel(this))
    , m_post(new QPushButton(tr("&Post"), this))
    , m_reverse(new QPushButton(tr("&Reverse…"), this))
    , m_discard(new QPushButton(tr("&Discard Draft"), this))
    , m_print(new QPushButton(tr("Pr&int…"), this))
{
    setObjectName(QStringLiteral("voucherDialog"));
    for (const QString& j : T::journals())
        m_journal->addItem(T::journal(j), j);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(Format::shortDatePattern());
    m_date->setDate(QDate::currentDate());
    m_description->setMaxLength(500);
    m_description->setPlaceholderText(tr("e.g. 支付办公室租金 / Office rent for March"));
    m_number->setObjectName(QStringLiteral("voucherNumber"));
    m_number->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont numberFont = m_number->font();
    numberFont.setBold(true);
    m_number->setFont(numberFont);
    m_source->setObjectName(QStringLiteral("voucherSource"));
    m_source->setTextFormat(Qt::RichText);
    m_source->setTextInteractionFlags(Qt::TextBrowserInteraction);
    connect(m_source, &QLabel::linkActivated, this, [this](const QString& link) {
        if (link.startsWith(QLatin1String("entry:")) && !isDirty()) {
            load(link.mid(6).toLongLong());
        } else if (link.startsWith(QLatin1String("open:"))) {
            const QString target = link.mid(5);
            reject(); // the document opens where it lives
            if (isHidden())
                emit sourceRequested(target);
        }
    });

    FormErrors& e = errors();
    auto* left = new QFormLayout;
    auto* right = new QFormLayout;
    for (QFormLayout* f : {left, right}) {
        f->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
        f->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    }
    m_journal->setMinimumContentsLength(14);
    m_date->setMinimumWidth(m_date->fontMetrics().horizontalAdvance(QStringLiteral("2026-12-31")) +
                            60);
    e.addRow(left, tr("&Journal"), QStringLiteral("journal"), m_journal, true);
    e.addRow(left, tr("Da&te"), QStringLiteral("date"), m_date, true);
    auto* numberRow = new QWidget(this);
    auto* numberLayout = new QHBoxLayout(numberRow);
    numberLayout->setContentsMargins(0, 0, 0, 0);
    numberLayout->addWidget(m_number);
    numberLayout->addWidget(m_state);
    numberLayout->addStretch(1);
    right->addRow(tr("Number"), numberRow);
    right->addRow(tr("Source"), m_source);
    auto* columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addSpacing(16);
    columns->addLayout(right, 1);
    body()->insertLayout(1, columns);
    e.addRow(form(), tr("D&escription"), QStringLiteral("description"), m_description);

    // The totals, always in sight under the lines.
    m_debit->setObjectName(QStringLiteral("debitTotal"));
    m_credit->setObjectName(QStringLiteral("creditTotal"));
    m_difference->setObjectName(QStringLiteral("difference"));
    m_words->setObjectName(QStringLiteral("amountInWords"));
    m_words->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette muted = m_words->palette();
    muted.setColor(QPalette::WindowText, Theme::mutedTextColor());
    m_words->setPalette(muted);
    QFont bold = m_difference->font();
    bold.setBold(true);
    for (QLabel* l : {m_debit, m_credit, m_difference})
        l->setFont(bold);
    auto* totals = new QHBoxLayout;
    totals->addWidget(m_words, 1);
    totals->addWidget(m_debit);
    totals->addSpacing(16);
    totals->addWidget(m_credit);
    totals->addSpacing(16);
    totals->addWidget(m_difference);
    // The lines take the room the form's stretch would have.
    for (int i = body()->count() - 1; i >= 0; --i) {
        if (body()->itemAt(i)->spacerItem())
            delete body()->takeAt(i);
    }
    const int at = body()->indexOf(form()) + 1;
    body()->insertWidget(at, m_grid, 1);
    body()->insertLayout(at + 1, totals);
    m_note->setObjectName(QStringLiteral("voucherNote"));
    m_note->setWordWrap(true);
    m_note->hide();
    body()->insertWidget(at + 2, m_note);

    saveButton()->setText(tr("&Save Draft"));
    saveButton()->setToolTip(tr("Keep as a draft without a number (Ctrl+S)"));
    saveButton()->setDefault(false);
    saveButton()->setAutoDefault(false);
    m_post->setObjectName(QStringLiteral("postButton"));
    m_post->setToolTip(tr("Book the entry: it gets its number and counts in every report "
                          "(Ctrl+Return)"));
    m_post->setAutoDefault(false);
    m_reverse->setObjectName(QStringLiteral("reverseButton"));
    m_reverse->setAutoDefault(false);
    m_reverse->setToolTip(tr("A posted entry never changes: book its reversal instead"));
    m_discard->setObjectName(QStringLiteral("discardButton"));
    m_discard->setAutoDefault(false);
    m_print->setObjectName(QStringLiteral("printButton"));
    m_print->setAutoDefault(false);
    m_print->setIcon(Theme::icon(QStringLiteral("document-print"), QStyle::SP_FileIcon));
    buttonRow()->insertWidget(2, m_print);
    buttonRow()->insertWidget(3, m_reverse);
    buttonRow()->insertWidget(4, m_discard);
    buttonRow()->addWidget(m_post);
    cancelButton()->setAutoDefault(false);
    connect(m_post, &QPushButton::clicked, this, &VoucherDialog::post);
    connect(m_reverse, &QPushButton::clicked, this, &VoucherDialog::askReverse);
    connect(m_discard, &QPushButton::clicked, this, &VoucherDialog::discard);
    auto* printMenu = new QMenu(m_print);
    printMenu->addAction(tr("Print Preview… (Ctrl+P)"), this, &VoucherDialog::print);
    printMenu->addAction(tr("Save as PDF…"), this, &VoucherDialog::savePdf);
    m_print->setMenu(printMenu);

    auto* saveKey = new QShortcut(QKeySequence::Save, this);
    connect(saveKey, &QShortcut::activated, this, [this] {
        if (!isBusy() && saveButton()->isVisible())
            saveDraft();
    });
    for (const QKeySequence& keys :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto* postKey = new QShortcut(keys, this);
        connect(postKey, &QShortcut::activated, this, [this] {
            if (!isBusy() && m_post->isVisible())
                post();
        });
    }
    auto* printKey = new QShortcut(QKeySequence::Print, this);
    connect(printKey, &QShortcut::activated, this, [this] {
        if (m_print->isVisible())
            print();
    });

    // Keyboard flow of the header: journal -> date -> description -> the first line.
    m_journal->installEventFilter(new EnterMovesOn([this] { m_date->setFocus(); }, this));
    m_date->installEventFilter(new EnterMovesOn([this] { m_description->setFocus(); }, this));
    m_description->installEventFilter(new EnterMovesOn(
        [this] {
            m_grid->model()->setDefaultDescription(m_description->text().trimmed());
            if (m_grid->model()->rowCount() == 0 ||
                (m_grid->model()->rowCount() == 1 && m_grid->model()->lines().at(0).isEmpty() &&
                 m_grid->model()->lines().at(0).description.isEmpty())) {
                if (m_grid->model()->rowCount() == 1)
                    m_grid->model()->removeLine(0);
                m_grid->addLine();
            } else {
                m_grid->editCell(0, VoucherLinesModel::DescriptionCol);
            }
        },
        this));
    connect(m_description, &QLineEdit::textEdited, this, [this](const QString& text) {
        m_grid->model()->setDefaultDescription(text.trimmed());
    });

    connect(m_grid->model(), &VoucherLinesModel::totalsChanged, this, &VoucherDialog::updateTotals);
    connect(m_grid, &VoucherGrid::edited, this, [this] {
        markDirty();
        m_note->hide();
    });
    connect(m_journal, &QComboBox::currentIndexChanged, this, [this] { markDirty(); });
    connect(m_date, &QDateEdit::dateChanged, this, [this] { markDirty(); });
    connect(&m_accounts, &AccountCache::changed, this, [this] {
        if (m_ready && T::id(m_entry, "id") > 0 && !isDirty())
            showEntry(m_entry); // names in the clerk's language once the chart is known
    });
    m_accounts.ensureLoaded();

    resize(960, 620);
    m_entry.insert(QStringLiteral("id"), id);
    if (id == 0) {
        showEntry({{QStringLiteral("id"), 0},
                   {QStringLiteral("journal"), QStringLiteral("general")},
                   {QStringLiteral("state"), QStringLiteral("draft")},
                   {QStringLiteral("date"), QDate::currentDate().toString(Qt::ISODate)}});
        m_description->setFocus();
    } else {
        load(id);
    }
}

QString VoucherDialog::sourceTarget(const QJsonObject& entry)
{
    const QString type = T::str(entry, "source_type");
    const qint64 id = T::id(entry, "source_id");
    if (id <= 0)
        return {};
    if (type == QLatin1String("sales_order"))
        return QStringLiteral("orders/order/%1").arg(id);
    if (type == QLatin1String("purchase_order"))
        return QStringLiteral("inventory/purchase-order/%1").arg(id);
    if (type == QLatin1String("stock_count"))
        return QStringLiteral("inventory/count/%1").arg(id);
    if (type == QLatin1String("invoice"))
        return QStringLiteral("finance/invoice/%1").arg(id);
    if (type == QLatin1String("payment"))
        return QStringLiteral("finance/payment/%1").arg(id);
    return {};
}

bool VoucherDialog::isPosted() const
{
    return T::str(m_entry, "state") == QLatin1String("posted");
}

void VoucherDialog::load(qint64 id)
{
    m_ready = false;
    setBusy(true);
    m_client.entry(
        id, this,
        [this](const QJsonObject& e) {
            showEntry(e);
            emit loaded();
        },
        [this](const Rpc::Error& e) {
            setBusy(false);
            saveButton()->setEnabled(false);
            m_post->setEnabled(false);
            errors().show(e);
        });
}

void VoucherDialog::reload()
{
    load(T::id(m_entry, "id"));
}

void VoucherDialog::showEntry(const QJsonObject& entry)
{
    m_entry = entry;
    const qint64 id = T::id(entry, "id");
    const bool posted = isPosted();
    const QString number = T::str(entry, "number");
    setWindowTitle(id == 0  ? tr("New Voucher")
                   : posted ? tr("Voucher %1").arg(number)
                            : tr("Draft Voucher"));
    {
        const QSignalBlocker b1(m_journal);
        const QSignalBlocker b2(m_date);
        m_journal->setCurrentIndex(qMax(0, m_journal->findData(T::str(entry, "journal"))));
        m_date->setDate(QDate::fromString(T::str(entry, "date"), Qt::ISODate));
    }
    m_description->setText(T::str(entry, "description"));
    m_number->setText(posted ? number : tr("assigned when posted"));
    m_state->setStatus(T::entryState(T::str(entry, "state")), T::entryTone(T::str(entry, "state")));

    QStringList source;
    const auto link = [](qint64 target, const QString& text) {
        return QStringLiteral("<a href=\"entry:%1\">%2</a>").arg(target).arg(text.toHtmlEscaped());
    };
    const QString target = sourceTarget(entry);
    if (!target.isEmpty())
        source.append(QStringLiteral("<a href=\"open:%1\">%2</a>")
                          .arg(target, T::source(entry).toHtmlEscaped()));
    else if (id > 0)
        source.append(T::source(entry).toHtmlEscaped());
    if (T::id(entry, "reversal_of") > 0)
        source.append(link(T::id(entry, "reversal_of"), tr("reverses an earlier entry")));
    if (T::id(entry, "reversed_by") > 0)
        source.append(link(T::id(entry, "reversed_by"), tr("reversed")));
    m_source->setText(source.isEmpty() ? tr("Manual") : source.join(QStringLiteral(" · ")));

    QHash<qint64, QString> namesEn;
    for (const QJsonValue& v : entry.value(QLatin1String("lines")).toArray()) {
        const qint64 account = T::id(v.toObject(), "account_id");
        namesEn.insert(account, T::str(m_accounts.byId(account), "name_en"));
    }
    m_grid->setEditable(!posted && m_client.may(FinanceClient::Perm::entryWrite()));
    m_grid->model()->setDefaultDescription(T::str(entry, "description"));
    m_grid->model()->setLines(entry.value(QLatin1String("lines")).toArray(), namesEn);
    if (m_grid->model()->isEditable() && m_grid->model()->rowCount() == 0)
        m_grid->model()->addLine();
    m_grid->clearErrors();
    const bool editable = m_grid->model()->isEditable();
    m_journal->setEnabled(editable);
    m_date->setReadOnly(!editable);
    m_description->setReadOnly(!editable);
    errors().clear();
    setBusy(false);
    updateButtons();
    updateTotals();
    markClean();
    m_ready = true;
}

void VoucherDialog::updateButtons()
{
    const qint64 id = T::id(m_entry, "id");
    const bool posted = isPosted();
    const bool editable = m_grid->model()->isEditable();
    saveButton()->setVisible(editable);
    m_post->setVisible(editable && m_client.may(FinanceClient::Perm::entryPost()));
    m_discard->setVisible(editable && id > 0);
    m_reverse->setVisible(posted && m_client.may(FinanceClient::Perm::entryPost()) &&
                          T::id(m_entry, "reversed_by") == 0 && T::id(m_entry, "reversal_of") == 0);
    m_print->setVisible(id > 0);
    cancelButton()->setText(editable ? tr("Cancel") : tr("Close"));
    if (!editable)
        cancelButton()->setFocus();
}

void VoucherDialog::updateTotals()
{
    const VoucherLinesModel::Totals t = m_grid->model()->totals();
    m_debit->setText(tr("Debit %1").arg(T::money(T::wire(t.debit))));
    m_credit->setText(tr("Credit %1").arg(T::money(T::wire(t.credit))));
    const qint64 difference = t.difference();
    m_unbalanced = difference != 0;
    QPalette palette = m_difference->palette();
    if (m_unbalanced) {
        m_difference->setText(
            tr("Difference %1").arg(T::money(T::wire(difference < 0 ? -difference : difference))));
        m_difference->setToolTip(difference > 0 ? tr("The debits exceed the credits.")
                                                : tr("The credits exceed the debits."));
        palette.setColor(QPalette::WindowText, Theme::toneColor(Column::Tone::Problem));
    } else {
        m_difference->setText(t.debit == 0 ? tr("No amounts yet") : tr("Balanced ✓"));
        m_difference->setToolTip(QString());
        palette.setColor(QPalette::WindowText, t.debit == 0 ? Theme::mutedTextColor()
                                                            : Theme::toneColor(Column::Tone::Done));
    }
    m_difference->setPalette(palette);
    m_words->setText(!m_unbalanced && t.debit != 0
                         ? tr("In words: %1").arg(chineseCapitalAmount(t.debit))
                         : QString());
}

QJsonObject VoucherDialog::fields() const
{
    return {{QStringLiteral("journal"), m_journal->currentData().toString()},
            {QStringLiteral("date"), m_date->date().toString(Qt::ISODate)},
            {QStringLiteral("description"), m_description->text().trimmed()},
            {QStringLiteral("lines"), m_grid->model()->records()}};
}

void VoucherDialog::save()
{
    saveDraft();
}

void VoucherDialog::saveDraft()
{
    submit(false);
}

void VoucherDialog::post()
{
    submit(true);
}

void VoucherDialog::submit(bool post)
{
    if (isBusy() || !m_grid->model()->isEditable())
        return;
    m_grid->commitEditing();
    errors().clear();
    m_grid->clearErrors();
    m_note->hide();
    setBusy(true);
    m_post->setEnabled(false);
    const bool created = T::id(m_entry, "id") == 0;
    m_client.saveEntry(
        T::id(m_entry, "id"), T::id(m_entry, "version"), fields(), post, this,
        [this, post, created](const QJsonObject& e) {
            m_post->setEnabled(true);
            showEntry(e);
            m_note->setText(post      ? tr("Posted as %1.").arg(T::str(e, "number"))
                            : created ? tr("Saved as a draft: post it when it is complete.")
                                      : tr("Draft saved."));
            m_note->show();
            emit saved(e);
        },
        [this](const Rpc::Error& error) {
            m_post->setEnabled(true);
            saveFailed(error);
        });
}

void VoucherDialog::saveFailed(const Rpc::Error& error)
{
    if (error.code != Rpc::ValidationFailed) {
        showSaveError(error);
        return;
    }
    // Errors of the lines go to their cells (or under the grid); the rest under the fields.
    static const QRegularExpression nested(QStringLiteral("^lines\\[(\\d+)\\]\\.(\\w+)$"));
    QJsonObject data = error.data.toObject();
    QJsonArray rest;
    bool inLines = false;
    for (const QJsonValue& v : data.value(QLatin1String("fields")).toArray()) {
        const QJsonObject f = v.toObject();
        const QString field = f.value(QLatin1String("field")).toString();
        const QString text = ErrorText::field(f);
        const QRegularExpressionMatch m = nested.match(field);
        if (m.hasMatch()) {
            m_grid->showCellError(m.captured(1).toInt(), m.captured(2), text);
            inLines = true;
        } else if (field == QLatin1String("lines") || field.startsWith(QLatin1String("lines["))) {
            m_grid->showError(text);
            inLines = true;
        } else {
            QJsonObject copy = f;
            copy.insert(QStringLiteral("message"), text);
            rest.append(copy);
        }
    }
    if (rest.isEmpty() && inLines) {
        setBusy(false);
        errors().showMessage(tr("The entry was not saved: see the lines."));
        return;
    }
    data.insert(QStringLiteral("fields"), rest);
    showSaveError(Rpc::Error(error.code, error.message, data));
}

QString VoucherDialog::conflictText() const
{
    return tr("Someone else changed this draft while you were editing it.");
}

void VoucherDialog::askReverse()
{
    QDialog ask(this);
    ask.setWindowTitle(tr("Reverse %1").arg(T::str(m_entry, "number")));
    auto* layout = new QVBoxLayout(&ask);
    auto* text = new QLabel(
        tr("A posted entry never changes. Reversing books a new entry that cancels this one "
           "(as the books are set: red storno or opposite sides), linked to it both ways."),
        &ask);
    text->setWordWrap(true);
    layout->addWidget(text);
    auto* form = new QFormLayout;
    auto* date = new QDateEdit(&ask);
    date->setCalendarPopup(true);
    date->setDisplayFormat(Format::shortDatePattern());
    date->setDate(QDate::fromString(T::str(m_entry, "date"), Qt::ISODate));
    auto* description = new QLineEdit(&ask);
    description->setPlaceholderText(tr("Reversal of %1").arg(T::str(m_entry, "number")));
    form->addRow(tr("Date"), date);
    form->addRow(tr("Description"), description);
    layout->addLayout(form);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, &ask);
    buttons->addButton(tr("Reverse"), QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::accepted, &ask, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &ask, &QDialog::reject);
    layout->addWidget(buttons);
    ask.resize(460, ask.sizeHint().height());
    if (ask.exec() != QDialog::Accepted)
        return;
    reverseEntry(date->date().toString(Qt::ISODate), description->text());
}

void VoucherDialog::reverseEntry(const QString& date, const QString& description)
{
    if (!isPosted() || isBusy())
        return;
    const QString original = T::str(m_entry, "number");
    errors().clear();
    setBusy(true);
    m_client.reverseEntry(
        T::id(m_entry, "id"), T::id(m_entry, "version"), date, description, this,
        [this, original](const QJsonObject& reversal) {
            showEntry(reversal);
            m_note->setText(tr("%1 was reversed by %2.").arg(original, T::str(reversal, "number")));
            m_note->show();
            emit saved(reversal);
        },
        [this](const Rpc::Error& e) { showSaveError(e); });
}

void VoucherDialog::discard()
{
    const qint64 id = T::id(m_entry, "id");
    if (id == 0 || isPosted() || isBusy())
        return;
    QMessageBox box(QMessageBox::Question, tr("Discard Draft"),
                    tr("Delete this draft voucher? It never had a number, so no gap is left."),
                    QMessageBox::NoButton, this);
    QPushButton* yes = box.addButton(tr("Discard"), QMessageBox::DestructiveRole);
    box.addButton(tr("Keep"), QMessageBox::RejectRole);
    box.exec();
    if (box.clickedButton() != yes)
        return;
    setBusy(true);
    m_client.entryAction(
        QStringLiteral("discard"), id, T::id(m_entry, "version"), this,
        [this](const QJsonObject& result) {
            emit saved(result);
            finishSaved();
        },
        [this](const Rpc::Error& e) { showSaveError(e); });
}

void VoucherDialog::print()
{
    VoucherPrint::printEntry(m_client.api(), m_entry, m_accounts, this,
                             VoucherPrint::Mode::Preview);
}

void VoucherDialog::savePdf()
{
    VoucherPrint::printEntry(m_client.api(), m_entry, m_accounts, this, VoucherPrint::Mode::Pdf);
}

} // namespace Erp::Client::Finance
