#pragma once

#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

class QJsonValue;

namespace Erp::Platform {

/// A field of an entity that only holders of `permission` may read or write, e.g.
/// {"inventory.product", "cost", "inventory.cost"}. The field is the JSON key it travels as.
struct ProtectedField
{
    QString entity;
    QString field;
    QString permission;
    QString description;
};

/// A row rule of an entity, switched on per role in Admin ▸ Roles. Two kinds:
/// * an owner rule (no `tree`): "a user sees only the rows whose owner column is his own user
///   id" (crm.customer.own, customers they own);
/// * a tree rule: "a user sees only the rows below his own row in a hierarchy"
/// (hr.employee.reports,
///   a manager's direct and indirect reports): his own row is the row of `tree.table` whose
///   `tree.userColumn` is his user id, and the rows below it are those reached through
///   `tree.parentColumn` (e.g. manager_id), at any depth; his own row is included.
struct RecordRule
{
    QString id;             ///< e.g. "crm.customer.own"
    QString entity;         ///< e.g. "crm.customer"
    QString readPermission; ///< a role holding it "could read the entity"
    QString title;          ///< English, for rpc.discover and logs; the client translates by id
    /// The hierarchy of a tree rule; empty `table` for an owner rule. Names are the declaring
    /// module's constants (never request text); the key column of the table is `id`.
    struct Tree
    {
        QString table;        ///< e.g. "hr_employees"
        QString parentColumn; ///< e.g. "manager_id"
        QString userColumn;   ///< e.g. "user_id"
    } tree = {};

    bool isTree() const { return !tree.table.isEmpty(); }
};

/// The declarations of protected fields and record rules of every module: filled while the
/// modules register their methods, read-only afterwards (calls only read it).
class AccessPolicy final
{
public:
    void protectField(const QString& entity, const QString& field, const QString& permission,
                      const QString& description = {});
    void addRecordRule(const RecordRule& rule);

    const QList<ProtectedField>& protectedFields() const { return m_fields; }
    QList<ProtectedField> protectedFields(const QString& entity) const;
    const QList<RecordRule>& recordRules() const { return m_rules; }
    const RecordRule* recordRule(const QString& id) const;
    /// Every permission a field needs (for the role editor's catalogue).
    QStringList permissions() const;

    /// The protected keys of `entities` that `grants` may not read (empty: nothing to hide).
    QStringList hiddenKeys(const QSet<QString>& grants, const QStringList& entities) const;
    /// True when `grants` may read (and write) `entity`.`field`.
    bool canRead(const QSet<QString>& grants, const QString& entity, const QString& field) const;

    /// The record rules of `entity` that restrict a user whose roles are `roles` (name ->
    /// grants and enabled rule ids): a rule restricts only when every role that could read the
    /// entity has it on (one role without it gives unrestricted access).
    struct RoleGrants
    {
        QSet<QString> grants;
        QStringList enabledRules;
    };
    QStringList restrictingRules(const QList<RoleGrants>& roles) const;

    /// Removes `keys` at every depth of `value` (objects inside objects and arrays).
    static void strip(QJsonValue& value, const QStringList& keys);
    /// Same on a compact JSON text (a handler's raw result); parses only when a key occurs.
    static void stripText(QByteArray& json, const QStringList& keys);

    /// {"x-protected-fields": [...]} for the entities a method carries (rpc.discover).
    QJsonObject describe(const QStringList& entities) const;
    /// The document-wide list of protected fields and record rules (rpc.discover).
    QJsonObject describeAll() const;

private:
    QList<ProtectedField> m_fields;
    QList<RecordRule> m_rules;
};

} // namespace Erp::Platform
