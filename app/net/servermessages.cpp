#include "app/net/servermessages.h"

#include <QDateTime>
#include <QHash>
#include <QJsonValue>
#include <QLocale>
#include <QLoggingCategory>

namespace Erp::Client {

Q_LOGGING_CATEGORY(lcMessages, "erp.messages")

namespace {

struct Entry
{
    const char* id;
    const char* text;
};

// One entry per message id of server/rpc/messages.cpp (tests/app/tst_servermessages.cpp keeps
// them in step); "#choose" is a client-side variant of its id.
const Entry kMessages[] = {
    {"admin.backup.failed",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "The backup failed: {reason}")},
    {"admin.backup.not_configured",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages",
                       "The server has no backup directory. Ask the administrator to start "
                       "erp-server with --backup DIR.")},
    {"admin.company.bank_account_invalid",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages",
                       "The bank account may hold letters, digits, spaces and '-' only.")},
    {"admin.company.conflict",
     QT_TRANSLATE_NOOP(
         "Erp::Client::ServerMessages",
         "Someone else changed the company profile in the meantime. Reload it and try again.")},
    {"admin.company.country_invalid",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages",
                       "The country must be a two-letter code such as CN.")},
    {"admin.company.currency_invalid",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages",
                       "\"{code}\" is not a currency code such as CNY.")},
    {"admin.company.email_invalid",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "This value is not a valid e-mail address.")},
    {"admin.company.fiscal_day_invalid",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages",
                       "This day does not exist in the chosen month.")},
    {"admin.company.fiscal_month_invalid",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "The month must be from 1 to 12.")},
    {"admin.company.logo_not_base64",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages",
                       "The logo cannot be read. Choose the image again.")},
    {"admin.company.logo_not_image",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "The logo must be a PNG or JPEG image.")},
    {"admin.company.logo_too_large",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "The logo must be at most {max_kb} KB.")},
    {"admin.company.name_required",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "The company name is required.")},
    {"admin.company.not_text",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "This value must be text.")},
    {"admin.company.phone_invalid",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages",
                       "The phone number may hold digits, spaces and + ( ) - # only.")},
    {"admin.company.tax_id_invalid",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages",
                       "The tax ID may hold 2 to 32 letters, digits, spaces, '-', '.' and '/'.")},
    {"admin.company.too_long", QT_TRANSLATE_NOOP("Erp::Client::ServerMessages",
                                                 "This value must be at most {max} characters.")},
    {"admin.company.uscc_invalid",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages",
                       "This is not a valid unified social credit code (18 characters, the last "
                       "one a check character).")},
    {"admin.company.vat_status_invalid",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages",
                       "Choose general taxpayer or small-scale taxpayer.")},
    {"admin.module.core",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages",
                       "This module is part of the core and cannot be switched off.")},
    {"admin.module.needs",
     QT_TRANSLATE_NOOP(
         "Erp::Client::ServerMessages",
         "This module needs another module that is switched off. Switch that one on first.")},
    {"admin.module.required",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages",
                       "Other modules need this module. Switch them off first.")},
    {"admin.module.unknown",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "There is no such module.")},
    {"admin.role.admin_all_permissions",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages",
                       "The admin role always has every permission.")},
    {"admin.role.builtin_delete",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages",
                       "The built-in role \"{role}\" cannot be deleted.")},
    {"admin.role.in_use",
     QT_TRANSLATE_NOOP(
         "Erp::Client::ServerMessages",
         "The role \"{role}\" is assigned to {users} user(s); remove it from them first.")},
    {"admin.role.name_chars",
     QT_TRANSLATE_NOOP(
         "Erp::Client::ServerMessages",
         "This value must be 2-32 characters of a-z, 0-9 or '_', starting with a letter.")},
    {"admin.role.record_rule_unknown",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "\"{rule}\" is not a record rule.")},
    {"admin.role.unknown_permission",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "\"{permission}\" is not a permission.")},
    {"admin.user.last_admin",
     QT_TRANSLATE_NOOP(
         "Erp::Client::ServerMessages",
         "This is the last active administrator: it must stay active and keep the admin role.")},
    {"admin.user.unknown_role",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "There is no role \"{role}\".")},
    {"admin.user.username_chars",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages",
                       "This value must be 2-32 characters of a-z, 0-9, '.', '_' or '-'.")},
    {"auth.account_changed",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages",
                       "Your account was changed in the meantime. Please try again.")},
    {"auth.account_inactive",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages",
                       "Your account is no longer active. Please ask an administrator.")},
    {"auth.invalid_credentials",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "Invalid username or password.")},
    {"auth.locked",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages",
                       "This account is locked after too many failed attempts. Try again after "
                       "{until}, or ask an administrator to unlock it.")},
    {"auth.not_logged_in", QT_TRANSLATE_NOOP("Erp::Client::ServerMessages",
                                             "Your session has ended. Please log in again.")},
    {"auth.password.same", QT_TRANSLATE_NOOP("Erp::Client::ServerMessages",
                                             "The new password must differ from the current one.")},
    {"auth.password.wrong_current",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "This is not your current password.")},
    {"auth.session_expired", QT_TRANSLATE_NOOP("Erp::Client::ServerMessages",
                                               "Your session has ended. Please log in again.")},
    {"common.duplicate",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "A record with this value already exists.")},
    {"common.not_found",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages",
                       "The {entity} no longer exists. Someone may have deleted it.")},
    {"common.version_conflict",
     QT_TRANSLATE_NOOP(
         "Erp::Client::ServerMessages",
         "Someone else changed this {entity} in the meantime. Reload it and try again.")},
    {"crm.address.kind",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "This value must be billing or shipping.")},
    {"crm.address.needs_city_or_street",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages",
                       "An address needs at least a city or a street.")},
    {"crm.contact.one_primary",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "Only one contact can be the primary one.")},
    {"crm.customer.already_merged",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages",
                       "A customer that was already merged cannot be merged again.")},
    {"crm.customer.archive_not_active",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "Only an active customer can be archived.")},
    {"crm.customer.code_taken",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages",
                       "This value is already used by another customer.")},
    {"crm.customer.filter_status",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "The status filter is not valid.")},
    {"crm.customer.kind",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "This value must be company or individual.")},
    {"crm.customer.merged",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages",
                       "This customer was merged into another one and can no longer change.")},
    {"crm.customer.possible_duplicate",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages",
                       "This customer may already exist: {name} ({code}).")},
    {"crm.customer.restore_not_archived",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages",
                       "Only an archived customer can be restored.")},
    {"crm.customer.tag_too_long",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "\"{tag}\" is longer than 32 characters.")},
    {"crm.export.too_many",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages",
                       "More than {max} customers match; narrow the filter or export in parts.")},
    {"crm.import.failed",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages",
                       "{failed} of {total} rows have errors; nothing was imported.")},
    {"crm.import.merged",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages",
                       "This code belongs to a customer that was merged into another one.")},
    {"crm.import.unknown_owner",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "\"{owner}\" is not a user.")},
    {"crm.merge.same_customer",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages",
                       "Choose a customer other than the one that stays.")},
    {"crm.activity.due_at", QT_TRANSLATE_NOOP("Erp::Client::ServerMessages",
                                              "Enter a date and time such as 2026-11-27 09:30.")},
    {"crm.lead.illegal_transition",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages",
                       "The lead {name} is {state}: it cannot {action}.")},
    {"crm.lost_reason.competitor",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "Chose a competitor")},
    {"crm.lost_reason.no_budget", QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "No budget")},
    {"crm.lost_reason.no_decision",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "No decision")},
    {"crm.lost_reason.other", QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "Other")},
    {"crm.lost_reason.price", QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "Price too high")},
    {"crm.lost_reason.timing", QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "Wrong timing")},
    {"crm.lost_reason.unknown",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "Choose an active reason.")},
    {"crm.opportunity.closed",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages",
                       "Opportunity {number} is {state} and can no longer change.")},
    {"crm.opportunity.move_to_lost",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages",
                       "Use Lose with a reason to close opportunity {number} as lost.")},
    {"crm.opportunity.move_to_won",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages",
                       "Use Win to close opportunity {number}: it creates the sales order.")},
    {"crm.opportunity.needs_customer",
     QT_TRANSLATE_NOOP(
         "Erp::Client::ServerMessages",
         "Opportunity {number} has no customer yet: convert its lead or choose a customer.")},
    {"crm.opportunity.no_products",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages",
                       "Add the products of interest to opportunity {number} before winning it.")},
    {"crm.opportunity.no_sales",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages",
                       "The sales order could not be created: the sales module did not answer.")},
    {"crm.opportunity.start_closed",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages",
                       "A new opportunity starts in an open stage.")},
    {"crm.pipeline.export_too_many",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages",
                       "More than {max} rows match; narrow the filter or export in parts.")},
    {"crm.rule.action_event",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages",
                       "A new lead is assigned; a stage change creates an activity.")},
    {"crm.stage.inactive",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "The stage {name} is switched off.")},
    {"crm.stage.lost", QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "Lost")},
    {"crm.stage.needs_analysis",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "Needs analysis")},
    {"crm.stage.negotiation", QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "Negotiation")},
    {"crm.stage.none_lost",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "No lost stage is configured.")},
    {"crm.stage.none_open",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "No open stage is configured.")},
    {"crm.stage.none_won",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "No won stage is configured.")},
    {"crm.stage.proposal", QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "Proposal")},
    {"crm.stage.qualification", QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "Qualification")},
    {"crm.stage.won", QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "Won")},
    {"crm.stage.won_and_lost",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "A stage cannot be both won and lost.")},
    {"export.format_csv_xlsx",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "The format must be CSV or Excel (XLSX).")},
    {"export.xlsx_failed",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "The Excel file could not be written.")},
    {"finance.account.code_chars",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages",
                       "An account code is 1 to 20 letters, digits, '.' or '-'.")},
    {"finance.account.code_prefix",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages",
                       "A sub-account's code must start with its parent's code {code}.")},
    {"finance.account.has_balance",
     QT_TRANSLATE_NOOP(
         "Erp::Client::ServerMessages",
         "Account {code} still has a balance: move it to another account before archiving it.")},
    {"finance.account.in_role",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages",
                       "Account {code} is used for automatic postings ({role}) in Finance ▸ "
                       "Settings: choose another account there first.")},
    {"finance.account.parent_used",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages",
                       "Account {code} already has entries, so it cannot get sub-accounts.")},
    {"finance.bill.illegal_transition",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages",
                       "Bill {number} is {state}: it cannot {action}.")},
    {"finance.bill.needs_approval",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages",
                       "Bill {number} differs from its purchase order beyond the tolerance: it "
                       "must be approved before it is posted.")},
    {"finance.bill.no_lines",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "A bill needs at least one line.")},
    {"finance.bill.nothing_received",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages",
                       "Nothing is received and not billed yet on this line.")},
    {"finance.bill.nothing_to_bill",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages",
                       "Order {order} has nothing received that is not billed yet.")},
    {"finance.bill.order_currency",
     QT_TRANSLATE_NOOP(
         "Erp::Client::ServerMessages",
         "Order {order} is in {currency}; bills are written in the base currency {base}.")},
    {"finance.bill.paid",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages",
                       "Bill {number} has payments applied: unapply them before cancelling it.")},
    {"finance.bill.posted",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages",
                       "Bill {number} is posted: only the supplier's bill number and date can "
                       "change. Cancel it to reverse it.")},
    {"finance.bill.unknown_order",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "This is not a purchase order.")},
    {"finance.bill.zero", QT_TRANSLATE_NOOP("Erp::Client::ServerMessages",
                                            "A bill without an amount cannot be posted.")},
    {"finance.entry.account_archived",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "Account {code} is archived.")},
    {"finance.entry.account_not_leaf",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages",
                       "Account {code} has sub-accounts: choose one of them.")},
    {"finance.entry.already_reversed",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages",
                       "Entry {number} has already been reversed, or is itself a reversal.")},
    {"finance.entry.amount_too_large",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "This amount is too large.")},
    {"finance.entry.line_not_object",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "This line is not valid.")},
    {"finance.entry.one_side",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages",
                       "A line has either a debit or a credit amount, not both and not neither.")},
    {"finance.entry.post_forbidden",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages",
                       "You may write drafts, but posting needs the permission to post entries.")},
    {"finance.entry.posted",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages",
                       "Entry {number} is posted and can no longer change: reverse it instead.")},
    {"finance.entry.reverse_draft",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages",
                       "A draft is not reversed: change or discard it.")},
    {"finance.entry.too_few_lines",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "An entry needs at least two lines.")},
    {"finance.entry.unbalanced",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages",
                       "Debits ({debit}) and credits ({credit}) differ: an entry must balance.")},
    {"finance.entry.unknown_account",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "This is not an account of the chart.")},
    {"finance.entry.unknown_partner",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "This is not a known customer or supplier.")},
    {"finance.entry.zero",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "An entry must move an amount.")},
    {"finance.invoice.credit_exceeds",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages",
                       "The quantity is more than is left to credit on this line ({open}).")},
    {"finance.invoice.credit_not_posted",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages",
                       "Only a posted invoice can be credited; cancel a draft instead.")},
    {"finance.invoice.exceeds_shipped",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages",
                       "The quantity is more than is shipped and not invoiced yet ({open}).")},
    {"finance.invoice.fapiao_number",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "A fapiao number has up to 20 digits.")},
    {"finance.invoice.no_lines",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "An invoice needs at least one line.")},
    {"finance.invoice.nothing_to_credit",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages",
                       "Invoice {number} is already credited in full.")},
    {"finance.invoice.nothing_to_invoice",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages",
                       "Order {order} has nothing shipped that is not invoiced yet.")},
    {"finance.invoice.order_currency",
     QT_TRANSLATE_NOOP(
         "Erp::Client::ServerMessages",
         "Order {order} is in {currency}; invoices are written in the base currency {base}.")},
    {"finance.invoice.post_forbidden",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages",
                       "Posting an invoice needs the permission finance.invoice.post.")},
    {"finance.invoice.posted",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages",
                       "Invoice {number} is posted: only its fapiao number and date can change. "
                       "Credit it to cancel it.")},
    {"finance.invoice.tax_rate",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "The tax rate must be one of {values} %.")},
    {"finance.invoice.unknown_line",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "This is not a line of the invoice.")},
    {"finance.invoice.unknown_order",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "This is not a sales order.")},
    {"finance.invoice.zero", QT_TRANSLATE_NOOP("Erp::Client::ServerMessages",
                                               "An invoice without an amount cannot be posted.")},
    {"finance.payment.exceeds_open",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages",
                       "The amount is more than the invoice's open amount {open}.")},
    {"finance.payment.exceeds_open_bill",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages",
                       "The amount is more than the bill's open amount {open}.")},
    {"finance.payment.exceeds_unapplied",
     QT_TRANSLATE_NOOP(
         "Erp::Client::ServerMessages",
         "The amounts applied ({amount}) are more than the payment has left ({unapplied}).")},
    {"finance.payment.not_open_bill",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages",
                       "This is not an open bill of the payment's supplier.")},
    {"finance.payment.not_open_invoice",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages",
                       "This is not an open invoice of the payment's customer.")},
    {"finance.payment.unknown_allocation",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages",
                       "This is not an allocation of this payment.")},
    {"finance.period.already_closed",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "The period {period} is already closed.")},
    {"finance.period.closed",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages",
                       "The period {period} is closed: nothing can be posted into it.")},
    {"finance.period.has_drafts",
     QT_TRANSLATE_NOOP(
         "Erp::Client::ServerMessages",
         "The period {period} still has {count} draft entries: post or discard them first.")},
    {"finance.period.invalid",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "Enter a month such as 2026-03.")},
    {"finance.period.not_closed",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "The period {period} is not closed.")},
    {"finance.posting.no_account",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages",
                       "No account is set for automatic postings ({role}) in Finance ▸ Settings.")},
    {"finance.report.range_too_long",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "Choose at most ten years at once.")},
    {"finance.report.to_before_from",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "The end must not be before the start.")},
    {"finance.settings.chart_locked",
     QT_TRANSLATE_NOOP(
         "Erp::Client::ServerMessages",
         "The chart of accounts cannot be changed any more: accounts already have entries.")},
    {"finance.settings.role_account",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages",
                       "Choose an active account without sub-accounts.")},
    {"finance.vat.future_period",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages",
                       "VAT can be transferred for this month or earlier ones only.")},
    {"hr.contract.end_before_start",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "The contract cannot end before it starts.")},
    {"hr.contract.probation_outside",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages",
                       "The probation must end between the start and the end of the contract.")},
    {"hr.department.already_archived",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "The department is already archived.")},
    {"hr.department.archive_in_use",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages",
                       "The department {name} still has current employees or active sub-departments: move them first.")},
    {"hr.department.archived",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "This department is archived.")},
    {"hr.department.code_taken",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages",
                       "This code is already used by another department.")},
    {"hr.department.cycle",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages",
                       "A department cannot be placed under itself or one of its sub-departments.")},
    {"hr.department.in_use",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages",
                       "The department {name} is in use (employees, positions or sub-departments): archive it instead.")},
    {"hr.department.unknown",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "This is not a department.")},
    {"hr.employee.already_archived",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "The employee is already archived.")},
    {"hr.employee.archive_not_left",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages",
                       "Only an employee who has left can be archived: record the leave date and reason first.")},
    {"hr.employee.archived_has_left",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "An archived employee must have left.")},
    {"hr.employee.birth_date_mismatch",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages",
                       "The birth date does not match the ID number ({date}).")},
    {"hr.employee.date_in_future",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "This date must not be in the future.")},
    {"hr.employee.elderly_share_max",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages",
                       "The elderly support share can be at most {max} a month.")},
    {"hr.employee.gender_mismatch",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "The gender does not match the ID number.")},
    {"hr.employee.housing_fund_rate",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages",
                       "The housing fund rate must be 0 or between 5.00 and 12.00 percent.")},
    {"hr.employee.id_number_birth_date",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages",
                       "The ID number does not hold a valid birth date.")},
    {"hr.employee.id_number_chars",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages",
                       "The ID number must be 17 digits followed by a digit or X.")},
    {"hr.employee.id_number_check",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages",
                       "The ID number's check character is wrong: please check the number.")},
    {"hr.employee.id_number_length",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "The ID number must be 18 characters long.")},
    {"hr.employee.id_number_taken",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages",
                       "This ID number is already used by another employee.")},
    {"hr.employee.leave_before_hire",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages",
                       "The leave date cannot be before the hire date.")},
    {"hr.employee.leave_only_when_left",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages",
                       "A leave date and reason are only for an employee who has left.")},
    {"hr.employee.manager_cycle",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages",
                       "The manager cannot be the employee himself or one of his reports.")},
    {"hr.employee.number_taken",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages",
                       "This number is already used by another employee.")},
    {"hr.employee.unknown",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "This is not an employee.")},
    {"hr.employee.user_taken",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages",
                       "This login is already linked to another employee.")},
    {"hr.export.too_many",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages",
                       "More than {max} employees match; narrow the filter or export in parts.")},
    {"hr.position.already_archived",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "The position is already archived.")},
    {"hr.position.archive_held",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages",
                       "{count} employees still hold the position {title}.")},
    {"hr.position.held",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages",
                       "The department cannot change while employees hold the position.")},
    {"hr.position.other_department",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages",
                       "This position belongs to another department.")},
    {"hr.position.title_taken",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages",
                       "This department already has a position with this title.")},
    {"hr.position.unknown",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "This is not a position.")},
    {"import.csv_invalid",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "The CSV file cannot be read: {detail}")},
    {"import.csv_text", QT_TRANSLATE_NOOP("Erp::Client::ServerMessages",
                                          "The CSV data must be UTF-8 text with a header line.")},
    {"import.format_csv_json",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "The format must be CSV or JSON.")},
    {"import.json_rows",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "The data must be a list of rows.")},
    {"import.row_not_object", QT_TRANSLATE_NOOP("Erp::Client::ServerMessages",
                                                "The file contains rows that cannot be read.")},
    {"import.too_many_rows",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages",
                       "At most {max} rows can be imported at a time. Split the file.")},
    {"inventory.count.already_open",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages",
                       "This warehouse already has an open stock count; post or cancel it first.")},
    {"inventory.count.not_open",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages",
                       "The stock count is {state}; only an open count can be changed.")},
    {"inventory.count.unknown_line",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "No such line in this stock count.")},
    {"inventory.import.unknown_sku",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages",
                       "There is no product with the SKU \"{sku}\".")},
    {"inventory.import.unknown_warehouse",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages",
                       "There is no warehouse with the code \"{warehouse}\".")},
    {"inventory.location.code_twice",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages",
                       "This value is used twice in this warehouse.")},
    {"inventory.location.not_in_warehouse",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages",
                       "This value is not a location of this warehouse.")},
    {"inventory.move.goods_receipt",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "Goods receipt {number}.")},
    {"inventory.move.kind", QT_TRANSLATE_NOOP("Erp::Client::ServerMessages",
                                              "This value must be adjustment, scrap or receipt.")},
    {"inventory.move.stock_count",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "Stock count {number}.")},
    {"inventory.move.unknown_kind",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "Unknown kind of stock move: {kind}.")},
    {"inventory.product.already_archived",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "The product is already archived.")},
    {"inventory.product.barcode_chars",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages",
                       "This value may hold letters, digits and - only.")},
    {"inventory.product.code_taken",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages",
                       "This value is already used by another product.")},
    {"inventory.product.cost_is_average",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages",
                       "The cost is the moving average of the stock on hand; receipts change it.")},
    {"inventory.product.sku_chars",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages",
                       "This value may hold letters, digits and . _ / - only.")},
    {"inventory.product.unit",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages",
                       "This value must be a unit such as pcs, kg, m, box, l or set.")},
    {"inventory.receipt.qty_positive",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages",
                       "A receipt brings stock in: the quantity must be positive.")},
    {"inventory.reservation.no_source",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages",
                       "A reservation needs the document it belongs to.")},
    {"inventory.scrap.qty_negative",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages",
                       "Scrap takes stock out: the quantity must be negative.")},
    {"inventory.stock.inconsistent",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages",
                       "The stock figures of a product need repair. Ask an administrator to run "
                       "the stock check.")},
    {"inventory.stock.insufficient",
     QT_TRANSLATE_NOOP(
         "Erp::Client::ServerMessages",
         "Insufficient stock: {requested} requested, {on_hand} on hand, {reserved} reserved.")},
    {"inventory.stock.insufficient_reserved",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages",
                       "Insufficient stock: {qty} to ship but only {reserved} reserved.")},
    {"inventory.stock.opening_positive",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages",
                       "An opening balance must be more than zero.")},
    {"inventory.stock.opening_posted",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages",
                       "An opening balance of {qty} was already posted for this product in this "
                       "warehouse. Correct it with a stock count.")},
    {"inventory.stock.product_ids",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "The product list is not valid.")},
    {"inventory.stock.repair_forbidden",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages",
                       "You do not have permission to repair stock levels.")},
    {"inventory.stock.too_many_products",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "Ask for at most {max} products at a time.")},
    {"inventory.transfer.same_warehouse",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages",
                       "Choose a warehouse other than the source warehouse.")},
    {"inventory.warehouse.code_chars",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages",
                       "This value may hold letters, digits, _ and - only.")},
    {"inventory.warehouse.code_taken",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages",
                       "This value is already used by another warehouse.")},
    {"inventory.warehouse.has_stock",
     QT_TRANSLATE_NOOP(
         "Erp::Client::ServerMessages",
         "The warehouse still holds stock; move it elsewhere before deactivating the warehouse.")},
    {"inventory.warehouse.inactive",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "The warehouse is not active.")},
    {"list.after_invalid", QT_TRANSLATE_NOOP("Erp::Client::ServerMessages",
                                             "The list could not be paged. Please reload it.")},
    {"list.after_unsupported", QT_TRANSLATE_NOOP("Erp::Client::ServerMessages",
                                                 "The list could not be paged. Please reload it.")},
    {"list.filter_boolean",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "The filter is not valid.")},
    {"list.filter_date",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "The date filter is not a valid date.")},
    {"list.filter_id", QT_TRANSLATE_NOOP("Erp::Client::ServerMessages",
                                         "The filter names a record that does not exist.")},
    {"list.filter_state",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "The state filter is not valid.")},
    {"list.filter_text",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "The filter {filter} must be text.")},
    {"list.paging_negative", QT_TRANSLATE_NOOP("Erp::Client::ServerMessages",
                                               "The list could not be paged. Please reload it.")},
    {"list.sort_invalid",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "The list cannot be sorted this way.")},
    {"list.sort_too_many", QT_TRANSLATE_NOOP("Erp::Client::ServerMessages",
                                             "A list can be sorted by at most 3 columns.")},
    {"list.sort_twice",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "The column {column} is sorted twice.")},
    {"list.sort_unknown",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "The list cannot be sorted by {column}.")},
    {"mail.outbox.not_retryable",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages",
                       "Only a queued or failed message can be sent again (this one is {state}).")},
    {"net.idle_timeout",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages",
                       "The server closed the connection after {seconds} seconds without a "
                       "request. The program reconnects by itself.")},
    {"net.line_too_long",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages",
                       "The request was too large for the server (at most {max} bytes).")},
    {"net.line_too_long_before_login",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages",
                       "The request was too large for the server before logging in (at most "
                       "{max} bytes).")},
    {"net.login_timeout",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages",
                       "The server closed the connection because nobody logged in within "
                       "{seconds} seconds. The program reconnects by itself.")},
    {"net.too_many_connections",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages",
                       "The server has too many connections (at most {max}). Try again later "
                       "or ask your administrator.")},
    {"net.too_many_connections_from_address",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages",
                       "Too many connections from this address ({address}, at most {max}). "
                       "Close other ERP windows on it or ask your administrator.")},
    {"platform.field.forbidden",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages",
                       "You do not have permission to change this field.")},
    {"platform.import.bad_lifetime",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages",
                       "An import can stay open for at most {max} seconds.")},
    {"platform.import.bad_rows",
     QT_TRANSLATE_NOOP(
         "Erp::Client::ServerMessages",
         "The rows of the file arrived out of order. Please start the import again.")},
    {"platform.import.batch_too_large",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "At most {max} rows can be sent at a time.")},
    {"platform.import.control_chars",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages",
                       "This cell holds invisible control characters. Retype it.")},
    {"platform.import.duplicate_key",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages",
                       "\"{value}\" appears already in an earlier row of the file.")},
    {"platform.import.failed",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages",
                       "{count} problems in the file; nothing was imported.")},
    {"platform.import.forbidden",
     QT_TRANSLATE_NOOP(
         "Erp::Client::ServerMessages",
         "You do not have permission to import these records. Ask an administrator for access.")},
    {"platform.import.has_problems",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages",
                       "{rows} rows of the file have problems; nothing was imported. Correct them "
                       "and check the file again.")},
    {"platform.import.job_cancelled",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages",
                       "This import was cancelled. Please start it again.")},
    {"platform.import.job_committed",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages",
                       "This import is already finished. Start a new one to import more.")},
    {"platform.import.job_expired",
     QT_TRANSLATE_NOOP(
         "Erp::Client::ServerMessages",
         "This import was left open too long and has expired. Please start it again.")},
    {"platform.import.job_not_found",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages",
                       "This import no longer exists. Please start it again.")},
    {"platform.import.no_rows",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "The file has no rows to import.")},
    {"platform.import.not_boolean",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "\"{value}\" is neither yes nor no.")},
    {"platform.import.not_date",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages",
                       "\"{value}\" is not a date (write it as 2026-11-27).")},
    {"platform.import.not_integer",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "\"{value}\" is not a whole number.")},
    {"platform.import.not_number",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "\"{value}\" is not a number.")},
    {"platform.import.required",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "A value is required.")},
    {"platform.import.store_rejected",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "The server could not save this row.")},
    {"platform.import.unknown_entity",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "These records cannot be imported.")},
    {"platform.module.disabled",
     QT_TRANSLATE_NOOP(
         "Erp::Client::ServerMessages",
         "This part of the program is switched off for your company. Ask an administrator.")},
    {"purchasing.order.before_order_date",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages",
                       "This date must not be before the order date.")},
    {"purchasing.order.illegal_transition",
     QT_TRANSLATE_NOOP(
         "Erp::Client::ServerMessages",
         "Purchase order {number} is {state}: \"{action}\" is not possible in that state.")},
    {"purchasing.order.line_object",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "This order line cannot be read.")},
    {"purchasing.order.no_lines",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages",
                       "Purchase order {number} has no lines to send.")},
    {"purchasing.receipt.location_not_in_warehouse",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages",
                       "This value is not a location of the order's warehouse.")},
    {"purchasing.receipt.nothing",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "Nothing to receive.")},
    {"purchasing.receipt.over_receipt",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages",
                       "{qty} {unit} would be received on line {line} ({sku}), but only {open} of "
                       "{ordered} ordered are still open.")},
    {"purchasing.replenish.lines_or_all",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages",
                       "Choose either single products or all of them, not both.")},
    {"purchasing.replenish.no_supplier",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "The product has no default supplier.")},
    {"purchasing.replenish.nothing",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "Choose the products to order.")},
    {"purchasing.supplier.already_archived",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "The supplier is already archived.")},
    {"purchasing.supplier.code_taken",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages",
                       "This value is already used by another supplier.")},
    {"rpc.batch.reply_too_large",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages",
                       "The server did not run this request: the answer would have been larger "
                       "than {max} bytes. Ask for fewer records at a time.")},
    {"rpc.forbidden",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages",
                       "You do not have permission to do this. Ask an administrator for access.")},
    {"rpc.internal_error", QT_TRANSLATE_NOOP("Erp::Client::ServerMessages",
                                             "An internal error occurred on the server. Please "
                                             "tell your administrator the log id {log_id}.")},
    {"rpc.invalid_request", QT_TRANSLATE_NOOP("Erp::Client::ServerMessages",
                                              "The server could not understand the request.")},
    {"rpc.method_not_found",
     QT_TRANSLATE_NOOP(
         "Erp::Client::ServerMessages",
         "The server does not offer this function. Is the server older than this program?")},
    {"rpc.params.control_chars",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages",
                       "The {param} holds invisible control characters. Retype it.")},
    {"rpc.params.missing",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "Please fill in the {param}.")},
    {"rpc.params.missing#choose",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "Please choose the {param}.")},
    {"rpc.params.not_object", QT_TRANSLATE_NOOP("Erp::Client::ServerMessages",
                                                "The server could not understand the request.")},
    {"rpc.params.too_long",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages",
                       "The {param} is too long: at most {max} characters.")},
    {"rpc.params.type",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "The {param} is not valid.")},
    {"rpc.params.unknown",
     QT_TRANSLATE_NOOP(
         "Erp::Client::ServerMessages",
         "The server does not accept the value {param}. Is the server older than this program?")},
    {"rpc.params.unknown_filter",
     QT_TRANSLATE_NOOP(
         "Erp::Client::ServerMessages",
         "The server cannot filter by \"{key}\". Is the server older than this program?")},
    {"rpc.parse_error",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "The server could not read the request.")},
    {"sales.import.failed", QT_TRANSLATE_NOOP("Erp::Client::ServerMessages",
                                              "{count} errors in the file; nothing was imported.")},
    {"sales.order.before_order_date",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "This date is before the order date.")},
    {"sales.order.customer_status",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "This customer is {status}.")},
    {"sales.order.external_ref_taken",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages",
                       "Another order of this channel already has this reference.")},
    {"sales.order.illegal_transition",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages",
                       "Order {number} is {state}: it cannot {action}.")},
    {"sales.order.no_lines",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "An order needs at least one line.")},
    {"sales.order.product_archived",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "{sku} is archived.")},
    {"sales.order.reject_reason",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "Say why the order is rejected.")},
    {"sales.report.dates",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "The report period must be given as dates.")},
    {"sales.return.disposition",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "This value must be restock or scrap.")},
    {"sales.return.name_warehouse",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages",
                       "The line was never shipped; name the warehouse.")},
    {"sales.return.no_lines", QT_TRANSLATE_NOOP("Erp::Client::ServerMessages",
                                                "Name the lines and quantities coming back.")},
    {"sales.return.only_shipped",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "Only {qty} was shipped and not returned.")},
    {"sales.review.below_cost",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "{sku}: net unit price below cost.")},
    {"sales.review.credit_limit",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages",
                       "Open and unpaid orders {exposure} plus this order {gross} exceed the "
                       "credit limit {limit}.")},
    {"sales.review.discount",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "{sku}: discount {pct}% above {max}%.")},
    {"sales.review.insufficient_stock",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages",
                       "{sku}: {ordered} ordered, {available} available.")},
    {"sales.ship.nothing_allocated",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages",
                       "Order {number} has nothing allocated to ship.")},
    {"sales.ship.only_allocated",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "Only {qty} is allocated and not shipped.")},
    {"sales.ship.reservation_short",
     QT_TRANSLATE_NOOP(
         "Erp::Client::ServerMessages",
         "{sku}: less is reserved than allocated. Ask an administrator to run the stock check.")},
    {"sales.timeline.amendment", QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "Amendment.")},
    {"sales.timeline.auto_approved",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "Approved automatically.")},
    {"sales.timeline.backorder_allocated",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "{sku} {qty} allocated from arrived stock.")},
    {"sales.timeline.waiting_approval",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "Waiting for approval.")},
    {"system.admin_password_required",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages",
                       "A new company file needs the password of its first user, admin.")},
    {"system.demo_existing_database",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages",
                       "The demo company can only be loaded into a new company file.")},
    {"validation.amount", QT_TRANSLATE_NOOP("Erp::Client::ServerMessages",
                                            "This value must be an amount such as 50000.00.")},
    {"validation.amount_too_large",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "Quantity times price is too large.")},
    {"validation.archived_product",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "This product is archived.")},
    {"validation.archived_supplier",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "This supplier is archived.")},
    {"validation.boolean",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "This value must be true or false.")},
    {"validation.cannot_be_emptied",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "This value cannot be emptied.")},
    {"validation.code_chars", QT_TRANSLATE_NOOP("Erp::Client::ServerMessages",
                                                "This value must be letters, digits, '-' or '_'.")},
    {"validation.control_chars",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages",
                       "This value holds invisible control characters. Retype it.")},
    {"validation.country", QT_TRANSLATE_NOOP("Erp::Client::ServerMessages",
                                             "This value must be a two-letter country code.")},
    {"validation.currency",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages",
                       "This value must be a three-letter currency code such as CNY.")},
    {"validation.date", QT_TRANSLATE_NOOP("Erp::Client::ServerMessages",
                                          "This value must be a date such as 2026-11-27.")},
    {"validation.days", QT_TRANSLATE_NOOP("Erp::Client::ServerMessages",
                                          "This value must be a whole number of days.")},
    {"validation.days_range", QT_TRANSLATE_NOOP("Erp::Client::ServerMessages",
                                                "This value must be between 0 and 365 days.")},
    {"validation.decimal",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "Enter a number such as {example}.")},
    {"validation.email",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "This value is not a valid e-mail address.")},
    {"validation.given_twice",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "This line is given twice.")},
    {"validation.inactive_product",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "This product is not active.")},
    {"validation.inactive_supplier",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "This supplier is not active.")},
    {"validation.inactive_user",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "This user is not active.")},
    {"validation.inactive_warehouse",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "This warehouse is not active.")},
    {"validation.list",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "This value must be a list.")},
    {"validation.list_of_names",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "This value must be a list of names.")},
    {"validation.list_of_words",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "This value must be a list of words.")},
    {"validation.max_100",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "This value must be at most 100.00.")},
    {"validation.negative",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "This value must not be negative.")},
    {"validation.object",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "This value must be an object.")},
    {"validation.one_of",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "This value must be one of {values}.")},
    {"validation.phone", QT_TRANSLATE_NOOP("Erp::Client::ServerMessages",
                                           "This value is not a phone number (mobile 13800138000, "
                                           "landline 010-12345678 or +44 20 7946 0958).")},
    {"validation.positive",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "This value must be more than zero.")},
    {"validation.range", QT_TRANSLATE_NOOP("Erp::Client::ServerMessages",
                                           "This value must be between {min} and {max}.")},
    {"validation.record_id", QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "Choose a record.")},
    {"validation.required",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "This field is required.")},
    {"validation.taken",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "This value is already in use.")},
    {"validation.tax_id", QT_TRANSLATE_NOOP("Erp::Client::ServerMessages",
                                            "This value must be 5-30 letters or digits.")},
    {"validation.text",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "This value must be text.")},
    {"validation.too_long", QT_TRANSLATE_NOOP("Erp::Client::ServerMessages",
                                              "This value must be at most {max} characters.")},
    {"validation.too_many_decimals",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "This value has more than {max} decimals.")},
    {"validation.too_many_entries",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "At most {max} entries are allowed.")},
    {"validation.too_many_lines",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "At most {max} lines are allowed.")},
    {"validation.too_short", QT_TRANSLATE_NOOP("Erp::Client::ServerMessages",
                                               "This value must be at least {min} characters.")},
    {"validation.unknown_customer",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "No such customer.")},
    {"validation.unknown_order_line",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "No such line in this order.")},
    {"validation.unknown_product",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "No such product.")},
    {"validation.unknown_supplier",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "No such supplier.")},
    {"validation.unknown_warehouse",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "No such warehouse.")},
    {"validation.user_id", QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "Choose a user.")},
    {"validation.zero",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "This value must not be zero.")},
};

const Entry kEntities[] = {
    {"activity", QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "activity")},
    {"automation_rule", QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "automation rule")},
    {"customer", QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "customer")},
    {"department", QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "department")},
    {"employee", QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "employee")},
    {"lead", QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "lead")},
    {"lost_reason", QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "lost reason")},
    {"mail_message", QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "e-mail message")},
    {"opportunity", QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "opportunity")},
    {"position", QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "position")},
    {"product", QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "product")},
    {"purchase_order", QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "purchase order")},
    {"role", QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "role")},
    {"sales_order", QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "sales order")},
    {"stage", QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "stage")},
    {"stock_count", QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "stock count")},
    {"supplier", QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "supplier")},
    {"user", QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "user")},
    {"warehouse", QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "warehouse")},
};

// States and statuses of every entity (orders, purchase orders, counts, customers, mail).
const Entry kStates[] = {
    {"active", QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "active")},
    {"allocated", QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "allocated")},
    {"approved", QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "approved")},
    {"archived", QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "archived")},
    {"cancelled", QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "cancelled")},
    {"completed", QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "completed")},
    {"converted", QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "converted")},
    {"confirmed", QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "confirmed")},
    {"delivered", QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "delivered")},
    {"draft", QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "draft")},
    {"failed", QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "failed")},
    {"lost", QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "lost")},
    {"merged", QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "merged")},
    {"new", QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "new")},
    {"open", QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "open")},
    {"partially_received", QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "partially received")},
    {"picking", QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "picking")},
    {"posted", QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "posted")},
    {"qualified", QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "qualified")},
    {"queued", QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "queued")},
    {"received", QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "received")},
    {"rejected", QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "rejected")},
    {"sending", QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "sending")},
    {"sent", QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "sent")},
    {"shipped", QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "shipped")},
    {"submitted", QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "submitted")},
    {"won", QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "won")},
};

const Entry kActions[] = {
    {"allocate", QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "allocate")},
    {"approve", QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "approve")},
    {"cancel", QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "cancel")},
    {"complete", QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "complete")},
    {"confirm", QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "confirm")},
    {"convert", QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "convert")},
    {"deliver", QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "deliver")},
    {"lose", QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "mark as lost")},
    {"pick", QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "pick")},
    {"qualify", QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "qualify")},
    {"receive", QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "receive")},
    {"reject", QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "reject")},
    {"return", QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "take back")},
    {"send", QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "send")},
    {"ship", QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "ship")},
    {"submit", QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "submit")},
    {"update", QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "change")},
};

const Entry kUnits[] = {
    {"box", QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "box")},
    {"kg", QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "kg")},
    {"l", QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "l")},
    {"m", QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "m")},
    {"pcs", QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "pcs")},
    {"set", QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "set")},
};

const Entry kCarriers[] = {
    {"customer_pickup", QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "Customer pick-up")},
    {"dhl", QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "DHL")},
    {"ems", QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "China Post EMS")},
    {"jd", QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "JD Logistics")},
    {"own_vehicle", QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "Own vehicle")},
    {"sf", QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "SF Express")},
    {"yto", QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "YTO Express")},
    {"zto", QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "ZTO Express")},
};

// Wire names of parameters and fields, in the clerk's words.
const Entry kParams[] = {
    {"address", QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "address")},
    {"carrier", QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "carrier")},
    {"channel", QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "sales channel")},
    {"code", QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "code")},
    {"counted_qty", QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "counted quantity")},
    {"credit_limit", QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "credit limit")},
    {"currency", QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "currency")},
    {"customer_id", QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "customer")},
    {"description", QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "description")},
    {"duplicate_id", QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "duplicate customer")},
    {"email", QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "e-mail address")},
    {"expected_date", QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "expected date")},
    {"from_warehouse_id", QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "source warehouse")},
    {"full_name", QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "full name")},
    {"id", QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "record")},
    {"kind", QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "kind")},
    {"lines", QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "order lines")},
    {"location_id", QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "location")},
    {"name", QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "name")},
    {"new_password", QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "new password")},
    {"note", QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "note")},
    {"notes", QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "notes")},
    {"old_password", QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "current password")},
    {"owner_id", QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "owner")},
    {"password", QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "password")},
    {"permissions", QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "permissions")},
    {"phone", QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "phone number")},
    {"product_id", QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "product")},
    {"qty", QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "quantity")},
    {"reason", QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "reason")},
    {"roles", QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "roles")},
    {"search", QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "search text")},
    {"sku", QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "SKU")},
    {"status", QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "status")},
    {"supplier_id", QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "supplier")},
    {"survivor_id", QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "customer that stays")},
    {"tax_id", QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "tax ID")},
    {"to_warehouse_id", QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "target warehouse")},
    {"tracking", QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "tracking number")},
    {"unit", QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "unit")},
    {"unit_cost", QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "unit cost")},
    {"unit_price", QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "unit price")},
    {"username", QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "username")},
    {"version", QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "version")},
    {"warehouse_id", QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "warehouse")},
};

const Entry kRoleNames[] = {
    {"accountant", QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "Accountant")},
    {"admin", QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "Administrator")},
    {"hr", QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "Human resources")},
    {"manager", QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "Manager")},
    {"purchasing", QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "Purchasing")},
    {"sales", QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "Sales")},
    {"warehouse", QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "Warehouse")},
};

// The descriptions the server seeds for its built-in roles (migration 0002); an edited
// description is the administrator's own text and shown as stored.
const Entry kRoleDescriptions[] = {
    {"accountant",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "Finance: ledger, invoices and payments")},
    {"admin", QT_TRANSLATE_NOOP("Erp::Client::ServerMessages",
                                "Everything, including users, roles and the audit trail")},
    {"hr", QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "Human resources, salaries included")},
    {"manager",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages",
                       "Reads and approves everything outside administration; keeps customers")},
    {"purchasing", QT_TRANSLATE_NOOP("Erp::Client::ServerMessages",
                                     "Suppliers, purchase orders and replenishment")},
    {"sales", QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "Customers (CRM) and sales orders")},
    {"warehouse",
     QT_TRANSLATE_NOOP("Erp::Client::ServerMessages", "Inventory, shipping and receiving")},
};

template <size_t N>
const char* find(const Entry (&table)[N], const QString& code)
{
    for (const Entry& e : table)
        if (code == QLatin1String(e.id))
            return e.text;
    return nullptr;
}

template <size_t N>
QString translated(const Entry (&table)[N], const QString& code)
{
    const char* text = find(table, code);
    return text ? QCoreApplication::translate(ServerMessages::context(), text) : code;
}

QString argText(const QString& name, const QJsonValue& value)
{
    const QString v = value.toVariant().toString();
    if (name == QLatin1String("entity"))
        return ServerMessages::entity(v);
    if (name == QLatin1String("state") || name == QLatin1String("status"))
        return ServerMessages::state(v);
    if (name == QLatin1String("action"))
        return ServerMessages::action(v);
    if (name == QLatin1String("unit"))
        return ServerMessages::unit(v);
    if (name == QLatin1String("param"))
        return ServerMessages::param(v);
    if (name == QLatin1String("until")) {
        const QDateTime t = QDateTime::fromString(v, Qt::ISODateWithMs);
        if (t.isValid())
            return QLocale().toString(t.toLocalTime(), QLocale::ShortFormat);
    }
    return v;
}

QString fill(QString text, const QJsonObject& args)
{
    for (auto it = args.begin(); it != args.end(); ++it)
        text.replace(QLatin1Char('{') + it.key() + QLatin1Char('}'), argText(it.key(), it.value()));
    return text;
}

} // namespace

QString ServerMessages::text(const QString& id, const QJsonObject& args, const QString& fallback)
{
    const char* source = find(kMessages, id);
    if (!source) {
        qCWarning(lcMessages) << "no catalogue entry for the server message id" << id;
        return fallback;
    }
    return fill(QCoreApplication::translate(context(), source), args);
}

QString ServerMessages::text(const QJsonValue& ref, const QString& fallback)
{
    const QJsonObject o = ref.toObject();
    const QString id = o.value(QLatin1String("id")).toString();
    if (id.isEmpty())
        return fallback;
    return text(id, o.value(QLatin1String("args")).toObject(), fallback);
}

QString ServerMessages::missingParam(const QString& param)
{
    const bool choose = param.endsWith(QLatin1String("_id")) || param == QLatin1String("lines");
    return text(choose ? QStringLiteral("rpc.params.missing#choose")
                       : QStringLiteral("rpc.params.missing"),
                QJsonObject{{QStringLiteral("param"), param}});
}

bool ServerMessages::has(const QString& id)
{
    return find(kMessages, id) != nullptr;
}

QStringList ServerMessages::ids()
{
    QStringList out;
    for (const Entry& e : kMessages)
        out.append(QLatin1String(e.id));
    return out;
}

QString ServerMessages::source(const QString& id)
{
    const char* text = find(kMessages, id);
    return text ? QString::fromUtf8(text) : QString();
}

QStringList ServerMessages::allSources()
{
    QStringList out;
    auto add = [&out](const auto& table) {
        for (const Entry& e : table)
            out.append(QString::fromUtf8(e.text));
    };
    add(kMessages);
    add(kEntities);
    add(kStates);
    add(kActions);
    add(kUnits);
    add(kCarriers);
    add(kParams);
    add(kRoleNames);
    add(kRoleDescriptions);
    out.removeDuplicates();
    return out;
}

QString ServerMessages::entity(const QString& code)
{
    return translated(kEntities, code);
}

QString ServerMessages::state(const QString& code)
{
    return translated(kStates, code);
}

QString ServerMessages::action(const QString& code)
{
    return translated(kActions, code);
}

QString ServerMessages::unit(const QString& code)
{
    return translated(kUnits, code);
}

QString ServerMessages::carrier(const QString& code)
{
    return translated(kCarriers, code);
}

QString ServerMessages::param(const QString& name)
{
    if (find(kParams, name))
        return translated(kParams, name);
    // A nested field ("lines[2].qty") or an unknown one: its last part, in words if known.
    const QString last = name.section(QLatin1Char('.'), -1);
    if (last != name && find(kParams, last))
        return translated(kParams, last);
    qCWarning(lcMessages) << "no clerk's word for the parameter" << name;
    return QString(name).replace(QLatin1Char('_'), QLatin1Char(' '));
}

QString ServerMessages::roleName(const QString& name)
{
    return translated(kRoleNames, name);
}

QString ServerMessages::roleDescription(const QString& name, const QString& stored)
{
    const char* seeded = find(kRoleDescriptions, name);
    if (seeded && stored == QLatin1String(seeded))
        return QCoreApplication::translate(context(), seeded);
    return stored;
}

} // namespace Erp::Client
