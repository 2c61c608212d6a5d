#include "app/widgets/importfilepages.h"

#include "app/widgets/importwizard.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Erp::Client {

namespace {

QString normalised(const QString& text)
{
    QString out;
    for (QChar c : text.trimmed().toLower())
        if (c.isLetterOrNumber())
            out += c;
    return out;
}

} // namespace

ImportFilePage::ImportFilePage(ImportWizard& wizard)
    : m_wizard(wizard)
    , m_path(new QLineEdit(this))
    , m_status(new QLabel(this))
{
    setTitle(tr("Choose a File"));
    setSubTitle(tr("A CSV file (UTF-8 or GBK, as Excel saves it) or an Excel workbook (.xlsx, "
                   "the first sheet). The first row names the columns."));
    m_path->setObjectName(QStringLiteral("importFile"));
    m_path->setReadOnly(true);
    m_status->setObjectName(QStringLiteral("importFileStatus"));
    m_status->setWordWrap(true);
    auto* browse = new QPushButton(tr("&Browse…"), this);
    auto* row = new QHBoxLayout;
    row->addWidget(m_path, 1);
    row->addWidget(browse);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(m_status);
    layout->addStretch(1);
    connect(browse, &QPushButton::clicked, this, &ImportFilePage::browse);
    connect(&m_wizard, &ImportWizard::entityLoadedChanged, this, &QWizardPage::completeChanged);
}

void ImportFilePage::browse()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import File"), QString(), tr("Spreadsheets (*.csv *.xlsx *.txt);;All files (*)"));
    if (!path.isEmpty())
        setFile(path);
}

void ImportFilePage::setFile(const QString& path)
{
    m_wizard.setFile(path);
    m_path->setText(QDir::toNativeSeparators(path));
    FileReader::Problem problem;
    const auto reader = m_wizard.openFile(&problem);
    m_usable = reader != nullptr;
    m_header.clear();
    if (!reader) {
        m_status->setText(ImportWizard::fileProblemText(problem));
        emit completeChanged();
        return;
    }
    m_header = reader->header();
    QString kind;
    if (reader->format() == QLatin1String("xlsx")) {
        kind = tr("Excel workbook, sheet \"%1\"").arg(reader->sheet());
    } else {
        const QChar d = reader->delimiter();
        const QString delimiter = d == QLatin1Char('\t')  ? tr("tab")
                                  : d == QLatin1Char(';') ? tr("semicolon")
                                                          : tr("comma");
        kind = tr("CSV file, %1, separated by %2").arg(reader->encoding(), delimiter);
    }
    m_status->setText(tr("%1. %2 columns: %3")
                          .arg(kind)
                          .arg(m_header.size())
                          .arg(m_header.join(QStringLiteral(", "))));
    emit completeChanged();
}

bool ImportFilePage::isComplete() const
{
    return m_usable && m_wizard.entityLoaded();
}

QString ImportFilePage::statusText() const
{
    return m_status->text();
}

void ImportFilePage::showLoadError(const QString& text)
{
    m_status->setText(text);
}

ImportMappingPage::ImportMappingPage(ImportWizard& wizard)
    : m_wizard(wizard)
    , m_table(new QTableWidget(this))
    , m_status(new QLabel(this))
{
    setTitle(tr("Match the Columns"));
    setSubTitle(tr("Choose the field each column of the file fills. Columns set to \"(skip)\" "
                   "are not imported. Your choice is remembered for the next file."));
    m_table->setObjectName(QStringLiteral("importMapping"));
    m_table->setColumnCount(2);
    m_table->setHorizontalHeaderLabels({tr("Column in the File"), tr("Field")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->setVisible(false);
    m_status->setObjectName(QStringLiteral("importMappingStatus"));
    m_status->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
}

QString ImportMappingPage::settingsKey(const QString& header) const
{
    return QStringLiteral("import/%1/%2").arg(m_wizard.entityName(), normalised(header));
}

QString ImportMappingPage::guess(const QString& header) const
{
    const QString h = normalised(header);
    if (h.isEmpty())
        return {};
    for (const ImportColumnInfo& c : m_wizard.entity().columns) {
        QStringList names{c.name, c.label, c.title()};
        names += c.aliases;
        for (const QString& n : std::as_const(names))
            if (normalised(n) == h)
                return c.name;
    }
    return {};
}

void ImportMappingPage::initializePage()
{
    const QStringList header = m_wizard.filePage()->header();
    const ImportEntityInfo& entity = m_wizard.entity();
    QSettings settings;
    m_table->setRowCount(int(header.size()));
    QSet<QString> taken;
    for (int i = 0; i < header.size(); ++i) {
        auto* name = new QTableWidgetItem(header.at(i));
        name->setFlags(Qt::ItemIsEnabled);
        m_table->setItem(i, 0, name);
        auto* combo = new QComboBox(m_table);
        combo->addItem(tr("(skip)"), QString());
        for (const ImportColumnInfo& c : entity.columns)
            combo->addItem(c.required ? tr("%1 *").arg(c.title()) : c.title(), c.name);
        QString column = settings.value(settingsKey(header.at(i)), QStringLiteral("?")).toString();
        if (column == QLatin1String("?") || (!column.isEmpty() && !entity.column(column)))
            column = guess(header.at(i));
        if (taken.contains(column))
            column.clear(); // the same field twice: the first column wins
        if (!column.isEmpty())
            taken.insert(column);
        combo->setCurrentIndex(std::max(0, combo->findData(column)));
        connect(combo, &QComboBox::currentIndexChanged, this, &ImportMappingPage::updateStatus);
        m_table->setCellWidget(i, 1, combo);
    }
    updateStatus();
}

QStringList ImportMappingPage::mapping() const
{
    QStringList out;
    for (int i = 0; i < m_table->rowCount(); ++i) {
        const auto* combo = qobject_cast<QComboBox*>(m_table->cellWidget(i, 1));
        out.append(combo ? combo->currentData().toString() : QString());
    }
    return out;
}

void ImportMappingPage::setColumn(int index, const QString& column)
{
    if (auto* combo = qobject_cast<QComboBox*>(m_table->cellWidget(index, 1)))
        combo->setCurrentIndex(std::max(0, combo->findData(column)));
}

void ImportMappingPage::updateStatus()
{
    const QStringList chosen = mapping();
    QStringList missing;
    QStringList twice;
    for (const ImportColumnInfo& c : m_wizard.entity().columns) {
        const qsizetype n = chosen.count(c.name);
        if (c.required && n == 0)
            missing.append(c.title());
        if (n > 1)
            twice.append(c.title());
    }
    QStringList lines;
    if (!missing.isEmpty())
        lines.append(
            tr("Required fields without a column: %1").arg(missing.join(QStringLiteral(", "))));
    if (!twice.isEmpty())
        lines.append(tr("Fields chosen for two columns: %1").arg(twice.join(QStringLiteral(", "))));
    m_status->setText(lines.isEmpty() ? tr("Every required field has a column.")
                                      : lines.join(QLatin1Char('\n')));
    emit completeChanged();
}

QString ImportMappingPage::statusText() const
{
    return m_status->text();
}

bool ImportMappingPage::isComplete() const
{
    const QStringList chosen = mapping();
    for (const ImportColumnInfo& c : m_wizard.entity().columns)
        if ((c.required && !chosen.contains(c.name)) || chosen.count(c.name) > 1)
            return false;
    return m_table->rowCount() > 0;
}

bool ImportMappingPage::validatePage()
{
    const QStringList header = m_wizard.filePage()->header();
    const QStringList chosen = mapping();
    QSettings settings;
    for (int i = 0; i < header.size(); ++i)
        settings.setValue(settingsKey(header.at(i)), chosen.value(i));
    m_wizard.setMapping(chosen);
    return true;
}

} // namespace Erp::Client
