#pragma once

#include "app/widgets/formdialog.h"

#include <QJsonObject>
#include <QList>
#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QToolBar;
class QTreeWidget;
class QTreeWidgetItem;

namespace Erp::Client {
class ExportRunner;
}

namespace Erp::Client::Finance {

class FinanceClient;

/// The chart of accounts as a tree (code, name in the clerk's language, type, balance side,
/// status): search by code or name, Active / Archived / All, New Sub-account…, Rename…,
/// Archive / Restore, Export. Follows finance.account changes live.
class AccountChart final : public QWidget
{
    Q_OBJECT
public:
    enum Col { CodeCol, NameCol, TypeCol, SideCol, StatusCol, ColumnCount };

    explicit AccountChart(FinanceClient& client, QWidget* parent = nullptr);

    void reload();
    bool isLoaded() const { return m_loaded; }
    QTreeWidget* tree() const { return m_tree; }
    QLineEdit* searchEdit() const { return m_search; }
    QComboBox* statusBox() const { return m_status; }
    QAction* newAction() const { return m_new; }
    QAction* renameAction() const { return m_rename; }
    QAction* archiveAction() const { return m_archive; }
    QAction* exportAction() const { return m_export; }
    QString message() const;

    /// Selects the account with `code` (when shown); false otherwise.
    bool selectCode(const QString& code);
    QJsonObject currentAccount() const;
    /// Opens the form for a sub-account of the selected account (a first-level account when
    /// none is selected) or for renaming it.
    FormDialog* newSubAccount();
    FormDialog* renameAccount();
    /// Archives the selected account (restores it when archived).
    void toggleArchived();
    void exportChart();

signals:
    void dialogOpened(QDialog* dialog);

private:
    void fill();
    void updateActions();
    void showMessage(const QString& text, bool error = false);

    FinanceClient& m_client;
    QToolBar* m_toolBar;
    QLineEdit* m_search;
    QComboBox* m_status;
    QTreeWidget* m_tree;
    QLabel* m_message;
    QAction* m_new;
    QAction* m_rename;
    QAction* m_archive;
    QAction* m_export;
    ExportRunner* m_runner;
    QList<QJsonObject> m_accounts;
    QString m_selectCode; ///< a new account, selected once the chart shows it
    bool m_loaded = false;
};

/// Creates a sub-account (code starting with the parent's, names in both languages; a
/// first-level account also takes its type and side) or renames an account.
class AccountDialog final : public FormDialog
{
    Q_OBJECT
public:
    /// `account` set: rename it; else a new account under `parent` (empty: first level).
    AccountDialog(FinanceClient& client, const QJsonObject& parent, const QJsonObject& account,
                  QWidget* dialogParent = nullptr);
    QLineEdit* codeEdit() const { return m_code; }
    QLineEdit* nameEdit() const { return m_name; }
    QLineEdit* nameEnEdit() const { return m_nameEn; }

signals:
    void saved(const QJsonObject& account);

protected:
    void save() override;
    QString conflictText() const override;

private:
    FinanceClient& m_client;
    QJsonObject m_parent;
    QJsonObject m_account;
    QLineEdit* m_code;
    QLineEdit* m_name;
    QLineEdit* m_nameEn;
    QComboBox* m_type;
    QComboBox* m_side;
};

} // namespace Erp::Client::Finance
