#pragma once

#include "app/print/deliverynote.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class QPagedPaintDevice;
class QTextDocument;

namespace Erp::Client::Print {

/// What a printed voucher (记账凭证) shows: the company, the journal's title, number and
/// date, the lines (summary, account code and name, debit, credit), the totals with the total
/// in Chinese capital numerals, and who prepared, checked and posted it. Plain data: amounts
/// as shown, no dialogs, no server.
struct Voucher
{
    struct Line
    {
        QString summary;
        QString accountCode;
        QString accountName;
        QString debit; ///< as shown ("1,280.00"), empty for none
        QString credit;
    };

    DeliveryNote::Company company;
    QString title;  ///< "记账凭证" / "Journal Voucher"
    QString number; ///< empty for a draft
    QString date;   ///< as shown
    QString journal;
    QString description;
    QString source; ///< where it came from ("Purchase order PO2026-000001"); empty: manual
    QList<Line> lines;
    QString debitTotal;
    QString creditTotal;
    QString totalInWords; ///< Erp::chineseCapitalAmount of the total
    QString preparedBy;
    QString postedBy;
    bool draft = false;
};

/// Renders vouchers (HTML laid out by QTextDocument) to a PDF file or any paged device (the
/// printer of a print preview).
class VoucherRenderer final
{
    Q_DECLARE_TR_FUNCTIONS(Erp::Client::Print::VoucherRenderer)
public:
    static QString html(const Voucher& voucher);
    static void build(QTextDocument& document, const Voucher& voucher);
    static bool writePdf(const Voucher& voucher, const QString& path, QString* error = nullptr);
    static bool print(const Voucher& voucher, QPagedPaintDevice& device);
};

} // namespace Erp::Client::Print
