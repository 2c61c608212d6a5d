#include "server/modules/hr/employeerepository.h"

#include "server/storage/database.h"
#include "server/storage/listquery.h"
#include "server/storage/queryresult.h"

#include <QSqlQuery>
#include <QVariant>

namespace Erp::Server::Hr {

using Storage::exec;

namespace {

/// Beyond this many matches a list says "10,000+" (counting 100,000 rows costs more than the
/// page itself), as the customer list does.
constexpr int CountCap = 10000;

const QString kFrom =
    QStringLiteral(" FROM hr_employees e LEFT JOIN hr_departments d ON d.id = e.department_id "
                   "LEFT JOIN hr_positions p ON p.id = e.position_id "
                   "LEFT JOIN hr_employees m ON m.id = e.manager_id "
                   "LEFT JOIN users u ON u.id = e.user_id");
const QString kColumns = QStringLiteral(
    "e.id, e.number, e.name, e.gender, e.birth_date, e.id_number, e.phone, e.email, e.address, "
    "e.emergency_contact, e.emergency_phone, e.hire_date, e.department_id, "
    "COALESCE(d.name, ''), e.position_id, COALESCE(p.title, ''), e.manager_id, "
    "COALESCE(m.name, ''), e.user_id, COALESCE(u.username, ''), e.employment_type, e.status, "
    "e.leave_date, e.leave_reason, e.archived, e.bank_name, e.bank_account, "
    "e.social_insurance_city, e.contribution_base, e.housing_fund_rate, e.ded_children, "
    "e.ded_infants, e.ded_continuing_education, e.ded_housing, e.ded_elderly_only_child, "
    "e.ded_elderly_share, e.created_at, e.updated_at, e.version");
constexpr int kColumnCount = 39;

/// The list's light columns (no private field: a list never carries them).
const QString kListColumns = QStringLiteral(
    "e.id, e.number, e.name, e.gender, e.phone, e.email, e.hire_date, e.department_id, "
    "COALESCE(d.name, ''), e.position_id, COALESCE(p.title, ''), e.manager_id, "
    "COALESCE(m.name, ''), e.employment_type, e.status, e.leave_date, e.archived, "
    "e.updated_at, e.version");
constexpr int kListColumnCount = 19;

Employee readEmployee(const QSqlQuery& q)
{
    Employee e;
    e.id = q.value(0).toLongLong();
    e.number = q.value(1).toString();
    e.name = q.value(2).toString();
    e.gender = q.value(3).toString();
    e.birthDate = q.value(4).toString();
    e.idNumber = q.value(5).toString();
    e.phone = q.value(6).toString();
    e.email = q.value(7).toString();
    e.address = q.value(8).toString();
    e.emergencyContact = q.value(9).toString();
    e.emergencyPhone = q.value(10).toString();
    e.hireDate = q.value(11).toString();
    e.departmentId = q.value(12).toLongLong();
    e.departmentName = q.value(13).toString();
    e.positionId = q.value(14).toLongLong();
    e.positionTitle = q.value(15).toString();
    e.managerId = q.value(16).toLongLong();
    e.managerName = q.value(17).toString();
    e.userId = q.value(18).toLongLong();
    e.username = q.value(19).toString();
    e.employmentType = q.value(20).toString();
    e.status = q.value(21).toString();
    e.leaveDate = q.value(22).toString();
    e.leaveReason = q.value(23).toString();
    e.archived = q.value(24).toInt() != 0;
    e.bankName = q.value(25).toString();
    e.bankAccount = q.value(26).toString();
    e.socialInsuranceCity = q.value(27).toString();
    e.contributionBase = q.value(28).toLongLong();
    e.housingFundRate = q.value(29).toInt();
    e.deductions.children = q.value(30).toInt();
    e.deductions.infants = q.value(31).toInt();
    e.deductions.continuingEducation = q.value(32).toString();
    e.deductions.housing = q.value(33).toString();
    e.deductions.elderlyOnlyChild = q.value(34).toInt() != 0;
    e.deductions.elderlyShare = q.value(35).toLongLong();
    e.createdAt = q.value(36).toString();
    e.updatedAt = q.value(37).toString();
    e.version = q.value(38).toLongLong();
    return e;
}

QJsonValue idOrNull(const QVariant& v)
{
    return v.isNull() || v.toLongLong() <= 0 ? QJsonValue() : QJsonValue(v.toLongLong());
}

QJsonObject listRow(const QSqlQuery& q)
{
    return QJsonObject{
        {QStringLiteral("id"), q.value(0).toLongLong()},
        {QStringLiteral("number"), q.value(1).toString()},
        {QStringLiteral("name"), q.value(2).toString()},
        {QStringLiteral("gender"), q.value(3).toString()},
        {QStringLiteral("phone"), q.value(4).toString()},
        {QStringLiteral("email"), q.value(5).toString()},
        {QStringLiteral("hire_date"), q.value(6).toString()},
        {QStringLiteral("department_id"), idOrNull(q.value(7))},
        {QStringLiteral("department_name"), q.value(8).toString()},
        {QStringLiteral("position_id"), idOrNull(q.value(9))},
        {QStringLiteral("position_title"), q.value(10).toString()},
        {QStringLiteral("manager_id"), idOrNull(q.value(11))},
        {QStringLiteral("manager_name"), q.value(12).toString()},
        {QStringLiteral("employment_type"), q.value(13).toString()},
        {QStringLiteral("status"), q.value(14).toString()},
        {QStringLiteral("leave_date"), q.value(15).toString()},
        {QStringLiteral("archived"), q.value(16).toInt() != 0},
        {QStringLiteral("updated_at"), q.value(17).toString()},
        {QStringLiteral("version"), q.value(18).toLongLong()},
    };
}

QVariant idOrNullValue(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qlonglong>());
}

/// Text values are never NULL in the store.
QString orEmpty(const QString& s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

void bindRecord(QSqlQuery& q, const Employee& e)
{
    q.bindValue(QStringLiteral(":number"), orEmpty(e.number));
    q.bindValue(QStringLiteral(":name"), orEmpty(e.name));
    q.bindValue(QStringLiteral(":gender"), orEmpty(e.gender));
    q.bindValue(QStringLiteral(":birth_date"), orEmpty(e.birthDate));
    q.bindValue(QStringLiteral(":id_number"), orEmpty(e.idNumber));
    q.bindValue(QStringLiteral(":phone"), orEmpty(e.phone));
    q.bindValue(QStringLiteral(":email"), orEmpty(e.email));
    q.bindValue(QStringLiteral(":address"), orEmpty(e.address));
    q.bindValue(QStringLiteral(":emergency_contact"), orEmpty(e.emergencyContact));
    q.bindValue(QStringLiteral(":emergency_phone"), orEmpty(e.emergencyPhone));
    q.bindValue(QStringLiteral(":hire_date"), orEmpty(e.hireDate));
    q.bindValue(QStringLiteral(":department_id"), idOrNullValue(e.departmentId));
    q.bindValue(QStringLiteral(":position_id"), idOrNullValue(e.positionId));
    q.bindValue(QStringLiteral(":manager_id"), idOrNullValue(e.managerId));
    q.bindValue(QStringLiteral(":user_id"), idOrNullValue(e.userId));
    q.bindValue(QStringLiteral(":employment_type"), orEmpty(e.employmentType));
    q.bindValue(QStringLiteral(":status"), orEmpty(e.status));
    q.bindValue(QStringLiteral(":leave_date"), orEmpty(e.leaveDate));
    q.bindValue(QStringLiteral(":leave_reason"), orEmpty(e.leaveReason));
    q.bindValue(QStringLiteral(":archived"), e.archived ? 1 : 0);
    q.bindValue(QStringLiteral(":bank_name"), orEmpty(e.bankName));
    q.bindValue(QStringLiteral(":bank_account"), orEmpty(e.bankAccount));
    q.bindValue(QStringLiteral(":si_city"), orEmpty(e.socialInsuranceCity));
    q.bindValue(QStringLiteral(":base"), e.contributionBase);
    q.bindValue(QStringLiteral(":hf_rate"), e.housingFundRate);
    q.bindValue(QStringLiteral(":children"), e.deductions.children);
    q.bindValue(QStringLiteral(":infants"), e.deductions.infants);
    q.bindValue(QStringLiteral(":education"), orEmpty(e.deductions.continuingEducation));
    q.bindValue(QStringLiteral(":housing"), orEmpty(e.deductions.housing));
    q.bindValue(QStringLiteral(":only_child"), e.deductions.elderlyOnlyChild ? 1 : 0);
    q.bindValue(QStringLiteral(":elderly_share"), e.deductions.elderlyShare);
    q.bindValue(QStringLiteral(":search_text"), orEmpty(searchText(e)));
    q.bindValue(QStringLiteral(":now"), Storage::nowText());
}

} // namespace

std::optional<Employee> EmployeeRepository::byId(qint64 id)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral("SELECT ") + kColumns + kFrom +
                                 QStringLiteral(" WHERE e.id = :id") + m_scope.andCondition());
    q.bindValue(QStringLiteral(":id"), id);
    m_scope.bind(q);
    exec(q);
    std::optional<Employee> e;
    if (q.next())
        e = readEmployee(q);
    q.finish();
    if (e)
        loadContracts(*e);
    return e;
}

void EmployeeRepository::loadContracts(Employee& e)
{
    QSqlQuery& q = m_db.prepared(
        QStringLiteral("SELECT id, start_date, end_date, probation_end, renewal, notes "
                       "FROM hr_contracts WHERE employee_id = :id ORDER BY position, id"));
    q.bindValue(QStringLiteral(":id"), e.id);
    exec(q);
    while (q.next())
        e.contracts.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                            q.value(3).toString(), q.value(4).toInt() != 0, q.value(5).toString()});
    q.finish();
}

void EmployeeRepository::writeContracts(const Employee& e)
{
    QSqlQuery& del =
        m_db.prepared(QStringLiteral("DELETE FROM hr_contracts WHERE employee_id = :id"));
    del.bindValue(QStringLiteral(":id"), e.id);
    exec(del);
    QSqlQuery& ins = m_db.prepared(QStringLiteral(
        "INSERT INTO hr_contracts (employee_id, position, start_date, end_date, probation_end, "
        "renewal, notes) VALUES (:employee, :position, :start, :end, :probation, :renewal, "
        ":notes)"));
    int position = 0;
    for (const Contract& c : e.contracts) {
        ins.bindValue(QStringLiteral(":employee"), e.id);
        ins.bindValue(QStringLiteral(":position"), position++);
        ins.bindValue(QStringLiteral(":start"), c.startDate);
        ins.bindValue(QStringLiteral(":end"), orEmpty(c.endDate));
        ins.bindValue(QStringLiteral(":probation"), orEmpty(c.probationEnd));
        ins.bindValue(QStringLiteral(":renewal"), c.renewal ? 1 : 0);
        ins.bindValue(QStringLiteral(":notes"), orEmpty(c.notes));
        exec(ins);
    }
}

qint64 EmployeeRepository::idByNumber(const QString& number)
{
    QSqlQuery& q =
        m_db.prepared(QStringLiteral("SELECT id FROM hr_employees WHERE number = :number"));
    q.bindValue(QStringLiteral(":number"), number);
    exec(q);
    return Storage::oneInteger(q);
}

qint64 EmployeeRepository::idByIdNumber(const QString& idNumber, qint64 excludingId)
{
    QSqlQuery& q = m_db.prepared(
        QStringLiteral("SELECT id FROM hr_employees WHERE id_number = :n AND id <> :id"));
    q.bindValue(QStringLiteral(":n"), idNumber);
    q.bindValue(QStringLiteral(":id"), excludingId);
    exec(q);
    return Storage::oneInteger(q);
}

qint64 EmployeeRepository::idByUser(qint64 userId, qint64 excludingId)
{
    QSqlQuery& q = m_db.prepared(
        QStringLiteral("SELECT id FROM hr_employees WHERE user_id = :u AND id <> :id"));
    q.bindValue(QStringLiteral(":u"), userId);
    q.bindValue(QStringLiteral(":id"), excludingId);
    exec(q);
    return Storage::oneInteger(q);
}

bool EmployeeRepository::exists(qint64 id)
{
    QSqlQuery& q =
        m_db.prepared(QStringLiteral("SELECT COUNT(*) FROM hr_employees WHERE id = :id"));
    q.bindValue(QStringLiteral(":id"), id);
    exec(q);
    return Storage::oneInteger(q) > 0;
}

QList<qint64> EmployeeRepository::managerChain(qint64 id, int limit)
{
    // Up the chain in one statement; UNION stops at a cycle already in the data.
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "WITH RECURSIVE chain (id, depth) AS (SELECT manager_id, 1 FROM hr_employees "
        "WHERE id = :id AND manager_id IS NOT NULL UNION SELECT e.manager_id, c.depth + 1 "
        "FROM hr_employees e JOIN chain c ON e.id = c.id WHERE e.manager_id IS NOT NULL AND "
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

bool EmployeeRepository::userIsActive(qint64 userId)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral("SELECT active FROM users WHERE id = :id"));
    q.bindValue(QStringLiteral(":id"), userId);
    exec(q);
    return Storage::oneInteger(q) != 0;
}

qint64 EmployeeRepository::userIdByName(const QString& username)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral("SELECT id FROM users WHERE username = :u"));
    q.bindValue(QStringLiteral(":u"), username);
    exec(q);
    return Storage::oneInteger(q);
}

void EmployeeRepository::insert(Employee& e)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "INSERT INTO hr_employees (number, name, gender, birth_date, id_number, phone, email, "
        "address, emergency_contact, emergency_phone, hire_date, department_id, position_id, "
        "manager_id, user_id, employment_type, status, leave_date, leave_reason, archived, "
        "bank_name, bank_account, social_insurance_city, contribution_base, housing_fund_rate, "
        "ded_children, ded_infants, ded_continuing_education, ded_housing, "
        "ded_elderly_only_child, ded_elderly_share, search_text, created_at, updated_at, version) "
        "VALUES (:number, :name, :gender, :birth_date, :id_number, :phone, :email, :address, "
        ":emergency_contact, :emergency_phone, :hire_date, :department_id, :position_id, "
        ":manager_id, :user_id, :employment_type, :status, :leave_date, :leave_reason, "
        ":archived, :bank_name, :bank_account, :si_city, :base, :hf_rate, :children, :infants, "
        ":education, :housing, :only_child, :elderly_share, :search_text, :now, :now, 1) "
        "RETURNING id"));
    bindRecord(q, e);
    exec(q);
    e.id = Storage::oneInteger(q);
    e.version = 1;
    e.createdAt = e.updatedAt = q.boundValue(QStringLiteral(":now")).toString();
    if (!e.contracts.isEmpty())
        writeContracts(e);
}

bool EmployeeRepository::update(const Employee& e, qint64 expectedVersion)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "UPDATE hr_employees SET number = :number, name = :name, gender = :gender, "
        "birth_date = :birth_date, id_number = :id_number, phone = :phone, email = :email, "
        "address = :address, emergency_contact = :emergency_contact, "
        "emergency_phone = :emergency_phone, hire_date = :hire_date, "
        "department_id = :department_id, position_id = :position_id, manager_id = :manager_id, "
        "user_id = :user_id, employment_type = :employment_type, status = :status, "
        "leave_date = :leave_date, leave_reason = :leave_reason, archived = :archived, "
        "bank_name = :bank_name, bank_account = :bank_account, "
        "social_insurance_city = :si_city, contribution_base = :base, "
        "housing_fund_rate = :hf_rate, ded_children = :children, ded_infants = :infants, "
        "ded_continuing_education = :education, ded_housing = :housing, "
        "ded_elderly_only_child = :only_child, ded_elderly_share = :elderly_share, "
        "search_text = :search_text, updated_at = :now, version = version + 1 "
        "WHERE id = :id AND version = :version"));
    bindRecord(q, e);
    q.bindValue(QStringLiteral(":id"), e.id);
    q.bindValue(QStringLiteral(":version"), expectedVersion);
    exec(q);
    if (q.numRowsAffected() != 1)
        return false;
    writeContracts(e);
    return true;
}

QString EmployeeRepository::whereClause(const Storage::ListQuery& query) const
{
    QString where = QStringLiteral(" WHERE 1 = 1");
    const QString status =
        query.filter.value(QLatin1String("status")).toString(QStringLiteral("current"));
    // Most employees match the status: the page is read off the sort column's index and the
    // status checked per row (the status index would collect every match and sort them).
    const QString archived = m_db.sql().withoutIndex(QStringLiteral("e.archived"));
    const QString state = m_db.sql().withoutIndex(QStringLiteral("e.status"));
    if (status == QLatin1String("current"))
        where +=
            QStringLiteral(" AND %1 = 0 AND %2 IN ('active', 'on_leave')").arg(archived, state);
    else if (status == QLatin1String("archived"))
        where += QStringLiteral(" AND %1 = 1").arg(archived);
    else if (status != QLatin1String("all"))
        where += QStringLiteral(" AND %1 = 0 AND %2 = :status").arg(archived, state);
    if (query.filter.contains(QLatin1String("department_id")))
        // The department and every department below it: looked up per row of the sort order
        // (a department's thousands of rows collected and sorted cost more).
        where += QStringLiteral(
                     " AND %1 IN (WITH RECURSIVE sub (id) AS (SELECT id FROM hr_departments "
                     "WHERE id = :department UNION SELECT x.id FROM hr_departments x JOIN sub "
                     "ON x.parent_id = sub.id) SELECT id FROM sub)")
                     .arg(m_db.sql().withoutIndex(QStringLiteral("e.department_id")));
    if (query.filter.contains(QLatin1String("position_id")))
        where += QStringLiteral(" AND e.position_id = :position");
    if (query.filter.contains(QLatin1String("manager_id")))
        where += QStringLiteral(" AND e.manager_id = :manager");
    if (query.filter.contains(QLatin1String("employment_type")))
        where += QStringLiteral(" AND e.employment_type = :type");
    // A few thousand employees: a LIKE scan finds any substring, Chinese included.
    if (!query.search.isEmpty())
        where += QStringLiteral(" AND e.search_text LIKE :q ESCAPE '\\'");
    return where + m_scope.andCondition();
}

void EmployeeRepository::bindWhere(QSqlQuery& q, const Storage::ListQuery& query) const
{
    const QJsonObject& f = query.filter;
    const QString status = f.value(QLatin1String("status")).toString(QStringLiteral("current"));
    if (status != QLatin1String("current") && status != QLatin1String("archived") &&
        status != QLatin1String("all"))
        q.bindValue(QStringLiteral(":status"), status);
    if (f.contains(QLatin1String("department_id")))
        q.bindValue(QStringLiteral(":department"),
                    qint64(f.value(QLatin1String("department_id")).toDouble()));
    if (f.contains(QLatin1String("position_id")))
        q.bindValue(QStringLiteral(":position"),
                    qint64(f.value(QLatin1String("position_id")).toDouble()));
    if (f.contains(QLatin1String("manager_id")))
        q.bindValue(QStringLiteral(":manager"),
                    qint64(f.value(QLatin1String("manager_id")).toDouble()));
    if (f.contains(QLatin1String("employment_type")))
        q.bindValue(QStringLiteral(":type"), f.value(QLatin1String("employment_type")).toString());
    if (!query.search.isEmpty())
        q.bindValue(QStringLiteral(":q"), Storage::containsPattern(query.search.toLower()));
    m_scope.bind(q);
}

QJsonObject EmployeeRepository::list(const Storage::ListQuery& query)
{
    const QString where = whereClause(query);
    const QString sortKey =
        query.sortExpression.isEmpty() ? QStringLiteral("NULL") : query.sortExpression;
    QSqlQuery q = m_db.uncached(QStringLiteral("SELECT ") + kListColumns + QStringLiteral(", ") +
                                sortKey + kFrom + where + query.keysetCondition() + query.orderBy +
                                QStringLiteral(" LIMIT :limit OFFSET :offset"));
    q.setForwardOnly(true);
    bindWhere(q, query);
    query.bindKeyset(q);
    q.bindValue(QStringLiteral(":limit"), query.limit);
    q.bindValue(QStringLiteral(":offset"), query.offset);
    exec(q);
    QJsonArray rows;
    QJsonArray nextAfter;
    while (q.next()) {
        rows.append(listRow(q));
        nextAfter = query.nextAfter(q.value(kListColumnCount), q.value(0).toLongLong());
    }
    q.finish();
    // A short first page already says how many there are; otherwise count, capped.
    qint64 counted = query.offset + rows.size();
    if (!(query.after.isEmpty() && rows.size() < query.limit &&
          (!rows.isEmpty() || query.offset == 0))) {
        QSqlQuery count =
            m_db.uncached(QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM hr_employees e") +
                          where + QStringLiteral(" LIMIT %1) capped").arg(CountCap + 1));
        bindWhere(count, query);
        exec(count);
        counted = Storage::oneInteger(count);
    }
    const bool capped = counted > CountCap;
    return QJsonObject{{QStringLiteral("rows"), rows},
                       {QStringLiteral("total"),
                        capped ? qMax<qint64>(CountCap, query.offset + rows.size()) : counted},
                       {QStringLiteral("total_capped"), capped},
                       {QStringLiteral("next_after"),
                        rows.size() == query.limit ? QJsonValue(nextAfter) : QJsonValue()}};
}

QList<Employee> EmployeeRepository::listForExport(const Storage::ListQuery& query, int cap,
                                                  bool* truncated)
{
    QSqlQuery q = m_db.uncached(QStringLiteral("SELECT ") + kColumns + kFrom + whereClause(query) +
                                query.orderBy + QStringLiteral(" LIMIT :limit"));
    q.setForwardOnly(true);
    bindWhere(q, query);
    q.bindValue(QStringLiteral(":limit"), cap + 1);
    exec(q);
    QList<Employee> out;
    while (q.next())
        out.append(readEmployee(q));
    q.finish();
    *truncated = out.size() > cap;
    if (*truncated)
        out.removeLast();
    return out;
}

QList<ExpiringContract> EmployeeRepository::contractsExpiring(const QString& from,
                                                              const QString& to)
{
    // The latest contract of each current employee (none started after it: not renewed yet).
    QSqlQuery& q = m_db.prepared(
        QStringLiteral(
            "SELECT e.id, e.number, e.name, COALESCE(d.name, ''), e.manager_id, c.id, "
            "c.start_date, c.end_date FROM hr_contracts c JOIN hr_employees e "
            "ON e.id = c.employee_id LEFT JOIN hr_departments d ON d.id = e.department_id "
            "WHERE c.end_date <> '' AND c.end_date >= :from AND c.end_date <= :to "
            "AND e.archived = 0 AND e.status <> 'left' AND NOT EXISTS (SELECT 1 FROM "
            "hr_contracts n WHERE n.employee_id = c.employee_id AND n.start_date > c.start_date)") +
        m_scope.andCondition() + QStringLiteral(" ORDER BY c.end_date, e.number"));
    q.bindValue(QStringLiteral(":from"), from);
    q.bindValue(QStringLiteral(":to"), to);
    m_scope.bind(q);
    exec(q);
    QList<ExpiringContract> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                    q.value(3).toString(), q.value(4).toLongLong(), q.value(5).toLongLong(),
                    q.value(6).toString(), q.value(7).toString()});
    q.finish();
    return out;
}

QJsonArray EmployeeRepository::orgchartEmployees(qint64 departmentId)
{
    QString sql = QStringLiteral(
        "SELECT e.id, e.number, e.name, e.department_id, e.position_id, COALESCE(p.title, ''), "
        "e.manager_id, e.status FROM hr_employees e LEFT JOIN hr_positions p "
        "ON p.id = e.position_id WHERE e.archived = 0 AND e.status <> 'left'");
    if (departmentId > 0)
        sql += QStringLiteral(
            " AND e.department_id IN (WITH RECURSIVE sub (id) AS (SELECT id FROM hr_departments "
            "WHERE id = :department UNION SELECT x.id FROM hr_departments x JOIN sub "
            "ON x.parent_id = sub.id) SELECT id FROM sub)");
    QSqlQuery q =
        m_db.uncached(sql + m_scope.andCondition() + QStringLiteral(" ORDER BY e.number"));
    q.setForwardOnly(true);
    if (departmentId > 0)
        q.bindValue(QStringLiteral(":department"), departmentId);
    m_scope.bind(q);
    exec(q);
    QJsonArray out;
    while (q.next())
        out.append(QJsonObject{{QStringLiteral("id"), q.value(0).toLongLong()},
                               {QStringLiteral("number"), q.value(1).toString()},
                               {QStringLiteral("name"), q.value(2).toString()},
                               {QStringLiteral("department_id"), idOrNull(q.value(3))},
                               {QStringLiteral("position_id"), idOrNull(q.value(4))},
                               {QStringLiteral("position_title"), q.value(5).toString()},
                               {QStringLiteral("manager_id"), idOrNull(q.value(6))},
                               {QStringLiteral("status"), q.value(7).toString()}});
    q.finish();
    return out;
}

int EmployeeRepository::reportCount(qint64 id)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "SELECT COUNT(*) FROM hr_employees WHERE manager_id = :id AND archived = 0 AND "
        "status <> 'left'"));
    q.bindValue(QStringLiteral(":id"), id);
    exec(q);
    return int(Storage::oneInteger(q));
}

} // namespace Erp::Server::Hr
