// Reading the fields of finance documents (invoices, bills, payments) from params: decimals,
// amounts and dates with the field's error, shared so every document says the same.
#pragma once

#include <QDate>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace Erp::Rpc {
class FieldErrors;
}

namespace Erp::Server::Finance {

/// A non-negative decimal string with at most `scale` decimals (at most a trillion); nullopt
/// after adding the field's error (or, when not `required`, for a missing value).
std::optional<qint64> readDecimal(const QJsonValue& value, int scale, const QString& field,
                                  Rpc::FieldErrors& errors, bool required = true);

/// A positive amount with at most two decimals; 0 after adding the field's error.
qint64 readAmount(const QJsonValue& value, const QString& field, Rpc::FieldErrors& errors);

/// An ISO date; an invalid date after adding the field's error.
QDate readDate(const QJsonValue& value, const QString& field, Rpc::FieldErrors& errors);

/// Adds the field's error unless `rate` (hundredths of a percent) is one of the invoice rates
/// (13, 9, 6, 0, 3, 1 %).
void checkTaxRate(qint64 rate, const QString& field, Rpc::FieldErrors& errors);

/// Minor units as the wire's decimal text ("12.50").
QString money(qint64 minor);

} // namespace Erp::Server::Finance
