#include "app/pages/customers/importpages.h"

#include "app/pages/customers/customerimportwizard.h"
#include "app/pages/customers/customertext.h"
#include "app/widgets/theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Erp::Client::Customers {

namespace {
QLabel* errorLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, Theme::errorColor());
    label->setPalette(p);
    return label;
}

QLabel* note(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, Theme::mutedTextColor());
    label->setPalette(p);
    return label;
}
} // namespace

ImportFilePage::ImportFilePage(CustomerImportWizard& wizard)
    : m_wizard(wizard)
    , m_path(new QLineEdit(this))
    , m_status(new QLabel(this))
    , m_update(new QCheckBox(tr("&Update existing customers with the same code"), this))
{
    setTitle(tr("Choose a CSV File"));
    setSubTitle(tr("One customer per row, with a header row naming the columns."));
    auto* layout = new QVBoxLayout(this);
    auto* row = new QHBoxLayout;
    auto* caption = new QLabel(tr("&File:"), this);
    caption->setBuddy(m_path);
    m_path->setObjectName(QStringLiteral("importFile"));
    m_path->setPlaceholderText(tr("customers.csv"));
    auto* browse = new QPushButton(tr("&Browse…"), this);
    row->addWidget(caption);
    row->addWidget(m_path, 1);
    row->addWidget(browse);
    layout->addLayout(row);
    m_status->setObjectName(QStringLiteral("fileStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    layout->addSpacing(8);
    layout->addWidget(m_update);
    layout->addWidget(note(tr("When checked, a row whose code belongs to an existing customer "
                              "changes that customer. Otherwise such a row is reported as a "
                              "problem and nothing is changed."),
                           this));
    layout->addSpacing(8);
    layout->addWidget(note(tr("The file must be UTF-8 text (with or without a byte order "
                              "mark), separated by commas, semicolons or tabs. A file exported "
                              "from this list can be imported again as it is."),
                           this));
    layout->addStretch(1);
    connect(browse, &QPushButton::clicked, this, &ImportFilePage::browse);
    connect(m_path, &QLineEdit::editingFinished, this, &ImportFilePage::read);
    connect(m_path, &QLineEdit::textChanged, this, [this] {
        m_readPath.clear();
        emit completeChanged();
    });
    connect(m_update, &QCheckBox::toggled, this,
            [this](bool on) { m_wizard.job().updateExisting = on; });
}

void ImportFilePage::browse()
{
    const QString start = m_path->text().isEmpty()
                              ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                              : QFileInfo(m_path->text()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Customers"), start,
                                                      tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        setFile(path);
}

void ImportFilePage::setFile(const QString& path)
{
    m_path->setText(QDir::toNativeSeparators(path));
    read();
}

void ImportFilePage::read()
{
    const QString path = QDir::fromNativeSeparators(m_path->text().trimmed());
    if (path.isEmpty() || path == m_readPath)
        return;
    QString error;
    QPalette p = m_status->palette();
    if (m_wizard.readFile(path, &error)) {
        m_readPath = path;
        const ImportJob& job = m_wizard.job();
        m_status->setText(tr("%1: %2 customer rows, %3 columns.")
                              .arg(QFileInfo(path).fileName(),
                                   QLocale().toString(qsizetype(job.records.size())),
                                   QLocale().toString(qsizetype(job.header.size()))));
        p.setColor(QPalette::WindowText, palette().color(QPalette::WindowText));
    } else {
        m_readPath.clear();
        m_status->setText(error);
        p.setColor(QPalette::WindowText, Theme::errorColor());
    }
    m_status->setPalette(p);
    m_wizard.job().updateExisting = m_update->isChecked();
    emit completeChanged();
}

QString ImportFilePage::statusText() const
{
    return m_status->text();
}

bool ImportFilePage::isComplete() const
{
    return !m_readPath.isEmpty();
}

bool ImportFilePage::validatePage()
{
    read();
    return isComplete();
}

ImportMappingPage::ImportMappingPage(CustomerImportWizard& wizard)
    : m_wizard(wizard)
    , m_table(new QTableWidget(this))
    , m_problem(errorLabel(this))
{
    setTitle(tr("Match the Columns"));
    setSubTitle(tr("Choose which customer field each column of the file fills. Columns set to "
                   "“Skip” are not imported."));
    auto* layout = new QVBoxLayout(this);
    m_table->setObjectName(QStringLiteral("mappingTable"));
    m_table->setColumnCount(3);
    m_table->setHorizontalHeaderLabels(
        {tr("Column in the file"), tr("First value"), tr("Customer field")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 14);
    layout->addWidget(m_table, 1);
    m_problem->setObjectName(QStringLiteral("mappingProblem"));
    layout->addWidget(m_problem);
}

void ImportMappingPage::initializePage()
{
    const ImportJob& job = m_wizard.job();
    m_table->setRowCount(int(job.header.size()));
    for (int row = 0; row < job.header.size(); ++row) {
        m_table->setItem(row, 0, new QTableWidgetItem(job.header.at(row)));
        QString sample;
        for (int r = 0; r < job.records.size() && r < 50 && sample.isEmpty(); ++r)
            sample = job.records.at(r).value(row).trimmed();
        m_table->setItem(row, 1, new QTableWidgetItem(sample));
        auto* combo = new QComboBox(m_table);
        combo->addItem(tr("Skip"), QString());
        for (const QString& field : CustomerText::importColumns())
            combo->addItem(CustomerText::field(field), field);
        combo->setCurrentIndex(qMax(0, combo->findData(job.mapping.value(row))));
        connect(combo, &QComboBox::currentIndexChanged, this, &ImportMappingPage::updateProblem);
        m_table->setCellWidget(row, 2, combo);
    }
    updateProblem();
}

void ImportMappingPage::setMapping(int column, const QString& field)
{
    if (auto* combo = qobject_cast<QComboBox*>(m_table->cellWidget(column, 2)))
        combo->setCurrentIndex(qMax(0, combo->findData(field)));
}

QStringList ImportMappingPage::currentMapping() const
{
    QStringList mapping;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        auto* combo = qobject_cast<QComboBox*>(m_table->cellWidget(row, 2));
        mapping.append(combo ? combo->currentData().toString() : QString());
    }
    return mapping;
}

void ImportMappingPage::updateProblem()
{
    const QStringList mapping = currentMapping();
    QString problem;
    for (const QString& field : mapping) {
        if (!field.isEmpty() && mapping.count(field) > 1) {
            problem = tr("Two columns fill “%1”; choose Skip for one of them.")
                          .arg(CustomerText::field(field));
            break;
        }
    }
    const bool updatesOnly =
        m_wizard.job().updateExisting && mapping.contains(QStringLiteral("code"));
    if (problem.isEmpty() && !mapping.contains(QStringLiteral("name")) && !updatesOnly)
        problem = tr("Choose the column that holds the customer’s name.");
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    emit completeChanged();
}

QString ImportMappingPage::problemText() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

bool ImportMappingPage::isComplete() const
{
    return m_problem->text().isEmpty() && m_table->rowCount() > 0;
}

bool ImportMappingPage::validatePage()
{
    m_wizard.job().mapping = currentMapping();
    return isComplete();
}

} // namespace Erp::Client::Customers
