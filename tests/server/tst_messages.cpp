// Server messages in the clerk's language (docs/PROTOCOL.md "Message ids"), on SQLite and
// PostgreSQL: every error and every text for a person carries a stable message id with its
// arguments; the ids the sources can produce are all in the table of server/rpc/messages.cpp.
#include "server/rpc/messages.h"
#include "tests/server/salesshop.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace SalesTest;
using Erp::Test::fieldCodes;

namespace {

/// The argument texts of the call whose '(' is at `open` (strings, characters, comments and
/// nesting respected).
QStringList callArguments(const QString& s, qsizetype open)
{
    QStringList args;
    int depth = 0;
    qsizetype start = open + 1;
    for (qsizetype i = open + 1; i < s.size(); ++i) {
        const QChar c = s.at(i);
        if (c == u'"' || c == u'\'') {
            for (++i; i < s.size() && s.at(i) != c; ++i)
                if (s.at(i) == u'\\')
                    ++i;
        } else if (c == u'/' && i + 1 < s.size() && s.at(i + 1) == u'/') {
            i = s.indexOf(u'\n', i);
            if (i < 0)
                break;
        } else if (c == u'(' || c == u'[' || c == u'{') {
            ++depth;
        } else if (c == u')' || c == u']' || c == u'}') {
            if (depth == 0) {
                args.append(s.mid(start, i - start));
                return args;
            }
            --depth;
        } else if (c == u',' && depth == 0) {
            args.append(s.mid(start, i - start));
            start = i + 1;
        }
    }
    return args;
}

/// Every message id literal at a message-id position of the server's sources: the first
/// argument of withId(), Rpc::message() and a review reason(), the fourth of a field error
/// (FieldErrors::add, Error::validation, fieldError, an import row's throwRowProblem), the
/// fifth of an import problem (problem(row, column, code, message, id, args) of
/// server/platform/importservice.cpp).
QMap<QString, QString> messageIdsInSources(const QString& root)
{
    static const QRegularExpression call(QStringLiteral(
        "\\b(withId|message|reason|add|validation|fieldError|throwRowProblem|problem)\\s*\\("));
    static const QRegularExpression idLiteral(
        QStringLiteral("\"([a-z][a-z0-9_]*(?:\\.[a-z0-9_]+)+)\""));
    QMap<QString, QString> ids; // id -> first place
    QStringList files{root + QStringLiteral("/common/jsonrpc.cpp")};
    QDirIterator it(root + QStringLiteral("/server"), {QStringLiteral("*.cpp")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    for (const QString& path : files) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(path));
        const QString text = QString::fromUtf8(f.readAll());
        for (auto m = call.globalMatch(text); m.hasNext();) {
            const QRegularExpressionMatch c = m.next();
            const QString name = c.captured(1);
            const QStringList args = callArguments(text, c.capturedEnd() - 1);
            const bool fieldError =
                name == QLatin1String("add") || name == QLatin1String("validation") ||
                name == QLatin1String("fieldError") || name == QLatin1String("throwRowProblem");
            const qsizetype index = name == QLatin1String("problem") ? 4 : fieldError ? 3 : 0;
            if (args.size() <= index)
                continue;
            for (auto l = idLiteral.globalMatch(args.at(index)); l.hasNext();) {
                const QString id = l.next().captured(1);
                if (!ids.contains(id))
                    ids.insert(id,
                               QStringLiteral("%1:%2").arg(
                                   path.mid(root.size() + 1),
                                   QString::number(text.left(c.capturedStart()).count(u'\n') + 1)));
            }
        }
    }
    return ids;
}

QJsonObject argsOf(const Rpc::Error& e)
{
    return e.messageArgs();
}

/// The single field error of a -32022 reply.
QJsonObject onlyField(const Rpc::Error& e)
{
    const QJsonArray fields = e.data.toObject().value("fields").toArray();
    if (fields.size() != 1)
        qWarning() << "expected one field error:" << e.data;
    return fields.at(0).toObject();
}

} // namespace

class TestMessages final : public QObject
{
    Q_OBJECT
private slots:
    void everyIdOfTheSourcesIsInTheTable()
    {
        const QString root = qEnvironmentVariable("ERP_SOURCE_DIR");
        QVERIFY(!root.isEmpty());
        const QMap<QString, QString> used = messageIdsInSources(root);
        QVERIFY2(used.size() > 100, qPrintable(QString::number(used.size())));
        QStringList missing;
        for (auto it = used.begin(); it != used.end(); ++it)
            if (!Rpc::Messages::isKnown(it.key()))
                missing.append(it.key() + QStringLiteral(" (") + it.value() + u')');
        for (const QString& m : missing)
            qWarning("missing message id: %s", qPrintable(m));
        QVERIFY2(missing.isEmpty(),
                 qPrintable(QStringLiteral("message ids missing in server/rpc/messages.cpp: ") +
                            missing.join(QStringLiteral(", "))));
        // ... and the table holds no id that nothing produces, sorted and without duplicates.
        QStringList unused;
        QString previous;
        for (const Rpc::Messages::Message& m : Rpc::Messages::all()) {
            const QString id = QString::fromLatin1(m.id);
            QVERIFY2(id > previous, qPrintable(id + QStringLiteral(" is out of order")));
            previous = id;
            QVERIFY2(!QString::fromUtf8(m.english).isEmpty(), m.id);
            if (!used.contains(id))
                unused.append(id);
        }
        QVERIFY2(unused.isEmpty(), qPrintable(QStringLiteral("unused message ids: ") +
                                              unused.join(QStringLiteral(", "))));
        QCOMPARE(Rpc::Messages::english(QStringLiteral("sales.review.discount"),
                                        {{"sku", "INK-1"}, {"pct", "15.00"}, {"max", "10.00"}}),
                 QStringLiteral("INK-1: discount 15.00% above 10.00%"));
    }

    void dispatcherErrors()
    {
        ServerTest t(QStringLiteral("msg_dispatcher"));
        Rpc::Error e;
        ServerTest::Session anonymous;
        QCOMPARE(t.callCode(anonymous, "crm.customer.list", {}, &e), int(Rpc::NotAuthenticated));
        QCOMPARE(e.messageId(), QStringLiteral("auth.not_logged_in"));

        ServerTest::Session admin = t.admin();
        QCOMPARE(t.callCode(admin, "crm.customer.fly", {}, &e), int(Rpc::MethodNotFound));
        QCOMPARE(e.messageId(), QStringLiteral("rpc.method_not_found"));
        QCOMPARE(argsOf(e).value("method").toString(), QStringLiteral("crm.customer.fly"));

        // A parameter error names the parameter, so that a form can name its field.
        QCOMPARE(t.callCode(admin, "inventory.stock.adjust",
                            {{"product_id", 1}, {"qty", "1"}, {"reason", "x"}}, &e),
                 int(Rpc::InvalidParams));
        QCOMPARE(e.messageId(), QStringLiteral("rpc.params.missing"));
        QCOMPARE(argsOf(e).value("param").toString(), QStringLiteral("warehouse_id"));
        QCOMPARE(argsOf(e).value("method").toString(), QStringLiteral("inventory.stock.adjust"));
        QCOMPARE(t.callCode(
                     admin, "inventory.stock.adjust",
                     {{"product_id", 1}, {"warehouse_id", -3}, {"qty", "1"}, {"reason", "x"}}, &e),
                 int(Rpc::InvalidParams));
        QCOMPARE(e.messageId(), QStringLiteral("rpc.params.type"));
        QCOMPARE(argsOf(e).value("param").toString(), QStringLiteral("warehouse_id"));
        QCOMPARE(argsOf(e).value("expected").toString(), QStringLiteral("id"));
        QCOMPARE(t.callCode(admin, "crm.customer.get", {{"id", 1}, {"colour", "red"}}, &e),
                 int(Rpc::InvalidParams));
        QCOMPARE(e.messageId(), QStringLiteral("rpc.params.unknown"));
        QCOMPARE(argsOf(e).value("param").toString(), QStringLiteral("colour"));
        QCOMPARE(t.callCode(admin, "sales.order.reject",
                            {{"id", 1}, {"version", 1}, {"reason", QString(1001, u'x')}}, &e),
                 int(Rpc::InvalidParams));
        QCOMPARE(e.messageId(), QStringLiteral("rpc.params.too_long"));
        QCOMPARE(argsOf(e).value("max").toInt(), 1000);

        ServerTest::Session clerk = t.userWithRoles(QStringLiteral("clerk"), {"sales"});
        QCOMPARE(t.callCode(clerk, "admin.user.list", {}, &e), int(Rpc::Forbidden));
        QCOMPARE(e.messageId(), QStringLiteral("rpc.forbidden"));
        QCOMPARE(argsOf(e).value("permission").toString(), QStringLiteral("admin.user.read"));

        QString loginId;
        try {
            t.login("admin", "not-the-password");
        } catch (const Rpc::Error& failed) {
            loginId = failed.messageId();
        }
        QCOMPARE(loginId, QStringLiteral("auth.invalid_credentials"));
    }

    void crmErrors()
    {
        ServerTest t(QStringLiteral("msg_crm"));
        ServerTest::Session s = t.admin();
        Rpc::Error e;
        QCOMPARE(t.callCode(s, "crm.customer.create", {{"name", "  "}}, &e),
                 int(Rpc::ValidationFailed));
        QCOMPARE(onlyField(e).value("field").toString(), QStringLiteral("name"));
        QCOMPARE(onlyField(e).value("message_id").toString(),
                 QStringLiteral("validation.required"));
        QCOMPARE(t.callCode(s, "crm.customer.create", {{"name", "Acme"}, {"tax_id", "12"}}, &e),
                 int(Rpc::ValidationFailed));
        QCOMPARE(onlyField(e).value("field").toString(), QStringLiteral("tax_id"));
        QCOMPARE(onlyField(e).value("message_id").toString(), QStringLiteral("validation.tax_id"));
        QCOMPARE(t.callCode(s, "crm.customer.create",
                            {{"name", "Acme"},
                             {"contacts", QJsonArray{QJsonObject{{"name", QString(300, u'x')}}}}},
                            &e),
                 int(Rpc::ValidationFailed));
        QCOMPARE(onlyField(e).value("field").toString(), QStringLiteral("contacts[0].name"));
        QCOMPARE(onlyField(e).value("message_id").toString(),
                 QStringLiteral("validation.too_long"));
        QVERIFY(onlyField(e).value("args").toObject().value("max").toInt() > 0);

        QCOMPARE(t.callCode(s, "crm.customer.get", {{"id", 4242}}, &e), int(Rpc::NotFound));
        QCOMPARE(e.messageId(), QStringLiteral("common.not_found"));
        QCOMPARE(argsOf(e), QJsonObject({{"entity", "customer"}, {"id", 4242}}));

        const QJsonObject c = t.call(s, "crm.customer.create", {{"name", "明远贸易"}}).toObject();
        t.call(s, "crm.customer.update",
               {{"id", c.value("id")}, {"version", c.value("version")}, {"notes", "first"}});
        QCOMPARE(t.callCode(
                     s, "crm.customer.update",
                     {{"id", c.value("id")}, {"version", c.value("version")}, {"notes", "x"}}, &e),
                 int(Rpc::VersionConflict));
        QCOMPARE(e.messageId(), QStringLiteral("common.version_conflict"));
        QCOMPARE(argsOf(e).value("entity").toString(), QStringLiteral("customer"));
        QCOMPARE(e.data.toObject().value("current_version").toInt(), 2);
    }

    void inventoryErrorsAndMoveReasons()
    {
        Shop s(QStringLiteral("msg_inventory"));
        Rpc::Error e;
        s.receive(s.ink, s.sh, "2");
        QCOMPARE(s.t.callCode(s.admin, "inventory.stock.adjust",
                              {{"product_id", s.ink},
                               {"warehouse_id", s.sh},
                               {"qty", "-5"},
                               {"kind", "scrap"},
                               {"reason", "broken"}},
                              &e),
                 int(Rpc::BusinessRule));
        QCOMPARE(e.messageId(), QStringLiteral("inventory.stock.insufficient"));
        QCOMPARE(argsOf(e).value("requested").toString(), QStringLiteral("5.000"));
        QCOMPARE(argsOf(e).value("on_hand").toString(), QStringLiteral("2.000"));
        QCOMPARE(e.data.toObject().value("reason").toString(),
                 QStringLiteral("insufficient_stock"));

        QCOMPARE(s.t.callCode(s.admin, "inventory.product.get", {{"id", 999}}, &e),
                 int(Rpc::NotFound));
        QCOMPARE(argsOf(e).value("entity").toString(), QStringLiteral("product"));

        // A clerk's reason has no message id; one the server wrote has.
        const QJsonArray moves = s.t.call(s.admin, "inventory.stock.moves",
                                          {{"filter", QJsonObject{{"product_id", s.ink}}}})
                                     .toObject()
                                     .value("rows")
                                     .toArray();
        QCOMPARE(moves.size(), 1);
        QVERIFY(moves.at(0).toObject().value("reason_ref").isNull());
    }

    void salesErrorsReviewReasonsAndTimeline()
    {
        Shop s(QStringLiteral("msg_sales"));
        Rpc::Error e;
        s.sql("INSERT INTO settings (key, value) VALUES ('sales.max_discount_pct', '10.00')");
        s.receive(s.ink, s.sh, "10");
        QJsonObject o =
            s.order({QJsonObject{{"product_id", s.ink}, {"qty", "1"}, {"discount_pct", "15"}}});
        o = s.act("submit", o);
        const QJsonObject reason = o.value("review_reasons").toArray().at(0).toObject();
        QCOMPARE(reason.value("code").toString(), QStringLiteral("discount"));
        QVERIFY(reason.value("message").toString().contains("15.00%"));
        QCOMPARE(
            reason.value("message_ref").toObject(),
            QJsonObject(
                {{"id", "sales.review.discount"},
                 {"args", QJsonObject{{"sku", "INK-1"}, {"pct", "15.00"}, {"max", "10.00"}}}}));
        const QJsonObject last = o.value("timeline").toArray().last().toObject();
        QCOMPARE(last.value("note").toString(), QStringLiteral("waiting for approval"));
        QCOMPARE(last.value("note_ref").toObject().value("id").toString(),
                 QStringLiteral("sales.timeline.waiting_approval"));

        // An illegal transition names state and action as codes the client translates.
        QCOMPARE(s.actCode("ship", o, {}, &e), int(Rpc::BusinessRule));
        QCOMPARE(e.messageId(), QStringLiteral("sales.order.illegal_transition"));
        QCOMPARE(argsOf(e).value("state").toString(), QStringLiteral("submitted"));
        QCOMPARE(argsOf(e).value("action").toString(), QStringLiteral("ship"));
        QCOMPARE(argsOf(e).value("number").toString(), o.value("number").toString());

        QCOMPARE(s.actCode("reject", o, {{"reason", " "}}, &e), int(Rpc::ValidationFailed));
        QCOMPARE(onlyField(e).value("message_id").toString(),
                 QStringLiteral("sales.order.reject_reason"));

        QJsonObject stale = o;
        stale.insert("version", 1);
        QCOMPARE(s.actCode("approve", stale, {}, &e), int(Rpc::VersionConflict));
        QCOMPARE(argsOf(e).value("entity").toString(), QStringLiteral("sales_order"));
    }

    void purchasingErrorsAndGoodsReceiptReason()
    {
        Shop s(QStringLiteral("msg_purchasing"));
        Rpc::Error e;
        QCOMPARE(s.t.callCode(s.admin, "purchasing.supplier.get", {{"id", 77}}, &e),
                 int(Rpc::NotFound));
        QCOMPARE(argsOf(e), QJsonObject({{"entity", "supplier"}, {"id", 77}}));
        const qint64 supplier =
            idOf(s.t.call(s.admin, "purchasing.supplier.create", {{"name", "华东文具"}}));
        QJsonObject po =
            s.t.call(s.admin, "purchasing.order.create",
                     {{"supplier_id", supplier},
                      {"warehouse_id", s.sh},
                      {"lines", QJsonArray{QJsonObject{{"product_id", s.pen}, {"qty", "3"}}}}})
                .toObject();
        QCOMPARE(s.t.callCode(s.admin, "purchasing.order.receive",
                              {{"id", po.value("id")}, {"version", po.value("version")}}, &e),
                 int(Rpc::BusinessRule));
        QCOMPARE(e.messageId(), QStringLiteral("purchasing.order.illegal_transition"));
        QCOMPARE(argsOf(e).value("state").toString(), QStringLiteral("draft"));
        for (const char* action : {"send", "confirm", "receive"})
            po = s.t.call(s.admin, QStringLiteral("purchasing.order.") + QLatin1String(action),
                          {{"id", po.value("id")}, {"version", po.value("version")}})
                     .toObject();
        const QJsonArray moves = s.t.call(s.admin, "inventory.stock.moves",
                                          {{"filter", QJsonObject{{"product_id", s.pen}}}})
                                     .toObject()
                                     .value("rows")
                                     .toArray();
        QCOMPARE(moves.size(), 1);
        const QJsonObject move = moves.at(0).toObject();
        QVERIFY(move.value("reason").toString().startsWith("goods receipt GR"));
        const QJsonObject ref = move.value("reason_ref").toObject();
        QCOMPARE(ref.value("id").toString(), QStringLiteral("inventory.move.goods_receipt"));
        QVERIFY(ref.value("args").toObject().value("number").toString().startsWith("GR"));
    }

    void adminErrors()
    {
        ServerTest t(QStringLiteral("msg_admin"));
        ServerTest::Session a = t.admin();
        Rpc::Error e;
        const QJsonObject sales = t.call(a, "admin.role.list", {{"search", "sales orders"}})
                                      .toObject()
                                      .value("rows")
                                      .toArray()
                                      .at(0)
                                      .toObject();
        QCOMPARE(sales.value("name").toString(), QStringLiteral("sales"));
        QCOMPARE(t.callCode(a, "admin.role.delete",
                            {{"id", sales.value("id")}, {"version", sales.value("version")}}, &e),
                 int(Rpc::BusinessRule));
        QCOMPARE(e.messageId(), QStringLiteral("admin.role.builtin_delete"));
        QCOMPARE(argsOf(e).value("role").toString(), QStringLiteral("sales"));
        QCOMPARE(t.callCode(a, "admin.user.get", {{"id", 999}}, &e), int(Rpc::NotFound));
        QCOMPARE(argsOf(e).value("entity").toString(), QStringLiteral("user"));
        QCOMPARE(t.callCode(a, "admin.user.create", {{"username", "x"}, {"password", "short"}}, &e),
                 int(Rpc::ValidationFailed));
        for (const QJsonValue& v : e.data.toObject().value("fields").toArray())
            QVERIFY2(!v.toObject().value("message_id").toString().isEmpty(),
                     qPrintable(QJsonDocument(v.toObject()).toJson()));
    }

    void everyFieldErrorCarriesAnId()
    {
        // A broad sample across modules: no field error leaves the server without an id.
        Shop s(QStringLiteral("msg_fields"));
        Rpc::Error e;
        const QList<QPair<QString, QJsonObject>> calls = {
            {"crm.customer.create",
             {{"name", ""},
              {"kind", "alien"},
              {"currency", "yu"},
              {"payment_terms_days", 999},
              {"contacts", QJsonArray{QJsonObject{{"name", ""}, {"phone", "12"}}}}}},
            {"inventory.product.create", {{"sku", " "}, {"unit", "Kilo Gram"}, {"cost", "-1"}}},
            {"inventory.warehouse.create", {{"code", "a b"}, {"name", ""}}},
            {"sales.order.create", {{"customer_id", 999}, {"lines", QJsonArray()}}},
            {"purchasing.supplier.create", {{"name", ""}, {"currency", "x1"}}},
        };
        for (const auto& [method, params] : calls) {
            QVERIFY2(s.t.callCode(s.admin, method, params, &e) == Rpc::ValidationFailed,
                     qPrintable(method + u' ' + e.message));
            const QJsonArray fields = e.data.toObject().value("fields").toArray();
            QVERIFY(!fields.isEmpty());
            for (const QJsonValue& v : fields) {
                const QString id = v.toObject().value("message_id").toString();
                QVERIFY2(Rpc::Messages::isKnown(id),
                         qPrintable(method + u' ' + QJsonDocument(v.toObject()).toJson()));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestMessages)
#include "tst_messages.moc"
