#include "app/pages/customers/customertext.h"

#include "app/models/format.h"
#include "app/net/errortext.h"

#include <QHash>
#include <QLocale>

namespace Erp::Client::Customers {

QString CustomerText::kind(const QString& kind)
{
    if (kind == QLatin1String("company"))
        return tr("Company");
    if (kind == QLatin1String("individual"))
        return tr("Individual");
    return kind;
}

QString CustomerText::status(const QString& status)
{
    if (status == QLatin1String("active"))
        return tr("Active");
    if (status == QLatin1String("archived"))
        return tr("Archived");
    if (status == QLatin1String("merged"))
        return tr("Merged");
    return status;
}

Column::Tone CustomerText::statusTone(const QString& status)
{
    if (status == QLatin1String("active"))
        return Column::Tone::Done;
    if (status == QLatin1String("merged"))
        return Column::Tone::Problem;
    return Column::Tone::Neutral;
}

QString CustomerText::reason(const QString& reason)
{
    if (reason == QLatin1String("phone"))
        return tr("Same phone number");
    if (reason == QLatin1String("email"))
        return tr("Same e-mail address");
    if (reason == QLatin1String("tax_id"))
        return tr("Same tax ID");
    if (reason == QLatin1String("name"))
        return tr("Similar name");
    return reason;
}

QString CustomerText::field(const QString& key)
{
    static const char* const names[][2] = {
        {"code", QT_TR_NOOP("Code")},
        {"name", QT_TR_NOOP("Name")},
        {"kind", QT_TR_NOOP("Kind")},
        {"tax_id", QT_TR_NOOP("Tax ID")},
        {"industry", QT_TR_NOOP("Industry")},
        {"source", QT_TR_NOOP("Source")},
        {"tags", QT_TR_NOOP("Tags")},
        {"credit_limit", QT_TR_NOOP("Credit limit")},
        {"currency", QT_TR_NOOP("Currency")},
        {"payment_terms_days", QT_TR_NOOP("Payment terms (days)")},
        {"owner", QT_TR_NOOP("Owner")},
        {"owner_id", QT_TR_NOOP("Owner")},
        {"owner_name", QT_TR_NOOP("Owner")},
        {"status", QT_TR_NOOP("Status")},
        {"notes", QT_TR_NOOP("Notes")},
        {"contact_name", QT_TR_NOOP("Contact")},
        {"contact_title", QT_TR_NOOP("Contact title")},
        {"phone", QT_TR_NOOP("Phone")},
        {"email", QT_TR_NOOP("Email")},
        {"country", QT_TR_NOOP("Country")},
        {"province", QT_TR_NOOP("Province")},
        {"city", QT_TR_NOOP("City")},
        {"district", QT_TR_NOOP("District")},
        {"address", QT_TR_NOOP("Address")},
        {"postcode", QT_TR_NOOP("Postcode")},
        {"contacts", QT_TR_NOOP("Contacts")},
        {"addresses", QT_TR_NOOP("Addresses")},
    };
    for (const auto& n : names) {
        if (key == QLatin1String(n[0]))
            return tr(n[1]);
    }
    return key;
}

QString CustomerText::money(const QString& amount, const QString& currency)
{
    if (amount.isEmpty())
        return QString();
    static const QHash<QString, QString> symbols{{QStringLiteral("CNY"), QStringLiteral("¥")},
                                                 {QStringLiteral("USD"), QStringLiteral("$")},
                                                 {QStringLiteral("EUR"), QStringLiteral("€")},
                                                 {QStringLiteral("GBP"), QStringLiteral("£")},
                                                 {QStringLiteral("JPY"), QStringLiteral("JP¥")},
                                                 {QStringLiteral("HKD"), QStringLiteral("HK$")}};
    const QString number = Format::decimal(amount);
    const QString symbol = symbols.value(currency.isEmpty() ? QStringLiteral("CNY") : currency);
    if (symbol.isEmpty())
        return QStringLiteral("%1 %2").arg(number, currency);
    if (number.startsWith(QLocale().negativeSign()))
        return QLocale().negativeSign() + symbol + number.mid(QLocale().negativeSign().size());
    return symbol + number;
}

QString CustomerText::rule(const QString& field)
{
    const QString key = field.section(QLatin1Char('.'), -1); // contacts[0].phone -> phone
    if (key == QLatin1String("phone"))
        return tr("Use a mobile number (13800138000), a landline with its area code "
                  "(010-12345678) or an international number (+44 20 7946 0958).");
    if (key == QLatin1String("email"))
        return tr("Example: name@example.com");
    if (key == QLatin1String("tax_id"))
        return tr("Use 5–30 letters or digits.");
    if (key == QLatin1String("code"))
        return tr("Use up to 20 letters, digits, “-” or “_”.");
    if (key == QLatin1String("currency"))
        return tr("Use a three-letter code such as CNY.");
    if (key == QLatin1String("credit_limit"))
        return tr("Use an amount such as 50000.00; it cannot be negative.");
    if (key == QLatin1String("payment_terms_days"))
        return tr("Use a whole number of days from 0 to 365.");
    if (key == QLatin1String("kind"))
        return tr("Use “company” or “individual”.");
    if (key == QLatin1String("owner") || key == QLatin1String("owner_id"))
        return tr("Use the username of an active user.");
    if (key == QLatin1String("country"))
        return tr("Use a two-letter country code such as CN.");
    if (key == QLatin1String("line1") || key == QLatin1String("address"))
        return tr("An address needs at least a city or a street.");
    return QString();
}

QString CustomerText::problem(const QString& field, const QString& code, const QString& message)
{
    QString text = ErrorText::field(code, message);
    if (code == QLatin1String("required") || code == QLatin1String("duplicate"))
        return text;
    const QString known = rule(field);
    //: A field error followed by the rule the value must follow
    return tr("%1 %2").arg(text, known.isEmpty() ? message : known).trimmed();
}

} // namespace Erp::Client::Customers
