#include "app/pages/dashboard/dashboardwidgets.h"

#include "app/models/format.h"
#include "app/pages/orders/ordertext.h"
#include "app/widgets/theme.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDate>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QStackedBarSeries>
#include <QValueAxis>
#include <QVBoxLayout>

namespace Erp::Client::Dashboard {

namespace {
/// A wire decimal ("95.00") or number as a double, for drawing only.
double plotValue(const QJsonValue& v, bool* ok = nullptr)
{
    bool good = false;
    double d = 0;
    if (v.isDouble()) {
        d = v.toDouble();
        good = true;
    } else if (v.isString()) {
        d = v.toString().toDouble(&good);
    }
    if (ok)
        *ok = good;
    return good ? d : 0;
}
} // namespace

KpiTile::KpiTile(const QString& caption, QWidget* parent)
    : QFrame(parent)
    , m_caption(new QLabel(caption, this))
    , m_value(new QLabel(QStringLiteral("—"), this))
    , m_note(new QLabel(this))
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette p = palette();
    p.setColor(QPalette::Window, p.color(QPalette::Base));
    setPalette(p);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 10, 14, 10);
    layout->setSpacing(2);
    QPalette muted = m_caption->palette();
    muted.setColor(QPalette::WindowText, Theme::mutedTextColor());
    m_caption->setPalette(muted);
    m_note->setPalette(muted);
    QFont big = m_value->font();
    big.setPointSizeF(big.pointSizeF() * 1.9);
    big.setBold(true);
    m_value->setFont(big);
    m_value->setObjectName(QStringLiteral("kpiValue"));
    layout->addWidget(m_caption);
    layout->addWidget(m_value);
    layout->addWidget(m_note);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void KpiTile::setValue(const QString& value, const QString& note, Column::Tone tone)
{
    m_value->setText(value.isEmpty() ? QStringLiteral("—") : value);
    m_note->setText(note);
    QPalette p = m_value->palette();
    p.setColor(QPalette::WindowText, tone == Column::Tone::None
                                         ? palette().color(QPalette::WindowText)
                                         : Theme::toneColor(tone));
    m_value->setPalette(p);
}

QString KpiTile::value() const
{
    return m_value->text();
}

QString KpiTile::caption() const
{
    return m_caption->text();
}

// The Orders tab's words and colours for the states: one vocabulary on every screen.
QStringList OrderCharts::states()
{
    return Orders::OrderText::states();
}

QString OrderCharts::stateText(const QString& state)
{
    return Orders::OrderText::state(state);
}

Column::Tone OrderCharts::stateTone(const QString& state)
{
    return Orders::OrderText::stateTone(state);
}

OrderCharts::OrderCharts(QWidget* parent)
    : QWidget(parent)
    , m_stateView(new QChartView(this))
    , m_trendView(new QChartView(this))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stateView, 1);
    layout->addWidget(m_trendView, 1);
    for (QChartView* v : {m_stateView, m_trendView}) {
        v->setRenderHint(QPainter::Antialiasing);
        v->setMinimumHeight(240);
        v->setFrameShape(QFrame::StyledPanel);
    }
    m_stateView->setObjectName(QStringLiteral("stateChart"));
    m_trendView->setObjectName(QStringLiteral("trendChart"));
    setMetrics({});
}

void OrderCharts::setupChart(QChart* chart, const QString& title)
{
    chart->setTheme(Theme::isDark() ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setTitle(title);
    QFont f = font();
    f.setBold(true);
    chart->setTitleFont(f);
    chart->setBackgroundBrush(palette().color(QPalette::Base));
    chart->setTitleBrush(palette().color(QPalette::WindowText));
    chart->legend()->setLabelColor(palette().color(QPalette::WindowText));
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setAnimationOptions(QChart::NoAnimation);
}

void OrderCharts::setMetrics(const QJsonObject& metrics)
{
    // Orders by state: one bar set per tone, stacked, so each bar has its state's colour. The
    // tones come from the states themselves, so no state's bar can go missing.
    const QJsonObject byState = metrics.value(QLatin1String("by_state")).toObject();
    auto* bars = new QChart;
    setupChart(bars, tr("Orders by state"));
    auto* series = new QStackedBarSeries;
    QList<Column::Tone> tones;
    for (const QString& state : states()) {
        if (!tones.contains(stateTone(state)))
            tones.append(stateTone(state));
    }
    QList<QBarSet*> sets;
    for (const Column::Tone tone : std::as_const(tones)) {
        auto* set = new QBarSet(toneName(tone));
        set->setColor(Theme::toneColor(tone));
        set->setBorderColor(Theme::toneColor(tone));
        set->setLabelColor(palette().color(QPalette::WindowText));
        sets.append(set);
    }
    QStringList categories;
    m_counts.clear();
    int maxCount = 0;
    for (const QString& state : states()) {
        const int n = byState.value(state).toInt();
        maxCount = qMax(maxCount, n);
        categories.append(stateText(state));
        const Column::Tone tone = stateTone(state);
        int shown = 0;
        for (int t = 0; t < tones.size(); ++t) {
            const int value = tones.at(t) == tone ? n : 0;
            sets.at(t)->append(value);
            shown += value;
        }
        m_counts.insert(state, shown);
    }
    for (QBarSet* set : sets)
        series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsFormat(QStringLiteral("@value"));
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    bars->addSeries(series);
    auto* axisX = new QBarCategoryAxis;
    axisX->append(categories);
    axisX->setLabelsColor(palette().color(QPalette::WindowText));
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    axisX->setLabelsFont(small);
    axisX->setLabelsAngle(-40);
    axisX->setTruncateLabels(false);
    auto* axisY = new QValueAxis;
    axisY->setRange(0, qMax(4, maxCount + maxCount / 8 + 1));
    axisY->setLabelFormat(QStringLiteral("%d"));
    axisY->setTickCount(5);
    axisY->applyNiceNumbers();
    axisY->setLabelsColor(palette().color(QPalette::WindowText));
    bars->addAxis(axisX, Qt::AlignBottom);
    bars->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisX);
    series->attachAxis(axisY);
    bars->legend()->setVisible(false);
    QChart* old = m_stateView->chart();
    m_stateView->setChart(bars);
    delete old;

    // Weekly trend: hours on the left axis, rates (0..100 %) on the right.
    auto* trend = new QChart;
    setupChart(trend, tr("Weekly trend"));
    auto* hours = new QLineSeries;
    hours->setName(tr("Processing time (h)"));
    auto* onTime = new QLineSeries;
    onTime->setName(tr("On time (%)"));
    auto* accuracy = new QLineSeries;
    accuracy->setName(tr("Accuracy (%)"));
    hours->setColor(Theme::toneColor(Column::Tone::Info));
    onTime->setColor(Theme::toneColor(Column::Tone::Done));
    accuracy->setColor(Theme::toneColor(Column::Tone::Waiting));
    QStringList weeks;
    double maxHours = 0;
    int x = 0;
    for (const QJsonValue& v : metrics.value(QLatin1String("trend")).toArray()) {
        const QJsonObject w = v.toObject();
        const QDate week =
            QDate::fromString(w.value(QLatin1String("week")).toString(), Qt::ISODate);
        weeks.append(week.isValid() ? QLocale().toString(week, QStringLiteral("MM-dd"))
                                    : w.value(QLatin1String("week")).toString());
        bool ok = false;
        const double h = plotValue(w.value(QLatin1String("processing_hours")), &ok);
        if (ok) {
            hours->append(x, h);
            maxHours = qMax(maxHours, h);
        }
        const double r1 = plotValue(w.value(QLatin1String("on_time_rate")), &ok);
        if (ok)
            onTime->append(x, r1);
        const double r2 = plotValue(w.value(QLatin1String("accuracy_rate")), &ok);
        if (ok)
            accuracy->append(x, r2);
        ++x;
    }
    m_trendPoints = x;
    for (QLineSeries* s : {hours, onTime, accuracy}) {
        QPen pen = s->pen();
        pen.setWidthF(2.0);
        s->setPen(pen);
        s->setPointsVisible(x < 30);
        trend->addSeries(s);
    }
    auto* weekAxis = new QBarCategoryAxis; // week labels at the points
    weekAxis->append(weeks.isEmpty() ? QStringList{QString()} : weeks);
    weekAxis->setLabelsFont(small);
    weekAxis->setLabelsColor(palette().color(QPalette::WindowText));
    auto* hoursAxis = new QValueAxis;
    hoursAxis->setRange(0, qMax(8.0, maxHours * 1.15));
    hoursAxis->setTickCount(5);
    hoursAxis->applyNiceNumbers();
    hoursAxis->setLabelFormat(QStringLiteral("%.0f h"));
    hoursAxis->setLabelsColor(palette().color(QPalette::WindowText));
    auto* rateAxis = new QValueAxis;
    rateAxis->setRange(0, 104); // a line at 100 % stays clear of the frame
    rateAxis->setTickType(QValueAxis::TicksDynamic);
    rateAxis->setTickAnchor(0);
    rateAxis->setTickInterval(25);
    rateAxis->setGridLineVisible(false);
    rateAxis->setLabelFormat(QStringLiteral("%.0f%%"));
    rateAxis->setLabelsColor(palette().color(QPalette::WindowText));
    trend->addAxis(weekAxis, Qt::AlignBottom);
    trend->addAxis(hoursAxis, Qt::AlignLeft);
    trend->addAxis(rateAxis, Qt::AlignRight);
    hours->attachAxis(weekAxis);
    hours->attachAxis(hoursAxis);
    for (QLineSeries* s : {onTime, accuracy}) {
        s->attachAxis(weekAxis);
        s->attachAxis(rateAxis);
    }
    trend->legend()->setAlignment(Qt::AlignBottom);
    old = m_trendView->chart();
    m_trendView->setChart(trend);
    delete old;
}

QString OrderCharts::toneName(Column::Tone tone)
{
    switch (tone) {
    case Column::Tone::Neutral:
        return tr("Draft");
    case Column::Tone::Waiting:
        return tr("Waiting for approval");
    case Column::Tone::Info:
        return tr("Under way");
    case Column::Tone::Done:
        return tr("Shipped");
    case Column::Tone::Problem:
        return tr("Rejected / cancelled");
    case Column::Tone::None:
        break;
    }
    return {};
}

int OrderCharts::stateCount(const QString& state) const
{
    return m_counts.value(state, -1);
}

int OrderCharts::trendPoints() const
{
    return m_trendPoints;
}

} // namespace Erp::Client::Dashboard
