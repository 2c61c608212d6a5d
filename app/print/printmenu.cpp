#include "app/print/printmenu.h"

#include "app/widgets/listpage.h"
#include "app/widgets/theme.h"

#include <QMenu>
#include <QPushButton>
#include <QShortcut>

namespace Erp::Client::Print {

PrintMenu::PrintMenu(QWidget* owner)
    : QObject(owner)
    , m_owner(owner)
    , m_button(new QPushButton(
          Theme::icon(QStringLiteral("document-print"), QStyle::SP_DialogSaveButton), tr("&Print"),
          owner))
    , m_menu(new QMenu(m_button))
{
    m_button->setObjectName(QStringLiteral("printMenu"));
    m_button->setAutoDefault(false);
    m_button->setToolTip(tr("Print preview, print or save as PDF (Ctrl+P)"));
    m_button->setMenu(m_menu);
    connect(m_menu, &QMenu::aboutToShow, this, &PrintMenu::rebuild);
    auto* key = new QShortcut(QKeySequence::Print, owner);
    key->setContext(Qt::WindowShortcut);
    connect(key, &QShortcut::activated, this, &PrintMenu::previewFirst);
    update();
}

void PrintMenu::addDocument(const QString& key, const QString& label, Run run)
{
    m_documents.append({key, label, std::move(run), true});
    update();
}

void PrintMenu::setDocumentEnabled(const QString& key, bool enabled)
{
    for (Document& d : m_documents) {
        if (d.key == key)
            d.enabled = enabled;
    }
    update();
}

bool PrintMenu::isDocumentEnabled(const QString& key) const
{
    for (const Document& d : m_documents) {
        if (d.key == key)
            return d.enabled;
    }
    return false;
}

void PrintMenu::run(const QString& key, Mode mode)
{
    for (const Document& d : std::as_const(m_documents)) {
        if (d.key == key && d.enabled) {
            emit ran(key, mode);
            d.run(mode);
            return;
        }
    }
}

void PrintMenu::update()
{
    const bool any = std::any_of(m_documents.cbegin(), m_documents.cend(),
                                 [](const Document& d) { return d.enabled; });
    m_button->setEnabled(any);
}

void PrintMenu::previewFirst()
{
    if (!m_button->isVisible())
        return;
    for (const Document& d : std::as_const(m_documents)) {
        if (d.enabled) {
            run(d.key, Mode::Preview);
            return;
        }
    }
}

void PrintMenu::rebuild()
{
    m_menu->clear();
    const bool flat = m_documents.size() == 1;
    for (const Document& d : std::as_const(m_documents)) {
        QMenu* target = flat ? m_menu : m_menu->addMenu(d.label);
        target->setEnabled(d.enabled);
        const QString key = d.key;
        QAction* preview = target->addAction(Theme::icon(QStringLiteral("document-print-preview"),
                                                         QStyle::SP_FileDialogContentsView),
                                             tr("Print Pre&view…"), this,
                                             [this, key] { run(key, Mode::Preview); });
        if (&d == &m_documents.first())
            preview->setShortcut(QKeySequence::Print); // shown; the QShortcut triggers it
        target->addAction(
            Theme::icon(QStringLiteral("document-print"), QStyle::SP_DialogSaveButton),
            tr("&Print…"), this, [this, key] { run(key, Mode::Print); });
        target->addAction(
            Theme::icon(QStringLiteral("document-save-as"), QStyle::SP_DialogSaveButton),
            tr("Save as P&DF…"), this, [this, key] { run(key, Mode::Pdf); });
    }
}

void addListPrintActions(ListPage& list, const QString& what, bool visible,
                         std::function<void(qint64 id, DocumentOutput::Mode mode)> run)
{
    QAction* preview = list.addPageAction(
        Theme::icon(QStringLiteral("document-print-preview"), QStyle::SP_FileDialogContentsView),
        PrintMenu::tr("Print Preview…"));
    preview->setObjectName(QStringLiteral("printPreview"));
    preview->setShortcut(QKeySequence::Print);
    preview->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    preview->setToolTip(PrintMenu::tr("Print %1: preview, then print (Ctrl+P)").arg(what));
    QAction* pdf = list.addPageAction(
        Theme::icon(QStringLiteral("document-save-as"), QStyle::SP_DialogSaveButton),
        PrintMenu::tr("Save as PDF…"));
    pdf->setObjectName(QStringLiteral("printPdf"));
    pdf->setToolTip(PrintMenu::tr("Save %1 as a PDF file").arg(what));
    for (QAction* a : {preview, pdf}) {
        a->setVisible(visible);
        a->setEnabled(false);
    }
    QObject::connect(&list, &ListPage::currentRowChanged, preview, [preview, pdf, &list] {
        preview->setEnabled(list.currentId() > 0);
        pdf->setEnabled(list.currentId() > 0);
    });
    QObject::connect(preview, &QAction::triggered, &list, [&list, run] {
        if (list.currentId() > 0)
            run(list.currentId(), DocumentOutput::Mode::Preview);
    });
    QObject::connect(pdf, &QAction::triggered, &list, [&list, run] {
        if (list.currentId() > 0)
            run(list.currentId(), DocumentOutput::Mode::Pdf);
    });
}

} // namespace Erp::Client::Print
