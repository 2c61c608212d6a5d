#include "server/modules/hr/orgrepository.h"

#include "server/storage/database.h"
#include "server/storage/queryresult.h"

#include <QSqlQuery>
#include <QVariant>

namespace Erp::Server::Hr {

using Storage::exec;

namespace {

const QString kDepartmentSelect = QStringLiteral(
    "SELECT d.id, d.code, d.name, d.parent_id, COALESCE(pd.name, ''), d.manager_id, "
    "COALESCE(m.name, ''), d.active, d.notes, (SELECT COUNT(*) FROM hr_employees x WHERE "
    "x.department_id = d.id AND x.archived = 0 AND x.status <> 'left'), d.created_at, "
    "d.updated_at, d.version FROM hr_departments d LEFT JOIN hr_departments pd "
    "ON pd.id = d.parent_id LEFT JOIN hr_employees m ON m.id = d.manager_id");

Department readDepartment(const QSqlQuery& q)
{
    Department d;
    d.id = q.value(0).toLongLong();
    d.code = q.value(1).toString();
    d.name = q.value(2).toString();
    d.parentId = q.value(3).toLongLong();
    d.parentName = q.value(4).toString();
    d.managerId = q.value(5).toLongLong();
    d.managerName = q.value(6).toString();
    d.active = q.value(7).toInt() != 0;
    d.notes = q.value(8).toString();
    d.employees = q.value(9).toInt();
    d.createdAt = q.value(10).toString();
    d.updatedAt = q.value(11).toString();
    d.version = q.value(12).toLongLong();
    return d;
}

const QString kPositionSelect = QStringLiteral(
    "SELECT p.id, p.title, p.department_id, COALESCE(d.name, ''), p.headcount, "
    "(SELECT COUNT(*) FROM hr_employees x WHERE x.position_id = p.id AND x.archived = 0 AND "
    "x.status <> 'left'), p.active, p.notes, p.created_at, p.updated_at, p.version "
    "FROM hr_positions p LEFT JOIN hr_departments d ON d.id = p.department_id");

Position readPosition(const QSqlQuery& q)
{
    Position p;
    p.id = q.value(0).toLongLong();
    p.title = q.value(1).toString();
    p.departmentId = q.value(2).toLongLong();
    p.departmentName = q.value(3).toString();
    p.headcount = q.value(4).toInt();
    p.filled = q.value(5).toInt();
    p.active = q.value(6).toInt() != 0;
    p.notes = q.value(7).toString();
    p.createdAt = q.value(8).toString();
    p.updatedAt = q.value(9).toString();
    p.version = q.value(10).toLongLong();
    return p;
}

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qlonglong>());
}

void bindDepartment(QSqlQuery& q, const Department& d)
{
    q.bindValue(QStringLiteral(":code"), d.code);
    q.bindValue(QStringLiteral(":name"), d.name);
    q.bindValue(QStringLiteral(":parent"), idOrNull(d.parentId));
    q.bindValue(QStringLiteral(":manager"), idOrNull(d.managerId));
    q.bindValue(QStringLiteral(":active"), d.active ? 1 : 0);
    q.bindValue(QStringLiteral(":notes"), d.notes.isNull() ? QStringLiteral("") : d.notes);
    q.bindValue(QStringLiteral(":now"), Storage::nowText());
}

void bindPosition(QSqlQuery& q, const Position& p)
{
    q.bindValue(QStringLiteral(":title"), p.title);
    q.bindValue(QStringLiteral(":department"), p.departmentId);
    q.bindValue(QStringLiteral(":headcount"), p.headcount);
    q.bindValue(QStringLiteral(":active"), p.active ? 1 : 0);
    q.bindValue(QStringLiteral(":notes"), p.notes.isNull() ? QStringLiteral("") : p.notes);
    q.bindValue(QStringLiteral(":now"), Storage::nowText());
}

} // namespace

std::optional<Department> OrgRepository::department(qint64 id)
{
    QSqlQuery& q = m_db.prepared(kDepartmentSelect + QStringLiteral(" WHERE d.id = :id"));
    q.bindValue(QStringLiteral(":id"), id);
    exec(q);
    std::optional<Department> d;
    if (q.next())
        d = readDepartment(q);
    q.finish();
    return d;
}

qint64 OrgRepository::departmentIdByCode(const QString& code)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral("SELECT id FROM hr_departments WHERE code = :c"));
    q.bindValue(QStringLiteral(":c"), code);
    exec(q);
    return Storage::oneInteger(q);
}

qint64 OrgRepository::departmentIdByName(const QString& name)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "SELECT id FROM hr_departments WHERE name = :n ORDER BY active DESC, id LIMIT 1"));
    q.bindValue(QStringLiteral(":n"), name);
    exec(q);
    const qint64 id = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return id;
}

QList<Department> OrgRepository::departments(bool withArchived)
{
    QSqlQuery& q = m_db.prepared(
        kDepartmentSelect + (withArchived ? QString() : QStringLiteral(" WHERE d.active = 1")) +
        QStringLiteral(" ORDER BY d.code, d.id"));
    exec(q);
    QList<Department> out;
    while (q.next())
        out.append(readDepartment(q));
    q.finish();
    return out;
}

QList<qint64> OrgRepository::departmentChain(qint64 id, int limit)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "WITH RECURSIVE chain (id, depth) AS (SELECT parent_id, 1 FROM hr_departments "
        "WHERE id = :id AND parent_id IS NOT NULL UNION SELECT d.parent_id, c.depth + 1 "
        "FROM hr_departments d JOIN chain c ON d.id = c.id WHERE d.parent_id IS NOT NULL AND "
        "c.depth < :limit) SELECT id FROM chain ORDER BY depth"));
    q.bindValue(QStringLiteral(":id"), id);
    q.bindValue(QStringLiteral(":limit"), limit);
    exec(q);
    QList<qint64> out;
    while (q.next())
        out.append(q.value(0).toLongLong());
    q.finish();
    return out;
}

void OrgRepository::insert(Department& d)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "INSERT INTO hr_departments (code, name, parent_id, manager_id, active, notes, "
        "created_at, updated_at, version) VALUES (:code, :name, :parent, :manager, :active, "
        ":notes, :now, :now, 1) RETURNING id"));
    bindDepartment(q, d);
    exec(q);
    d.id = Storage::oneInteger(q);
    d.version = 1;
}

bool OrgRepository::update(const Department& d, qint64 expectedVersion)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "UPDATE hr_departments SET code = :code, name = :name, parent_id = :parent, "
        "manager_id = :manager, active = :active, notes = :notes, updated_at = :now, "
        "version = version + 1 WHERE id = :id AND version = :version"));
    bindDepartment(q, d);
    q.bindValue(QStringLiteral(":id"), d.id);
    q.bindValue(QStringLiteral(":version"), expectedVersion);
    exec(q);
    return q.numRowsAffected() == 1;
}

bool OrgRepository::remove(qint64 id)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral("DELETE FROM hr_departments WHERE id = :id"));
    q.bindValue(QStringLiteral(":id"), id);
    exec(q);
    return q.numRowsAffected() == 1;
}

int OrgRepository::departmentUses(qint64 id, bool activeOnly)
{
    QSqlQuery& q = m_db.prepared(
        activeOnly
            ? QStringLiteral(
                  "SELECT (SELECT COUNT(*) FROM hr_employees WHERE department_id = :id AND "
                  "archived = 0 AND status <> 'left') + (SELECT COUNT(*) FROM hr_departments "
                  "WHERE parent_id = :id2 AND active = 1)")
            : QStringLiteral(
                  "SELECT (SELECT COUNT(*) FROM hr_employees WHERE department_id = :id) + "
                  "(SELECT COUNT(*) FROM hr_departments WHERE parent_id = :id2) + "
                  "(SELECT COUNT(*) FROM hr_positions WHERE department_id = :id3)"));
    q.bindValue(QStringLiteral(":id"), id);
    q.bindValue(QStringLiteral(":id2"), id);
    if (!activeOnly)
        q.bindValue(QStringLiteral(":id3"), id);
    exec(q);
    return int(Storage::oneInteger(q));
}

std::optional<Position> OrgRepository::position(qint64 id)
{
    QSqlQuery& q = m_db.prepared(kPositionSelect + QStringLiteral(" WHERE p.id = :id"));
    q.bindValue(QStringLiteral(":id"), id);
    exec(q);
    std::optional<Position> p;
    if (q.next())
        p = readPosition(q);
    q.finish();
    return p;
}

qint64 OrgRepository::positionIdByTitle(qint64 departmentId, const QString& title,
                                        qint64 excludingId)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "SELECT id FROM hr_positions WHERE department_id = :d AND title = :t AND id <> :id"));
    q.bindValue(QStringLiteral(":d"), departmentId);
    q.bindValue(QStringLiteral(":t"), title);
    q.bindValue(QStringLiteral(":id"), excludingId);
    exec(q);
    return Storage::oneInteger(q);
}

QList<Position> OrgRepository::positions(qint64 departmentId, bool withArchived)
{
    QString where = QStringLiteral(" WHERE 1 = 1");
    if (departmentId > 0)
        where += QStringLiteral(" AND p.department_id = :d");
    if (!withArchived)
        where += QStringLiteral(" AND p.active = 1");
    QSqlQuery& q =
        m_db.prepared(kPositionSelect + where + QStringLiteral(" ORDER BY d.code, p.title, p.id"));
    if (departmentId > 0)
        q.bindValue(QStringLiteral(":d"), departmentId);
    exec(q);
    QList<Position> out;
    while (q.next())
        out.append(readPosition(q));
    q.finish();
    return out;
}

void OrgRepository::insert(Position& p)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "INSERT INTO hr_positions (title, department_id, headcount, active, notes, created_at, "
        "updated_at, version) VALUES (:title, :department, :headcount, :active, :notes, :now, "
        ":now, 1) RETURNING id"));
    bindPosition(q, p);
    exec(q);
    p.id = Storage::oneInteger(q);
    p.version = 1;
}

bool OrgRepository::update(const Position& p, qint64 expectedVersion)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "UPDATE hr_positions SET title = :title, department_id = :department, "
        "headcount = :headcount, active = :active, notes = :notes, updated_at = :now, "
        "version = version + 1 WHERE id = :id AND version = :version"));
    bindPosition(q, p);
    q.bindValue(QStringLiteral(":id"), p.id);
    q.bindValue(QStringLiteral(":version"), expectedVersion);
    exec(q);
    return q.numRowsAffected() == 1;
}

} // namespace Erp::Server::Hr
