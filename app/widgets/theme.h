#pragma once

#include "app/models/column.h"

#include <QColor>
#include <QIcon>
#include <QStyle>

class QApplication;

namespace Erp::Client {

/// The one look of the client: Fusion with a restrained palette that follows the system's
/// light or dark preference, one set of status colours, and icons from the desktop theme
/// with a QStyle fallback.
class Theme final
{
public:
    /// Sets the Fusion style, the palette and the icon theme fallback. Call once at start.
    static void apply(QApplication& app);
    static bool isDark();

    /// The status colours used everywhere: draft grey, waiting amber, done green, problem red.
    static QColor toneColor(Column::Tone tone);
    /// Red for errors under form fields, readable on the current palette.
    static QColor errorColor();
    static QColor mutedTextColor();

    /// A themed icon by its freedesktop name, or the style's standard icon when the theme
    /// has none.
    static QIcon icon(const QString& name, QStyle::StandardPixmap fallback);
};

} // namespace Erp::Client
