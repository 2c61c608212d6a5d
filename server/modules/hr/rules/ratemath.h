#pragma once

#include <QtGlobal>

namespace Erp::Hr::Rules {

/// Rates are exact integers in basis points: 1 = 0.01 %, 10000 = 100 % (the house convention of
/// common/ordermath.h). Amounts are fen.
constexpr qint64 BasisPoints = 10000;

/// The unit a contribution is rounded to, half up: fen, jiao (0.1 yuan) or yuan.
enum class RoundingUnit : qint64 { Fen = 1, Jiao = 10, Yuan = 100 };

/// amount × rate rounded half up to fen; exact in 128-bit arithmetic.
qint64 applyRate(qint64 amount, qint64 rateBp);

/// amount × rate rounded half up to `unit` (the result is still in fen).
qint64 applyRate(qint64 amount, qint64 rateBp, RoundingUnit unit);

/// `value` clamped to [floor, cap].
constexpr qint64 clamp(qint64 value, qint64 floor, qint64 cap)
{
    return value < floor ? floor : (value > cap ? cap : value);
}

} // namespace Erp::Hr::Rules
