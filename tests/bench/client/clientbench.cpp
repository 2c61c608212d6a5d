// erp-client-bench: what a clerk waits for and how much memory the client needs.
//
//   erp-client-bench startup --local FILE [--runs N]
//       Starts erp-client's own start-up path (AppController: start dialog opening FILE, then
//       the login dialog) in a child process N times and reports the milliseconds from
//       starting the process to the login dialog's first paint.
//   erp-client-bench customers (--local FILE | --server HOST:PORT) --password P [--runs N]
//       Logs in as admin, opens the main window (the Customers tab is the first tab) and
//       reports the milliseconds until the first rows are painted; N times.
//   erp-client-bench calls (--local FILE | --server HOST:PORT) --password P [--runs N]
//       The first page request alone (no widgets): the round trip under the numbers above.
//   erp-client-bench scroll (--local FILE | --server HOST:PORT) --password P [--hold-all]
//       Opens the Customers tab and fetches page after page (fetchMore, the view following to
//       the bottom) until the list ends; prints rows/s and the process RSS on the way.
//   erp-client-bench export (--local FILE | --server HOST:PORT) --password P --out PATH
//       Exports the Customers list (all active customers, its visible columns) with the
//       client's exporter (TableExporter: pages of 1,000, streamed into the file) to PATH
//       (.xlsx or .csv); prints rows, seconds, rows/s, file size and the process's peak RSS
//       (VmHWM) before and after.
// Run with QT_QPA_PLATFORM=offscreen (set when not given). Output: one `key=value` line per
// measurement, for scripts.
#include "app/appcontroller.h"
#include "app/application.h"
#include "app/appsettings.h"
#include "app/export/tableexporter.h"
#include "app/language.h"
#include "app/logindialog.h"
#include "app/mainwindow.h"
#include "app/models/remotetablemodel.h"
#include "app/net/apiclient.h"
#include "app/net/embeddedtransport.h"
#include "app/net/tcptransport.h"
#include "app/pages/customers/customerlist.h"
#include "app/pages/customers/customerspage.h"
#include "app/widgets/theme.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTabWidget>
#include <QTest>

#include <algorithm>
#include <cstdio>
#include <limits>
#include <unistd.h>

using namespace Erp::Client;

namespace {

double rssMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1;
}

/// Peak resident set size of the process so far (VmHWM), MiB.
double peakRssMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1;
}

/// Waits with the event loop running (never a blocking waitFor*), checking every millisecond —
/// QTest::qWaitFor sleeps 10 ms between checks, too coarse for these numbers.
bool until(const std::function<bool()>& done, int ms = 60000)
{
    if (done())
        return true;
    QEventLoop loop;
    QTimer poll;
    poll.setInterval(1);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    poll.start();
    deadline.start(ms);
    loop.exec();
    if (done())
        return true;
    std::fprintf(stderr, "timed out after %d ms\n", ms);
    return false;
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

QString list(const QList<double>& v)
{
    QStringList s;
    for (double x : v)
        s << QString::number(x, 'f', 1);
    return s.join(QLatin1Char(','));
}

/// Paints of a widget (or its viewport) after a moment: "rows visible" = the first paint of
/// the list's viewport after its model has rows.
class PaintWatch final : public QObject
{
public:
    std::function<bool(QObject*)> match;
    bool seen = false;
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && !seen && match && match(watched))
            seen = true;
        return false;
    }
};

/// The child of `startup`: erp-client's start-up, ending at the login dialog's first paint.
int startupChild(const QString& file)
{
    QElapsedTimer inProcess;
    inProcess.start();
    int argc = 1;
    char arg0[] = "erp-client";
    char* argv[] = {arg0, nullptr};
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("erp-client-bench"));
    QCoreApplication::setApplicationName(QStringLiteral("erp-client"));
    QApplication::setQuitOnLastWindowClosed(false);
    initResources();
    Theme::apply(app);
    AppSettings settings;
    Language language;
    language.install(settings.language());
    PaintWatch watch;
    watch.match = [](QObject* o) { return qobject_cast<LoginDialog*>(o) != nullptr; };
    app.installEventFilter(&watch);
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, [&] {
        if (watch.seen) {
            std::printf("child_ms=%.1f\n", inProcess.nsecsElapsed() / 1e6);
            std::fflush(stdout);
            _exit(0); // measured: skip the teardown
        }
    });
    poll.start(1);
    AppController controller(settings, language);
    AppController::Options options;
    options.localFile = file;
    options.user = QStringLiteral("admin");
    controller.start(options);
    return 1; // the login dialog never painted
}

int startup(const QString& file, int runs)
{
    QList<double> total;
    QList<double> child;
    for (int i = 0; i < runs; ++i) {
        QProcess process;
        process.setProcessEnvironment(QProcessEnvironment::systemEnvironment()); // the platform
        QElapsedTimer timer;
        timer.start();
        process.start(QCoreApplication::applicationFilePath(),
                      {QStringLiteral("startup-child"), QStringLiteral("--local"), file});
        if (!process.waitForFinished(60000) || process.exitCode() != 0) {
            std::fprintf(stderr, "run %d failed: %s\n", i,
                         process.readAllStandardError().constData());
            return 1;
        }
        total.append(timer.nsecsElapsed() / 1e6);
        const QByteArray out = process.readAllStandardOutput();
        child.append(out.mid(out.indexOf('=') + 1).trimmed().toDouble());
    }
    std::printf("startup_to_login_ms median=%.1f runs=%s in_process_median=%.1f\n", median(total),
                qPrintable(list(total)), median(child));
    return 0;
}

bool connectAndLogin(ApiClient& api, const QCommandLineParser& args)
{
    if (args.isSet(QStringLiteral("server"))) {
        const QString hp = args.value(QStringLiteral("server"));
        api.open(new TcpTransport({hp.section(QLatin1Char(':'), 0, -2),
                                   quint16(hp.section(QLatin1Char(':'), -1).toUInt()),
                                   false,
                                   {},
                                   10000}));
    } else {
        api.open(new EmbeddedTransport({args.value(QStringLiteral("local")), QString(), false}));
    }
    if (!until([&] { return api.state() == ApiClient::State::Connected; }, 120000))
        return false;
    bool done = false;
    bool ok = false;
    api.login(
        QStringLiteral("admin"), args.value(QStringLiteral("password")), &api,
        [&] { done = ok = true; },
        [&](const Erp::Rpc::Error& e) {
            std::fprintf(stderr, "login failed: %s\n", qPrintable(e.message));
            done = true;
        });
    return until([&] { return done; }) && ok;
}

int customers(ApiClient& api, int runs)
{
    AppSettings settings;
    QList<double> built;
    QList<double> loaded;
    QList<double> painted;
    for (int i = 0; i < runs; ++i) {
        PaintWatch watch;
        RemoteTableModel* model = nullptr;
        QTableView* view = nullptr;
        watch.match = [&](QObject* o) {
            return view && o == view->viewport() && model && model->rowCount() > 0;
        };
        qApp->installEventFilter(&watch);
        QElapsedTimer timer;
        timer.start();
        MainWindow window(api, settings, QStringLiteral("en"));
        auto* page = window.findChild<Customers::CustomersPage*>();
        model = page->list()->model();
        view = page->list()->view();
        window.resize(1240, 760);
        window.show();
        built.append(timer.nsecsElapsed() / 1e6);
        if (!until([&] { return model->isLoaded(); }))
            return 1;
        loaded.append(timer.nsecsElapsed() / 1e6);
        if (!until([&] { return watch.seen; }))
            return 1;
        painted.append(timer.nsecsElapsed() / 1e6);
        qApp->removeEventFilter(&watch);
        if (i == 0)
            std::printf("customers_total=%lld capped=%d\n", model->total(),
                        int(model->isTotalCapped()));
    }
    std::printf("customers_first_rows_painted_ms median=%.1f runs=%s window_shown_median=%.1f "
                "first_page_median=%.1f rss_mib=%.1f\n",
                median(painted), qPrintable(list(painted)), median(built), median(loaded),
                rssMiB());
    return 0;
}

/// Round trips of the Customers tab's first request alone (no widgets), for comparison.
int calls(ApiClient& api, int runs)
{
    QList<double> ms;
    for (int i = 0; i < runs; ++i) {
        bool done = false;
        QElapsedTimer timer;
        timer.start();
        api.call(
            QStringLiteral("crm.customer.list"),
            {{QStringLiteral("filter"),
              QJsonObject{{QStringLiteral("status"), QStringLiteral("active")}}},
             {QStringLiteral("sort"), QStringLiteral("name")},
             {QStringLiteral("offset"), 0},
             {QStringLiteral("limit"), 100}},
            &api, [&](const QJsonValue&) { done = true; },
            [&](const Erp::Rpc::Error&) { done = true; });
        if (!until([&] { return done; }))
            return 1;
        ms.append(timer.nsecsElapsed() / 1e6);
    }
    std::printf("first_page_call_ms median=%.1f runs=%s\n", median(ms), qPrintable(list(ms)));
    return 0;
}

int scroll(ApiClient& api, bool holdAll)
{
    AppSettings settings;
    MainWindow window(api, settings, QStringLiteral("en"));
    auto* page = window.findChild<Customers::CustomersPage*>();
    RemoteTableModel* model = page->list()->model();
    if (holdAll) // for comparison: every row stays in memory
        model->setCacheLimits(std::numeric_limits<int>::max(), std::numeric_limits<int>::max());
    QTableView* view = page->list()->view();
    window.resize(1240, 760);
    window.show();
    if (!until([&] { return model->isLoaded(); }))
        return 1;
    const double start = rssMiB();
    double peak = start;
    QElapsedTimer timer;
    timer.start();
    int lastReport = 0;
    while (true) {
        if (!until([&] { return !model->isBusy(); }))
            return 1;
        if (!model->canFetchMore({}))
            break;
        model->fetchMore({});
        if (model->rowCount() - lastReport >= 100000) {
            lastReport = model->rowCount();
            view->scrollToBottom(); // the view follows: rows are laid out and painted
            QTest::qWait(1);
            peak = std::max(peak, rssMiB());
            std::printf("rows=%d rss_mib=%.1f held_rows=%d elapsed_s=%.1f\n", model->rowCount(),
                        rssMiB(), model->heldRowCount(), timer.elapsed() / 1000.0);
            std::fflush(stdout);
        }
    }
    view->scrollToBottom();
    QTest::qWait(50);
    peak = std::max(peak, rssMiB());
    const double seconds = timer.elapsed() / 1000.0;
    std::printf("scroll_rows=%d total=%lld capped=%d seconds=%.1f rows_per_s=%.0f "
                "rss_start_mib=%.1f rss_peak_mib=%.1f rss_end_mib=%.1f held_rows=%d\n",
                model->rowCount(), model->total(), int(model->isTotalCapped()), seconds,
                model->rowCount() / seconds, start, peak, rssMiB(), model->heldRowCount());
    // Jumping back into the middle fetches the dropped page again.
    const int row = model->rowCount() / 2;
    QElapsedTimer jump;
    jump.start();
    view->scrollTo(model->index(row, 0), QAbstractItemView::PositionAtCenter);
    if (!until([&] { return model->isRowHeld(row); }, 10000))
        return 1;
    std::printf("jump_to_middle_row_ms=%.1f\n", jump.nsecsElapsed() / 1e6);
    return 0;
}

int exportList(ApiClient& api, const QString& out)
{
    Customers::CustomerList list(api);
    list.resize(1240, 700);
    list.show();
    RemoteTableModel* model = list.model();
    if (!until([&] { return model->isLoaded(); }))
        return 1;
    const ExportRequest request = list.exportRequest(false);
    QFile::remove(out);
    const double before = peakRssMiB();
    const double rssBefore = rssMiB();
    TableExporter exporter(api);
    bool done = false;
    bool ok = false;
    QObject::connect(&exporter, &TableExporter::finished, [&] { done = ok = true; });
    QObject::connect(&exporter, &TableExporter::failed, [&](const QString& message) {
        std::fprintf(stderr, "export failed: %s\n", qPrintable(message));
        done = true;
    });
    QElapsedTimer timer;
    timer.start();
    exporter.start(request, out);
    if (!until([&] { return done; }, 3600 * 1000) || !ok)
        return 1;
    const double seconds = timer.nsecsElapsed() / 1e9;
    std::printf("export_rows=%lld columns=%lld seconds=%.2f rows_per_s=%.0f file_mib=%.1f "
                "rss_before_mib=%.1f peak_rss_before_mib=%.1f peak_rss_after_mib=%.1f "
                "requests=%d\n",
                exporter.rowsWritten(), qint64(exporter.writtenColumns().size()), seconds,
                exporter.rowsWritten() / seconds, QFileInfo(out).size() / 1048576.0, rssBefore,
                before, peakRssMiB(), exporter.requestCount());
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (argc >= 4 && QByteArray(argv[1]) == "startup-child")
        return startupChild(QString::fromLocal8Bit(argv[3]));
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // the bench's settings stay out of the user's
    QCoreApplication::setOrganizationName(QStringLiteral("erp-client-bench"));
    QSettings().clear();
    initResources();
    Theme::apply(app);
    Language language;
    language.install(QStringLiteral("en"));

    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("mode"),
                                 QStringLiteral("startup | customers | calls | scroll | export"));
    parser.addOption(
        {QStringLiteral("local"), QStringLiteral("Company file."), QStringLiteral("FILE")});
    parser.addOption(
        {QStringLiteral("server"), QStringLiteral("erp-server."), QStringLiteral("HOST:PORT")});
    parser.addOption(
        {QStringLiteral("password"), QStringLiteral("admin's password."), QStringLiteral("P")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Repetitions."), QStringLiteral("N"),
                      QStringLiteral("5")});
    parser.addOption({QStringLiteral("hold-all"),
                      QStringLiteral("scroll: keep every row in memory (for comparison).")});
    parser.addOption({QStringLiteral("out"), QStringLiteral("export: the file (.xlsx or .csv)."),
                      QStringLiteral("PATH")});
    parser.addHelpOption();
    parser.process(app);
    const QString mode = parser.positionalArguments().value(0);
    const int runs = parser.value(QStringLiteral("runs")).toInt();
    if (mode == QLatin1String("startup"))
        return startup(parser.value(QStringLiteral("local")), runs);
    ApiClient api;
    if (!connectAndLogin(api, parser))
        return 1;
    if (mode == QLatin1String("customers"))
        return customers(api, runs);
    if (mode == QLatin1String("calls"))
        return calls(api, runs);
    if (mode == QLatin1String("export"))
        return exportList(api, parser.value(QStringLiteral("out")));
    if (mode == QLatin1String("scroll"))
        return scroll(api, parser.isSet(QStringLiteral("hold-all")));
    parser.showHelp(2);
}
