#include "server/modules/crm/customerservice.h"

#include "common/jsonrpc.h"
#include "server/modules/crm/crmevents.h"
#include "server/modules/crm/customerrepository.h"
#include "server/platform/documentnumbers.h"
#include "server/platform/eventbus.h"
#include "server/rpc/callcontext.h"
#include "server/rpc/errors.h"
#include "server/storage/auditlog.h"
#include "server/storage/listquery.h"

namespace Erp::Server::Crm {

using Rpc::Error;

namespace {

const QString kCustomer = QStringLiteral("customer");

/// One primary contact at most (the first marked, else the first), one default address per kind.
void normalize(Customer& c)
{
    c.name = c.name.trimmed();
    bool primarySeen = false;
    for (Contact& k : c.contacts) {
        k.isPrimary = k.isPrimary && !primarySeen;
        primarySeen = primarySeen || k.isPrimary;
    }
    if (!primarySeen && !c.contacts.isEmpty())
        c.contacts.first().isPrimary = true;
    for (const QString& kind : {QStringLiteral("billing"), QStringLiteral("shipping")}) {
        bool defaultSeen = false;
        for (Address& a : c.addresses) {
            if (a.kind != kind)
                continue;
            a.isDefault = a.isDefault && !defaultSeen;
            defaultSeen = defaultSeen || a.isDefault;
        }
        if (!defaultSeen) {
            for (Address& a : c.addresses) {
                if (a.kind == kind) {
                    a.isDefault = true;
                    break;
                }
            }
        }
    }
}

QJsonArray hitsJson(const QList<DuplicateHit>& hits)
{
    QJsonArray out;
    for (const DuplicateHit& h : hits)
        out.append(QJsonObject{{QStringLiteral("id"), h.id},
                               {QStringLiteral("code"), h.code},
                               {QStringLiteral("name"), h.name},
                               {QStringLiteral("reason"), h.reason}});
    return out;
}

} // namespace

const QString& CustomerService::recordEntity()
{
    static const QString entity = QStringLiteral("crm.customer");
    return entity;
}

Platform::RowScope CustomerService::visibleTo(const Rpc::CallContext& ctx)
{
    return Platform::RecordRules::sqlCondition(ctx, recordEntity(), QStringLiteral("c.owner_id"));
}

Customer CustomerService::load(CustomerRepository& repo, qint64 id)
{
    auto c = repo.byId(id);
    if (!c)
        throw Rpc::notFound(QStringLiteral("customer"), id);
    return *c;
}

QJsonObject CustomerService::get(Rpc::CallContext& ctx, qint64 id)
{
    CustomerRepository repo(ctx.db, visibleTo(ctx));
    return toJson(load(repo, id));
}

QByteArray CustomerService::list(Rpc::CallContext& ctx, const QJsonObject& params)
{
    static const QHash<QString, QString> sortable{
        {QStringLiteral("id"), QStringLiteral("c.id")},
        {QStringLiteral("code"), QStringLiteral("c.code")},
        {QStringLiteral("name"), QStringLiteral("c.name")},
        {QStringLiteral("kind"), QStringLiteral("c.kind")},
        {QStringLiteral("status"), QStringLiteral("c.status")},
        {QStringLiteral("industry"), QStringLiteral("c.industry")},
        {QStringLiteral("tax_id"), QStringLiteral("c.tax_id")},
        {QStringLiteral("credit_limit"), QStringLiteral("c.credit_limit")},
        {QStringLiteral("owner_name"), QStringLiteral("COALESCE(u.username, '')")},
        {QStringLiteral("contact_name"), QStringLiteral("c.contact_name")},
        {QStringLiteral("phone"), QStringLiteral("c.phone")},
        {QStringLiteral("email"), QStringLiteral("c.email")},
        {QStringLiteral("province"), QStringLiteral("c.province")},
        {QStringLiteral("city"), QStringLiteral("c.city")},
        {QStringLiteral("created_at"), QStringLiteral("c.created_at")},
        {QStringLiteral("updated_at"), QStringLiteral("c.updated_at")},
    };
    const auto query =
        Storage::ListQuery::parse(params, sortable, QStringLiteral("name"), QStringLiteral("c.id"));
    const QString status = query.filter.value(QLatin1String("status")).toString();
    if (!status.isEmpty() && !QStringList({QStringLiteral("all"), QStringLiteral("active"),
                                           QStringLiteral("archived"), QStringLiteral("merged")})
                                  .contains(status))
        throw Error(
            Rpc::InvalidParams,
            QStringLiteral("Invalid params: filter.status must be all, active, archived or merged"))
            .withId(QStringLiteral("crm.customer.filter_status"));
    return CustomerRepository(ctx.db, visibleTo(ctx)).list(query);
}

void CustomerService::check(CustomerRepository& repo, const Customer& c, Rpc::FieldErrors& errors)
{
    validate(c, errors);
    if (!c.code.isEmpty()) {
        const qint64 other = repo.idByCode(c.code);
        if (other != 0 && other != c.id)
            errors.add(QStringLiteral("code"), QStringLiteral("duplicate"),
                       QStringLiteral("is already used by another customer"),
                       QStringLiteral("crm.customer.code_taken"));
    }
    if (!c.taxId.isEmpty() && repo.idByTaxId(c.taxId, c.id) != 0)
        errors.add(QStringLiteral("tax_id"), QStringLiteral("duplicate"),
                   QStringLiteral("is already used by another customer"),
                   QStringLiteral("crm.customer.code_taken"));
    if (c.ownerId > 0 && !repo.userIsActive(c.ownerId))
        errors.add(QStringLiteral("owner_id"), QStringLiteral("unknown"),
                   QStringLiteral("is not an active user"),
                   QStringLiteral("validation.inactive_user"));
}

const Platform::NumberSeries& CustomerService::codeSeries()
{
    static const Platform::NumberSeries codes{QStringLiteral("crm.customer"),
                                              QStringLiteral("C{n:6}")};
    return codes;
}

void CustomerService::prepareInsert(CustomerRepository& repo, Customer& c,
                                    const std::function<QString()>& nextNumber)
{
    normalize(c);
    Rpc::FieldErrors errors;
    check(repo, c, errors);
    errors.throwIfAny();
    while (c.code.isEmpty()) {
        const QString candidate = nextNumber();
        if (repo.idByCode(candidate) == 0) // a code given by hand may have taken it
            c.code = candidate;
    }
}

Customer CustomerService::insertChecked(Rpc::CallContext& ctx, CustomerRepository& repo, Customer c,
                                        bool bulk)
{
    prepareInsert(repo, c, [&ctx] { return Platform::takeDocumentNumber(ctx.db, codeSeries()); });
    repo.insert(c);
    if (bulk) {
        // Imports and the demo: the record as written is the record stored; reading it back
        // would double the round trips per row (children ids stay 0 in the audit record).
        ctx.recordChange(kCustomer, c.id, c.version, QJsonValue::Null, toJson(c), false);
        return c;
    }
    const Customer stored = load(repo, c.id);
    ctx.recordChange(kCustomer, stored.id, stored.version, QJsonValue::Null, toJson(stored));
    return stored;
}

void CustomerService::insertPrepared(Rpc::CallContext& ctx, CustomerRepository& repo,
                                     QList<Customer>& records)
{
    repo.insertMany(records);
    // The audit records insertChecked writes in bulk mode, one per customer.
    QList<Storage::AuditLog::Entry> entries;
    entries.reserve(records.size());
    for (const Customer& c : std::as_const(records))
        entries.append({ctx.identity.userId, ctx.identity.username, ctx.method, kCustomer, c.id,
                        QJsonValue::Null, QJsonValue(), toJsonText(c)});
    Storage::AuditLog::appendMany(ctx.db, entries);
}

QJsonObject CustomerService::create(Rpc::CallContext& ctx, const QJsonObject& fields,
                                    bool allowDuplicates)
{
    CustomerRepository repo(ctx.db);
    Customer c;
    c.ownerId =
        ctx.identity.userId; // the clerk who enters a customer owns it unless told otherwise
    Rpc::FieldErrors errors;
    applyJson(c, fields, errors);
    errors.throwIfAny();
    if (!allowDuplicates) {
        const auto hits = CustomerRepository(ctx.db, visibleTo(ctx)).duplicates(c, 10);
        if (!hits.isEmpty()) {
            // The clerk decides: the client shows the candidates and may retry with
            // allow_duplicates.
            Rpc::FieldErrors fieldErrors;
            check(repo, c, fieldErrors);
            fieldErrors.throwIfAny();
            throw Error(Rpc::BusinessRule,
                        QStringLiteral("This customer may already exist: %1 (%2)")
                            .arg(hits.first().name, hits.first().code),
                        QJsonObject{{QStringLiteral("reason"), QStringLiteral("duplicates")},
                                    {QStringLiteral("duplicates"), hitsJson(hits)}})
                .withId(QStringLiteral("crm.customer.possible_duplicate"),
                        QJsonObject{{QStringLiteral("name"), hits.first().name},
                                    {QStringLiteral("code"), hits.first().code}});
        }
    }
    return toJson(insertChecked(ctx, repo, c, false));
}

QJsonObject CustomerService::update(Rpc::CallContext& ctx, qint64 id, qint64 version,
                                    const QJsonObject& fields)
{
    CustomerRepository visible(ctx.db, visibleTo(ctx));
    CustomerRepository repo(ctx.db); // the clerk may give the customer to a colleague
    Customer c = load(visible, id);
    if (c.version != version)
        throw Rpc::versionConflict(QStringLiteral("customer"), c.version);
    if (c.status == QLatin1String("merged"))
        throw Error(
            Rpc::BusinessRule,
            QStringLiteral("This customer was merged into another one and can no longer change"))
            .withId(QStringLiteral("crm.customer.merged"));
    const QJsonObject before = toJson(c);
    Rpc::FieldErrors errors;
    applyJson(c, fields, errors);
    if (fields.contains(QLatin1String("code")) && c.code.isEmpty())
        errors.add(QStringLiteral("code"), QStringLiteral("required"),
                   QStringLiteral("cannot be emptied"),
                   QStringLiteral("validation.cannot_be_emptied"));
    normalize(c);
    check(repo, c, errors);
    errors.throwIfAny();
    if (!repo.update(c, version))
        throw Rpc::versionConflict(QStringLiteral("customer"), version + 1);
    const Customer stored = load(repo, id);
    ctx.recordChange(kCustomer, id, stored.version, before, toJson(stored));
    return toJson(stored);
}

QJsonObject CustomerService::setArchived(Rpc::CallContext& ctx, qint64 id, qint64 version,
                                         bool archived)
{
    CustomerRepository repo(ctx.db, visibleTo(ctx));
    Customer c = load(repo, id);
    if (c.version != version)
        throw Rpc::versionConflict(QStringLiteral("customer"), c.version);
    const QString from = archived ? QStringLiteral("active") : QStringLiteral("archived");
    if (c.status != from)
        throw Error(Rpc::BusinessRule,
                    archived ? QStringLiteral("Only an active customer can be archived")
                             : QStringLiteral("Only an archived customer can be restored"),
                    QJsonObject{{QStringLiteral("status"), c.status}})
            .withId(archived ? QStringLiteral("crm.customer.archive_not_active")
                             : QStringLiteral("crm.customer.restore_not_archived"),
                    QJsonObject{{QStringLiteral("status"), c.status}});
    const QJsonObject before{{QStringLiteral("status"), c.status}};
    c.status = archived ? QStringLiteral("archived") : QStringLiteral("active");
    if (!repo.update(c, version))
        throw Rpc::versionConflict(QStringLiteral("customer"), version + 1);
    ctx.recordChange(kCustomer, id, version + 1, before,
                     QJsonObject{{QStringLiteral("status"), c.status}});
    return toJson(load(repo, id));
}

QJsonObject CustomerService::merge(Rpc::CallContext& ctx, qint64 survivorId, qint64 duplicateId)
{
    if (survivorId == duplicateId)
        throw Error::validation(QStringLiteral("duplicate_id"), QStringLiteral("invalid"),
                                QStringLiteral("must differ from the survivor"),
                                QStringLiteral("crm.merge.same_customer"));
    CustomerRepository visible(ctx.db, visibleTo(ctx));
    CustomerRepository repo(ctx.db);
    Customer survivor = load(visible, survivorId);
    Customer duplicate = load(visible, duplicateId);
    if (survivor.status == QLatin1String("merged") || duplicate.status == QLatin1String("merged"))
        throw Error(Rpc::BusinessRule,
                    QStringLiteral("A customer that was already merged cannot be merged again"))
            .withId(QStringLiteral("crm.customer.already_merged"));
    const QJsonObject survivorBefore = toJson(survivor);
    const QJsonObject duplicateBefore = toJson(duplicate);

    for (Contact k : duplicate.contacts) {
        k.id = 0;
        k.isPrimary = false;
        survivor.contacts.append(k);
    }
    for (Address a : duplicate.addresses) {
        a.id = 0;
        a.isDefault = false;
        survivor.addresses.append(a);
    }
    for (const QString& tag : duplicate.tags)
        if (!survivor.tags.contains(tag))
            survivor.tags.append(tag);
    auto fill = [](QString& target, const QString& source) {
        if (target.isEmpty())
            target = source;
    };
    const QString duplicateTaxId = duplicate.taxId;
    fill(survivor.industry, duplicate.industry);
    fill(survivor.source, duplicate.source);
    if (!duplicate.notes.isEmpty())
        survivor.notes = survivor.notes.isEmpty()
                             ? duplicate.notes
                             : survivor.notes + QStringLiteral("\n") + duplicate.notes;
    if (survivor.ownerId == 0)
        survivor.ownerId = duplicate.ownerId;

    // The duplicate first gives up its tax id (unique), then the survivor may take it.
    duplicate.taxId.clear();
    duplicate.status = QStringLiteral("merged");
    duplicate.mergedInto = survivor.id;
    if (!repo.update(duplicate, duplicate.version))
        throw Rpc::versionConflict(QStringLiteral("customer"), duplicate.version + 1);
    fill(survivor.taxId, duplicateTaxId);
    normalize(survivor);
    if (!repo.update(survivor, survivor.version))
        throw Rpc::versionConflict(QStringLiteral("customer"), survivor.version + 1);
    m_events.publish(ctx, Events::CustomerMerged{duplicateId, survivorId});

    const Customer storedDuplicate = load(repo, duplicateId);
    const Customer storedSurvivor = load(repo, survivorId);
    ctx.recordChange(kCustomer, duplicateId, storedDuplicate.version, duplicateBefore,
                     toJson(storedDuplicate));
    ctx.recordChange(kCustomer, survivorId, storedSurvivor.version, survivorBefore,
                     toJson(storedSurvivor));
    return toJson(storedSurvivor);
}

QJsonArray CustomerService::duplicates(Rpc::CallContext& ctx, const QJsonObject& fields,
                                       qint64 excludingId)
{
    Customer c;
    c.id = excludingId;
    Rpc::FieldErrors ignored; // a half-typed form still gets its warnings
    applyJson(c, fields, ignored);
    return hitsJson(CustomerRepository(ctx.db, visibleTo(ctx)).duplicates(c, 10));
}

} // namespace Erp::Server::Crm
