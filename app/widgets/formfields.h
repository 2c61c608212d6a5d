#pragma once

#include <QDate>
#include <QString>

class QDateEdit;
class QFormLayout;
class QWidget;

namespace Erp::Client {

/// The date an optional date field shows as unset (its minimum, shown as `unsetText`).
QDate unsetDate();

/// A date field with the calendar popup in the locale's short format. With `unsetText` it is
/// optional: unsetDate() shows that text, and the calendar then opens at this month rather than
/// in the year 2000.
QDateEdit* createDateEdit(QWidget* parent, const QString& unsetText = {});

/// One column of a two-column record form: labels right-aligned at the top, fields growing.
QFormLayout* createFormColumn();

} // namespace Erp::Client
