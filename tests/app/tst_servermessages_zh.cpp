// A Chinese clerk reads no English from the server: every text of the catalogue of server
// messages has a finished zh_CN translation, and the client's error paths (a missing warehouse,
// the customer form's field errors, a version conflict, a forbidden call, business rules,
// review reasons, ledger reasons, the order timeline) render in Chinese against a real server.
#include "apptest.h"
#include "inventorytest.h"

#include "app/language.h"
#include "app/net/errortext.h"
#include "app/net/servermessages.h"
#include "app/pages/customers/customerclient.h"
#include "app/pages/customers/customerdialog.h"
#include "app/pages/inventory/inventoryclient.h"
#include "app/pages/inventory/inventorywidgets.h"
#include "app/pages/inventory/stockmovedialog.h"
#include "app/pages/orders/ordertext.h"
#include "app/widgets/formerrors.h"
#include "app/widgets/moneyedit.h"
#include "app/widgets/recordtable.h"
#include "common/jsonrpc.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

using namespace Erp;
using namespace Erp::Client;

namespace {

/// Three or more ASCII words in a row: an English sentence (SKUs, numbers and codes are not).
QString englishIn(const QString& text)
{
    static const QRegularExpression sentence(
        QStringLiteral("[A-Za-z]{2,}(?:[\\s,.;:'\"()-]+[A-Za-z]{2,}){2,}"));
    const QRegularExpressionMatch m = sentence.match(text);
    return m.hasMatch() ? m.captured(0) : QString();
}

struct Translation
{
    QString text;
    QString type;
};

/// source -> translation of one context of a .ts file.
QHash<QString, Translation> tsContext(const QString& path, const QString& context)
{
    QHash<QString, Translation> out;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    QXmlStreamReader xml(&f);
    QString currentContext;
    QString source;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("name")) {
            currentContext = xml.readElementText();
        } else if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (currentContext == context)
                out.insert(source, {text, type});
        }
    }
    if (xml.hasError())
        qFatal("%s: %s", qPrintable(path), qPrintable(xml.errorString()));
    return out;
}

} // namespace

class TestServerMessagesZh final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        Client::Test::isolateSettings(QStringLiteral("tst_servermessages_zh"));
        QVERIFY(m_language.install(QStringLiteral("zh_CN")));
        QVERIFY(m_company.start());
        m_api = m_company.connect();
        QVERIFY(m_api);
        // A sales clerk: may not see users, may not approve.
        Client::Test::callOn(*m_api, QStringLiteral("admin.user.create"),
                             {{"username", "clerk.zh"},
                              {"password", "secret-clerk-1"},
                              {"roles", QJsonArray{"sales"}}});
        m_clerk = m_company.connect(QStringLiteral("clerk.zh"), QStringLiteral("secret-clerk-1"));
        QVERIFY(m_clerk);
        m_warehouse = Client::Test::idOf(Client::Test::createWarehouse(*m_api, "ZH1"));
        m_product = Client::Test::createProduct(*m_api, QStringLiteral("ZH-1"),
                                                {{"name", "保温杯"}, {"list_price", "50.00"}});
    }

    void everyCatalogueTextIsTranslated()
    {
        const QHash<QString, Translation> ts = tsContext(
            qEnvironmentVariable("ERP_SOURCE_DIR") + QStringLiteral("/translations/erp_zh_CN.ts"),
            QString::fromLatin1(ServerMessages::context()));
        QStringList missing;
        for (const QString& source : ServerMessages::allSources()) {
            const Translation t = ts.value(source);
            if (!ts.contains(source) || t.text.trimmed().isEmpty() ||
                t.type == QLatin1String("unfinished") || t.type == QLatin1String("vanished") ||
                t.type == QLatin1String("obsolete"))
                missing.append(source);
        }
        QVERIFY2(
            missing.isEmpty(),
            qPrintable(QStringLiteral("%1 catalogue texts without a zh_CN translation, e.g. %2")
                           .arg(missing.size())
                           .arg(missing.mid(0, 5).join(QStringLiteral(" | ")))));
        // Every server message id renders without English (arguments filled with codes).
        for (const QString& id : ServerMessages::ids()) {
            const QString text = ServerMessages::text(id, {{"entity", "sales_order"},
                                                           {"state", "submitted"},
                                                           {"status", "archived"},
                                                           {"action", "ship"},
                                                           {"param", "warehouse_id"},
                                                           {"unit", "pcs"}});
            QVERIFY2(englishIn(text).isEmpty(), qPrintable(id + QStringLiteral(": ") + text));
        }
    }

    void missingWarehouseIsNamedInChinese()
    {
        Inventory::InventoryClient client(*m_api);
        Inventory::StockMoveDialog dialog(client, Inventory::StockMoveDialog::Adjust);
        dialog.show();
        dialog.setStart(m_product, m_warehouse);
        QTRY_VERIFY(dialog.warehouseBox()->isLoaded());
        dialog.warehouseBox()->setCurrentIndex(-1); // no warehouse chosen
        dialog.qtyEdit()->setText(QStringLiteral("5"));
        dialog.reasonEdit()->setText(QStringLiteral("盘盈"));
        dialog.saveButton()->click();
        QTRY_VERIFY(!dialog.errors().fieldError(QStringLiteral("warehouse_id")).isEmpty());
        const QString text = dialog.errors().fieldError(QStringLiteral("warehouse_id"));
        QVERIFY2(text.contains(QStringLiteral("仓库")), qPrintable(text));
        QVERIFY2(englishIn(text).isEmpty(), qPrintable(text));

        // More than there is: a business rule, above the form.
        dialog.warehouseBox()->setWarehouseId(m_warehouse);
        dialog.qtyEdit()->setText(QStringLiteral("-9"));
        dialog.saveButton()->click();
        QTRY_VERIFY(!dialog.errors().message().isEmpty());
        QVERIFY2(englishIn(dialog.errors().message()).isEmpty(),
                 qPrintable(dialog.errors().message()));
    }

    void customerFormErrorsAreChinese()
    {
        Customers::CustomerClient client(*m_api);
        Customers::CustomerDialog dialog(client, 0);
        dialog.show();
        QVERIFY(dialog.isReady());
        dialog.saveButton()->click(); // no name
        QTRY_VERIFY(!dialog.errors().fieldError(QStringLiteral("name")).isEmpty());
        QVERIFY2(englishIn(dialog.errors().fieldError(QStringLiteral("name"))).isEmpty(),
                 qPrintable(dialog.errors().fieldError(QStringLiteral("name"))));

        dialog.nameEdit()->setText(QStringLiteral("华信科技"));
        dialog.taxIdEdit()->setText(QStringLiteral("12"));
        dialog.codeEdit()->setText(QStringLiteral("C 1"));
        RecordTable* contacts = dialog.contactsTable();
        contacts->setCell(0, QStringLiteral("name"), QStringLiteral("王芳"));
        contacts->setCell(0, QStringLiteral("phone"), QStringLiteral("12345"));
        contacts->setCell(0, QStringLiteral("email"), QStringLiteral("not-an-address"));
        dialog.saveButton()->click();
        QTRY_VERIFY(!contacts->cellError(0, QStringLiteral("phone")).isEmpty());
        const QStringList shown{dialog.errors().fieldError(QStringLiteral("tax_id")),
                                dialog.errors().fieldError(QStringLiteral("code")),
                                contacts->cellError(0, QStringLiteral("phone")),
                                contacts->cellError(0, QStringLiteral("email")),
                                contacts->errorText(),
                                dialog.errors().message()};
        for (const QString& text : shown)
            QVERIFY2(englishIn(text).isEmpty(), qPrintable(text));
    }

    void callErrorsAreChinese()
    {
        Rpc::Error e;
        QStringList texts;
        // Forbidden.
        Client::Test::callOn(*m_clerk, QStringLiteral("admin.user.list"), {}, &e);
        QCOMPARE(e.code, int(Rpc::Forbidden));
        texts.append(ErrorText::describe(e));
        // Version conflict.
        const QJsonObject c = Client::Test::callOn(*m_api, QStringLiteral("crm.customer.create"),
                                                   {{"name", "明远贸易"}})
                                  .toObject();
        Client::Test::callOn(
            *m_api, QStringLiteral("crm.customer.update"),
            {{"id", c.value("id")}, {"version", c.value("version")}, {"notes", "1"}});
        Client::Test::callOn(
            *m_api, QStringLiteral("crm.customer.update"),
            {{"id", c.value("id")}, {"version", c.value("version")}, {"notes", "2"}}, &e);
        QCOMPARE(e.code, int(Rpc::VersionConflict));
        texts.append(ErrorText::describe(e));
        // Not found.
        Client::Test::callOn(*m_api, QStringLiteral("crm.customer.get"), {{"id", 987654}}, &e);
        QCOMPARE(e.code, int(Rpc::NotFound));
        texts.append(ErrorText::describe(e));
        // An order: review reason (no stock), illegal transition, timeline.
        QJsonObject o =
            Client::Test::callOn(
                *m_api, QStringLiteral("sales.order.create"),
                {{"customer_id", c.value("id")},
                 {"lines",
                  QJsonArray{QJsonObject{{"product_id", m_product.value("id")}, {"qty", "3"}}}}})
                .toObject();
        o = Client::Test::callOn(*m_api, QStringLiteral("sales.order.submit"),
                                 {{"id", o.value("id")}, {"version", o.value("version")}})
                .toObject();
        const QJsonArray reasons = o.value("review_reasons").toArray();
        QVERIFY(!reasons.isEmpty());
        for (const QJsonValue& v : reasons)
            texts.append(Orders::OrderText::reviewReason(v.toObject().value("code").toString(),
                                                         v.toObject().value("message").toString(),
                                                         v.toObject().value("message_ref")));
        for (const QJsonValue& v : o.value("timeline").toArray())
            if (!v.toObject().value("note").toString().isEmpty()) // "created" has no note
                texts.append(ServerMessages::text(v.toObject().value("note_ref"),
                                                  v.toObject().value("note").toString()));
        Client::Test::callOn(*m_api, QStringLiteral("sales.order.ship"),
                             {{"id", o.value("id")}, {"version", o.value("version")}}, &e);
        QCOMPARE(e.code, int(Rpc::BusinessRule));
        texts.append(ErrorText::describe(e));
        Client::Test::callOn(*m_clerk, QStringLiteral("sales.order.approve"),
                             {{"id", o.value("id")}, {"version", o.value("version")}}, &e);
        QCOMPARE(e.code, int(Rpc::Forbidden));
        texts.append(ErrorText::describe(e));
        // A missing parameter anywhere is named in the clerk's words.
        Client::Test::callOn(*m_api, QStringLiteral("inventory.stock.adjust"),
                             {{"product_id", m_product.value("id")}, {"qty", "1"}, {"reason", "x"}},
                             &e);
        QCOMPARE(e.code, int(Rpc::InvalidParams));
        texts.append(ErrorText::describe(e));
        QVERIFY2(texts.last().contains(QStringLiteral("仓库")), qPrintable(texts.last()));
        // Built-in names.
        texts.append(ServerMessages::roleName(QStringLiteral("warehouse")));
        texts.append(ServerMessages::roleDescription(
            QStringLiteral("sales"), QStringLiteral("Customers (CRM) and sales orders")));
        texts.append(ServerMessages::unit(QStringLiteral("pcs")));
        texts.append(ServerMessages::carrier(QStringLiteral("customer_pickup")));
        for (qsizetype i = 0; i < texts.size(); ++i) {
            QVERIFY2(!texts.at(i).isEmpty(), qPrintable(QStringLiteral("text %1 empty").arg(i)));
            QVERIFY2(englishIn(texts.at(i)).isEmpty(), qPrintable(texts.at(i)));
        }
    }

private:
    Language m_language;
    Client::Test::TcpCompany m_company;
    std::unique_ptr<ApiClient> m_api;
    std::unique_ptr<ApiClient> m_clerk;
    qint64 m_warehouse = 0;
    QJsonObject m_product;
};

QTEST_MAIN(TestServerMessagesZh)
#include "tst_servermessages_zh.moc"
