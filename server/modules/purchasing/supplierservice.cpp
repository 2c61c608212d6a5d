#include "server/modules/purchasing/supplierservice.h"

#include "common/jsonrpc.h"
#include "server/modules/purchasing/supplierrepository.h"
#include "server/platform/documentnumbers.h"
#include "server/rpc/callcontext.h"
#include "server/rpc/errors.h"
#include "server/storage/listquery.h"

namespace Erp::Server::Purchasing {

using Rpc::Error;

namespace {

const QString kEntity = QStringLiteral("purchasing.supplier");

} // namespace

Supplier SupplierService::load(SupplierRepository& repo, qint64 id)
{
    auto s = repo.byId(id);
    if (!s)
        throw Rpc::notFound(QStringLiteral("supplier"), id);
    return *s;
}

QJsonObject SupplierService::get(Rpc::CallContext& ctx, qint64 id)
{
    SupplierRepository repo(ctx.db);
    return toJson(load(repo, id));
}

bool SupplierService::isActive(Rpc::CallContext& ctx, qint64 id)
{
    const auto s = SupplierRepository(ctx.db).byId(id);
    return s && s->active;
}

QJsonObject SupplierService::list(Rpc::CallContext& ctx, const QJsonObject& params)
{
    static const QHash<QString, QString> sortable{
        {QStringLiteral("id"), QStringLiteral("s.id")},
        {QStringLiteral("code"), QStringLiteral("s.code")},
        {QStringLiteral("name"), QStringLiteral("s.name")},
        {QStringLiteral("contact_name"), QStringLiteral("s.contact_name")},
        {QStringLiteral("phone"), QStringLiteral("s.phone")},
        {QStringLiteral("currency"), QStringLiteral("s.currency")},
        {QStringLiteral("lead_time_days"), QStringLiteral("s.lead_time_days")},
        {QStringLiteral("payment_terms_days"), QStringLiteral("s.payment_terms_days")},
        {QStringLiteral("created_at"), QStringLiteral("s.created_at")},
        {QStringLiteral("updated_at"), QStringLiteral("s.updated_at")},
    };
    const auto query =
        Storage::ListQuery::parse(params, sortable, QStringLiteral("name"), QStringLiteral("s.id"));
    const QJsonValue active = query.filter.value(QLatin1String("active"));
    if (!active.isUndefined() && !active.isNull() && !active.isBool())
        throw Error(Rpc::InvalidParams,
                    QStringLiteral("Invalid params: filter.active must be true or false"))
            .withId(QStringLiteral("list.filter_boolean"));
    return SupplierRepository(ctx.db).list(query);
}

void SupplierService::check(SupplierRepository& repo, const Supplier& s, Rpc::FieldErrors& errors)
{
    validate(s, errors);
    if (!s.code.isEmpty()) {
        const qint64 other = repo.idByCode(s.code);
        if (other != 0 && other != s.id)
            errors.add(QStringLiteral("code"), QStringLiteral("duplicate"),
                       QStringLiteral("is already used by another supplier"),
                       QStringLiteral("purchasing.supplier.code_taken"));
    }
    if (!s.taxId.isEmpty() && repo.idByTaxId(s.taxId, s.id) != 0)
        errors.add(QStringLiteral("tax_id"), QStringLiteral("duplicate"),
                   QStringLiteral("is already used by another supplier"),
                   QStringLiteral("purchasing.supplier.code_taken"));
}

Supplier SupplierService::insertChecked(Rpc::CallContext& ctx, SupplierRepository& repo, Supplier s)
{
    Rpc::FieldErrors errors;
    check(repo, s, errors);
    errors.throwIfAny();
    static const Platform::NumberSeries codes{QStringLiteral("purchasing.supplier"),
                                              QStringLiteral("S{n:5}")};
    while (s.code.isEmpty()) {
        const QString candidate = Platform::takeDocumentNumber(ctx.db, codes);
        if (repo.idByCode(candidate) == 0) // a code given by hand may have taken it
            s.code = candidate;
    }
    repo.insert(s);
    ctx.recordChange(kEntity, s.id, s.version, QJsonValue::Null, toJson(s));
    return s;
}

QJsonObject SupplierService::create(Rpc::CallContext& ctx, const QJsonObject& fields)
{
    SupplierRepository repo(ctx.db);
    Supplier s;
    Rpc::FieldErrors errors;
    applyJson(s, fields, errors);
    errors.throwIfAny();
    const Supplier inserted = insertChecked(ctx, repo, s);
    return toJson(load(repo, inserted.id));
}

QJsonObject SupplierService::update(Rpc::CallContext& ctx, qint64 id, qint64 version,
                                    const QJsonObject& fields)
{
    SupplierRepository repo(ctx.db);
    Supplier s = load(repo, id);
    if (s.version != version)
        throw Rpc::versionConflict(QStringLiteral("supplier"), s.version);
    const QJsonObject before = toJson(s);
    Rpc::FieldErrors errors;
    applyJson(s, fields, errors);
    if (fields.contains(QLatin1String("code")) && s.code.isEmpty())
        errors.add(QStringLiteral("code"), QStringLiteral("required"),
                   QStringLiteral("cannot be emptied"),
                   QStringLiteral("validation.cannot_be_emptied"));
    check(repo, s, errors);
    errors.throwIfAny();
    if (!repo.update(s, version))
        throw Rpc::versionConflict(QStringLiteral("supplier"), version + 1);
    const Supplier stored = load(repo, id);
    ctx.recordChange(kEntity, id, stored.version, before, toJson(stored));
    return toJson(stored);
}

QJsonObject SupplierService::archive(Rpc::CallContext& ctx, qint64 id, qint64 version)
{
    SupplierRepository repo(ctx.db);
    Supplier s = load(repo, id);
    if (s.version != version)
        throw Rpc::versionConflict(QStringLiteral("supplier"), s.version);
    if (!s.active)
        throw Error(Rpc::BusinessRule, QStringLiteral("The supplier is already archived"),
                    QJsonObject{{QStringLiteral("reason"), QStringLiteral("already_archived")}})
            .withId(QStringLiteral("purchasing.supplier.already_archived"));
    s.active = false;
    if (!repo.update(s, version))
        throw Rpc::versionConflict(QStringLiteral("supplier"), version + 1);
    const Supplier stored = load(repo, id);
    ctx.recordChange(kEntity, id, stored.version, QJsonObject{{QStringLiteral("active"), true}},
                     QJsonObject{{QStringLiteral("active"), false}});
    return toJson(stored);
}

} // namespace Erp::Server::Purchasing
