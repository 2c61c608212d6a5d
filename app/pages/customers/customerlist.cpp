#include "app/pages/customers/customerlist.h"

#include "app/models/remotetablemodel.h"
#include "app/net/errortext.h"
#include "app/pages/customers/customerdialog.h"
#include "app/pages/customers/customerfilters.h"
#include "app/pages/customers/customertext.h"
#include "app/pages/customers/mergedialog.h"
#include "app/widgets/columnchooser.h"
#include "app/widgets/importwizard.h"
#include "app/widgets/statusbadge.h"
#include "app/widgets/theme.h"

#include <QAction>
#include <QHeaderView>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QToolBar>

namespace Erp::Client::Customers {

namespace {
QString status(const QJsonObject& row)
{
    return row.value(QLatin1String("status")).toString();
}

QList<Column> customerColumns()
{
    using K = Column::Kind;
    const auto f = [](const char* key) { return CustomerText::field(QLatin1String(key)); };
    return {
        Column(QStringLiteral("code"), f("code")).exportAs(Column::Export::Digits),
        Column(QStringLiteral("name"), f("name")),
        Column(QStringLiteral("kind"), f("kind")).withText([](const QJsonObject& row) {
            return CustomerText::kind(row.value(QLatin1String("kind")).toString());
        }),
        Column(QStringLiteral("contact_name"), f("contact_name")),
        Column(QStringLiteral("phone"), f("phone")).exportAs(Column::Export::Digits),
        Column(QStringLiteral("email"), f("email")),
        Column(QStringLiteral("province"), f("province")),
        Column(QStringLiteral("city"), f("city")),
        Column(QStringLiteral("owner_name"), f("owner")),
        Column(QStringLiteral("credit_limit"), f("credit_limit"), K::Money)
            .align(Qt::AlignRight)
            .withText([](const QJsonObject& row) {
                return CustomerText::money(row.value(QLatin1String("credit_limit")).toString(),
                                           row.value(QLatin1String("currency")).toString());
            }),
        Column(QStringLiteral("tags"), f("tags"), K::List).notSortable(),
        Column(QStringLiteral("status"), f("status"))
            .withText([](const QJsonObject& row) { return CustomerText::status(status(row)); })
            .withTone([](const QJsonObject& row) { return CustomerText::statusTone(status(row)); }),
    };
}
} // namespace

CustomerList::CustomerList(ApiClient& api, QWidget* parent)
    : ListPage(parent)
    , m_client(api)
{
    setObjectName(QStringLiteral("customerList"));
    const QList<Column> columns = customerColumns();
    auto* model = new RemoteTableModel(api, CustomerClient::listMethod(), columns, this);
    model->setEntity(QStringLiteral("customer"));
    model->setSortExpression(QStringLiteral("name"));
    setModel(model);
    setInitialSort(NameCol, Qt::AscendingOrder);
    setMultiSelection(true);
    m_filters = new CustomerFilters(m_client, *this);
    model->setFilter(m_filters->filter()); // configures the first request: active customers
    m_filters->learnFrom(model);
    // The owner list is asked for after the first rows: they are what the clerk waits for.
    connect(model, &RemoteTableModel::loaded, m_filters, &CustomerFilters::loadOwners,
            Qt::SingleShotConnection);
    connect(m_filters, &CustomerFilters::changed, this,
            [this] { this->model()->setFilter(m_filters->filter()); });

    view()->setItemDelegateForColumn(StatusCol, new StatusBadgeDelegate(view()));
    QHeaderView* header = view()->horizontalHeader();
    // Widths from typical values in the current font (CJK fonts are wider): a 1,240-pixel
    // window shows every column without a horizontal scroll bar.
    const QFontMetrics fm = view()->fontMetrics();
    const auto fit = [&](const QString& sample, int column) {
        const int title =
            fm.horizontalAdvance(model->headerData(column, Qt::Horizontal).toString());
        return qMax(fm.horizontalAdvance(sample), title + 14) + 16;
    };
    const QStringList samples{QStringLiteral("C000000"),
                              QStringLiteral("Brightstar Logistics Pte. Ltd"),
                              CustomerText::kind(QStringLiteral("individual")),
                              QStringLiteral("Emma Wilson"),
                              QStringLiteral("+44 20 7946 0000"),
                              QStringLiteral("daniel.00@example.com"),
                              QStringLiteral("黑龙江省"),
                              QStringLiteral("哈尔滨市"),
                              QStringLiteral("zhang.wei"),
                              QStringLiteral("¥100,000.00"),
                              QStringLiteral("长期合作, VIP"),
                              CustomerText::status(QStringLiteral("archived"))};
    for (int i = 0; i < samples.size(); ++i)
        header->resizeSection(i, fit(samples.at(i), i));
    header->setSectionsMovable(false);
    QStringList keys;
    for (const Column& c : columns)
        keys.append(c.key);
    const Session& s = api.session();
    m_columns = new ColumnChooser(
        view(), keys,
        QStringLiteral("customers/hiddenColumns/%1@%2").arg(s.username, api.serverName()), this);
    m_columns->setAlwaysVisible({QStringLiteral("name")});

    const bool canWrite = m_client.may(CustomerClient::writePermission());
    const bool canImport = m_client.may(CustomerClient::importPermission());
    setEmptyTexts(canWrite ? (canImport ? tr("No customers yet — press Ctrl+N to add one or "
                                             "import a CSV file.")
                                        : tr("No customers yet — press Ctrl+N to add one."))
                           : tr("No customers yet."),
                  tr("No customer matches the search or filters. Clear the search box or "
                     "click Clear Filters."));
    searchEdit()->setPlaceholderText(tr("Name, code, phone, e-mail… (Ctrl+F)"));
    searchEdit()->setToolTip(tr("Finds any part of a name, code, tax ID, contact, phone number "
                                "or e-mail address."));
    searchEdit()->setMinimumWidth(280);

    setExportName(tr("Customers"));
    buildActions();
    connect(this, &ListPage::rowActivated, this, [this](const QJsonObject& row) {
        openCustomer(row.value(QLatin1String("id")).toInteger());
    });
    updateActions();
}

CustomerList::~CustomerList() = default;

void CustomerList::buildActions()
{
    m_new = addPageAction(Theme::icon(QStringLiteral("contact-new"), QStyle::SP_FileIcon),
                          tr("New Customer…"));
    m_new->setObjectName(QStringLiteral("newCustomer"));
    m_new->setShortcut(QKeySequence::New);
    m_new->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_new->setToolTip(tr("Add a customer (Ctrl+N)"));
    m_edit = addPageAction(
        Theme::icon(QStringLiteral("document-properties"), QStyle::SP_FileDialogDetailedView),
        tr("Open…"));
    m_edit->setToolTip(tr("Open the selected customer (Enter)"));
    m_archive = addPageAction(Theme::icon(QStringLiteral("archive-insert"), QStyle::SP_TrashIcon),
                              tr("Archive"));
    m_restore =
        addPageAction(Theme::icon(QStringLiteral("archive-extract"), QStyle::SP_DialogResetButton),
                      tr("Restore"));
    m_merge =
        addPageAction(Theme::icon(QStringLiteral("merge"), QStyle::SP_ArrowRight), tr("Merge…"));
    m_merge->setToolTip(tr("Merge two selected customers that are the same company or person"));
    toolBar()->addSeparator();
    m_import = addImportAction(*this, m_client.api(), QStringLiteral("crm.customer"),
                               CustomerClient::importPermission(), tr("Import…"),
                               tr("Import customers from a CSV or Excel file"));

    const bool canWrite = m_client.may(CustomerClient::writePermission());
    m_new->setVisible(canWrite);
    m_archive->setVisible(canWrite);
    m_restore->setVisible(canWrite);
    m_merge->setVisible(m_client.may(CustomerClient::mergePermission()));
    setExportVisible(m_client.may(CustomerClient::exportPermission()));

    connect(m_new, &QAction::triggered, this, [this] { openCustomer(0); });
    connect(m_edit, &QAction::triggered, this, [this] {
        if (currentId() > 0)
            openCustomer(currentId());
    });
    connect(m_archive, &QAction::triggered, this, [this] { archiveSelected(true); });
    connect(m_restore, &QAction::triggered, this, [this] { archiveSelected(false); });
    connect(m_merge, &QAction::triggered, this, &CustomerList::mergeSelected);
}

void CustomerList::refresh()
{
    m_filters->loadOwners();
    ListPage::refresh();
}

bool CustomerList::hasActiveFilter() const
{
    return (model() && !model()->search().isEmpty()) || (m_filters && m_filters->isNarrowed());
}

void CustomerList::updateActions()
{
    if (!m_new)
        return; // called by ListPage::setModel() before the actions exist
    const QList<QJsonObject> rows = selectedRows();
    int active = 0;
    int archived = 0;
    for (const QJsonObject& row : rows) {
        active += status(row) == QLatin1String("active") ? 1 : 0;
        archived += status(row) == QLatin1String("archived") ? 1 : 0;
    }
    m_edit->setEnabled(!rows.isEmpty());
    m_archive->setEnabled(active > 0);
    m_restore->setEnabled(archived > 0);
    m_merge->setEnabled(rows.size() == 2 && active + archived == 2);
}

void CustomerList::openCustomer(qint64 id)
{
    auto* dialog = new CustomerDialog(m_client, id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CustomerDialog::saved, this, [this](const Customer& c) {
        showMessage(tr("Customer %1 (%2) saved.").arg(c.name, c.code));
        selectId(c.id);
    });
    connect(dialog, &CustomerDialog::openExistingRequested, this, &CustomerList::openCustomer,
            Qt::QueuedConnection);
    dialog->open();
    emit dialogOpened(dialog);
}

void CustomerList::archiveSelected(bool archive)
{
    QList<QJsonObject> rows;
    const QString from = archive ? QStringLiteral("active") : QStringLiteral("archived");
    for (const QJsonObject& row : selectedRows()) {
        if (status(row) == from)
            rows.append(row);
    }
    if (rows.isEmpty())
        return;
    if (archive) {
        const QString what =
            rows.size() == 1
                ? tr("Archive %1?").arg(rows.first().value(QLatin1String("name")).toString())
                : tr("Archive %1 customers?").arg(rows.size());
        QMessageBox box(QMessageBox::Question, tr("Archive Customers"), what, QMessageBox::NoButton,
                        this);
        box.setInformativeText(tr("Archived customers leave the Active list; their history is "
                                  "kept and you can restore them at any time (Status: "
                                  "Archived)."));
        QPushButton* yes = box.addButton(tr("Archive"), QMessageBox::AcceptRole);
        box.addButton(tr("Cancel"), QMessageBox::RejectRole);
        box.setDefaultButton(yes);
        box.exec();
        if (box.clickedButton() != yes)
            return;
    }
    setArchived(rows, archive, 0, 0);
}

void CustomerList::setArchived(QList<QJsonObject> rows, bool archive, int done, int failed)
{
    if (rows.isEmpty()) {
        QString text;
        if (done == 1)
            text = archive ? tr("1 customer archived.") : tr("1 customer restored.");
        else
            text =
                (archive ? tr("%1 customers archived.") : tr("%1 customers restored.")).arg(done);
        if (failed > 0)
            text += QLatin1Char(' ') +
                    tr("%1 could not be changed; someone else may have changed them meanwhile.")
                        .arg(failed);
        showMessage(text);
        return;
    }
    const QJsonObject row = rows.takeFirst();
    m_client.setArchived(
        row.value(QLatin1String("id")).toInteger(), row.value(QLatin1String("version")).toInteger(),
        archive, this,
        [this, rows, archive, done, failed](const Customer&) {
            setArchived(rows, archive, done + 1, failed);
        },
        [this, rows, archive, done, failed](const Rpc::Error&) {
            setArchived(rows, archive, done, failed + 1);
        });
}

void CustomerList::mergeSelected()
{
    const QList<QJsonObject> rows = selectedRows();
    if (rows.size() != 2)
        return;
    auto* dialog = new MergeDialog(m_client, rows.at(0).value(QLatin1String("id")).toInteger(),
                                   rows.at(1).value(QLatin1String("id")).toInteger(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &MergeDialog::merged, this, [this](const Customer& survivor) {
        showMessage(tr("Merged into %1 (%2).").arg(survivor.name, survivor.code));
        selectId(survivor.id);
    });
    dialog->open();
    emit dialogOpened(dialog);
}

} // namespace Erp::Client::Customers
