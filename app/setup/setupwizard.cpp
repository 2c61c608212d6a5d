#include "app/setup/setupwizard.h"

#include "app/net/apiclient.h"
#include "app/setup/setuppages.h"

#include <QJsonObject>
#include <QPointer>

namespace Erp::Client::Setup {

SetupWizard::SetupWizard(ApiClient& api, QWidget* parent)
    : QWizard(parent)
    , m_company(new CompanySetupPage(api, this))
    , m_warehouses(new WarehouseSetupPage(api, this))
    , m_users(new UsersSetupPage(api, this))
    , m_import(new ImportSetupPage(api, this))
{
    setObjectName(QStringLiteral("setupWizard"));
    setWindowTitle(tr("Set Up Your Company"));
    setWizardStyle(QWizard::ModernStyle);
    // Back and Next keep what was typed; pages load what the company has once.
    setOption(QWizard::IndependentPages, true);
    setOption(QWizard::NoBackButtonOnStartPage, true);
    setButtonText(QWizard::CancelButton, tr("&Later"));
    setPage(CompanyPageId, m_company);
    setPage(WarehousePageId, m_warehouses);
    if (api.hasPermission(QStringLiteral("admin.user.read")))
        setPage(UsersPageId, m_users);
    else
        m_users->hide();
    setPage(ImportPageId, m_import);
    setPage(DonePageId, new DoneSetupPage(this));
    setStartId(CompanyPageId);
    resize(760, 640);
}

void SetupWizard::shouldOffer(ApiClient& api, QObject* context, std::function<void(bool)> done)
{
    if (!api.hasPermission(QStringLiteral("admin.company.write")) ||
        !api.hasPermission(QStringLiteral("inventory.warehouse.write"))) {
        done(false);
        return;
    }
    QPointer<QObject> guard(context);
    api.call(
        QStringLiteral("admin.company.get"), {}, context,
        [&api, guard, done](const QJsonValue& v) {
            if (!guard)
                return;
            if (v.toObject().value(QLatin1String("version")).toInteger() > 1) {
                done(false); // someone saved the profile already
                return;
            }
            api.call(
                QStringLiteral("inventory.warehouse.list"), {{QStringLiteral("limit"), 1}},
                guard.data(),
                [done](const QJsonValue& w) {
                    done(w.toObject().value(QLatin1String("total")).toInteger() == 0);
                },
                [done](const Rpc::Error&) { done(false); });
        },
        [done](const Rpc::Error&) { done(false); });
}

} // namespace Erp::Client::Setup
