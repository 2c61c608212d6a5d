#pragma once

#include "server/modules/finance/ledger.h"

#include <QHash>
#include <QList>

#include <optional>

namespace Erp::Storage {
class Database;
}

namespace Erp::Server::Finance {

/// The books' settings (table fin_settings, one row).
struct BookSettings
{
    QString chart; ///< cn_small, generic; empty before the chart is installed
    QString reversalStyle = QStringLiteral("storno");
    bool invoiceOnShipment = false; ///< a shipment creates and posts its invoice
    /// The bill match's tolerance: hundredths of a percent of the received value, and an
    /// amount in minor units (0: no absolute limit). Above either a bill needs approval.
    qint64 billTolerancePct = 200;
    qint64 billToleranceAmount = 50000;
    QString updatedAt;
    qint64 version = 1;
};

/// Which account an automatic posting uses for a role, optionally per product category.
struct AccountRole
{
    QString role;
    QString category; ///< empty: every category
    qint64 accountId = 0;
};

/// All SQL of the chart of accounts, the posting-account roles and the books' settings.
class AccountRepository final
{
public:
    explicit AccountRepository(Storage::Database& db)
        : m_db(db)
    {}

    /// Every account, by code.
    QList<Account> all();
    std::optional<Account> byId(qint64 id);
    qint64 idByCode(const QString& code);
    qint64 count();
    /// Accounts that have lines (drafts included).
    qint64 usedCount();
    bool hasChildren(qint64 id);

    void insert(Account& a);
    /// Name, English name, active; false when the version is not `expectedVersion`.
    bool update(const Account& a, qint64 expectedVersion);
    void setLeaf(qint64 id, bool leaf);
    /// Marks accounts as used (they have lines now).
    void markUsed(const QList<qint64>& ids);
    /// Drops every account and role (a chart switch before any line was written).
    void removeAll();

    BookSettings settings();
    bool updateSettings(const BookSettings& s, qint64 expectedVersion);

    QList<AccountRole> roles();
    /// The account of `role` for `category`, falling back to the role's default (category '');
    /// 0 when the role has none.
    qint64 roleAccount(const QString& role, const QString& category);
    void setRole(const AccountRole& r);
    void removeRole(const QString& role, const QString& category);

private:
    Storage::Database& m_db;
};

} // namespace Erp::Server::Finance
