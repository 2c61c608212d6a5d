#pragma once

#include <QString>

class QSqlQuery;

namespace Erp::Rpc {
struct CallContext;
}

namespace Erp::Platform {

/// A restriction of one entity's rows for one call, ready for a repository's WHERE clause:
/// `" AND " + scope.condition()` and `scope.bind(query)`. An empty scope restricts nothing.
class RowScope final
{
public:
    RowScope() = default;
    /// Rows whose `column` (an owner's user id) is `userId`.
    RowScope(QString column, qint64 userId)
        : m_column(std::move(column))
        , m_userId(userId)
    {}
    /// Rows whose key `column` is in the subtree of `tree` below (and including) the row that
    /// belongs to `userId` (a tree rule, see RecordRule::Tree).
    static RowScope subtree(const QString& column, const QString& table,
                            const QString& parentColumn, const QString& userColumn, qint64 userId);

    bool isEmpty() const { return m_column.isEmpty(); }
    /// "(c.owner_id = :record_rule_user)" (a tree rule: "(e.id IN (WITH RECURSIVE …))"), or
    /// "1 = 1" when empty.
    QString condition() const;
    /// " AND (…)" or nothing: appended to a WHERE clause.
    QString andCondition() const;
    /// Binds the condition's value (nothing when empty).
    void bind(QSqlQuery& query) const;

private:
    QString m_column;
    qint64 m_userId = 0;
    QString m_subtreeSelect; ///< a tree rule's SELECT of the visible keys; empty: owner rule
};

/// Record rules as one call sees them. The rules are declared in AccessPolicy; which of them
/// restrict the caller was worked out when the session loaded its grants
/// (Identity::recordRules).
class RecordRules final
{
public:
    /// The restriction of `entity` for the caller, when a rule of the entity restricts him. For
    /// an owner rule `column` is the owner's user id (e.g. "c.owner_id": rows whose owner is the
    /// caller); for a tree rule it is the row's key (e.g. "e.id": rows in the caller's subtree).
    static RowScope sqlCondition(const Rpc::CallContext& ctx, const QString& entity,
                                 const QString& column);
};

} // namespace Erp::Platform
