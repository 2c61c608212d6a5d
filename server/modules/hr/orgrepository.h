#pragma once

#include "server/modules/hr/organisation.h"

#include <QJsonArray>
#include <QList>

#include <optional>

namespace Erp::Storage {
class Database;
}

namespace Erp::Server::Hr {

/// All SQL of departments and positions (hr_departments, hr_positions).
class OrgRepository final
{
public:
    explicit OrgRepository(Storage::Database& db)
        : m_db(db)
    {}

    std::optional<Department> department(qint64 id);
    qint64 departmentIdByCode(const QString& code);
    qint64 departmentIdByName(const QString& name);
    /// Every department (archived ones only with `withArchived`), by code, with its current
    /// employee count: one query.
    QList<Department> departments(bool withArchived);
    /// The departments above `id` (nearest first), at most `limit`.
    QList<qint64> departmentChain(qint64 id, int limit);
    void insert(Department& d);
    bool update(const Department& d, qint64 expectedVersion);
    bool remove(qint64 id);
    /// How much refers to a department: employees (any), positions, sub-departments (active
    /// ones only with `activeOnly`; employees then: current ones).
    int departmentUses(qint64 id, bool activeOnly);

    std::optional<Position> position(qint64 id);
    qint64 positionIdByTitle(qint64 departmentId, const QString& title, qint64 excludingId);
    /// Positions (of one department when `departmentId` > 0) with filled counts: one query.
    QList<Position> positions(qint64 departmentId, bool withArchived);
    void insert(Position& p);
    bool update(const Position& p, qint64 expectedVersion);

private:
    Storage::Database& m_db;
};

} // namespace Erp::Server::Hr
