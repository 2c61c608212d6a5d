#include "app/pages/finance/paymentdialog.h"

#include "app/models/format.h"
#include "app/net/errortext.h"
#include "app/pages/finance/financeclient.h"
#include "app/pages/finance/financetext.h"
#include "app/widgets/entitypicker.h"
#include "app/widgets/formerrors.h"
#include "app/widgets/formfields.h"
#include "app/widgets/moneyedit.h"
#include "app/widgets/statusbadge.h"
#include "app/widgets/theme.h"
#include "common/jsonrpc.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Erp::Client::Finance {

namespace {
using T = FinanceText;
using P = FinanceClient::Perm;

QTableWidgetItem* cell(const QString& text, bool right = false)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    if (right)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QTableWidget* table(QWidget* parent, const QStringList& headers, const QString& name)
{
    auto* t = new QTableWidget(parent);
    t->setObjectName(name);
    t->setColumnCount(int(headers.size()));
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->hide();
    t->setAlternatingRowColors(true);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    t->horizontalHeader()->setStretchLastSection(true);
    t->verticalHeader()->setDefaultSectionSize(t->fontMetrics().height() + 10);
    return t;
}

QString partnerRowText(const QJsonObject& row)
{
    const QString code = T::str(row, "code");
    return code.isEmpty() ? T::str(row, "name")
                          : QStringLiteral("%1 · %2").arg(T::str(row, "name"), code);
}
} // namespace

PaymentDialog::PaymentDialog(FinanceClient& client, qint64 id, QWidget* parent)
    : FormDialog(parent)
    , m_client(client)
    , m_number(new QLabel(this))
    , m_badge(new StatusBadge(this))
    , m_kind(new QComboBox(this))
    , m_partners(new QStackedWidget(this))
    , m_customer(new EntityPicker(client.api(), QStringLiteral("crm.customer.list"), this))
    , m_supplier(new EntityPicker(client.api(), QStringLiteral("purchasing.supplier.list"), this))
    , m_amount(new MoneyEdit(this))
    , m_date(createDateEdit(this))
    , m_reference(new QLineEdit(this))
    , m_notes(new QLineEdit(this))
    , m_appliedHeader(new QLabel(tr("Applied to"), this))
    , m_allocations(
          table(this, {tr("Invoice"), tr("Date"), tr("Amount")}, QStringLiteral("allocations")))
    , m_unapply(new QPushButton(tr("Unapply…"), this))
    , m_open(table(this, {tr("Open invoice"), tr("Date"), tr("Due"), tr("Open"), tr("Apply")},
                   QStringLiteral("openInvoices")))
    , m_oldestFirst(new QPushButton(tr("Apply Oldest First"), this))
    , m_unapplied(new QLabel(this))
{
    setObjectName(QStringLiteral("paymentDialog"));
    m_payment = {{QStringLiteral("id"), id}};
    QFont big = m_number->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_number->setFont(big);
    m_number->setObjectName(QStringLiteral("paymentNumber"));
    auto* header = new QHBoxLayout;
    header->addWidget(m_number);
    header->addSpacing(8);
    header->addWidget(m_badge, 0, Qt::AlignVCenter);
    header->addStretch(1);
    body()->insertLayout(0, header);

    m_kind->addItem(tr("Receipt from a customer"), QStringLiteral("customer"));
    m_kind->addItem(tr("Payment to a supplier"), QStringLiteral("supplier"));
    for (EntityPicker* p : {m_customer, m_supplier}) {
        p->setRowText(&partnerRowText);
        p->setPickedText([](const QJsonObject& row) { return T::str(row, "name"); });
        p->setPlaceholderText(tr("Type a name or code…"));
        m_partners->addWidget(p);
    }
    m_customer->setObjectName(QStringLiteral("customerPicker"));
    m_supplier->setObjectName(QStringLiteral("supplierPicker"));
    m_partners->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_partners->setFixedHeight(m_customer->sizeHint().height());
    m_amount->setObjectName(QStringLiteral("paymentAmount"));
    m_reference->setMaxLength(100);
    m_reference->setPlaceholderText(tr("e.g. the bank transfer's reference"));
    m_notes->setMaxLength(500);

    QFormLayout* left = createFormColumn();
    QFormLayout* right = createFormColumn();
    FormErrors& e = errors();
    e.addRow(left, tr("&Kind"), QStringLiteral("partner_type"), m_kind);
    e.addRow(left, tr("&Partner"), QStringLiteral("partner_id"), m_partners, true);
    e.addRow(left, tr("&Amount"), QStringLiteral("amount"), m_amount, true);
    e.addRow(right, tr("&Date"), QStringLiteral("date"), m_date, true);
    e.addRow(right, tr("&Reference"), QStringLiteral("reference"), m_reference);
    e.addRow(right, tr("&Notes"), QStringLiteral("notes"), m_notes);
    auto* columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addSpacing(16);
    columns->addLayout(right, 1);
    body()->insertLayout(2, columns);

    auto* applied = new QWidget(this);
    auto* appliedLayout = new QVBoxLayout(applied);
    appliedLayout->setContentsMargins(0, 0, 0, 0);
    auto* appliedRow = new QHBoxLayout;
    appliedRow->addWidget(m_appliedHeader);
    appliedRow->addStretch(1);
    m_unapply->setAutoDefault(false);
    m_unapply->setToolTip(tr("Take the selected allocation back: the invoice is open again"));
    appliedRow->addWidget(m_unapply);
    appliedLayout->addLayout(appliedRow);
    appliedLayout->addWidget(m_allocations);
    m_allocations->setMaximumHeight(m_allocations->verticalHeader()->defaultSectionSize() * 5);
    body()->insertWidget(3, applied);

    auto* openRow = new QHBoxLayout;
    openRow->addWidget(new QLabel(tr("Open invoices of the partner, oldest due first"), this));
    openRow->addStretch(1);
    m_oldestFirst->setAutoDefault(false);
    m_oldestFirst->setToolTip(tr("Apply the amount to the oldest due invoices first"));
    openRow->addWidget(m_oldestFirst);
    body()->insertLayout(4, openRow);
    body()->insertWidget(5, m_open, 1);
    m_unapplied->setObjectName(QStringLiteral("unapplied"));
    QFont bold = m_unapplied->font();
    bold.setBold(true);
    m_unapplied->setFont(bold);
    body()->insertWidget(6, m_unapplied);
    m_open->horizontalHeader()->setSectionResizeMode(NumberCol, QHeaderView::Stretch);
    m_open->horizontalHeader()->setStretchLastSection(false);
    for (int col : {OpenAmountCol, ApplyCol}) {
        m_open->horizontalHeader()->setSectionResizeMode(col, QHeaderView::Fixed);
        m_open->setColumnWidth(
            col, m_open->fontMetrics().horizontalAdvance(QStringLiteral("1,000,000.00")) + 24);
    }

    connect(m_kind, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_partners->setCurrentIndex(index);
        markDirty();
        loadOpenInvoices();
    });
    for (EntityPicker* p : {m_customer, m_supplier}) {
        connect(p, &EntityPicker::picked, this, [this] {
            markDirty();
            loadOpenInvoices();
        });
    }
    connect(m_amount, &MoneyEdit::valueChanged, this, [this] {
        markDirty();
        updateUnapplied();
    });
    connect(m_open, &QTableWidget::itemChanged, this, [this](QTableWidgetItem* item) {
        if (item->column() == ApplyCol) {
            markDirty();
            updateUnapplied();
        }
    });
    connect(m_oldestFirst, &QPushButton::clicked, this, &PaymentDialog::applyOldestFirst);
    connect(m_unapply, &QPushButton::clicked, this, [this] {
        const int row = m_allocations->currentRow();
        if (row < 0)
            return;
        if (QMessageBox::question(
                this, tr("Unapply"),
                tr("Take %1 back from invoice %2? The invoice is open again by that amount and "
                   "the amount is unapplied credit of the payment.")
                    .arg(m_allocations->item(row, 2)->text(),
                         m_allocations->item(row, 0)->text())) == QMessageBox::Yes)
            unapplyNow(row);
    });
    connect(m_allocations, &QTableWidget::cellDoubleClicked, this, [this](int row) {
        emit navigate(QStringLiteral("finance/invoice/%1")
                          .arg(m_allocations->item(row, 0)->data(Qt::UserRole).toLongLong()));
    });

    resize(820, 620);
    if (id == 0) {
        setWindowTitle(tr("New Receipt"));
        showPayment(m_payment);
        m_customer->setFocus();
    } else {
        setWindowTitle(tr("Payment"));
        reload();
    }
}

bool PaymentDialog::isNew() const
{
    return T::id(m_payment, "id") <= 0;
}

EntityPicker* PaymentDialog::partnerPicker() const
{
    return m_kind->currentData().toString() == QLatin1String("supplier") ? m_supplier : m_customer;
}

void PaymentDialog::preset(const QString& partnerType, const QJsonObject& partner, qint64 invoiceId,
                           const QString& amount)
{
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(partnerType)));
    partnerPicker()->setCurrent(partner);
    m_presetInvoice = invoiceId;
    m_presetAmount = amount;
    if (!amount.isEmpty())
        m_amount->setValue(amount);
    loadOpenInvoices();
    m_amount->setFocus();
    m_amount->selectAll();
}

void PaymentDialog::reload()
{
    m_ready = false;
    setBusy(true);
    m_client.call(
        QStringLiteral("finance.payment.get"), {{QStringLiteral("id"), T::id(m_payment, "id")}},
        this,
        [this](const QJsonObject& p) {
            setBusy(false);
            showPayment(p);
        },
        [this](const Rpc::Error& e) {
            setBusy(false);
            errors().showMessage(ErrorText::describe(e));
        });
}

void PaymentDialog::showPayment(const QJsonObject& p)
{
    m_payment = p;
    const bool fresh = isNew();
    if (fresh) {
        m_number->setText(tr("New payment"));
        m_badge->hide();
        m_date->setDate(QDate::currentDate());
    } else {
        m_number->setText(
            QStringLiteral("%1 %2").arg(T::documentKind(T::str(p, "kind")), T::str(p, "number")));
        setWindowTitle(m_number->text());
        m_badge->show();
        m_badge->setStatus(T::paymentState(T::str(p, "state")), T::paymentTone(T::str(p, "state")));
        m_kind->setCurrentIndex(qMax(0, m_kind->findData(T::str(p, "partner_type"))));
        partnerPicker()->setCurrent({{QStringLiteral("id"), T::id(p, "partner_id")},
                                     {QStringLiteral("name"), T::str(p, "partner_name")}});
        m_amount->setValue(T::str(p, "amount"));
        m_date->setDate(QDate::fromString(T::str(p, "date"), Qt::ISODate));
        m_reference->setText(T::str(p, "reference"));
        m_notes->setText(T::str(p, "notes"));
    }
    for (QWidget* w : std::initializer_list<QWidget*>{m_kind, m_customer, m_supplier, m_amount,
                                                      m_date, m_reference, m_notes})
        w->setEnabled(fresh);
    m_allocations->setRowCount(0);
    for (const QJsonValue& v : p.value(QLatin1String("allocations")).toArray()) {
        const QJsonObject a = v.toObject();
        const int row = m_allocations->rowCount();
        m_allocations->insertRow(row);
        auto* number = cell(T::str(a, "invoice_number"));
        number->setData(Qt::UserRole, T::id(a, "invoice_id"));
        number->setData(Qt::UserRole + 1, T::id(a, "id"));
        m_allocations->setItem(row, 0, number);
        m_allocations->setItem(row, 1, cell(Format::timestamp(T::str(a, "effective_date"))));
        m_allocations->setItem(row, 2, cell(T::money(T::str(a, "amount")), true));
    }
    const bool writable = m_client.may(P::paymentWrite());
    m_appliedHeader->setVisible(!fresh);
    m_allocations->setVisible(!fresh);
    m_unapply->setVisible(!fresh && writable);
    m_unapply->setEnabled(m_allocations->rowCount() > 0);
    if (m_allocations->rowCount() > 0)
        m_allocations->selectRow(0);
    saveButton()->setText(fresh ? tr("Record Payment") : tr("Apply"));
    saveButton()->setVisible(writable);
    markClean();
    m_ready = true;
    loadOpenInvoices();
}

void PaymentDialog::loadOpenInvoices()
{
    m_openLoaded = false;
    m_open->setRowCount(0);
    EntityPicker* picker = partnerPicker();
    const bool customer = picker == m_customer;
    if (!picker->hasCurrent() || !customer) {
        // Supplier bills are not invoices of this list yet: a supplier payment stays a credit.
        updateUnapplied();
        return;
    }
    m_client.call(
        QStringLiteral("finance.invoice.list"),
        {{QStringLiteral("filter"),
          QJsonObject{{QStringLiteral("customer_id"), picker->currentId()},
                      {QStringLiteral("kind"), QStringLiteral("invoice")},
                      {QStringLiteral("open"), true}}},
         {QStringLiteral("sort"), QStringLiteral("due_date")},
         {QStringLiteral("limit"), 500}},
        this,
        [this](const QJsonObject& result) {
            const QSignalBlocker block(m_open);
            m_open->setRowCount(0);
            for (const QJsonValue& v : result.value(QLatin1String("rows")).toArray()) {
                const QJsonObject inv = v.toObject();
                const int row = m_open->rowCount();
                m_open->insertRow(row);
                auto* number = cell(T::str(inv, "number"));
                number->setData(Qt::UserRole, T::id(inv, "id"));
                number->setData(Qt::UserRole + 1, T::str(inv, "open"));
                m_open->setItem(row, NumberCol, number);
                m_open->setItem(row, DateCol, cell(Format::timestamp(T::str(inv, "date"))));
                m_open->setItem(row, DueCol, cell(Format::timestamp(T::str(inv, "due_date"))));
                m_open->setItem(row, OpenAmountCol, cell(T::money(T::str(inv, "open")), true));
                QString preset;
                if (T::id(inv, "id") == m_presetInvoice && !m_presetAmount.isEmpty())
                    preset = T::money(
                        T::wire(qMin(T::minor(m_presetAmount), T::minor(T::str(inv, "open")))));
                auto* apply = new QTableWidgetItem(preset);
                apply->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                apply->setFlags(m_client.may(P::paymentWrite())
                                    ? Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable
                                    : Qt::ItemIsEnabled | Qt::ItemIsSelectable);
                m_open->setItem(row, ApplyCol, apply);
            }
            m_openLoaded = true;
            updateUnapplied();
            emit openInvoicesLoaded();
        },
        [this](const Rpc::Error& e) { errors().showMessage(ErrorText::describe(e)); });
}

qint64 PaymentDialog::available() const
{
    if (isNew()) {
        const QString amount = m_amount->value();
        return T::minor(amount);
    }
    return T::minor(T::str(m_payment, "unapplied"));
}

QJsonArray PaymentDialog::allocations() const
{
    QJsonArray out;
    for (int row = 0; row < m_open->rowCount(); ++row) {
        const QTableWidgetItem* apply = m_open->item(row, ApplyCol);
        if (!apply || apply->text().trimmed().isEmpty())
            continue;
        const QString wire = MoneyEdit::parse(apply->text());
        out.append(QJsonObject{
            {QStringLiteral("invoice_id"),
             m_open->item(row, NumberCol)->data(Qt::UserRole).toLongLong()},
            {QStringLiteral("amount"), wire.isNull() ? apply->text().trimmed() : wire}});
    }
    return out;
}

qint64 PaymentDialog::unappliedAfter() const
{
    qint64 applied = 0;
    for (const QJsonValue& v : allocations())
        applied += T::minor(T::str(v.toObject(), "amount"));
    return available() - applied;
}

void PaymentDialog::updateUnapplied()
{
    const qint64 rest = unappliedAfter();
    if (rest < 0)
        m_unapplied->setText(
            tr("%1 more is applied than is available.").arg(T::money(T::wire(-rest))));
    else
        m_unapplied->setText(tr("Unapplied: %1 — stays a credit on the partner, to apply later.")
                                 .arg(T::money(T::wire(rest))));
    QPalette pal = m_unapplied->palette();
    pal.setColor(QPalette::WindowText,
                 rest < 0 ? Theme::errorColor() : palette().color(QPalette::WindowText));
    m_unapplied->setPalette(pal);
    m_oldestFirst->setEnabled(m_open->rowCount() > 0 && available() > 0);
    // A recorded payment applies only what is still unapplied.
    if (!isNew())
        saveButton()->setEnabled(!isBusy() && available() > 0);
}

void PaymentDialog::applyOldestFirst()
{
    qint64 rest = available();
    const QSignalBlocker block(m_open);
    for (int row = 0; row < m_open->rowCount(); ++row) {
        const qint64 open =
            T::minor(m_open->item(row, NumberCol)->data(Qt::UserRole + 1).toString());
        const qint64 take = qMin(open, qMax<qint64>(0, rest));
        m_open->item(row, ApplyCol)->setText(take > 0 ? T::money(T::wire(take)) : QString());
        rest -= take;
    }
    markDirty();
    updateUnapplied();
}

void PaymentDialog::setApplyAmount(int row, const QString& amount)
{
    if (QTableWidgetItem* item = m_open->item(row, ApplyCol))
        item->setText(amount);
}

void PaymentDialog::save()
{
    errors().clear();
    if (isNew()) {
        EntityPicker* picker = partnerPicker();
        if (!picker->hasCurrent()) {
            errors().showMessage(tr("Pick the partner first."));
            picker->setFocus();
            return;
        }
        QJsonObject params{{QStringLiteral("partner_type"), m_kind->currentData().toString()},
                           {QStringLiteral("partner_id"), picker->currentId()},
                           {QStringLiteral("amount"), m_amount->value()},
                           {QStringLiteral("date"), m_date->date().toString(Qt::ISODate)},
                           {QStringLiteral("reference"), m_reference->text().trimmed()},
                           {QStringLiteral("notes"), m_notes->text().trimmed()}};
        const QJsonArray a = allocations();
        if (!a.isEmpty())
            params.insert(QStringLiteral("allocations"), a);
        setBusy(true);
        m_client.call(
            QStringLiteral("finance.payment.create"), params, this,
            [this](const QJsonObject& p) {
                setBusy(false);
                m_presetInvoice = 0;
                showPayment(p);
                emit saved(p);
            },
            [this](const Rpc::Error& e) { showSaveError(e); });
        return;
    }
    const QJsonArray a = allocations();
    if (a.isEmpty()) {
        errors().showMessage(tr("Type the amounts to apply in the Apply column first."));
        return;
    }
    setBusy(true);
    m_client.call(
        QStringLiteral("finance.payment.apply"),
        {{QStringLiteral("id"), T::id(m_payment, "id")},
         {QStringLiteral("version"), T::id(m_payment, "version")},
         {QStringLiteral("allocations"), a}},
        this,
        [this](const QJsonObject& p) {
            setBusy(false);
            showPayment(p);
            emit saved(p);
        },
        [this](const Rpc::Error& e) { showSaveError(e); });
}

void PaymentDialog::unapplyNow(int row)
{
    QTableWidgetItem* item = m_allocations->item(row, 0);
    if (!item)
        return;
    setBusy(true);
    m_client.call(
        QStringLiteral("finance.payment.unapply"),
        {{QStringLiteral("id"), T::id(m_payment, "id")},
         {QStringLiteral("version"), T::id(m_payment, "version")},
         {QStringLiteral("allocation_id"), item->data(Qt::UserRole + 1).toLongLong()}},
        this,
        [this](const QJsonObject& p) {
            setBusy(false);
            showPayment(p);
            emit saved(p);
        },
        [this](const Rpc::Error& e) { showSaveError(e); });
}

} // namespace Erp::Client::Finance
