#include "app/language.h"

#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace Erp::Client {

Language::Language() = default;

Language::~Language()
{
    if (m_translator)
        QCoreApplication::removeTranslator(m_translator.get());
}

QStringList Language::available()
{
    return {QStringLiteral("en"), QStringLiteral("zh_CN")};
}

QString Language::nativeName(const QString& code)
{
    if (code == QLatin1String("zh_CN"))
        return QStringLiteral("简体中文");
    return QStringLiteral("English");
}

QString Language::systemDefault()
{
    return QLocale::system().language() == QLocale::Chinese ? QStringLiteral("zh_CN")
                                                            : QStringLiteral("en");
}

bool Language::install(const QString& requested)
{
    const QString code = available().contains(requested) ? requested : systemDefault();
    if (m_translator) {
        QCoreApplication::removeTranslator(m_translator.get());
        m_translator.reset();
    }
    if (m_qtTranslator) {
        QCoreApplication::removeTranslator(m_qtTranslator.get());
        m_qtTranslator.reset();
    }
    m_current = code;

    // Numbers and dates: the system's conventions when they match the language, otherwise
    // the language's usual ones (a C/POSIX locale would print numbers without grouping).
    const QLocale system = QLocale::system();
    QLocale locale = system;
    if (code == QLatin1String("zh_CN") && system.language() != QLocale::Chinese)
        locale = QLocale(QLocale::Chinese, QLocale::China);
    else if (code == QLatin1String("en") && system.language() != QLocale::English)
        locale = QLocale(QLocale::English, QLocale::UnitedStates);
    QLocale::setDefault(locale);

    if (code == QLatin1String("en"))
        return true; // the source texts are English
    auto translator = std::make_unique<QTranslator>();
    const QString name = QStringLiteral("erp_") + code;
    const QString installed =
        QCoreApplication::applicationDirPath() + QStringLiteral("/../share/erp/translations");
    if (!translator->load(name, QStringLiteral(":/i18n")) &&
        !translator->load(name, QDir::cleanPath(installed)))
        return false;
    QCoreApplication::installTranslator(translator.get());
    m_translator = std::move(translator);
    // Qt's own texts (file dialogs, standard buttons, context menus) when the system has them
    // (Debian: qt6-translations-l10n).
    auto qtTranslator = std::make_unique<QTranslator>();
    if (qtTranslator->load(QStringLiteral("qt_") + code,
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qtTranslator.get());
        m_qtTranslator = std::move(qtTranslator);
    }
    return true;
}

} // namespace Erp::Client
