#include "app/pages/finance/invoicelist.h"

#include "app/models/format.h"
#include "app/models/remotetablemodel.h"
#include "app/net/errortext.h"
#include "app/pages/finance/financeclient.h"
#include "app/pages/finance/financetext.h"
#include "app/pages/finance/invoicedialog.h"
#include "app/pages/finance/paymentdialog.h"
#include "app/pages/finance/statementdialog.h"
#include "app/widgets/chipbar.h"
#include "app/widgets/entitypicker.h"
#include "app/widgets/formfields.h"
#include "app/widgets/statusbadge.h"
#include "app/widgets/theme.h"
#include "common/jsonrpc.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace Erp::Client::Finance {

namespace {
using T = FinanceText;
using P = FinanceClient::Perm;

QList<Column> invoiceColumns()
{
    using K = Column::Kind;
    const auto money = [](const char* key) {
        return [key](const QJsonObject& r) { return T::money(T::str(r, key)); };
    };
    return {
        Column(QStringLiteral("number"), InvoiceList::tr("Number"))
            .exportAs(Column::Export::Text)
            .withText([](const QJsonObject& r) {
                const QString n = T::str(r, "number");
                return n.isEmpty() ? InvoiceList::tr("(draft)") : n;
            }),
        Column(QStringLiteral("kind"), InvoiceList::tr("Kind"))
            .notSortable()
            .withText([](const QJsonObject& r) { return T::documentKind(T::str(r, "kind")); }),
        Column(QStringLiteral("customer_name"), InvoiceList::tr("Customer"))
            .sortBy(QStringLiteral("customer")),
        Column(QStringLiteral("date"), InvoiceList::tr("Date"), K::Date),
        Column(QStringLiteral("due_date"), InvoiceList::tr("Due"), K::Date)
            .withText([](const QJsonObject& r) {
                return T::str(r, "state") == QLatin1String("draft") ||
                               T::str(r, "kind") == QLatin1String("credit_note")
                           ? QString()
                           : Format::timestamp(T::str(r, "due_date"));
            }),
        Column(QStringLiteral("state"), InvoiceList::tr("State"))
            .withText([](const QJsonObject& r) { return T::invoiceState(T::str(r, "state")); })
            .withTone([](const QJsonObject& r) { return T::invoiceTone(T::str(r, "state")); }),
        Column(QStringLiteral("net"), InvoiceList::tr("Amount"), K::Money)
            .notSortable()
            .align(Qt::AlignRight | Qt::AlignVCenter)
            .withText(money("net")),
        Column(QStringLiteral("tax"), InvoiceList::tr("VAT"), K::Money)
            .notSortable()
            .align(Qt::AlignRight | Qt::AlignVCenter)
            .withText(money("tax")),
        Column(QStringLiteral("total"), InvoiceList::tr("Total"), K::Money)
            .align(Qt::AlignRight | Qt::AlignVCenter)
            .withText(money("total")),
        Column(QStringLiteral("open"), InvoiceList::tr("Open"), K::Money)
            .notSortable()
            .align(Qt::AlignRight | Qt::AlignVCenter)
            .withText([](const QJsonObject& r) { return T::moneyOrBlank(T::str(r, "open")); }),
        Column(QStringLiteral("fapiao_number"), InvoiceList::tr("Fapiao"))
            .notSortable()
            .exportAs(Column::Export::Text),
        Column(QStringLiteral("order_number"), InvoiceList::tr("Sales order")).notSortable(),
    };
}

QString chipText(const QString& key)
{
    if (key == QLatin1String("all"))
        return InvoiceList::tr("All");
    if (key == QLatin1String("open"))
        return InvoiceList::tr("Open");
    return T::invoiceState(key);
}

QStringList chipKeys()
{
    QStringList keys{QStringLiteral("all"), QStringLiteral("open")};
    keys += T::invoiceStates();
    return keys;
}
} // namespace

InvoiceList::InvoiceList(FinanceClient& client, QWidget* parent)
    : ListPage(parent)
    , m_client(client)
    , m_kind(new QComboBox(this))
    , m_customer(new EntityPicker(client.api(), QStringLiteral("crm.customer.list"), this))
    , m_from(createDateEdit(this, tr("Any")))
    , m_to(createDateEdit(this, tr("Any")))
{
    setObjectName(QStringLiteral("invoiceList"));
    auto* model = new RemoteTableModel(client.api(), QStringLiteral("finance.invoice.list"),
                                       invoiceColumns(), this);
    model->setEntity(QStringLiteral("finance.invoice"));
    model->setSortExpression(QStringLiteral("-date"));
    setModel(model);
    setExportName(tr("Invoices"));
    setInitialSort(DateCol, Qt::DescendingOrder);
    view()->setItemDelegateForColumn(StateCol, new StatusBadgeDelegate(view()));
    const QFontMetrics fm = view()->fontMetrics();
    const QStringList samples{QStringLiteral("INV2026-000000"),
                              T::documentKind(QStringLiteral("credit_note")),
                              QStringLiteral("深圳市福田区华强贸易有限公司"),
                              QStringLiteral("2026-11-27"),
                              QStringLiteral("2026-11-27"),
                              T::invoiceState(QStringLiteral("partially_paid")) +
                                  QStringLiteral("MM"),
                              QStringLiteral("100,000.00"),
                              QStringLiteral("10,000.00"),
                              QStringLiteral("100,000.00"),
                              QStringLiteral("100,000.00"),
                              QStringLiteral("12345678901234567890"),
                              QStringLiteral("SO2026-000000")};
    QHeaderView* header = view()->horizontalHeader();
    for (int i = 0; i < samples.size(); ++i) {
        const int title = fm.horizontalAdvance(model->headerData(i, Qt::Horizontal).toString());
        header->resizeSection(i, qMax(fm.horizontalAdvance(samples.at(i)), title + 14) + 24);
    }

    m_chips = new ChipBar(chipKeys(), &chipText, this);
    connect(m_chips, &ChipBar::chosen, this, &InvoiceList::applyFilter);
    addFilterWidget(QString(), m_chips);
    m_kind->addItem(tr("Invoices and credit notes"), QString());
    m_kind->addItem(tr("Invoices"), QStringLiteral("invoice"));
    m_kind->addItem(tr("Credit notes"), QStringLiteral("credit_note"));
    addFilterWidget(QString(), m_kind);
    m_customer->setObjectName(QStringLiteral("invoiceCustomerFilter"));
    m_customer->setPlaceholderText(tr("Any customer"));
    m_customer->setClearButtonEnabled(true);
    m_customer->setMinimumWidth(180);
    addFilterWidget(tr("Customer"), m_customer);
    addFilterWidget(tr("From"), m_from);
    addFilterWidget(tr("To"), m_to);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &InvoiceList::applyFilter);
    connect(m_customer, &EntityPicker::picked, this, &InvoiceList::applyFilter);
    connect(m_customer, &EntityPicker::cleared, this, &InvoiceList::applyFilter);
    connect(m_from, &QDateEdit::dateChanged, this, &InvoiceList::applyFilter);
    connect(m_to, &QDateEdit::dateChanged, this, &InvoiceList::applyFilter);

    const bool canWrite = client.may(P::invoiceWrite());
    setEmptyTexts(canWrite ? tr("No invoices yet — press Ctrl+N to write one, or invoice a "
                                "shipped sales order.")
                           : tr("No invoices yet."),
                  tr("No invoice matches the search or filters. Clear the search box or click "
                     "All."));
    searchEdit()->setPlaceholderText(tr("Number, customer, order or fapiao… (Ctrl+F)"));

    m_new = addPageAction(Theme::icon(QStringLiteral("document-new"), QStyle::SP_FileIcon),
                          tr("New Invoice…"));
    m_new->setObjectName(QStringLiteral("newInvoice"));
    m_new->setShortcut(QKeySequence::New);
    m_new->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_new->setToolTip(tr("Write a free invoice (Ctrl+N)"));
    m_new->setVisible(canWrite);
    m_fromOrder =
        addPageAction(Theme::icon(QStringLiteral("document-import"), QStyle::SP_ArrowRight),
                      tr("Invoice from Order…"));
    m_fromOrder->setToolTip(tr("A draft invoice of a sales order's shipped, not yet invoiced "
                               "lines"));
    m_fromOrder->setVisible(canWrite);
    m_open = addPageAction(
        Theme::icon(QStringLiteral("document-properties"), QStyle::SP_FileDialogDetailedView),
        tr("Open…"));
    m_payment =
        addPageAction(Theme::icon(QStringLiteral("wallet-open"), QStyle::SP_DialogApplyButton),
                      tr("Register Payment…"));
    m_payment->setVisible(client.may(P::paymentWrite()));
    m_statement = addPageAction(Theme::icon(QStringLiteral("document-print"), QStyle::SP_FileIcon),
                                tr("Statement…"));
    m_statement->setToolTip(tr("The customer's statement of account for a period, to print or "
                               "save as PDF"));
    m_statement->setVisible(client.may(P::reportRead()));
    connect(m_new, &QAction::triggered, this, [this] { openInvoice(0); });
    connect(m_fromOrder, &QAction::triggered, this, &InvoiceList::chooseOrder);
    connect(m_open, &QAction::triggered, this, [this] {
        if (currentId() > 0)
            openInvoice(currentId());
    });
    connect(m_payment, &QAction::triggered, this, [this] { registerPayment(currentRow()); });
    connect(m_statement, &QAction::triggered, this, [this] { openStatement(); });
    connect(this, &ListPage::rowActivated, this,
            [this](const QJsonObject& row) { openInvoice(T::id(row, "id")); });
    updateActions();
}

void InvoiceList::setChip(const QString& key)
{
    if (m_chips->setKey(key))
        applyFilter();
}

void InvoiceList::applyFilter()
{
    QJsonObject filter;
    const QString chip = m_chips ? m_chips->key() : QStringLiteral("all");
    if (chip == QLatin1String("open"))
        filter.insert(QStringLiteral("open"), true);
    else if (chip != QLatin1String("all"))
        filter.insert(QStringLiteral("state"), chip);
    if (!m_kind->currentData().toString().isEmpty())
        filter.insert(QStringLiteral("kind"), m_kind->currentData().toString());
    if (m_customer->hasCurrent())
        filter.insert(QStringLiteral("customer_id"), m_customer->currentId());
    if (m_from->date() != unsetDate())
        filter.insert(QStringLiteral("from"), m_from->date().toString(Qt::ISODate));
    if (m_to->date() != unsetDate())
        filter.insert(QStringLiteral("to"), m_to->date().toString(Qt::ISODate));
    if (filter != model()->filter())
        model()->setFilter(filter);
}

bool InvoiceList::hasActiveFilter() const
{
    return model() && (!model()->search().isEmpty() || !model()->filter().isEmpty());
}

void InvoiceList::updateActions()
{
    if (!m_open)
        return;
    const QJsonObject row = currentRow();
    m_open->setEnabled(currentId() > 0);
    const QString state = T::str(row, "state");
    m_payment->setEnabled(row.isEmpty() || (T::str(row, "kind") == QLatin1String("invoice") &&
                                            (state == QLatin1String("posted") ||
                                             state == QLatin1String("partially_paid"))));
}

QDialog* InvoiceList::openInvoice(qint64 id)
{
    auto* dialog = new InvoiceDialog(m_client, id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &InvoiceDialog::saved, this, [this](const QJsonObject& inv) {
        const QString number = T::str(inv, "number");
        showMessage(number.isEmpty()
                        ? tr("Invoice saved (%1).").arg(T::invoiceState(T::str(inv, "state")))
                        : tr("%1 %2 saved (%3).")
                              .arg(T::documentKind(T::str(inv, "kind")), number,
                                   T::invoiceState(T::str(inv, "state"))));
        selectId(T::id(inv, "id"));
    });
    connect(dialog, &InvoiceDialog::navigate, this, &InvoiceList::navigate);
    connect(dialog, &InvoiceDialog::paymentRequested, this, [this, dialog](const QJsonObject& inv) {
        QDialog* payment = registerPayment(inv);
        connect(payment, &QDialog::finished, dialog, [dialog] { dialog->refresh(); });
    });
    dialog->open();
    emit dialogOpened(dialog);
    return dialog;
}

void InvoiceList::invoiceOrder(qint64 orderId)
{
    m_client.call(
        QStringLiteral("finance.invoice.create"), {{QStringLiteral("order_id"), orderId}}, this,
        [this](const QJsonObject& inv) {
            showMessage(tr("Draft invoice of order %1 created.").arg(T::str(inv, "order_number")));
            selectId(T::id(inv, "id"));
            openInvoice(T::id(inv, "id"));
        },
        [this](const Rpc::Error& e) {
            QMessageBox::warning(this, tr("Invoice from Order"), ErrorText::describe(e));
        });
}

void InvoiceList::chooseOrder()
{
    auto* dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("invoiceFromOrder"));
    dialog->setWindowTitle(tr("Invoice from Order"));
    auto* layout = new QVBoxLayout(dialog);
    auto* hint = new QLabel(tr("The draft takes every shipped quantity of the order that is not "
                               "invoiced yet; you can lower the quantities before posting."),
                            dialog);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    auto* picker = new EntityPicker(m_client.api(), QStringLiteral("sales.order.list"), dialog);
    picker->setObjectName(QStringLiteral("orderPicker"));
    picker->setPlaceholderText(tr("Order number or customer…"));
    picker->setRowText([](const QJsonObject& r) {
        return QStringLiteral("%1 · %2 · %3")
            .arg(T::str(r, "number"), T::str(r, "customer_name"),
                 Format::timestamp(T::str(r, "order_date")));
    });
    picker->setPickedText([](const QJsonObject& r) { return T::str(r, "number"); });
    picker->setExactMatch([](const QJsonObject& r, const QString& text) {
        return T::str(r, "number").compare(text.trimmed(), Qt::CaseInsensitive) == 0;
    });
    picker->setMinimumWidth(360);
    auto* form = new QFormLayout;
    form->addRow(tr("Sales order"), picker);
    layout->addLayout(form);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Create Draft"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, dialog, [this, dialog, picker] {
        if (!picker->hasCurrent()) {
            picker->resolve();
            return;
        }
        const qint64 id = picker->currentId();
        dialog->accept();
        invoiceOrder(id);
    });
    dialog->open();
    emit dialogOpened(dialog);
}

QDialog* InvoiceList::registerPayment(const QJsonObject& invoice)
{
    auto* dialog = new PaymentDialog(m_client, 0, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!invoice.isEmpty() && T::id(invoice, "customer_id") > 0)
        dialog->preset(QStringLiteral("customer"),
                       {{QStringLiteral("id"), T::id(invoice, "customer_id")},
                        {QStringLiteral("name"), T::str(invoice, "customer_name")}},
                       T::id(invoice, "id"), T::str(invoice, "open"));
    connect(dialog, &PaymentDialog::saved, this, [this](const QJsonObject& p) {
        showMessage(tr("Payment %1 recorded.").arg(T::str(p, "number")));
        refresh();
    });
    connect(dialog, &PaymentDialog::navigate, this, &InvoiceList::navigate);
    dialog->open();
    emit dialogOpened(dialog);
    return dialog;
}

QDialog* InvoiceList::openStatement(const QJsonObject& customer)
{
    QJsonObject who = customer;
    if (who.isEmpty()) {
        if (m_customer->hasCurrent())
            who = m_customer->current();
        else if (T::id(currentRow(), "customer_id") > 0)
            who = {{QStringLiteral("id"), T::id(currentRow(), "customer_id")},
                   {QStringLiteral("name"), T::str(currentRow(), "customer_name")}};
    }
    auto* dialog = new StatementDialog(m_client, who, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &StatementDialog::navigate, this, &InvoiceList::navigate);
    dialog->open();
    emit dialogOpened(dialog);
    return dialog;
}

void InvoiceList::showOrder(const QString& orderNumber)
{
    m_chips->setKey(QStringLiteral("all"));
    searchEdit()->setText(orderNumber);
    applyFilter();
}

} // namespace Erp::Client::Finance
