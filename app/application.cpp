#include "app/application.h"

#include "app/appcontroller.h"
#include "app/appsettings.h"
#include "app/language.h"
#include "app/widgets/theme.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

#include <cstdio>

static void initClientResources()
{
    Q_INIT_RESOURCE(erp);
}

namespace Erp::Client {

namespace {
/// Translated texts of the command line (Q_DECLARE_TR_FUNCTIONS needs a class).
class CommandLine final
{
    Q_DECLARE_TR_FUNCTIONS(Erp::Client::CommandLine)
public:
    static bool parse(const QStringList& arguments, AppController::Options& options, QString* error)
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(
            tr("ERP desktop client: customers, orders and resources of a company."));
        parser.addHelpOption();
        parser.addVersionOption();
        const QCommandLineOption local(QStringLiteral("local"),
                                       tr("Open the company file FILE on this computer (it is "
                                          "created when it does not exist)."),
                                       tr("FILE"));
        const QCommandLineOption demo(QStringLiteral("demo"),
                                      tr("Load the demo company into a new company file "
                                         "(user admin, password %1).")
                                          .arg(QLatin1String(AppController::DemoPassword)));
        const QCommandLineOption server(QStringLiteral("server"),
                                        tr("Connect to the erp-server at HOST:PORT."),
                                        tr("HOST:PORT"));
        const QCommandLineOption tls(QStringLiteral("tls"),
                                     tr("Use an encrypted (TLS) connection to the server."));
        const QCommandLineOption user(QStringLiteral("user"), tr("Prefill the username NAME."),
                                      tr("NAME"));
        parser.addOptions({local, demo, server, tls, user});
        parser.process(arguments); // exits for --help and --version
        if (parser.isSet(local) && parser.isSet(server)) {
            *error = tr("--local and --server cannot be used together.");
            return false;
        }
        options.localFile = parser.value(local);
        options.demo = parser.isSet(demo);
        options.server = parser.value(server);
        options.tls = parser.isSet(tls);
        options.user = parser.value(user);
        return true;
    }
};
} // namespace

void initResources()
{
    initClientResources();
}

namespace {
void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("erp"));
    QCoreApplication::setApplicationName(QStringLiteral("erp-client"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ERP_CLIENT_VERSION));
}

/// --help and --version are answered without a display (e.g. over SSH or in CI).
bool onlyAsksForHelp(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        if (a == "-h" || a == "--help" || a == "--help-all" || a == "-v" || a == "--version" ||
            a == "-?")
            return true;
    }
    return false;
}
} // namespace

int runApplication(int argc, char** argv)
{
    AppController::Options options;
    QString error;
    if (onlyAsksForHelp(argc, argv)) {
        QCoreApplication app(argc, argv);
        describeApplication();
        AppSettings settings;
        Language language;
        language.install(settings.language());
        CommandLine::parse(QCoreApplication::arguments(), options, &error); // prints and exits
        return 0;
    }

    QApplication app(argc, argv);
    describeApplication();
    QApplication::setApplicationDisplayName(QStringLiteral("ERP"));
    QApplication::setDesktopFileName(QStringLiteral("erp-client"));
    QApplication::setQuitOnLastWindowClosed(false); // the controller decides when to quit
    initResources();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/erp.svg")));
    Theme::apply(app);

    AppSettings settings;
    Language language;
    language.install(settings.language());
    if (!CommandLine::parse(QApplication::arguments(), options, &error)) {
        std::fprintf(stderr, "erp-client: %s\n", qPrintable(error));
        return 2;
    }
    AppController controller(settings, language);
    if (!controller.start(options))
        return 0;
    return app.exec();
}

} // namespace Erp::Client
