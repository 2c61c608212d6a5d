#pragma once

#include "app/models/column.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace Erp::Client::Finance {

/// The one vocabulary of the Finance tab: journals, entry and period states with their tones,
/// account types and sides, posting roles, the check's findings in sentences, and the exact
/// locale formatting of amounts (decimal strings, never floating point).
class FinanceText final
{
    Q_DECLARE_TR_FUNCTIONS(Erp::Client::Finance::FinanceText)
public:
    static QString str(const QJsonObject& o, const char* key);
    static qint64 id(const QJsonObject& o, const char* key);

    /// True when the user interface speaks Chinese (account names then in Chinese).
    static bool chineseUi();
    /// An account's name in the clerk's language: `name` in a Chinese interface, `name_en`
    /// (when the chart has one) in English. Works on accounts, trial balance rows and lines
    /// (`account_name`) alike.
    static QString accountName(const QJsonObject& account);
    /// "1002 银行存款" / "1002 Bank deposits".
    static QString accountLabel(const QJsonObject& account);

    /// Journal codes in menu order, and their names ("general" -> "General (记)").
    static QStringList journals();
    static QString journal(const QString& code);
    static QString entryState(const QString& state);
    static Column::Tone entryTone(const QString& state);
    static QString periodState(const QString& state);
    static Column::Tone periodTone(const QString& state);
    static QStringList accountTypes();
    static QString accountType(const QString& type);
    static QString side(const QString& normalBalance);
    /// Invoice states in chip order (draft … cancelled) and their names and tones.
    static QStringList invoiceStates();
    static QString invoiceState(const QString& state);
    static Column::Tone invoiceTone(const QString& state);
    /// "invoice" -> "Invoice", "credit_note" -> "Credit note", "receipt", "payment".
    static QString documentKind(const QString& kind);
    /// unapplied | partially_applied | applied.
    static QString paymentState(const QString& state);
    static Column::Tone paymentTone(const QString& state);
    /// The VAT rates of an invoice line as sent ("13.00", "9.00", …, "1.00").
    static QStringList taxRates();
    /// "13.00" -> "13 %".
    static QString taxRate(const QString& wire);
    /// Where an entry came from ("manual", "purchase_order", …).
    static QString sourceType(const QString& type);
    /// "Purchase order PO2026-000001", or "Manual" for a typed voucher.
    static QString source(const QJsonObject& entry);
    static QString role(const QString& code);
    static QString chart(const QString& key);
    static QString reversalStyle(const QString& style);

    /// "1234.50" -> "1,234.50" (exact, locale grouping); "" stays "".
    static QString money(const QString& wire);
    /// The same, empty for zero ("0.00" -> "") — the look of debit/credit columns.
    static QString moneyOrBlank(const QString& wire);
    /// Minor units -> "1234.50".
    static QString wire(qint64 minor);
    /// Minor units of a wire amount; 0 when it is not one.
    static qint64 minor(const QString& wire);
    /// What a clerk typed ("1,234.5", "-3") in minor units; empty when it is not an amount.
    static std::optional<qint64> parse(const QString& text);

    /// One finding of finance.check in a sentence; `account` names an account by id.
    static QString problem(const QJsonObject& problem,
                           const std::function<QString(qint64)>& account = {});
};

} // namespace Erp::Client::Finance
