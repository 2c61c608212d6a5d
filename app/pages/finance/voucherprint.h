#pragma once

#include "app/print/voucher.h"

#include <QCoreApplication>
#include <QJsonObject>

class QWidget;

namespace Erp::Client {
class ApiClient;
}

namespace Erp::Client::Finance {

class AccountCache;

/// The printed voucher of the voucher form: the data from the entry (account names in the
/// clerk's language, the total in Chinese capital numerals), the header from the company
/// profile; print preview (and from there a printer) or a PDF file.
class VoucherPrint final
{
    Q_DECLARE_TR_FUNCTIONS(Erp::Client::Finance::VoucherPrint)
public:
    enum class Mode { Preview, Pdf };

    static Print::Voucher voucher(const QJsonObject& entry, const AccountCache& accounts,
                                  const Print::DeliveryNote::Company& company);
    /// Reads the company profile, then opens the print preview or asks where to save the PDF.
    static void printEntry(ApiClient& api, const QJsonObject& entry, const AccountCache& accounts,
                           QWidget* parent, Mode mode);
};

} // namespace Erp::Client::Finance
