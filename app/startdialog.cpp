#include "app/startdialog.h"

#include "app/net/apiclient.h"
#include "app/net/embeddedtransport.h"
#include "app/net/tcptransport.h"
#include "app/trustprompt.h"
#include "app/widgets/busyindicator.h"
#include "app/widgets/formerrors.h"
#include "app/widgets/theme.h"

#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QSslCertificate>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Erp::Client {

namespace {
constexpr int PathRole = Qt::UserRole + 1;
constexpr int MinPasswordLength = 8;

QString withExtension(const QString& file)
{
    if (file.isEmpty() || !QFileInfo(file).suffix().isEmpty())
        return file;
    return file + QStringLiteral(".erp");
}
} // namespace

StartDialog::StartDialog(ApiClient& api, AppSettings& settings, QWidget* parent)
    : QDialog(parent)
    , m_api(api)
    , m_settings(settings)
    , m_tabs(new QTabWidget(this))
    , m_localStack(new QStackedWidget(this))
    , m_recentFiles(new QListWidget(this))
    , m_newFile(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_repeat(new QLineEdit(this))
    , m_demo(new QCheckBox(tr("Fill it with a demo company (sample customers, products and "
                              "orders) to try things out"),
                           this))
    , m_recentServers(new QListWidget(this))
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_tls(new QCheckBox(tr("Encrypted connection (TLS)"), this))
    , m_errors(new FormErrors(this))
    , m_busy(new BusyIndicator(this))
    , m_primary(new QPushButton(this))
    , m_cancel(new QPushButton(tr("Quit"), this))
{
    setObjectName(QStringLiteral("startDialog"));
    setWindowTitle(tr("ERP — Open a Company"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/erp.svg")));
    auto* layout = new QVBoxLayout(this);

    auto* header = new QHBoxLayout;
    auto* logo = new QLabel(this);
    logo->setPixmap(QIcon(QStringLiteral(":/icons/erp.svg")).pixmap(48, 48));
    header->addWidget(logo);
    auto* welcome = new QLabel(tr("<b>Welcome.</b><br>Work on a company file on this computer, "
                                  "or connect to your company's server."),
                               this);
    welcome->setWordWrap(true);
    header->addWidget(welcome, 1);
    layout->addLayout(header);

    m_tabs->addTab(buildLocalTab(),
                   Theme::icon(QStringLiteral("computer"), QStyle::SP_ComputerIcon),
                   tr("This Computer"));
    m_tabs->addTab(buildServerTab(),
                   Theme::icon(QStringLiteral("network-server"), QStyle::SP_DriveNetIcon),
                   tr("Server"));
    layout->addWidget(m_tabs, 1);

    m_message = m_errors->createMessageLabel(this);
    layout->addWidget(m_message);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_busy);
    buttons->addStretch(1);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_primary);
    layout->addLayout(buttons);
    m_primary->setDefault(true);
    m_cancel->setAutoDefault(false);

    connect(m_primary, &QPushButton::clicked, this, &StartDialog::primaryClicked);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_tabs, &QTabWidget::currentChanged, this, &StartDialog::updatePrimary);
    connect(m_recentFiles, &QListWidget::currentRowChanged, this, &StartDialog::updatePrimary);
    connect(m_recentFiles, &QListWidget::itemActivated, this, &StartDialog::primaryClicked);
    connect(m_recentServers, &QListWidget::currentRowChanged, this, [this](int row) {
        const QList<AppSettings::Server> servers = m_settings.recentServers();
        if (row < 0 || row >= servers.size())
            return;
        m_host->setText(servers.at(row).host);
        m_port->setValue(servers.at(row).port);
        m_tls->setChecked(servers.at(row).tls);
    });
    connect(m_recentServers, &QListWidget::itemActivated, this, &StartDialog::submitServer);
    connect(&m_api, &ApiClient::opened, this, &StartDialog::connected);
    connect(&m_api, &ApiClient::openFailed, this, &StartDialog::failed);

    fillRecent();
    showPage(m_settings.recentServers().isEmpty() || !m_settings.recentFiles().isEmpty()
                 ? Page::OpenFile
                 : Page::Server);
    resize(600, 460);
}

StartDialog::~StartDialog() = default;

QWidget* StartDialog::buildLocalTab()
{
    auto* openPage = new QWidget(this);
    auto* open = new QVBoxLayout(openPage);
    open->addWidget(new QLabel(tr("Recent company files:"), openPage));
    m_recentFiles->setObjectName(QStringLiteral("recentFiles"));
    m_recentFiles->setIconSize(QSize(32, 32));
    open->addWidget(m_recentFiles, 1);
    auto* openButtons = new QHBoxLayout;
    auto* browse =
        new QPushButton(Theme::icon(QStringLiteral("document-open"), QStyle::SP_DialogOpenButton),
                        tr("Open Other File…"), openPage);
    auto* create = new QPushButton(Theme::icon(QStringLiteral("document-new"), QStyle::SP_FileIcon),
                                   tr("New Company File…"), openPage);
    create->setObjectName(QStringLiteral("newCompanyButton"));
    for (QPushButton* b : {browse, create})
        b->setAutoDefault(false);
    openButtons->addWidget(browse);
    openButtons->addWidget(create);
    openButtons->addStretch(1);
    open->addLayout(openButtons);
    connect(browse, &QPushButton::clicked, this, &StartDialog::browseOpen);
    connect(create, &QPushButton::clicked, this, [this] { showPage(Page::NewFile); });

    auto* newPage = new QWidget(this);
    auto* newLayout = new QVBoxLayout(newPage);
    newLayout->addWidget(new QLabel(tr("<b>New company file</b><br>The file holds all data of "
                                       "the company. Its first user is <i>admin</i>."),
                                    newPage));
    auto* form = new QFormLayout;
    auto* fileRow = new QWidget(newPage);
    auto* fileLayout = new QHBoxLayout(fileRow);
    fileLayout->setContentsMargins(0, 0, 0, 0);
    fileLayout->addWidget(m_newFile, 1);
    auto* browseNew = new QPushButton(tr("Browse…"), fileRow);
    browseNew->setAutoDefault(false);
    fileLayout->addWidget(browseNew);
    connect(browseNew, &QPushButton::clicked, this, &StartDialog::browseNew);
    m_errors->addRow(form, tr("&File"), QStringLiteral("file"), fileRow, true, m_newFile);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("At least %1 characters").arg(MinPasswordLength));
    m_repeat->setEchoMode(QLineEdit::Password);
    m_errors->addRow(form, tr("Admin &password"), QStringLiteral("password"), m_password, true);
    m_errors->addRow(form, tr("&Repeat password"), QStringLiteral("repeat"), m_repeat, true);
    form->addRow(QString(), m_demo);
    newLayout->addLayout(form);
    newLayout->addStretch(1);
    auto* back = new QPushButton(Theme::icon(QStringLiteral("go-previous"), QStyle::SP_ArrowBack),
                                 tr("Back to Recent Files"), newPage);
    back->setAutoDefault(false);
    connect(back, &QPushButton::clicked, this, [this] { showPage(Page::OpenFile); });
    auto* backRow = new QHBoxLayout;
    backRow->addWidget(back);
    backRow->addStretch(1);
    newLayout->addLayout(backRow);

    m_localStack->addWidget(openPage);
    m_localStack->addWidget(newPage);
    return m_localStack;
}

QWidget* StartDialog::buildServerTab()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(new QLabel(tr("Recent servers:"), page));
    m_recentServers->setObjectName(QStringLiteral("recentServers"));
    layout->addWidget(m_recentServers, 1);
    auto* form = new QFormLayout;
    m_host->setPlaceholderText(tr("e.g. erp.example.com"));
    m_port->setRange(1, 65535);
    m_port->setValue(7878);
    m_port->setGroupSeparatorShown(false);
    m_errors->addRow(form, tr("&Server"), QStringLiteral("host"), m_host, true);
    form->addRow(tr("&Port"), m_port);
    form->addRow(QString(), m_tls);
    layout->addLayout(form);
    return page;
}

void StartDialog::fillRecent()
{
    m_recentFiles->clear();
    const QIcon fileIcon = QIcon(QStringLiteral(":/icons/erp.svg"));
    const QStringList files = m_settings.recentFiles();
    for (const QString& path : files) {
        const QFileInfo info(path);
        auto* item = new QListWidgetItem(fileIcon,
                                         info.fileName() + QLatin1Char('\n') +
                                             QDir::toNativeSeparators(info.absolutePath()),
                                         m_recentFiles);
        item->setData(PathRole, path);
        item->setToolTip(QDir::toNativeSeparators(path));
        if (!info.exists()) {
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
            item->setToolTip(tr("%1 (the file is missing)").arg(QDir::toNativeSeparators(path)));
        }
    }
    if (m_recentFiles->count() > 0 && (m_recentFiles->item(0)->flags() & Qt::ItemIsEnabled))
        m_recentFiles->setCurrentRow(0);

    m_recentServers->clear();
    const QList<AppSettings::Server> servers = m_settings.recentServers();
    for (const AppSettings::Server& s : servers) {
        auto* item = new QListWidgetItem(
            Theme::icon(QStringLiteral("network-server"), QStyle::SP_DriveNetIcon),
            s.tls ? tr("%1 (encrypted)").arg(s.key()) : s.key(), m_recentServers);
        item->setData(PathRole, s.key());
    }
}

void StartDialog::showPage(Page page)
{
    m_tabs->setCurrentIndex(page == Page::Server ? 1 : 0);
    m_localStack->setCurrentIndex(page == Page::NewFile ? 1 : 0);
    if (page == Page::NewFile && m_newFile->text().isEmpty()) {
        const QString docs = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        QString candidate = QDir(docs).filePath(QStringLiteral("company.erp"));
        for (int n = 2; QFileInfo::exists(candidate); ++n)
            candidate = QDir(docs).filePath(QStringLiteral("company-%1.erp").arg(n));
        m_newFile->setText(QDir::toNativeSeparators(candidate));
    }
    m_errors->clear();
    updatePrimary();
}

StartDialog::Page StartDialog::page() const
{
    if (m_tabs->currentIndex() == 1)
        return Page::Server;
    return m_localStack->currentIndex() == 1 ? Page::NewFile : Page::OpenFile;
}

void StartDialog::updatePrimary()
{
    switch (page()) {
    case Page::OpenFile:
        m_primary->setText(tr("Open"));
        m_primary->setEnabled(!m_busyState && m_recentFiles->currentItem() &&
                              (m_recentFiles->currentItem()->flags() & Qt::ItemIsEnabled));
        break;
    case Page::NewFile:
        m_primary->setText(tr("Create"));
        m_primary->setEnabled(!m_busyState);
        break;
    case Page::Server:
        m_primary->setText(tr("Connect"));
        m_primary->setEnabled(!m_busyState);
        break;
    }
}

void StartDialog::primaryClicked()
{
    if (m_busyState)
        return;
    switch (page()) {
    case Page::OpenFile:
        if (QListWidgetItem* item = m_recentFiles->currentItem())
            openFile(item->data(PathRole).toString());
        break;
    case Page::NewFile:
        submitNewFile();
        break;
    case Page::Server:
        submitServer();
        break;
    }
}

void StartDialog::browseOpen()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Open Company File"), QString(),
                                                      tr("Company files (*.erp);;All files (*)"));
    if (!file.isEmpty())
        openFile(file);
}

void StartDialog::browseNew()
{
    const QString file = QFileDialog::getSaveFileName(
        this, tr("New Company File"), m_newFile->text(), tr("Company files (*.erp)"), nullptr,
        QFileDialog::DontConfirmOverwrite);
    if (!file.isEmpty())
        m_newFile->setText(QDir::toNativeSeparators(withExtension(file)));
}

void StartDialog::prepareNewFile(const QString& file)
{
    m_newFile->setText(QDir::toNativeSeparators(file));
    showPage(Page::NewFile);
    m_password->setFocus();
}

void StartDialog::submitNewFile()
{
    m_errors->clear();
    const QString file = withExtension(QDir::fromNativeSeparators(m_newFile->text().trimmed()));
    if (file.isEmpty()) {
        m_errors->showField(QStringLiteral("file"), tr("Choose where to save the company file."));
        return;
    }
    if (QFileInfo::exists(file)) {
        m_errors->showField(QStringLiteral("file"),
                            tr("This file already exists. Choose another name, or open it from "
                               "the list of recent files."));
        return;
    }
    if (m_password->text().size() < MinPasswordLength) {
        m_errors->showField(
            QStringLiteral("password"),
            tr("The password needs at least %1 characters.").arg(MinPasswordLength));
        return;
    }
    if (m_password->text() != m_repeat->text()) {
        m_errors->showField(QStringLiteral("repeat"), tr("The passwords do not match."));
        return;
    }
    createFile(file, m_password->text(), m_demo->isChecked());
}

void StartDialog::submitServer()
{
    m_errors->clear();
    const QString host = m_host->text().trimmed();
    if (host.isEmpty()) {
        m_errors->showField(QStringLiteral("host"), tr("Enter the server's name or address."));
        return;
    }
    connectToServer({host, quint16(m_port->value()), m_tls->isChecked()});
}

void StartDialog::openFile(const QString& file)
{
    showPage(Page::OpenFile);
    startLocal(file, QString(), false);
}

void StartDialog::createFile(const QString& file, const QString& adminPassword, bool demo)
{
    m_newFile->setText(QDir::toNativeSeparators(file));
    m_demo->setChecked(demo);
    showPage(Page::NewFile);
    startLocal(file, adminPassword, demo);
}

void StartDialog::connectToServer(const AppSettings::Server& server)
{
    m_host->setText(server.host);
    m_port->setValue(server.port);
    m_tls->setChecked(server.tls);
    showPage(Page::Server);
    startServer(server);
}

void StartDialog::startLocal(const QString& file, const QString& adminPassword, bool demo)
{
    m_pendingIsFile = true;
    m_pendingFile = QFileInfo(file).absoluteFilePath();
    m_created = !adminPassword.isEmpty();
    m_createdPassword = adminPassword;
    setBusy(true);
    m_errors->clear();
    m_api.open(new EmbeddedTransport({m_pendingFile, adminPassword, demo}));
}

void StartDialog::startServer(const AppSettings::Server& server)
{
    m_pendingIsFile = false;
    m_pendingServer = server;
    m_created = false;
    m_createdPassword.clear();
    setBusy(true);
    TcpTransport::Options options;
    options.host = server.host;
    options.port = server.port;
    options.tls = server.tls;
    options.trustedCertificateDigest = m_settings.trustedCertificate(server.key());
    auto* transport = new TcpTransport(options);
    connect(transport, &TcpTransport::untrustedCertificate, this, &StartDialog::askTrust);
    m_api.open(transport);
}

void StartDialog::connected()
{
    if (!m_busyState)
        return;
    setBusy(false);
    if (m_pendingIsFile)
        m_settings.addRecentFile(m_pendingFile);
    else
        m_settings.addRecentServer(m_pendingServer);
    m_settings.sync();
    accept();
}

void StartDialog::failed(const QString& reason)
{
    if (!m_busyState)
        return;
    setBusy(false);
    m_errors->showMessage(reason);
}

void StartDialog::askTrust(const QSslCertificate& certificate, const QStringList& errors)
{
    if (!TrustPrompt::ask(this, m_pendingServer.key(), certificate, errors))
        return;
    m_settings.setTrustedCertificate(m_pendingServer.key(),
                                     TcpTransport::certificateDigest(certificate));
    startServer(m_pendingServer);
}

void StartDialog::setBusy(bool busy)
{
    m_busyState = busy;
    m_busy->setRunning(busy);
    m_tabs->setEnabled(!busy);
    updatePrimary();
    if (busy) {
        m_primary->setText(page() == Page::Server ? tr("Connecting…") : tr("Opening…"));
        m_primary->setEnabled(false);
    }
}

QString StartDialog::errorText() const
{
    QStringList texts;
    for (const QString& field : {QStringLiteral("file"), QStringLiteral("password"),
                                 QStringLiteral("repeat"), QStringLiteral("host")}) {
        const QString t = m_errors->fieldError(field);
        if (!t.isEmpty())
            texts.append(t);
    }
    if (!m_errors->message().isEmpty())
        texts.append(m_errors->message());
    return texts.join(QLatin1Char('\n'));
}

bool StartDialog::isBusy() const
{
    return m_busyState;
}

} // namespace Erp::Client
