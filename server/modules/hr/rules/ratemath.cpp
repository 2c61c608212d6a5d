#include "server/modules/hr/rules/ratemath.h"

#include "common/ordermath.h"

namespace Erp::Hr::Rules {

qint64 applyRate(qint64 amount, qint64 rateBp)
{
    return mulDivHalfUp(amount, rateBp, BasisPoints);
}

qint64 applyRate(qint64 amount, qint64 rateBp, RoundingUnit unit)
{
    const qint64 u = qint64(unit);
    return mulDivHalfUp(amount, rateBp, BasisPoints * u) * u;
}

} // namespace Erp::Hr::Rules
