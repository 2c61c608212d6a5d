#include "server/modules/admin/companyrepository.h"

#include "server/storage/database.h"

#include <QSqlQuery>
#include <QVariant>

namespace Erp::Server::Admin {

using Storage::exec;

namespace {
/// A null QString binds as SQL NULL; the columns are NOT NULL DEFAULT ''.
QString text(const QString& s)
{
    return s.isNull() ? QStringLiteral("") : s;
}
} // namespace

CompanyProfile CompanyRepository::load()
{
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "SELECT legal_name, country, tax_id, address, phone, email, bank_name, bank_account, "
        "logo, logo_type, base_currency, fiscal_year_start_month, fiscal_year_start_day, "
        "vat_status, updated_at, version FROM company WHERE id = 1"));
    exec(q);
    CompanyProfile p;
    if (q.next()) {
        p.legalName = q.value(0).toString();
        p.country = q.value(1).toString();
        p.taxId = q.value(2).toString();
        p.address = q.value(3).toString();
        p.phone = q.value(4).toString();
        p.email = q.value(5).toString();
        p.bankName = q.value(6).toString();
        p.bankAccount = q.value(7).toString();
        p.logo = q.value(8).toString();
        p.logoType = q.value(9).toString();
        p.baseCurrency = q.value(10).toString();
        p.fiscalYearStartMonth = q.value(11).toInt();
        p.fiscalYearStartDay = q.value(12).toInt();
        p.vatStatus = q.value(13).toString();
        p.updatedAt = q.value(14).toString();
        p.version = q.value(15).toLongLong();
    }
    q.finish();
    return p;
}

bool CompanyRepository::update(const CompanyProfile& p, qint64 expectedVersion)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "UPDATE company SET legal_name = :legal_name, country = :country, tax_id = :tax_id, "
        "address = :address, phone = :phone, email = :email, bank_name = :bank_name, "
        "bank_account = :bank_account, logo = :logo, logo_type = :logo_type, "
        "base_currency = :base_currency, fiscal_year_start_month = :fy_month, "
        "fiscal_year_start_day = :fy_day, vat_status = :vat_status, updated_at = :now, "
        "version = version + 1 WHERE id = 1 AND version = :version"));
    q.bindValue(QStringLiteral(":legal_name"), text(p.legalName));
    q.bindValue(QStringLiteral(":country"), text(p.country));
    q.bindValue(QStringLiteral(":tax_id"), text(p.taxId));
    q.bindValue(QStringLiteral(":address"), text(p.address));
    q.bindValue(QStringLiteral(":phone"), text(p.phone));
    q.bindValue(QStringLiteral(":email"), text(p.email));
    q.bindValue(QStringLiteral(":bank_name"), text(p.bankName));
    q.bindValue(QStringLiteral(":bank_account"), text(p.bankAccount));
    q.bindValue(QStringLiteral(":logo"), text(p.logo));
    q.bindValue(QStringLiteral(":logo_type"), text(p.logoType));
    q.bindValue(QStringLiteral(":base_currency"), text(p.baseCurrency));
    q.bindValue(QStringLiteral(":fy_month"), p.fiscalYearStartMonth);
    q.bindValue(QStringLiteral(":fy_day"), p.fiscalYearStartDay);
    q.bindValue(QStringLiteral(":vat_status"), text(p.vatStatus));
    q.bindValue(QStringLiteral(":now"), Storage::nowText());
    q.bindValue(QStringLiteral(":version"), expectedVersion);
    exec(q);
    return q.numRowsAffected() == 1;
}

bool CompanyRepository::nameIfUnnamed(const QString& name)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral("UPDATE company SET legal_name = :name, updated_at "
                                                "= :now WHERE id = 1 AND legal_name = ''"));
    q.bindValue(QStringLiteral(":name"), name);
    q.bindValue(QStringLiteral(":now"), Storage::nowText());
    exec(q);
    return q.numRowsAffected() == 1;
}

} // namespace Erp::Server::Admin
