#include "server/modules/finance/accountrepository.h"

#include "server/storage/database.h"
#include "server/storage/queryresult.h"

#include <QSqlQuery>
#include <QVariant>

namespace Erp::Server::Finance {

using Storage::exec;

namespace {

const QString kColumns = QStringLiteral(
    "a.id, a.code, a.name, a.name_en, a.parent_id, a.type, a.normal_balance, a.level, a.is_leaf, "
    "a.active, a.used, a.created_at, a.updated_at, a.version");

Account readAccount(const QSqlQuery& q)
{
    Account a;
    a.id = q.value(0).toLongLong();
    a.code = q.value(1).toString();
    a.name = q.value(2).toString();
    a.nameEn = q.value(3).toString();
    a.parentId = q.value(4).toLongLong();
    a.type = q.value(5).toString();
    a.normalBalance = q.value(6).toString();
    a.level = q.value(7).toInt();
    a.leaf = q.value(8).toInt() != 0;
    a.active = q.value(9).toInt() != 0;
    a.used = q.value(10).toInt() != 0;
    a.createdAt = q.value(11).toString();
    a.updatedAt = q.value(12).toString();
    a.version = q.value(13).toLongLong();
    return a;
}

} // namespace

QList<Account> AccountRepository::all()
{
    QSqlQuery& q = m_db.prepared(QStringLiteral("SELECT ") + kColumns +
                                 QStringLiteral(" FROM fin_accounts a ORDER BY a.code"));
    exec(q);
    QList<Account> out;
    while (q.next())
        out.append(readAccount(q));
    q.finish();
    return out;
}

std::optional<Account> AccountRepository::byId(qint64 id)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral("SELECT ") + kColumns +
                                 QStringLiteral(" FROM fin_accounts a WHERE a.id = :id"));
    q.bindValue(QStringLiteral(":id"), id);
    exec(q);
    std::optional<Account> a;
    if (q.next())
        a = readAccount(q);
    q.finish();
    return a;
}

qint64 AccountRepository::idByCode(const QString& code)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral("SELECT id FROM fin_accounts WHERE code = :c"));
    q.bindValue(QStringLiteral(":c"), code);
    exec(q);
    return Storage::oneInteger(q);
}

qint64 AccountRepository::count()
{
    QSqlQuery& q = m_db.prepared(QStringLiteral("SELECT COUNT(*) FROM fin_accounts"));
    exec(q);
    return Storage::oneInteger(q);
}

qint64 AccountRepository::usedCount()
{
    QSqlQuery& q =
        m_db.prepared(QStringLiteral("SELECT COUNT(*) FROM fin_accounts WHERE used = 1"));
    exec(q);
    return Storage::oneInteger(q);
}

bool AccountRepository::hasChildren(qint64 id)
{
    QSqlQuery& q =
        m_db.prepared(QStringLiteral("SELECT COUNT(*) FROM fin_accounts WHERE parent_id = :id"));
    q.bindValue(QStringLiteral(":id"), id);
    exec(q);
    return Storage::oneInteger(q) > 0;
}

void AccountRepository::insert(Account& a)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "INSERT INTO fin_accounts (code, name, name_en, parent_id, type, normal_balance, level, "
        "is_leaf, active, used, created_at, updated_at, version) VALUES (:code, :name, :name_en, "
        ":parent, :type, :normal, :level, 1, :active, 0, :now, :now, 1) RETURNING id"));
    q.bindValue(QStringLiteral(":code"), a.code);
    q.bindValue(QStringLiteral(":name"), a.name);
    q.bindValue(QStringLiteral(":name_en"), a.nameEn.isNull() ? QStringLiteral("") : a.nameEn);
    q.bindValue(QStringLiteral(":parent"),
                a.parentId > 0 ? QVariant(a.parentId) : QVariant(QMetaType(QMetaType::LongLong)));
    q.bindValue(QStringLiteral(":type"), a.type);
    q.bindValue(QStringLiteral(":normal"), a.normalBalance);
    q.bindValue(QStringLiteral(":level"), a.level);
    q.bindValue(QStringLiteral(":active"), a.active ? 1 : 0);
    q.bindValue(QStringLiteral(":now"), Storage::nowText());
    exec(q);
    a.id = Storage::oneInteger(q);
    a.leaf = true;
    a.used = false;
    a.version = 1;
    a.createdAt = a.updatedAt = q.boundValue(QStringLiteral(":now")).toString();
}

bool AccountRepository::update(const Account& a, qint64 expectedVersion)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "UPDATE fin_accounts SET name = :name, name_en = :name_en, active = :active, "
        "updated_at = :now, version = version + 1 WHERE id = :id AND version = :v"));
    q.bindValue(QStringLiteral(":name"), a.name);
    q.bindValue(QStringLiteral(":name_en"), a.nameEn.isNull() ? QStringLiteral("") : a.nameEn);
    q.bindValue(QStringLiteral(":active"), a.active ? 1 : 0);
    q.bindValue(QStringLiteral(":now"), Storage::nowText());
    q.bindValue(QStringLiteral(":id"), a.id);
    q.bindValue(QStringLiteral(":v"), expectedVersion);
    exec(q);
    return q.numRowsAffected() == 1;
}

void AccountRepository::setLeaf(qint64 id, bool leaf)
{
    QSqlQuery& q =
        m_db.prepared(QStringLiteral("UPDATE fin_accounts SET is_leaf = :leaf WHERE id = :id"));
    q.bindValue(QStringLiteral(":leaf"), leaf ? 1 : 0);
    q.bindValue(QStringLiteral(":id"), id);
    exec(q);
}

void AccountRepository::markUsed(const QList<qint64>& ids)
{
    QSqlQuery& q = m_db.prepared(
        QStringLiteral("UPDATE fin_accounts SET used = 1 WHERE id = :id AND used = 0"));
    for (qint64 id : ids) {
        q.bindValue(QStringLiteral(":id"), id);
        exec(q);
    }
}

void AccountRepository::removeAll()
{
    exec(m_db.prepared(QStringLiteral("DELETE FROM fin_account_roles")));
    // Children first: the parent reference must never dangle.
    exec(m_db.prepared(QStringLiteral("UPDATE fin_accounts SET parent_id = NULL")));
    exec(m_db.prepared(QStringLiteral("DELETE FROM fin_accounts")));
}

BookSettings AccountRepository::settings()
{
    QSqlQuery& q = m_db.prepared(
        QStringLiteral("SELECT chart, reversal_style, updated_at, version, invoice_on_shipment, "
                       "bill_tolerance_pct, bill_tolerance_amount FROM fin_settings WHERE id = 1"));
    exec(q);
    BookSettings s;
    if (q.next()) {
        s.chart = q.value(0).toString();
        s.reversalStyle = q.value(1).toString();
        s.updatedAt = q.value(2).toString();
        s.version = q.value(3).toLongLong();
        s.invoiceOnShipment = q.value(4).toInt() != 0;
        s.billTolerancePct = q.value(5).toLongLong();
        s.billToleranceAmount = q.value(6).toLongLong();
    }
    q.finish();
    return s;
}

bool AccountRepository::updateSettings(const BookSettings& s, qint64 expectedVersion)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "UPDATE fin_settings SET chart = :chart, reversal_style = :style, invoice_on_shipment = "
        ":on_shipment, bill_tolerance_pct = :tolerance_pct, bill_tolerance_amount = "
        ":tolerance_amount, updated_at = :now, version = version + 1 WHERE id = 1 AND version = "
        ":v"));
    q.bindValue(QStringLiteral(":on_shipment"), s.invoiceOnShipment ? 1 : 0);
    q.bindValue(QStringLiteral(":tolerance_pct"), s.billTolerancePct);
    q.bindValue(QStringLiteral(":tolerance_amount"), s.billToleranceAmount);
    q.bindValue(QStringLiteral(":chart"), s.chart);
    q.bindValue(QStringLiteral(":style"), s.reversalStyle);
    q.bindValue(QStringLiteral(":now"), Storage::nowText());
    q.bindValue(QStringLiteral(":v"), expectedVersion);
    exec(q);
    return q.numRowsAffected() == 1;
}

QList<AccountRole> AccountRepository::roles()
{
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "SELECT role, category, account_id FROM fin_account_roles ORDER BY role, category"));
    exec(q);
    QList<AccountRole> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong()});
    q.finish();
    return out;
}

qint64 AccountRepository::roleAccount(const QString& role, const QString& category)
{
    // The category's own account sorts first ('' is the smallest text).
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "SELECT account_id FROM fin_account_roles WHERE role = :role AND category IN (:cat, '') "
        "ORDER BY category DESC LIMIT 1"));
    q.bindValue(QStringLiteral(":role"), role);
    q.bindValue(QStringLiteral(":cat"), category.isNull() ? QStringLiteral("") : category);
    exec(q);
    return Storage::oneInteger(q);
}

void AccountRepository::setRole(const AccountRole& r)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "INSERT INTO fin_account_roles (role, category, account_id) VALUES (:role, :cat, :acc) "
        "ON CONFLICT (role, category) DO UPDATE SET account_id = excluded.account_id"));
    q.bindValue(QStringLiteral(":role"), r.role);
    q.bindValue(QStringLiteral(":cat"), r.category.isNull() ? QStringLiteral("") : r.category);
    q.bindValue(QStringLiteral(":acc"), r.accountId);
    exec(q);
}

void AccountRepository::removeRole(const QString& role, const QString& category)
{
    QSqlQuery& q = m_db.prepared(
        QStringLiteral("DELETE FROM fin_account_roles WHERE role = :role AND category = :cat"));
    q.bindValue(QStringLiteral(":role"), role);
    q.bindValue(QStringLiteral(":cat"), category);
    exec(q);
}

} // namespace Erp::Server::Finance
