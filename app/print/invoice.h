#pragma once

#include "app/print/deliverynote.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class QPagedPaintDevice;
class QTextDocument;

namespace Erp::Client::Print {

/// What a printed customer invoice (or credit note) shows: the company profile as the header,
/// the title, number, dates and fapiao, seller and buyer, the lines with 金额 and 税额, the
/// totals, the total in Chinese capital numerals, the notes. Plain data: amounts as shown.
struct CustomerInvoice
{
    struct Line
    {
        QString description;
        QString qty;
        QString unitPrice;
        QString taxRate; ///< "13 %"
        QString net;     ///< 金额
        QString tax;     ///< 税额
        QString gross;   ///< 价税合计
    };

    DeliveryNote::Company company;
    QString title;  ///< "Invoice" / "Credit Note"
    QString number; ///< empty for a draft
    QString date;
    QString dueDate;
    QString orderNumber;
    QString fapiaoNumber;
    QString fapiaoDate;
    QString customerName;
    QString customerCode;
    QString currency;
    QList<Line> lines;
    QString net;
    QString tax;
    QString total;
    QString totalInWords; ///< Erp::chineseCapitalAmount of the total
    QString paid;         ///< paid or credited so far; empty: nothing
    QString open;
    QString notes;
    bool draft = false;
};

/// Renders customer invoices (HTML laid out by QTextDocument) to a PDF file or a printer.
class CustomerInvoiceRenderer final
{
    Q_DECLARE_TR_FUNCTIONS(Erp::Client::Print::CustomerInvoiceRenderer)
public:
    static QString html(const CustomerInvoice& invoice);
    static void build(QTextDocument& document, const CustomerInvoice& invoice);
    static bool writePdf(const CustomerInvoice& invoice, const QString& path,
                         QString* error = nullptr);
    static bool print(const CustomerInvoice& invoice, QPagedPaintDevice& device);
};

/// What a printed customer statement shows: the company, the customer, the period, the
/// opening balance, each invoice, credit note and payment with the running balance, the
/// closing balance (also in Chinese capitals) and the aging as of the end date.
struct CustomerStatement
{
    struct Line
    {
        QString date;
        QString document; ///< "Invoice INV2026-000001"
        QString debit;
        QString credit;
        QString balance;
    };

    DeliveryNote::Company company;
    QString customerName;
    QString customerCode;
    QString from;
    QString to;
    QString opening;
    QList<Line> lines;
    QString debit;
    QString credit;
    QString closing;
    QString closingInWords;
    /// (bucket title, amount) in order: current, 1–30, 31–60, 61–90, > 90, unapplied, total.
    QList<QPair<QString, QString>> aging;
};

class CustomerStatementRenderer final
{
    Q_DECLARE_TR_FUNCTIONS(Erp::Client::Print::CustomerStatementRenderer)
public:
    static QString html(const CustomerStatement& statement);
    static void build(QTextDocument& document, const CustomerStatement& statement);
    static bool writePdf(const CustomerStatement& statement, const QString& path,
                         QString* error = nullptr);
    static bool print(const CustomerStatement& statement, QPagedPaintDevice& device);
};

} // namespace Erp::Client::Print
