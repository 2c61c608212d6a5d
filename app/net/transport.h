#pragma once

#include <QObject>

class QByteArray;

namespace Erp::Client {

/// A byte pipe to the server. A transport only moves bytes; ApiClient frames them into lines,
/// encodes requests and matches replies. Implementations: TcpTransport (TCP or TLS to an
/// erp-server) and EmbeddedTransport (a server running inside this process, local mode).
class Transport : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~Transport() override = default;

    /// Starts connecting; emits opened() or closed(reason). May be called again after closed().
    virtual void open() = 0;
    /// Drops the connection on purpose; does not emit closed().
    virtual void close() = 0;
    /// Sends raw protocol bytes (complete lines). Ignored while not open.
    virtual void send(const QByteArray& bytes) = 0;
    /// True when a dropped connection can be re-established with open() (TCP).
    virtual bool canReconnect() const = 0;
    /// True for a company file opened in this process (local single-user mode).
    virtual bool isLocal() const = 0;
    /// "host:port" or the company file: shown in the status bar.
    virtual QString displayName() const = 0;

signals:
    void opened();
    /// The connection failed to open or was lost; `reason` is a translated sentence.
    void closed(const QString& reason);
    void received(const QByteArray& bytes);
};

} // namespace Erp::Client
