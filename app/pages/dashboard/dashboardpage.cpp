#include "app/pages/dashboard/dashboardpage.h"

#include "app/models/format.h"
#include "app/net/apiclient.h"
#include "app/net/errortext.h"
#include "app/pages/dashboard/dashboardwidgets.h"
#include "app/pages/dashboard/gettingstarted.h"
#include "app/widgets/busyindicator.h"
#include "app/widgets/theme.h"

#include <QComboBox>
#include <QDate>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QTime>
#include <QVBoxLayout>

namespace Erp::Client::Dashboard {

namespace {
const QString kMetricsPermission = QStringLiteral("sales.report.read");
const QString kStockPermission = QStringLiteral("inventory.stock.read");

/// "12.50" -> "12.5"; "" for null.
QString trimmed(const QJsonValue& v)
{
    QString t = v.isDouble() ? QString::number(v.toDouble(), 'f', 2) : v.toString();
    if (t.isEmpty())
        return t;
    if (t.contains(QLatin1Char('.'))) {
        while (t.endsWith(QLatin1Char('0')))
            t.chop(1);
        if (t.endsWith(QLatin1Char('.')))
            t.chop(1);
    }
    return Format::decimal(t);
}

Column::Tone rateTone(const QJsonValue& v)
{
    if (v.isNull() || v.isUndefined())
        return Column::Tone::None;
    const double rate = v.isDouble() ? v.toDouble() : v.toString().toDouble();
    if (rate >= 95)
        return Column::Tone::Done;
    if (rate >= 85)
        return Column::Tone::Waiting;
    return Column::Tone::Problem;
}
} // namespace

DashboardPage::DashboardPage(ApiClient& api, QWidget* parent)
    : ModulePage(parent)
    , m_api(api)
    , m_canMetrics(api.hasPermission(kMetricsPermission))
    , m_canStock(api.hasPermission(kStockPermission))
    , m_period(new QComboBox(this))
    , m_updated(new QLabel(this))
    , m_busy(new BusyIndicator(this))
    , m_start(new GettingStarted(api, this))
{
    setObjectName(QStringLiteral("dashboardPage"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->setSpacing(10);

    auto* top = new QHBoxLayout;
    auto* periodLabel = new QLabel(tr("&Period"), this);
    periodLabel->setBuddy(m_period);
    m_period->setObjectName(QStringLiteral("dashboardPeriod"));
    m_period->addItem(tr("Last 7 days"), Last7Days);
    m_period->addItem(tr("Last 30 days"), Last30Days);
    m_period->addItem(tr("Last 90 days"), Last90Days);
    m_period->addItem(tr("This year"), ThisYear);
    m_period->addItem(tr("All time"), AllTime);
    m_period->setCurrentIndex(Last30Days);
    auto* reload = new QPushButton(
        Theme::icon(QStringLiteral("view-refresh"), QStyle::SP_BrowserReload), tr("Refresh"), this);
    reload->setToolTip(tr("Read the figures again (F5)"));
    QPalette muted = m_updated->palette();
    muted.setColor(QPalette::WindowText, Theme::mutedTextColor());
    m_updated->setPalette(muted);
    top->addWidget(periodLabel);
    top->addWidget(m_period);
    top->addSpacing(12);
    top->addWidget(m_updated);
    top->addStretch(1);
    top->addWidget(m_busy);
    top->addWidget(reload);
    layout->addLayout(top);
    connect(m_period, &QComboBox::currentIndexChanged, this, &DashboardPage::loadMetrics);
    periodLabel->setVisible(m_canMetrics); // the period only applies to the order figures
    m_period->setVisible(m_canMetrics);
    if (m_canMetrics)
        m_figures += {periodLabel, m_period};
    connect(reload, &QPushButton::clicked, this, &DashboardPage::refresh);
    m_start->hide();
    layout->addWidget(m_start);
    connect(m_start, &GettingStarted::navigateRequested, this, &ModulePage::navigateRequested);
    connect(m_start, &GettingStarted::checked, this, &DashboardPage::arrange);

    if (m_canMetrics) {
        auto* tiles = new QHBoxLayout;
        tiles->setSpacing(10);
        for (const QString& caption : {tr("Orders in period"), tr("Processing time"),
                                       tr("Shipped on time"), tr("Order accuracy")}) {
            auto* tile = new KpiTile(caption, this);
            tile->setObjectName(QStringLiteral("kpiTile%1").arg(m_tiles.size()));
            m_tiles.append(tile);
            tiles->addWidget(tile);
            m_figures.append(tile);
        }
        layout->addLayout(tiles);
        m_charts = new OrderCharts(this);
        layout->addWidget(m_charts, 3);
        m_figures.append(m_charts);
    }
    if (m_canStock) {
        m_lowTitle = new QLabel(this);
        QFont bold = m_lowTitle->font();
        bold.setBold(true);
        m_lowTitle->setFont(bold);
        layout->addWidget(m_lowTitle);
        m_low = new QTableWidget(0, 5, this);
        m_low->setObjectName(QStringLiteral("dashboardLowStock"));
        m_low->setHorizontalHeaderLabels(
            {tr("SKU"), tr("Product"), tr("Available"), tr("Reorder point"), tr("Reorder qty")});
        m_low->verticalHeader()->hide();
        m_low->setEditTriggers(QAbstractItemView::NoEditTriggers);
        m_low->setSelectionBehavior(QAbstractItemView::SelectRows);
        m_low->setAlternatingRowColors(true);
        m_low->setShowGrid(false);
        m_low->verticalHeader()->setDefaultSectionSize(m_low->fontMetrics().height() + 8);
        QHeaderView* header = m_low->horizontalHeader();
        header->setSectionResizeMode(1, QHeaderView::Stretch);
        header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
        const QFontMetrics fm = m_low->fontMetrics();
        header->resizeSection(0, fm.horizontalAdvance(QStringLiteral("KEYBOARD-K120")) + 24);
        for (int c = 2; c < 5; ++c) {
            header->resizeSection(c, fm.horizontalAdvance(QStringLiteral("Reorder point")) + 32);
            m_low->model()->setHeaderData(c, Qt::Horizontal, int(Qt::AlignRight | Qt::AlignVCenter),
                                          Qt::TextAlignmentRole);
        }
        layout->addWidget(m_low, m_canMetrics ? 1 : 3);
    }

    // Orders and stock change all day: refresh at most every two seconds, and only once the
    // burst is over.
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(1500);
    connect(&m_debounce, &QTimer::timeout, this, &DashboardPage::refresh);
    connect(&api, &ApiClient::eventChanged, this, [this](const QString& entity) {
        if ((m_canMetrics && entity == QLatin1String("sales.order")) ||
            (m_canStock && (entity == QLatin1String("inventory.stock") ||
                            entity == QLatin1String("inventory.product"))) ||
            // The checklist ticks as data appears, also while another tab is in front (the
            // entities as event.changed names them: "customer", "user").
            (!m_start->isHidden() &&
             (entity == QLatin1String("inventory.warehouse") ||
              entity == QLatin1String("customer") || entity == QLatin1String("user"))))
            m_debounce.start();
    });
    connect(&api, &ApiClient::resumed, this, &DashboardPage::refresh);
}

DashboardPage::~DashboardPage() = default;

bool DashboardPage::isAvailable(const ApiClient& api)
{
    return api.hasPermission(kMetricsPermission) || api.hasPermission(kStockPermission);
}

QString DashboardPage::title() const
{
    return tr("Dashboard");
}

QIcon DashboardPage::icon() const
{
    return Theme::icon(QStringLiteral("utilities-system-monitor"), QStyle::SP_ComputerIcon);
}

KpiTile* DashboardPage::tile(int index) const
{
    return m_tiles.value(index);
}

void DashboardPage::showEvent(QShowEvent* event)
{
    ModulePage::showEvent(event);
    if (!m_started) {
        m_started = true;
        refresh();
    }
}

void DashboardPage::setPeriod(Period period)
{
    m_period->setCurrentIndex(m_period->findData(int(period)));
}

void DashboardPage::periodRange(QDate& from, QDate& to) const
{
    to = QDate::currentDate();
    switch (Period(m_period->currentData().toInt())) {
    case Last7Days:
        from = to.addDays(-6);
        break;
    case Last30Days:
        from = to.addDays(-29);
        break;
    case Last90Days:
        from = to.addDays(-89);
        break;
    case ThisYear:
        from = QDate(to.year(), 1, 1);
        break;
    case AllTime:
        from = QDate();
        break;
    }
}

void DashboardPage::refresh()
{
    m_started = true;
    m_start->refresh();
    loadMetrics();
    loadLowStock();
}

void DashboardPage::arrange()
{
    const bool firstDay = m_start->isNeeded();
    m_start->setVisible(firstDay);
    for (QWidget* w : std::as_const(m_figures))
        w->setVisible(!firstDay);
    // Nothing to say about low stock before there is stock to run low.
    const bool lowStock = m_low && !(firstDay && m_lowTotal == 0);
    if (m_low) {
        m_lowTitle->setVisible(lowStock);
        m_low->setVisible(lowStock && m_lowTotal > 0);
    }
}

void DashboardPage::loadMetrics()
{
    if (!m_canMetrics)
        return;
    QDate from, to;
    periodRange(from, to);
    QJsonObject params{{QStringLiteral("to"), to.toString(Qt::ISODate)}};
    if (from.isValid())
        params.insert(QStringLiteral("from"), from.toString(Qt::ISODate));
    ++m_pending;
    m_busy->setRunning(true);
    m_api.call(
        QStringLiteral("sales.report.metrics"), params, this,
        [this](const QJsonValue& v) {
            m_busy->setRunning(--m_pending > 0);
            showMetrics(v.toObject());
        },
        [this](const Rpc::Error& e) {
            m_busy->setRunning(--m_pending > 0);
            m_updated->setText(ErrorText::describe(e));
        });
}

void DashboardPage::loadLowStock()
{
    if (!m_canStock)
        return;
    ++m_pending;
    m_busy->setRunning(true);
    m_api.call(
        QStringLiteral("inventory.stock.low"), {{QStringLiteral("limit"), 50}}, this,
        [this](const QJsonValue& v) {
            m_busy->setRunning(--m_pending > 0);
            showLowStock(v.toObject());
        },
        [this](const Rpc::Error& e) {
            m_busy->setRunning(--m_pending > 0);
            m_lowTitle->setText(tr("Low stock: %1").arg(ErrorText::describe(e)));
        });
}

void DashboardPage::showMetrics(const QJsonObject& metrics)
{
    m_metrics = metrics;
    const QJsonObject byState = metrics.value(QLatin1String("by_state")).toObject();
    qint64 orders = metrics.value(QLatin1String("orders")).toInteger(-1);
    if (orders < 0) {
        orders = 0;
        for (auto it = byState.begin(); it != byState.end(); ++it)
            orders += it.value().toInteger();
    }
    const QJsonValue shipped = metrics.value(QLatin1String("shipped"));
    m_tiles.at(0)->setValue(Format::integer(orders),
                            shipped.isUndefined()
                                ? QString()
                                : tr("%1 shipped").arg(Format::integer(shipped.toInteger())));
    const QJsonValue hours = metrics.value(QLatin1String("processing_hours"));
    m_tiles.at(1)->setValue(hours.isNull() || hours.isUndefined() ? QString()
                                                                  : tr("%1 h").arg(trimmed(hours)),
                            tr("from submit to shipment, on average"));
    const QJsonValue onTime = metrics.value(QLatin1String("on_time_rate"));
    m_tiles.at(2)->setValue(
        onTime.isNull() || onTime.isUndefined() ? QString() : tr("%1%").arg(trimmed(onTime)),
        tr("shipped by the requested date"), rateTone(onTime));
    const QJsonValue accuracy = metrics.value(QLatin1String("accuracy_rate"));
    m_tiles.at(3)->setValue(
        accuracy.isNull() || accuracy.isUndefined() ? QString() : tr("%1%").arg(trimmed(accuracy)),
        tr("shipped without amendment or return"), rateTone(accuracy));
    m_charts->setMetrics(metrics);
    m_updated->setText(
        tr("Updated %1").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
    m_loaded = true;
    emit refreshed();
}

void DashboardPage::showLowStock(const QJsonObject& result)
{
    const QJsonArray rows = result.value(QLatin1String("rows")).toArray();
    const qint64 total = result.value(QLatin1String("total")).toInteger(rows.size());
    m_lowTitle->setText(total == 0 ? tr("Low stock: every product is above its reorder point.")
                                   : tr("Low stock (%1)").arg(Format::integer(total)));
    m_lowTotal = total;
    m_low->setRowCount(int(rows.size()));
    arrange();
    const auto qty = [](const QJsonObject& o, const char* key) {
        return trimmed(o.value(QLatin1String(key)));
    };
    for (int r = 0; r < rows.size(); ++r) {
        const QJsonObject o = rows.at(r).toObject();
        const QStringList texts{o.value(QLatin1String("sku")).toString(),
                                o.value(QLatin1String("name")).toString(), qty(o, "available"),
                                qty(o, "reorder_point"), qty(o, "reorder_qty")};
        for (int c = 0; c < texts.size(); ++c) {
            auto* item = new QTableWidgetItem(texts.at(c));
            if (c >= 2)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_low->setItem(r, c, item);
        }
        const bool out = o.value(QLatin1String("available")).toString().toDouble() <= 0;
        if (out)
            m_low->item(r, 2)->setForeground(Theme::toneColor(Column::Tone::Problem));
    }
    emit refreshed();
}

} // namespace Erp::Client::Dashboard
