#include "app/pages/customers/duplicatesdialog.h"

#include "app/pages/customers/customertext.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Erp::Client::Customers {

DuplicatesDialog::DuplicatesDialog(const QList<DuplicateHit>& hits, QWidget* parent)
    : QDialog(parent)
    , m_hits(hits)
    , m_table(new QTableWidget(int(hits.size()), 3, this))
    , m_open(new QPushButton(tr("Open Existing"), this))
    , m_create(new QPushButton(tr("Create Anyway"), this))
{
    setObjectName(QStringLiteral("duplicatesDialog"));
    setWindowTitle(tr("Possible Duplicate"));
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    auto* icon = new QLabel(this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(32, 32));
    top->addWidget(icon, 0, Qt::AlignTop);
    const QString found =
        hits.size() == 1
            ? tr("An existing customer looks like the one you entered.")
            : tr("%1 existing customers look like the one you entered.").arg(hits.size());
    auto* text = new QLabel(
        QStringLiteral("<b>%1</b><br>%2 %3")
            .arg(tr("This customer may already exist.").toHtmlEscaped(), found.toHtmlEscaped(),
                 tr("Open the existing one instead of creating a duplicate, or create the new "
                    "customer anyway if it really is a different one.")
                     .toHtmlEscaped()),
        this);
    text->setWordWrap(true);
    top->addWidget(text, 1);
    layout->addLayout(top);

    m_table->setHorizontalHeaderLabels({CustomerText::field(QStringLiteral("code")),
                                        CustomerText::field(QStringLiteral("name")),
                                        tr("Why it looks the same")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    for (int row = 0; row < hits.size(); ++row) {
        const DuplicateHit& h = hits.at(row);
        m_table->setItem(row, 0, new QTableWidgetItem(h.code));
        m_table->setItem(row, 1, new QTableWidgetItem(h.name));
        m_table->setItem(row, 2, new QTableWidgetItem(CustomerText::reason(h.reason)));
    }
    m_table->resizeColumnsToContents();
    m_table->setColumnWidth(1, qMax(m_table->columnWidth(1), 220));
    if (!hits.isEmpty())
        m_table->selectRow(0);
    layout->addWidget(m_table, 1);

    auto* buttons = new QHBoxLayout;
    auto* back = new QPushButton(tr("Back to the Form"), this);
    back->setAutoDefault(false);
    m_create->setAutoDefault(false);
    m_open->setDefault(true); // the safe choice
    buttons->addStretch(1);
    buttons->addWidget(back);
    buttons->addWidget(m_create);
    buttons->addWidget(m_open);
    layout->addLayout(buttons);
    connect(back, &QPushButton::clicked, this, [this] { choose(BackToForm); });
    connect(m_create, &QPushButton::clicked, this, [this] { choose(CreateAnyway); });
    connect(m_open, &QPushButton::clicked, this, [this] { choose(OpenExisting); });
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this] { choose(OpenExisting); });
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            [this] { m_open->setEnabled(selectedId() > 0); });
    resize(560, 300);
}

qint64 DuplicatesDialog::selectedId() const
{
    const int row = m_table->currentRow();
    return row >= 0 && row < m_hits.size() ? m_hits.at(row).id : 0;
}

void DuplicatesDialog::choose(Choice choice)
{
    m_choice = choice;
    if (choice == BackToForm)
        reject();
    else
        accept();
}

} // namespace Erp::Client::Customers
