#pragma once

#include <QJsonObject>
#include <QString>

namespace Erp::Rpc {
class FieldErrors;
}

namespace Erp::Server::Hr {

/// A department (部门): a node of the company's tree.
struct Department
{
    qint64 id = 0;
    QString code; ///< D001; generated when empty
    QString name;
    qint64 parentId = 0;
    QString parentName;
    qint64 managerId = 0; ///< an employee
    QString managerName;
    bool active = true;
    QString notes;
    int employees = 0; ///< current employees (read only)
    QString createdAt;
    QString updatedAt;
    qint64 version = 1;
};

/// A position (岗位) of a department with its planned headcount; `filled` is counted.
struct Position
{
    qint64 id = 0;
    QString title;
    qint64 departmentId = 0;
    QString departmentName;
    int headcount = 1;
    int filled = 0; ///< current employees holding it (read only)
    bool active = true;
    QString notes;
    QString createdAt;
    QString updatedAt;
    qint64 version = 1;
};

QJsonObject toJson(const Department& d);
QJsonObject toJson(const Position& p);
/// Apply the present fields; wrong types become field errors.
void applyJson(Department& d, const QJsonObject& json, Rpc::FieldErrors& errors);
void applyJson(Position& p, const QJsonObject& json, Rpc::FieldErrors& errors);
/// The record's own rules; references, cycles and uniqueness are the service's.
void validate(const Department& d, Rpc::FieldErrors& errors);
void validate(const Position& p, Rpc::FieldErrors& errors);

} // namespace Erp::Server::Hr
