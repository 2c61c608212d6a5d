#pragma once

#include "app/net/apiclient.h"
#include "app/pages/customers/customertypes.h"

#include <QList>
#include <QString>

#include <functional>

namespace Erp::Client::Customers {

/// Typed calls of the CRM module (crm.customer.*). Every handler runs later, and only while
/// `context` is alive. Pages use this (or a RemoteTableModel over listMethod()), never the
/// ApiClient directly.
class CustomerClient final
{
public:
    template <typename T>
    using Done = std::function<void(const T&)>;
    using Fail = ApiClient::ErrorHandler;

    static QString listMethod() { return QStringLiteral("crm.customer.list"); }
    /// The permissions of the module's actions.
    static QString readPermission() { return QStringLiteral("crm.customer.read"); }
    static QString writePermission() { return QStringLiteral("crm.customer.write"); }
    static QString mergePermission() { return QStringLiteral("crm.customer.merge"); }
    static QString importPermission() { return QStringLiteral("crm.customer.import"); }
    static QString exportPermission() { return QStringLiteral("crm.customer.export"); }

    explicit CustomerClient(ApiClient& api);
    ApiClient& api() const { return m_api; }
    bool may(const QString& permission) const { return m_api.hasPermission(permission); }

    /// crm.customer.list: one page of list rows (`{rows, total, total_capped, next_after}`).
    void list(const QJsonObject& params, QObject* context, Done<QJsonObject> done, Fail fail);
    void get(qint64 id, QObject* context, Done<Customer> done, Fail fail);
    /// crm.customer.create with `fields`; -32030 with data.reason "duplicates" unless
    /// `allowDuplicates`.
    void create(const QJsonObject& fields, bool allowDuplicates, QObject* context,
                Done<Customer> done, Fail fail);
    /// crm.customer.update {id, version} + `fields`; -32009 when `version` is stale.
    void update(qint64 id, qint64 version, const QJsonObject& fields, QObject* context,
                Done<Customer> done, Fail fail);
    /// crm.customer.archive (or restore when `archive` is false).
    void setArchived(qint64 id, qint64 version, bool archive, QObject* context, Done<Customer> done,
                     Fail fail);
    /// crm.customer.merge: `duplicateId` folds into `survivorId`; returns the survivor.
    void merge(qint64 survivorId, qint64 duplicateId, QObject* context, Done<Customer> done,
               Fail fail);
    /// crm.customer.duplicates: existing customers like `fields` (except `excludingId`).
    void duplicates(const QJsonObject& fields, qint64 excludingId, QObject* context,
                    Done<QList<DuplicateHit>> done, Fail fail);
    /// Active users by username, for owner pickers (needs admin.user.read).
    void listOwners(QObject* context, Done<QList<Owner>> done, Fail fail);
    bool canListOwners() const { return may(QStringLiteral("admin.user.read")); }

private:
    ApiClient& m_api;
};

} // namespace Erp::Client::Customers
