#pragma once

#include <QString>

namespace Erp::Storage {
class Database;
}

namespace Erp::Server::Admin {

/// The company profile as stored (table company, one row, migration 0012).
struct CompanyProfile
{
    QString legalName;
    QString country = QStringLiteral("CN");
    QString taxId;
    QString address;
    QString phone;
    QString email;
    QString bankName;
    QString bankAccount;
    QString logo;     ///< base64 of the image file; empty: no logo
    QString logoType; ///< image/png or image/jpeg
    QString baseCurrency = QStringLiteral("CNY");
    int fiscalYearStartMonth = 1;
    int fiscalYearStartDay = 1;
    QString vatStatus = QStringLiteral("general");
    QString updatedAt;
    qint64 version = 1;
};

/// All SQL of the company profile.
class CompanyRepository final
{
public:
    explicit CompanyRepository(Storage::Database& db)
        : m_db(db)
    {}

    CompanyProfile load();
    /// Writes every field if the stored version is `expectedVersion`; false when it is not.
    bool update(const CompanyProfile& profile, qint64 expectedVersion);
    /// Names a profile that has none yet (first start); false if it already had a name.
    bool nameIfUnnamed(const QString& name);

private:
    Storage::Database& m_db;
};

} // namespace Erp::Server::Admin
