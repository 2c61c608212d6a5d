#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace Erp::Client {
class BusyIndicator;
class EntityPicker;
} // namespace Erp::Client

namespace Erp::Client::Finance {

class FinanceClient;

/// The books' settings (finance.company.get / update): the chart template (only while no
/// account has entries), the reversal style, and the posting roles — which account each
/// automatic posting uses, with per-category overrides added and removed here. Read-only
/// without finance.settings.write.
class SettingsPage final : public QWidget
{
    Q_OBJECT
public:
    enum Col { RoleCol, CategoryCol, AccountCol, ColumnCount };

    explicit SettingsPage(FinanceClient& client, QWidget* parent = nullptr);

    void reload();
    bool isLoaded() const { return m_loaded; }
    QJsonObject settings() const { return m_settings; }
    QComboBox* chartBox() const { return m_chart; }
    QComboBox* reversalBox() const { return m_reversal; }
    QTableWidget* roles() const { return m_roles; }
    QPushButton* saveButton() const { return m_save; }
    QPushButton* addOverrideButton() const { return m_add; }
    QPushButton* removeOverrideButton() const { return m_remove; }
    QString message() const;
    /// The account picker of a row of the roles table.
    EntityPicker* picker(int row) const;
    /// The row of (role, category) in the table; -1 when absent.
    int rowOf(const QString& role, const QString& category) const;

    /// Adds a row for a category's own account of `role` (the picker is then typed in).
    int addOverride(const QString& role, const QString& category);
    void removeSelectedOverride();
    void save();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void fill(const QJsonObject& settings);
    /// Inserts a row at `at` (-1: at the end); returns its row.
    int addRow(const QString& role, const QString& category, const QJsonObject& account,
               int at = -1);
    void askOverride();
    void updateButtons();
    void showMessage(const QString& text, bool error = false);

    FinanceClient& m_client;
    QComboBox* m_chart;
    QLabel* m_chartNote;
    QComboBox* m_reversal;
    QLabel* m_books;
    QTableWidget* m_roles;
    QPushButton* m_add;
    QPushButton* m_remove;
    QPushButton* m_save;
    QLabel* m_message;
    BusyIndicator* m_busy;
    QJsonObject m_settings;
    QJsonArray m_removed; ///< overrides removed since the last save
    QJsonArray m_sent;    ///< the roles of the last save (their errors name an index)
    bool m_loaded = false;
    bool m_started = false;
};

} // namespace Erp::Client::Finance
