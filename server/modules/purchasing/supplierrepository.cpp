#include "server/modules/purchasing/supplierrepository.h"

#include "server/storage/database.h"
#include "server/storage/listquery.h"
#include "server/storage/queryresult.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QVariant>

namespace Erp::Server::Purchasing {

using Storage::exec;

namespace {

const QString kColumns = QStringLiteral(
    "s.id, s.code, s.name, s.tax_id, s.contact_name, s.phone, s.email, s.address, s.currency, "
    "s.payment_terms_days, s.lead_time_days, s.notes, s.active, s.created_at, s.updated_at, "
    "s.version");
constexpr int kColumnCount = 16;

Supplier readSupplier(const QSqlQuery& q)
{
    Supplier s;
    s.id = q.value(0).toLongLong();
    s.code = q.value(1).toString();
    s.name = q.value(2).toString();
    s.taxId = q.value(3).toString();
    s.contactName = q.value(4).toString();
    s.phone = q.value(5).toString();
    s.email = q.value(6).toString();
    s.address = q.value(7).toString();
    s.currency = q.value(8).toString();
    s.paymentTermsDays = q.value(9).toInt();
    s.leadTimeDays = q.value(10).toInt();
    s.notes = q.value(11).toString();
    s.active = q.value(12).toInt() != 0;
    s.createdAt = q.value(13).toString();
    s.updatedAt = q.value(14).toString();
    s.version = q.value(15).toLongLong();
    return s;
}

QString text(const QString& s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

void bindRecord(QSqlQuery& q, const Supplier& s)
{
    q.bindValue(QStringLiteral(":code"), s.code);
    q.bindValue(QStringLiteral(":name"), s.name);
    q.bindValue(QStringLiteral(":tax_id"), text(s.taxId));
    q.bindValue(QStringLiteral(":contact_name"), text(s.contactName));
    q.bindValue(QStringLiteral(":phone"), text(s.phone));
    q.bindValue(QStringLiteral(":email"), text(s.email));
    q.bindValue(QStringLiteral(":address"), text(s.address));
    q.bindValue(QStringLiteral(":currency"), s.currency);
    q.bindValue(QStringLiteral(":terms"), s.paymentTermsDays);
    q.bindValue(QStringLiteral(":lead"), s.leadTimeDays);
    q.bindValue(QStringLiteral(":notes"), text(s.notes));
    q.bindValue(QStringLiteral(":active"), s.active ? 1 : 0);
    q.bindValue(QStringLiteral(":search_text"), text(searchText(s)));
    q.bindValue(QStringLiteral(":now"), Storage::nowText());
}

} // namespace

std::optional<Supplier> SupplierRepository::byId(qint64 id)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral("SELECT ") + kColumns +
                                 QStringLiteral(" FROM suppliers s WHERE s.id = :id"));
    q.bindValue(QStringLiteral(":id"), id);
    exec(q);
    std::optional<Supplier> s;
    if (q.next())
        s = readSupplier(q);
    q.finish();
    return s;
}

qint64 SupplierRepository::idByCode(const QString& code)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral("SELECT id FROM suppliers WHERE code = :code"));
    q.bindValue(QStringLiteral(":code"), code);
    exec(q);
    const qint64 id = Storage::oneInteger(q);
    return id;
}

qint64 SupplierRepository::idByTaxId(const QString& taxId, qint64 excludingId)
{
    QSqlQuery& q =
        m_db.prepared(QStringLiteral("SELECT id FROM suppliers WHERE tax_id = :tax AND id <> :id"));
    q.bindValue(QStringLiteral(":tax"), taxId);
    q.bindValue(QStringLiteral(":id"), excludingId);
    exec(q);
    const qint64 id = Storage::oneInteger(q);
    return id;
}

qint64 SupplierRepository::idByName(const QString& name)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "SELECT id FROM suppliers WHERE lower(name) = lower(:n) ORDER BY id LIMIT 1"));
    q.bindValue(QStringLiteral(":n"), name);
    exec(q);
    const qint64 id = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return id;
}

void SupplierRepository::insert(Supplier& s)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "INSERT INTO suppliers (code, name, tax_id, contact_name, phone, email, address, "
        "currency, payment_terms_days, lead_time_days, notes, active, search_text, created_at, "
        "updated_at, version) VALUES (:code, :name, :tax_id, :contact_name, :phone, :email, "
        ":address, :currency, :terms, :lead, :notes, :active, :search_text, :now, :now, 1) "
        "RETURNING id"));
    bindRecord(q, s);
    exec(q);
    s.id = Storage::oneInteger(q);
    s.version = 1;
    s.createdAt = s.updatedAt = q.boundValue(QStringLiteral(":now")).toString();
    q.finish();
}

bool SupplierRepository::update(const Supplier& s, qint64 expectedVersion)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "UPDATE suppliers SET code = :code, name = :name, tax_id = :tax_id, "
        "contact_name = :contact_name, phone = :phone, email = :email, address = :address, "
        "currency = :currency, payment_terms_days = :terms, lead_time_days = :lead, "
        "notes = :notes, active = :active, search_text = :search_text, updated_at = :now, "
        "version = version + 1 WHERE id = :id AND version = :version"));
    bindRecord(q, s);
    q.bindValue(QStringLiteral(":id"), s.id);
    q.bindValue(QStringLiteral(":version"), expectedVersion);
    exec(q);
    return q.numRowsAffected() == 1;
}

QString SupplierRepository::whereClause(const Storage::ListQuery& query) const
{
    QString where = QStringLiteral(" WHERE 1 = 1");
    if (query.filter.value(QLatin1String("active")).isBool())
        where += QStringLiteral(" AND s.active = :active");
    // Suppliers are few: a LIKE scan finds any substring, Chinese included.
    if (!query.search.isEmpty())
        where += QStringLiteral(" AND s.search_text LIKE :q ESCAPE '\\'");
    return where;
}

void SupplierRepository::bindWhere(QSqlQuery& q, const Storage::ListQuery& query) const
{
    const QJsonValue active = query.filter.value(QLatin1String("active"));
    if (active.isBool())
        q.bindValue(QStringLiteral(":active"), active.toBool() ? 1 : 0);
    if (!query.search.isEmpty())
        q.bindValue(QStringLiteral(":q"), Storage::containsPattern(query.search.toLower()));
}

QJsonObject SupplierRepository::list(const Storage::ListQuery& query)
{
    const QString where = whereClause(query);
    QSqlQuery count = m_db.uncached(QStringLiteral("SELECT COUNT(*) FROM suppliers s") + where);
    bindWhere(count, query);
    exec(count);
    const qint64 total = Storage::oneInteger(count);

    // The sort key rides along as the last column: it becomes next_after for keyset paging.
    const QString sortKey =
        query.sortExpression.isEmpty() ? QStringLiteral("NULL") : query.sortExpression;
    QSqlQuery q =
        m_db.uncached(QStringLiteral("SELECT ") + kColumns + QStringLiteral(", ") + sortKey +
                      QStringLiteral(" FROM suppliers s") + where + query.keysetCondition() +
                      query.orderBy + QStringLiteral(" LIMIT :limit OFFSET :offset"));
    bindWhere(q, query);
    query.bindKeyset(q);
    q.bindValue(QStringLiteral(":limit"), query.limit);
    q.bindValue(QStringLiteral(":offset"), query.offset);
    exec(q);
    QJsonArray rows;
    QJsonArray nextAfter;
    while (q.next()) {
        rows.append(toJson(readSupplier(q)));
        nextAfter = query.nextAfter(q.value(kColumnCount), q.value(0).toLongLong());
    }
    q.finish();
    return QJsonObject{{QStringLiteral("rows"), rows},
                       {QStringLiteral("total"), total},
                       {QStringLiteral("total_capped"), false},
                       {QStringLiteral("next_after"),
                        rows.size() == query.limit ? QJsonValue(nextAfter) : QJsonValue()}};
}

} // namespace Erp::Server::Purchasing
