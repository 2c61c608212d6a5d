// The import's bulk path (ImportEntity::applyBatch; customers) on SQLite and PostgreSQL: a file
// whose rows repeat each other inside a batch and repeat stored customers, with bad rows between
// good ones and codes to generate, gives exactly what the row handler gives one row at a time —
// the same problems (row, column, message id, text), the same customers, the same audit records,
// the same gapless codes — in the dry run and in the commit, whatever the batch size.
#include "server/platform/importservice.h"
#include "server/servercore.h"
#include "tests/support/servertest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Erp;
using Erp::Test::ServerTest;
using Session = ServerTest::Session;

namespace {

const QString kBulk = QStringLiteral("crm.customer");
const QString kRowByRow = QStringLiteral("crm.customer_rows");

/// A server whose customers can also be imported without the bulk path (the row handler the
/// framework calls one record at a time), with the same stored customers to begin with.
struct Store
{
    explicit Store(const QString& tag)
        : t(tag)
        , s(t.admin())
    {
        Platform::ImportService& imports = t.core().imports();
        Platform::ImportEntity rows = *imports.registry().find(kBulk);
        rows.name = kRowByRow;
        rows.applyBatch = nullptr;
        imports.add(rows);

        const auto create = [this](QJsonObject fields) {
            fields.insert("allow_duplicates", true);
            return t.call(s, "crm.customer.create", fields).toObject();
        };
        create({{"code", "EX-1"}, {"name", "Existing Trading"}, {"tax_id", "91310000EX0001"}});
        const QJsonObject phone = create(
            {{"name", "Stored Phone Ltd"},
             {"contacts", QJsonArray{QJsonObject{{"name", "李雷"}, {"phone", "13900000001"}}}}});
        QCOMPARE(phone.value("code").toString(), QStringLiteral("C000001"));
        const QJsonObject survivor = create({{"code", "EX-2"}, {"name", "Survivor Co"}});
        const QJsonObject merged = create({{"code", "EX-3"}, {"name", "Merged Away"}});
        t.call(s, "crm.customer.merge",
               {{"survivor_id", survivor.value("id")}, {"duplicate_id", merged.value("id")}});
    }

    ServerTest t;
    Session s;
};

struct Outcome
{
    QStringList problems; ///< every problem of the dry run (problemText)
    QString result;       ///< "created/updated/unchanged", or the message id of the commit's error
    QStringList failed;   ///< the commit's problems
    int events = 0;       ///< event.changed of the commit
};

QString problemText(const QJsonObject& p)
{
    return QStringLiteral("%1:%2:%3:%4:%5:%6")
        .arg(p.value("row").toInteger())
        .arg(p.value("column").toString(), p.value("code").toString(),
             p.value("message_id").toString(), p.value("message").toString(),
             QString::fromUtf8(
                 QJsonDocument(p.value("args").toObject()).toJson(QJsonDocument::Compact)));
}

/// The file in batches of `batch` rows, then a commit (also when the dry run found problems).
Outcome import(Store& store, const QString& entity, const QList<QJsonObject>& rows, int batch)
{
    Outcome out;
    const qint64 job = store.t.call(store.s, "platform.import.start", {{"entity", entity}})
                           .toObject()
                           .value("job")
                           .toInteger();
    for (int i = 0; i < rows.size(); i += batch) {
        QJsonArray part;
        for (int k = i; k < std::min<int>(rows.size(), i + batch); ++k)
            part.append(QJsonObject{{"row", k + 1}, {"values", rows.at(k)}});
        const QJsonObject r =
            store.t.call(store.s, "platform.import.append", {{"job", job}, {"rows", part}})
                .toObject();
        for (const QJsonValue& p : r.value("problems").toArray())
            out.problems.append(problemText(p.toObject()));
    }
    try {
        const QJsonObject r =
            store.t.call(store.s, "platform.import.commit", {{"job", job}}).toObject();
        out.result = QStringLiteral("%1/%2/%3")
                         .arg(r.value("created").toInt())
                         .arg(r.value("updated").toInt())
                         .arg(r.value("unchanged").toInt());
        out.events = int(store.s.changes.size());
    } catch (const Rpc::Error& e) {
        out.result = e.messageId();
        for (const QJsonValue& p : e.data.toObject().value("rows").toArray())
            out.failed.append(problemText(p.toObject()));
    }
    return out;
}

/// Every customer as listed (not the merged ones), in code order, without ids and timestamps.
QStringList customers(Store& store)
{
    QStringList out;
    qint64 offset = 0;
    for (;;) {
        const QJsonArray rows = store.t
                                    .call(store.s, "crm.customer.list",
                                          {{"filter", QJsonObject{{"status", "all"}}},
                                           {"sort", "code"},
                                           {"limit", 500},
                                           {"offset", offset}})
                                    .toObject()
                                    .value("rows")
                                    .toArray();
        for (const QJsonValue& v : rows) {
            QJsonObject c = store.t.call(store.s, "crm.customer.get", {{"id", v["id"]}}).toObject();
            for (const char* key : {"id", "created_at", "updated_at", "merged_into"})
                c.remove(QLatin1String(key));
            for (const char* list : {"contacts", "addresses"}) {
                QJsonArray children;
                for (const QJsonValue& child : c.value(QLatin1String(list)).toArray()) {
                    QJsonObject o = child.toObject();
                    o.remove(QStringLiteral("id"));
                    children.append(o);
                }
                c.insert(QLatin1String(list), children);
            }
            out.append(QString::fromUtf8(QJsonDocument(c).toJson(QJsonDocument::Compact)));
        }
        if (rows.size() < 500)
            return out;
        offset += 500;
    }
}

/// The audit records of the imports' commits: entity, before and after without ids and times.
QStringList audit(Store& store)
{
    QStringList out;
    for (qint64 offset = 0;; offset += 500) {
        const QJsonArray rows =
            store.t
                .call(store.s, "admin.audit.list",
                      {{"filter", QJsonObject{{"method", "platform.import.commit"}}},
                       {"limit", 500},
                       {"offset", offset}})
                .toObject()
                .value("rows")
                .toArray();
        for (const QJsonValue& v : rows) {
            const QJsonObject a = v.toObject();
            QStringList parts{a.value("entity").toString()};
            for (const char* side : {"before", "after"}) {
                QJsonObject o = a.value(QLatin1String(side)).toObject();
                for (const char* key : {"id", "created_at", "updated_at", "merged_into"})
                    o.remove(QLatin1String(key));
                for (const char* list : {"contacts", "addresses"}) {
                    QJsonArray children;
                    for (const QJsonValue& child : o.value(QLatin1String(list)).toArray()) {
                        QJsonObject c = child.toObject();
                        c.remove(QStringLiteral("id"));
                        children.append(c);
                    }
                    if (o.contains(QLatin1String(list)))
                        o.insert(QLatin1String(list), children);
                }
                parts.append(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
            }
            out.append(parts.join(QLatin1Char('|')));
        }
        if (rows.size() < 500)
            break;
    }
    out.sort();
    return out;
}

QString nextGeneratedCode(Store& store)
{
    return store.t.call(store.s, "crm.customer.create", {{"name", "Next"}})
        .toObject()
        .value("code")
        .toString();
}

/// Rows that meet each other: in the same batch, in stored customers, in generated codes.
QList<QJsonObject> mixedFile()
{
    return {
        {{"code", "N-1"},
         {"name", "New One"},
         {"tax_id", "91310000NEW001"},
         {"phone", "13911110001"}},
        {{"name", "Codeless A"}, {"phone", "13911110002"}, {"city", "上海市"}},
        {{"code", "N-2"}, {"name", "New Two"}, {"tax_id", "91310000NEW001"}},   // row 1's tax id
        {{"code", "N-3"}, {"name", "New Three"}, {"tax_id", "91310000EX0001"}}, // EX-1's tax id
        {{"code", "EX-1"}, {"name", "Existing Trading"}},                       // unchanged
        {{"code", "n-1"}, {"name", "Again"}},                                   // row 1's code
        {{"name", "Codeless B"}, {"phone", "139 1111 0002"}}, // row 2's phone: updates it
        {{"name", "Bad Mail"}, {"email", "x@"}},
        {{"code", "C000003"}, {"name", "Hand Coded"}}, // the number after row 2's generated code
        {{"name", "Codeless C"}, {"city", "杭州市"}},  // skips C000003
        {{"name", "Stored Phone Two"}, {"phone", "139-0000-0001"}}, // C000001's phone
        {{"code", "EX-3"}, {"name", "Merged Away"}},                // merged
        {{"name", "Owner Ghost"}, {"owner", "ghost"}},
        {{"code", "N-4"}, {"name", "New Four"}, {"credit_limit", "lots"}},
        {{"code", "N-5"},
         {"name", "New Five"},
         {"tax_id", "91310000NEW005"},
         {"tags", "VIP;经销商"}},
        {{"name", "Codeless D"}, {"email", "d@example.com"}, {"owner", "admin"}},
    };
}

/// The rows of mixedFile() that have no problem.
QList<QJsonObject> cleanFile()
{
    const QList<QJsonObject> all = mixedFile();
    QList<QJsonObject> out;
    for (int row : {1, 2, 5, 7, 9, 10, 11, 15, 16})
        out.append(all.at(row - 1));
    return out;
}

QStringList rowColumnCode(const QStringList& problems)
{
    QStringList out;
    for (const QString& p : problems)
        out.append(p.section(QLatin1Char(':'), 0, 2));
    return out;
}

} // namespace

class TestImportBulk : public QObject
{
    Q_OBJECT

private slots:
    void sameAsRowByRow_data()
    {
        QTest::addColumn<int>("batch");
        QTest::newRow("one batch") << 100;
        QTest::newRow("batches of four") << 4;
    }

    void sameAsRowByRow()
    {
        QFETCH(int, batch);
        Store bulk(QStringLiteral("bulk_b"));
        Store rows(QStringLiteral("bulk_r"));

        // The dry run of a file with problems: the same problems, nothing written, no number
        // taken.
        const Outcome bad = import(bulk, kBulk, mixedFile(), batch);
        const Outcome badRows = import(rows, kRowByRow, mixedFile(), batch);
        QCOMPARE(bad.problems, badRows.problems);
        QCOMPARE(bad.result, QStringLiteral("platform.import.has_problems"));
        QCOMPARE(badRows.result, bad.result);
        // (With batches of four, rows 1 and 3 still share one.)
        QCOMPARE(rowColumnCode(bad.problems),
                 QStringList({"3:tax_id:duplicate", "4:tax_id:duplicate", "6:code:duplicate",
                              "8:email:invalid", "12:code:merged", "13:owner:unknown",
                              "14:credit_limit:invalid"}));
        QCOMPARE(customers(bulk), customers(rows));

        // The file without its bad rows: the same customers, audit records and codes.
        const Outcome good = import(bulk, kBulk, cleanFile(), batch);
        const Outcome goodRows = import(rows, kRowByRow, cleanFile(), batch);
        QCOMPARE(good.problems, QStringList());
        QCOMPARE(goodRows.problems, QStringList());
        QCOMPARE(good.result, QStringLiteral("6/2/1"));
        QCOMPARE(goodRows.result, good.result);
        QCOMPARE(good.events, 1); // one summary event.changed
        const QStringList stored = customers(bulk);
        QCOMPARE(stored, customers(rows));
        QCOMPARE(audit(bulk), audit(rows));
        QCOMPARE(audit(bulk).size(), 8); // one record per created or updated customer
        QStringList codes;
        for (const QString& c : stored) {
            const QJsonObject o = QJsonDocument::fromJson(c.toUtf8()).object();
            codes.append(o.value("code").toString() + QLatin1Char('=') +
                         o.value("name").toString());
        }
        QCOMPARE(codes, QStringList({"C000001=Stored Phone Two", "C000002=Codeless B",
                                     "C000003=Hand Coded", "C000004=Codeless C",
                                     "C000005=Codeless D", "EX-1=Existing Trading",
                                     "EX-2=Survivor Co", "N-1=New One", "N-5=New Five"}));

        // Again (its rows now name stored customers, two of them one customer).
        const Outcome again = import(bulk, kBulk, cleanFile(), batch);
        const Outcome againRows = import(rows, kRowByRow, cleanFile(), batch);
        QCOMPARE(again.problems, againRows.problems);
        QCOMPARE(again.result, againRows.result);
        QCOMPARE(customers(bulk), customers(rows));
        QCOMPARE(audit(bulk), audit(rows));

        // Gapless: the dry runs gave their numbers back, C000003 was skipped as taken by hand.
        QCOMPARE(nextGeneratedCode(bulk), QStringLiteral("C000006"));
        QCOMPARE(nextGeneratedCode(rows), QStringLiteral("C000006"));
    }

    void aCommitThatFailsTakesNoNumber()
    {
        Store bulk(QStringLiteral("bulk_fail"));
        Store rows(QStringLiteral("bulk_fail_r"));
        // Rows 1 and 3 pass their own batches and clash in the commit.
        const QList<QJsonObject> file{
            {{"name", "Numbered One"}},
            {{"code", "T-1"}, {"name", "Tax One"}, {"tax_id", "91310000TAX001"}},
            {{"code", "T-2"}, {"name", "Tax Two"}, {"tax_id", "91310000TAX001"}},
            {{"name", "Numbered Two"}},
        };
        const Outcome out = import(bulk, kBulk, file, 2);
        const Outcome outRows = import(rows, kRowByRow, file, 2);
        QCOMPARE(out.problems, QStringList());
        QCOMPARE(out.result, QStringLiteral("platform.import.failed"));
        QCOMPARE(rowColumnCode(out.failed), QStringList({"3:tax_id:duplicate"}));
        QCOMPARE(out.failed, outRows.failed);
        QCOMPARE(customers(bulk), customers(rows));
        QCOMPARE(audit(bulk), QStringList());
        QCOMPARE(nextGeneratedCode(bulk), QStringLiteral("C000002"));
        QCOMPARE(nextGeneratedCode(rows), QStringLiteral("C000002"));
    }

    void manyRowsAcrossStatements()
    {
        // More rows than one multi-row statement takes, repeats far apart in one batch.
        Store bulk(QStringLiteral("bulk_many"));
        Store rows(QStringLiteral("bulk_many_r"));
        QList<QJsonObject> file;
        for (int i = 1; i <= 1300; ++i) {
            QJsonObject row{{"name", QStringLiteral("批量客户%1有限公司").arg(i)},
                            {"phone", QStringLiteral("137%1").arg(i, 8, 10, QLatin1Char('0'))},
                            {"city", i % 2 ? "杭州市" : "上海市"},
                            {"tags", i % 3 ? "A" : "A;B"}};
            if (i % 7 != 0)
                row.insert("code", QStringLiteral("M%1").arg(i, 5, 10, QLatin1Char('0')));
            if (i % 5 == 0)
                row.insert("tax_id", QStringLiteral("9131%1").arg(i, 10, 10, QLatin1Char('0')));
            file.append(row);
        }
        file[1199].insert("tax_id", file.at(99).value("tax_id")); // row 100's tax id
        file[1249].remove("code");                                // row 50's phone: an update
        file[1249].insert("phone", file.at(49).value("phone"));
        file[1249].insert("name", "改名客户");
        file[1279].insert("email", "not-an-address");
        const Outcome bad = import(bulk, kBulk, file, 5000);
        QCOMPARE(bad.problems, import(rows, kRowByRow, file, 5000).problems);
        QCOMPARE(rowColumnCode(bad.problems),
                 QStringList({"1200:tax_id:duplicate", "1280:email:invalid"}));
        file.removeAt(1279);
        file.removeAt(1199);
        const Outcome good = import(bulk, kBulk, file, 5000);
        const Outcome goodRows = import(rows, kRowByRow, file, 5000);
        QCOMPARE(good.problems, QStringList());
        QCOMPARE(good.result, QStringLiteral("1297/1/0"));
        QCOMPARE(goodRows.result, good.result);
        const QStringList stored = customers(bulk);
        QCOMPARE(stored.size(), 3 + 1297); // (merged customers are not listed)
        QCOMPARE(stored, customers(rows));
        QCOMPARE(audit(bulk), audit(rows));
        QCOMPARE(nextGeneratedCode(bulk), nextGeneratedCode(rows));
    }
};

QTEST_GUILESS_MAIN(TestImportBulk)
#include "tst_import_bulk.moc"
