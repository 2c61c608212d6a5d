#pragma once

#include "app/models/column.h"

#include <QFrame>
#include <QJsonObject>

class QLabel;

QT_BEGIN_NAMESPACE
class QBarCategoryAxis;
class QChart;
class QChartView;
class QStackedBarSeries;
QT_END_NAMESPACE

namespace Erp::Client::Dashboard {

/// A KPI tile: a caption, a big value and a small note, framed.
class KpiTile final : public QFrame
{
    Q_OBJECT
public:
    explicit KpiTile(const QString& caption, QWidget* parent = nullptr);
    void setValue(const QString& value, const QString& note = {},
                  Column::Tone tone = Column::Tone::None);
    QString value() const;
    QString caption() const;

private:
    QLabel* m_caption;
    QLabel* m_value;
    QLabel* m_note;
};

/// The two charts of the dashboard: orders by state (bars coloured by the state's tone, the
/// count on each bar) and the weekly trend (processing hours on the left axis, on-time and
/// accuracy rates in percent on the right).
class OrderCharts final : public QWidget
{
    Q_OBJECT
public:
    explicit OrderCharts(QWidget* parent = nullptr);

    void setMetrics(const QJsonObject& metrics);
    /// The number the bar chart shows for `state`: the sum of its stacked bar sets (-1 when the
    /// state has no bar).
    int stateCount(const QString& state) const;
    /// Points of the trend lines (tests).
    int trendPoints() const;
    QChartView* stateView() const { return m_stateView; }
    QChartView* trendView() const { return m_trendView; }

    /// The sales order states in lifecycle order, their words and tones.
    static QStringList states();
    static QString stateText(const QString& state);
    static Column::Tone stateTone(const QString& state);
    /// The legend's word for the states of one tone.
    static QString toneName(Column::Tone tone);

private:
    void setupChart(QChart* chart, const QString& title);

    QChartView* m_stateView;
    QChartView* m_trendView;
    QHash<QString, int> m_counts;
    int m_trendPoints = 0;
};

} // namespace Erp::Client::Dashboard
