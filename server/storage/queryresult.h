#pragma once

#include <QVariant>

#include <optional>

class QSqlQuery;

namespace Erp::Storage {

/// The first column of an executed statement's first row, or nullopt when it returned no row
/// ("one value or none": a lookup by key, a RETURNING id, a COUNT). Finishes the statement so
/// a cached one can be reused at once. A NULL value is a present, null QVariant.
std::optional<QVariant> oneValue(QSqlQuery& query);

/// oneValue() as an integer: ids, counts and sums; `none` when there was no row or it was NULL.
qint64 oneInteger(QSqlQuery& query, qint64 none = 0);

} // namespace Erp::Storage
