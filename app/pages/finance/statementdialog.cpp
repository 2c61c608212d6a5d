#include "app/pages/finance/statementdialog.h"

#include "app/models/format.h"
#include "app/net/errortext.h"
#include "app/pages/finance/financeclient.h"
#include "app/pages/finance/financetext.h"
#include "app/pages/finance/invoiceprint.h"
#include "app/widgets/entitypicker.h"
#include "app/widgets/formfields.h"
#include "common/jsonrpc.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Erp::Client::Finance {

namespace {
using T = FinanceText;

QTableWidgetItem* cell(const QString& text, bool right = false)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    if (right)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}
} // namespace

StatementDialog::StatementDialog(FinanceClient& client, const QJsonObject& customer,
                                 QWidget* parent)
    : QDialog(parent)
    , m_client(client)
    , m_customer(new EntityPicker(client.api(), QStringLiteral("crm.customer.list"), this))
    , m_from(createDateEdit(this))
    , m_to(createDateEdit(this))
    , m_table(new QTableWidget(this))
    , m_summary(new QLabel(this))
    , m_print(new QPushButton(tr("Print…"), this))
    , m_pdf(new QPushButton(tr("Save as PDF…"), this))
{
    setObjectName(QStringLiteral("statementDialog"));
    setWindowTitle(tr("Customer Statement"));
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    m_customer->setObjectName(QStringLiteral("statementCustomer"));
    m_customer->setPlaceholderText(tr("Type a name, code or phone number…"));
    m_customer->setMinimumWidth(280);
    top->addWidget(new QLabel(tr("Customer"), this));
    top->addWidget(m_customer, 1);
    top->addSpacing(12);
    top->addWidget(new QLabel(tr("From"), this));
    top->addWidget(m_from);
    top->addWidget(new QLabel(tr("to"), this));
    top->addWidget(m_to);
    layout->addLayout(top);
    const QDate today = QDate::currentDate();
    m_from->setDate(QDate(today.year(), today.month(), 1).addMonths(-2));
    m_to->setDate(today);

    m_table->setObjectName(QStringLiteral("statementLines"));
    m_table->setColumnCount(5);
    m_table->setHorizontalHeaderLabels(
        {tr("Date"), tr("Document"), tr("Debit"), tr("Credit"), tr("Balance")});
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    for (int c : {0, 2, 3, 4})
        m_table->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    layout->addWidget(m_table, 1);
    m_summary->setObjectName(QStringLiteral("statementSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);

    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    m_print->setAutoDefault(false);
    m_pdf->setAutoDefault(false);
    auto* close = new QPushButton(tr("Close"), this);
    buttons->addWidget(m_print);
    buttons->addWidget(m_pdf);
    buttons->addWidget(close);
    layout->addLayout(buttons);
    resize(820, 560);

    if (!customer.isEmpty())
        m_customer->setCurrent(customer);
    connect(m_customer, &EntityPicker::picked, this, &StatementDialog::reload);
    connect(m_from, &QDateEdit::dateChanged, this, &StatementDialog::reload);
    connect(m_to, &QDateEdit::dateChanged, this, &StatementDialog::reload);
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_print, &QPushButton::clicked, this, [this] {
        InvoicePrint::printStatement(m_client.api(), m_data, this, InvoicePrint::Mode::Preview);
    });
    connect(m_pdf, &QPushButton::clicked, this, [this] {
        InvoicePrint::printStatement(m_client.api(), m_data, this, InvoicePrint::Mode::Pdf);
    });
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row) {
        const QString target = m_table->item(row, 0)->data(Qt::UserRole).toString();
        if (!target.isEmpty())
            emit navigate(target);
    });
    m_print->setEnabled(false);
    m_pdf->setEnabled(false);
    reload();
}

void StatementDialog::reload()
{
    if (!m_customer->hasCurrent())
        return;
    const int request = ++m_request;
    m_client.call(
        QStringLiteral("finance.report.statement"),
        {{QStringLiteral("customer_id"), m_customer->currentId()},
         {QStringLiteral("from"), m_from->date().toString(Qt::ISODate)},
         {QStringLiteral("to"), m_to->date().toString(Qt::ISODate)}},
        this,
        [this, request](const QJsonObject& data) {
            if (request == m_request)
                fill(data);
        },
        [this, request](const Rpc::Error& e) {
            if (request != m_request)
                return;
            m_summary->setText(ErrorText::describe(e));
        });
}

void StatementDialog::fill(const QJsonObject& data)
{
    m_data = data;
    const QJsonArray lines = data.value(QLatin1String("lines")).toArray();
    m_table->setRowCount(int(lines.size()) + 2);
    m_table->setItem(0, 0, cell(Format::timestamp(T::str(data, "from"))));
    m_table->setItem(0, 1, cell(tr("Opening balance")));
    m_table->setItem(0, 2, cell(QString()));
    m_table->setItem(0, 3, cell(QString()));
    m_table->setItem(0, 4, cell(T::money(T::str(data, "opening")), true));
    int row = 1;
    for (const QJsonValue& v : lines) {
        const QJsonObject l = v.toObject();
        auto* date = cell(Format::timestamp(T::str(l, "date")));
        const QString type = T::str(l, "source_type");
        date->setData(Qt::UserRole, QStringLiteral("%1/%2")
                                        .arg(type == QLatin1String("finance.payment")
                                                 ? QStringLiteral("finance/payment")
                                                 : QStringLiteral("finance/invoice"))
                                        .arg(T::id(l, "source_id")));
        m_table->setItem(row, 0, date);
        m_table->setItem(row, 1,
                         cell(QStringLiteral("%1 %2").arg(T::documentKind(T::str(l, "kind")),
                                                          T::str(l, "number"))));
        m_table->setItem(row, 2, cell(T::moneyOrBlank(T::str(l, "debit")), true));
        m_table->setItem(row, 3, cell(T::moneyOrBlank(T::str(l, "credit")), true));
        m_table->setItem(row, 4, cell(T::money(T::str(l, "balance")), true));
        ++row;
    }
    m_table->setItem(row, 0, cell(Format::timestamp(T::str(data, "to"))));
    m_table->setItem(row, 1, cell(tr("Closing balance")));
    m_table->setItem(row, 2, cell(T::money(T::str(data, "debit")), true));
    m_table->setItem(row, 3, cell(T::money(T::str(data, "credit")), true));
    m_table->setItem(row, 4, cell(T::money(T::str(data, "closing")), true));
    for (int r : {0, row})
        for (int c = 0; c < 5; ++c) {
            QFont f = m_table->item(r, c)->font();
            f.setBold(true);
            m_table->item(r, c)->setFont(f);
        }
    const QJsonObject aging = data.value(QLatin1String("aging")).toObject();
    m_summary->setText(
        tr("Aging as of %1: not yet due %2 · 1–30 days %3 · 31–60 days %4 · 61–90 days %5 · "
           "over 90 days %6 · unapplied %7 · total %8")
            .arg(Format::timestamp(T::str(data, "to")), T::money(T::str(aging, "current")),
                 T::money(T::str(aging, "d1_30")), T::money(T::str(aging, "d31_60")),
                 T::money(T::str(aging, "d61_90")), T::money(T::str(aging, "over_90")),
                 T::money(T::str(aging, "unapplied")), T::money(T::str(aging, "total"))));
    m_print->setEnabled(true);
    m_pdf->setEnabled(true);
    emit loaded();
}

} // namespace Erp::Client::Finance
