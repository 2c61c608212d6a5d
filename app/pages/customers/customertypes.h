#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Erp::Client::Customers {

/// A customer as crm.customer.get returns it. Money stays an exact decimal string.
struct Customer
{
    qint64 id = 0;
    QString code;
    QString name;
    QString kind = QStringLiteral("company"); ///< company | individual
    QString taxId;
    QString industry;
    QString source;
    QStringList tags;
    QString creditLimit = QStringLiteral("0.00"); ///< "50000.00"
    QString currency = QStringLiteral("CNY");
    int paymentTermsDays = 30;
    qint64 ownerId = 0;
    QString ownerName;
    QString status = QStringLiteral("active"); ///< active | archived | merged
    QString notes;
    QJsonArray contacts;  ///< [{id, name, title, phone, email, is_primary}]
    QJsonArray addresses; ///< [{id, kind, country, province, city, district, line1, ...}]
    qint64 mergedInto = 0;
    QString createdAt;
    QString updatedAt;
    qint64 version = 0;

    static Customer fromJson(const QJsonObject& o);
    /// The editable fields as create/update take them (no id, version or status; no owner_id
    /// either: only a form that can pick owners sends one).
    QJsonObject fields() const;
};

/// An existing customer that looks like the one being entered.
struct DuplicateHit
{
    qint64 id = 0;
    QString code;
    QString name;
    QString reason; ///< phone | email | tax_id | name

    static QList<DuplicateHit> listFromJson(const QJsonArray& array);
};

/// Someone a customer can belong to (a user), for owner pickers.
struct Owner
{
    qint64 id = 0;
    QString username;
    QString fullName;

    QString displayName() const;
};

} // namespace Erp::Client::Customers
