#include "server/rpc/messages.h"

#include <QHash>
#include <QJsonValue>

namespace Erp::Rpc::Messages {

// Add a line here for every new message id (docs/CONTRIBUTING.md "Texts for people"); the
// client's catalogue needs the same id, and tests/server/tst_messages.cpp fails until both
// are there. Keep the list sorted.
static const QList<Message> kMessages = {
    {"admin.role.admin_all_permissions", "The admin role always has every permission"},
    {"admin.role.builtin_delete", "The built-in role \"{role}\" cannot be deleted"},
    {"admin.role.in_use",
     "The role \"{role}\" is assigned to {users} user(s); remove it from them first"},
    {"admin.role.name_chars", "must be 2-32 characters of a-z, 0-9 or '_', starting with a letter"},
    {"admin.role.unknown_permission", "\"{permission}\" is not a permission"},
    {"admin.user.last_admin",
     "This is the last active administrator: it must stay active and keep the admin role"},
    {"admin.user.unknown_role", "has an unknown role \"{role}\""},
    {"admin.user.username_chars", "must be 2-32 characters of a-z, 0-9, '.', '_' or '-'"},
    {"auth.account_changed", "The account was changed meanwhile; try again"},
    {"auth.account_inactive", "Session ended: the account is no longer active"},
    {"auth.invalid_credentials", "Invalid username or password"},
    {"auth.locked", "The account is locked after too many failed logins; try again after {until}"},
    {"auth.not_logged_in", "Not logged in"},
    {"auth.password.same", "must differ from the current password"},
    {"auth.password.wrong_current", "is not your current password"},
    {"auth.session_expired", "The session has ended; please log in again"},
    {"common.duplicate", "A record with this value already exists"},
    {"common.not_found", "No {entity} with id {id}"},
    {"common.version_conflict", "The {entity} was changed by someone else meanwhile; reload it"},
    {"crm.address.kind", "must be billing or shipping"},
    {"crm.address.needs_city_or_street", "an address needs at least a city or a street"},
    {"crm.contact.one_primary", "only one contact can be the primary one"},
    {"crm.customer.already_merged", "A customer that was already merged cannot be merged again"},
    {"crm.customer.archive_not_active", "Only an active customer can be archived"},
    {"crm.customer.code_taken", "is already used by another customer"},
    {"crm.customer.filter_status", "filter.status must be all, active, archived or merged"},
    {"crm.customer.kind", "must be company or individual"},
    {"crm.customer.merged", "This customer was merged into another one and can no longer change"},
    {"crm.customer.possible_duplicate", "This customer may already exist: {name} ({code})"},
    {"crm.customer.restore_not_archived", "Only an archived customer can be restored"},
    {"crm.customer.tag_too_long", "\"{tag}\" is longer than 32 characters"},
    {"crm.export.too_many",
     "More than {max} customers match; narrow the filter or export in parts"},
    {"crm.import.failed", "{count} of {rows} rows have errors; nothing was imported"},
    {"crm.import.unknown_owner", "\"{owner}\" is not a user"},
    {"crm.merge.same_customer", "must differ from the survivor"},
    {"export.format_csv_xlsx", "must be csv or xlsx"},
    {"export.xlsx_failed", "Cannot write the XLSX file"},
    {"import.csv_invalid", "The CSV data cannot be read: {detail}"},
    {"import.csv_text", "CSV data is UTF-8 text with a header line"},
    {"import.format_csv_json", "must be csv or json"},
    {"import.json_rows", "JSON data is an array of row objects"},
    {"import.row_not_object", "every entry of rows must be an object"},
    {"import.too_many_rows", "at most {max} rows per call; send the file in batches"},
    {"inventory.count.already_open",
     "This warehouse already has an open stock count; post or cancel it first"},
    {"inventory.count.not_open", "The stock count is {state}; only an open count can be changed"},
    {"inventory.count.unknown_line", "is not a line of this count"},
    {"inventory.location.code_twice", "is used twice in this warehouse"},
    {"inventory.location.not_in_warehouse", "is not a location of this warehouse"},
    {"inventory.move.goods_receipt", "goods receipt {number}"},
    {"inventory.move.kind", "must be adjustment, scrap or receipt"},
    {"inventory.move.stock_count", "stock count {number}"},
    {"inventory.move.unknown_kind", "Unknown stock move kind \"{kind}\""},
    {"inventory.product.already_archived", "The product is already archived"},
    {"inventory.product.barcode_chars", "may hold letters, digits and - only"},
    {"inventory.product.code_taken", "is already used by another product"},
    {"inventory.product.sku_chars", "may hold letters, digits and . _ / - only"},
    {"inventory.product.unit", "must be a unit such as pcs, kg, m, box, l or set"},
    {"inventory.receipt.qty_positive", "a receipt brings stock in: the quantity must be positive"},
    {"inventory.reservation.no_source", "A reservation needs its document (source type and id)"},
    {"inventory.scrap.qty_negative", "scrap takes stock out: the quantity must be negative"},
    {"inventory.stock.inconsistent",
     "stock level of product {product_id} in warehouse {warehouse_id} has less reserved than its "
     "reservations; run inventory.stock.check"},
    {"inventory.stock.insufficient",
     "Insufficient stock: {action} {requested} requested, {on_hand} on hand, {reserved} reserved"},
    {"inventory.stock.insufficient_reserved",
     "Insufficient stock: {qty} to ship but only {reserved} reserved"},
    {"inventory.stock.product_ids", "product_ids must be record ids"},
    {"inventory.stock.repair_forbidden",
     "Forbidden: repairing stock levels needs the permission {permission}"},
    {"inventory.stock.too_many_products", "at most {max} product_ids"},
    {"inventory.transfer.same_warehouse", "must differ from the source warehouse"},
    {"inventory.warehouse.code_chars", "may hold letters, digits, _ and - only"},
    {"inventory.warehouse.code_taken", "is already used by another warehouse"},
    {"inventory.warehouse.has_stock",
     "The warehouse still holds stock; move it elsewhere before deactivating the warehouse"},
    {"inventory.warehouse.inactive", "The warehouse is not active"},
    {"list.after_invalid",
     "\"after\" must be the next_after of the previous page (one sort column)"},
    {"list.after_unsupported", "this list pages by offset, not \"after\""},
    {"list.filter_boolean", "filter.active must be true or false"},
    {"list.filter_date", "filter.{filter} must be a date such as \"2026-11-27\""},
    {"list.filter_id", "filter.{filter} must be an id"},
    {"list.filter_state", "filter.state must be one of {states}"},
    {"list.paging_negative", "offset and limit must not be negative"},
    {"list.sort_invalid", "\"sort\" must be a column name or a list of them"},
    {"list.sort_too_many", "sort by at most 3 columns"},
    {"list.sort_twice", "sort column \"{column}\" given twice"},
    {"list.sort_unknown", "cannot sort by \"{column}\"; sortable: {sortable}"},
    {"mail.outbox.not_retryable",
     "only a queued or failed message can be sent again (this one is {state})"},
    {"purchasing.order.before_order_date", "must not be before the order date"},
    {"purchasing.order.illegal_transition",
     "Purchase order {number} is {state}: \"{action}\" is not possible in that state"},
    {"purchasing.order.line_object", "must be an object {product_id, qty, unit_cost, tax_rate}"},
    {"purchasing.order.no_lines", "Purchase order {number} has no lines to send"},
    {"purchasing.receipt.location_not_in_warehouse", "is not a location of the order's warehouse"},
    {"purchasing.receipt.nothing", "Nothing to receive"},
    {"purchasing.receipt.over_receipt", "{qty} {unit} would be received on line {line} ({sku}), "
                                        "but only {open} of {ordered} ordered are still open"},
    {"purchasing.replenish.lines_or_all", "give either lines or all, not both"},
    {"purchasing.replenish.no_supplier", "the product has no default supplier"},
    {"purchasing.replenish.nothing", "name the products to order, or all: true"},
    {"purchasing.supplier.already_archived", "The supplier is already archived"},
    {"purchasing.supplier.code_taken", "is already used by another supplier"},
    {"rpc.forbidden", "Forbidden: {method} needs the permission {permission}"},
    {"rpc.internal_error", "Internal error (log id {log_id})"},
    {"rpc.invalid_request", "Invalid request"},
    {"rpc.method_not_found", "Method not found: {method}"},
    {"rpc.params.missing", "Invalid params for {method}: missing required parameter \"{param}\""},
    {"rpc.params.not_object", "\"params\" must be an object (by-name parameters)"},
    {"rpc.params.too_long",
     "Invalid params for {method}: \"{param}\" must be at most {max} characters"},
    {"rpc.params.type", "Invalid params for {method}: \"{param}\" must be of type {expected}"},
    {"rpc.params.unknown", "Invalid params for {method}: unknown parameter \"{param}\""},
    {"rpc.parse_error", "Parse error at offset {offset}"},
    {"sales.import.failed", "{count} errors in the file; nothing was imported"},
    {"sales.order.before_order_date", "is before the order date"},
    {"sales.order.customer_status", "is {status}"},
    {"sales.order.external_ref_taken", "another order of this channel has it"},
    {"sales.order.illegal_transition", "Order {number} is {state}: it cannot {action}"},
    {"sales.order.no_lines", "an order needs at least one line"},
    {"sales.order.product_archived", "{sku} is archived"},
    {"sales.order.reject_reason", "say why the order is rejected"},
    {"sales.report.dates", "from and to are dates such as \"2026-11-27\""},
    {"sales.return.disposition", "must be restock or scrap"},
    {"sales.return.name_warehouse", "the line was never shipped; name the warehouse"},
    {"sales.return.no_lines", "name the lines and quantities coming back"},
    {"sales.return.only_shipped", "only {qty} was shipped and not returned"},
    {"sales.review.below_cost", "{sku}: net unit price below cost"},
    {"sales.review.credit_limit",
     "Open and unpaid orders {exposure} plus this order {gross} exceed the credit limit {limit}"},
    {"sales.review.discount", "{sku}: discount {pct}% above {max}%"},
    {"sales.review.insufficient_stock", "{sku}: {ordered} ordered, {available} available"},
    {"sales.ship.nothing_allocated", "Order {number} has nothing allocated to ship"},
    {"sales.ship.only_allocated", "only {qty} is allocated and not shipped"},
    {"sales.ship.reservation_short",
     "{sku}: the reservation is smaller than the allocated quantity; run inventory.stock.check"},
    {"sales.timeline.amendment", "amendment"},
    {"sales.timeline.auto_approved", "approved automatically"},
    {"sales.timeline.backorder_allocated", "{sku} {qty} allocated from arrived stock"},
    {"sales.timeline.waiting_approval", "waiting for approval"},
    {"system.admin_password_required",
     "this is a new database: set ERP_ADMIN_PASSWORD to the password of its first user, admin"},
    {"system.demo_existing_database",
     "refusing to load the demo company into an existing database without it; use --demo with "
     "a new database"},
    {"validation.amount", "must be an amount such as 50000.00"},
    {"validation.amount_too_large", "quantity times price is too large"},
    {"validation.archived_product", "is an archived product"},
    {"validation.archived_supplier", "is an archived supplier"},
    {"validation.boolean", "must be true or false"},
    {"validation.cannot_be_emptied", "cannot be emptied"},
    {"validation.code_chars", "must be letters, digits, '-' or '_'"},
    {"validation.country", "must be a two-letter country code"},
    {"validation.currency", "must be a three-letter currency code such as CNY"},
    {"validation.date", "must be a date such as 2026-11-27"},
    {"validation.days", "must be a whole number of days"},
    {"validation.days_range", "must be between 0 and 365 days"},
    {"validation.decimal", "must be a decimal string such as \"{example}\""},
    {"validation.email", "is not a valid e-mail address"},
    {"validation.given_twice", "is given twice"},
    {"validation.inactive_product", "is not an active product"},
    {"validation.inactive_supplier", "is not an active supplier"},
    {"validation.inactive_user", "is not an active user"},
    {"validation.inactive_warehouse", "is not an active warehouse"},
    {"validation.list", "must be a list"},
    {"validation.list_of_names", "must be a list of names"},
    {"validation.list_of_words", "must be a list of words"},
    {"validation.max_100", "must be at most 100.00"},
    {"validation.negative", "must not be negative"},
    {"validation.one_of", "must be one of {values}"},
    {"validation.phone",
     "is not a phone number (mobile 13800138000, landline 010-12345678 or +44 20 7946 0958)"},
    {"validation.positive", "must be more than zero"},
    {"validation.range", "must be between {min} and {max}"},
    {"validation.record_id", "must be a record id"},
    {"validation.required", "is required"},
    {"validation.taken", "is already taken"},
    {"validation.tax_id", "must be 5-30 letters or digits"},
    {"validation.text", "must be text"},
    {"validation.too_long", "must be at most {max} characters"},
    {"validation.too_many_decimals", "has more than {max} decimals"},
    {"validation.too_many_entries", "at most {max} entries"},
    {"validation.too_many_lines", "at most {max} lines"},
    {"validation.too_short", "must be at least {min} characters"},
    {"validation.unknown_customer", "is not a customer"},
    {"validation.unknown_order_line", "is not a line of this order"},
    {"validation.unknown_product", "is not a product"},
    {"validation.unknown_supplier", "is not a supplier"},
    {"validation.unknown_warehouse", "is not a warehouse"},
    {"validation.user_id", "must be a user id"},
    {"validation.zero", "must not be zero"},
};

const QList<Message>& all()
{
    return kMessages;
}

static const QHash<QString, const char*>& byId()
{
    static const QHash<QString, const char*> index = [] {
        QHash<QString, const char*> h;
        for (const Message& m : kMessages)
            h.insert(QString::fromLatin1(m.id), m.english);
        return h;
    }();
    return index;
}

bool isKnown(const QString& id)
{
    return byId().contains(id);
}

QString english(const QString& id, const QJsonObject& args)
{
    const char* tmpl = byId().value(id);
    if (!tmpl)
        return QString();
    QString text = QString::fromUtf8(tmpl);
    for (auto it = args.begin(); it != args.end(); ++it)
        text.replace(QLatin1Char('{') + it.key() + QLatin1Char('}'),
                     it.value().toVariant().toString());
    return text;
}

} // namespace Erp::Rpc::Messages
