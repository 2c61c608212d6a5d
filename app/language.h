#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>

class QTranslator;

namespace Erp::Client {

/// The user interface language: English (the source texts) or Simplified Chinese. Loads the
/// compiled translation (:/i18n/erp_<code>.qm, or the installed copy) and sets the locale used
/// for numbers and dates.
class Language final
{
    Q_DECLARE_TR_FUNCTIONS(Erp::Client::Language)
public:
    Language();
    ~Language();

    /// "en" or "zh_CN".
    static QStringList available();
    /// The language's own name: "English", "简体中文".
    static QString nativeName(const QString& code);
    /// The language the system locale asks for (zh_CN for any Chinese locale, else en).
    static QString systemDefault();

    /// Switches the application to `code` (empty = system default); returns false when the
    /// translation could not be loaded (English is then used).
    bool install(const QString& code);
    QString current() const { return m_current; }

private:
    std::unique_ptr<QTranslator> m_translator;
    std::unique_ptr<QTranslator> m_qtTranslator; ///< Qt's own texts (standard buttons, dialogs)
    QString m_current;
};

} // namespace Erp::Client
