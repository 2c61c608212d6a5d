#include "server/modules/admin/companyrules.h"

#include <QRegularExpression>
#include <QSet>

namespace Erp::Server::Admin::CompanyRules {

namespace {

const QString kUsccAlphabet = QStringLiteral("0123456789ABCDEFGHJKLMNPQRTUWXY");

// Active ISO 4217 codes (2024), without funds and precious metals.
const char* const kCurrencies =
    "AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BRL BSD BTN "
    "BWP BYN BZD CAD CDF CHF CLP CNY COP CRC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD "
    "FKP GBP GEL GHS GIP GMD GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY "
    "KES KGS KHR KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP "
    "MRU MUR MVR MWK MXN MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR "
    "RON RSD RUB RWF SAR SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP STN SVC SYP SZL THB TJS TMT "
    "TND TOP TRY TTD TWD TZS UAH UGX USD UYU UZS VES VND VUV WST XAF XCD XOF XPF YER ZAR ZMW "
    "ZWL";

} // namespace

QChar usccCheckCharacter(const QString& first17)
{
    if (first17.size() != 17)
        return {};
    // Weights 3^i mod 31 (GB 32100-2015, 5.2).
    int weight = 1;
    int sum = 0;
    for (const QChar c : first17) {
        const int value = kUsccAlphabet.indexOf(c);
        if (value < 0)
            return {};
        sum += value * weight;
        weight = weight * 3 % 31;
    }
    return kUsccAlphabet.at((31 - sum % 31) % 31);
}

bool isValidUscc(const QString& code)
{
    if (code.size() != 18)
        return false;
    const QChar check = usccCheckCharacter(code.left(17));
    return !check.isNull() && check == code.at(17);
}

bool isValidForeignTaxId(const QString& taxId)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(?=.*[A-Za-z0-9])[A-Za-z0-9 ./-]{2,32}$"));
    return pattern.match(taxId).hasMatch();
}

bool isIsoCurrency(const QString& code)
{
    static const QSet<QString> codes = [] {
        QSet<QString> set;
        for (const QString& c : QString::fromLatin1(kCurrencies).split(QLatin1Char(' ')))
            set.insert(c);
        return set;
    }();
    return codes.contains(code);
}

QString imageType(const QByteArray& bytes)
{
    if (bytes.startsWith(QByteArray("\x89PNG\r\n\x1a\n", 8)))
        return QStringLiteral("image/png");
    if (bytes.startsWith(QByteArray("\xff\xd8\xff", 3)))
        return QStringLiteral("image/jpeg");
    return {};
}

} // namespace Erp::Server::Admin::CompanyRules
