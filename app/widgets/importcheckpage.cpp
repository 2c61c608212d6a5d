#include "app/widgets/importcheckpage.h"

#include "app/net/apiclient.h"
#include "app/net/errortext.h"
#include "app/widgets/importwizard.h"
#include "common/csv.h"
#include "common/jsonrpc.h"

#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Erp::Client {

namespace {

QString number(qint64 n)
{
    return QLocale().toString(n);
}

} // namespace

ImportCheckPage::ImportCheckPage(ImportWizard& wizard)
    : m_wizard(wizard)
    , m_summary(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_problems(new QTableWidget(this))
    , m_cancel(new QPushButton(tr("&Stop Checking"), this))
    , m_save(new QPushButton(tr("&Save Problems…"), this))
{
    setTitle(tr("Check the File"));
    setSubTitle(tr("Every row is checked as it would be imported. Nothing is saved yet."));
    setButtonText(QWizard::NextButton, tr("&Import"));
    m_summary->setObjectName(QStringLiteral("importCheckSummary"));
    m_summary->setWordWrap(true);
    m_problems->setObjectName(QStringLiteral("importProblems"));
    m_problems->setColumnCount(3);
    m_problems->setHorizontalHeaderLabels({tr("Row"), tr("Column"), tr("Problem")});
    m_problems->horizontalHeader()->setStretchLastSection(true);
    m_problems->verticalHeader()->setVisible(false);
    m_problems->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_save);
    buttons->addWidget(m_cancel);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_progress);
    layout->addWidget(m_summary);
    layout->addWidget(m_problems, 1);
    layout->addLayout(buttons);
    connect(m_cancel, &QPushButton::clicked, this, &ImportCheckPage::requestCancel);
    connect(m_save, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Save Problems"), QStringLiteral("import-problems.csv"), tr("CSV (*.csv)"));
        if (!path.isEmpty())
            saveProblems(path);
    });
}

void ImportCheckPage::initializePage()
{
    m_wizard.cancelJob();
    m_problems->setRowCount(0);
    m_rows = 0;
    m_problemCount = 0;
    m_cancelRequested = false;
    m_done = false;
    m_clean = false;
    m_running = true;
    m_cancel->setEnabled(true);
    m_save->setEnabled(false);
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_summary->setText(tr("Checking…"));
    FileReader::Problem problem;
    m_reader = m_wizard.openFile(&problem);
    if (!m_reader) {
        finish(ImportWizard::fileProblemText(problem));
        return;
    }
    m_wizard.api().call(
        QStringLiteral("platform.import.start"),
        {{QStringLiteral("entity"), m_wizard.entityName()}}, this,
        [this](const QJsonValue& result) {
            m_wizard.setJob(result.toObject().value(QLatin1String("job")).toInteger());
            sendBatch();
        },
        [this](const Rpc::Error& error) { finish(ErrorText::describe(error)); });
    emit completeChanged();
}

void ImportCheckPage::cleanupPage()
{
    requestCancel();
    m_wizard.cancelJob();
}

void ImportCheckPage::requestCancel()
{
    if (m_running)
        m_cancelRequested = true;
}

void ImportCheckPage::sendBatch()
{
    if (m_cancelRequested) {
        m_wizard.cancelJob();
        finish(tr("Checking was stopped. Nothing was imported."));
        return;
    }
    const QStringList mapping = m_wizard.mapping();
    QJsonArray rows;
    QStringList cells;
    qint64 row = 0;
    while (rows.size() < BatchRows && m_reader->next(cells, row)) {
        QJsonObject values;
        for (qsizetype i = 0; i < cells.size() && i < mapping.size(); ++i)
            if (!mapping.at(i).isEmpty())
                values.insert(mapping.at(i), cells.at(i));
        rows.append(QJsonObject{{QStringLiteral("row"), row}, {QStringLiteral("values"), values}});
    }
    if (!m_reader->problem().isEmpty()) {
        m_wizard.cancelJob();
        finish(ImportWizard::fileProblemText(m_reader->problem()));
        return;
    }
    m_progress->setValue(int(m_reader->progress() * 1000));
    if (rows.isEmpty()) {
        m_clean = m_problemCount == 0 && m_rows > 0;
        finish();
        return;
    }
    m_wizard.api().call(
        QStringLiteral("platform.import.append"),
        {{QStringLiteral("job"), m_wizard.job()}, {QStringLiteral("rows"), rows}}, this,
        [this](const QJsonValue& result) {
            const QJsonObject r = result.toObject();
            m_rows = r.value(QLatin1String("staged")).toInteger();
            addProblems(r.value(QLatin1String("problems")).toArray());
            m_problemCount += r.value(QLatin1String("problem_count")).toInt() -
                              int(r.value(QLatin1String("problems")).toArray().size());
            m_summary->setText(tr("%1 rows checked…").arg(number(m_rows)));
            sendBatch();
        },
        [this](const Rpc::Error& error) {
            m_wizard.cancelJob();
            finish(ErrorText::describe(error));
        });
}

void ImportCheckPage::addProblems(const QJsonArray& problems)
{
    const ImportEntityInfo& entity = m_wizard.entity();
    for (const QJsonValue& v : problems) {
        const QJsonObject p = v.toObject();
        const int at = m_problems->rowCount();
        m_problems->insertRow(at);
        // The row as the spreadsheet numbers it (the header is a row too).
        const qint64 row = p.value(QLatin1String("row")).toInteger() + 1;
        const ImportColumnInfo* column = entity.column(p.value(QLatin1String("column")).toString());
        auto* rowItem = new QTableWidgetItem;
        rowItem->setData(Qt::DisplayRole, row);
        m_problems->setItem(at, 0, rowItem);
        m_problems->setItem(at, 1, new QTableWidgetItem(column ? column->title() : QString()));
        m_problems->setItem(at, 2, new QTableWidgetItem(ImportWizard::problemText(p, entity)));
        ++m_problemCount;
    }
}

void ImportCheckPage::finish(const QString& failure)
{
    m_running = false;
    m_done = true;
    m_reader.reset();
    m_cancel->setEnabled(false);
    m_save->setEnabled(m_problems->rowCount() > 0);
    m_progress->setValue(m_progress->maximum());
    if (!failure.isEmpty())
        m_summary->setText(failure);
    else if (m_clean)
        m_summary->setText(
            tr("%1 rows checked: no problems. Click Import to save them all.").arg(number(m_rows)));
    else
        m_summary->setText(tr("%1 rows checked: %2 problems. Correct the file and check it "
                              "again; nothing is imported while a row has a problem.")
                               .arg(number(m_rows), number(m_problemCount)));
    emit completeChanged();
}

bool ImportCheckPage::isComplete() const
{
    return m_done && m_clean && m_wizard.job() != 0;
}

QString ImportCheckPage::summaryText() const
{
    return m_summary->text();
}

bool ImportCheckPage::saveProblems(const QString& path) const
{
    QByteArray out = Csv::utf8Bom() + Csv::formatRow({tr("Row"), tr("Column"), tr("Problem")});
    for (int r = 0; r < m_problems->rowCount(); ++r)
        out += Csv::formatRow({m_problems->item(r, 0)->text(), m_problems->item(r, 1)->text(),
                               m_problems->item(r, 2)->text()});
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(out) == out.size();
}

ImportRunPage::ImportRunPage(ImportWizard& wizard)
    : m_wizard(wizard)
    , m_summary(new QLabel(this))
    , m_progress(new QProgressBar(this))
{
    setTitle(tr("Import"));
    setSubTitle(tr("All rows are saved together: either every row or none."));
    setCommitPage(true);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_progress);
    layout->addWidget(m_summary);
    layout->addStretch(1);
}

void ImportRunPage::initializePage()
{
    m_running = true;
    m_done = false;
    m_progress->setRange(0, 0); // one transaction: busy, no steps to count
    m_summary->setText(tr("Importing…"));
    m_wizard.api().call(
        QStringLiteral("platform.import.commit"), {{QStringLiteral("job"), m_wizard.job()}}, this,
        [this](const QJsonValue& result) {
            const QJsonObject r = result.toObject();
            m_wizard.setCommitted();
            m_running = false;
            m_done = true;
            m_progress->setRange(0, 1);
            m_progress->setValue(1);
            const int created = r.value(QLatin1String("created")).toInt();
            const int updated = r.value(QLatin1String("updated")).toInt();
            const int unchanged = r.value(QLatin1String("unchanged")).toInt();
            m_summary->setText(tr("Import finished: %1 created, %2 updated, %3 unchanged.")
                                   .arg(number(created), number(updated), number(unchanged)));
            emit m_wizard.imported(created, updated, unchanged);
            emit completeChanged();
        },
        [this](const Rpc::Error& error) {
            m_running = false;
            m_done = true;
            m_progress->setRange(0, 1);
            m_progress->setValue(0);
            QStringList lines{tr("Nothing was imported.")};
            const QJsonArray rows = error.data.toObject().value(QLatin1String("rows")).toArray();
            for (const QJsonValue& v : rows) {
                const QJsonObject p = v.toObject();
                lines.append(tr("Row %1: %2")
                                 .arg(number(p.value(QLatin1String("row")).toInteger() + 1),
                                      ImportWizard::problemText(p, m_wizard.entity())));
                if (lines.size() > 20)
                    break;
            }
            if (rows.isEmpty())
                lines.append(ErrorText::describe(error));
            m_summary->setText(lines.join(QLatin1Char('\n')));
            emit completeChanged();
        });
}

bool ImportRunPage::isComplete() const
{
    return m_done;
}

QString ImportRunPage::summaryText() const
{
    return m_summary->text();
}

} // namespace Erp::Client
