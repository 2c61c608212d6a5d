#pragma once

#include <QJsonObject>
#include <QString>

namespace Erp::Rpc {
class FieldErrors;
}

namespace Erp::Server::Purchasing {

/// The supplier master record (docs/OMS.md "Purchasing"): its own master, apart from customers.
struct Supplier
{
    qint64 id = 0;
    QString code; ///< S00012; generated when empty
    QString name;
    QString taxId;
    QString contactName;
    QString phone;
    QString email;
    QString address;
    QString currency = QStringLiteral("CNY");
    int paymentTermsDays = 30;
    int leadTimeDays = 7;
    QString notes;
    bool active = true;
    QString createdAt;
    QString updatedAt;
    qint64 version = 1;
};

/// The wire form.
QJsonObject toJson(const Supplier& s);

/// Applies the fields present in `json` onto `s` (create: defaults; update: the stored record);
/// wrong types become field errors.
void applyJson(Supplier& s, const QJsonObject& json, Rpc::FieldErrors& errors);

/// The record's own rules (required name, formats, ranges); uniqueness is the service's.
void validate(const Supplier& s, Rpc::FieldErrors& errors);

/// What a search looks through, lower-cased: code, name, tax id, contact, phone, e-mail.
QString searchText(const Supplier& s);

} // namespace Erp::Server::Purchasing
