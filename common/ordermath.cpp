#include "common/ordermath.h"

#include <limits>
#include <stdexcept>

namespace Erp {

namespace {

using Wide = __int128;

/// a / b rounded half away from zero; b > 0.
Wide divideHalfUp(Wide a, Wide b)
{
    const Wide q = a / b;
    const Wide r = a % b;
    if (2 * (r < 0 ? -r : r) >= b)
        return a < 0 ? q - 1 : q + 1;
    return q;
}

qint64 narrow(Wide v)
{
    if (v > std::numeric_limits<qint64>::max() || v < std::numeric_limits<qint64>::min())
        throw std::overflow_error("line amount out of range");
    return qint64(v);
}

} // namespace

LineAmounts lineAmounts(qint64 qty, qint64 unitPrice, qint64 discount, qint64 taxRate)
{
    constexpr Wide QtyScale = 1000;
    constexpr Wide PercentScale = 10000; // hundredths of a percent
    LineAmounts a;
    a.net = narrow(
        divideHalfUp(Wide(qty) * unitPrice * (PercentScale - discount), QtyScale * PercentScale));
    a.tax = narrow(divideHalfUp(Wide(a.net) * taxRate, PercentScale));
    a.gross = narrow(Wide(a.net) + a.tax);
    return a;
}

qint64 mulDivHalfUp(qint64 a, qint64 b, qint64 c)
{
    if (c <= 0)
        throw std::overflow_error("division by a non-positive number");
    return narrow(divideHalfUp(Wide(a) * b, c));
}

LineAmounts invoiceLineAmounts(qint64 qty, qint64 unitPrice, qint64 discount, qint64 taxRate,
                               bool priceIncludesTax)
{
    if (!priceIncludesTax)
        return lineAmounts(qty, unitPrice, discount, taxRate);
    constexpr Wide PercentScale = 10000;
    LineAmounts a;
    a.gross = lineAmounts(qty, unitPrice, discount, 0).net;
    a.net = narrow(divideHalfUp(Wide(a.gross) * PercentScale, PercentScale + taxRate));
    a.tax = a.gross - a.net;
    return a;
}

} // namespace Erp
