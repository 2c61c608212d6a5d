#include "server/modules/crm/customertransfer.h"

#include "common/csv.h"
#include "common/jsonrpc.h"
#include "common/money.h"
#include "server/modules/crm/customerrepository.h"
#include "server/modules/crm/customerservice.h"
#include "server/rpc/callcontext.h"
#include "server/rpc/errors.h"
#include "server/storage/listquery.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>

#include <xlsxwriter.h>

namespace Erp::Server::Crm {

using Rpc::Error;

const QStringList& CustomerTransfer::columns()
{
    static const QStringList cols{
        QStringLiteral("code"),         QStringLiteral("name"),
        QStringLiteral("kind"),         QStringLiteral("tax_id"),
        QStringLiteral("industry"),     QStringLiteral("source"),
        QStringLiteral("tags"),         QStringLiteral("credit_limit"),
        QStringLiteral("currency"),     QStringLiteral("payment_terms_days"),
        QStringLiteral("owner"),        QStringLiteral("status"),
        QStringLiteral("contact_name"), QStringLiteral("contact_title"),
        QStringLiteral("phone"),        QStringLiteral("email"),
        QStringLiteral("country"),      QStringLiteral("province"),
        QStringLiteral("city"),         QStringLiteral("district"),
        QStringLiteral("address"),      QStringLiteral("postcode"),
        QStringLiteral("notes")};
    return cols;
}

namespace {

QStringList flatValues(const Customer& c)
{
    const Contact* k = c.primaryContact();
    const Address* a = c.defaultAddress();
    return {c.code,
            c.name,
            c.kind,
            c.taxId,
            c.industry,
            c.source,
            c.tags.join(QLatin1Char(';')),
            Money(c.creditLimit, c.currency).toString(),
            c.currency,
            QString::number(c.paymentTermsDays),
            c.ownerName,
            c.status,
            k ? k->name : QString(),
            k ? k->title : QString(),
            k ? k->phone : QString(),
            k ? k->email : QString(),
            a ? a->country : QString(),
            a ? a->province : QString(),
            a ? a->city : QString(),
            a ? a->district : QString(),
            a ? a->line1 : QString(),
            a ? a->postcode : QString(),
            c.notes};
}

QByteArray writeXlsx(const QList<Customer>& customers)
{
    QTemporaryDir dir;
    const QByteArray path = dir.filePath(QStringLiteral("export.xlsx")).toLocal8Bit();
    lxw_workbook* book = workbook_new(path.constData());
    if (!book)
        throw Error(Rpc::InternalError, QStringLiteral("Cannot create the XLSX file"))
            .withId(QStringLiteral("export.xlsx_failed"));
    lxw_worksheet* sheet = workbook_add_worksheet(book, "Customers");
    lxw_format* bold = workbook_add_format(book);
    format_set_bold(bold);
    lxw_format* money = workbook_add_format(book);
    format_set_num_format(money, "#,##0.00");
    const QStringList& cols = CustomerTransfer::columns();
    const int creditColumn = int(cols.indexOf(QStringLiteral("credit_limit")));
    for (int col = 0; col < cols.size(); ++col)
        worksheet_write_string(sheet, 0, lxw_col_t(col), cols.at(col).toUtf8().constData(), bold);
    worksheet_freeze_panes(sheet, 1, 0);
    lxw_row_t row = 1;
    for (const Customer& c : customers) {
        const QStringList values = flatValues(c);
        for (int col = 0; col < values.size(); ++col) {
            if (col == creditColumn) // Excel cells are doubles: exact to the cent below 2^53 cents
                worksheet_write_number(sheet, row, lxw_col_t(col), double(c.creditLimit) / 100.0,
                                       money);
            else if (!values.at(col).isEmpty())
                worksheet_write_string(sheet, row, lxw_col_t(col),
                                       values.at(col).toUtf8().constData(), nullptr);
        }
        ++row;
    }
    if (workbook_close(book) != LXW_NO_ERROR)
        throw Error(Rpc::InternalError, QStringLiteral("Cannot write the XLSX file"))
            .withId(QStringLiteral("export.xlsx_failed"));
    QFile f(QString::fromLocal8Bit(path));
    if (!f.open(QIODevice::ReadOnly))
        throw Error(Rpc::InternalError, QStringLiteral("Cannot read back the XLSX file"))
            .withId(QStringLiteral("export.xlsx_failed"));
    return f.readAll();
}

} // namespace

QJsonObject CustomerTransfer::exportRows(Rpc::CallContext& ctx, const QJsonObject& params)
{
    const QString format = params.value(QLatin1String("format")).toString(QStringLiteral("csv"));
    if (format != QLatin1String("csv") && format != QLatin1String("xlsx"))
        throw Error::validation(QStringLiteral("format"), QStringLiteral("invalid"),
                                QStringLiteral("must be csv or xlsx"),
                                QStringLiteral("export.format_csv_xlsx"));
    QJsonObject listParams = params;
    listParams.remove(QStringLiteral("format"));
    listParams.remove(QStringLiteral("ids"));
    // The same whitelist and filters as the list itself.
    static const QHash<QString, QString> sortable{
        {QStringLiteral("name"), QStringLiteral("c.name")},
        {QStringLiteral("code"), QStringLiteral("c.code")},
        {QStringLiteral("city"), QStringLiteral("c.city")},
        {QStringLiteral("updated_at"), QStringLiteral("c.updated_at")}};
    const auto query = Storage::ListQuery::parse(listParams, sortable, QStringLiteral("name"),
                                                 QStringLiteral("c.id"));
    bool truncated = false;
    const QList<Customer> customers =
        CustomerRepository(ctx.db, CustomerService::visibleTo(ctx))
            .listForExport(query, params.value(QLatin1String("ids")).toArray(), MaxExportRows,
                           &truncated);
    if (truncated)
        throw Error(
            Rpc::BusinessRule,
            QStringLiteral("More than %1 customers match; narrow the filter or export in parts")
                .arg(MaxExportRows))
            .withId(QStringLiteral("crm.export.too_many"),
                    QJsonObject{{QStringLiteral("max"), MaxExportRows}});

    QByteArray content;
    if (format == QLatin1String("csv")) {
        content = Csv::utf8Bom() + Csv::formatRow(columns());
        for (const Customer& c : customers)
            content += Csv::formatRow(flatValues(c));
    } else {
        content = writeXlsx(customers);
    }
    const QString stamp =
        QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    return QJsonObject{
        {QStringLiteral("format"), format},
        {QStringLiteral("filename"), QStringLiteral("customers-%1.%2").arg(stamp, format)},
        {QStringLiteral("mime"),
         format == QLatin1String("csv")
             ? QStringLiteral("text/csv; charset=utf-8")
             : QStringLiteral("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")},
        {QStringLiteral("rows"), int(customers.size())},
        {QStringLiteral("content_base64"), QString::fromLatin1(content.toBase64())},
    };
}

} // namespace Erp::Server::Crm
