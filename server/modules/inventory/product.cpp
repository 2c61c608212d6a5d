#include "server/modules/inventory/product.h"

#include "common/jsonrpc.h"
#include "server/modules/inventory/units.h"

#include <QRegularExpression>

namespace Erp::Server::Inventory {

namespace {

const QString kInvalid = QStringLiteral("invalid");

bool text(const QJsonObject& json, const char* key, QString& out, int max, Rpc::FieldErrors& errors)
{
    const auto it = json.constFind(QLatin1String(key));
    if (it == json.constEnd() || it->isNull())
        return false;
    const QString field = QLatin1String(key);
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

QJsonObject toJson(const Product& p)
{
    return QJsonObject{
        {QStringLiteral("id"), p.id},
        {QStringLiteral("sku"), p.sku},
        {QStringLiteral("name"), p.name},
        {QStringLiteral("category"), p.category},
        {QStringLiteral("unit"), p.unit},
        {QStringLiteral("barcode"), p.barcode},
        {QStringLiteral("description"), p.description},
        {QStringLiteral("list_price"), moneyText(p.listPrice)},
        {QStringLiteral("cost"), moneyText(p.cost)},
        {QStringLiteral("tax_rate"), rateText(p.taxRate)},
        {QStringLiteral("reorder_point"), qtyText(p.reorderPoint)},
        {QStringLiteral("reorder_qty"), qtyText(p.reorderQty)},
        {QStringLiteral("default_supplier_id"),
         p.defaultSupplierId > 0 ? QJsonValue(p.defaultSupplierId) : QJsonValue()},
        {QStringLiteral("active"), p.active},
        {QStringLiteral("created_at"), p.createdAt},
        {QStringLiteral("updated_at"), p.updatedAt},
        {QStringLiteral("version"), p.version},
    };
}

void applyJson(Product& p, const QJsonObject& json, Rpc::FieldErrors& errors)
{
    if (text(json, "sku", p.sku, 40, errors))
        p.sku = p.sku.toUpper();
    text(json, "name", p.name, 200, errors);
    text(json, "category", p.category, 100, errors);
    if (text(json, "unit", p.unit, 10, errors))
        p.unit = p.unit.toLower();
    text(json, "barcode", p.barcode, 40, errors);
    text(json, "description", p.description, 4000, errors);
    auto money = [&](const char* key, qint64& out) {
        const QJsonValue v = json.value(QLatin1String(key));
        if (!v.isUndefined() && !v.isNull())
            readMoney(v, QLatin1String(key), out, errors);
    };
    money("list_price", p.listPrice);
    money("cost", p.cost);
    const QJsonValue rate = json.value(QLatin1String("tax_rate"));
    if (!rate.isUndefined() && !rate.isNull())
        readRate(rate, QStringLiteral("tax_rate"), p.taxRate, errors);
    auto qty = [&](const char* key, qint64& out) {
        const QJsonValue v = json.value(QLatin1String(key));
        if (!v.isUndefined() && !v.isNull())
            readQty(v, QLatin1String(key), out, errors);
    };
    qty("reorder_point", p.reorderPoint);
    qty("reorder_qty", p.reorderQty);
    if (json.contains(QLatin1String("default_supplier_id")))
        p.defaultSupplierId = qint64(json.value(QLatin1String("default_supplier_id")).toDouble());
    const QJsonValue active = json.value(QLatin1String("active"));
    if (active.isBool())
        p.active = active.toBool();
}

void validate(const Product& p, Rpc::FieldErrors& errors)
{
    static const QRegularExpression skuPattern(QStringLiteral("^[A-Z0-9][A-Z0-9._/-]*$"));
    static const QRegularExpression unitPattern(QStringLiteral("^[a-z][a-z0-9]*$"));
    static const QRegularExpression barcodePattern(QStringLiteral("^[0-9A-Za-z-]+$"));
    if (p.sku.isEmpty())
        errors.add(QStringLiteral("sku"), QStringLiteral("required"), QStringLiteral("is required"),
                   QStringLiteral("validation.required"));
    else if (!skuPattern.match(p.sku).hasMatch())
        errors.add(QStringLiteral("sku"), kInvalid,
                   QStringLiteral("may hold letters, digits and . _ / - only"),
                   QStringLiteral("inventory.product.sku_chars"));
    if (p.name.isEmpty())
        errors.add(QStringLiteral("name"), QStringLiteral("required"),
                   QStringLiteral("is required"), QStringLiteral("validation.required"));
    if (p.unit.isEmpty())
        errors.add(QStringLiteral("unit"), QStringLiteral("required"),
                   QStringLiteral("is required"), QStringLiteral("validation.required"));
    else if (!unitPattern.match(p.unit).hasMatch())
        errors.add(QStringLiteral("unit"), kInvalid,
                   QStringLiteral("must be a unit such as pcs, kg, m, box, l or set"),
                   QStringLiteral("inventory.product.unit"));
    if (!p.barcode.isEmpty() && !barcodePattern.match(p.barcode).hasMatch())
        errors.add(QStringLiteral("barcode"), kInvalid,
                   QStringLiteral("may hold letters, digits and - only"),
                   QStringLiteral("inventory.product.barcode_chars"));
}

QString searchText(const Product& p)
{
    return QStringList{p.sku, p.name, p.barcode, p.category}.join(QLatin1Char(' ')).toLower();
}

} // namespace Erp::Server::Inventory
