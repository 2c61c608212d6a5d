#pragma once

#include "app/net/apiclient.h"

#include <QJsonObject>
#include <QString>

#include <functional>

namespace Erp::Client::Hr {

/// Typed calls of the HR tab (hr.*, docs/PROTOCOL.md "HR"). Records travel as the server's
/// JSON objects; the private fields are simply absent for a user without hr.private.
class HrClient final
{
public:
    using Done = std::function<void(const QJsonObject&)>;
    using Fail = ApiClient::ErrorHandler;

    struct Perm
    {
        static QString read() { return QStringLiteral("hr.read"); }
        static QString write() { return QStringLiteral("hr.write"); }
        /// ID number, bank, contribution base, housing fund rate, deductions.
        static QString privateFields() { return QStringLiteral("hr.private"); }
    };

    explicit HrClient(ApiClient& api)
        : m_api(api)
    {}
    ApiClient& api() const { return m_api; }
    bool may(const QString& permission) const { return m_api.hasPermission(permission); }

    /// Any hr method with an object result.
    void call(const QString& method, const QJsonObject& params, QObject* context, Done done,
              Fail fail);
    void getEmployee(qint64 id, QObject* context, Done done, Fail fail);
    /// hr.employee.create (id 0) or update {id, version} with `fields`.
    void saveEmployee(qint64 id, qint64 version, const QJsonObject& fields, QObject* context,
                      Done done, Fail fail);
    void departments(QObject* context, Done done, Fail fail);
    void positions(qint64 departmentId, QObject* context, Done done, Fail fail);
    void orgchart(QObject* context, Done done, Fail fail);
    /// hr.department.create / update, hr.position.create / update.
    void saveRecord(const QString& entity, qint64 id, qint64 version, const QJsonObject& fields,
                    QObject* context, Done done, Fail fail);

private:
    ApiClient& m_api;
};

} // namespace Erp::Client::Hr
