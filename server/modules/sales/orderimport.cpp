#include "server/modules/sales/orderimport.h"

#include "common/csv.h"
#include "common/jsonrpc.h"
#include "server/modules/inventory/inventorymodule.h"
#include "server/modules/sales/orderrepository.h"
#include "server/modules/sales/orderservice.h"
#include "server/rpc/callcontext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace Erp::Server::Sales {

using Rpc::Error;

namespace {

constexpr int MaxImportRows = 10000;

const QStringList& columns()
{
    static const QStringList cols{QStringLiteral("external_ref"),
                                  QStringLiteral("channel"),
                                  QStringLiteral("customer_code"),
                                  QStringLiteral("order_date"),
                                  QStringLiteral("requested_date"),
                                  QStringLiteral("sku"),
                                  QStringLiteral("qty"),
                                  QStringLiteral("unit_price"),
                                  QStringLiteral("discount_pct"),
                                  QStringLiteral("notes")};
    return cols;
}

struct Row
{
    int number = 0; ///< 1 = the first data row
    QHash<QString, QString> values;
    QString value(const char* key) const { return values.value(QLatin1String(key)).trimmed(); }
};

QJsonObject rowError(int row, const QString& field, const QString& code, const QString& message)
{
    return QJsonObject{{QStringLiteral("row"), row},
                       {QStringLiteral("field"), field},
                       {QStringLiteral("code"), code},
                       {QStringLiteral("message"), message}};
}

QList<Row> readRows(const QJsonObject& params)
{
    const QString format = params.value(QLatin1String("format")).toString();
    const QJsonValue data = params.value(QLatin1String("data"));
    QList<Row> rows;
    if (format == QLatin1String("csv")) {
        if (!data.isString())
            throw Error::validation(QStringLiteral("data"), QStringLiteral("invalid"),
                                    QStringLiteral("CSV data is UTF-8 text with a header line"),
                                    QStringLiteral("import.csv_text"));
        const Csv::Table table = Csv::parse(data.toString().toUtf8());
        if (!table.error.isEmpty())
            throw Error::validation(QStringLiteral("data"), QStringLiteral("invalid"), table.error,
                                    QStringLiteral("import.csv_invalid"),
                                    QJsonObject{{QStringLiteral("detail"), table.error}});
        QStringList fieldOfColumn;
        for (const QString& header : table.header) {
            const QString field = header.trimmed().toLower();
            fieldOfColumn.append(columns().contains(field) ? field : QString());
        }
        for (qsizetype r = 0; r < table.rows.size(); ++r) {
            const QStringList& values = table.rows.at(r);
            if (std::all_of(values.begin(), values.end(),
                            [](const QString& v) { return v.trimmed().isEmpty(); }))
                continue;
            Row row;
            row.number = int(r + 1);
            for (qsizetype i = 0; i < values.size() && i < fieldOfColumn.size(); ++i)
                if (!fieldOfColumn.at(i).isEmpty())
                    row.values.insert(fieldOfColumn.at(i), values.at(i));
            rows.append(row);
        }
    } else if (format == QLatin1String("json")) {
        QJsonArray array = data.toArray();
        if (data.isString()) {
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(data.toString().toUtf8(), &error);
            if (error.error != QJsonParseError::NoError || !doc.isArray())
                throw Error::validation(QStringLiteral("data"), QStringLiteral("invalid"),
                                        QStringLiteral("JSON data is an array of row objects"),
                                        QStringLiteral("import.json_rows"));
            array = doc.array();
        } else if (!data.isArray()) {
            throw Error::validation(QStringLiteral("data"), QStringLiteral("invalid"),
                                    QStringLiteral("JSON data is an array of row objects"),
                                    QStringLiteral("import.json_rows"));
        }
        for (qsizetype r = 0; r < array.size(); ++r) {
            const QJsonObject o = array.at(r).toObject();
            Row row;
            row.number = int(r + 1);
            for (auto it = o.begin(); it != o.end(); ++it)
                if (columns().contains(it.key()) && !it.value().isNull())
                    row.values.insert(it.key(), it.value().toVariant().toString());
            rows.append(row);
        }
    } else {
        throw Error::validation(QStringLiteral("format"), QStringLiteral("invalid"),
                                QStringLiteral("must be csv or json"),
                                QStringLiteral("import.format_csv_json"));
    }
    if (rows.size() > MaxImportRows)
        throw Error(Rpc::InvalidParams,
                    QStringLiteral("Invalid params: at most %1 rows per call; send the file in "
                                   "batches")
                        .arg(MaxImportRows))
            .withId(QStringLiteral("import.too_many_rows"),
                    QJsonObject{{QStringLiteral("max"), MaxImportRows}});
    return rows;
}

} // namespace

QJsonObject OrderImport::importOrders(Rpc::CallContext& ctx, const QJsonObject& params)
{
    const bool dryRun = params.value(QLatin1String("dry_run")).toBool();
    const QList<Row> rows = readRows(params);

    // Group the lines into orders by (channel, external_ref), in the order of the file.
    QStringList keys;
    QHash<QString, QList<const Row*>> groups;
    QJsonArray errors;
    for (const Row& row : rows) {
        const QString ref = row.value("external_ref");
        if (ref.isEmpty()) {
            errors.append(rowError(row.number, QStringLiteral("external_ref"),
                                   QStringLiteral("required"), QStringLiteral("is required")));
            continue;
        }
        const QString channel =
            row.value("channel").isEmpty() ? QStringLiteral("import") : row.value("channel");
        const QString key = channel + QLatin1Char('\n') + ref;
        if (!groups.contains(key))
            keys.append(key);
        groups[key].append(&row);
    }

    OrderRepository repo(ctx.db);
    QHash<QString, qint64> customerIds;
    QHash<QString, qint64> productIds;
    int created = 0;
    int skipped = 0;
    QJsonArray orders;
    for (const QString& key : std::as_const(keys)) {
        const QList<const Row*>& lines = groups.value(key);
        const Row& first = *lines.first();
        const QString channel = key.section(QLatin1Char('\n'), 0, 0);
        const QString ref = key.section(QLatin1Char('\n'), 1);
        const qint64 existing = repo.idByExternalRef(channel, ref);
        if (existing != 0) {
            ++skipped;
            orders.append(QJsonObject{{QStringLiteral("external_ref"), ref},
                                      {QStringLiteral("channel"), channel},
                                      {QStringLiteral("order_id"), existing},
                                      {QStringLiteral("skipped"), true}});
            continue;
        }
        const qsizetype errorsBefore = errors.size();
        // The order's header comes from its first row; other rows must agree.
        for (const char* field : {"customer_code", "order_date", "requested_date"}) {
            for (const Row* row : lines)
                if (row->value(field) != first.value(field))
                    errors.append(rowError(
                        row->number, QLatin1String(field), QStringLiteral("inconsistent"),
                        QStringLiteral("differs from row %1 of the same order").arg(first.number)));
        }
        const QString code = first.value("customer_code").toUpper();
        if (!customerIds.contains(code))
            customerIds.insert(code, code.isEmpty() ? 0 : repo.customerIdByCode(code));
        if (customerIds.value(code) == 0)
            errors.append(
                rowError(first.number, QStringLiteral("customer_code"),
                         code.isEmpty() ? QStringLiteral("required") : QStringLiteral("unknown"),
                         code.isEmpty() ? QStringLiteral("is required")
                                        : QStringLiteral("\"%1\" is not an active "
                                                         "customer")
                                              .arg(code)));
        QJsonArray lineFields;
        for (const Row* row : lines) {
            const QString sku = row->value("sku").toLower();
            if (!productIds.contains(sku)) {
                const auto product =
                    sku.isEmpty() ? std::nullopt : m_inventory.productBySku(ctx, sku);
                productIds.insert(sku, product ? product->id : 0);
            }
            if (productIds.value(sku) == 0)
                errors.append(rowError(
                    row->number, QStringLiteral("sku"),
                    sku.isEmpty() ? QStringLiteral("required") : QStringLiteral("unknown"),
                    sku.isEmpty()
                        ? QStringLiteral("is required")
                        : QStringLiteral("\"%1\" is not a product").arg(row->value("sku"))));
            QJsonObject line{{QStringLiteral("product_id"), productIds.value(sku)},
                             {QStringLiteral("qty"), row->value("qty")}};
            for (const char* optional : {"unit_price", "discount_pct", "notes"})
                if (!row->value(optional).isEmpty())
                    line.insert(QLatin1String(optional), row->value(optional));
            lineFields.append(line);
        }
        if (errors.size() > errorsBefore)
            continue;

        QJsonObject fields{{QStringLiteral("customer_id"), customerIds.value(code)},
                           {QStringLiteral("channel"), channel},
                           {QStringLiteral("external_ref"), ref},
                           {QStringLiteral("lines"), lineFields}};
        for (const char* optional : {"order_date", "requested_date"})
            if (!first.value(optional).isEmpty())
                fields.insert(QLatin1String(optional), first.value(optional));
        Order o;
        Rpc::FieldErrors fieldErrors;
        m_orders.applyFields(repo, o, fields, true, fieldErrors);
        try {
            fieldErrors.throwIfAny();
        } catch (const Error& e) {
            // lines[i].qty -> the i-th row of the order, column qty.
            static const QRegularExpression lineField(QStringLiteral("^lines\\[(\\d+)\\]\\.(.+)$"));
            for (const QJsonValue& v : e.data.toObject().value(QLatin1String("fields")).toArray()) {
                const QJsonObject f = v.toObject();
                QString field = f.value(QLatin1String("field")).toString();
                int row = first.number;
                const auto m = lineField.match(field);
                if (m.hasMatch()) {
                    row = lines.value(m.captured(1).toInt(), &first)->number;
                    field = m.captured(2);
                }
                if (field == QLatin1String("product_id"))
                    field = QStringLiteral("sku");
                errors.append(rowError(row, field, f.value(QLatin1String("code")).toString(),
                                       f.value(QLatin1String("message")).toString()));
            }
            continue;
        }
        m_orders.insertNew(ctx, repo, o, true);
        ++created;
        orders.append(QJsonObject{{QStringLiteral("external_ref"), ref},
                                  {QStringLiteral("channel"), channel},
                                  {QStringLiteral("order_id"), o.id},
                                  {QStringLiteral("number"), o.number}});
    }

    const QJsonObject report{{QStringLiteral("created"), created},
                             {QStringLiteral("skipped"), skipped},
                             {QStringLiteral("errors"), errors},
                             {QStringLiteral("orders"), orders},
                             {QStringLiteral("dry_run"), dryRun}};
    if (dryRun) {
        ctx.rollbackOnly = true;
        return report;
    }
    if (!errors.isEmpty()) {
        QJsonObject data = report;
        data.insert(QStringLiteral("created"), 0);
        data.insert(QStringLiteral("fields"), QJsonArray());
        throw Error(
            Rpc::ValidationFailed,
            QStringLiteral("%1 errors in the file; nothing was imported").arg(errors.size()), data)
            .withId(QStringLiteral("sales.import.failed"),
                    QJsonObject{{QStringLiteral("count"), errors.size()}});
    }
    if (created > 0)
        ctx.notifyChanged(QStringLiteral("sales.order"), 0, 0);
    return report;
}

} // namespace Erp::Server::Sales
