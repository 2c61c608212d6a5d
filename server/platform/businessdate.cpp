#include "server/platform/businessdate.h"

namespace Erp::Platform {

namespace {
thread_local QDate t_date;
}

QDate businessDate()
{
    return t_date.isValid() ? t_date : QDate::currentDate();
}

QDate demoBooksStart()
{
    const QDate today = QDate::currentDate();
    const int year = today.dayOfYear() > 90 ? today.year() : today.year() - 1;
    return QDate(year, 1, 1);
}

BusinessDateScope::BusinessDateScope(const QDate& date)
    : m_previous(t_date)
{
    t_date = date;
}

BusinessDateScope::~BusinessDateScope()
{
    t_date = m_previous;
}

void BusinessDateScope::set(const QDate& date)
{
    t_date = date;
}

} // namespace Erp::Platform
