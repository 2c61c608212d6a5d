#pragma once

#include "app/print/output.h"

#include <QList>
#include <QObject>
#include <QString>

#include <functional>

class QAction;
class QMenu;
class QPushButton;
class QWidget;

namespace Erp::Client {
class ListPage;
}

namespace Erp::Client::Print {

/// The Print button of a document form or list: per document a Print Preview…, Print… and
/// Save as PDF… entry (in a submenu when the form prints several documents), and Ctrl+P for
/// the preview of the first document that can be printed now.
class PrintMenu final : public QObject
{
    Q_OBJECT
public:
    using Mode = DocumentOutput::Mode;
    using Run = std::function<void(Mode mode)>;

    /// The button is created with `owner` as its parent; place it with button().
    explicit PrintMenu(QWidget* owner);

    QPushButton* button() const { return m_button; }
    /// Adds a document the menu offers ("Pick List"); `run` produces and presents it.
    void addDocument(const QString& key, const QString& label, Run run);
    /// Enables or disables one document (e.g. no pick list before allocation); the button is
    /// enabled while any document is.
    void setDocumentEnabled(const QString& key, bool enabled);
    bool isDocumentEnabled(const QString& key) const;
    /// Runs `key` in `mode` as the menu would (tests, the screenshot tool).
    void run(const QString& key, Mode mode);
    /// The menu as shown (rebuilt from the documents each time).
    QMenu* menu() const { return m_menu; }

signals:
    /// Ctrl+P or a menu entry ran `key`.
    void ran(const QString& key, Erp::Client::Print::DocumentOutput::Mode mode);

private:
    struct Document
    {
        QString key;
        QString label;
        Run run;
        bool enabled = true;
    };
    void rebuild();
    void update();
    void previewFirst();

    QWidget* m_owner;
    QPushButton* m_button;
    QMenu* m_menu;
    QList<Document> m_documents;
};

/// Print Preview… (Ctrl+P) and Save as PDF… on a list's tool bar for the selected document
/// (`what` names it in the tool tips: "the selected order"); `run` gets the selected row's id.
/// Shown only when `visible`; enabled while a row is selected.
void addListPrintActions(ListPage& list, const QString& what, bool visible,
                         std::function<void(qint64 id, DocumentOutput::Mode mode)> run);

} // namespace Erp::Client::Print
