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

} // namespace

QJsonObject OrderImport::rowError(int row, const QString& field, const QString& code,
                                  const QString& message)
{
    return QJsonObject{{QStringLiteral("row"), row},
                       {QStringLiteral("field"), field},
                       {QStringLiteral("code"), code},
                       {QStringLiteral("message"), message}};
}

namespace {

QList<OrderImport::Row> readRows(const QJsonObject& params)
{
    const QString format = params.value(QLatin1String("format")).toString();
    const QJsonValue data = params.value(QLatin1String("data"));
    QList<OrderImport::Row> rows;
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
            OrderImport::Row row;
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
            OrderImport::Row row;
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

OrderImport::GroupResult OrderImport::importGroup(Rpc::CallContext& ctx, OrderRepository& repo,
                                                  const QString& channel, const QString& ref,
                                                  const QList<const Row*>& lines,
                                                  QJsonArray& errors, QJsonObject& order)
{
    const Row& first = *lines.first();
    const qint64 existing = repo.idByExternalRef(channel, ref);
    if (existing != 0) {
        order = QJsonObject{{QStringLiteral("external_ref"), ref},
                            {QStringLiteral("channel"), channel},
                            {QStringLiteral("order_id"), existing},
                            {QStringLiteral("skipped"), true}};
        return GroupResult::Skipped;
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
    const qint64 customerId = code.isEmpty() ? 0 : repo.customerIdByCode(code);
    if (customerId == 0)
        errors.append(rowError(
            first.number, QStringLiteral("customer_code"),
            code.isEmpty() ? QStringLiteral("required") : QStringLiteral("unknown"),
            code.isEmpty() ? QStringLiteral("is required")
                           : QStringLiteral("\"%1\" is not an active customer").arg(code)));
    QJsonArray lineFields;
    for (const Row* row : lines) {
        const QString sku = row->value("sku").toLower();
        const auto product = sku.isEmpty() ? std::nullopt : m_inventory.productBySku(ctx, sku);
        if (!product)
            errors.append(rowError(
                row->number, QStringLiteral("sku"),
                sku.isEmpty() ? QStringLiteral("required") : QStringLiteral("unknown"),
                sku.isEmpty() ? QStringLiteral("is required")
                              : QStringLiteral("\"%1\" is not a product").arg(row->value("sku"))));
        QJsonObject line{{QStringLiteral("product_id"), product ? product->id : 0},
                         {QStringLiteral("qty"), row->value("qty")}};
        for (const char* optional : {"unit_price", "discount_pct", "notes"})
            if (!row->value(optional).isEmpty())
                line.insert(QLatin1String(optional), row->value(optional));
        lineFields.append(line);
    }
    if (errors.size() > errorsBefore)
        return GroupResult::Failed;

    QJsonObject fields{{QStringLiteral("customer_id"), customerId},
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
        return GroupResult::Failed;
    }
    m_orders.insertNew(ctx, repo, o, true);
    order = QJsonObject{{QStringLiteral("external_ref"), ref},
                        {QStringLiteral("channel"), channel},
                        {QStringLiteral("order_id"), o.id},
                        {QStringLiteral("number"), o.number}};
    return GroupResult::Created;
}

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
    int created = 0;
    int skipped = 0;
    QJsonArray orders;
    for (const QString& key : std::as_const(keys)) {
        QJsonObject order;
        const GroupResult result =
            importGroup(ctx, repo, key.section(QLatin1Char('\n'), 0, 0),
                        key.section(QLatin1Char('\n'), 1), groups.value(key), errors, order);
        if (result == GroupResult::Created)
            ++created;
        else if (result == GroupResult::Skipped)
            ++skipped;
        if (result != GroupResult::Failed)
            orders.append(order);
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

Platform::ImportEntity OrderImport::entity()
{
    using Platform::ImportColumn;
    using Type = ImportColumn::Type;
    const auto col = [](const char* name, Type type, const char* label, QStringList aliases,
                        bool required) {
        return ImportColumn{QLatin1String(name),
                            type,
                            required,
                            QStringLiteral("sales.order.import.") + QLatin1String(name),
                            QLatin1String(label),
                            std::move(aliases)};
    };
    Platform::ImportEntity e;
    e.name = QStringLiteral("sales.order");
    e.permission = QStringLiteral("sales.order.write");
    e.labelId = QStringLiteral("sales.order.entity_open");
    e.label = QStringLiteral("Open sales orders");
    e.eventEntity = QStringLiteral("sales.order");
    e.keyColumn = QStringLiteral("external_ref");
    e.groupedByKey = true;
    e.columns = {
        col("external_ref", Type::Text, "External reference",
            {QStringLiteral("外部单号"), QStringLiteral("订单号"), QStringLiteral("平台单号")},
            true),
        col("channel", Type::Text, "Channel", {QStringLiteral("渠道"), QStringLiteral("平台")},
            false),
        col("customer_code", Type::Text, "Customer code",
            {QStringLiteral("客户编码"), QStringLiteral("客户")}, true),
        col("order_date", Type::Date, "Order date",
            {QStringLiteral("下单日期"), QStringLiteral("订单日期")}, false),
        col("requested_date", Type::Date, "Requested date",
            {QStringLiteral("要求交期"), QStringLiteral("交货日期")}, false),
        col("sku", Type::Text, "SKU", {QStringLiteral("货号"), QStringLiteral("物料编码")}, true),
        col("qty", Type::Decimal, "Quantity", {QStringLiteral("数量")}, true),
        col("unit_price", Type::Decimal, "Unit price", {QStringLiteral("单价")}, false),
        col("discount_pct", Type::Decimal, "Discount (%)", {QStringLiteral("折扣")}, false),
        col("notes", Type::Text, "Notes", {QStringLiteral("备注")}, false),
    };
    // All lines of one (channel, external_ref) form one order.
    e.fileKey = [](const QJsonObject& row) {
        const QString channel = row.value(QLatin1String("channel")).toString();
        return (channel.isEmpty() ? QStringLiteral("import") : channel) + QLatin1Char('\n') +
               row.value(QLatin1String("external_ref")).toString();
    };
    e.apply = [this](Rpc::CallContext& ctx, const QList<QJsonObject>& rows,
                     const QJsonObject&) -> Platform::ImportOutcome {
        QList<Row> lines;
        for (qsizetype i = 0; i < rows.size(); ++i) {
            Row row;
            row.number = int(i); // the index in the group: the framework maps it to the file
            for (auto it = rows.at(i).begin(); it != rows.at(i).end(); ++it)
                row.values.insert(it.key(), it.value().toString());
            lines.append(row);
        }
        QList<const Row*> pointers;
        for (const Row& row : lines)
            pointers.append(&row);
        const QString channel = lines.first().value("channel").isEmpty()
                                    ? QStringLiteral("import")
                                    : lines.first().value("channel");
        OrderRepository repo(ctx.db);
        QJsonArray errors;
        QJsonObject order;
        const GroupResult result = importGroup(
            ctx, repo, channel, lines.first().value("external_ref"), pointers, errors, order);
        if (result == GroupResult::Failed) {
            QJsonArray fields;
            for (const QJsonValue& v : errors) {
                QJsonObject f = v.toObject();
                fields.append(f);
            }
            throw Error(Rpc::ValidationFailed, QStringLiteral("The order has errors"),
                        QJsonObject{{QStringLiteral("fields"), fields}});
        }
        return result == GroupResult::Created ? Platform::ImportOutcome::Created
                                              : Platform::ImportOutcome::Unchanged;
    };
    return e;
}

} // namespace Erp::Server::Sales
