#include "server/modules/inventory/warehouseservice.h"

#include "common/jsonrpc.h"
#include "server/rpc/callcontext.h"
#include "server/rpc/errors.h"
#include "server/storage/listquery.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

namespace Erp::Server::Inventory {

using Rpc::Error;

namespace {

const QString kWarehouse = QStringLiteral("inventory.warehouse");
const QString kInvalid = QStringLiteral("invalid");

bool text(const QJsonObject& json, const char* key, QString& out, int max, Rpc::FieldErrors& errors,
          const QString& prefix = {})
{
    const auto it = json.constFind(QLatin1String(key));
    if (it == json.constEnd() || it->isNull())
        return false;
    const QString field = prefix + QLatin1String(key);
    if (!it->isString()) {
        errors.add(field, kInvalid, QStringLiteral("must be text"),
                   QStringLiteral("validation.text"));
        return false;
    }
    const QString value = it->toString().trimmed();
    if (value.size() > max) {
        errors.add(field, QStringLiteral("too_long"),
                   QStringLiteral("must be at most %1 characters").arg(max),
                   QStringLiteral("validation.too_long"),
                   QJsonObject{{QStringLiteral("max"), max}});
        return false;
    }
    out = value;
    return true;
}

} // namespace

Warehouse WarehouseService::load(WarehouseRepository& repo, qint64 id)
{
    auto w = repo.byId(id);
    if (!w)
        throw Rpc::notFound(QStringLiteral("warehouse"), id);
    return *w;
}

QJsonObject WarehouseService::get(Rpc::CallContext& ctx, qint64 id)
{
    WarehouseRepository repo(ctx.db);
    return toJson(load(repo, id));
}

QJsonObject WarehouseService::list(Rpc::CallContext& ctx, const QJsonObject& params)
{
    static const QHash<QString, QString> sortable{
        {QStringLiteral("id"), QStringLiteral("w.id")},
        {QStringLiteral("code"), QStringLiteral("w.code")},
        {QStringLiteral("name"), QStringLiteral("w.name")},
        {QStringLiteral("priority"), QStringLiteral("w.priority")},
    };
    const auto query = Storage::ListQuery::parse(params, sortable, QStringLiteral("priority"),
                                                 QStringLiteral("w.id"));
    return WarehouseRepository(ctx.db).list(query);
}

void WarehouseService::apply(Warehouse& w, const QJsonObject& json, Rpc::FieldErrors& errors)
{
    if (text(json, "code", w.code, 20, errors))
        w.code = w.code.toUpper();
    text(json, "name", w.name, 200, errors);
    text(json, "address", w.address, 500, errors);
    const QJsonValue priority = json.value(QLatin1String("priority"));
    if (priority.isDouble()) {
        const double d = priority.toDouble();
        if (d < 0 || d > 1000000)
            errors.add(QStringLiteral("priority"), QStringLiteral("range"),
                       QStringLiteral("must be between 0 and 1000000"),
                       QStringLiteral("validation.range"),
                       QJsonObject{{QStringLiteral("min"), 0}, {QStringLiteral("max"), 1000000}});
        else
            w.priority = int(d);
    }
    const QJsonValue active = json.value(QLatin1String("active"));
    if (active.isBool())
        w.active = active.toBool();
    const QJsonValue locations = json.value(QLatin1String("locations"));
    if (!locations.isArray())
        return;
    const QList<Location> existing = w.locations;
    w.locations.clear();
    int i = 0;
    for (const QJsonValue& v : locations.toArray()) {
        const QString prefix = QStringLiteral("locations[%1].").arg(i++);
        const QJsonObject o = v.toObject();
        Location l;
        l.id = qint64(o.value(QLatin1String("id")).toDouble());
        if (l.id > 0 && std::none_of(existing.begin(), existing.end(),
                                     [&l](const Location& e) { return e.id == l.id; }))
            errors.add(prefix + QStringLiteral("id"), QStringLiteral("unknown"),
                       QStringLiteral("is not a location of this warehouse"),
                       QStringLiteral("inventory.location.not_in_warehouse"));
        if (text(o, "code", l.code, 40, errors, prefix))
            l.code = l.code.toUpper();
        text(o, "name", l.name, 200, errors, prefix);
        if (o.value(QLatin1String("active")).isBool())
            l.active = o.value(QLatin1String("active")).toBool();
        // A new entry whose code an old, deactivated location has takes that location back.
        if (l.id == 0)
            for (const Location& e : existing)
                if (e.code == l.code)
                    l.id = e.id;
        w.locations.append(l);
    }
}

void WarehouseService::check(WarehouseRepository& repo, const Warehouse& w,
                             Rpc::FieldErrors& errors)
{
    static const QRegularExpression codePattern(QStringLiteral("^[A-Z0-9][A-Z0-9_-]*$"));
    if (w.code.isEmpty())
        errors.add(QStringLiteral("code"), QStringLiteral("required"),
                   QStringLiteral("is required"), QStringLiteral("validation.required"));
    else if (!codePattern.match(w.code).hasMatch())
        errors.add(QStringLiteral("code"), kInvalid,
                   QStringLiteral("may hold letters, digits, _ and - only"),
                   QStringLiteral("inventory.warehouse.code_chars"));
    else if (repo.idByCode(w.code, w.id) != 0)
        errors.add(QStringLiteral("code"), QStringLiteral("duplicate"),
                   QStringLiteral("is already used by another warehouse"),
                   QStringLiteral("inventory.warehouse.code_taken"));
    if (w.name.isEmpty())
        errors.add(QStringLiteral("name"), QStringLiteral("required"),
                   QStringLiteral("is required"), QStringLiteral("validation.required"));
    QSet<QString> codes;
    for (int i = 0; i < w.locations.size(); ++i) {
        const Location& l = w.locations.at(i);
        const QString field = QStringLiteral("locations[%1].code").arg(i);
        if (l.code.isEmpty())
            errors.add(field, QStringLiteral("required"), QStringLiteral("is required"),
                       QStringLiteral("validation.required"));
        else if (codes.contains(l.code))
            errors.add(field, QStringLiteral("duplicate"),
                       QStringLiteral("is used twice in this warehouse"),
                       QStringLiteral("inventory.location.code_twice"));
        codes.insert(l.code);
    }
}

Warehouse WarehouseService::insertChecked(Rpc::CallContext& ctx, WarehouseRepository& repo,
                                          Warehouse w)
{
    w.id = 0;
    Rpc::FieldErrors errors;
    check(repo, w, errors);
    errors.throwIfAny();
    repo.insert(w);
    ctx.recordChange(kWarehouse, w.id, w.version, QJsonValue::Null, toJson(w));
    return w;
}

QJsonObject WarehouseService::create(Rpc::CallContext& ctx, const QJsonObject& fields)
{
    WarehouseRepository repo(ctx.db);
    Warehouse w;
    Rpc::FieldErrors errors;
    apply(w, fields, errors);
    errors.throwIfAny();
    const Warehouse inserted = insertChecked(ctx, repo, w);
    return toJson(load(repo, inserted.id));
}

QJsonObject WarehouseService::update(Rpc::CallContext& ctx, qint64 id, qint64 version,
                                     const QJsonObject& fields)
{
    WarehouseRepository repo(ctx.db);
    Warehouse w = load(repo, id);
    if (w.version != version)
        throw Rpc::versionConflict(QStringLiteral("warehouse"), w.version);
    const QJsonObject before = toJson(w);
    const bool wasActive = w.active;
    Rpc::FieldErrors errors;
    apply(w, fields, errors);
    check(repo, w, errors);
    errors.throwIfAny();
    if (wasActive && !w.active && repo.onHand(id) != 0)
        throw Error(Rpc::BusinessRule,
                    QStringLiteral("The warehouse still holds stock; move it elsewhere before "
                                   "deactivating the warehouse"),
                    QJsonObject{{QStringLiteral("reason"), QStringLiteral("warehouse_has_stock")}})
            .withId(QStringLiteral("inventory.warehouse.has_stock"));
    if (!repo.update(w, version))
        throw Rpc::versionConflict(QStringLiteral("warehouse"), version + 1);
    const Warehouse stored = load(repo, id);
    ctx.recordChange(kWarehouse, id, stored.version, before, toJson(stored));
    return toJson(stored);
}

} // namespace Erp::Server::Inventory
