#include "server/modules/finance/reportparams.h"

#include "server/rpc/errors.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QRegularExpression>

namespace Erp::Server::Finance {

using Rpc::Error;

QString monthParam(const QJsonObject& params, const char* key, const QString& fallback)
{
    const QJsonValue v = params.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull())
        return fallback;
    static const QRegularExpression pattern(QStringLiteral("^\\d{4}-(0[1-9]|1[0-2])$"));
    if (!pattern.match(v.toString()).hasMatch())
        throw Error::validation(QLatin1String(key), QStringLiteral("invalid"),
                                QStringLiteral("must be a month such as 2026-03"),
                                QStringLiteral("finance.period.invalid"));
    return v.toString();
}

QDate dateParam(const QJsonObject& params, const char* key, const QDate& fallback)
{
    const QJsonValue v = params.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull())
        return fallback;
    const QDate d = QDate::fromString(v.toString(), Qt::ISODate);
    if (!d.isValid())
        throw Error::validation(QLatin1String(key), QStringLiteral("invalid"),
                                QStringLiteral("must be a date such as 2026-11-27"),
                                QStringLiteral("validation.date"));
    return d;
}

std::pair<QDate, QDate> dateRangeParams(const QJsonObject& params, int fiscalYearStartMonth)
{
    const QDate today = QDate::currentDate();
    const QDate from = dateParam(params, "from", fiscalYearStart(today, fiscalYearStartMonth));
    const QDate to = dateParam(params, "to", today);
    if (to < from)
        throw Error::validation(QStringLiteral("to"), QStringLiteral("range"),
                                QStringLiteral("must not be before \"from\""),
                                QStringLiteral("finance.report.to_before_from"));
    return {from, to};
}

QDate fiscalYearStart(const QDate& day, int startMonth)
{
    const int year = day.month() >= startMonth ? day.year() : day.year() - 1;
    return QDate(year, startMonth, 1);
}

QDate firstDayOf(const QString& period)
{
    return QDate::fromString(period + QStringLiteral("-01"), Qt::ISODate);
}

} // namespace Erp::Server::Finance
