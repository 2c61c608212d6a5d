#include "app/pages/admin/backuppage.h"

#include "app/net/errortext.h"
#include "app/net/servermessages.h"
#include "app/widgets/theme.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Erp::Client::Admin {

namespace {
enum Column { FileColumn, TakenColumn, SizeColumn, ColumnCount };

/// The server's own sentence for a refusal it explains (no backup directory, why a backup
/// failed); the generic description for anything else.
QString errorText(const Rpc::Error& e)
{
    if (e.messageId().startsWith(QLatin1String("admin.backup.")))
        return ServerMessages::text(e.messageId(), e.messageArgs(), e.message);
    return ErrorText::describe(e);
}
} // namespace

BackupPage::BackupPage(ApiClient& api, QWidget* parent)
    : QWidget(parent)
    , m_client(api)
    , m_where(new QLabel(this))
    , m_message(new QLabel(this))
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_backUp(
          new QPushButton(Theme::icon(QStringLiteral("document-save"), QStyle::SP_DialogSaveButton),
                          tr("Back &Up Now"), this))
    , m_refresh(
          new QPushButton(Theme::icon(QStringLiteral("view-refresh"), QStyle::SP_BrowserReload),
                          tr("&Refresh"), this))
{
    setObjectName(QStringLiteral("backupPage"));
    m_table->setObjectName(QStringLiteral("backupTable"));
    m_backUp->setObjectName(QStringLiteral("backUpNow"));
    m_message->setObjectName(QStringLiteral("backupMessage"));
    m_table->setHorizontalHeaderLabels({tr("File"), tr("Taken"), tr("Size")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(FileColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_where->setWordWrap(true);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    auto* hint = new QLabel(tr("The server writes a backup while everyone keeps working. To "
                               "restore one, an administrator runs erp-server --restore FILE "
                               "--db NEW-DATABASE on the server (see the README)."),
                            this);
    hint->setWordWrap(true);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_where, 1);
    buttons->addWidget(m_refresh);
    buttons->addWidget(m_backUp);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    layout->addWidget(m_table);

    connect(m_backUp, &QPushButton::clicked, this, &BackupPage::backUpNow);
    connect(m_refresh, &QPushButton::clicked, this, &BackupPage::reload);
    reload();
}

void BackupPage::reload()
{
    m_client.list(
        this, [this](const BackupListing& listing) { fill(listing); },
        [this](const Rpc::Error& e) {
            m_backUp->setEnabled(false); // e.g. the server has no backup directory
            m_where->clear();
            m_table->setRowCount(0);
            showMessage(errorText(e), true);
            emit loaded();
        });
}

void BackupPage::fill(const BackupListing& listing)
{
    m_backUp->setEnabled(!m_running);
    m_where->setText(
        listing.keep > 0
            ? tr("On the server in %1; the newest %n backup(s) are kept.", nullptr, listing.keep)
                  .arg(listing.directory)
            : tr("On the server in %1; every backup is kept.").arg(listing.directory));
    const QLocale locale;
    m_table->setRowCount(int(listing.backups.size()));
    for (int row = 0; row < listing.backups.size(); ++row) {
        const BackupEntry& b = listing.backups.at(row);
        m_table->setItem(row, FileColumn, new QTableWidgetItem(b.file));
        m_table->setItem(
            row, TakenColumn,
            new QTableWidgetItem(locale.toString(b.createdAt.toLocalTime(), QLocale::ShortFormat)));
        auto* size = new QTableWidgetItem(locale.formattedDataSize(b.size));
        size->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, SizeColumn, size);
    }
    if (listing.backups.isEmpty() && !m_running && message().isEmpty())
        showMessage(tr("No backups yet. Use Back Up Now, or wait for the server's schedule."),
                    false);
    emit loaded();
}

void BackupPage::backUpNow()
{
    if (m_running)
        return;
    m_running = true;
    m_backUp->setEnabled(false);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    showMessage(tr("Backing up… the server is writing a consistent copy of the company's data."),
                false);
    m_client.run(
        this,
        [this](const BackupEntry& b) {
            finish();
            showMessage(
                tr("Backup %1 written (%2).").arg(b.file, QLocale().formattedDataSize(b.size)),
                false);
            reload();
            emit backupFinished(true);
        },
        [this](const Rpc::Error& e) {
            finish();
            showMessage(errorText(e), true);
            reload();
            emit backupFinished(false);
        });
}

void BackupPage::finish()
{
    m_running = false;
    m_backUp->setEnabled(true);
    QApplication::restoreOverrideCursor();
}

void BackupPage::showMessage(const QString& text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #c0392b;") : QString());
    m_message->show();
}

QString BackupPage::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

} // namespace Erp::Client::Admin
