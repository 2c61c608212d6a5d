// The Customers part of erp-client-screenshots: the list, the form (with server errors), the
// duplicate warning, the comparison of versions, the merge dialog and the import wizard pages.
#include "app/mainwindow.h"
#include "app/models/remotetablemodel.h"
#include "app/pages/customers/conflictdialog.h"
#include "app/pages/customers/customerclient.h"
#include "app/pages/customers/customerdialog.h"
#include "app/pages/customers/customerlist.h"
#include "app/pages/customers/customerspage.h"
#include "app/pages/customers/duplicatesdialog.h"
#include "app/pages/customers/mergedialog.h"
#include "app/widgets/formerrors.h"
#include "app/widgets/importcheckpage.h"
#include "app/widgets/importfilepages.h"
#include "app/widgets/importwizard.h"
#include "app/widgets/recordtable.h"
#include "common/csv.h"

#include <QCheckBox>
#include <QFile>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace Erp::Client;
using namespace Erp::Client::Customers;

void saveShot(QWidget* w, const QString& name);  // screenshots.cpp
bool waitFor(const std::function<bool()>& done); // screenshots.cpp

namespace {
QString importFile(const QTemporaryDir& dir)
{
    const QStringList header{QStringLiteral("客户名称"), QStringLiteral("联系人"),
                             QStringLiteral("手机"),     QStringLiteral("邮箱"),
                             QStringLiteral("城市"),     QStringLiteral("信用额度"),
                             QStringLiteral("标签"),     QStringLiteral("备注说明")};
    QByteArray bytes = Erp::Csv::utf8Bom() + Erp::Csv::formatRow(header);
    const char* cities[] = {"杭州市", "南京市", "成都市", "武汉市"};
    for (int i = 1; i <= 40; ++i) {
        QStringList row{QStringLiteral("明远贸易 %1 号店").arg(i),
                        QStringLiteral("周杰"),
                        QStringLiteral("137%1").arg(20000000 + i),
                        QStringLiteral("shop%1@mingyuan.cn").arg(i),
                        QString::fromUtf8(cities[i % 4]),
                        QStringLiteral("20,000.00"),
                        QStringLiteral("连锁;华东"),
                        QString()};
        if (i == 7)
            row[2] = QStringLiteral("1370000"); // too short to be a phone number
        if (i == 12)
            row[0].clear();
        if (i == 19)
            row[3] = QStringLiteral("shop19@");
        bytes += Erp::Csv::formatRow(row);
    }
    const QString path = dir.filePath(QStringLiteral("明远门店.csv"));
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(bytes);
    return path;
}
} // namespace

void customerScreenshots(MainWindow& window, ApiClient& api)
{
    auto* page = window.findChild<CustomersPage*>();
    window.tabs()->setCurrentWidget(page);
    CustomerList* list = page->list();
    waitFor([&] { return list->model()->isLoaded(); });
    // By code: the demo's Chinese and foreign customers mixed, as they were entered.
    list->view()->horizontalHeader()->setSortIndicator(CustomerList::CodeCol, Qt::AscendingOrder);
    waitFor([&] { return list->model()->isLoaded() && !list->model()->isBusy(); });
    list->view()->selectRow(2);
    saveShot(&window, QStringLiteral("customers"));

    CustomerClient client(api);
    CustomerDialog dialog(client, list->model()->idAt(2), &window);
    dialog.show();
    waitFor([&] { return dialog.isReady(); });
    saveShot(&dialog, QStringLiteral("customer-dialog"));
    dialog.hide();

    CustomerDialog fresh(client, 0, &window);
    fresh.show();
    fresh.contactsTable()->setCell(0, QStringLiteral("name"), QStringLiteral("刘洋"));
    fresh.contactsTable()->setCell(0, QStringLiteral("phone"), QStringLiteral("138-0013"));
    fresh.saveButton()->click();
    waitFor([&] { return fresh.errors().hasErrors(); });
    saveShot(&fresh, QStringLiteral("customer-dialog-errors"));
    fresh.hide();

    const QJsonObject a = list->model()->row(0);
    const QJsonObject b = list->model()->row(1);
    DuplicatesDialog duplicates(
        {{a.value(QLatin1String("id")).toInteger(), a.value(QLatin1String("code")).toString(),
          a.value(QLatin1String("name")).toString(), QStringLiteral("phone")},
         {b.value(QLatin1String("id")).toInteger(), b.value(QLatin1String("code")).toString(),
          b.value(QLatin1String("name")).toString(), QStringLiteral("name")}},
        &window);
    duplicates.show();
    saveShot(&duplicates, QStringLiteral("duplicates"));
    duplicates.hide();

    Customer base;
    bool loaded = false;
    client.get(a.value(QLatin1String("id")).toInteger(), &window,
               [&](const Customer& c) {
                   base = c;
                   loaded = true;
               },
               {});
    waitFor([&] { return loaded; });
    Customer theirs = base;
    theirs.creditLimit = QStringLiteral("80000.00");
    theirs.tags.append(QStringLiteral("重点"));
    Customer mine = base;
    mine.creditLimit = QStringLiteral("60000.00");
    mine.paymentTermsDays = 45;
    ConflictDialog conflict(base, theirs, mine, &window);
    conflict.show();
    saveShot(&conflict, QStringLiteral("conflict"));
    conflict.hide();

    MergeDialog merge(client, a.value(QLatin1String("id")).toInteger(),
                      b.value(QLatin1String("id")).toInteger(), &window);
    merge.show();
    waitFor([&] { return merge.isReady(); });
    saveShot(&merge, QStringLiteral("merge"));
    merge.hide();

    QTemporaryDir dir;
    ImportWizard wizard(client.api(), QStringLiteral("crm.customer"), &window);
    wizard.show();
    waitFor([&] { return wizard.entityLoaded(); });
    wizard.filePage()->setFile(importFile(dir));
    saveShot(&wizard, QStringLiteral("import-1-file"));
    wizard.next();
    saveShot(&wizard, QStringLiteral("import-2-mapping"));
    wizard.next();
    waitFor([&] { return !wizard.checkPage()->isRunning(); });
    saveShot(&wizard, QStringLiteral("import-3-check"));
    wizard.next();
    waitFor([&] { return wizard.runPage()->isComplete(); });
    saveShot(&wizard, QStringLiteral("import-4-run"));
    wizard.hide();
}
