#include "server/storage/queryresult.h"

#include <QSqlQuery>

namespace Erp::Storage {

std::optional<QVariant> oneValue(QSqlQuery& query)
{
    std::optional<QVariant> value;
    if (query.next())
        value = query.value(0);
    query.finish();
    return value;
}

qint64 oneInteger(QSqlQuery& query, qint64 none)
{
    const std::optional<QVariant> value = oneValue(query);
    return value && !value->isNull() ? value->toLongLong() : none;
}

} // namespace Erp::Storage
