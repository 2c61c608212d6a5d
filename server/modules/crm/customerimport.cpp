#include "server/modules/crm/customerimport.h"

#include "common/csv.h"
#include "common/jsonrpc.h"
#include "server/modules/crm/customerrepository.h"
#include "server/modules/crm/customerservice.h"
#include "server/platform/documentnumbers.h"
#include "server/platform/importservice.h"
#include "server/rpc/callcontext.h"
#include "server/storage/database.h"

#include <QJsonArray>
#include <QMap>

namespace Erp::Server::Crm {

using Platform::ImportColumn;
using Platform::ImportOutcome;
using Platform::ImportPass;
using Platform::ImportRecord;
using Platform::ImportResult;
using Type = ImportColumn::Type;
using Rpc::Error;

namespace {

QString s(const QJsonObject& row, const char* key)
{
    return row.value(QLatin1String(key)).toString().trimmed();
}

/// The columns of a flat row that are fields of the customer record itself.
const char* const kRecordColumns[] = {
    "code",   "name", "kind",         "tax_id",   "industry",
    "source", "tags", "credit_limit", "currency", "payment_terms_days",
    "notes"};

/// The row's contact and address as the nested fields applyJson understands. Empty cells are
/// left out: applyJson keeps a field's default for an absent key as for an empty text.
QJsonObject childFields(const QJsonObject& row)
{
    QJsonObject fields;
    const auto put = [&row](QJsonObject& o, const char* key, const char* column) {
        const QString value = s(row, column);
        if (!value.isEmpty())
            o.insert(QLatin1String(key), value);
    };
    const QString contactName = s(row, "contact_name");
    const QString phone = s(row, "phone");
    const QString email = s(row, "email");
    if (!contactName.isEmpty() || !phone.isEmpty() || !email.isEmpty()) {
        QJsonObject contact{
            {QStringLiteral("name"), contactName.isEmpty() ? s(row, "name") : contactName},
            {QStringLiteral("is_primary"), true}};
        put(contact, "title", "contact_title");
        put(contact, "phone", "phone");
        put(contact, "email", "email");
        fields.insert(QStringLiteral("contacts"), QJsonArray{contact});
    }
    const QString city = s(row, "city");
    const QString address = s(row, "address");
    if (!city.isEmpty() || !address.isEmpty()) {
        const QString country = s(row, "country");
        QJsonObject billing{{QStringLiteral("kind"), QStringLiteral("billing")},
                            {QStringLiteral("country"),
                             country.isEmpty() ? QStringLiteral("CN") : country.toUpper()},
                            {QStringLiteral("is_default"), true}};
        put(billing, "province", "province");
        put(billing, "city", "city");
        put(billing, "district", "district");
        put(billing, "line1", "address");
        put(billing, "postcode", "postcode");
        fields.insert(QStringLiteral("addresses"), QJsonArray{billing});
    }
    return fields;
}

/// A flat row -> the nested field object applyJson understands.
QJsonObject nestedFields(const QJsonObject& row)
{
    QJsonObject fields = childFields(row);
    for (const char* key : kRecordColumns) {
        const QString value = s(row, key);
        if (!value.isEmpty())
            fields.insert(QLatin1String(key), value);
    }
    return fields;
}

/// Field errors of nested contacts/addresses point at the flat column the clerk knows.
Error flatColumns(const Error& e)
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
    Error out = e;
    QJsonObject data = e.data.toObject();
    QJsonArray fields;
    for (const QJsonValue& v : data.value(QLatin1String("fields")).toArray()) {
        QJsonObject f = v.toObject();
        const QString field = f.value(QLatin1String("field")).toString();
        f.insert(QStringLiteral("field"), flat.value(field, field));
        fields.append(f);
    }
    data.insert(QStringLiteral("fields"), fields);
    out.data = data;
    return out;
}

QJsonObject comparable(const Customer& c)
{
    QJsonObject o = toJson(c);
    for (const char* key : {"version", "updated_at", "created_at", "owner_name"})
        o.remove(QLatin1String(key));
    return o;
}

/// A row of the file as the customer it describes, before anything is looked up: the create
/// path's parsing (applyJson) and the owner the file names. Throws the row's field errors.
struct RowCustomer
{
    QJsonObject row;
    Customer candidate;
    QString owner;
};

RowCustomer parseRow(Rpc::CallContext& ctx, CustomerRepository& repo, const QJsonObject& row)
{
    RowCustomer r;
    r.row = row;
    Rpc::FieldErrors errors;
    r.candidate.ownerId = ctx.identity.userId;
    // applyJson(nestedFields(row)) in two steps without copying the record's own columns: the
    // staged row holds them trimmed and non-empty, as nestedFields would, and applyJson reads
    // no other column of it (the second step adds the contact and the address).
    applyJson(r.candidate, row, errors, true);
    const QJsonObject children = childFields(row);
    if (!children.isEmpty())
        applyJson(r.candidate, children, errors, true);
    r.owner = s(row, "owner");
    if (!r.owner.isEmpty()) {
        r.candidate.ownerId = repo.userIdByName(r.owner.toLower());
        if (r.candidate.ownerId == 0)
            errors.add(QStringLiteral("owner"), QStringLiteral("unknown"),
                       QStringLiteral("\"%1\" is not a user").arg(r.owner),
                       QStringLiteral("crm.import.unknown_owner"),
                       {{QStringLiteral("owner"), r.owner}});
    }
    errors.throwIfAny();
    return r;
}

/// Which customer the row names: its code, or the create path's duplicate check; 0 = none.
qint64 namedCustomer(CustomerRepository& repo, const Customer& candidate)
{
    qint64 existing = candidate.code.isEmpty() ? 0 : repo.idByCode(candidate.code.toUpper());
    if (existing == 0 && candidate.code.isEmpty()) {
        const QList<DuplicateHit> hits = repo.duplicates(candidate, 1);
        if (!hits.isEmpty())
            existing = hits.first().id;
    }
    return existing;
}

/// What a row that names an existing customer changes: the fields for the service's update
/// at the customer's version, or nothing.
struct PlannedUpdate
{
    bool unchanged = true;
    qint64 version = 0;
    QJsonObject fields;
};

PlannedUpdate planUpdate(Rpc::CallContext& ctx, CustomerRepository& repo, qint64 existing,
                         const RowCustomer& r)
{
    // A customer the caller may not see (record rules) is not updated by a file either.
    if (!CustomerRepository(ctx.db, CustomerService::visibleTo(ctx)).byId(existing))
        throw Error::validation(QStringLiteral("code"), QStringLiteral("duplicate"),
                                QStringLiteral("is already used by another customer"),
                                QStringLiteral("crm.customer.code_taken"));
    const Customer stored = *repo.byId(existing);
    if (stored.status == QLatin1String("merged"))
        throw Error::validation(QStringLiteral("code"), QStringLiteral("merged"),
                                QStringLiteral("names a customer merged into another one"),
                                QStringLiteral("crm.import.merged"));
    QJsonObject update = nestedFields(r.row);
    update.remove(QStringLiteral("code"));
    // An update keeps the customer's contacts and addresses; the file's are added only to a
    // customer that has none (so a re-import never drops what clerks entered since).
    if (!stored.contacts.isEmpty())
        update.remove(QStringLiteral("contacts"));
    if (!stored.addresses.isEmpty())
        update.remove(QStringLiteral("addresses"));
    if (!r.owner.isEmpty())
        update.insert(QStringLiteral("owner_id"), r.candidate.ownerId);
    Customer after = stored;
    Rpc::FieldErrors ignored;
    applyJson(after, update, ignored, true);
    after.name = after.name.trimmed();
    if (comparable(after) == comparable(stored))
        return {};
    // The service's update: the same rules as an edit in the form.
    QJsonObject strict = update;
    if (strict.contains(QLatin1String("tags")))
        strict.insert(QStringLiteral("tags"), QJsonArray::fromStringList(after.tags));
    if (strict.contains(QLatin1String("payment_terms_days")))
        strict.insert(QStringLiteral("payment_terms_days"), after.paymentTermsDays);
    return {false, stored.version, strict};
}

ImportOutcome importCustomer(Rpc::CallContext& ctx, CustomerService& service,
                             const QJsonObject& row)
{
    CustomerRepository repo(ctx.db);
    const RowCustomer r = parseRow(ctx, repo, row);
    const qint64 existing = namedCustomer(repo, r.candidate);
    if (existing == 0) {
        service.insertChecked(ctx, repo, r.candidate, true);
        return ImportOutcome::Created;
    }
    const PlannedUpdate plan = planUpdate(ctx, repo, existing, r);
    if (plan.unchanged)
        return ImportOutcome::Unchanged;
    service.update(ctx, existing, plan.version, plan.fields);
    return ImportOutcome::Updated;
}

/// The bulk path: the records in file order with the effect and the problems of
/// importCustomer for each in turn (the same parsing, lookups, checks and update), but
///  * the batch's codes, tax ids and duplicate keys are looked up at once, and the batch's own
///    new customers answer the lookups of the rows after them before they are written;
///  * new customers are written together (a statement per table, one audit record each), and
///    their generated codes are taken as one block of the series;
///  * the dry run (Check) writes no new customer at all: check() has found every problem the
///    store could (codes, tax ids, owners), so the trial inserts would only be rolled back.
/// A row that changes an existing customer goes through the service's update after the new
/// customers before it were written, exactly as one by one.
QList<ImportResult> importCustomers(Rpc::CallContext& ctx, CustomerService& service,
                                    const QList<ImportRecord>& records, ImportPass pass)
{
    CustomerRepository repo(ctx.db);
    const qsizetype count = records.size();
    QList<ImportResult> results(count);
    QList<std::optional<RowCustomer>> rows(count);
    QList<const Customer*> candidates;
    int codeless = 0;
    for (qsizetype i = 0; i < count; ++i) {
        try {
            rows[i] = parseRow(ctx, repo, records.at(i).rows.first());
            candidates.append(&rows.at(i)->candidate);
            codeless += rows.at(i)->candidate.code.isEmpty() ? 1 : 0;
        } catch (const Error& e) {
            results[i].error = flatColumns(e);
        }
    }
    repo.prefetch(candidates);

    Platform::NumberBlock numbers(ctx.db, CustomerService::codeSeries());
    QList<Customer> pending; // new customers not written yet
    QList<qsizetype> pendingAt;
    qint64 placeholder = 0;
    // Writes the pending customers; on a refusal of the store, the results end at the first
    // of them.
    const auto flush = [&]() -> std::optional<qsizetype> {
        if (pending.isEmpty())
            return std::nullopt;
        QList<qint64> placeholders;
        for (const Customer& c : std::as_const(pending))
            placeholders.append(c.id);
        try {
            service.insertPrepared(ctx, repo, pending);
        } catch (const Storage::StoreError& e) {
            if (e.transient || e.connectionLost)
                throw;
            results[pendingAt.first()].storeError = e.message;
            return pendingAt.first();
        }
        QHash<qint64, qint64> ids;
        for (qsizetype k = 0; k < pending.size(); ++k)
            ids.insert(placeholders.at(k), pending.at(k).id);
        repo.resolve(ids);
        pending.clear();
        pendingAt.clear();
        return std::nullopt;
    };
    for (qsizetype i = 0; i < count; ++i) {
        if (!rows.at(i))
            continue;
        const RowCustomer& r = *rows.at(i);
        if (r.candidate.code.isEmpty())
            --codeless; // the rows after this one that may need a generated code
        try {
            qint64 existing = namedCustomer(repo, r.candidate);
            if (existing == 0) {
                Customer c = r.candidate;
                service.prepareInsert(repo, c, [&] {
                    if (numbers.isEmpty()) {
                        numbers.take(codeless + 1);
                        repo.prefetchCodes(numbers.available());
                    }
                    return numbers.next();
                });
                c.id = --placeholder;
                repo.remember(c);
                pending.append(c);
                pendingAt.append(i);
                results[i].outcome = ImportOutcome::Created;
                continue;
            }
            if (existing < 0) { // a new customer of this batch: write it, then update it
                if (const auto refused = flush())
                    return results.mid(0, *refused + 1);
                existing = namedCustomer(repo, r.candidate);
            }
            const PlannedUpdate plan = planUpdate(ctx, repo, existing, r);
            if (plan.unchanged) {
                results[i].outcome = ImportOutcome::Unchanged;
                continue;
            }
            if (const auto refused = flush())
                return results.mid(0, *refused + 1);
            service.update(ctx, existing, plan.version, plan.fields);
            repo.forget(existing);
            results[i].outcome = ImportOutcome::Updated;
        } catch (const Error& e) {
            results[i].error = flatColumns(e);
        } catch (const Storage::StoreError& e) {
            if (e.transient || e.connectionLost)
                throw;
            results[i].storeError = e.message;
            return results.mid(0, i + 1);
        }
    }
    if (pass == ImportPass::Write)
        if (const auto refused = flush())
            return results.mid(0, *refused + 1);
    numbers.release();
    return results;
}

ImportColumn col(const char* name, Type type, const char* label, QStringList aliases,
                 bool required = false)
{
    return ImportColumn{QLatin1String(name),
                        type,
                        required,
                        QStringLiteral("crm.customer.field.") + QLatin1String(name),
                        QLatin1String(label),
                        std::move(aliases)};
}

} // namespace

Platform::ImportEntity customerImportEntity(CustomerService& service)
{
    Platform::ImportEntity e;
    e.name = QStringLiteral("crm.customer");
    e.permission = QStringLiteral("crm.customer.import");
    e.labelId = QStringLiteral("crm.customer.entity");
    e.label = QStringLiteral("Customers");
    e.eventEntity = QStringLiteral("customer");
    e.keyColumn = QStringLiteral("code");
    e.columns = {
        col("code", Type::Text, "Code", {QStringLiteral("客户编码"), QStringLiteral("编码")}),
        col("name", Type::Text, "Name",
            {QStringLiteral("客户名称"), QStringLiteral("名称"), QStringLiteral("客户")}, true),
        col("kind", Type::Text, "Kind", {QStringLiteral("类型")}),
        col("tax_id", Type::Text, "Tax ID",
            {QStringLiteral("税号"), QStringLiteral("统一社会信用代码")}),
        col("industry", Type::Text, "Industry", {QStringLiteral("行业")}),
        col("source", Type::Text, "Source", {QStringLiteral("来源")}),
        col("tags", Type::Text, "Tags", {QStringLiteral("标签")}),
        col("credit_limit", Type::Decimal, "Credit limit", {QStringLiteral("信用额度")}),
        col("currency", Type::Text, "Currency", {QStringLiteral("币种")}),
        col("payment_terms_days", Type::Integer, "Payment terms (days)",
            {QStringLiteral("账期"), QStringLiteral("付款期限")}),
        col("owner", Type::Text, "Owner", {QStringLiteral("负责人")}),
        col("status", Type::Text, "Status", {QStringLiteral("状态")}),
        col("contact_name", Type::Text, "Contact", {QStringLiteral("联系人")}),
        col("contact_title", Type::Text, "Contact title", {QStringLiteral("职务")}),
        col("phone", Type::Text, "Phone",
            {QStringLiteral("电话"), QStringLiteral("手机"), QStringLiteral("联系电话")}),
        col("email", Type::Text, "E-mail", {QStringLiteral("邮箱"), QStringLiteral("电子邮件")}),
        col("country", Type::Text, "Country", {QStringLiteral("国家")}),
        col("province", Type::Text, "Province", {QStringLiteral("省份"), QStringLiteral("省")}),
        col("city", Type::Text, "City", {QStringLiteral("城市"), QStringLiteral("市")}),
        col("district", Type::Text, "District", {QStringLiteral("区县"), QStringLiteral("区")}),
        col("address", Type::Text, "Address", {QStringLiteral("地址"), QStringLiteral("详细地址")}),
        col("postcode", Type::Text, "Postcode", {QStringLiteral("邮编")}),
        col("notes", Type::Text, "Notes", {QStringLiteral("备注")}),
    };
    // Without a code, the name names the customer inside the file (two rows of one name are
    // reported as a repeat).
    e.fileKey = [](const QJsonObject& row) {
        const QString code = s(row, "code").toUpper();
        return code.isEmpty() ? QStringLiteral("name:") + s(row, "name").toLower() : code;
    };
    CustomerService* svc = &service;
    e.apply = [svc](Rpc::CallContext& ctx, const QList<QJsonObject>& rows,
                    const QJsonObject&) -> ImportOutcome {
        try {
            return importCustomer(ctx, *svc, rows.first());
        } catch (const Error& err) {
            throw flatColumns(err);
        }
    };
    e.applyBatch = [svc](Rpc::CallContext& ctx, const QList<ImportRecord>& records,
                         const QJsonObject&,
                         ImportPass pass) { return importCustomers(ctx, *svc, records, pass); };
    e.tables = {QStringLiteral("customers"), QStringLiteral("customer_contacts"),
                QStringLiteral("customer_addresses"), QStringLiteral("customer_tags")};
    return e;
}

} // namespace Erp::Server::Crm

namespace Erp::Server::Crm {

QJsonObject importCustomersInline(Rpc::CallContext& ctx, Platform::ImportService& imports,
                                  const QJsonObject& params)
{
    QJsonArray rows;
    if (params.value(QLatin1String("csv")).isString()) {
        const Csv::Table table = Csv::parse(params.value(QLatin1String("csv")).toString().toUtf8());
        if (!table.error.isEmpty())
            throw Error::validation(QStringLiteral("csv"), QStringLiteral("invalid"), table.error,
                                    QStringLiteral("import.csv_invalid"),
                                    {{QStringLiteral("detail"), table.error}});
        const QJsonObject mapping = params.value(QLatin1String("mapping")).toObject();
        QStringList fieldOfColumn;
        for (const QString& header : table.header)
            fieldOfColumn.append(mapping.contains(header) ? mapping.value(header).toString()
                                                          : header.trimmed().toLower());
        for (qsizetype r = 0; r < table.rows.size(); ++r) {
            QJsonObject values;
            const QStringList& cells = table.rows.at(r);
            for (qsizetype i = 0; i < cells.size() && i < fieldOfColumn.size(); ++i)
                values.insert(fieldOfColumn.at(i), cells.at(i));
            rows.append(QJsonObject{{QStringLiteral("row"), int(r + 1)},
                                    {QStringLiteral("values"), values}});
        }
    } else {
        int r = 0;
        for (const QJsonValue& v : params.value(QLatin1String("rows")).toArray()) {
            if (!v.isObject())
                throw Error(Rpc::InvalidParams,
                            QStringLiteral("Invalid params: every entry of rows must be an object"))
                    .withId(QStringLiteral("import.row_not_object"));
            rows.append(QJsonObject{{QStringLiteral("row"), ++r},
                                    {QStringLiteral("values"), v.toObject()}});
        }
    }
    if (rows.size() > Platform::ImportService::MaxBatchRows)
        throw Error(Rpc::InvalidParams,
                    QStringLiteral("Invalid params: at most %1 rows per call; use "
                                   "platform.import for larger files")
                        .arg(Platform::ImportService::MaxBatchRows))
            .withId(QStringLiteral("import.too_many_rows"),
                    {{QStringLiteral("max"), Platform::ImportService::MaxBatchRows}});
    const bool dryRun = params.value(QLatin1String("dry_run")).toBool();
    const QJsonObject report =
        imports.runInline(ctx, QStringLiteral("crm.customer"), rows, {}, dryRun);

    // The problems in the shape this method always answered: [{row, fields: [{field, ...}]}].
    QMap<int, QJsonArray> byRow;
    for (const QJsonValue& v : report.value(QLatin1String("problems")).toArray()) {
        const QJsonObject p = v.toObject();
        byRow[p.value(QLatin1String("row")).toInt()].append(
            QJsonObject{{QStringLiteral("field"), p.value(QLatin1String("column"))},
                        {QStringLiteral("code"), p.value(QLatin1String("code"))},
                        {QStringLiteral("message"), p.value(QLatin1String("message"))},
                        {QStringLiteral("message_id"), p.value(QLatin1String("message_id"))},
                        {QStringLiteral("args"), p.value(QLatin1String("args"))}});
    }
    QJsonArray errors;
    for (auto it = byRow.cbegin(); it != byRow.cend(); ++it)
        errors.append(
            QJsonObject{{QStringLiteral("row"), it.key()}, {QStringLiteral("fields"), it.value()}});
    const int total = report.contains(QLatin1String("staged"))
                          ? report.value(QLatin1String("staged")).toInt()
                          : report.value(QLatin1String("total")).toInt();
    if (!dryRun && !errors.isEmpty())
        throw Error(
            Rpc::ValidationFailed,
            QStringLiteral("%1 of %2 rows have errors; nothing was imported")
                .arg(errors.size())
                .arg(total),
            QJsonObject{{QStringLiteral("fields"), QJsonArray()}, {QStringLiteral("rows"), errors}})
            .withId(
                QStringLiteral("crm.import.failed"),
                {{QStringLiteral("failed"), int(errors.size())}, {QStringLiteral("total"), total}});
    return QJsonObject{
        {QStringLiteral("total"), total},
        {QStringLiteral("created"), report.value(QLatin1String("created")).toInt()},
        {QStringLiteral("updated"), report.value(QLatin1String("updated")).toInt()},
        {QStringLiteral("unchanged"), report.value(QLatin1String("unchanged")).toInt()},
        {QStringLiteral("failed"), int(errors.size())},
        {QStringLiteral("errors"), errors},
        {QStringLiteral("dry_run"), dryRun}};
}

} // namespace Erp::Server::Crm
