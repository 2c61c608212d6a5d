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

/// A flat row (strings) -> the nested field object applyJson understands.
QJsonObject nestedFields(const QJsonObject& row)
{
    QJsonObject fields;
    for (const char* key : {"code", "name", "kind", "tax_id", "industry", "source", "tags",
                            "credit_limit", "currency", "payment_terms_days", "notes"}) {
        const QJsonValue v = row.value(QLatin1String(key));
        if (!v.isUndefined() && !(v.isString() && v.toString().trimmed().isEmpty()))
            fields.insert(QLatin1String(key), v);
    }
    auto s = [&row](const char* key) {
        return row.value(QLatin1String(key)).toVariant().toString().trimmed();
    };
    if (!s("contact_name").isEmpty() || !s("phone").isEmpty() || !s("email").isEmpty())
        fields.insert(
            QStringLiteral("contacts"),
            QJsonArray{QJsonObject{{QStringLiteral("name"),
                                    s("contact_name").isEmpty() ? s("name") : s("contact_name")},
                                   {QStringLiteral("title"), s("contact_title")},
                                   {QStringLiteral("phone"), s("phone")},
                                   {QStringLiteral("email"), s("email")},
                                   {QStringLiteral("is_primary"), true}}});
    if (!s("city").isEmpty() || !s("address").isEmpty())
        fields.insert(QStringLiteral("addresses"),
                      QJsonArray{QJsonObject{
                          {QStringLiteral("kind"), QStringLiteral("billing")},
                          {QStringLiteral("country"),
                           s("country").isEmpty() ? QStringLiteral("CN") : s("country").toUpper()},
                          {QStringLiteral("province"), s("province")},
                          {QStringLiteral("city"), s("city")},
                          {QStringLiteral("district"), s("district")},
                          {QStringLiteral("line1"), s("address")},
                          {QStringLiteral("postcode"), s("postcode")},
                          {QStringLiteral("is_default"), true}}});
    return fields;
}

/// Field errors of nested contacts/addresses point at the flat column the clerk knows.
QJsonArray flatFieldErrors(const QJsonArray& fields)
{
    static const QHash<QString, QString> flat{
        {QStringLiteral("contacts[0].name"), QStringLiteral("contact_name")},
        {QStringLiteral("contacts[0].title"), QStringLiteral("contact_title")},
        {QStringLiteral("contacts[0].phone"), QStringLiteral("phone")},
        {QStringLiteral("contacts[0].email"), QStringLiteral("email")},
        {QStringLiteral("addresses[0].country"), QStringLiteral("country")},
        {QStringLiteral("addresses[0].province"), QStringLiteral("province")},
        {QStringLiteral("addresses[0].city"), QStringLiteral("city")},
        {QStringLiteral("addresses[0].district"), QStringLiteral("district")},
        {QStringLiteral("addresses[0].line1"), QStringLiteral("address")},
        {QStringLiteral("addresses[0].postcode"), QStringLiteral("postcode")},
        {QStringLiteral("owner_id"), QStringLiteral("owner")},
    };
    QJsonArray out;
    for (const QJsonValue& v : fields) {
        QJsonObject f = v.toObject();
        f.insert(QStringLiteral("field"), flat.value(f.value(QLatin1String("field")).toString(),
                                                     f.value(QLatin1String("field")).toString()));
        out.append(f);
    }
    return out;
}

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

QJsonObject CustomerTransfer::importRows(Rpc::CallContext& ctx, const QJsonObject& params)
{
    QList<QJsonObject> rows;
    QList<int> rowNumbers; // 1-based data rows of the file, blank rows included
    if (params.value(QLatin1String("csv")).isString()) {
        const Csv::Table table = Csv::parse(params.value(QLatin1String("csv")).toString().toUtf8());
        if (!table.error.isEmpty())
            throw Error::validation(QStringLiteral("csv"), QStringLiteral("invalid"), table.error,
                                    QStringLiteral("import.csv_invalid"),
                                    QJsonObject{{QStringLiteral("detail"), table.error}});
        const QJsonObject mapping = params.value(QLatin1String("mapping")).toObject();
        QStringList fieldOfColumn;
        for (const QString& header : table.header) {
            const QString field =
                mapping.contains(header) ? mapping.value(header).toString() : header.toLower();
            fieldOfColumn.append(columns().contains(field) ? field : QString());
        }
        for (qsizetype r = 0; r < table.rows.size(); ++r) {
            const QStringList& values = table.rows.at(r);
            if (std::all_of(values.begin(), values.end(),
                            [](const QString& v) { return v.trimmed().isEmpty(); }))
                continue; // spreadsheets leave rows of empty cells behind
            QJsonObject row;
            for (qsizetype i = 0; i < values.size() && i < fieldOfColumn.size(); ++i)
                if (!fieldOfColumn.at(i).isEmpty())
                    row.insert(fieldOfColumn.at(i), values.at(i));
            rows.append(row);
            rowNumbers.append(int(r + 1));
        }
    } else {
        for (const QJsonValue& v : params.value(QLatin1String("rows")).toArray()) {
            if (!v.isObject())
                throw Error(Rpc::InvalidParams,
                            QStringLiteral("Invalid params: every entry of rows must be an object"))
                    .withId(QStringLiteral("import.row_not_object"));
            rows.append(v.toObject());
            rowNumbers.append(int(rows.size()));
        }
    }
    if (rows.size() > MaxImportRows)
        throw Error(
            Rpc::InvalidParams,
            QStringLiteral("Invalid params: at most %1 rows per call; send the file in batches")
                .arg(MaxImportRows))
            .withId(QStringLiteral("import.too_many_rows"),
                    QJsonObject{{QStringLiteral("max"), MaxImportRows}});

    const bool dryRun = params.value(QLatin1String("dry_run")).toBool();
    const bool updateExisting = params.value(QLatin1String("update_existing")).toBool();
    CustomerRepository repo(ctx.db);
    CustomerRepository visible(ctx.db, CustomerService::visibleTo(ctx));
    QJsonArray errors;
    int created = 0;
    int updated = 0;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QJsonObject& row = rows.at(i);
        try {
            Rpc::FieldErrors fieldErrors;
            Customer c;
            c.ownerId = ctx.identity.userId;
            const QString code =
                row.value(QLatin1String("code")).toVariant().toString().trimmed().toUpper();
            const qint64 existing = code.isEmpty() ? 0 : repo.idByCode(code);
            if (existing != 0 && updateExisting) {
                // A customer the caller may not see (record rules) is not updated by a file.
                const auto found = visible.byId(existing);
                if (!found)
                    throw Error::validation(QStringLiteral("code"), QStringLiteral("duplicate"),
                                            QStringLiteral("is already used"),
                                            QStringLiteral("crm.customer.code_taken"),
                                            {{QStringLiteral("code"), code}});
                c = *found;
            }
            const QJsonObject before = existing != 0 && updateExisting ? toJson(c) : QJsonObject();
            applyJson(c, nestedFields(row), fieldErrors, true);
            const QString owner =
                row.value(QLatin1String("owner")).toVariant().toString().trimmed();
            if (!owner.isEmpty()) {
                c.ownerId = repo.userIdByName(owner.toLower());
                if (c.ownerId == 0)
                    fieldErrors.add(QStringLiteral("owner"), QStringLiteral("unknown"),
                                    QStringLiteral("\"%1\" is not a user").arg(owner),
                                    QStringLiteral("crm.import.unknown_owner"),
                                    QJsonObject{{QStringLiteral("owner"), owner}});
            }
            fieldErrors.throwIfAny();
            if (existing != 0 && updateExisting) {
                Rpc::FieldErrors checks;
                m_service.check(repo, c, checks);
                checks.throwIfAny();
                if (!repo.update(c, c.version))
                    throw Rpc::versionConflict(QStringLiteral("customer"), c.version + 1);
                ctx.recordChange(QStringLiteral("customer"), c.id, c.version + 1, before,
                                 toJson(*repo.byId(c.id)), false);
                ++updated;
            } else {
                m_service.insertChecked(ctx, repo, c, true);
                ++created;
            }
        } catch (const Error& e) {
            QJsonArray fields = e.data.toObject().value(QLatin1String("fields")).toArray();
            if (fields.isEmpty())
                fields.append(QJsonObject{{QStringLiteral("field"), QString()},
                                          {QStringLiteral("code"), QStringLiteral("invalid")},
                                          {QStringLiteral("message"), e.message}});
            errors.append(QJsonObject{{QStringLiteral("row"), rowNumbers.at(i)},
                                      {QStringLiteral("fields"), flatFieldErrors(fields)}});
        }
    }
    const QJsonObject report{{QStringLiteral("total"), int(rows.size())},
                             {QStringLiteral("created"), errors.isEmpty() ? created : 0},
                             {QStringLiteral("updated"), errors.isEmpty() ? updated : 0},
                             {QStringLiteral("failed"), int(errors.size())},
                             {QStringLiteral("errors"), errors},
                             {QStringLiteral("dry_run"), dryRun}};
    if (dryRun) {
        ctx.rollbackOnly = true;
        return report;
    }
    if (!errors.isEmpty())
        throw Error(
            Rpc::ValidationFailed,
            QStringLiteral("%1 of %2 rows have errors; nothing was imported")
                .arg(errors.size())
                .arg(rows.size()),
            QJsonObject{{QStringLiteral("fields"), QJsonArray()}, {QStringLiteral("rows"), errors}})
            .withId(QStringLiteral("crm.import.failed"),
                    QJsonObject{{QStringLiteral("count"), errors.size()},
                                {QStringLiteral("rows"), rows.size()}});
    if (created + updated > 0)
        ctx.notifyChanged(QStringLiteral("customer"), 0, 0);
    return report;
}

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
