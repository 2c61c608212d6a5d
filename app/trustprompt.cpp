#include "app/trustprompt.h"

#include "app/net/tcptransport.h"

#include <QMessageBox>
#include <QPushButton>
#include <QSslCertificate>

namespace Erp::Client {

bool TrustPrompt::ask(QWidget* parent, const QString& server, const QSslCertificate& certificate,
                      const QStringList& errors)
{
    const QByteArray digest = TcpTransport::certificateDigest(certificate);
    QMessageBox box(
        QMessageBox::Warning, tr("Untrusted Certificate"),
        tr("The server %1 presented a certificate that cannot be verified.").arg(server),
        QMessageBox::NoButton, parent);
    box.setInformativeText(
        tr("Only continue if your administrator confirms that the server's certificate has "
           "this SHA-256 fingerprint:\n\n%1\n\nTrust this certificate for this server from now "
           "on?")
            .arg(QString::fromLatin1(digest.toHex(':').toUpper())));
    box.setDetailedText(errors.join(QLatin1Char('\n')));
    QPushButton* trust = box.addButton(tr("Trust and Connect"), QMessageBox::AcceptRole);
    box.addButton(tr("Cancel"), QMessageBox::RejectRole);
    box.setDefaultButton(qobject_cast<QPushButton*>(box.buttons().constLast()));
    box.exec();
    return box.clickedButton() == trust;
}

} // namespace Erp::Client
