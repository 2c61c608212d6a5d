#pragma once

#include <QDate>

namespace Erp::Platform {

/// The date business events happen on: the document date a shipment, receipt, invoice or
/// payment gets when the caller gives none, and the date their journal entries are booked on.
/// It is today, except inside a BusinessDateScope on the same thread: the demo company replays
/// a year of business through the real services, each step on its own day.
QDate businessDate();

/// The first day of the demo company's books: the first of January of this year, or of last
/// year while this one is less than three months old, so the demo always has months of history.
QDate demoBooksStart();

/// Makes businessDate() answer `date` on this thread until the scope ends (scopes nest).
class BusinessDateScope final
{
public:
    explicit BusinessDateScope(const QDate& date);
    ~BusinessDateScope();
    BusinessDateScope(const BusinessDateScope&) = delete;
    BusinessDateScope& operator=(const BusinessDateScope&) = delete;

    /// Moves the scope on to another day (the next step of a replay).
    void set(const QDate& date);

private:
    QDate m_previous;
};

} // namespace Erp::Platform
