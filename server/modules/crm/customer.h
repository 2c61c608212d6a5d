#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Erp::Rpc {
class FieldErrors;
}

namespace Erp::Server::Crm {

struct Contact
{
    qint64 id = 0;
    QString name;
    QString title;
    QString phone;
    QString email;
    bool isPrimary = false;
};

struct Address
{
    qint64 id = 0;
    QString kind = QStringLiteral("billing"); ///< billing | shipping
    QString country = QStringLiteral("CN");
    QString province;
    QString city;
    QString district;
    QString line1;
    QString postcode;
    bool isDefault = false;
};

/// The customer master record as the crm module keeps it.
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
    qint64 creditLimit = 0; ///< minor units of `currency`
    QString currency = QStringLiteral("CNY");
    int paymentTermsDays = 30;
    qint64 ownerId = 0;
    QString ownerName;                         ///< read only, from users
    QString status = QStringLiteral("active"); ///< active | archived | merged
    QString notes;
    QList<Contact> contacts;
    QList<Address> addresses;
    qint64 mergedInto = 0;
    QString createdAt;
    QString updatedAt;
    qint64 version = 1;

    const Contact* primaryContact() const;
    const Address* defaultAddress() const;
};

/// The wire form: money as a decimal string, contacts and addresses nested.
QJsonObject toJson(const Customer& c);
/// toJson(c) as compact JSON text, written directly (an import's audit records: building the
/// object first costs several times more). tst_import_bulk compares the two.
QString toJsonText(const Customer& c);
/// The record's own fields without notes, contacts and addresses (the start of a list row).
QJsonObject summaryJson(const Customer& c);

/// Applies the fields present in `json` to `c` (create: onto defaults; update: onto the stored
/// record). Wrong types become field errors; `contacts`/`addresses` replace the whole list.
/// `lenient` accepts strings for numbers and "a;b" for tags (CSV import).
void applyJson(Customer& c, const QJsonObject& json, Rpc::FieldErrors& errors,
               bool lenient = false);

/// The record's own rules: required name, formats, ranges. Uniqueness is checked by the service.
void validate(const Customer& c, Rpc::FieldErrors& errors);

/// Fields a client may send to create/update (for parameter declarations and import mapping).
const QStringList& editableFields();

bool isValidPhone(const QString& phone);
bool isValidEmail(const QString& email);
QString normalizedNameKey(const QString& name);
QString phoneDigits(const QString& phone);
QString searchText(const Customer& c);
/// The distinct pairs of adjacent characters (code points) of a search text in which both
/// characters lie beyond ASCII (Chinese, Japanese, Korean, accented letters…), in text order:
/// the rows of the bigram index that answers two-character searches (migration 0017 computes
/// the same pairs in SQL for existing customers).
QStringList searchBigrams(const QString& searchText);
/// Whether a (lower-cased) search term is looked up in the bigram index: exactly two such
/// characters. Every stored text containing it has it as one of its searchBigrams().
bool isBigramTerm(const QString& term);

} // namespace Erp::Server::Crm
