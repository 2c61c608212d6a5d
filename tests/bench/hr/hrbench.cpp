// erp-hr-bench --db URL [--employees N] [--runs R] [--draw]: fills the store with N employees
// (40 departments, 200 positions, each employee i > 1 reporting to employee (i - 2) / 8 + 1, so
// an eight-wide tree), written with one prepared INSERT per row in a single transaction (a
// benchmark's set-up, not the product's path: creating them one call at a time would take the
// better part of an hour for 100,000), then times through the dispatcher (no network), as
// median and p95 over R runs: the list's first page, a page by name, a search, the list of a
// manager restricted by the record rule hr.employee.reports, and hr.orgchart. --draw also
// times the client's OrgChartView: building the boxes from hr.orgchart's answer and painting
// the whole chart once (offscreen). Re-running on a filled store only measures.
#include "app/pages/hr/orgchartview.h"
#include "server/rpc/dispatcher.h"
#include "server/servercore.h"
#include "server/storage/database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <vector>

namespace {

/// CPU time of this process so far, in milliseconds (what a busy machine does not inflate).
double cpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

QByteArray request(const QString& method, const QJsonObject& params)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("jsonrpc"), QStringLiteral("2.0")},
                                     {QStringLiteral("id"), 1},
                                     {QStringLiteral("method"), method},
                                     {QStringLiteral("params"), params}})
        .toJson(QJsonDocument::Compact);
}

bool run(QSqlQuery& q)
{
    if (q.exec())
        return true;
    std::fprintf(stderr, "erp-hr-bench: %s\n", qPrintable(q.lastError().text()));
    return false;
}

bool fill(Erp::Storage::Database& db, qint64 have, qint64 want)
{
    QSqlDatabase c = db.connection();
    c.transaction();
    const QString now = QStringLiteral("2026-01-01T00:00:00.000Z");
    QSqlQuery q(c);
    if (have == 0) {
        q.prepare(QStringLiteral("INSERT INTO hr_departments (code, name, parent_id, created_at, "
                                 "updated_at) VALUES (:code, :name, :parent, :now, :now)"));
        for (int d = 1; d <= 40; ++d) {
            q.bindValue(QStringLiteral(":code"),
                        QStringLiteral("B%1").arg(d, 3, 10, QLatin1Char('0')));
            q.bindValue(QStringLiteral(":name"), QStringLiteral("部门%1").arg(d));
            q.bindValue(QStringLiteral(":parent"), d == 1
                                                       ? QVariant(QMetaType::fromType<qlonglong>())
                                                       : QVariant(1 + (d - 2) / 6));
            q.bindValue(QStringLiteral(":now"), now);
            if (!run(q))
                return false;
        }
        q.prepare(QStringLiteral("INSERT INTO hr_positions (title, department_id, headcount, "
                                 "created_at, updated_at) VALUES (:t, :d, 1000, :now, :now)"));
        for (int p = 1; p <= 200; ++p) {
            q.bindValue(QStringLiteral(":t"), QStringLiteral("岗位%1").arg(p));
            q.bindValue(QStringLiteral(":d"), 1 + (p - 1) % 40);
            q.bindValue(QStringLiteral(":now"), now);
            if (!run(q))
                return false;
        }
    }
    static const char* const surnames[] = {"王", "李", "张", "刘", "陈",
                                           "杨", "黄", "赵", "周", "吴"};
    static const char* const given[] = {"伟", "芳", "娜", "敏", "静", "强", "磊", "洋",
                                        "杰", "婷", "浩", "宇", "欣", "晨", "鹏", "琳"};
    q.prepare(QStringLiteral(
        "INSERT INTO hr_employees (number, name, gender, phone, email, hire_date, department_id, "
        "position_id, manager_id, employment_type, status, contribution_base, search_text, "
        "created_at, updated_at) VALUES (:number, :name, 'male', :phone, '', '2020-01-01', :d, "
        ":p, :m, 'full_time', 'active', 1000000, :search, :now, :now)"));
    for (qint64 i = have + 1; i <= want; ++i) {
        const QString number = QStringLiteral("B%1").arg(i, 7, 10, QLatin1Char('0'));
        const QString name = QString::fromUtf8(surnames[i % 10]) +
                             QString::fromUtf8(given[(i / 10) % 16]) +
                             QString::fromUtf8(given[(i / 160) % 16]);
        const QString phone = QStringLiteral("139%1").arg(i, 8, 10, QLatin1Char('0'));
        const qint64 position = 1 + (i * 7) % 200;
        q.bindValue(QStringLiteral(":number"), number);
        q.bindValue(QStringLiteral(":name"), name);
        q.bindValue(QStringLiteral(":phone"), phone);
        q.bindValue(QStringLiteral(":d"), 1 + (position - 1) % 40);
        q.bindValue(QStringLiteral(":p"), position);
        q.bindValue(QStringLiteral(":m"), i == 1 ? QVariant(QMetaType::fromType<qlonglong>())
                                                 : QVariant((i - 2) / 8 + 1));
        q.bindValue(QStringLiteral(":search"),
                    (number + QLatin1Char('\n') + name + QLatin1Char('\n') + phone).toLower());
        q.bindValue(QStringLiteral(":now"), now);
        if (!run(q))
            return false;
    }
    // The manager of the record-rule case: employee 3 (about an eighth of the tree below him)
    // is the admin's own record.
    q.prepare(QStringLiteral("UPDATE hr_employees SET user_id = 1 WHERE id = 3"));
    run(q);
    return c.commit();
}

} // namespace

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM",
            qgetenv("QT_QPA_PLATFORM").isEmpty() ? "offscreen" : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    QCommandLineParser cli;
    cli.addHelpOption();
    const QCommandLineOption dbOpt(QStringLiteral("db"), QStringLiteral("Store URL."),
                                   QStringLiteral("url"));
    const QCommandLineOption employeesOpt(QStringLiteral("employees"),
                                          QStringLiteral("Employees to have (default 100000)."),
                                          QStringLiteral("n"), QStringLiteral("100000"));
    const QCommandLineOption runsOpt(QStringLiteral("runs"), QStringLiteral("Runs per case."),
                                     QStringLiteral("n"), QStringLiteral("20"));
    const QCommandLineOption drawOpt(QStringLiteral("draw"),
                                     QStringLiteral("Also time the client's org chart."));
    cli.addOptions({dbOpt, employeesOpt, runsOpt, drawOpt});
    cli.process(app);

    Erp::Server::ServerCore core;
    QString error;
    if (!core.open(Erp::Server::ServerCore::Options::store(cli.value(dbOpt),
                                                           QStringLiteral("admin-password")),
                   &error)) {
        std::fprintf(stderr, "erp-hr-bench: %s\n", qPrintable(error));
        return 2;
    }
    Erp::Rpc::Identity admin;
    admin.userId = 1;
    admin.username = QStringLiteral("admin");
    admin.grants = {QStringLiteral("*")};
    admin.grantsEpoch = core.dispatcher().grantsEpoch();
    // The same user as a manager: restricted by the record rule to his subtree.
    Erp::Rpc::Identity manager = admin;
    manager.grants = {QStringLiteral("hr.read")};
    manager.recordRules = {QStringLiteral("hr.employee.reports")};

    qint64 have = 0;
    {
        QSqlQuery q(core.database().connection());
        if (q.exec(QStringLiteral("SELECT COUNT(*) FROM hr_employees")) && q.next())
            have = q.value(0).toLongLong();
    }
    const qint64 want = cli.value(employeesOpt).toLongLong();
    if (have < want) {
        QElapsedTimer t;
        t.start();
        if (!fill(core.database(), have, want))
            return 1;
        std::printf("wrote %lld employees in %.1f s\n", qlonglong(want - have),
                    t.elapsed() / 1000.0);
    }

    struct Case
    {
        const char* label;
        QString method;
        QJsonObject params;
        const Erp::Rpc::Identity* who;
    };
    const std::vector<Case> cases{
        {"list: first page",
         QStringLiteral("hr.employee.list"),
         {{QStringLiteral("limit"), 100}},
         &admin},
        {"list: first page by name",
         QStringLiteral("hr.employee.list"),
         {{QStringLiteral("limit"), 100}, {QStringLiteral("sort"), QStringLiteral("name")}},
         &admin},
        {"list: one department (subtree)",
         QStringLiteral("hr.employee.list"),
         {{QStringLiteral("limit"), 100},
          {QStringLiteral("filter"), QJsonObject{{QStringLiteral("department_id"), 7}}}},
         &admin},
        {"list: search \"王伟\"",
         QStringLiteral("hr.employee.list"),
         {{QStringLiteral("limit"), 100}, {QStringLiteral("search"), QStringLiteral("王伟")}},
         &admin},
        {"list: manager (record rule)",
         QStringLiteral("hr.employee.list"),
         {{QStringLiteral("limit"), 100}},
         &manager},
        {"orgchart", QStringLiteral("hr.orgchart"), {}, &admin},
    };
    std::printf("%-34s %10s %10s %10s %8s %8s\n", "case", "median ms", "p95 ms", "cpu ms", "rows",
                "total");
    QByteArray chartReply;
    for (const Case& c : cases) {
        const QByteArray line = request(c.method, c.params);
        const int runs = c.method == QLatin1String("hr.orgchart") && want > 20000
                             ? 3
                             : cli.value(runsOpt).toInt();
        std::vector<double> ms;
        std::vector<double> cpu;
        int rows = 0;
        qint64 total = 0;
        for (int i = 0; i < runs; ++i) {
            QElapsedTimer t;
            const double cpuStart = cpuMs();
            t.start();
            const auto outcome = core.dispatcher().handleLine(line, *c.who);
            ms.push_back(t.nsecsElapsed() / 1e6);
            cpu.push_back(cpuMs() - cpuStart);
            if (outcome.reply.contains("\"error\"")) {
                std::fprintf(stderr, "%s: %s\n", c.label, outcome.reply.left(300).constData());
                break;
            }
            if (i == 0) {
                const QJsonObject result =
                    QJsonDocument::fromJson(outcome.reply).object().value("result").toObject();
                rows = int(result
                               .value(c.method == QLatin1String("hr.orgchart")
                                          ? QStringLiteral("employees")
                                          : QStringLiteral("rows"))
                               .toArray()
                               .size());
                total = result.value(QStringLiteral("total")).toInteger();
                if (c.method == QLatin1String("hr.orgchart"))
                    chartReply = outcome.reply;
            }
        }
        std::sort(ms.begin(), ms.end());
        std::sort(cpu.begin(), cpu.end());
        std::printf("%-34s %10.2f %10.2f %10.2f %8d %8lld\n", c.label, ms[ms.size() / 2],
                    ms[std::min(ms.size() - 1, size_t(double(ms.size()) * 0.95))],
                    cpu[cpu.size() / 2], rows, qlonglong(total));
    }

    if (cli.isSet(drawOpt) && !chartReply.isEmpty()) {
        const QJsonObject chart =
            QJsonDocument::fromJson(chartReply).object().value("result").toObject();
        std::vector<double> build, paint, cpuBuild, cpuPaint;
        int boxes = 0;
        for (int i = 0; i < 5; ++i) {
            Erp::Client::Hr::OrgChartView view;
            view.resize(1280, 800);
            QElapsedTimer t;
            double c0 = cpuMs();
            t.start();
            view.setChart(chart);
            build.push_back(t.nsecsElapsed() / 1e6);
            cpuBuild.push_back(cpuMs() - c0);
            boxes = view.boxCount();
            // Fitted: every box is in the picture (the worst case for painting).
            view.fitChart();
            QImage image(view.viewport()->size(), QImage::Format_ARGB32_Premultiplied);
            c0 = cpuMs();
            t.restart();
            QPainter p(&image);
            view.render(&p);
            p.end();
            paint.push_back(t.nsecsElapsed() / 1e6);
            cpuPaint.push_back(cpuMs() - c0);
        }
        for (auto* v : {&build, &paint, &cpuBuild, &cpuPaint})
            std::sort(v->begin(), v->end());
        const size_t m = build.size() / 2;
        std::printf("%-34s %10.2f %10s %10.2f %8d\n", "client: build the chart", build[m], "",
                    cpuBuild[m], boxes);
        std::printf("%-34s %10.2f %10s %10.2f %8d\n", "client: paint it fitted", paint[m], "",
                    cpuPaint[m], boxes);
        std::printf("%-34s %10.2f %10s %10.2f\n", "client: chart drawn (build+paint)",
                    build[m] + paint[m], "", cpuBuild[m] + cpuPaint[m]);
    }
    core.database().closeThreadConnection();
    return 0;
}
