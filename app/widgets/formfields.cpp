#include "app/widgets/formfields.h"

#include "app/models/format.h"

#include <QCalendarWidget>
#include <QDateEdit>
#include <QEvent>
#include <QFormLayout>

namespace Erp::Client {

namespace {

/// Opens the calendar of an unset date at this month rather than at the year 2000.
class TodayWhenUnset final : public QObject
{
public:
    explicit TodayWhenUnset(QDateEdit* edit)
        : QObject(edit)
        , m_edit(edit)
    {}

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Show && m_edit->date() == unsetDate()) {
            if (auto* calendar = qobject_cast<QCalendarWidget*>(watched)) {
                const QDate today = QDate::currentDate();
                calendar->setCurrentPage(today.year(), today.month());
            }
        }
        return false;
    }

private:
    QDateEdit* m_edit;
};

} // namespace

QDate unsetDate()
{
    return QDate(2000, 1, 1);
}

QDateEdit* createDateEdit(QWidget* parent, const QString& unsetText)
{
    auto* edit = new QDateEdit(parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(Format::shortDatePattern());
    if (!unsetText.isEmpty()) {
        edit->setMinimumDate(unsetDate());
        edit->setSpecialValueText(unsetText);
        edit->setDate(unsetDate());
        edit->calendarWidget()->installEventFilter(new TodayWhenUnset(edit));
    }
    return edit;
}

QFormLayout* createFormColumn()
{
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    form->setFormAlignment(Qt::AlignLeft | Qt::AlignTop);
    return form;
}

} // namespace Erp::Client
