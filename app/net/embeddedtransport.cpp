#include "app/net/embeddedtransport.h"

#include "server/net/connection.h"
#include "server/net/rpcserver.h"
#include "server/servercore.h"
#include "server/storage/backup.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QThread>

namespace Erp::Client {

struct EmbeddedTransport::OpenResult
{
    bool ok = false;
    QString error;
};

EmbeddedTransport::EmbeddedTransport(Options options, QObject* parent)
    : Transport(parent)
    , m_options(std::move(options))
{}

EmbeddedTransport::~EmbeddedTransport()
{
    shutdown();
}

QString EmbeddedTransport::displayName() const
{
    return QDir::toNativeSeparators(m_options.file);
}

void EmbeddedTransport::open()
{
    if (m_opener || m_open)
        return;
    const QFileInfo info(m_options.file);
    const bool create = !m_options.adminPassword.isEmpty();
    if (m_options.file.isEmpty()) {
        emit closed(tr("No company file was given."));
        return;
    }
    if (!create && !info.exists()) {
        emit closed(tr("The company file %1 does not exist.").arg(displayName()));
        return;
    }
    if (create && info.exists()) {
        emit closed(tr("The file %1 already exists. Open it instead, or choose another name.")
                        .arg(displayName()));
        return;
    }
    if (create && !QDir().mkpath(info.absolutePath())) {
        emit closed(tr("The folder %1 cannot be created.")
                        .arg(QDir::toNativeSeparators(info.absolutePath())));
        return;
    }

    m_core = std::make_unique<Server::ServerCore>();
    m_core->setCompanyName(info.completeBaseName()); // a new company profile's first name
    Server::ServerCore::Options coreOptions;
    coreOptions.databaseUrl = QStringLiteral("sqlite:") + info.absoluteFilePath();
    coreOptions.initialAdminPassword = m_options.adminPassword;
    coreOptions.demo = m_options.demo;
    coreOptions.logCalls = qEnvironmentVariableIsSet("ERP_LOG_CALLS");

    auto result = std::make_shared<OpenResult>();
    Server::ServerCore* core = m_core.get();
    m_opener = QThread::create(
        [core, coreOptions, result] { result->ok = core->open(coreOptions, &result->error); });
    connect(m_opener, &QThread::finished, this, [this, result] { coreOpened(result); });
    m_opener->start();
}

void EmbeddedTransport::coreOpened(const std::shared_ptr<OpenResult>& result)
{
    m_opener->wait();
    delete m_opener;
    m_opener = nullptr;
    if (!result->ok) {
        m_core.reset();
        if (!m_options.adminPassword.isEmpty()) {
            // A company file that could not be set up is not left behind half-made.
            for (const char* suffix : {"", "-wal", "-shm", "-journal"})
                QFile::remove(m_options.file + QLatin1String(suffix));
        }
        emit closed(tr("The company file cannot be opened: %1").arg(result->error));
        return;
    }
    Server::RpcServer::Options serverOptions;
    serverOptions.workers = 2; // one user: a second worker keeps a slow report from blocking
    m_server = std::make_unique<Server::RpcServer>(*m_core, serverOptions);
    m_connection = m_server->openEmbedded();
    connect(m_connection, &Server::Connection::outgoing, this, &Transport::received);
    connect(m_connection, &Server::Connection::closed, this, [this] {
        if (!m_open)
            return;
        m_open = false;
        emit closed(tr("The local company file was closed."));
    });
    m_open = true;
    emit opened();
}

void EmbeddedTransport::close()
{
    shutdown();
}

void EmbeddedTransport::send(const QByteArray& bytes)
{
    if (m_open && m_connection)
        m_connection->incoming(bytes);
}

bool EmbeddedTransport::backUp(const QString& target)
{
    if (!m_open || !m_core || m_backup)
        return false;
    const Storage::DatabaseConfig config = m_core->database().config();
    struct Result
    {
        qint64 size = 0;
        QString error;
    };
    auto result = std::make_shared<Result>();
    m_backup = QThread::create([config, target, result] {
        // Written beside the target under another name, then moved over it: a failed backup
        // never destroys an earlier one of the same name.
        const QString partial = target + QStringLiteral(".partial");
        QFile::remove(partial);
        try {
            Storage::Backup::snapshot(config, partial);
            if (QFileInfo::exists(target) && !QFile::remove(target))
                throw Storage::StoreError{QStringLiteral("cannot replace %1").arg(target)};
            if (!QFile::rename(partial, target))
                throw Storage::StoreError{QStringLiteral("cannot write %1").arg(target)};
            result->size = QFileInfo(target).size();
        } catch (const Storage::StoreError& e) {
            QFile::remove(partial);
            result->error = e.message;
        }
    });
    connect(m_backup, &QThread::finished, this, [this, target, result] {
        m_backup->wait();
        delete m_backup;
        m_backup = nullptr;
        emit backupFinished(target, result->size, result->error);
    });
    m_backup->start();
    return true;
}

void EmbeddedTransport::shutdown()
{
    if (m_backup) { // a backup under way is finished before the store closes
        m_backup->disconnect(this);
        m_backup->wait();
        delete m_backup;
        m_backup = nullptr;
    }
    if (m_opener) { // closed while the store was still opening: wait for the helper thread
        m_opener->disconnect(this);
        m_opener->wait();
        delete m_opener;
        m_opener = nullptr;
    }
    m_open = false;
    if (m_connection)
        m_connection->disconnect(this);
    if (m_server) {
        m_server->shutdown(); // answers in-flight calls, ends the workers and their connections
        m_server.reset();
    }
    m_core.reset();
}

} // namespace Erp::Client
