#pragma once

#include <QByteArrayList>
#include <QProcess>
#include <QTemporaryDir>

namespace Erp::Test {

/// A real SMTP server for tests: aiosmtpd (Debian's python3-aiosmtpd) storing every message it
/// accepts in a maildir. start() picks a free port unless one is given (to bring a sink up on
/// the port a failed send was aimed at).
class SmtpSink final
{
public:
    SmtpSink() = default;
    ~SmtpSink();
    SmtpSink(const SmtpSink&) = delete;
    SmtpSink& operator=(const SmtpSink&) = delete;

    /// Starts the sink and waits until it accepts connections; false when it cannot.
    bool start(quint16 port = 0);
    void stop();
    quint16 port() const { return m_port; }
    QString url() const;
    /// The raw RFC 5322 text of every message received so far.
    QByteArrayList messages() const;

    /// A TCP port nobody listens on right now.
    static quint16 freePort();

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_port = 0;
};

/// The decoded (base64) text body of a message from formatMessage()/any simple text mail.
QString mailBody(const QByteArray& message);

} // namespace Erp::Test
