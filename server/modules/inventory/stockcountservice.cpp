#include "server/modules/inventory/stockcountservice.h"

#include "common/jsonrpc.h"
#include "server/modules/inventory/stockcountrepository.h"
#include "server/modules/inventory/stockrepository.h"
#include "server/modules/inventory/stockservice.h"
#include "server/modules/inventory/units.h"
#include "server/platform/documentnumbers.h"
#include "server/rpc/callcontext.h"
#include "server/rpc/errors.h"
#include "server/storage/listquery.h"

#include <QDate>

namespace Erp::Server::Inventory {

using Rpc::Error;

namespace {

const QString kCount = QStringLiteral("inventory.count");

StockCount load(StockCountRepository& repo, qint64 id, bool withLines)
{
    auto c = repo.byId(id, withLines);
    if (!c)
        throw Rpc::notFound(QStringLiteral("stock_count"), id);
    return *c;
}

} // namespace

StockCount StockCountService::loadOpen(StockCountRepository& repo, qint64 id, qint64 version,
                                       const QString& action)
{
    StockCount c = load(repo, id, true);
    if (c.version != version)
        throw Rpc::versionConflict(QStringLiteral("stock_count"), c.version);
    if (c.state != QLatin1String("open"))
        throw Error(
            Rpc::BusinessRule,
            QStringLiteral("The stock count is %1; only an open count can be changed").arg(c.state),
            QJsonObject{{QStringLiteral("reason"), QStringLiteral("illegal_transition")},
                        {QStringLiteral("state"), c.state},
                        {QStringLiteral("action"), action}})
            .withId(QStringLiteral("inventory.count.not_open"),
                    QJsonObject{{QStringLiteral("state"), c.state}});
    return c;
}

QJsonObject StockCountService::create(Rpc::CallContext& ctx, qint64 warehouseId,
                                      const QString& category, const QString& notes)
{
    StockRepository stock(ctx.db);
    const auto active = stock.warehouseActive(warehouseId);
    if (!active || !*active)
        throw Error::validation(QStringLiteral("warehouse_id"), QStringLiteral("unknown"),
                                QStringLiteral("is not an active warehouse"),
                                QStringLiteral("validation.inactive_warehouse"));
    StockCountRepository repo(ctx.db);
    if (const qint64 open = repo.openCount(warehouseId))
        throw Error(Rpc::BusinessRule,
                    QStringLiteral("This warehouse already has an open stock count; post or "
                                   "cancel it first"),
                    QJsonObject{{QStringLiteral("reason"), QStringLiteral("count_open")},
                                {QStringLiteral("count_id"), open}})
            .withId(QStringLiteral("inventory.count.already_open"));
    StockCount c;
    c.warehouseId = warehouseId;
    c.category = category.trimmed();
    c.notes = notes.trimmed();
    c.createdBy = ctx.identity.userId;
    static const Platform::NumberSeries counts{QStringLiteral("inventory.count"),
                                               QStringLiteral("SC{yyyy}-{n:6}")};
    c.number = Platform::takeDocumentNumber(ctx.db, counts);
    const qint64 id = repo.insert(c);
    const StockCount stored = load(repo, id, true);
    ctx.recordChange(kCount, id, stored.version, QJsonValue::Null, toJson(stored, false));
    return toJson(stored, true);
}

QJsonObject StockCountService::get(Rpc::CallContext& ctx, qint64 id)
{
    StockCountRepository repo(ctx.db);
    return toJson(load(repo, id, true), true);
}

QJsonObject StockCountService::list(Rpc::CallContext& ctx, const QJsonObject& params)
{
    static const QHash<QString, QString> sortable{
        {QStringLiteral("id"), QStringLiteral("c.id")},
        {QStringLiteral("number"), QStringLiteral("c.number")},
        {QStringLiteral("created_at"), QStringLiteral("c.created_at")},
        {QStringLiteral("state"), QStringLiteral("c.state")},
        {QStringLiteral("warehouse_code"), QStringLiteral("w.code")},
    };
    if (params.contains(QLatin1String("after")))
        throw Error(Rpc::InvalidParams,
                    QStringLiteral("Invalid params: this list pages by offset, not \"after\""))
            .withId(QStringLiteral("list.after_unsupported"));
    const auto query =
        Storage::ListQuery::parse(params, sortable, QStringLiteral("-id"), QStringLiteral("c.id"));
    return StockCountRepository(ctx.db).list(query);
}

QJsonObject StockCountService::set(Rpc::CallContext& ctx, qint64 id, qint64 version,
                                   const QJsonArray& lines)
{
    StockCountRepository repo(ctx.db);
    loadOpen(repo, id, version, QStringLiteral("set"));
    Rpc::FieldErrors errors;
    QList<QPair<qint64, std::optional<qint64>>> changes;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString prefix = QStringLiteral("lines[%1].").arg(i);
        const QJsonObject o = lines.at(i).toObject();
        const qint64 lineId = qint64(o.value(QLatin1String("line_id")).toDouble());
        const QJsonValue v = o.value(QLatin1String("counted_qty"));
        std::optional<qint64> counted;
        if (!v.isNull() && !v.isUndefined()) {
            qint64 qty = 0;
            if (!readQty(v, prefix + QStringLiteral("counted_qty"), qty, errors))
                continue;
            counted = qty;
        }
        changes.append({lineId, counted});
    }
    errors.throwIfAny();
    for (qsizetype i = 0; i < changes.size(); ++i)
        if (!repo.setCounted(id, changes.at(i).first, changes.at(i).second))
            errors.add(QStringLiteral("lines[%1].line_id").arg(i), QStringLiteral("unknown"),
                       QStringLiteral("is not a line of this count"),
                       QStringLiteral("inventory.count.unknown_line"));
    errors.throwIfAny();
    if (!repo.touch(id, version))
        throw Rpc::versionConflict(QStringLiteral("stock_count"), version + 1);
    const StockCount stored = load(repo, id, true);
    ctx.recordChange(kCount, id, stored.version, QJsonValue::Null,
                     QJsonObject{{QStringLiteral("lines"), lines}});
    return toJson(stored, true);
}

QJsonObject StockCountService::post(Rpc::CallContext& ctx, qint64 id, qint64 version)
{
    StockCountRepository repo(ctx.db);
    const StockCount c = loadOpen(repo, id, version, QStringLiteral("post"));
    if (!repo.touch(id, version, QStringLiteral("posted")))
        throw Rpc::versionConflict(QStringLiteral("stock_count"), version + 1);
    int adjustments = 0;
    for (const StockCountLine& line : c.lines) {
        if (!line.countedQty || *line.countedQty == line.expectedQty)
            continue;
        StockMove move;
        move.productId = line.productId;
        move.warehouseId = c.warehouseId;
        move.kind = QStringLiteral("adjustment");
        move.qty = *line.countedQty - line.expectedQty;
        move.reason = QStringLiteral("stock count %1").arg(c.number);
        move.source = StockSource{QStringLiteral("stock_count"), c.id, line.id, c.number};
        m_stock.post(ctx, move);
        ++adjustments;
    }
    const StockCount stored = load(repo, id, true);
    ctx.recordChange(kCount, id, stored.version, QJsonObject{{QStringLiteral("state"), c.state}},
                     QJsonObject{{QStringLiteral("state"), stored.state},
                                 {QStringLiteral("adjustments"), adjustments}});
    QJsonObject out = toJson(stored, true);
    out.insert(QStringLiteral("adjustments"), adjustments);
    return out;
}

QJsonObject StockCountService::cancel(Rpc::CallContext& ctx, qint64 id, qint64 version)
{
    StockCountRepository repo(ctx.db);
    const StockCount c = loadOpen(repo, id, version, QStringLiteral("cancel"));
    if (!repo.touch(id, version, QStringLiteral("cancelled")))
        throw Rpc::versionConflict(QStringLiteral("stock_count"), version + 1);
    const StockCount stored = load(repo, id, true);
    ctx.recordChange(kCount, id, stored.version, QJsonObject{{QStringLiteral("state"), c.state}},
                     QJsonObject{{QStringLiteral("state"), stored.state}});
    return toJson(stored, true);
}

} // namespace Erp::Server::Inventory
