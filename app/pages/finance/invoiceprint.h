#pragma once

#include "app/print/invoice.h"
#include "app/print/output.h"

#include <QCoreApplication>
#include <QJsonObject>

class QWidget;

namespace Erp::Client {
class ApiClient;
}

namespace Erp::Client::Finance {

/// The printed customer invoice and customer statement: the data from the server's records
/// (amounts in the locale, the total in Chinese capital numerals), the header from the company
/// profile; print preview (and from there a printer) or a PDF file.
class InvoicePrint final
{
    Q_DECLARE_TR_FUNCTIONS(Erp::Client::Finance::InvoicePrint)
public:
    using Mode = Print::DocumentOutput::Mode;

    /// From finance.invoice.get.
    static Print::CustomerInvoice invoice(const QJsonObject& invoice,
                                          const Print::DeliveryNote::Company& company);
    /// From finance.report.statement.
    static Print::CustomerStatement statement(const QJsonObject& statement,
                                              const Print::DeliveryNote::Company& company);
    /// Reads the company profile, then opens the print preview or asks where to save the PDF.
    static void printInvoice(ApiClient& api, const QJsonObject& invoice, QWidget* parent,
                             Mode mode);
    static void printStatement(ApiClient& api, const QJsonObject& statement, QWidget* parent,
                               Mode mode);
};

} // namespace Erp::Client::Finance
