#pragma once

#include "app/pages/modulepage.h"

#include <QJsonObject>
#include <QTimer>

class QComboBox;
class QLabel;
class QTableWidget;

namespace Erp::Client {
class ApiClient;
class BusyIndicator;
} // namespace Erp::Client

namespace Erp::Client::Dashboard {

class GettingStarted;
class KpiTile;
class OrderCharts;

/// The Dashboard tab: how the order flow performs in a period (sales.report.metrics) — KPI
/// tiles (orders, processing time, on-time rate, accuracy), orders by state as bars, the weekly
/// trend of processing time and rates as lines — and what runs low in stock
/// (inventory.stock.low). Refreshes itself (debounced) when orders or stock change.
class DashboardPage final : public ModulePage
{
    Q_OBJECT
public:
    enum Period { Last7Days, Last30Days, Last90Days, ThisYear, AllTime };

    explicit DashboardPage(ApiClient& api, QWidget* parent = nullptr);
    ~DashboardPage() override;

    static bool isAvailable(const ApiClient& api);

    QString title() const override;
    QIcon icon() const override;
    void refresh() override;
    QStringList serverModules() const override
    {
        return {QStringLiteral("sales"), QStringLiteral("inventory")};
    }

    void setPeriod(Period period);
    /// The first and last day the period covers (from empty: no lower bound).
    void periodRange(QDate& from, QDate& to) const;
    const QJsonObject& metrics() const { return m_metrics; }
    bool isLoaded() const { return m_loaded; }
    OrderCharts* charts() const { return m_charts; }
    KpiTile* tile(int index) const;
    QTableWidget* lowStockTable() const { return m_low; }
    QComboBox* periodBox() const { return m_period; }
    /// The first-day checklist (shown instead of the charts until the first order).
    GettingStarted* gettingStarted() const { return m_start; }

signals:
    /// Metrics (or low stock) arrived and are shown.
    void refreshed();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void loadMetrics();
    void loadLowStock();
    void showMetrics(const QJsonObject& metrics);
    void showLowStock(const QJsonObject& result);
    /// Shows the checklist or the figures, whichever the company needs now.
    void arrange();

    ApiClient& m_api;
    bool m_canMetrics;
    bool m_canStock;
    QComboBox* m_period;
    QLabel* m_updated;
    BusyIndicator* m_busy;
    QList<KpiTile*> m_tiles;
    OrderCharts* m_charts = nullptr;
    QLabel* m_lowTitle = nullptr;
    QTableWidget* m_low = nullptr;
    GettingStarted* m_start;
    QList<QWidget*> m_figures; ///< period, tiles and charts: hidden while the checklist shows
    qint64 m_lowTotal = -1;
    QJsonObject m_metrics;
    QTimer m_debounce;
    bool m_loaded = false;
    bool m_started = false;
    int m_pending = 0;
};

} // namespace Erp::Client::Dashboard
