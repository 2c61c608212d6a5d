// Suppliers as an importable entity (platform.import).
#include "common/jsonrpc.h"
#include "server/modules/purchasing/purchasingmodule.h"
#include "server/modules/purchasing/supplierrepository.h"
#include "server/platform/importservice.h"
#include "server/rpc/callcontext.h"

namespace Erp::Server::Purchasing {

using Platform::ImportColumn;
using Platform::ImportEntity;
using Platform::ImportOutcome;
using Type = ImportColumn::Type;

namespace {

ImportColumn col(const char* name, Type type, const char* label, QStringList aliases,
                 bool required = false)
{
    return ImportColumn{QLatin1String(name),
                        type,
                        required,
                        QStringLiteral("purchasing.supplier.field.") + QLatin1String(name),
                        QLatin1String(label),
                        std::move(aliases)};
}

QString cell(const QJsonObject& row, const char* key)
{
    return row.value(QLatin1String(key)).toString().trimmed();
}

} // namespace

void PurchasingModule::registerImports(Platform::ImportService& imports)
{
    ImportEntity e;
    e.name = QStringLiteral("purchasing.supplier");
    e.permission = QStringLiteral("purchasing.supplier.write");
    e.labelId = QStringLiteral("purchasing.supplier.entity");
    e.label = QStringLiteral("Suppliers");
    e.eventEntity = QStringLiteral("purchasing.supplier");
    e.keyColumn = QStringLiteral("code");
    e.columns = {
        col("code", Type::Text, "Code", {QStringLiteral("供应商编码"), QStringLiteral("编码")}),
        col("name", Type::Text, "Name",
            {QStringLiteral("供应商名称"), QStringLiteral("名称"), QStringLiteral("供应商")}, true),
        col("tax_id", Type::Text, "Tax ID",
            {QStringLiteral("税号"), QStringLiteral("统一社会信用代码")}),
        col("contact_name", Type::Text, "Contact", {QStringLiteral("联系人")}),
        col("phone", Type::Text, "Phone", {QStringLiteral("电话"), QStringLiteral("联系电话")}),
        col("email", Type::Text, "E-mail", {QStringLiteral("邮箱")}),
        col("address", Type::Text, "Address", {QStringLiteral("地址")}),
        col("currency", Type::Text, "Currency", {QStringLiteral("币种")}),
        col("payment_terms_days", Type::Integer, "Payment terms (days)", {QStringLiteral("账期")}),
        col("lead_time_days", Type::Integer, "Lead time (days)",
            {QStringLiteral("交货期"), QStringLiteral("采购提前期")}),
        col("notes", Type::Text, "Notes", {QStringLiteral("备注")}),
        col("active", Type::Boolean, "Active", {QStringLiteral("启用")}),
    };
    // Without a code a supplier is named by its tax id, else by its name: a file without codes
    // imported twice finds the suppliers of the first run instead of doubling them.
    e.fileKey = [](const QJsonObject& row) {
        if (!cell(row, "code").isEmpty())
            return cell(row, "code").toUpper();
        if (!cell(row, "tax_id").isEmpty())
            return QStringLiteral("tax:") + cell(row, "tax_id").toUpper();
        return QStringLiteral("name:") + cell(row, "name").toLower();
    };
    const ImportEntity shape = e;
    SupplierService* svc = &m_suppliers;
    e.apply = [svc, shape](Rpc::CallContext& ctx, const QList<QJsonObject>& rows,
                           const QJsonObject&) -> ImportOutcome {
        const QJsonObject& row = rows.first();
        const QJsonObject fields = Platform::typedFields(shape, row);
        SupplierRepository repo(ctx.db);
        qint64 id = 0;
        if (!cell(row, "code").isEmpty())
            id = repo.idByCode(cell(row, "code").toUpper());
        else if (!cell(row, "tax_id").isEmpty())
            id = repo.idByTaxId(cell(row, "tax_id"), 0);
        else
            id = repo.idByName(cell(row, "name"));
        if (id == 0) {
            svc->create(ctx, fields);
            return ImportOutcome::Created;
        }
        const QJsonObject before = svc->get(ctx, id);
        return Platform::updateOrUnchanged(ctx, before, [&] {
            return svc->update(ctx, id, before.value(QLatin1String("version")).toInteger(), fields);
        });
    };
    imports.add(e);
}

} // namespace Erp::Server::Purchasing
