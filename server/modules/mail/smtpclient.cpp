#include "server/modules/mail/smtpclient.h"

#include <QDateTime>
#include <QLocale>
#include <QUrl>
#include <QUuid>

#include <curl/curl.h>

#include <cstring>
#include <mutex>

namespace Erp::Server::Mail {

QString SmtpConfig::displayUrl() const
{
    QUrl u(url);
    u.setPassword({});
    return u.toString();
}

SmtpConfig SmtpConfig::fromEnvironment()
{
    SmtpConfig c;
    c.url = qEnvironmentVariable("ERP_SMTP_URL").trimmed();
    c.from = qEnvironmentVariable("ERP_MAIL_FROM", QStringLiteral("erp@localhost")).trimmed();
    return c;
}

namespace {

QByteArray encodedWord(const QString& text)
{
    bool ascii = true;
    for (QChar c : text)
        ascii = ascii && c.unicode() >= 0x20 && c.unicode() < 0x7f;
    if (ascii)
        return text.toLatin1();
    return "=?UTF-8?B?" + text.toUtf8().toBase64() + "?=";
}

/// Feeds the message to libcurl piece by piece.
struct Payload
{
    QByteArray data;
    qsizetype offset = 0;
};

size_t readPayload(char* buffer, size_t size, size_t count, void* user)
{
    auto* p = static_cast<Payload*>(user);
    const size_t n = std::min<size_t>(size * count, size_t(p->data.size() - p->offset));
    std::memcpy(buffer, p->data.constData() + p->offset, n);
    p->offset += qsizetype(n);
    return n;
}

} // namespace

QByteArray formatMessage(const QString& from, const OutgoingMail& mail, const QString& domain)
{
    const QString date = QLocale::c().toString(QDateTime::currentDateTimeUtc(),
                                               QStringLiteral("ddd, dd MMM yyyy hh:mm:ss +0000"));
    QByteArray m;
    m += "Date: " + date.toLatin1() + "\r\n";
    m += "From: " + from.toUtf8() + "\r\n";
    m += "To: " + mail.to.toUtf8() + "\r\n";
    m += "Subject: " + encodedWord(mail.subject) + "\r\n";
    m += "Message-ID: <outbox-" + QByteArray::number(mail.id) + "." +
         QUuid::createUuid().toByteArray(QUuid::Id128) + "@" + domain.toLatin1() + ">\r\n";
    m += "MIME-Version: 1.0\r\n";
    m += "Content-Type: text/plain; charset=UTF-8\r\n";
    m += "Content-Transfer-Encoding: base64\r\n\r\n";
    const QByteArray body = mail.body.toUtf8().toBase64();
    for (qsizetype i = 0; i < body.size(); i += 76)
        m += body.mid(i, 76) + "\r\n";
    return m;
}

QString sendMail(const SmtpConfig& config, const OutgoingMail& mail)
{
    static std::once_flag init;
    std::call_once(init, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });

    CURL* curl = curl_easy_init();
    if (!curl)
        return QStringLiteral("cannot initialise the SMTP client");
    const QString domain = config.from.section(QLatin1Char('@'), 1).isEmpty()
                               ? QStringLiteral("localhost")
                               : config.from.section(QLatin1Char('@'), 1);
    Payload payload{formatMessage(config.from, mail, domain)};
    const QByteArray url = config.url.toUtf8();
    const QByteArray from = "<" + config.from.toUtf8() + ">";
    const QByteArray to = "<" + mail.to.toUtf8() + ">";
    curl_slist* recipients = curl_slist_append(nullptr, to.constData());
    char errors[CURL_ERROR_SIZE] = {};

    curl_easy_setopt(curl, CURLOPT_URL, url.constData());
    curl_easy_setopt(curl, CURLOPT_MAIL_FROM, from.constData());
    curl_easy_setopt(curl, CURLOPT_MAIL_RCPT, recipients);
    curl_easy_setopt(curl, CURLOPT_READFUNCTION, readPayload);
    curl_easy_setopt(curl, CURLOPT_READDATA, &payload);
    curl_easy_setopt(curl, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(curl, CURLOPT_USE_SSL, long(CURLUSESSL_TRY));
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT, 10L);
    curl_easy_setopt(curl, CURLOPT_TIMEOUT, 60L);
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, errors);
    const CURLcode rc = curl_easy_perform(curl);
    curl_slist_free_all(recipients);
    curl_easy_cleanup(curl);
    if (rc == CURLE_OK)
        return {};
    // libcurl's messages name the host and the SMTP reply, never the URL's password.
    const QString detail = QString::fromUtf8(errors).trimmed();
    return detail.isEmpty() ? QString::fromUtf8(curl_easy_strerror(rc)) : detail;
}

} // namespace Erp::Server::Mail
