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
    RowScope(QString column, qint64 userId)
        : m_column(std::move(column))
        , m_userId(userId)
    {}

    bool isEmpty() const { return m_column.isEmpty(); }
    /// "(c.owner_id = :record_rule_user)", or "1 = 1" when empty.
    QString condition() const;
    /// " AND (…)" or nothing: appended to a WHERE clause.
    QString andCondition() const;
    /// Binds the condition's value (nothing when empty).
    void bind(QSqlQuery& query) const;

private:
    QString m_column;
    qint64 m_userId = 0;
};

/// Record rules as one call sees them. The rules are declared in AccessPolicy; which of them
/// restrict the caller was worked out when the session loaded its grants
/// (Identity::recordRules).
class RecordRules final
{
public:
    /// The restriction of `entity` for the caller: rows whose `column` (an owner's user id,
    /// e.g. "c.owner_id") is the caller's user id, when a rule of the entity restricts him.
    static RowScope sqlCondition(const Rpc::CallContext& ctx, const QString& entity,
                                 const QString& column);
};

} // namespace Erp::Platform
