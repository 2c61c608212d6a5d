#include "app/pages/finance/financetext.h"

#include "app/models/format.h"
#include "app/widgets/moneyedit.h"
#include "common/money.h"

#include <QJsonDocument>
#include <QLocale>

namespace Erp::Client::Finance {

QString FinanceText::str(const QJsonObject& o, const char* key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isDouble() ? QString::number(v.toInteger()) : v.toString();
}

qint64 FinanceText::id(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toInteger();
}

bool FinanceText::chineseUi()
{
    return QLocale().language() == QLocale::Chinese;
}

QString FinanceText::accountName(const QJsonObject& account)
{
    const QString name = account.contains(QLatin1String("account_name"))
                             ? str(account, "account_name")
                             : str(account, "name");
    if (chineseUi())
        return name;
    const QString en = account.contains(QLatin1String("account_name_en"))
                           ? str(account, "account_name_en")
                           : str(account, "name_en");
    return en.isEmpty() ? name : en;
}

QString FinanceText::accountLabel(const QJsonObject& account)
{
    const QString code = account.contains(QLatin1String("account_code"))
                             ? str(account, "account_code")
                             : str(account, "code");
    const QString name = accountName(account);
    if (code.isEmpty())
        return name;
    return name.isEmpty() ? code : QStringLiteral("%1 %2").arg(code, name);
}

QStringList FinanceText::journals()
{
    return {QStringLiteral("general"), QStringLiteral("sales"), QStringLiteral("purchases"),
            QStringLiteral("cash"),    QStringLiteral("bank"),  QStringLiteral("payroll"),
            QStringLiteral("stock")};
}

QString FinanceText::journal(const QString& code)
{
    if (code == QLatin1String("general"))
        return tr("General");
    if (code == QLatin1String("sales"))
        return tr("Sales");
    if (code == QLatin1String("purchases"))
        return tr("Purchases");
    if (code == QLatin1String("cash"))
        return tr("Cash");
    if (code == QLatin1String("bank"))
        return tr("Bank");
    if (code == QLatin1String("payroll"))
        return tr("Payroll");
    if (code == QLatin1String("stock"))
        return tr("Stock");
    return code;
}

QString FinanceText::entryState(const QString& state)
{
    if (state == QLatin1String("draft"))
        return tr("Draft");
    if (state == QLatin1String("posted"))
        return tr("Posted");
    return state;
}

Column::Tone FinanceText::entryTone(const QString& state)
{
    return state == QLatin1String("posted") ? Column::Tone::Done : Column::Tone::Neutral;
}

QStringList FinanceText::invoiceStates()
{
    return {QStringLiteral("draft"), QStringLiteral("posted"),   QStringLiteral("partially_paid"),
            QStringLiteral("paid"),  QStringLiteral("credited"), QStringLiteral("cancelled")};
}

QString FinanceText::invoiceState(const QString& state)
{
    if (state == QLatin1String("draft"))
        return tr("Draft");
    if (state == QLatin1String("posted"))
        return tr("Posted");
    if (state == QLatin1String("partially_paid"))
        return tr("Partially paid");
    if (state == QLatin1String("paid"))
        return tr("Paid");
    if (state == QLatin1String("credited"))
        return tr("Credited");
    if (state == QLatin1String("cancelled"))
        return tr("Cancelled");
    return state;
}

Column::Tone FinanceText::invoiceTone(const QString& state)
{
    if (state == QLatin1String("posted"))
        return Column::Tone::Waiting;
    if (state == QLatin1String("partially_paid"))
        return Column::Tone::Info;
    if (state == QLatin1String("paid") || state == QLatin1String("credited"))
        return Column::Tone::Done;
    if (state == QLatin1String("cancelled"))
        return Column::Tone::Problem;
    return Column::Tone::Neutral;
}

QString FinanceText::documentKind(const QString& kind)
{
    if (kind == QLatin1String("invoice"))
        return tr("Invoice");
    if (kind == QLatin1String("credit_note"))
        return tr("Credit note");
    if (kind == QLatin1String("receipt"))
        return tr("Receipt");
    if (kind == QLatin1String("payment"))
        return tr("Payment");
    return kind;
}

QString FinanceText::paymentState(const QString& state)
{
    if (state == QLatin1String("unapplied"))
        return tr("Unapplied");
    if (state == QLatin1String("partially_applied"))
        return tr("Partly applied");
    if (state == QLatin1String("applied"))
        return tr("Applied");
    return state;
}

Column::Tone FinanceText::paymentTone(const QString& state)
{
    if (state == QLatin1String("applied"))
        return Column::Tone::Done;
    if (state == QLatin1String("partially_applied"))
        return Column::Tone::Info;
    return Column::Tone::Waiting;
}

QStringList FinanceText::taxRates()
{
    return {QStringLiteral("13.00"), QStringLiteral("9.00"), QStringLiteral("6.00"),
            QStringLiteral("0.00"),  QStringLiteral("3.00"), QStringLiteral("1.00")};
}

QString FinanceText::taxRate(const QString& wire)
{
    QString n = wire.trimmed();
    if (n.contains(QLatin1Char('.'))) {
        while (n.endsWith(QLatin1Char('0')))
            n.chop(1);
        if (n.endsWith(QLatin1Char('.')))
            n.chop(1);
    }
    //: A VAT rate, e.g. "13 %"
    return tr("%1 %").arg(n.isEmpty() ? QStringLiteral("0") : n);
}

QString FinanceText::periodState(const QString& state)
{
    if (state == QLatin1String("open"))
        return tr("Open");
    if (state == QLatin1String("closed"))
        return tr("Closed");
    return state;
}

Column::Tone FinanceText::periodTone(const QString& state)
{
    return state == QLatin1String("closed") ? Column::Tone::Neutral : Column::Tone::Done;
}

QStringList FinanceText::accountTypes()
{
    return {QStringLiteral("asset"),  QStringLiteral("liability"), QStringLiteral("common"),
            QStringLiteral("equity"), QStringLiteral("cost"),      QStringLiteral("revenue"),
            QStringLiteral("expense")};
}

QString FinanceText::accountType(const QString& type)
{
    if (type == QLatin1String("asset"))
        return tr("Asset");
    if (type == QLatin1String("liability"))
        return tr("Liability");
    if (type == QLatin1String("common"))
        return tr("Common");
    if (type == QLatin1String("equity"))
        return tr("Equity");
    if (type == QLatin1String("cost"))
        return tr("Cost");
    if (type == QLatin1String("revenue"))
        return tr("Revenue");
    if (type == QLatin1String("expense"))
        return tr("Expense");
    return type;
}

QString FinanceText::side(const QString& normalBalance)
{
    if (normalBalance == QLatin1String("debit"))
        return tr("Debit");
    if (normalBalance == QLatin1String("credit"))
        return tr("Credit");
    return normalBalance;
}

QString FinanceText::sourceType(const QString& type)
{
    if (type.isEmpty() || type == QLatin1String("manual"))
        return tr("Manual");
    if (type == QLatin1String("purchase_order"))
        return tr("Purchase order");
    if (type == QLatin1String("sales_order"))
        return tr("Sales order");
    if (type == QLatin1String("stock_count"))
        return tr("Stock count");
    if (type == QLatin1String("return"))
        return tr("Return");
    if (type == QLatin1String("opening"))
        return tr("Opening stock");
    if (type == QLatin1String("invoice"))
        return tr("Invoice");
    if (type == QLatin1String("payment"))
        return tr("Payment");
    if (type == QLatin1String("bill"))
        return tr("Supplier bill");
    return type;
}

QString FinanceText::source(const QJsonObject& entry)
{
    const QString type = sourceType(str(entry, "source_type"));
    const QString ref = str(entry, "source_ref");
    return ref.isEmpty() || ref == str(entry, "source_type")
               ? type
               : QStringLiteral("%1 %2").arg(type, ref);
}

QString FinanceText::role(const QString& code)
{
    static const QHash<QString, const char*> roles{
        {QStringLiteral("inventory"), QT_TR_NOOP("Inventory")},
        {QStringLiteral("grni"), QT_TR_NOOP("Goods received not invoiced")},
        {QStringLiteral("cogs"), QT_TR_NOOP("Cost of goods sold")},
        {QStringLiteral("inventory_gain"), QT_TR_NOOP("Inventory gains")},
        {QStringLiteral("inventory_loss"), QT_TR_NOOP("Inventory losses")},
        {QStringLiteral("opening"), QT_TR_NOOP("Opening balances")},
        {QStringLiteral("receivable"), QT_TR_NOOP("Receivables")},
        {QStringLiteral("payable"), QT_TR_NOOP("Payables")},
        {QStringLiteral("revenue"), QT_TR_NOOP("Sales revenue")},
        {QStringLiteral("output_vat"), QT_TR_NOOP("Output VAT")},
        {QStringLiteral("input_vat"), QT_TR_NOOP("Input VAT")},
        {QStringLiteral("vat_transfer"), QT_TR_NOOP("VAT transferred out")},
        {QStringLiteral("vat_unpaid"), QT_TR_NOOP("Unpaid VAT")},
        {QStringLiteral("cash"), QT_TR_NOOP("Cash")},
        {QStringLiteral("bank"), QT_TR_NOOP("Bank")},
        {QStringLiteral("payroll"), QT_TR_NOOP("Payroll payable")},
        {QStringLiteral("iit_withheld"), QT_TR_NOOP("Income tax withheld")},
        {QStringLiteral("current_profit"), QT_TR_NOOP("Profit of the year")},
        {QStringLiteral("purchase_price_variance"), QT_TR_NOOP("Purchase price differences")},
        {QStringLiteral("purchase_expense"), QT_TR_NOOP("Purchases without an order")},
    };
    const char* text = roles.value(code);
    return text ? tr(text) : code;
}

QString FinanceText::chart(const QString& key)
{
    if (key == QLatin1String("cn_small"))
        return tr("Accounting Standards for Small Enterprises (小企业会计准则)");
    if (key == QLatin1String("generic"))
        return tr("Generic small-business chart (English)");
    return key;
}

QString FinanceText::reversalStyle(const QString& style)
{
    if (style == QLatin1String("storno"))
        return tr("Red storno: the same sides with negative amounts");
    if (style == QLatin1String("opposite"))
        return tr("Opposite sides: debits and credits swapped");
    return style;
}

QString FinanceText::money(const QString& wire)
{
    return wire.isEmpty() ? QString() : Format::decimal(wire);
}

QString FinanceText::moneyOrBlank(const QString& wire)
{
    return minor(wire) == 0 ? QString() : money(wire);
}

QString FinanceText::wire(qint64 minorUnits)
{
    return Money(minorUnits).toString();
}

qint64 FinanceText::minor(const QString& wire)
{
    const auto m = Money::parse(wire.trimmed());
    return m ? m->minorUnits() : 0;
}

std::optional<qint64> FinanceText::parse(const QString& text)
{
    const QString w = MoneyEdit::parse(text, true);
    if (w.isNull() || w.isEmpty())
        return std::nullopt;
    const auto m = Money::parse(w);
    if (!m)
        return std::nullopt;
    return m->minorUnits();
}

QString FinanceText::problem(const QJsonObject& p, const std::function<QString(qint64)>& account)
{
    const QString kind = str(p, "kind");
    const auto amount = [&p](const char* key) { return money(str(p, key)); };
    const auto entry = [&p] {
        const QString number = str(p, "number");
        return number.isEmpty() ? tr("#%1").arg(id(p, "entry_id")) : number;
    };
    if (kind == QLatin1String("unbalanced_entry"))
        return tr("Entry %1 does not balance: debits %2, credits %3.")
            .arg(entry(), amount("debit"), amount("credit"));
    if (kind == QLatin1String("balance_mismatch")) {
        const qint64 accountId = id(p, "account_id");
        const QString name = account ? account(accountId) : QString();
        return tr("The recorded balance of account %1 in %2 (debits %3, credits %4) differs from "
                  "its lines (debits %5, credits %6): a row was changed outside the program.")
            .arg(name.isEmpty() ? QStringLiteral("#%1").arg(accountId) : name, str(p, "period"),
                 amount("recorded_debit"), amount("recorded_credit"), amount("computed_debit"),
                 amount("computed_credit"));
    }
    if (kind == QLatin1String("ledger_unbalanced"))
        return tr("The ledger as a whole does not balance: debits %1, credits %2.")
            .arg(amount("debit"), amount("credit"));
    if (kind == QLatin1String("number_gap"))
        return tr("The numbers of the %1 journal in %2 have a gap or a duplicate: %3 entries "
                  "numbered %4 to %5.")
            .arg(journal(str(p, "journal")), str(p, "year"), str(p, "count"), str(p, "first"),
                 str(p, "last"));
    if (kind == QLatin1String("numbered_draft"))
        return tr("Drafts that carry a voucher number: %1.").arg(id(p, "count"));
    if (kind == QLatin1String("line_on_parent_account"))
        return tr("Lines booked on accounts that have sub-accounts: %1.").arg(id(p, "count"));
    if (kind == QLatin1String("chain_broken"))
        return tr("Entry %1 (%2 journal) does not follow the entry before it: an entry was "
                  "removed or inserted outside the program.")
            .arg(entry(), journal(str(p, "journal")));
    if (kind == QLatin1String("hash_mismatch"))
        return tr("Entry %1 (%2 journal) was changed after it was posted: its content no longer "
                  "matches its fingerprint.")
            .arg(entry(), journal(str(p, "journal")));
    if (kind == QLatin1String("chain_head"))
        return tr("The %1 journal does not end with the entry the books recorded last.")
            .arg(journal(str(p, "journal")));
    if (kind == QLatin1String("stock_value_mismatch"))
        return tr("The stock value of product #%1 (%2, quantity %3) differs from its stock moves "
                  "(%4, quantity %5): a row was changed outside the program.")
            .arg(str(p, "product_id"), amount("recorded_value"), str(p, "recorded_qty"),
                 amount("computed_value"), str(p, "computed_qty"));
    if (kind == QLatin1String("inventory_mismatch"))
        return tr("Inventory account %1 has a balance of %2, but the stock booked on it is worth "
                  "%3.")
            .arg(str(p, "account_code"), amount("ledger"), amount("stock"));
    return tr("Unexpected finding %1: %2")
        .arg(kind, QString::fromUtf8(QJsonDocument(p).toJson(QJsonDocument::Compact)));
}

} // namespace Erp::Client::Finance
