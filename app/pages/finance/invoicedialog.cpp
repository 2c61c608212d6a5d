#include "app/pages/finance/invoicedialog.h"

#include "app/models/format.h"
#include "app/net/errortext.h"
#include "app/pages/finance/financeclient.h"
#include "app/pages/finance/financetext.h"
#include "app/pages/finance/invoicelines.h"
#include "app/pages/finance/invoiceprint.h"
#include "app/widgets/entitypicker.h"
#include "app/widgets/formerrors.h"
#include "app/widgets/formfields.h"
#include "app/widgets/statusbadge.h"
#include "app/widgets/theme.h"
#include "common/jsonrpc.h"

#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Erp::Client::Finance {

namespace {
using T = FinanceText;
using P = FinanceClient::Perm;

enum Tab { LinesTab, PaymentsTab, EntryTab, NotesTab };

QString customerRowText(const QJsonObject& row)
{
    const QString code = T::str(row, "code");
    return code.isEmpty() ? T::str(row, "name")
                          : QStringLiteral("%1 · %2").arg(T::str(row, "name"), code);
}

QTreeWidget* tree(QWidget* parent, const QStringList& headers, const QString& name)
{
    auto* t = new QTreeWidget(parent);
    t->setObjectName(name);
    t->setRootIsDecorated(false);
    t->setHeaderLabels(headers);
    t->setAlternatingRowColors(true);
    t->header()->setStretchLastSection(false);
    t->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    return t;
}
} // namespace

InvoiceDialog::InvoiceDialog(FinanceClient& client, qint64 id, QWidget* parent)
    : FormDialog(parent)
    , m_client(client)
    , m_number(new QLabel(this))
    , m_badge(new StatusBadge(this))
    , m_note(new QLabel(this))
    , m_customer(new EntityPicker(client.api(), QStringLiteral("crm.customer.list"), this))
    , m_order(new QLabel(this))
    , m_date(createDateEdit(this))
    , m_due(new QLabel(this))
    , m_fapiaoNumber(new QLineEdit(this))
    , m_fapiaoDate(createDateEdit(this, tr("Not set")))
    , m_open(new QLabel(this))
    , m_sections(new QTabWidget(this))
    , m_lines(new InvoiceLineEditor(client.api(), this))
    , m_payments(tree(this, {tr("Date"), tr("Document"), tr("Amount")}, QStringLiteral("payments")))
    , m_entry(tree(this, {tr("Account"), tr("Debit"), tr("Credit"), tr("Description")},
                   QStringLiteral("invoiceEntry")))
    , m_notes(new QPlainTextEdit(this))
    , m_post(new QPushButton(tr("Post"), this))
    , m_credit(new QPushButton(tr("Credit Note…"), this))
    , m_cancelInvoice(new QPushButton(tr("Cancel Invoice"), this))
    , m_payment(new QPushButton(tr("Register Payment…"), this))
    , m_print(new QPushButton(tr("Print…"), this))
    , m_pdf(new QPushButton(tr("Save as PDF…"), this))
    , m_voucher(new QPushButton(tr("Open Voucher"), this))
{
    setObjectName(QStringLiteral("invoiceDialog"));
    m_invoice = {{QStringLiteral("id"), id}};
    buildForm();
    resize(1080, 700);
    if (id == 0) {
        setWindowTitle(tr("New Invoice"));
        showInvoice({{QStringLiteral("id"), 0},
                     {QStringLiteral("kind"), QStringLiteral("invoice")},
                     {QStringLiteral("state"), QStringLiteral("draft")},
                     {QStringLiteral("date"), QDate::currentDate().toString(Qt::ISODate)}});
        m_lines->model()->appendLine();
        markClean();
        m_customer->setFocus();
    } else {
        setWindowTitle(tr("Invoice"));
        reload();
    }
}

void InvoiceDialog::buildForm()
{
    QFont big = m_number->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_number->setFont(big);
    m_number->setObjectName(QStringLiteral("invoiceNumber"));
    m_number->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_badge->setObjectName(QStringLiteral("stateBadge"));
    m_note->setObjectName(QStringLiteral("invoiceMessage"));
    m_note->setWordWrap(true);
    QPalette muted = m_note->palette();
    muted.setColor(QPalette::WindowText, Theme::mutedTextColor());
    m_note->setPalette(muted);
    auto* header = new QHBoxLayout;
    header->addWidget(m_number);
    header->addSpacing(8);
    header->addWidget(m_badge, 0, Qt::AlignVCenter);
    header->addSpacing(12);
    header->addWidget(m_note, 1);
    body()->insertLayout(0, header);

    auto* actionRow = new QHBoxLayout;
    actionRow->setSpacing(4);
    m_post->setObjectName(QStringLiteral("postInvoice"));
    m_post->setToolTip(tr("Give the invoice its number and book it (needs the permission to "
                          "post invoices)"));
    m_credit->setToolTip(tr("Cancel a posted invoice by a credit note for what is not credited "
                            "yet"));
    m_cancelInvoice->setToolTip(tr("Cancel this draft (it never had a number)"));
    m_payment->setToolTip(tr("Record money received for this invoice"));
    m_voucher->setToolTip(tr("Open the journal entry the invoice booked"));
    for (QPushButton* b : {m_post, m_credit, m_cancelInvoice, m_payment, m_voucher}) {
        b->setAutoDefault(false);
        actionRow->addWidget(b);
    }
    actionRow->addStretch(1);
    for (QPushButton* b : {m_print, m_pdf}) {
        b->setAutoDefault(false);
        actionRow->addWidget(b);
    }
    body()->insertLayout(2, actionRow);

    m_customer->setObjectName(QStringLiteral("customerPicker"));
    m_customer->setPlaceholderText(tr("Type a name, code or phone number…"));
    m_customer->setRowText(&customerRowText);
    m_customer->setPickedText([](const QJsonObject& row) { return T::str(row, "name"); });
    m_fapiaoNumber->setObjectName(QStringLiteral("fapiaoNumber"));
    m_fapiaoNumber->setMaxLength(20);
    m_fapiaoNumber->setPlaceholderText(tr("Up to 20 digits"));
    m_fapiaoNumber->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,20}")), this));
    m_order->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_open->setObjectName(QStringLiteral("openAmount"));

    QFormLayout* left = createFormColumn();
    QFormLayout* right = createFormColumn();
    FormErrors& e = errors();
    e.addRow(left, tr("C&ustomer"), QStringLiteral("customer_id"), m_customer, true);
    left->addRow(tr("Sales order"), m_order);
    left->addRow(tr("Open"), m_open);
    e.addRow(right, tr("&Date"), QStringLiteral("date"), m_date, true);
    right->addRow(tr("Due date"), m_due);
    e.addRow(right, tr("&Fapiao number"), QStringLiteral("fapiao_number"), m_fapiaoNumber);
    e.addRow(right, tr("Fapiao d&ate"), QStringLiteral("fapiao_date"), m_fapiaoDate);
    auto* columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addSpacing(16);
    columns->addLayout(right, 1);
    body()->insertLayout(3, columns);

    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setPlaceholderText(tr("Printed on the invoice"));
    auto* entryPage = new QWidget(this);
    auto* entryLayout = new QVBoxLayout(entryPage);
    entryLayout->setContentsMargins(0, 0, 0, 0);
    entryLayout->addWidget(m_entry, 1);
    m_sections->addTab(m_lines, tr("Lines"));
    m_sections->addTab(m_payments, tr("Payments"));
    m_sections->addTab(entryPage, tr("Journal Entry"));
    m_sections->addTab(m_notes, tr("Notes"));
    body()->insertWidget(4, m_sections, 10);

    saveButton()->setText(tr("Save Draft"));
    connect(m_customer, &EntityPicker::picked, this, [this] { markDirty(); });
    connect(m_customer, &QLineEdit::textEdited, this, [this] { markDirty(); });
    connect(m_date, &QDateEdit::dateChanged, this, [this] { markDirty(); });
    connect(m_fapiaoNumber, &QLineEdit::textEdited, this, [this] { markDirty(); });
    connect(m_fapiaoDate, &QDateEdit::dateChanged, this, [this] { markDirty(); });
    connect(m_notes, &QPlainTextEdit::textChanged, this, [this] {
        if (m_ready)
            markDirty();
    });
    connect(m_lines, &InvoiceLineEditor::edited, this, [this] { markDirty(); });
    connect(m_post, &QPushButton::clicked, this, [this] { post(true); });
    connect(m_credit, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString reason = QInputDialog::getText(
            this, tr("Credit Note"),
            tr("A credit note for everything not credited yet of %1 (%2) is posted today.\n"
               "Reason:")
                .arg(T::str(m_invoice, "number"), T::money(T::str(m_invoice, "total"))),
            QLineEdit::Normal, QString(), &ok);
        if (ok)
            creditNow(reason);
    });
    connect(m_cancelInvoice, &QPushButton::clicked, this, [this] {
        if (QMessageBox::question(this, tr("Cancel Invoice"),
                                  tr("Cancel this draft invoice? It cannot be used again.")) ==
            QMessageBox::Yes)
            cancelNow();
    });
    connect(m_payment, &QPushButton::clicked, this, [this] { emit paymentRequested(m_invoice); });
    connect(m_print, &QPushButton::clicked, this, [this] {
        InvoicePrint::printInvoice(m_client.api(), m_invoice, this, InvoicePrint::Mode::Preview);
    });
    connect(m_pdf, &QPushButton::clicked, this, [this] {
        InvoicePrint::printInvoice(m_client.api(), m_invoice, this, InvoicePrint::Mode::Pdf);
    });
    connect(m_voucher, &QPushButton::clicked, this, [this] {
        if (m_entryId > 0)
            emit navigate(QStringLiteral("finance/entry/%1").arg(m_entryId));
    });
    connect(m_entry, &QTreeWidget::itemActivated, this, [this] {
        if (m_entryId > 0)
            emit navigate(QStringLiteral("finance/entry/%1").arg(m_entryId));
    });
    connect(m_payments, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        const qint64 payment = item->data(0, Qt::UserRole).toLongLong();
        const qint64 note = item->data(1, Qt::UserRole).toLongLong();
        if (payment > 0)
            emit navigate(QStringLiteral("finance/payment/%1").arg(payment));
        else if (note > 0)
            emit navigate(QStringLiteral("finance/invoice/%1").arg(note));
    });
    if (!m_client.may(P::entryRead()))
        m_sections->setTabVisible(EntryTab, false);
}

bool InvoiceDialog::isDraft() const
{
    return T::str(m_invoice, "state") == QLatin1String("draft");
}

QString InvoiceDialog::messageText() const
{
    return m_note->text();
}

void InvoiceDialog::showNote(const QString& text)
{
    m_note->setText(text);
}

void InvoiceDialog::reload()
{
    const qint64 id = T::id(m_invoice, "id");
    if (id <= 0)
        return;
    m_ready = false;
    setBusy(true);
    m_client.call(
        QStringLiteral("finance.invoice.get"), {{QStringLiteral("id"), id}}, this,
        [this](const QJsonObject& inv) {
            setBusy(false);
            showInvoice(inv);
        },
        [this](const Rpc::Error& e) {
            setBusy(false);
            errors().showMessage(ErrorText::describe(e));
        });
}

void InvoiceDialog::showInvoice(const QJsonObject& inv)
{
    m_ready = false;
    m_invoice = inv;
    const bool draft = isDraft();
    const bool credit = T::str(inv, "kind") == QLatin1String("credit_note");
    const QString number = T::str(inv, "number");
    if (T::id(inv, "id") <= 0)
        m_number->setText(tr("New invoice"));
    else if (number.isEmpty())
        m_number->setText(credit ? tr("Credit note (draft)") : tr("Invoice (draft)"));
    else
        m_number->setText(
            QStringLiteral("%1 %2").arg(T::documentKind(T::str(inv, "kind")), number));
    const QString state = T::str(inv, "state");
    m_badge->setStatus(T::invoiceState(state), T::invoiceTone(state));
    if (!number.isEmpty())
        setWindowTitle(QStringLiteral("%1 %2").arg(T::documentKind(T::str(inv, "kind")), number));

    if (T::id(inv, "customer_id") > 0)
        m_customer->setCurrent({{QStringLiteral("id"), T::id(inv, "customer_id")},
                                {QStringLiteral("name"), T::str(inv, "customer_name")},
                                {QStringLiteral("code"), T::str(inv, "customer_code")}});
    QString order = T::str(inv, "order_number");
    if (credit && !T::str(inv, "credit_of_number").isEmpty())
        order = tr("Credit note of %1").arg(T::str(inv, "credit_of_number"));
    m_order->setText(order.isEmpty() ? tr("— (free invoice)") : order);
    const QDate date = QDate::fromString(T::str(inv, "date"), Qt::ISODate);
    m_date->setDate(date.isValid() ? date : QDate::currentDate());
    const QDate due = QDate::fromString(T::str(inv, "due_date"), Qt::ISODate);
    m_due->setText(due.isValid() ? Format::date(due)
                                 : tr("set at posting from the customer's payment terms"));
    m_fapiaoNumber->setText(T::str(inv, "fapiao_number"));
    const QDate fapiao = QDate::fromString(T::str(inv, "fapiao_date"), Qt::ISODate);
    m_fapiaoDate->setDate(fapiao.isValid() ? fapiao : unsetDate());
    m_notes->setPlainText(T::str(inv, "notes"));
    m_open->setText(
        draft ? tr("— (not posted)")
              : tr("%1 of %2").arg(T::money(T::str(inv, "open")), T::money(T::str(inv, "total"))));
    m_lines->model()->setLines(inv.value(QLatin1String("lines")).toArray());
    m_lines->setEditable(draft);

    // Read-only once posted: only the fapiao can still be recorded.
    m_customer->setReadOnly(!draft || T::id(inv, "order_id") > 0);
    m_date->setReadOnly(!draft);
    m_notes->setReadOnly(!draft);
    const bool writable = m_client.may(P::invoiceWrite());
    m_fapiaoNumber->setReadOnly(!writable || state == QLatin1String("cancelled"));
    m_fapiaoDate->setReadOnly(!writable || state == QLatin1String("cancelled"));
    saveButton()->setText(draft ? tr("Save Draft") : tr("Save Fapiao"));
    saveButton()->setVisible(writable && state != QLatin1String("cancelled"));

    m_payments->clear();
    for (const QJsonValue& v : inv.value(QLatin1String("allocations")).toArray()) {
        const QJsonObject a = v.toObject();
        const qint64 payment = T::id(a, "payment_id");
        QString doc =
            payment > 0 ? tr("Payment %1").arg(T::str(a, "payment_number")) : tr("Credit note");
        if (payment <= 0 && T::id(a, "credit_note_id") > 0 && credit)
            doc = tr("Applied to invoice %1").arg(T::str(a, "invoice_number"));
        auto* item =
            new QTreeWidgetItem(m_payments, {Format::timestamp(T::str(a, "effective_date")), doc,
                                             T::money(T::str(a, "amount"))});
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
        item->setData(0, Qt::UserRole, payment);
        item->setData(1, Qt::UserRole,
                      credit ? T::id(a, "invoice_id") : T::id(a, "credit_note_id"));
    }
    m_sections->setTabText(PaymentsTab, tr("Payments (%1)").arg(m_payments->topLevelItemCount()));
    m_entryId = T::id(inv, "entry_id");
    m_entry->clear();
    loadEntry();
    updateButtons();
    markClean();
    m_ready = true;
}

void InvoiceDialog::loadEntry()
{
    const qint64 id = T::id(m_invoice, "id");
    if (id <= 0 || isDraft() || !m_client.may(P::entryRead()))
        return;
    m_client.call(
        QStringLiteral("finance.entry.for_source"),
        {{QStringLiteral("source_type"), QStringLiteral("invoice")},
         {QStringLiteral("source_id"), id}},
        this,
        [this](const QJsonObject& result) {
            m_entry->clear();
            for (const QJsonValue& ev : result.value(QLatin1String("rows")).toArray()) {
                const QJsonObject entry = ev.toObject();
                if (m_entryId <= 0)
                    m_entryId = T::id(entry, "id");
                auto* head = new QTreeWidgetItem(
                    m_entry,
                    {QStringLiteral("%1 · %2").arg(T::str(entry, "number"),
                                                   Format::timestamp(T::str(entry, "date"))),
                     T::money(T::str(entry, "debit_total")),
                     T::money(T::str(entry, "credit_total")), T::str(entry, "description")});
                QFont bold = head->font(0);
                bold.setBold(true);
                for (int c = 0; c < 4; ++c)
                    head->setFont(c, bold);
                for (const QJsonValue& lv : entry.value(QLatin1String("lines")).toArray()) {
                    const QJsonObject l = lv.toObject();
                    auto* item = new QTreeWidgetItem(
                        m_entry, {QStringLiteral("    %1 %2")
                                      .arg(T::str(l, "account_code"), T::accountName(l)),
                                  T::moneyOrBlank(T::str(l, "debit")),
                                  T::moneyOrBlank(T::str(l, "credit")), T::str(l, "description")});
                    item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
                    item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
                }
            }
            updateButtons();
        },
        [](const Rpc::Error&) {});
}

void InvoiceDialog::updateButtons()
{
    const QString state = T::str(m_invoice, "state");
    const bool draft = state == QLatin1String("draft");
    const bool invoice = T::str(m_invoice, "kind") != QLatin1String("credit_note");
    const bool open = state == QLatin1String("posted") || state == QLatin1String("partially_paid");
    m_post->setVisible(draft && m_client.may(P::invoicePost()));
    m_cancelInvoice->setVisible(draft && T::id(m_invoice, "id") > 0 &&
                                m_client.may(P::invoiceWrite()));
    m_credit->setVisible(invoice && !draft && state != QLatin1String("cancelled") &&
                         state != QLatin1String("credited") && m_client.may(P::invoicePost()));
    m_payment->setVisible(invoice && open && m_client.may(P::paymentWrite()));
    m_voucher->setVisible(m_entryId > 0 && m_client.may(P::entryRead()));
    m_print->setEnabled(T::id(m_invoice, "id") > 0);
    m_pdf->setEnabled(T::id(m_invoice, "id") > 0);
}

QJsonObject InvoiceDialog::formFields() const
{
    QJsonObject f;
    const QDate fapiao = m_fapiaoDate->date();
    f.insert(QStringLiteral("fapiao_number"), m_fapiaoNumber->text().trimmed());
    f.insert(QStringLiteral("fapiao_date"),
             fapiao == unsetDate() ? QString() : fapiao.toString(Qt::ISODate));
    if (!isDraft())
        return f;
    if (m_customer->hasCurrent())
        f.insert(QStringLiteral("customer_id"), m_customer->currentId());
    f.insert(QStringLiteral("date"), m_date->date().toString(Qt::ISODate));
    f.insert(QStringLiteral("notes"), m_notes->toPlainText());
    f.insert(QStringLiteral("lines"), m_lines->model()->records());
    return f;
}

void InvoiceDialog::saveThen(std::function<void(const QJsonObject&)> next)
{
    m_lines->commitEditing();
    errors().clear();
    m_lines->showError(QString());
    const qint64 id = T::id(m_invoice, "id");
    QJsonObject params = formFields();
    if (id > 0) {
        params.insert(QStringLiteral("id"), id);
        params.insert(QStringLiteral("version"), T::id(m_invoice, "version"));
    } else if (!m_customer->hasCurrent()) {
        errors().showMessage(tr("Pick the customer first."));
        m_customer->setFocus();
        return;
    }
    setBusy(true);
    m_client.call(
        id > 0 ? QStringLiteral("finance.invoice.update")
               : QStringLiteral("finance.invoice.create"),
        params, this,
        [this, next = std::move(next)](const QJsonObject& inv) {
            setBusy(false);
            showInvoice(inv);
            emit saved(inv);
            if (next)
                next(inv);
        },
        [this](const Rpc::Error& e) {
            showSaveError(e);
            QStringList lineErrors;
            for (const QJsonValue& v : e.data.toObject().value(QLatin1String("fields")).toArray()) {
                const QJsonObject f = v.toObject();
                const QString field = T::str(f, "field");
                if (field.startsWith(QLatin1String("lines")))
                    lineErrors.append(QStringLiteral("%1: %2").arg(field, ErrorText::field(f)));
            }
            m_lines->showError(lineErrors.join(QLatin1Char('\n')));
        });
}

void InvoiceDialog::save()
{
    saveThen([this](const QJsonObject& inv) {
        showNote(isDraft() ? tr("Draft saved.")
                           : tr("Fapiao of %1 saved.").arg(T::str(inv, "number")));
    });
}

void InvoiceDialog::post(bool ask)
{
    if (ask && QMessageBox::question(
                   this, tr("Post Invoice"),
                   tr("Post this invoice? It gets its number and is booked; afterwards it can only "
                      "be corrected by a credit note.")) != QMessageBox::Yes)
        return;
    const auto doPost = [this](const QJsonObject& inv) {
        action(QStringLiteral("finance.invoice.post"),
               {{QStringLiteral("id"), T::id(inv, "id")},
                {QStringLiteral("version"), T::id(inv, "version")}},
               tr("Posted."));
    };
    if (T::id(m_invoice, "id") <= 0 || isDirty())
        saveThen(doPost);
    else
        doPost(m_invoice);
}

void InvoiceDialog::creditNow(const QString& reason)
{
    QJsonObject params{{QStringLiteral("id"), T::id(m_invoice, "id")},
                       {QStringLiteral("version"), T::id(m_invoice, "version")}};
    if (!reason.trimmed().isEmpty())
        params.insert(QStringLiteral("reason"), reason.trimmed());
    setBusy(true);
    m_client.call(
        QStringLiteral("finance.invoice.credit"), params, this,
        [this](const QJsonObject& note) {
            setBusy(false);
            reload();
            showNote(tr("Credit note %1 posted for %2.")
                         .arg(T::str(note, "number"), T::money(T::str(note, "total"))));
            emit saved(note);
        },
        [this](const Rpc::Error& e) { showSaveError(e); });
}

void InvoiceDialog::cancelNow()
{
    action(QStringLiteral("finance.invoice.cancel"),
           {{QStringLiteral("id"), T::id(m_invoice, "id")},
            {QStringLiteral("version"), T::id(m_invoice, "version")}},
           tr("Cancelled."));
}

void InvoiceDialog::action(const QString& method, const QJsonObject& params, const QString& done)
{
    setBusy(true);
    m_client.call(
        method, params, this,
        [this, done](const QJsonObject& inv) {
            setBusy(false);
            showInvoice(inv);
            showNote(done);
            emit saved(inv);
        },
        [this](const Rpc::Error& e) { showSaveError(e); });
}

} // namespace Erp::Client::Finance
