#include "app/widgets/importwizard.h"

#include "app/net/apiclient.h"
#include "app/net/errortext.h"
#include "app/widgets/importcheckpage.h"
#include "app/widgets/importfilepages.h"
#include "app/widgets/listpage.h"
#include "app/widgets/theme.h"
#include "common/jsonrpc.h"

#include <QAction>
#include <QLocale>
#include <QStyle>

namespace Erp::Client {

QString ImportColumnInfo::title() const
{
    if (QLocale().language() == QLocale::Chinese && !aliases.isEmpty())
        return aliases.first();
    return label.isEmpty() ? name : label;
}

ImportEntityInfo ImportEntityInfo::fromJson(const QJsonObject& o)
{
    ImportEntityInfo e;
    e.name = o.value(QLatin1String("name")).toString();
    e.label = o.value(QLatin1String("label")).toString();
    e.key = o.value(QLatin1String("key")).toString();
    for (const QJsonValue& v : o.value(QLatin1String("columns")).toArray()) {
        const QJsonObject c = v.toObject();
        ImportColumnInfo info;
        info.name = c.value(QLatin1String("name")).toString();
        info.type = c.value(QLatin1String("type")).toString();
        info.label = c.value(QLatin1String("label")).toString();
        info.labelId = c.value(QLatin1String("label_id")).toString();
        info.required = c.value(QLatin1String("required")).toBool();
        for (const QJsonValue& a : c.value(QLatin1String("aliases")).toArray())
            info.aliases.append(a.toString());
        e.columns.append(info);
    }
    return e;
}

const ImportColumnInfo* ImportEntityInfo::column(const QString& wireName) const
{
    for (const ImportColumnInfo& c : columns)
        if (c.name == wireName)
            return &c;
    return nullptr;
}

ImportWizard::ImportWizard(ApiClient& api, const QString& entity, QWidget* parent)
    : QWizard(parent)
    , m_api(api)
    , m_entityName(entity)
    , m_filePage(new ImportFilePage(*this))
    , m_mappingPage(new ImportMappingPage(*this))
    , m_checkPage(new ImportCheckPage(*this))
    , m_runPage(new ImportRunPage(*this))
{
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(tr("Import"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setPage(FilePageId, m_filePage);
    setPage(MappingPageId, m_mappingPage);
    setPage(CheckPageId, m_checkPage);
    setPage(RunPageId, m_runPage);
    resize(760, 560);
    m_api.call(
        QStringLiteral("platform.import.entities"), {}, this,
        [this](const QJsonValue& result) {
            for (const QJsonValue& v : result.toObject().value(QLatin1String("entities")).toArray())
                if (v.toObject().value(QLatin1String("name")).toString() == m_entityName)
                    m_entity = ImportEntityInfo::fromJson(v.toObject());
            if (entityLoaded())
                setWindowTitle(entityTitle(m_entity));
            emit entityLoadedChanged();
        },
        [this](const Rpc::Error& error) { m_filePage->showLoadError(ErrorText::describe(error)); });
}

ImportWizard::~ImportWizard()
{
    cancelJob();
}

std::unique_ptr<FileReader> ImportWizard::openFile(FileReader::Problem* problem) const
{
    return FileReader::open(m_file, problem);
}

void ImportWizard::cancelJob()
{
    if (m_job == 0 || m_committed)
        return;
    m_api.call(
        QStringLiteral("platform.import.cancel"), {{QStringLiteral("job"), m_job}}, nullptr,
        [](const QJsonValue&) {}, [](const Rpc::Error&) {});
    m_job = 0;
}

void ImportWizard::reject()
{
    if (m_checkPage->isRunning()) {
        m_checkPage->requestCancel(); // stops after the batch on its way; closes nothing yet
        return;
    }
    if (m_runPage->isRunning())
        return; // the commit is one transaction: it finishes (or fails) as a whole
    cancelJob();
    QWizard::reject();
}

QString ImportWizard::entityTitle(const ImportEntityInfo& entity)
{
    static const struct
    {
        const char* name;
        const char* title;
    } titles[] = {
        {"crm.customer", QT_TR_NOOP("Import Customers")},
        {"inventory.product", QT_TR_NOOP("Import Products")},
        {"inventory.warehouse", QT_TR_NOOP("Import Warehouses")},
        {"inventory.opening_stock", QT_TR_NOOP("Import Opening Stock")},
        {"purchasing.supplier", QT_TR_NOOP("Import Suppliers")},
        {"sales.order", QT_TR_NOOP("Import Open Orders")},
    };
    for (const auto& t : titles)
        if (entity.name == QLatin1String(t.name))
            return tr(t.title);
    return tr("Import %1").arg(entity.label);
}

QString ImportWizard::problemText(const QJsonObject& p, const ImportEntityInfo& entity)
{
    const QString id = p.value(QLatin1String("message_id")).toString();
    const QJsonObject args = p.value(QLatin1String("args")).toObject();
    const auto arg = [&args](const char* key) {
        return args.value(QLatin1String(key)).toVariant().toString();
    };
    if (id == QLatin1String("platform.import.required"))
        return tr("A value is required.");
    if (id == QLatin1String("platform.import.duplicate_key"))
        return tr("\"%1\" appears already in row %2 of the file.")
            .arg(arg("value"), QString::number(args.value(QLatin1String("row")).toInteger() + 1));
    if (id == QLatin1String("platform.import.not_number"))
        return tr("\"%1\" is not a number.").arg(arg("value"));
    if (id == QLatin1String("platform.import.not_integer"))
        return tr("\"%1\" is not a whole number.").arg(arg("value"));
    if (id == QLatin1String("platform.import.not_date"))
        return tr("\"%1\" is not a date (write it as 2026-11-27).").arg(arg("value"));
    if (id == QLatin1String("platform.import.not_boolean"))
        return tr("\"%1\" is neither yes nor no.").arg(arg("value"));
    if (id == QLatin1String("inventory.import.unknown_sku"))
        return tr("There is no product with the SKU \"%1\".").arg(arg("sku"));
    if (id == QLatin1String("inventory.import.unknown_warehouse"))
        return tr("There is no warehouse with the code \"%1\".").arg(arg("warehouse"));
    if (id == QLatin1String("inventory.stock.opening_posted"))
        return tr("An opening balance of %1 was already posted for this product in this "
                  "warehouse.")
            .arg(arg("qty"));
    if (id == QLatin1String("crm.import.unknown_owner"))
        return tr("There is no user \"%1\".").arg(arg("owner"));
    (void)entity;
    return ErrorText::field(p); // the service's own checks, worded from their message ids
}

QString ImportWizard::fileProblemText(const FileReader::Problem& p)
{
    const auto arg = [&p](const char* key) {
        return p.args.value(QLatin1String(key)).toVariant().toString();
    };
    if (p.id == QLatin1String("platform.file.empty"))
        return tr("The file is empty.");
    if (p.id == QLatin1String("platform.file.header_only"))
        return tr("The file has a header row but no data rows.");
    if (p.id == QLatin1String("platform.file.bad_encoding"))
        return tr("Line %1 of the file holds characters that are neither UTF-8 nor GBK. Save the "
                  "file as \"CSV UTF-8\" in Excel and try again.")
            .arg(arg("line"));
    if (p.id == QLatin1String("platform.file.unterminated_quote"))
        return tr("The quoted cell that starts on line %1 never ends.").arg(arg("line"));
    if (p.id == QLatin1String("platform.file.too_large"))
        return tr("The file is %1 MB; at most %2 MB can be imported at once. Split it.")
            .arg(arg("size_mb"), arg("max_mb"));
    if (p.id == QLatin1String("platform.file.xls"))
        return tr("Old Excel files (.xls) cannot be read. Save the file as .xlsx or CSV.");
    if (p.id == QLatin1String("platform.file.bad_xlsx"))
        return tr("The file is not a readable Excel workbook.");
    if (p.id == QLatin1String("platform.file.unreadable"))
        return tr("The file cannot be opened.");
    return p.message;
}

QAction* addImportAction(ListPage& list, ApiClient& api, const QString& entity,
                         const QString& permission, const QString& text, const QString& toolTip)
{
    QAction* action = list.addPageAction(
        Theme::icon(QStringLiteral("document-import"), QStyle::SP_DialogOpenButton), text);
    action->setObjectName(QStringLiteral("import:") + entity);
    action->setToolTip(toolTip);
    action->setVisible(api.hasPermission(permission));
    QObject::connect(action, &QAction::triggered, &list, [&list, &api, entity] {
        auto* wizard = new ImportWizard(api, entity, &list);
        wizard->setAttribute(Qt::WA_DeleteOnClose);
        QObject::connect(wizard, &ImportWizard::imported, &list,
                         [&list](int created, int updated, int unchanged) {
                             list.showMessage(
                                 ImportWizard::tr("Import finished: %1 created, %2 updated, %3 "
                                                  "unchanged.")
                                     .arg(QLocale().toString(created), QLocale().toString(updated),
                                          QLocale().toString(unchanged)));
                             list.refresh();
                         });
        wizard->open();
    });
    return action;
}

} // namespace Erp::Client
