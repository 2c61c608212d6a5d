#include "app/pages/finance/voucherprint.h"

#include "app/models/format.h"
#include "app/pages/finance/accountcache.h"
#include "app/pages/finance/financetext.h"
#include "app/pages/orders/orderprint.h"
#include "common/money.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QJsonArray>
#include <QMessageBox>
#include <QPointer>
#include <QPrinter>
#include <QPrintPreviewDialog>
#include <QPushButton>
#include <QStandardPaths>
#include <QUrl>

namespace Erp::Client::Finance {

namespace {
using T = FinanceText;
} // namespace

Print::Voucher VoucherPrint::voucher(const QJsonObject& entry, const AccountCache& accounts,
                                     const Print::DeliveryNote::Company& company)
{
    Print::Voucher v;
    v.company = company;
    v.title = tr("Journal Voucher");
    v.number = T::str(entry, "number");
    v.date = Format::timestamp(T::str(entry, "date"));
    v.journal = T::journal(T::str(entry, "journal"));
    v.description = T::str(entry, "description");
    const QString type = T::str(entry, "source_type");
    if (!type.isEmpty() && type != QLatin1String("manual"))
        v.source = T::source(entry);
    for (const QJsonValue& value : entry.value(QLatin1String("lines")).toArray()) {
        const QJsonObject l = value.toObject();
        QJsonObject account = accounts.byId(T::id(l, "account_id"));
        if (account.isEmpty())
            account = {{QStringLiteral("name"), T::str(l, "account_name")}};
        const QString summary = T::str(l, "description");
        v.lines.append({summary.isEmpty() ? v.description : summary, T::str(l, "account_code"),
                        T::accountName(account), T::moneyOrBlank(T::str(l, "debit")),
                        T::moneyOrBlank(T::str(l, "credit"))});
    }
    v.debitTotal = T::money(T::str(entry, "debit_total"));
    v.creditTotal = T::money(T::str(entry, "credit_total"));
    v.totalInWords = chineseCapitalAmount(T::minor(T::str(entry, "debit_total")));
    v.preparedBy = T::str(entry, "created_by");
    v.postedBy = T::str(entry, "posted_by");
    v.draft = T::str(entry, "state") != QLatin1String("posted");
    return v;
}

void VoucherPrint::printEntry(ApiClient& api, const QJsonObject& entry,
                              const AccountCache& accounts, QWidget* parent, Mode mode)
{
    QPointer<QWidget> owner(parent);
    Orders::OrderPrint::loadCompany(
        api, parent, [owner, entry, &accounts, mode](const Print::DeliveryNote::Company& company) {
            if (!owner)
                return;
            const Print::Voucher v = voucher(entry, accounts, company);
            if (mode == Mode::Preview) {
                QPrinter printer(QPrinter::HighResolution);
                printer.setPageSize(QPageSize(QPageSize::A4));
                printer.setDocName(
                    v.number.isEmpty() ? v.title : QStringLiteral("%1 %2").arg(v.title, v.number));
                QPrintPreviewDialog preview(&printer, owner);
                preview.setWindowTitle(tr("Print Voucher %1").arg(v.number));
                QObject::connect(
                    &preview, &QPrintPreviewDialog::paintRequested, &preview,
                    [&v](QPrinter* device) { Print::VoucherRenderer::print(v, *device); });
                preview.exec();
                return;
            }
            const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
            const QString suggested = QDir(dir).filePath(
                tr("Voucher %1.pdf").arg(v.number.isEmpty() ? tr("draft") : v.number));
            const QString path = QFileDialog::getSaveFileName(owner, tr("Save Voucher as PDF"),
                                                              suggested, tr("PDF files (*.pdf)"));
            if (path.isEmpty())
                return;
            QString error;
            if (!Print::VoucherRenderer::writePdf(v, path, &error)) {
                QMessageBox::warning(owner, tr("Voucher"), error);
                return;
            }
            QMessageBox box(QMessageBox::Information, tr("Voucher"),
                            tr("The voucher was saved as %1.").arg(QDir::toNativeSeparators(path)),
                            QMessageBox::NoButton, owner);
            QPushButton* open = box.addButton(tr("Open It"), QMessageBox::AcceptRole);
            box.addButton(tr("Close"), QMessageBox::RejectRole);
            box.setDefaultButton(open);
            box.exec();
            if (box.clickedButton() == open)
                QDesktopServices::openUrl(QUrl::fromLocalFile(path));
        });
}

} // namespace Erp::Client::Finance
