#include "app/widgets/theme.h"

#include <QApplication>
#include <QDir>
#include <QPalette>
#include <QStandardPaths>
#include <QStyleFactory>

namespace Erp::Client {

namespace {
bool g_dark = false;

QPalette lightPalette()
{
    const QColor window(0xf3, 0xf4, 0xf6);
    QPalette p(QColor(0xfa, 0xfa, 0xfb), window); // derives the bevel shades
    const QColor base(0xff, 0xff, 0xff);
    const QColor text(0x1f, 0x29, 0x37);
    const QColor accent(0x25, 0x63, 0xb0);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0xf7, 0xf8, 0xfa));
    p.setColor(QPalette::ToolTipBase, QColor(0xff, 0xfd, 0xe7));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x8a, 0x93, 0xa0));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0xfa, 0xfa, 0xfb));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Highlight, accent);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, accent);
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x9c, 0xa3, 0xaf));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x9c, 0xa3, 0xaf));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x9c, 0xa3, 0xaf));
    return p;
}

QPalette darkPalette()
{
    const QColor window(0x24, 0x27, 0x2e);
    QPalette p(QColor(0x2e, 0x32, 0x3a), window);
    const QColor base(0x1b, 0x1d, 0x22);
    const QColor text(0xe5, 0xe7, 0xeb);
    const QColor accent(0x4a, 0x8b, 0xd6);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x22, 0x25, 0x2b));
    p.setColor(QPalette::ToolTipBase, QColor(0x33, 0x37, 0x40));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x80, 0x86, 0x90));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x2e, 0x32, 0x3a));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Highlight, accent);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x7a, 0xb0, 0xf0));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x6b, 0x72, 0x80));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x6b, 0x72, 0x80));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x6b, 0x72, 0x80));
    return p;
}
} // namespace

void Theme::apply(QApplication& app)
{
    // The platform's palette tells whether the desktop is dark; ERP_THEME=dark|light overrides.
    const QByteArray forced = qgetenv("ERP_THEME");
    if (forced == "dark" || forced == "light")
        g_dark = forced == "dark";
    else
        g_dark = QApplication::palette().color(QPalette::Window).lightness() < 128;
    app.setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    app.setPalette(g_dark ? darkPalette() : lightPalette());

    // Outside a desktop session no icon theme is set: use an installed one if there is one.
    const QString current = QIcon::themeName();
    if (current.isEmpty() || current == QLatin1String("hicolor")) {
        QStringList paths = QIcon::themeSearchPaths();
        const QStringList system =
            QStandardPaths::locateAll(QStandardPaths::GenericDataLocation, QStringLiteral("icons"),
                                      QStandardPaths::LocateDirectory);
        for (const QString& path : system) {
            if (!paths.contains(path))
                paths.append(path);
        }
        QIcon::setThemeSearchPaths(paths);
        for (const QString& path : std::as_const(paths)) {
            if (QDir(path + QStringLiteral("/Adwaita")).exists()) {
                QIcon::setThemeName(QStringLiteral("Adwaita"));
                break;
            }
        }
    }
}

bool Theme::isDark()
{
    return g_dark;
}

QColor Theme::toneColor(Column::Tone tone)
{
    switch (tone) {
    case Column::Tone::Waiting:
        return g_dark ? QColor(0xe0, 0xa1, 0x2e) : QColor(0xb4, 0x6d, 0x00);
    case Column::Tone::Done:
        return g_dark ? QColor(0x4c, 0xb8, 0x6a) : QColor(0x1e, 0x7e, 0x34);
    case Column::Tone::Problem:
        return g_dark ? QColor(0xef, 0x6b, 0x6b) : QColor(0xc6, 0x28, 0x28);
    case Column::Tone::Info:
        return g_dark ? QColor(0x6a, 0xa6, 0xe8) : QColor(0x25, 0x63, 0xb0);
    case Column::Tone::Neutral:
    case Column::Tone::None:
        break;
    }
    return g_dark ? QColor(0x9c, 0xa3, 0xaf) : QColor(0x6b, 0x72, 0x80);
}

QColor Theme::errorColor()
{
    return toneColor(Column::Tone::Problem);
}

QColor Theme::mutedTextColor()
{
    return g_dark ? QColor(0x9c, 0xa3, 0xaf) : QColor(0x6b, 0x72, 0x80);
}

QIcon Theme::icon(const QString& name, QStyle::StandardPixmap fallback)
{
    QIcon icon = QIcon::fromTheme(name);
    if (icon.isNull())
        icon = QApplication::style()->standardIcon(fallback);
    return icon;
}

} // namespace Erp::Client
