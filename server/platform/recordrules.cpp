#include "server/platform/recordrules.h"

#include "server/platform/accesspolicy.h"
#include "server/rpc/callcontext.h"

#include <QSqlQuery>
#include <QVariant>

namespace Erp::Platform {

namespace {
const QString kPlaceholder = QStringLiteral(":record_rule_user");
}

QString RowScope::condition() const
{
    return isEmpty() ? QStringLiteral("1 = 1")
                     : QStringLiteral("(") + m_column + QStringLiteral(" = ") + kPlaceholder +
                           QStringLiteral(")");
}

QString RowScope::andCondition() const
{
    return isEmpty() ? QString() : QStringLiteral(" AND ") + condition();
}

void RowScope::bind(QSqlQuery& query) const
{
    if (!isEmpty())
        query.bindValue(kPlaceholder, m_userId);
}

RowScope RecordRules::sqlCondition(const Rpc::CallContext& ctx, const QString& entity,
                                   const QString& column)
{
    if (!ctx.access || !ctx.identity.isLoggedIn())
        return {}; // the system itself (start-up, demo) sees every row
    for (const QString& id : ctx.identity.recordRules) {
        const RecordRule* rule = ctx.access->recordRule(id);
        if (rule && rule->entity == entity)
            return RowScope(column, ctx.identity.userId);
    }
    return {};
}

} // namespace Erp::Platform
