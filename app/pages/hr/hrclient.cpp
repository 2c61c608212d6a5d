#include "app/pages/hr/hrclient.h"

namespace Erp::Client::Hr {

void HrClient::call(const QString& method, const QJsonObject& params, QObject* context, Done done,
                    Fail fail)
{
    m_api.call(
        method, params, context,
        [done = std::move(done)](const QJsonValue& v) { done(v.toObject()); }, std::move(fail));
}

void HrClient::getEmployee(qint64 id, QObject* context, Done done, Fail fail)
{
    call(QStringLiteral("hr.employee.get"), {{QStringLiteral("id"), id}}, context, std::move(done),
         std::move(fail));
}

void HrClient::saveEmployee(qint64 id, qint64 version, const QJsonObject& fields, QObject* context,
                            Done done, Fail fail)
{
    saveRecord(QStringLiteral("employee"), id, version, fields, context, std::move(done),
               std::move(fail));
}

void HrClient::departments(QObject* context, Done done, Fail fail)
{
    call(QStringLiteral("hr.department.list"), {}, context, std::move(done), std::move(fail));
}

void HrClient::positions(qint64 departmentId, QObject* context, Done done, Fail fail)
{
    QJsonObject params;
    if (departmentId > 0)
        params.insert(QStringLiteral("department_id"), departmentId);
    call(QStringLiteral("hr.position.list"), params, context, std::move(done), std::move(fail));
}

void HrClient::orgchart(QObject* context, Done done, Fail fail)
{
    call(QStringLiteral("hr.orgchart"), {}, context, std::move(done), std::move(fail));
}

void HrClient::saveRecord(const QString& entity, qint64 id, qint64 version,
                          const QJsonObject& fields, QObject* context, Done done, Fail fail)
{
    const QString prefix = QStringLiteral("hr.") + entity;
    if (id == 0) {
        call(prefix + QStringLiteral(".create"), fields, context, std::move(done), std::move(fail));
        return;
    }
    QJsonObject params = fields;
    params.insert(QStringLiteral("id"), id);
    params.insert(QStringLiteral("version"), version);
    call(prefix + QStringLiteral(".update"), params, context, std::move(done), std::move(fail));
}

} // namespace Erp::Client::Hr
