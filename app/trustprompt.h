#pragma once

#include <QCoreApplication>
#include <QStringList>

class QSslCertificate;
class QWidget;

namespace Erp::Client {

/// Asks the user whether to trust a server certificate that did not verify (e.g. a
/// self-signed one), showing its SHA-256 fingerprint to compare with the administrator's.
class TrustPrompt final
{
    Q_DECLARE_TR_FUNCTIONS(Erp::Client::TrustPrompt)
public:
    /// True when the user chose to trust `certificate` for `server` ("host:port").
    static bool ask(QWidget* parent, const QString& server, const QSslCertificate& certificate,
                    const QStringList& errors);
};

} // namespace Erp::Client
