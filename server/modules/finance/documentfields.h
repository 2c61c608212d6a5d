// Reading the fields of finance documents (invoices, bills, payments) from params: decimals,
// amounts and dates with the field's error, shared so every document says the same.
#pragma once

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <functional>
#include <initializer_list>
#include <optional>
#include <utility>

namespace Erp::Rpc {
class FieldErrors;
}

namespace Erp::Server::Finance {

struct TaxedLine;

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

/// -32602 list.filter_text / list.filter_id unless each of `textKeys` in a list's filter is
/// text and each of `idKeys` an id.
void checkListFilters(const QJsonObject& filter, std::initializer_list<const char*> textKeys,
                      std::initializer_list<const char*> idKeys);

/// A note or reference of at most `max` characters from params[key] (trimmed) into `out`
/// when present.
void readText(const QJsonObject& params, const char* key, int max, QString& out,
              Rpc::FieldErrors& errors);

/// A document an allocation of a payment names, as the caller found it.
struct Allocatable
{
    bool open = false; ///< an open document of the payment's partner
    qint64 openAmount = 0;
    QString number;
};

/// How an allocation list names its documents and says what is wrong with an entry: the
/// document key ("invoice_id", "bill_id"), the field error for a document that is not open,
/// and the one for an amount beyond its open amount (field, open amount, document number).
struct AllocationTexts
{
    QString key;
    std::function<void(Rpc::FieldErrors&, const QString&)> notOpen;
    std::function<void(Rpc::FieldErrors&, const QString&, qint64, const QString&)> exceeds;
};

/// Reads [{<key>: id, amount}] of a payment: each names an open document (`lookup`) and takes
/// at most what is open of it (less what earlier entries took), together at most `unapplied`.
/// -32022 naming the entries. Returns (document id, amount) in order.
QList<std::pair<qint64, qint64>> readAllocations(const QJsonArray& allocations, qint64 unapplied,
                                                 const AllocationTexts& texts,
                                                 const std::function<Allocatable(qint64)>& lookup);

/// 价税分离 of a line (splitLine with `discount`) into its net, tax and gross; -32022
/// lines[index].qty "range" when quantity times price is beyond 64 bits.
void computeTaxed(TaxedLine& l, qint64 discount, int index);

/// Minor units as the wire's decimal text ("12.50").
QString money(qint64 minor);

} // namespace Erp::Server::Finance
