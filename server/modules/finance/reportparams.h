#pragma once

#include <QDate>
#include <QString>

#include <utility>

class QJsonObject;

namespace Erp::Server::Finance {

/// A month parameter ("2026-03"), or `fallback` when absent; -32022 naming it when malformed.
QString monthParam(const QJsonObject& params, const char* key, const QString& fallback);
/// A date parameter (ISO), or `fallback` when absent; -32022 naming it when malformed.
QDate dateParam(const QJsonObject& params, const char* key, const QDate& fallback);
/// The dates `from` and `to` of a report (default: the fiscal year so far, up to today);
/// -32022 when either is malformed or `to` is before `from`.
std::pair<QDate, QDate> dateRangeParams(const QJsonObject& params, int fiscalYearStartMonth);
/// The first day of the fiscal year that contains `day`.
QDate fiscalYearStart(const QDate& day, int startMonth);
/// The first day of a month given as "2026-03".
QDate firstDayOf(const QString& period);

} // namespace Erp::Server::Finance
