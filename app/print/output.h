#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>

class QPagedPaintDevice;
class QWidget;

namespace Erp::Client::Print {

/// How a printed document leaves the program: a print preview (and from there any printer),
/// the print dialog, or a PDF file the user names, offered to be opened once written.
class DocumentOutput final
{
    Q_DECLARE_TR_FUNCTIONS(Erp::Client::Print::DocumentOutput)
public:
    enum class Mode { Preview, Print, Pdf };
    using Paint = std::function<bool(QPagedPaintDevice& device)>;
    using WritePdf = std::function<bool(const QString& path, QString* error)>;

    /// `title` names the document in window titles and the print job ("Invoice INV2026-1"),
    /// `fileName` is the suggested file name in the documents folder.
    static void present(QWidget* owner, Mode mode, const QString& title, const QString& fileName,
                        const Paint& paint, const WritePdf& writePdf);
};

} // namespace Erp::Client::Print
