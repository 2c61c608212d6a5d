// JSON Schemas of the hr methods' results, for rpc.discover.
#pragma once

#include <QJsonObject>

namespace Erp::Server::Hr::Schemas {

QJsonObject employee();     ///< hr.employee.get/create/update/archive
QJsonObject employeeList(); ///< hr.employee.list
QJsonObject department();
QJsonObject position();
QJsonObject rowsOf(const QJsonObject& row); ///< {rows, total}
QJsonObject contractsExpiring();
QJsonObject orgchart();
QJsonObject exportFile();

} // namespace Erp::Server::Hr::Schemas
