#pragma once

#include <QtGlobal>

namespace Erp {

/// The amounts of one document line (sales or purchase), in minor units.
struct LineAmounts
{
    qint64 net = 0;
    qint64 tax = 0;
    qint64 gross = 0;
};

/// Amounts of a line: `qty` in thousandths, `unitPrice` in minor units, `discount` and `taxRate`
/// in hundredths of a percent (1300 = 13.00%). net = half-up(qty × price × (100% − discount)),
/// tax = half-up(net × rate), gross = net + tax; exact in 128-bit arithmetic (docs/OMS.md).
/// Throws std::overflow_error when a result does not fit 64 bits.
LineAmounts lineAmounts(qint64 qty, qint64 unitPrice, qint64 discount, qint64 taxRate);

/// a × b / c rounded half away from zero, exact in 128-bit arithmetic; c > 0. The moving
/// average's share of a stock value (qty × value / on hand). Throws std::overflow_error when
/// the result does not fit 64 bits.
qint64 mulDivHalfUp(qint64 a, qint64 b, qint64 c);

/// Amounts of an invoice line (价税分离). Tax-exclusive: lineAmounts(). Tax-inclusive (the price
/// is 含税): gross = half-up(qty × price × (100% − discount)), net = half-up(gross / (1 + rate)),
/// tax = gross − net, so net + tax is exactly what the customer pays. The server's invoices
/// and the client's invoice form both compute with this. Throws std::overflow_error.
LineAmounts invoiceLineAmounts(qint64 qty, qint64 unitPrice, qint64 discount, qint64 taxRate,
                               bool priceIncludesTax);

} // namespace Erp
