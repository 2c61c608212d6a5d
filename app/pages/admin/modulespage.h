#pragma once

#include "app/pages/admin/companyclient.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace Erp::Client::Admin {

/// Admin > Modules: every module of the server with what it does and needs, switched on and
/// off per company. The server refuses what cannot be (a core module, a module another one
/// needs); the refusal is shown above the list and the switch goes back.
class ModulesPage final : public QWidget
{
    Q_OBJECT
public:
    explicit ModulesPage(ApiClient& api, QWidget* parent = nullptr);

    void reload();
    /// Switches `module` as the check box in its row does.
    void switchModule(const QString& module, bool enabled);

    QTableWidget* table() const { return m_table; }
    QString message() const;

    /// The module's name and one line about it in the clerk's language.
    static QString title(const QString& module);
    static QString description(const ModuleEntry& module);

signals:
    void loaded();

private:
    void fill(const QList<ModuleEntry>& modules);

    CompanyClient m_client;
    QTableWidget* m_table;
    QLabel* m_message;
    bool m_filling = false;
};

} // namespace Erp::Client::Admin
