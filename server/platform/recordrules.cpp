#include "server/platform/recordrules.h"

#include "server/platform/accesspolicy.h"
#include "server/rpc/callcontext.h"

#include <QSqlQuery>
#include <QVariant>

namespace Erp::Platform {

namespace {
const QString kPlaceholder = QStringLiteral(":record_rule_user");
}

RowScope RowScope::subtree(const QString& column, const QString& table, const QString& parentColumn,
                           const QString& userColumn, qint64 userId)
{
    RowScope scope(column, userId);
    // One recursive walk down the hierarchy per statement (an uncorrelated IN: both stores
    // compute it once); UNION, not UNION ALL, so that even a cycle in the data ends.
    scope.m_subtreeSelect =
        QStringLiteral("WITH RECURSIVE record_rule_tree (id) AS (SELECT t.id FROM ") + table +
        QStringLiteral(" t WHERE t.") + userColumn + QStringLiteral(" = ") + kPlaceholder +
        QStringLiteral(" UNION SELECT c.id FROM ") + table +
        QStringLiteral(" c JOIN record_rule_tree r ON c.") + parentColumn +
        QStringLiteral(" = r.id) SELECT id FROM record_rule_tree");
    return scope;
}

QString RowScope::condition() const
{
    if (isEmpty())
        return QStringLiteral("1 = 1");
    if (!m_subtreeSelect.isEmpty())
        return QStringLiteral("(") + m_column + QStringLiteral(" IN (") + m_subtreeSelect +
               QStringLiteral("))");
    return QStringLiteral("(") + m_column + QStringLiteral(" = ") + kPlaceholder +
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
            return rule->isTree()
                       ? RowScope::subtree(column, rule->tree.table, rule->tree.parentColumn,
                                           rule->tree.userColumn, ctx.identity.userId)
                       : RowScope(column, ctx.identity.userId);
    }
    return {};
}

} // namespace Erp::Platform
