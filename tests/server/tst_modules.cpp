// Modules: the start order from their declarations (cycles and missing dependencies refused),
// the default grants each module seeds (once: an admin's removal sticks across a restart; a
// grant a module adds later arrives), and modules switched on and off per company.
#include "server/platform/modulecatalog.h"
#include "server/platform/moduleorder.h"
#include "server/servercore.h"
#include "server/storage/database.h"
#include "tests/support/servertest.h"

#include <QJsonArray>
#include <QTest>

#include <memory>
#include <stdexcept>

using namespace Erp;
using Erp::Server::ModuleDeclaration;
using Erp::Test::ServerTest;

namespace {

QStringList names(const QList<ModuleDeclaration>& modules, const QList<int>& order)
{
    QStringList out;
    for (int i : order)
        out.append(modules.at(i).name);
    return out;
}

QString orderError(const QList<ModuleDeclaration>& modules)
{
    try {
        Server::startOrder(modules);
    } catch (const std::runtime_error& e) {
        return QString::fromUtf8(e.what());
    }
    return {};
}

QStringList permissionsOf(ServerTest& t, ServerTest::Session& admin, const QString& role)
{
    const QJsonArray rows = t.call(admin, "admin.role.list").toObject().value("rows").toArray();
    for (const QJsonValue& r : rows)
        if (r.toObject().value("name").toString() == role) {
            QStringList out;
            for (const QJsonValue& p : r.toObject().value("permissions").toArray())
                out.append(p.toString());
            return out;
        }
    return {};
}

QJsonObject roleRow(ServerTest& t, ServerTest::Session& admin, const QString& role)
{
    const QJsonArray rows = t.call(admin, "admin.role.list").toObject().value("rows").toArray();
    for (const QJsonValue& r : rows)
        if (r.toObject().value("name").toString() == role)
            return r.toObject();
    return {};
}

QJsonObject moduleRow(ServerTest& t, ServerTest::Session& s, const QString& name)
{
    for (const QJsonValue& m : t.call(s, "admin.module.list").toObject().value("modules").toArray())
        if (m.toObject().value("name").toString() == name)
            return m.toObject();
    return {};
}

} // namespace

class TestModules final : public QObject
{
    Q_OBJECT
private slots:
    void startOrderFollowsDeclarations()
    {
        const QList<ModuleDeclaration> modules{
            {"mail", {}, {"sales", "crm", "nonexistent"}},
            {"sales", {"inventory", "crm"}, {"purchasing"}},
            {"purchasing", {"inventory"}, {}},
            {"crm", {}, {}},
            {"inventory", {}, {}},
        };
        const QStringList order = names(modules, Server::startOrder(modules));
        QVERIFY(order.indexOf("inventory") < order.indexOf("purchasing"));
        QVERIFY(order.indexOf("purchasing") < order.indexOf("sales"));
        QVERIFY(order.indexOf("crm") < order.indexOf("sales"));
        QCOMPARE(order, QStringList({"crm", "inventory", "purchasing", "sales", "mail"}));
        // Stable: without declarations the given order stays.
        QCOMPARE(names({{"b", {}, {}}, {"a", {}, {}}, {"c", {}, {}}},
                       Server::startOrder({{"b", {}, {}}, {"a", {}, {}}, {"c", {}, {}}})),
                 QStringList({"b", "a", "c"}));
    }

    void cyclesAndMissingDependenciesAreStartErrors()
    {
        QCOMPARE(orderError({{"a", {"b"}, {}}, {"b", {"c"}, {}}, {"c", {"a"}, {}}, {"d", {}, {}}}),
                 QStringLiteral("the module dependencies form a cycle among: a, b, c"));
        QCOMPARE(orderError({{"a", {}, {"b"}}, {"b", {"a"}, {}}}),
                 QStringLiteral("the module dependencies form a cycle among: a, b"));
        QCOMPARE(orderError({{"sales", {"crm"}, {}}}),
                 QStringLiteral("module \"sales\" depends on \"crm\", which does not exist"));
        QCOMPARE(orderError({{"a", {}, {}}, {"a", {}, {}}}),
                 QStringLiteral("two modules are named \"a\""));
        QVERIFY(orderError({{"a", {}, {}}, {"b", {"a"}, {}}}).isEmpty());
    }

    void serverStartsModulesInDeclaredOrder()
    {
        ServerTest t(QStringLiteral("modules-order"));
        QStringList order;
        for (const Server::ModuleInfo& m : t.core().modules().modules())
            order.append(m.name);
        // modules.cpp builds mail early; its declaration puts it last.
        QCOMPARE(order, QStringList({"system", "admin", "crm", "inventory", "purchasing", "sales",
                                     "finance", "hr", "mail"}));
        QCOMPARE(t.core().modules().moduleOf("sales.order.list"), QStringLiteral("sales"));
        QCOMPARE(t.core().modules().moduleOf("admin.company.get"), QStringLiteral("admin"));
    }

    void listShowsEveryModuleToEveryone()
    {
        ServerTest t(QStringLiteral("modules-list"));
        ServerTest::Session clerk = t.userWithRoles("clerk", {"sales"});
        const QJsonArray modules =
            t.call(clerk, "admin.module.list").toObject().value("modules").toArray();
        QCOMPARE(modules.size(), 9);
        const QJsonObject sales = moduleRow(t, clerk, "sales");
        QCOMPARE(sales.value("enabled").toBool(), true);
        QCOMPARE(sales.value("core").toBool(), false);
        QCOMPARE(sales.value("dependencies").toArray(), QJsonArray({"inventory", "crm"}));
        QVERIFY(!sales.value("description").toString().isEmpty());
        QCOMPARE(moduleRow(t, clerk, "admin").value("core").toBool(), true);
        QCOMPARE(t.callCode(clerk, "admin.module.set", {{"name", "sales"}, {"enabled", false}}),
                 int(Rpc::Forbidden));
    }

    void switchingOffRefusesTheModulesMethods()
    {
        ServerTest t(QStringLiteral("modules-switch"));
        ServerTest::Session admin = t.admin();
        ServerTest::Session clerk = t.userWithRoles("clerk", {"sales"});
        QCOMPARE(t.callCode(clerk, "sales.order.list"), 0);

        // Core modules stay on; a module others need stays on while they are on.
        Rpc::Error e;
        QCOMPARE(t.callCode(admin, "admin.module.set", {{"name", "admin"}, {"enabled", false}}, &e),
                 int(Rpc::BusinessRule));
        QCOMPARE(e.messageId(), QStringLiteral("admin.module.core"));
        QCOMPARE(t.callCode(admin, "admin.module.set", {{"name", "crm"}, {"enabled", false}}, &e),
                 int(Rpc::BusinessRule));
        QCOMPARE(e.messageId(), QStringLiteral("admin.module.required"));
        QCOMPARE(e.messageArgs().value("by").toString(), QStringLiteral("sales, finance"));
        QCOMPARE(t.callCode(admin, "admin.module.set", {{"name", "nope"}, {"enabled", false}}),
                 int(Rpc::NotFound));

        // Sales off: its methods answer -32030 platform.module.disabled, for everyone.
        const QJsonObject off =
            t.call(admin, "admin.module.set", {{"name", "sales"}, {"enabled", false}}).toObject();
        QCOMPARE(off.value("enabled").toBool(), false);
        QCOMPARE(admin.changes.size(), 1);
        QCOMPARE(admin.changes.first().entity, QStringLiteral("admin.module"));
        for (ServerTest::Session* s : {&clerk, &admin}) {
            QCOMPARE(t.callCode(*s, "sales.order.list", {}, &e), int(Rpc::BusinessRule));
            QCOMPARE(e.messageId(), QStringLiteral("platform.module.disabled"));
            QCOMPARE(e.data.toObject().value("module").toString(), QStringLiteral("sales"));
        }
        // Even with bad parameters the answer is the module's state, not the parameters.
        QCOMPARE(t.callCode(clerk, "sales.order.get", {{"id", "x"}}), int(Rpc::BusinessRule));
        // Other modules keep working; the list says what is off.
        QCOMPARE(t.callCode(clerk, "crm.customer.list"), 0);
        QCOMPARE(moduleRow(t, clerk, "sales").value("enabled").toBool(), false);

        // With finance (which names its partners from crm) off too, crm may go off; sales
        // cannot come back without it.
        QCOMPARE(t.callCode(admin, "admin.module.set", {{"name", "finance"}, {"enabled", false}}),
                 0);
        QCOMPARE(t.callCode(admin, "admin.module.set", {{"name", "crm"}, {"enabled", false}}), 0);
        QCOMPARE(t.callCode(clerk, "crm.customer.list"), int(Rpc::BusinessRule));
        QCOMPARE(t.callCode(admin, "admin.module.set", {{"name", "sales"}, {"enabled", true}}, &e),
                 int(Rpc::BusinessRule));
        QCOMPARE(e.messageId(), QStringLiteral("admin.module.needs"));
        QCOMPARE(t.callCode(admin, "admin.module.set", {{"name", "crm"}, {"enabled", true}}), 0);
        QCOMPARE(t.callCode(admin, "admin.module.set", {{"name", "sales"}, {"enabled", true}}), 0);
        QCOMPARE(t.callCode(clerk, "sales.order.list"), 0);
        QCOMPARE(t.callCode(clerk, "crm.customer.list"), 0);

        // Every switch is in the audit trail.
        const QJsonArray audit =
            t.call(admin, "admin.audit.list", {{"filter", QJsonObject{{"entity", "admin.module"}}}})
                .toObject()
                .value("rows")
                .toArray();
        QCOMPARE(audit.size(), 5);
        QCOMPARE(audit.last().toObject().value("after").toObject().value("name").toString(),
                 QStringLiteral("sales"));
    }

    void switchesPersistAcrossRestart()
    {
        QString url;
        {
            ServerTest t(QStringLiteral("modules-persist"));
            url = t.url();
            ServerTest::Session admin = t.admin();
            t.call(admin, "admin.module.set", {{"name", "mail"}, {"enabled", false}});
        }
        ServerTest t(QStringLiteral("modules-persist"), false, url);
        ServerTest::Session admin = t.admin();
        QCOMPARE(moduleRow(t, admin, "mail").value("enabled").toBool(), false);
        Rpc::Error e;
        QCOMPARE(t.callCode(admin, "mail.outbox.list", {}, &e), int(Rpc::BusinessRule));
        QCOMPARE(e.data.toObject().value("module").toString(), QStringLiteral("mail"));
    }

    void defaultGrantsAreSeededOnce()
    {
        QString url;
        {
            ServerTest t(QStringLiteral("modules-grants"));
            url = t.url();
            ServerTest::Session admin = t.admin();
            // A new store: the modules' grants are there.
            QStringList warehouse = permissionsOf(t, admin, "warehouse");
            QVERIFY(warehouse.contains("crm.customer.read"));
            QVERIFY(warehouse.contains("purchasing.order.receive"));
            QVERIFY(permissionsOf(t, admin, "accountant").contains("sales.order.read"));
            // The admin takes one away.
            const QJsonObject role = roleRow(t, admin, "warehouse");
            warehouse.removeAll("crm.customer.read");
            t.call(admin, "admin.role.update",
                   {{"id", role.value("id")},
                    {"version", role.value("version")},
                    {"permissions", QJsonArray::fromStringList(warehouse)}});
            // A grant a module declares in a later version: not seeded yet in this store.
            const QJsonObject accountant = roleRow(t, admin, "accountant");
            QStringList perms = permissionsOf(t, admin, "accountant");
            perms.removeAll("sales.order.read");
            t.call(admin, "admin.role.update",
                   {{"id", accountant.value("id")},
                    {"version", accountant.value("version")},
                    {"permissions", QJsonArray::fromStringList(perms)}});
            Storage::Transaction tx(t.core().database(), Storage::Transaction::ReadWrite);
            Storage::execDirect(t.core().database(),
                                "DELETE FROM role_grants_seeded WHERE role = 'accountant' AND "
                                "grant_name = 'sales.order.read'");
            tx.commit();
            t.core().database().closeThreadConnection();
        }
        ServerTest t(QStringLiteral("modules-grants"), false, url);
        ServerTest::Session admin = t.admin();
        // The removal sticks; the new grant arrived, once.
        QVERIFY(!permissionsOf(t, admin, "warehouse").contains("crm.customer.read"));
        QCOMPARE(permissionsOf(t, admin, "accountant").count("sales.order.read"), 1);
        ServerTest::Session accountant = t.userWithRoles("acc", {"accountant"});
        QCOMPARE(t.callCode(accountant, "sales.order.list"), 0);
    }
};

QTEST_GUILESS_MAIN(TestModules)
#include "tst_modules.moc"
