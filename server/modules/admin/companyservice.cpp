#include "server/modules/admin/companyservice.h"

#include "common/jsonrpc.h"
#include "server/modules/admin/companyrepository.h"
#include "server/modules/admin/companyrules.h"
#include "server/rpc/callcontext.h"

#include <QDate>
#include <QRegularExpression>

namespace Erp::Server::Admin {

using Rpc::Error;

const QString CompanyService::Entity = QStringLiteral("admin.company");

namespace {

QJsonObject toJson(const CompanyProfile& p, bool withLogo = true)
{
    QJsonObject o{
        {QStringLiteral("legal_name"), p.legalName},
        {QStringLiteral("country"), p.country},
        {QStringLiteral("tax_id"), p.taxId},
        {QStringLiteral("address"), p.address},
        {QStringLiteral("phone"), p.phone},
        {QStringLiteral("email"), p.email},
        {QStringLiteral("bank_name"), p.bankName},
        {QStringLiteral("bank_account"), p.bankAccount},
        {QStringLiteral("logo_type"), p.logoType},
        {QStringLiteral("base_currency"), p.baseCurrency},
        {QStringLiteral("fiscal_year_start_month"), p.fiscalYearStartMonth},
        {QStringLiteral("fiscal_year_start_day"), p.fiscalYearStartDay},
        {QStringLiteral("vat_status"), p.vatStatus},
        {QStringLiteral("updated_at"), p.updatedAt},
        {QStringLiteral("version"), p.version},
    };
    // The audit trail keeps the logo's size, not the image.
    if (withLogo)
        o.insert(QStringLiteral("logo"), p.logo);
    else
        o.insert(QStringLiteral("logo_bytes"),
                 qint64(QByteArray::fromBase64(p.logo.toLatin1()).size()));
    return o;
}

/// Reads the text fields given in `params` into the profile, with their field errors.
class Reader
{
public:
    Reader(const QJsonObject& params, Rpc::FieldErrors& errors)
        : m_params(params)
        , m_errors(errors)
    {}

    bool text(const char* key, QString& out, int max)
    {
        const QJsonValue v = m_params.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return false;
        const QString field = QString::fromLatin1(key);
        if (!v.isString()) {
            m_errors.add(field, QStringLiteral("invalid"), QStringLiteral("must be text"),
                         QStringLiteral("admin.company.not_text"));
            return false;
        }
        const QString value = v.toString().trimmed();
        if (value.size() > max) {
            m_errors.add(field, QStringLiteral("too_long"),
                         QStringLiteral("must be at most %1 characters").arg(max),
                         QStringLiteral("admin.company.too_long"), {{QStringLiteral("max"), max}});
            return false;
        }
        out = value;
        return true;
    }

    bool integer(const char* key, int& out)
    {
        const QJsonValue v = m_params.value(QLatin1String(key));
        if (!v.isDouble())
            return false;
        out = v.toInt();
        return true;
    }

private:
    const QJsonObject& m_params;
    Rpc::FieldErrors& m_errors;
};

void readLogo(const QJsonObject& params, CompanyProfile& p, Rpc::FieldErrors& errors)
{
    const QJsonValue v = params.value(QLatin1String("logo"));
    if (!v.isString())
        return;
    const QString field = QStringLiteral("logo");
    if (v.toString().isEmpty()) { // removes the logo
        p.logo.clear();
        p.logoType.clear();
        return;
    }
    const auto decoded = QByteArray::fromBase64Encoding(v.toString().toLatin1(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded) {
        errors.add(field, QStringLiteral("invalid"), QStringLiteral("is not base64"),
                   QStringLiteral("admin.company.logo_not_base64"));
        return;
    }
    const QByteArray bytes = *decoded;
    if (bytes.size() > CompanyRules::MaxLogoBytes) {
        errors.add(field, QStringLiteral("too_large"),
                   QStringLiteral("must be at most %1 KB").arg(CompanyRules::MaxLogoBytes / 1024),
                   QStringLiteral("admin.company.logo_too_large"),
                   {{QStringLiteral("max_kb"), CompanyRules::MaxLogoBytes / 1024}});
        return;
    }
    const QString type = CompanyRules::imageType(bytes);
    if (type.isEmpty()) {
        errors.add(field, QStringLiteral("not_image"),
                   QStringLiteral("must be a PNG or JPEG image"),
                   QStringLiteral("admin.company.logo_not_image"));
        return;
    }
    p.logo = QString::fromLatin1(bytes.toBase64());
    p.logoType = type;
}

void check(const CompanyProfile& p, Rpc::FieldErrors& errors)
{
    if (p.legalName.isEmpty())
        errors.add(QStringLiteral("legal_name"), QStringLiteral("required"),
                   QStringLiteral("is required"), QStringLiteral("admin.company.name_required"));
    static const QRegularExpression country(QStringLiteral("^[A-Z]{2}$"));
    if (!country.match(p.country).hasMatch())
        errors.add(QStringLiteral("country"), QStringLiteral("invalid"),
                   QStringLiteral("must be a two-letter country code such as CN"),
                   QStringLiteral("admin.company.country_invalid"));
    else if (!p.taxId.isEmpty() && p.country == QLatin1String("CN") &&
             !CompanyRules::isValidUscc(p.taxId))
        errors.add(QStringLiteral("tax_id"), QStringLiteral("checksum"),
                   QStringLiteral("is not a valid unified social credit code (18 characters, "
                                  "the last one a check character)"),
                   QStringLiteral("admin.company.uscc_invalid"));
    else if (!p.taxId.isEmpty() && p.country != QLatin1String("CN") &&
             !CompanyRules::isValidForeignTaxId(p.taxId))
        errors.add(QStringLiteral("tax_id"), QStringLiteral("invalid"),
                   QStringLiteral("may hold 2 to 32 letters, digits, spaces, '-', '.' and '/'"),
                   QStringLiteral("admin.company.tax_id_invalid"));
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (!p.email.isEmpty() && !email.match(p.email).hasMatch())
        errors.add(QStringLiteral("email"), QStringLiteral("invalid"),
                   QStringLiteral("is not an e-mail address"),
                   QStringLiteral("admin.company.email_invalid"));
    static const QRegularExpression phone(QStringLiteral("^[0-9+()# -]*[0-9][0-9+()# -]*$"));
    if (!p.phone.isEmpty() && !phone.match(p.phone).hasMatch())
        errors.add(QStringLiteral("phone"), QStringLiteral("invalid"),
                   QStringLiteral("may hold digits, spaces and + ( ) - # only"),
                   QStringLiteral("admin.company.phone_invalid"));
    static const QRegularExpression account(QStringLiteral("^[A-Za-z0-9 -]*$"));
    if (!account.match(p.bankAccount).hasMatch())
        errors.add(QStringLiteral("bank_account"), QStringLiteral("invalid"),
                   QStringLiteral("may hold letters, digits, spaces and '-' only"),
                   QStringLiteral("admin.company.bank_account_invalid"));
    if (!CompanyRules::isIsoCurrency(p.baseCurrency))
        errors.add(QStringLiteral("base_currency"), QStringLiteral("invalid"),
                   QStringLiteral("is not an ISO 4217 currency code such as CNY"),
                   QStringLiteral("admin.company.currency_invalid"),
                   {{QStringLiteral("code"), p.baseCurrency}});
    if (p.fiscalYearStartMonth < 1 || p.fiscalYearStartMonth > 12)
        errors.add(QStringLiteral("fiscal_year_start_month"), QStringLiteral("range"),
                   QStringLiteral("must be a month from 1 to 12"),
                   QStringLiteral("admin.company.fiscal_month_invalid"));
    // A day every year has (no 29 February), so the fiscal year starts on the same day always.
    else if (!QDate(2001, p.fiscalYearStartMonth, p.fiscalYearStartDay).isValid())
        errors.add(QStringLiteral("fiscal_year_start_day"), QStringLiteral("range"),
                   QStringLiteral("is not a day of that month"),
                   QStringLiteral("admin.company.fiscal_day_invalid"));
    if (p.vatStatus != QLatin1String("general") && p.vatStatus != QLatin1String("small_scale"))
        errors.add(QStringLiteral("vat_status"), QStringLiteral("invalid"),
                   QStringLiteral("must be general or small_scale"),
                   QStringLiteral("admin.company.vat_status_invalid"));
}

} // namespace

QJsonObject CompanyService::get(Rpc::CallContext& ctx) const
{
    return toJson(CompanyRepository(ctx.db).load());
}

CompanyProfile CompanyService::profile(Rpc::CallContext& ctx) const
{
    return CompanyRepository(ctx.db).load();
}

QJsonObject CompanyService::update(Rpc::CallContext& ctx, const QJsonObject& params) const
{
    CompanyRepository repo(ctx.db);
    const CompanyProfile before = repo.load();
    const qint64 version = qint64(params.value(QLatin1String("version")).toDouble());
    if (version != before.version)
        throw Error(Rpc::VersionConflict,
                    QStringLiteral("The company profile was changed by someone else meanwhile; "
                                   "reload it"),
                    QJsonObject{{QStringLiteral("current_version"), before.version}})
            .withId(QStringLiteral("admin.company.conflict"));
    CompanyProfile p = before;
    Rpc::FieldErrors errors;
    Reader read(params, errors);
    read.text("legal_name", p.legalName, 200);
    if (read.text("country", p.country, 2))
        p.country = p.country.toUpper();
    if (read.text("tax_id", p.taxId, 32))
        p.taxId = p.taxId.toUpper().remove(QLatin1Char(' '));
    read.text("address", p.address, 500);
    read.text("phone", p.phone, 40);
    read.text("email", p.email, 200);
    read.text("bank_name", p.bankName, 200);
    read.text("bank_account", p.bankAccount, 40);
    if (read.text("base_currency", p.baseCurrency, 3))
        p.baseCurrency = p.baseCurrency.toUpper();
    read.integer("fiscal_year_start_month", p.fiscalYearStartMonth);
    read.integer("fiscal_year_start_day", p.fiscalYearStartDay);
    read.text("vat_status", p.vatStatus, 20);
    readLogo(params, p, errors);
    errors.throwIfAny();
    check(p, errors);
    errors.throwIfAny();
    if (!repo.update(p, version))
        throw Error(Rpc::VersionConflict,
                    QStringLiteral("The company profile was changed by someone else meanwhile; "
                                   "reload it"))
            .withId(QStringLiteral("admin.company.conflict"));
    const CompanyProfile after = repo.load();
    ctx.recordChange(Entity, 1, after.version, toJson(before, false), toJson(after, false));
    return toJson(after);
}

void CompanyService::nameIfUnnamed(Rpc::CallContext& ctx, const QString& name) const
{
    CompanyRepository(ctx.db).nameIfUnnamed(name.trimmed().isEmpty() ? QStringLiteral("My Company")
                                                                     : name.trimmed().left(200));
}

} // namespace Erp::Server::Admin
