#pragma once

#include "app/net/transport.h"

#include <QPointer>
#include <QString>

#include <memory>

class QThread;

namespace Erp::Server {
class Connection;
class RpcServer;
class ServerCore;
} // namespace Erp::Server

namespace Erp::Client {

/// Local single-user mode: the company file is served by a ServerCore + RpcServer inside this
/// process, through a socket-less connection. The store is opened (migrations, demo data) on a
/// helper thread and calls run on the embedded server's workers, so the GUI stays responsive.
class EmbeddedTransport final : public Transport
{
    Q_OBJECT
public:
    struct Options
    {
        QString file;
        QString adminPassword; ///< non-empty: create the company file (it must not exist yet)
        bool demo = false;     ///< load the demo company into the file
    };

    explicit EmbeddedTransport(Options options, QObject* parent = nullptr);
    ~EmbeddedTransport() override;

    void open() override;
    void close() override;
    void send(const QByteArray& bytes) override;
    bool canReconnect() const override { return false; }
    bool isLocal() const override { return true; }
    QString displayName() const override;

    const Options& options() const { return m_options; }

    /// Writes a consistent copy of the open company file to `target` (replaced if it exists)
    /// on a helper thread while work goes on; emits backupFinished. False (nothing started)
    /// when the file is not open or a backup is still running.
    bool backUp(const QString& target);

signals:
    /// A backUp() ended: `error` is empty on success, else why (English, from the store).
    void backupFinished(const QString& target, qint64 size, const QString& error);

private:
    struct OpenResult;
    void coreOpened(const std::shared_ptr<OpenResult>& result);
    void shutdown();

    Options m_options;
    std::unique_ptr<Server::ServerCore> m_core;
    std::unique_ptr<Server::RpcServer> m_server;
    QPointer<Server::Connection> m_connection;
    QThread* m_opener = nullptr;
    QThread* m_backup = nullptr;
    bool m_open = false;
};

} // namespace Erp::Client
