#pragma once

#include <QByteArray>
#include <QString>

namespace Erp::Server::Admin {

/// The checks behind the company profile, pure functions (unit-tested on their own).
namespace CompanyRules {

/// A 统一社会信用代码 (unified social credit code, GB 32100-2015): 18 characters of
/// 0-9 and A-Y without I, O, S, V, Z, the last one the check character of the first 17.
bool isValidUscc(const QString& code);
/// The check character the first 17 characters of a USCC call for; QChar() if they are not
/// from the code's alphabet.
QChar usccCheckCharacter(const QString& first17);
/// A tax id outside China: 2 to 32 letters, digits, spaces, '-', '.' and '/', with at least
/// one letter or digit. Country-specific checksums (EU VAT ids, EIN, ...) are not checked.
bool isValidForeignTaxId(const QString& taxId);
/// An active ISO 4217 currency code (three capital letters), e.g. CNY, USD, EUR.
bool isIsoCurrency(const QString& code);
/// "image/png" or "image/jpeg" from the file's first bytes; empty for anything else.
QString imageType(const QByteArray& bytes);
/// The largest logo accepted, in bytes (512 KiB).
constexpr int MaxLogoBytes = 512 * 1024;

} // namespace CompanyRules

} // namespace Erp::Server::Admin
