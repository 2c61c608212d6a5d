#pragma once

#include <QString>

namespace Erp::Server::Mail {

/// Where mail goes: ERP_SMTP_URL ("smtp://host:25", "smtp://user:pw@host:587" with STARTTLS when
/// offered, "smtps://user:pw@host:465") and ERP_MAIL_FROM.
struct SmtpConfig
{
    QString url;
    QString from;
    bool isSet() const { return !url.isEmpty(); }
    /// The URL without its password, for logs.
    QString displayUrl() const;
    static SmtpConfig fromEnvironment();
};

/// One message to send.
struct OutgoingMail
{
    qint64 id = 0;
    QString to;
    QString subject;
    QString body;
};

/// The RFC 5322 text of a message: UTF-8 subject (RFC 2047) and base64 body, CRLF lines.
QByteArray formatMessage(const QString& from, const OutgoingMail& mail, const QString& domain);

/// Sends one message through SMTP (libcurl); returns an empty string or the error.
/// Blocking, with connect and transfer time-outs: run it on the sender thread only.
QString sendMail(const SmtpConfig& config, const OutgoingMail& mail);

} // namespace Erp::Server::Mail
