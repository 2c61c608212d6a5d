#pragma once

#include "server/modules/hr/employee.h"
#include "server/platform/recordrules.h"

#include <QJsonArray>
#include <QJsonObject>

#include <optional>

class QSqlQuery;

namespace Erp::Storage {
class Database;
struct ListQuery;
} // namespace Erp::Storage

namespace Erp::Server::Hr {

/// An employee whose current contract ends soon (hr.employee.contracts_expiring).
struct ExpiringContract
{
    qint64 employeeId = 0;
    QString number;
    QString name;
    QString departmentName;
    qint64 managerId = 0;
    qint64 contractId = 0;
    QString startDate;
    QString endDate;
};

/// All SQL of the employees (hr_employees, hr_contracts).
class EmployeeRepository final
{
public:
    /// `scope` restricts every read of employees to the rows the caller may see (the manager
    /// record rule hr.employee.reports); uniqueness checks and writes see every row.
    explicit EmployeeRepository(Storage::Database& db, Platform::RowScope scope = {})
        : m_db(db)
        , m_scope(std::move(scope))
    {}

    std::optional<Employee> byId(qint64 id);
    qint64 idByNumber(const QString& number);
    qint64 idByIdNumber(const QString& idNumber, qint64 excludingId);
    qint64 idByUser(qint64 userId, qint64 excludingId);
    bool exists(qint64 id);
    /// The managers above `id` up the chain (nearest first), at most `limit` of them.
    QList<qint64> managerChain(qint64 id, int limit);
    bool userIsActive(qint64 userId);
    qint64 userIdByName(const QString& username);
    /// Inserts the record with its contracts; sets id, version and timestamps.
    void insert(Employee& e);
    /// Rewrites the record (and its contracts) if `expectedVersion` still matches.
    bool update(const Employee& e, qint64 expectedVersion);
    /// {rows, total, total_capped, next_after}: list rows without private fields.
    QJsonObject list(const Storage::ListQuery& query);
    /// Full records for export (contracts not loaded), at most `cap`.
    QList<Employee> listForExport(const Storage::ListQuery& query, int cap, bool* truncated);
    /// Current employees (not left, not archived) whose latest contract ends in [from, to].
    QList<ExpiringContract> contractsExpiring(const QString& from, const QString& to);
    /// The current employees for the org chart, one query: id, number, name, department,
    /// position, manager, status; ordered by number.
    QJsonArray orgchartEmployees(qint64 departmentId);
    /// Current employees whose manager is `id`.
    int reportCount(qint64 id);

private:
    QString whereClause(const Storage::ListQuery& query) const;
    void bindWhere(QSqlQuery& q, const Storage::ListQuery& query) const;
    void writeContracts(const Employee& e);
    void loadContracts(Employee& e);

    Storage::Database& m_db;
    Platform::RowScope m_scope;
};

} // namespace Erp::Server::Hr
