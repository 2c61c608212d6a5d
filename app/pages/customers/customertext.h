#pragma once

#include "app/models/column.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Erp::Client::Customers {

/// The one vocabulary of the Customers tab: translated words for the protocol's values
/// (kinds, statuses, duplicate reasons) and field names, shared by the list, the form, the
/// import wizard and the comparison of versions.
class CustomerText final
{
    Q_DECLARE_TR_FUNCTIONS(Erp::Client::Customers::CustomerText)
public:
    static QString kind(const QString& kind);
    static QString status(const QString& status);
    static Column::Tone statusTone(const QString& status);
    /// Why a customer looks like a duplicate ("Same phone number").
    static QString reason(const QString& reason);
    /// The title of a customer field or flat import column ("credit_limit" -> "Credit limit").
    static QString field(const QString& key);
    /// An amount with its currency in the locale: "¥50,000.00", "$1,200.00", "1,200.00 CHF".
    static QString money(const QString& amount, const QString& currency);
    /// The translated rule a field's value must follow (empty when there is none to tell).
    /// Accepts nested names such as "contacts[0].phone".
    static QString rule(const QString& field);
    /// The translated problem: the field error code's sentence plus the rule (or, for a field
    /// without a known rule, the server's own words).
    static QString problem(const QString& field, const QString& code, const QString& message);
};

} // namespace Erp::Client::Customers
