#include "app/pages/finance/paymentlist.h"

#include "app/models/remotetablemodel.h"
#include "app/pages/finance/financeclient.h"
#include "app/pages/finance/financetext.h"
#include "app/pages/finance/paymentdialog.h"
#include "app/widgets/statusbadge.h"
#include "app/widgets/theme.h"

#include <QAction>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QTableView>

namespace Erp::Client::Finance {

namespace {
using T = FinanceText;
using P = FinanceClient::Perm;

QList<Column> paymentColumns()
{
    using K = Column::Kind;
    const auto money = [](const char* key) {
        return [key](const QJsonObject& r) { return T::money(T::str(r, key)); };
    };
    return {
        Column(QStringLiteral("number"), PaymentList::tr("Number")).exportAs(Column::Export::Text),
        Column(QStringLiteral("kind"), PaymentList::tr("Kind"))
            .notSortable()
            .withText([](const QJsonObject& r) { return T::documentKind(T::str(r, "kind")); }),
        Column(QStringLiteral("partner_name"), PaymentList::tr("Partner")).notSortable(),
        Column(QStringLiteral("date"), PaymentList::tr("Date"), K::Date),
        Column(QStringLiteral("amount"), PaymentList::tr("Amount"), K::Money)
            .align(Qt::AlignRight | Qt::AlignVCenter)
            .withText(money("amount")),
        Column(QStringLiteral("applied"), PaymentList::tr("Applied"), K::Money)
            .notSortable()
            .align(Qt::AlignRight | Qt::AlignVCenter)
            .withText(money("applied")),
        Column(QStringLiteral("unapplied"), PaymentList::tr("Unapplied credit"), K::Money)
            .notSortable()
            .align(Qt::AlignRight | Qt::AlignVCenter)
            .withText([](const QJsonObject& r) { return T::moneyOrBlank(T::str(r, "unapplied")); }),
        Column(QStringLiteral("state"), PaymentList::tr("State"))
            .notSortable()
            .withText([](const QJsonObject& r) { return T::paymentState(T::str(r, "state")); })
            .withTone([](const QJsonObject& r) { return T::paymentTone(T::str(r, "state")); }),
        Column(QStringLiteral("reference"), PaymentList::tr("Reference")).notSortable(),
    };
}
} // namespace

PaymentList::PaymentList(FinanceClient& client, QWidget* parent)
    : ListPage(parent)
    , m_client(client)
    , m_kind(new QComboBox(this))
    , m_show(new QComboBox(this))
{
    setObjectName(QStringLiteral("paymentList"));
    auto* model = new RemoteTableModel(client.api(), QStringLiteral("finance.payment.list"),
                                       paymentColumns(), this);
    model->setEntity(QStringLiteral("finance.payment"));
    model->setSortExpression(QStringLiteral("-date"));
    setModel(model);
    setExportName(tr("Payments"));
    setInitialSort(DateCol, Qt::DescendingOrder);
    view()->setItemDelegateForColumn(StateCol, new StatusBadgeDelegate(view()));
    const QFontMetrics fm = view()->fontMetrics();
    const QStringList samples{QStringLiteral("PAY2026-000000"),
                              T::documentKind(QStringLiteral("receipt")) + QStringLiteral("M"),
                              QStringLiteral("深圳市福田区华强贸易有限公司"),
                              QStringLiteral("2026-11-27"),
                              QStringLiteral("100,000.00"),
                              QStringLiteral("100,000.00"),
                              QStringLiteral("100,000.00"),
                              T::paymentState(QStringLiteral("partially_applied")) +
                                  QStringLiteral("MM"),
                              QStringLiteral("CMB 2026112700001")};
    QHeaderView* header = view()->horizontalHeader();
    for (int i = 0; i < samples.size(); ++i) {
        const int title = fm.horizontalAdvance(model->headerData(i, Qt::Horizontal).toString());
        header->resizeSection(i, qMax(fm.horizontalAdvance(samples.at(i)), title + 14) + 24);
    }

    m_kind->addItem(tr("Receipts and payments"), QString());
    m_kind->addItem(tr("Customer receipts"), QStringLiteral("receipt"));
    m_kind->addItem(tr("Supplier payments"), QStringLiteral("payment"));
    addFilterWidget(QString(), m_kind);
    m_show->addItem(tr("All"), false);
    m_show->addItem(tr("With unapplied credit"), true);
    addFilterWidget(tr("Show"), m_show);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &PaymentList::applyFilter);
    connect(m_show, &QComboBox::currentIndexChanged, this, &PaymentList::applyFilter);

    const bool canWrite = client.may(P::paymentWrite());
    setEmptyTexts(canWrite ? tr("No payments yet — press Ctrl+N to record money received.")
                           : tr("No payments yet."),
                  tr("No payment matches the search or filters."));
    searchEdit()->setPlaceholderText(tr("Number, reference or partner… (Ctrl+F)"));
    m_new = addPageAction(Theme::icon(QStringLiteral("document-new"), QStyle::SP_FileIcon),
                          tr("New Receipt…"));
    m_new->setObjectName(QStringLiteral("newPayment"));
    m_new->setShortcut(QKeySequence::New);
    m_new->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_new->setToolTip(tr("Record money received or paid (Ctrl+N)"));
    m_new->setVisible(canWrite);
    m_open = addPageAction(
        Theme::icon(QStringLiteral("document-properties"), QStyle::SP_FileDialogDetailedView),
        tr("Open…"));
    m_open->setToolTip(tr("Open the payment: apply it to invoices or unapply it (Enter)"));
    connect(m_new, &QAction::triggered, this, [this] { openPayment(0); });
    connect(m_open, &QAction::triggered, this, [this] {
        if (currentId() > 0)
            openPayment(currentId());
    });
    connect(this, &ListPage::rowActivated, this,
            [this](const QJsonObject& row) { openPayment(T::id(row, "id")); });
    updateActions();
}

void PaymentList::applyFilter()
{
    QJsonObject filter;
    if (!m_kind->currentData().toString().isEmpty())
        filter.insert(QStringLiteral("kind"), m_kind->currentData().toString());
    if (m_show->currentData().toBool())
        filter.insert(QStringLiteral("unapplied"), true);
    if (filter != model()->filter())
        model()->setFilter(filter);
}

bool PaymentList::hasActiveFilter() const
{
    return model() && (!model()->search().isEmpty() || !model()->filter().isEmpty());
}

void PaymentList::updateActions()
{
    if (m_open)
        m_open->setEnabled(currentId() > 0);
}

QDialog* PaymentList::openPayment(qint64 id)
{
    auto* dialog = new PaymentDialog(m_client, id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PaymentDialog::saved, this, [this](const QJsonObject& p) {
        showMessage(tr("Payment %1 saved (%2 unapplied).")
                        .arg(T::str(p, "number"), T::money(T::str(p, "unapplied"))));
        selectId(T::id(p, "id"));
    });
    connect(dialog, &PaymentDialog::navigate, this, &PaymentList::navigate);
    dialog->open();
    emit dialogOpened(dialog);
    return dialog;
}

} // namespace Erp::Client::Finance
