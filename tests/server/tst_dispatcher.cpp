// The dispatcher's guarantees, for every registered method: login required, permission enforced
// before anything else, parameters checked, rpc.discover generated from the same registry.
#include "server/rpc/dispatcher.h"
#include "server/rpc/registry.h"
#include "server/servercore.h"
#include "tests/support/servertest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Erp;
using Erp::Test::ServerTest;

class TestDispatcher final : public QObject
{
    Q_OBJECT
private slots:
    void everyMethodDeclaresItsAccess()
    {
        ServerTest t(QStringLiteral("decl"));
        const auto methods = t.core().registry().methods();
        QVERIFY(methods.size() >= 20);
        const QStringList publicMethods{"system.ping", "rpc.discover", "auth.login", "auth.resume"};
        for (const Rpc::MethodSpec* m : methods) {
            QVERIFY2(!m->summary.isEmpty(), qPrintable(m->name));
            if (publicMethods.contains(m->name)) {
                QCOMPARE(m->access, Rpc::MethodSpec::Access::Public);
                continue;
            }
            QCOMPARE(m->access, Rpc::MethodSpec::Access::Authenticated);
            // Methods open to every logged-in user are an explicit, short list.
            if (m->permission.isEmpty())
                QVERIFY2(QStringList({"auth.logout", "auth.change_password", "system.info",
                                      "admin.company.get", "admin.module.list",
                                      "platform.import.entities", "platform.import.start",
                                      "platform.import.append", "platform.import.commit",
                                      "platform.import.cancel"})
                             .contains(m->name),
                         qPrintable(m->name + QStringLiteral(" has no permission")));
        }
    }

    void unauthenticatedCallsAreRejected()
    {
        ServerTest t(QStringLiteral("unauth"));
        ServerTest::Session anonymous;
        for (const Rpc::MethodSpec* m : t.core().registry().methods()) {
            if (m->access == Rpc::MethodSpec::Access::Public)
                continue;
            QCOMPARE(t.callCode(anonymous, m->name), int(Rpc::NotAuthenticated));
        }
    }

    void everyMethodIsDeniedWithoutItsPermission()
    {
        ServerTest t(QStringLiteral("walk"));
        ServerTest::Session admin = t.admin();
        const QStringList catalogue = t.core().registry().permissions();
        QVERIFY(catalogue.contains(QStringLiteral("admin.user.write")));

        // A role with every permission of the catalogue but the one under test.
        const QJsonObject role = t.call(admin, "admin.role.create",
                                        {{"name", "almost_all"}, {"permissions", QJsonArray()}})
                                     .toObject();
        t.call(admin, "admin.user.create",
               {{"username", "walker"},
                {"password", "password-1"},
                {"roles", QJsonArray{"almost_all"}}});
        ServerTest::Session walker = t.login("walker", "password-1");
        ServerTest::Session nobody = t.userWithRoles("nobody", {});

        qint64 version = role.value("version").toInteger();
        int checked = 0;
        for (const Rpc::MethodSpec* m : t.core().registry().methods()) {
            if (m->permission.isEmpty())
                continue;
            QStringList others = catalogue;
            others.removeAll(m->permission);
            const QJsonObject updated =
                t.call(admin, "admin.role.update",
                       {{"id", role.value("id")},
                        {"version", version},
                        {"permissions", QJsonArray::fromStringList(others)}})
                    .toObject();
            version = updated.value("version").toInteger();
            Rpc::Error e;
            QCOMPARE(t.callCode(walker, m->name, {}, &e), int(Rpc::Forbidden));
            QCOMPARE(e.data.toObject().value("permission").toString(), m->permission);
            QCOMPARE(t.callCode(nobody, m->name), int(Rpc::Forbidden));
            ++checked;
        }
        QVERIFY(checked >= 13); // every admin.* method at least
        // ...and with the permission back, the same user gets past the check.
        t.call(admin, "admin.role.update",
               {{"id", role.value("id")},
                {"version", version},
                {"permissions", QJsonArray{"admin.user.read"}}});
        QCOMPARE(t.callCode(walker, "admin.user.list"), 0);
    }

    void paramsAreChecked()
    {
        ServerTest t(QStringLiteral("params"));
        ServerTest::Session admin = t.admin();
        Rpc::Error e;
        QCOMPARE(t.callCode(admin, "admin.user.get", {}, &e), int(Rpc::InvalidParams));
        QVERIFY(e.message.contains("id"));
        QCOMPARE(t.callCode(admin, "admin.user.get", {{"id", "1"}}), int(Rpc::InvalidParams));
        QCOMPARE(t.callCode(admin, "admin.user.get", {{"id", 1.5}}), int(Rpc::InvalidParams));
        QCOMPARE(t.callCode(admin, "admin.user.get", {{"id", 0}}), int(Rpc::InvalidParams));
        QCOMPARE(t.callCode(admin, "admin.user.get", {{"id", 1}, {"extra", true}}, &e),
                 int(Rpc::InvalidParams));
        QVERIFY(e.message.contains("extra"));
        QCOMPARE(t.callCode(admin, "admin.user.list", {{"sort", "password_hash"}}),
                 int(Rpc::InvalidParams));
        QCOMPARE(t.callCode(admin, "admin.user.list", {{"limit", -1}}), int(Rpc::InvalidParams));
        QCOMPARE(
            t.callCode(admin, "admin.user.create", {{"username", "x"}, {"password", QJsonArray()}}),
            int(Rpc::InvalidParams));
        QCOMPARE(t.callCode(admin, "no.such.method"), int(Rpc::MethodNotFound));
        QCOMPARE(t.callCode(admin, "admin.user.get", {{"id", 999}}), int(Rpc::NotFound));
    }

    void discoverMatchesRegistry()
    {
        ServerTest t(QStringLiteral("discover"));
        ServerTest::Session anonymous;
        const QJsonObject doc = t.call(anonymous, "rpc.discover").toObject();
        QCOMPARE(doc.value("openrpc").toString().left(2), QStringLiteral("1."));
        const QJsonArray methods = doc.value("methods").toArray();
        const auto registered = t.core().registry().methods();
        QCOMPARE(methods.size(), registered.size());
        for (int i = 0; i < methods.size(); ++i) {
            const QJsonObject m = methods.at(i).toObject();
            QCOMPARE(m.value("name").toString(), registered.at(i)->name);
            QCOMPARE(m.value("x-permission").toString(), registered.at(i)->permission);
            QCOMPARE(m.value("params").toArray().size(), registered.at(i)->params.size());
        }
    }

    void batchesAndNotifications()
    {
        ServerTest t(QStringLiteral("batch"));
        const QByteArray batch = R"([{"jsonrpc":"2.0","id":1,"method":"system.ping"},)"
                                 R"({"jsonrpc":"2.0","method":"system.ping"},)"
                                 R"({"jsonrpc":"2.0","id":2,"method":"nope"}, 5])";
        const auto outcome = t.core().dispatcher().handleLine(batch, {});
        const QJsonArray replies = QJsonDocument::fromJson(outcome.reply).array();
        QCOMPARE(replies.size(), 3); // the notification gets no entry
        QVERIFY(replies.at(0).toObject().contains("result"));
        QCOMPARE(replies.at(1).toObject().value("error").toObject().value("code").toInt(),
                 int(Rpc::MethodNotFound));
        QCOMPARE(replies.at(2).toObject().value("error").toObject().value("code").toInt(),
                 int(Rpc::InvalidRequest));

        QVERIFY(t.core()
                    .dispatcher()
                    .handleLine(R"({"jsonrpc":"2.0","method":"system.ping"})", {})
                    .reply.isEmpty());
        const auto empty = t.core().dispatcher().handleLine("[]", {});
        QCOMPARE(QJsonDocument::fromJson(empty.reply)
                     .object()
                     .value("error")
                     .toObject()
                     .value("code")
                     .toInt(),
                 int(Rpc::InvalidRequest));
        const auto garbage = t.core().dispatcher().handleLine(QByteArray("\xff\x00{", 3), {});
        QCOMPARE(QJsonDocument::fromJson(garbage.reply)
                     .object()
                     .value("error")
                     .toObject()
                     .value("code")
                     .toInt(),
                 int(Rpc::ParseError));
    }

    void batchRepliesStopAtTheLimit()
    {
        // Once a batch's replies pass the limit, the rest is not run: each request with an id
        // is answered -32029 with its own id, notifications get nothing, invalid entries their
        // usual -32600.
        ServerTest t(QStringLiteral("batchlimit"));
        QByteArray batch = "[";
        for (int i = 1; i <= 10; ++i)
            batch += R"({"jsonrpc":"2.0","id":)" + QByteArray::number(i) +
                     R"(,"method":"system.ping"},)";
        batch += R"({"jsonrpc":"2.0","method":"system.ping"},7])";
        const QByteArray first =
            t.core()
                .dispatcher()
                .handleLine(R"({"jsonrpc":"2.0","id":1,"method":"system.ping"})", {})
                .reply;
        // Room for two replies and a bit: the third still runs (the limit is checked before
        // each request), the fourth does not.
        const qsizetype limit = 2 * first.size() + 10;
        const auto outcome = t.core().dispatcher().handleLine(batch, {}, limit);
        const QJsonArray replies = QJsonDocument::fromJson(outcome.reply).array();
        QCOMPARE(replies.size(), 11);
        for (int i = 0; i < 10; ++i) {
            const QJsonObject r = replies.at(i).toObject();
            QCOMPARE(r.value("id").toInt(), i + 1);
            if (i < 3) {
                QVERIFY2(r.contains("result"), QJsonDocument(r).toJson().constData());
                continue;
            }
            const QJsonObject e = r.value("error").toObject();
            QCOMPARE(e.value("code").toInt(), Rpc::LimitReached);
            const QJsonObject data = e.value("data").toObject();
            QCOMPARE(data.value("message_id").toString(),
                     QStringLiteral("rpc.batch.reply_too_large"));
            QCOMPARE(data.value("limit").toString(), QStringLiteral("batch_reply_bytes"));
            QCOMPARE(data.value("args").toObject().value("max").toInteger(), limit);
        }
        QCOMPARE(replies.at(10).toObject().value("error").toObject().value("code").toInt(),
                 int(Rpc::InvalidRequest));

        // Without a limit (0) everything runs.
        const auto all = t.core().dispatcher().handleLine(batch, {}, 0);
        const QJsonArray unlimited = QJsonDocument::fromJson(all.reply).array();
        QCOMPARE(unlimited.size(), 11);
        QVERIFY(unlimited.at(9).toObject().contains("result"));
    }
};

QTEST_GUILESS_MAIN(TestDispatcher)
#include "tst_dispatcher.moc"
