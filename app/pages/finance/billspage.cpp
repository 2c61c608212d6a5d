#include "app/pages/finance/billspage.h"

#include "app/models/format.h"
#include "app/models/remotetablemodel.h"
#include "app/net/errortext.h"
#include "app/pages/finance/financeclient.h"
#include "app/pages/finance/financetext.h"
#include "app/widgets/statusbadge.h"
#include "app/widgets/theme.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Erp::Client::Finance {

namespace {

using T = FinanceText;
constexpr int IdRole = Qt::UserRole + 1;

QTableWidgetItem* cell(const QString& text, Qt::Alignment alignment = Qt::AlignLeft)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    item->setTextAlignment(alignment | Qt::AlignVCenter);
    return item;
}

QString stateText(const QString& state)
{
    static const QHash<QString, const char*> names{
        {QStringLiteral("draft"), QT_TRANSLATE_NOOP("Erp::Client::Finance::BillsPage", "Draft")},
        {QStringLiteral("awaiting_approval"),
         QT_TRANSLATE_NOOP("Erp::Client::Finance::BillsPage", "Awaiting approval")},
        {QStringLiteral("approved"),
         QT_TRANSLATE_NOOP("Erp::Client::Finance::BillsPage", "Approved")},
        {QStringLiteral("posted"), QT_TRANSLATE_NOOP("Erp::Client::Finance::BillsPage", "Posted")},
        {QStringLiteral("partially_paid"),
         QT_TRANSLATE_NOOP("Erp::Client::Finance::BillsPage", "Partially paid")},
        {QStringLiteral("paid"), QT_TRANSLATE_NOOP("Erp::Client::Finance::BillsPage", "Paid")},
        {QStringLiteral("cancelled"),
         QT_TRANSLATE_NOOP("Erp::Client::Finance::BillsPage", "Cancelled")},
        {QStringLiteral("reversed"),
         QT_TRANSLATE_NOOP("Erp::Client::Finance::BillsPage", "Reversed")},
    };
    const char* text = names.value(state);
    return text ? BillsPage::tr(text) : state;
}

Column::Tone stateTone(const QString& state)
{
    if (state == QLatin1String("awaiting_approval"))
        return Column::Tone::Problem;
    if (state == QLatin1String("draft") || state == QLatin1String("approved") ||
        state == QLatin1String("partially_paid"))
        return Column::Tone::Waiting;
    if (state == QLatin1String("posted") || state == QLatin1String("paid"))
        return Column::Tone::Done;
    return Column::Tone::Neutral;
}

QString flagText(const QString& flag)
{
    if (flag == QLatin1String("qty_over_received"))
        return BillsPage::tr("more than received");
    if (flag == QLatin1String("price_differs"))
        return BillsPage::tr("price differs from the order");
    if (flag == QLatin1String("over_tolerance"))
        return BillsPage::tr("above the tolerance");
    return flag;
}

} // namespace

BillsPage::BillsPage(FinanceClient& client, QWidget* parent)
    : QWidget(parent)
    , m_client(client)
    , m_state(new QComboBox(this))
    , m_new(new QPushButton(tr("&New From Order…"), this))
    , m_approve(new QPushButton(tr("&Approve"), this))
    , m_post(new QPushButton(tr("&Post"), this))
    , m_list(new QTableWidget(this))
    , m_header(new QLabel(this))
    , m_lines(new QTableWidget(this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("billsPage"));
    m_state->setObjectName(QStringLiteral("billState"));
    m_state->addItem(tr("All states"), QString());
    for (const char* s : {"draft", "awaiting_approval", "approved", "posted", "partially_paid",
                          "paid", "cancelled", "reversed"})
        m_state->addItem(stateText(QLatin1String(s)), QLatin1String(s));
    m_new->setObjectName(QStringLiteral("newBill"));
    m_new->setToolTip(tr("A bill of what a purchase order received and is not billed yet"));
    m_new->setVisible(client.may(FinanceClient::Perm::billWrite()) &&
                      client.may(QStringLiteral("purchasing.order.read")));
    m_approve->setObjectName(QStringLiteral("approveBill"));
    m_approve->setToolTip(tr("Approve the differences from the order; then the bill can be "
                             "posted"));
    m_approve->setVisible(client.may(FinanceClient::Perm::billApprove()));
    m_post->setObjectName(QStringLiteral("postBill"));
    m_post->setToolTip(tr("Post the bill: it gets its number and books GRNI, the price "
                          "difference, input VAT and the payable"));
    m_post->setVisible(client.may(FinanceClient::Perm::billPost()));

    m_list->setObjectName(QStringLiteral("billList"));
    m_list->setColumnCount(ListColumnCount);
    m_list->setHorizontalHeaderLabels({tr("Number"), tr("Supplier"), tr("Order"),
                                       tr("Supplier's No."), tr("Date"), tr("Due"), tr("Total"),
                                       tr("Open"), tr("State")});
    m_list->setItemDelegateForColumn(StateCol, new StatusBadgeDelegate(m_list));
    m_lines->setObjectName(QStringLiteral("billLines"));
    m_lines->setColumnCount(LineColumnCount);
    m_lines->setHorizontalHeaderLabels(
        {tr("Description"), tr("Qty"), tr("Price"), tr("Order Price"), tr("Ordered"),
         tr("Received"), tr("Billed Before"), tr("Net"), tr("Difference"), tr("Differences")});
    for (QTableWidget* table : {m_list, m_lines}) {
        table->setSelectionBehavior(QAbstractItemView::SelectRows);
        table->setSelectionMode(QAbstractItemView::SingleSelection);
        table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        table->setAlternatingRowColors(true);
        table->verticalHeader()->hide();
        table->horizontalHeader()->setStretchLastSection(true);
    }
    m_header->setObjectName(QStringLiteral("billHeader"));
    m_header->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("billMessage"));
    m_message->setWordWrap(true);

    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("State"), this));
    top->addWidget(m_state);
    top->addStretch(1);
    top->addWidget(m_new);
    top->addWidget(m_approve);
    top->addWidget(m_post);
    auto* detail = new QWidget(this);
    auto* detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_header);
    detailLayout->addWidget(m_lines, 1);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_list);
    split->addWidget(detail);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addLayout(top);
    layout->addWidget(split, 1);
    layout->addWidget(m_message);

    connect(m_state, &QComboBox::currentIndexChanged, this, &BillsPage::reload);
    connect(m_list, &QTableWidget::itemSelectionChanged, this, [this] {
        const QList<QTableWidgetItem*> selected = m_list->selectedItems();
        if (!selected.isEmpty())
            openBill(m_list->item(selected.first()->row(), NumberCol)->data(IdRole).toLongLong());
    });
    connect(m_new, &QPushButton::clicked, this, &BillsPage::newFromOrder);
    connect(m_approve, &QPushButton::clicked, this, &BillsPage::approveCurrent);
    connect(m_post, &QPushButton::clicked, this, &BillsPage::postCurrent);
    connect(&client.api(), &ApiClient::eventChanged, this, [this](const QString& e) {
        if (m_started && e == QLatin1String("finance.bill"))
            reload();
    });
    updateButtons();
}

void BillsPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_started)
        reload();
}

QString BillsPage::message() const
{
    return m_message->text();
}

void BillsPage::reload()
{
    m_started = true;
    QJsonObject filter;
    if (const QString state = m_state->currentData().toString(); !state.isEmpty())
        filter.insert(QStringLiteral("state"), state);
    m_client.call(
        QStringLiteral("finance.bill.list"),
        {{QStringLiteral("filter"), filter}, {QStringLiteral("limit"), 500}}, this,
        [this](const QJsonObject& result) { fill(result); },
        [this](const Rpc::Error& e) { showMessage(ErrorText::describe(e), true); });
}

void BillsPage::fill(const QJsonObject& result)
{
    const QJsonArray rows = result.value(QLatin1String("rows")).toArray();
    const QSignalBlocker block(m_list);
    m_list->setRowCount(int(rows.size()));
    for (int row = 0; row < rows.size(); ++row) {
        const QJsonObject b = rows.at(row).toObject();
        auto* number = cell(T::str(b, "number").isEmpty() ? tr("(draft)") : T::str(b, "number"));
        number->setData(IdRole, T::id(b, "id"));
        m_list->setItem(row, NumberCol, number);
        m_list->setItem(row, SupplierCol, cell(T::str(b, "supplier_name")));
        m_list->setItem(row, OrderCol, cell(T::str(b, "order_number")));
        m_list->setItem(row, RefCol, cell(T::str(b, "supplier_ref")));
        m_list->setItem(row, DateCol, cell(T::str(b, "date")));
        m_list->setItem(row, DueCol, cell(T::str(b, "due_date")));
        m_list->setItem(row, TotalCol, cell(T::money(T::str(b, "total")), Qt::AlignRight));
        m_list->setItem(row, OpenCol, cell(T::moneyOrBlank(T::str(b, "open")), Qt::AlignRight));
        auto* state = cell(stateText(T::str(b, "state")));
        state->setData(RemoteTableModel::ToneRole, int(stateTone(T::str(b, "state"))));
        m_list->setItem(row, StateCol, state);
        if (T::id(b, "id") == T::id(m_current, "id"))
            m_list->selectRow(row);
    }
    m_loaded = true;
}

void BillsPage::openBill(qint64 id)
{
    m_client.call(
        QStringLiteral("finance.bill.get"), {{QStringLiteral("id"), id}}, this,
        [this](const QJsonObject& bill) { showBill(bill); },
        [this](const Rpc::Error& e) { showMessage(ErrorText::describe(e), true); });
}

void BillsPage::showBill(const QJsonObject& bill)
{
    m_current = bill;
    const QString number = T::str(bill, "number");
    m_header->setText(
        tr("%1 · %2 · order %3 · supplier's No. %4 · total %5 · %6")
            .arg(number.isEmpty() ? tr("(draft)") : number, T::str(bill, "supplier_name"),
                 T::str(bill, "order_number").isEmpty() ? tr("none") : T::str(bill, "order_number"),
                 T::str(bill, "supplier_ref"), T::money(T::str(bill, "total")),
                 stateText(T::str(bill, "state"))));
    const QJsonArray lines = bill.value(QLatin1String("lines")).toArray();
    m_lines->setRowCount(int(lines.size()));
    const QColor flagged = Theme::toneColor(Column::Tone::Problem);
    for (int row = 0; row < lines.size(); ++row) {
        const QJsonObject l = lines.at(row).toObject();
        const QJsonObject match = l.value(QLatin1String("match")).toObject();
        QStringList flags;
        for (const QJsonValue& f : l.value(QLatin1String("flags")).toArray())
            flags.append(f.toString());
        const auto put = [&](int column, const QString& text, bool highlight) {
            auto* item =
                cell(text, column == DescriptionCol || column == FlagsCol ? Qt::AlignLeft
                                                                          : Qt::AlignRight);
            if (highlight) {
                item->setBackground(flagged.lighter(170));
                item->setData(RemoteTableModel::ToneRole, int(Column::Tone::Problem));
            }
            m_lines->setItem(row, column, item);
        };
        const bool qtyOver = flags.contains(QLatin1String("qty_over_received"));
        const bool priceOff = flags.contains(QLatin1String("price_differs"));
        put(DescriptionCol, T::str(l, "description"), false);
        put(QtyCol, Format::decimal(T::str(l, "qty")), qtyOver);
        put(PriceCol, T::money(T::str(l, "unit_price")), priceOff);
        put(OrderPriceCol, T::moneyOrBlank(T::str(match, "po_price")), priceOff);
        put(OrderedCol, Format::decimal(T::str(match, "ordered_qty")), false);
        put(ReceivedCol, Format::decimal(T::str(match, "received_qty")), qtyOver);
        put(BilledBeforeCol, Format::decimal(T::str(match, "billed_before_qty")), false);
        put(NetCol, T::money(T::str(l, "net")), false);
        put(DifferenceCol, T::moneyOrBlank(T::str(match, "price_difference")), priceOff);
        QStringList texts;
        for (const QString& f : flags)
            texts.append(flagText(f));
        put(FlagsCol, texts.join(QStringLiteral(", ")), !flags.isEmpty());
    }
    updateButtons();
}

void BillsPage::updateButtons()
{
    const QString state = T::str(m_current, "state");
    m_approve->setEnabled(m_client.may(FinanceClient::Perm::billApprove()) &&
                          state == QLatin1String("awaiting_approval"));
    m_post->setEnabled(m_client.may(FinanceClient::Perm::billPost()) &&
                       (state == QLatin1String("draft") || state == QLatin1String("approved")));
}

void BillsPage::approveCurrent()
{
    act(QStringLiteral("approve"));
}

void BillsPage::postCurrent()
{
    act(QStringLiteral("post"));
}

void BillsPage::act(const QString& verb)
{
    if (m_current.isEmpty())
        return;
    m_client.call(
        QStringLiteral("finance.bill.") + verb,
        {{QStringLiteral("id"), m_current.value(QLatin1String("id"))},
         {QStringLiteral("version"), m_current.value(QLatin1String("version"))}},
        this,
        [this, verb](const QJsonObject& bill) {
            showBill(bill);
            showMessage(verb == QLatin1String("post")
                            ? tr("Bill %1 posted.").arg(T::str(bill, "number"))
                            : tr("Bill approved."));
            reload();
        },
        [this](const Rpc::Error& e) { showMessage(ErrorText::describe(e), true); });
}

void BillsPage::createFromOrder(qint64 purchaseOrderId)
{
    m_client.call(
        QStringLiteral("finance.bill.create"),
        {{QStringLiteral("purchase_order_id"), purchaseOrderId}}, this,
        [this](const QJsonObject& bill) {
            showBill(bill);
            showMessage(bill.value(QLatin1String("needs_approval")).toBool()
                            ? tr("The bill differs from its order: it needs approval.")
                            : tr("Bill created."));
            reload();
        },
        [this](const Rpc::Error& e) { showMessage(ErrorText::describe(e), true); });
}

void BillsPage::newFromOrder()
{
    bool ok = false;
    const QString number = QInputDialog::getText(this, tr("New Bill"), tr("Purchase order number:"),
                                                 QLineEdit::Normal, QString(), &ok)
                               .trimmed();
    if (!ok || number.isEmpty())
        return;
    m_client.call(
        QStringLiteral("purchasing.order.list"),
        {{QStringLiteral("search"), number}, {QStringLiteral("limit"), 1}}, this,
        [this, number](const QJsonObject& result) {
            const QJsonArray rows = result.value(QLatin1String("rows")).toArray();
            if (rows.isEmpty()) {
                showMessage(tr("No purchase order %1.").arg(number), true);
                return;
            }
            createFromOrder(T::id(rows.first().toObject(), "id"));
        },
        [this](const Rpc::Error& e) { showMessage(ErrorText::describe(e), true); });
}

void BillsPage::showMessage(const QString& text, bool error)
{
    m_message->setText(text);
    QPalette p = m_message->palette();
    p.setColor(QPalette::WindowText, error ? Theme::toneColor(Column::Tone::Problem)
                                           : palette().color(QPalette::WindowText));
    m_message->setPalette(p);
}

} // namespace Erp::Client::Finance
