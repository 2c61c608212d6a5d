// Registration of crm.customer.* methods: parameters in, service call, result out.
#include "server/modules/crm/crmmodule.h"

#include "server/modules/crm/customerimport.h"
#include "server/rpc/callcontext.h"
#include "server/rpc/registry.h"

namespace Erp::Server::Crm {

using namespace Rpc;

namespace {

qint64 idOf(const QJsonObject& p, const char* key = "id")
{
    return qint64(p.value(QLatin1String(key)).toDouble());
}

/// The editable fields of a customer, declared once for create and update.
MethodSpec& customerFields(MethodSpec& spec)
{
    return spec
        .param(QStringLiteral("code"), ParamType::String, Optional,
               QStringLiteral("generated as C000123 when omitted"), 20)
        .param(QStringLiteral("name"), ParamType::String, Optional, {}, 200)
        .param(QStringLiteral("kind"), ParamType::String, Optional,
               QStringLiteral("company | individual"), 20)
        .param(QStringLiteral("tax_id"), ParamType::String, Optional, {}, 30)
        .param(QStringLiteral("industry"), ParamType::String, Optional, {}, 100)
        .param(QStringLiteral("source"), ParamType::String, Optional, {}, 100)
        .param(QStringLiteral("tags"), ParamType::Array, Optional, QStringLiteral("list of words"))
        .param(QStringLiteral("credit_limit"), ParamType::Decimal, Optional,
               QStringLiteral("e.g. \"50000.00\""))
        .param(QStringLiteral("currency"), ParamType::String, Optional,
               QStringLiteral("ISO 4217, default CNY"), 3)
        .param(QStringLiteral("payment_terms_days"), ParamType::Integer)
        .param(QStringLiteral("owner_id"), ParamType::Id, Optional, QStringLiteral("a user"))
        .param(QStringLiteral("notes"), ParamType::String, Optional, {}, 4000)
        .param(QStringLiteral("contacts"), ParamType::Array, Optional,
               QStringLiteral("[{name, title, phone, email, is_primary}]"))
        .param(QStringLiteral("addresses"), ParamType::Array, Optional,
               QStringLiteral("[{kind: billing|shipping, country, province, city, district, line1, "
                              "postcode, is_default}]"));
}

QJsonObject fieldsOf(const QJsonObject& p)
{
    QJsonObject fields = p;
    for (const char* key : {"id", "version", "allow_duplicates"})
        fields.remove(QLatin1String(key));
    return fields;
}

} // namespace

void CrmModule::registerMethods(MethodRegistry& r)
{
    CustomerService* svc = &m_customers;
    CustomerTransfer* transfer = &m_transfer;
    const QString read = QStringLiteral("crm.customer.read");
    const QString write = QStringLiteral("crm.customer.write");
    // Off for every role until an admin switches it on in Admin ▸ Roles (docs/PROTOCOL.md).
    r.access().addRecordRule({QStringLiteral("crm.customer.own"), CustomerService::recordEntity(),
                              read, QStringLiteral("Sees only customers they own")});

    MethodSpec list(QStringLiteral("crm.customer.list"));
    listParams(list)
        .filters({QStringLiteral("status"), QStringLiteral("kind"), QStringLiteral("owner_id"),
                  QStringLiteral("province"), QStringLiteral("city"), QStringLiteral("tag")})
        .describe(QStringLiteral("Customers. filter {status: active|archived|merged|all, kind, "
                                 "tag, owner_id, province, city}; "
                                 "search: any substring of name, code, tax id, contact name, phone "
                                 "or e-mail. total is capped at 10000 "
                                 "(1000 when searching; total_capped)."))
        .needs(read)
        .reads()
        .handle([svc](CallContext& ctx, const QJsonObject& p) -> QJsonValue {
            ctx.rawResult = svc->list(ctx, p); // JSON text: a page is 2,500 members
            return QJsonValue();
        });
    r.add(list);
    r.add(MethodSpec(QStringLiteral("crm.customer.get"))
              .describe(QStringLiteral("One customer with contacts and addresses."))
              .needs(read)
              .reads()
              .param(QStringLiteral("id"), ParamType::Id, Required)
              .handle([svc](CallContext& ctx, const QJsonObject& p) -> QJsonValue {
                  return svc->get(ctx, idOf(p));
              }));

    MethodSpec create(QStringLiteral("crm.customer.create"));
    customerFields(create)
        .describe(QStringLiteral(
            "Create a customer. Looks for duplicates (phone, e-mail, tax id, similar name) and "
            "fails with -32030 reason \"duplicates\" unless allow_duplicates."))
        .needs(write)
        .param(QStringLiteral("allow_duplicates"), ParamType::Boolean)
        .handle([svc](CallContext& ctx, const QJsonObject& p) -> QJsonValue {
            return svc->create(ctx, fieldsOf(p),
                               p.value(QLatin1String("allow_duplicates")).toBool());
        });
    r.add(create);

    MethodSpec update(QStringLiteral("crm.customer.update"));
    customerFields(update)
        .describe(QStringLiteral("Change a customer; fields left out stay as they are; contacts "
                                 "and addresses replace the lists."))
        .needs(write)
        .param(QStringLiteral("id"), ParamType::Id, Required)
        .param(QStringLiteral("version"), ParamType::Integer, Required)
        .handle([svc](CallContext& ctx, const QJsonObject& p) -> QJsonValue {
            return svc->update(ctx, idOf(p), idOf(p, "version"), fieldsOf(p));
        });
    r.add(update);

    for (const bool archive : {true, false}) {
        r.add(MethodSpec(archive ? QStringLiteral("crm.customer.archive")
                                 : QStringLiteral("crm.customer.restore"))
                  .describe(archive
                                ? QStringLiteral(
                                      "Archive an active customer (customers are never deleted).")
                                : QStringLiteral("Make an archived customer active again."))
                  .needs(write)
                  .param(QStringLiteral("id"), ParamType::Id, Required)
                  .param(QStringLiteral("version"), ParamType::Integer, Required)
                  .handle([svc, archive](CallContext& ctx, const QJsonObject& p) -> QJsonValue {
                      return svc->setArchived(ctx, idOf(p), idOf(p, "version"), archive);
                  }));
    }
    r.add(MethodSpec(QStringLiteral("crm.customer.merge"))
              .describe(QStringLiteral("Fold a duplicate into a survivor: contacts, addresses, "
                                       "tags and references move over."))
              .needs(QStringLiteral("crm.customer.merge"))
              .param(QStringLiteral("survivor_id"), ParamType::Id, Required)
              .param(QStringLiteral("duplicate_id"), ParamType::Id, Required)
              .handle([svc](CallContext& ctx, const QJsonObject& p) -> QJsonValue {
                  return svc->merge(ctx, idOf(p, "survivor_id"), idOf(p, "duplicate_id"));
              }));
    MethodSpec dups(QStringLiteral("crm.customer.duplicates"));
    customerFields(dups)
        .describe(QStringLiteral(
            "Existing customers that look like the given fields (for warnings while typing)."))
        .needs(read)
        .reads()
        .param(QStringLiteral("id"), ParamType::Id, Optional,
               QStringLiteral("the customer being edited, excluded"))
        .handle([svc](CallContext& ctx, const QJsonObject& p) -> QJsonValue {
            return QJsonObject{
                {QStringLiteral("duplicates"), svc->duplicates(ctx, fieldsOf(p), idOf(p))}};
        });
    r.add(dups);
    r.add(MethodSpec(QStringLiteral("crm.customer.import"))
              .describe(QStringLiteral(
                  "Import flat rows (or CSV text with a header mapping) in one call, through "
                  "the import framework (platform.import.* for large files). dry_run checks "
                  "without writing; otherwise all rows or none. A row naming an existing "
                  "customer (code, or tax id/phone/e-mail/name) updates it."))
              .needs(QStringLiteral("crm.customer.import"))
              .param(QStringLiteral("rows"), ParamType::Array, Optional,
                     QStringLiteral("[{code, name, ..., phone, city, ...}]"))
              .param(QStringLiteral("csv"), ParamType::String, Optional,
                     QStringLiteral("UTF-8 CSV with a header line"))
              .param(QStringLiteral("mapping"), ParamType::Object, Optional,
                     QStringLiteral("CSV header -> column name"))
              .param(QStringLiteral("dry_run"), ParamType::Boolean)
              .param(QStringLiteral("update_existing"), ParamType::Boolean, Optional,
                     QStringLiteral("ignored: a row naming an existing customer always updates "
                                    "it (kept for older scripts)"))
              .handle([this](CallContext& ctx, const QJsonObject& p) -> QJsonValue {
                  return importCustomersInline(ctx, *m_imports, p);
              }));
    MethodSpec exportSpec(QStringLiteral("crm.customer.export"));
    listParams(exportSpec)
        .filters({QStringLiteral("status"), QStringLiteral("kind"), QStringLiteral("owner_id"),
                  QStringLiteral("province"), QStringLiteral("city"), QStringLiteral("tag")})
        .describe(QStringLiteral(
            "Export customers (the list's filter/search, or ids) as CSV (UTF-8 with BOM) or XLSX."))
        .needs(QStringLiteral("crm.customer.export"))
        .reads()
        .param(QStringLiteral("ids"), ParamType::Array, Optional,
               QStringLiteral("only these customers"))
        .param(QStringLiteral("format"), ParamType::String, Optional, QStringLiteral("csv | xlsx"),
               8)
        .handle([transfer](CallContext& ctx, const QJsonObject& p) -> QJsonValue {
            return transfer->exportRows(ctx, p);
        });
    r.add(exportSpec);
    registerPipelineMethods(r);
}

} // namespace Erp::Server::Crm
