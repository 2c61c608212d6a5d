#pragma once

#include <QCoreApplication>
#include <QJsonObject>

class QWidget;

namespace Erp::Client {
class ApiClient;
}

namespace Erp::Client::Finance {

class AccountCache;

/// The printed voucher of the Voucher form: the data from the entry, the header from the
/// company profile, print preview (and from there a printer) or a PDF file.
class VoucherPrint final
{
    Q_DECLARE_TR_FUNCTIONS(Erp::Client::Finance::VoucherPrint)
public:
    static void printEntry(ApiClient& api, const QJsonObject& entry, const AccountCache& accounts,
                           QWidget* parent);
};

} // namespace Erp::Client::Finance
