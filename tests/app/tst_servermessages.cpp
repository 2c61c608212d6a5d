// The client's catalogue of server messages (app/net/servermessages.cpp) covers every message
// id of the server's table (server/rpc/messages.cpp) with the same arguments, and the error
// paths word errors from it: a parameter error names the field in the clerk's words, under
// that field. (tst_servermessages_zh checks the Chinese translation of all of it.)
#include "apptest.h"

#include "app/net/errortext.h"
#include "app/net/servermessages.h"
#include "app/pages/orders/ordertext.h"
#include "app/widgets/formerrors.h"
#include "common/jsonrpc.h"

#include <QFile>
#include <QFormLayout>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QWidget>

using namespace Erp;
using namespace Erp::Client;

namespace {

/// id -> English template, read from the server's table in the sources.
QMap<QString, QString> serverTable()
{
    QFile f(qEnvironmentVariable("ERP_SOURCE_DIR") + QStringLiteral("/server/rpc/messages.cpp"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(f.fileName()));
    const QString text = QString::fromUtf8(f.readAll());
    static const QRegularExpression entry(
        QStringLiteral("\\{\"([a-z0-9_.]+)\",\\s*((?:\"(?:[^\"\\\\]|\\\\.)*\"\\s*)+)\\}"));
    static const QRegularExpression piece(QStringLiteral("\"((?:[^\"\\\\]|\\\\.)*)\""));
    QMap<QString, QString> table;
    for (auto m = entry.globalMatch(text); m.hasNext();) {
        const QRegularExpressionMatch e = m.next();
        QString english;
        for (auto p = piece.globalMatch(e.captured(2)); p.hasNext();)
            english += p.next().captured(1).replace(QStringLiteral("\\\""), QStringLiteral("\""));
        table.insert(e.captured(1), english);
    }
    return table;
}

QSet<QString> placeholders(const QString& text)
{
    static const QRegularExpression name(QStringLiteral("\\{([a-z_]+)\\}"));
    QSet<QString> out;
    for (auto m = name.globalMatch(text); m.hasNext();)
        out.insert(m.next().captured(1));
    return out;
}

} // namespace

class TestServerMessages final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { Client::Test::isolateSettings(QStringLiteral("tst_servermessages")); }

    void catalogueCoversTheServerTable()
    {
        const QMap<QString, QString> server = serverTable();
        QVERIFY2(server.size() > 100, qPrintable(QString::number(server.size())));
        QStringList missing;
        for (auto it = server.begin(); it != server.end(); ++it)
            if (!ServerMessages::has(it.key()))
                missing.append(it.key());
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("no catalogue entry for: ") +
                                               missing.join(QStringLiteral(", "))));
        // Every catalogue entry is a server id (or a client variant of one) and uses only the
        // arguments the server sends.
        for (const QString& id : ServerMessages::ids()) {
            const QString serverId = id.section(QLatin1Char('#'), 0, 0);
            QVERIFY2(server.contains(serverId), qPrintable(id + QStringLiteral(" is not sent")));
            const QSet<QString> used = placeholders(ServerMessages::source(id));
            const QSet<QString> sent = placeholders(server.value(serverId));
            QVERIFY2(sent.contains(used),
                     qPrintable(id + QStringLiteral(": ") + ServerMessages::source(id)));
        }
    }

    void rendersArgumentsAndCodes()
    {
        QCOMPARE(ServerMessages::text(QStringLiteral("common.version_conflict"),
                                      {{"entity", "sales_order"}}),
                 QStringLiteral(
                     "Someone else changed this sales order in the meantime. Reload it and try "
                     "again."));
        QCOMPARE(ServerMessages::text(
                     QStringLiteral("sales.order.illegal_transition"),
                     {{"number", "SO2026-000001"}, {"state", "submitted"}, {"action", "ship"}}),
                 QStringLiteral("Order SO2026-000001 is submitted: it cannot ship."));
        // An unknown id falls back to the server's text; a null reference to the stored one.
        QCOMPARE(ServerMessages::text(QStringLiteral("future.module.thing"), {},
                                      QStringLiteral("English from the server")),
                 QStringLiteral("English from the server"));
        QCOMPARE(ServerMessages::text(QJsonValue(), QStringLiteral("broken in transport")),
                 QStringLiteral("broken in transport"));
        QCOMPARE(ServerMessages::unit(QStringLiteral("pcs")), QStringLiteral("pcs"));
        QCOMPARE(ServerMessages::unit(QStringLiteral("crate")), QStringLiteral("crate"));
        QCOMPARE(ServerMessages::roleName(QStringLiteral("admin")),
                 QStringLiteral("Administrator"));
        QCOMPARE(ServerMessages::roleDescription(QStringLiteral("sales"),
                                                 QStringLiteral("my own words")),
                 QStringLiteral("my own words"));
        QCOMPARE(ServerMessages::carrier(QStringLiteral("sf")), QStringLiteral("SF Express"));
        QCOMPARE(ServerMessages::carrier(QStringLiteral("顺丰速运")), QStringLiteral("顺丰速运"));
        QCOMPARE(
            Orders::OrderText::reviewReason(
                QStringLiteral("discount"), QStringLiteral("INK-1: discount 15.00% above 10.00%"),
                QJsonObject{
                    {"id", "sales.review.discount"},
                    {"args", QJsonObject{{"sku", "INK-1"}, {"pct", "15.00"}, {"max", "10.00"}}}}),
            QStringLiteral("Discount above the allowed maximum: INK-1: discount 15.00% above "
                           "10.00%."));
    }

    void errorsAreWordedFromTheirIds()
    {
        Rpc::Error missing(Rpc::InvalidParams,
                           QStringLiteral("Invalid params for inventory.stock.adjust: missing "
                                          "required parameter \"warehouse_id\""));
        missing.withId(QStringLiteral("rpc.params.missing"),
                       {{"param", "warehouse_id"}, {"method", "inventory.stock.adjust"}});
        QCOMPARE(ErrorText::describe(missing), QStringLiteral("Please choose the warehouse."));
        Rpc::Error zero(Rpc::InvalidParams, QStringLiteral("\"warehouse_id\" must be an id"));
        zero.withId(QStringLiteral("rpc.params.type"),
                    {{"param", "warehouse_id"}, {"expected", "id"}});
        QCOMPARE(ErrorText::describe(zero), QStringLiteral("Please choose the warehouse."));
        Rpc::Error qty(Rpc::InvalidParams, QStringLiteral("missing qty"));
        qty.withId(QStringLiteral("rpc.params.missing"), {{"param", "qty"}});
        QCOMPARE(ErrorText::describe(qty), QStringLiteral("Please fill in the quantity."));

        Rpc::Error rule(Rpc::BusinessRule, QStringLiteral("Insufficient stock: ..."));
        rule.withId(QStringLiteral("inventory.stock.insufficient"),
                    {{"requested", "9.000"}, {"on_hand", "5.000"}, {"reserved", "0.000"}});
        QCOMPARE(ErrorText::describe(rule),
                 QStringLiteral("This is not allowed: Insufficient stock: 9.000 requested, "
                                "5.000 on hand, 0.000 reserved."));

        // A field error without a form field is listed with the field in the clerk's words.
        Rpc::FieldErrors fields;
        fields.add(QStringLiteral("warehouse_id"), QStringLiteral("unknown"),
                   QStringLiteral("is not an active warehouse"),
                   QStringLiteral("validation.inactive_warehouse"));
        try {
            fields.throwIfAny();
        } catch (const Rpc::Error& e) {
            QCOMPARE(ErrorText::describe(e),
                     QStringLiteral("Some values are not valid: warehouse: This warehouse is not "
                                    "active."));
        }
    }

    void formShowsAParameterErrorUnderItsField()
    {
        QWidget form;
        auto* layout = new QFormLayout(&form);
        FormErrors errors;
        auto* warehouse = new QLineEdit;
        errors.addRow(layout, QStringLiteral("Warehouse"), QStringLiteral("warehouse_id"),
                      warehouse, true);
        errors.createMessageLabel(&form);
        Rpc::Error e(Rpc::InvalidParams, QStringLiteral("missing warehouse_id"));
        e.withId(QStringLiteral("rpc.params.missing"), {{"param", "warehouse_id"}});
        QVERIFY(errors.show(e));
        QCOMPARE(errors.fieldError(QStringLiteral("warehouse_id")),
                 QStringLiteral("Please choose the warehouse."));
        QVERIFY(errors.message().isEmpty());
    }
};

QTEST_MAIN(TestServerMessages)
#include "tst_servermessages.moc"
