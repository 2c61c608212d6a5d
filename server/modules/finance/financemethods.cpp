// Registration of finance.* methods: parameters in, service call, result out.
#include "server/modules/finance/financemodule.h"

#include "common/permission.h"
#include "server/modules/finance/stockvaluecheck.h"
#include "server/modules/inventory/inventorymodule.h"
#include "server/rpc/callcontext.h"
#include "server/rpc/registry.h"

namespace Erp::Server::Finance {

using namespace Rpc;

namespace {

qint64 idOf(const QJsonObject& p, const char* key = "id")
{
    return p.value(QLatin1String(key)).toInteger();
}

/// The fields of a journal entry, declared once for create and update.
MethodSpec& entryFields(MethodSpec& spec)
{
    return spec
        .param(QStringLiteral("journal"), ParamType::String, Optional,
               QStringLiteral("general (default), sales, purchases, cash, bank, payroll, stock"),
               20)
        .param(QStringLiteral("date"), ParamType::String, Optional,
               QStringLiteral("ISO date, default today; its month is the period"), 10)
        .param(QStringLiteral("description"), ParamType::String, Optional, {}, 500)
        .param(QStringLiteral("lines"), ParamType::Array, Optional,
               QStringLiteral("[{account_id | account_code, debit: \"100.00\" | credit: "
                              "\"100.00\", partner_type?: customer|supplier, partner_id?, "
                              "description?, currency?, currency_amount?}]; at least two, "
                              "debits equal to credits (required to create)"));
}

} // namespace

void FinanceModule::registerMethods(MethodRegistry& r)
{
    LedgerService* ledger = &m_ledger;
    AccountService* accounts = &m_accounts;
    ReportService* reports = &m_reports;
    VatService* vat = &m_vat;

    // Settings.
    r.add(MethodSpec(QStringLiteral("finance.company.get"))
              .describe(QStringLiteral(
                  "The books' settings: {chart, charts, chart_locked, reversal_style, "
                  "invoice_on_shipment, bill_tolerance_pct, bill_tolerance_amount, base_currency, "
                  "fiscal_year_start_month, roles: [{role, "
                  "category, account_id, "
                  "account_code}], posting_roles, version}."))
              .needs(QStringLiteral("finance.settings.read"))
              .reads()
              .handle([accounts](CallContext& ctx, const QJsonObject&) -> QJsonValue {
                  return accounts->settings(ctx);
              }));
    r.add(MethodSpec(QStringLiteral("finance.company.update"))
              .describe(QStringLiteral(
                  "Change the books' settings: chart (cn_small | generic, only while no account "
                  "has entries: the chart is replaced), reversal_style (storno | opposite), "
                  "roles: [{role, category?, account_id | account_code}] — which account each "
                  "automatic posting uses, per product category or for all."))
              .needs(QStringLiteral("finance.settings.write"))
              .param(QStringLiteral("version"), ParamType::Integer, Required)
              .param(QStringLiteral("chart"), ParamType::String, Optional, {}, 20)
              .param(QStringLiteral("reversal_style"), ParamType::String, Optional, {}, 20)
              .param(QStringLiteral("invoice_on_shipment"), ParamType::Boolean, Optional,
                     QStringLiteral("a shipment creates and posts the invoice of its lines"))
              .param(QStringLiteral("bill_tolerance_pct"), ParamType::String, Optional,
                     QStringLiteral("\"2.00\": a bill's price difference above this percent of "
                                    "the received value needs approval"),
                     10)
              .param(QStringLiteral("bill_tolerance_amount"), ParamType::String, Optional,
                     QStringLiteral("\"500.00\": ... or above this amount (0: no limit)"), 20)
              .param(QStringLiteral("roles"), ParamType::Array)
              .handle([accounts](CallContext& ctx, const QJsonObject& p) -> QJsonValue {
                  return accounts->updateSettings(ctx, p);
              }));

    // Accounts.
    const QString accountRead = QStringLiteral("finance.account.read");
    const QString accountWrite = QStringLiteral("finance.account.write");
    MethodSpec accountList(QStringLiteral("finance.account.list"));
    listParams(accountList)
        .filters({QStringLiteral("active"), QStringLiteral("type"), QStringLiteral("leaf")})
        .describe(QStringLiteral(
            "The chart of accounts in code order (parents before their sub-accounts): {id, "
            "code, name, name_en, parent_id, type, normal_balance, level, leaf, active, used}. "
            "filter {active, type, leaf}; search: code or name."))
        .needs(accountRead)
        .reads()
        .handle([accounts](CallContext& ctx, const QJsonObject& p) -> QJsonValue {
            return accounts->list(ctx, p);
        });
    r.add(accountList);
    r.add(MethodSpec(QStringLiteral("finance.account.get"))
              .describe(QStringLiteral("One account."))
              .needs(accountRead)
              .reads()
              .param(QStringLiteral("id"), ParamType::Id, Required)
              .handle([accounts](CallContext& ctx, const QJsonObject& p) -> QJsonValue {
                  return accounts->get(ctx, idOf(p));
              }));
    r.add(MethodSpec(QStringLiteral("finance.account.create"))
              .describe(QStringLiteral(
                  "Add an account: {code, name, name_en?, parent_id | parent_code, type?, "
                  "normal_balance?}. A sub-account's code starts with its parent's and takes "
                  "its type; a parent with entries cannot get sub-accounts."))
              .needs(accountWrite)
              .param(QStringLiteral("code"), ParamType::String, Required, {}, 20)
              .param(QStringLiteral("name"), ParamType::String, Required, {}, 100)
              .param(QStringLiteral("name_en"), ParamType::String, Optional, {}, 100)
              .param(QStringLiteral("parent_id"), ParamType::Id)
              .param(QStringLiteral("parent_code"), ParamType::String, Optional, {}, 20)
              .param(QStringLiteral("type"), ParamType::String, Optional,
                     QStringLiteral("asset, liability, common, equity, cost, revenue, expense"), 20)
              .param(QStringLiteral("normal_balance"), ParamType::String, Optional,
                     QStringLiteral("debit or credit"), 10)
              .handle([accounts](CallContext& ctx, const QJsonObject& p) -> QJsonValue {
                  return accounts->create(ctx, p);
              }));
    r.add(MethodSpec(QStringLiteral("finance.account.update"))
              .describe(QStringLiteral(
                  "Rename ({name, name_en}) or archive/restore ({active}) an account. An account "
                  "with a balance or used by a posting role cannot be archived."))
              .needs(accountWrite)
              .param(QStringLiteral("id"), ParamType::Id, Required)
              .param(QStringLiteral("version"), ParamType::Integer, Required)
              .param(QStringLiteral("name"), ParamType::String, Optional, {}, 100)
              .param(QStringLiteral("name_en"), ParamType::String, Optional, {}, 100)
              .param(QStringLiteral("active"), ParamType::Boolean)
              .handle([accounts](CallContext& ctx, const QJsonObject& p) -> QJsonValue {
                  return accounts->update(ctx, idOf(p), idOf(p, "version"), p);
              }));

    // Entries.
    const QString entryRead = QStringLiteral("finance.entry.read");
    const QString entryWrite = QStringLiteral("finance.entry.write");
    const QString entryPost = QStringLiteral("finance.entry.post");
    MethodSpec create(QStringLiteral("finance.entry.create"));
    entryFields(create)
        .describe(QStringLiteral(
            "Write a journal entry as a draft (post: true posts it at once, which needs "
            "finance.entry.post). -32022 naming the field; debits must equal credits."))
        .needs(entryWrite)
        .param(QStringLiteral("post"), ParamType::Boolean)
        .handle([ledger](CallContext& ctx, const QJsonObject& p) -> QJsonValue {
            if (p.value(QLatin1String("post")).toBool() &&
                !permissionGranted(ctx.identity.grants, QStringLiteral("finance.entry.post")))
                throw Error(Rpc::Forbidden,
                            QStringLiteral("Posting needs the permission finance.entry.post"),
                            QJsonObject{{QStringLiteral("permission"),
                                         QStringLiteral("finance.entry.post")}})
                    .withId(QStringLiteral("finance.entry.post_forbidden"));
            return ledger->create(ctx, p);
        });
    r.add(create);
    MethodSpec update(QStringLiteral("finance.entry.update"));
    entryFields(update)
        .describe(QStringLiteral("Change a draft (lines replaced as a whole); a posted entry "
                                 "never changes (-32030): reverse it."))
        .needs(entryWrite)
        .param(QStringLiteral("id"), ParamType::Id, Required)
        .param(QStringLiteral("version"), ParamType::Integer, Required)
        .handle([ledger](CallContext& ctx, const QJsonObject& p) -> QJsonValue {
            return ledger->update(ctx, idOf(p), idOf(p, "version"), p);
        });
    r.add(update);
    r.add(MethodSpec(QStringLiteral("finance.entry.discard"))
              .describe(QStringLiteral("Delete a draft (it never had a number)."))
              .needs(entryWrite)
              .param(QStringLiteral("id"), ParamType::Id, Required)
              .param(QStringLiteral("version"), ParamType::Integer, Required)
              .handle([ledger](CallContext& ctx, const QJsonObject& p) -> QJsonValue {
                  return ledger->discard(ctx, idOf(p), idOf(p, "version"));
              }));
    r.add(MethodSpec(QStringLiteral("finance.entry.post"))
              .describe(QStringLiteral(
                  "Post a draft: it gets its number (记-2026-000123, gapless per journal and "
                  "year) and its chain hash, and counts in every report. -32030 in a closed "
                  "period."))
              .needs(entryPost)
              .param(QStringLiteral("id"), ParamType::Id, Required)
              .param(QStringLiteral("version"), ParamType::Integer, Required)
              .handle([ledger](CallContext& ctx, const QJsonObject& p) -> QJsonValue {
                  return ledger->post(ctx, idOf(p), idOf(p, "version"));
              }));
    r.add(MethodSpec(QStringLiteral("finance.entry.reverse"))
              .describe(QStringLiteral(
                  "Book the reversal of a posted entry (storno: the same lines in red; opposite: "
                  "sides swapped — as the books are set), linked both ways; date defaults to the "
                  "original's (today when its period is closed). Returns the reversal."))
              .needs(entryPost)
              .param(QStringLiteral("id"), ParamType::Id, Required)
              .param(QStringLiteral("version"), ParamType::Integer, Required)
              .param(QStringLiteral("date"), ParamType::String, Optional, {}, 10)
              .param(QStringLiteral("description"), ParamType::String, Optional, {}, 500)
              .handle([ledger](CallContext& ctx, const QJsonObject& p) -> QJsonValue {
                  return ledger->reverse(ctx, idOf(p), idOf(p, "version"), p);
              }));
    r.add(MethodSpec(QStringLiteral("finance.entry.get"))
              .describe(QStringLiteral("One entry with its lines."))
              .needs(entryRead)
              .reads()
              .param(QStringLiteral("id"), ParamType::Id, Required)
              .handle([ledger](CallContext& ctx, const QJsonObject& p) -> QJsonValue {
                  return ledger->get(ctx, idOf(p));
              }));
    MethodSpec list(QStringLiteral("finance.entry.list"));
    listParams(list)
        .filters({QStringLiteral("journal"), QStringLiteral("state"), QStringLiteral("period"),
                  QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("source_type"),
                  QStringLiteral("source_id"), QStringLiteral("account_id")})
        .describe(QStringLiteral(
            "Journal entries without their lines, newest first. filter {journal, state, period, "
            "from, to, source_type, source_id, account_id}; search: number, description or "
            "source reference. Sort: date, number, journal, state, total, created_at."))
        .needs(entryRead)
        .reads()
        .handle([ledger](CallContext& ctx, const QJsonObject& p) -> QJsonValue {
            return ledger->list(ctx, p);
        });
    r.add(list);
    r.add(MethodSpec(QStringLiteral("finance.entry.for_source"))
              .describe(QStringLiteral("The entries booked for a source document (a goods "
                                       "receipt, a shipment, ...) with their lines."))
              .needs(entryRead)
              .reads()
              .param(QStringLiteral("source_type"), ParamType::String, Required, {}, 40)
              .param(QStringLiteral("source_id"), ParamType::Id, Required)
              .handle([ledger](CallContext& ctx, const QJsonObject& p) -> QJsonValue {
                  return ledger->forSource(ctx, p.value(QLatin1String("source_type")).toString(),
                                           idOf(p, "source_id"));
              }));

    // Periods.
    r.add(MethodSpec(QStringLiteral("finance.period.list"))
              .describe(QStringLiteral(
                  "The twelve months of a fiscal year (year: the year it starts in; default the "
                  "current one): {period, state, closed_at, closed_by, entries, total, drafts}."))
              .needs(entryRead)
              .reads()
              .param(QStringLiteral("year"), ParamType::Integer)
              .handle([ledger](CallContext& ctx, const QJsonObject& p) -> QJsonValue {
                  return ledger->periods(ctx, p);
              }));
    r.add(MethodSpec(QStringLiteral("finance.period.close"))
              .describe(QStringLiteral("Close a month (2026-03): nothing can be posted into it "
                                       "any more. Refused while it has drafts."))
              .needs(QStringLiteral("finance.period.close"))
              .param(QStringLiteral("period"), ParamType::String, Required, {}, 7)
              .handle([ledger](CallContext& ctx, const QJsonObject& p) -> QJsonValue {
                  return ledger->closePeriod(ctx, p.value(QLatin1String("period")).toString());
              }));
    r.add(MethodSpec(QStringLiteral("finance.period.reopen"))
              .describe(QStringLiteral("Reopen a closed month, with the reason (audited). Its "
                                       "own permission: finance.period.reopen."))
              .needs(QStringLiteral("finance.period.reopen"))
              .param(QStringLiteral("period"), ParamType::String, Required, {}, 7)
              .param(QStringLiteral("reason"), ParamType::String, Required, {}, 500)
              .handle([ledger](CallContext& ctx, const QJsonObject& p) -> QJsonValue {
                  return ledger->reopenPeriod(ctx, p.value(QLatin1String("period")).toString(),
                                              p.value(QLatin1String("reason")).toString());
              }));

    // Reports and the check.
    const QString reportRead = QStringLiteral("finance.report.read");
    r.add(
        MethodSpec(QStringLiteral("finance.report.trial_balance"))
            .describe(QStringLiteral(
                "Trial balance for the months from..to (default: the fiscal year so far): per "
                "account {code, name, level, leaf, opening_debit, opening_credit, debit, credit, "
                "closing_debit, closing_credit} (sub-accounts roll up into parents; all: true "
                "lists accounts without amounts too), totals and balanced."))
            .needs(reportRead)
            .reads()
            .param(QStringLiteral("from"), ParamType::String, Optional, QStringLiteral("2026-01"),
                   7)
            .param(QStringLiteral("to"), ParamType::String, Optional, QStringLiteral("2026-12"), 7)
            .param(QStringLiteral("all"), ParamType::Boolean)
            .handle([reports](CallContext& ctx, const QJsonObject& p) -> QJsonValue {
                return reports->trialBalance(ctx, p);
            }));
    r.add(MethodSpec(QStringLiteral("finance.report.ledger"))
              .describe(QStringLiteral(
                  "One account's posted lines (its sub-accounts' too) dated from..to with the "
                  "running balance in the account's direction: {account, opening_balance, debit, "
                  "credit, closing_balance, rows: [{date, number, entry_id, journal, description, "
                  "debit, credit, balance, source_type, source_id, source_ref}], total}."))
              .needs(reportRead)
              .reads()
              .param(QStringLiteral("account_id"), ParamType::Id)
              .param(QStringLiteral("account_code"), ParamType::String, Optional, {}, 20)
              .param(QStringLiteral("from"), ParamType::String, Optional, {}, 10)
              .param(QStringLiteral("to"), ParamType::String, Optional, {}, 10)
              .param(QStringLiteral("offset"), ParamType::Integer)
              .param(QStringLiteral("limit"), ParamType::Integer, Optional,
                     QStringLiteral("1..1000, default 100"))
              .handle([reports](CallContext& ctx, const QJsonObject& p) -> QJsonValue {
                  return reports->ledger(ctx, p);
              }));
    r.add(MethodSpec(QStringLiteral("finance.report.journal"))
              .describe(QStringLiteral(
                  "The journal listing: every posted line dated from..to (default: the fiscal "
                  "year so far), of one journal or all, in date and posting order: {from, to, "
                  "journal, rows: [{date, number, entry_id, journal, entry_description, line_no, "
                  "account_id, account_code, account_name, account_name_en, description, debit, "
                  "credit, partner_type, partner_id, source_type, source_id, source_ref}], "
                  "total, offset, totals: {debit, credit}}."))
              .needs(reportRead)
              .reads()
              .param(QStringLiteral("from"), ParamType::String, Optional, {}, 10)
              .param(QStringLiteral("to"), ParamType::String, Optional, {}, 10)
              .param(QStringLiteral("journal"), ParamType::String, Optional,
                     QStringLiteral("general, sales, purchases, cash, bank, payroll, stock"), 20)
              .param(QStringLiteral("offset"), ParamType::Integer)
              .param(QStringLiteral("limit"), ParamType::Integer, Optional,
                     QStringLiteral("1..5000, default 100"))
              .handle([reports](CallContext& ctx, const QJsonObject& p) -> QJsonValue {
                  return reports->journal(ctx, p);
              }));
    r.add(MethodSpec(QStringLiteral("finance.check"))
              .describe(QStringLiteral(
                  "Recompute every balance from the lines and verify that each posted entry "
                  "balances, numbers are gapless, no draft holds a number and every journal's "
                  "hash chain is unbroken: {ok, entries_checked, lines_checked, debit, credit, "
                  "problems: [{kind: unbalanced_entry | balance_mismatch | ledger_unbalanced | "
                  "number_gap | numbered_draft | line_on_parent_account | chain_broken | "
                  "hash_mismatch | chain_head | receivable_mismatch | payable_mismatch | "
                  "allocation_mismatch | stock_value_mismatch | inventory_mismatch, ...}], "
                  "receivables, payables: {account_code, documents, ledger, other_entries, "
                  "balance}, inventory: [{account_code, stock, ledger}]}: the open items of "
                  "invoices and payments equal what they booked; each product's running stock "
                  "value equals its moves' values and their sum the inventory accounts."))
              .needs(reportRead)
              .reads()
              .handle([reports, payments = &m_payments, inventory = &m_inventory](
                          CallContext& ctx, const QJsonObject&) -> QJsonValue {
                  QJsonObject check = reports->check(ctx);
                  payments->check(ctx, check); // receivables and payables against the ledger
                  // Stock values against their moves and the inventory accounts.
                  checkStockValue(ctx, inventory->stock().valuation(ctx), check);
                  return check;
              }));

    // Statements and VAT.
    r.add(MethodSpec(QStringLiteral("finance.report.balance_sheet"))
              .describe(QStringLiteral(
                  "The balance sheet at the end of a month (资产负债表, 会小企01表 for the "
                  "小企业会计准则 chart): rows [{row, key, name, name_en, indent, total, closing, "
                  "year_start}] (headings have row 0 and no amounts), balanced: total assets "
                  "equal liabilities plus equity in both columns. Profit not yet closed into "
                  "本年利润 counts as retained earnings."))
              .needs(reportRead)
              .reads()
              .param(QStringLiteral("period"), ParamType::String, Optional,
                     QStringLiteral("2026-11; default this month"), 7)
              .handle([reports](CallContext& ctx, const QJsonObject& p) -> QJsonValue {
                  return reports->balanceSheet(ctx, p);
              }));
    r.add(MethodSpec(QStringLiteral("finance.report.income_statement"))
              .describe(QStringLiteral(
                  "The income statement of a month (利润表, 会小企02表): rows [{row, key, name, "
                  "name_en, indent, total, month, year}] — the month's amounts and the fiscal "
                  "year's up to its end."))
              .needs(reportRead)
              .reads()
              .param(QStringLiteral("period"), ParamType::String, Optional,
                     QStringLiteral("2026-11; default this month"), 7)
              .handle([reports](CallContext& ctx, const QJsonObject& p) -> QJsonValue {
                  return reports->incomeStatement(ctx, p);
              }));
    r.add(
        MethodSpec(QStringLiteral("finance.report.vat"))
            .describe(QStringLiteral(
                "VAT per month from..to (default: the fiscal year so far): rows [{period, "
                "output_vat, input_vat, net, transferred, to_transfer, carried_forward, "
                "unpaid}] and totals; from the ledger's VAT accounts (posting roles input_vat, "
                "output_vat, vat_transfer, vat_unpaid)."))
            .needs(reportRead)
            .reads()
            .param(QStringLiteral("from"), ParamType::String, Optional, QStringLiteral("2026-01"),
                   7)
            .param(QStringLiteral("to"), ParamType::String, Optional, QStringLiteral("2026-12"), 7)
            .handle([vat](CallContext& ctx, const QJsonObject& p) -> QJsonValue {
                return vat->report(ctx, p);
            }));
    r.add(MethodSpec(QStringLiteral("finance.vat.transfer"))
              .describe(QStringLiteral(
                  "The month-end VAT entry of a month (转出未交增值税: Dr 222103 / Cr 222104; the "
                  "generic chart empties output and input VAT into VAT payable), dated the "
                  "month's last day, posted at once: {period, transferred, carried_forward, "
                  "entry_id} — entry_id null when there is nothing to transfer (input VAT larger: "
                  "carried forward; or done already). A closed month refuses."))
              .needs(entryPost)
              .param(QStringLiteral("period"), ParamType::String, Required,
                     QStringLiteral("2026-11"), 7)
              .handle([vat](CallContext& ctx, const QJsonObject& p) -> QJsonValue {
                  return vat->transfer(ctx, p);
              }));

    registerInvoiceMethods(r);
    registerBillMethods(r);
}

} // namespace Erp::Server::Finance
