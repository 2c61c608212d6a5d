// The company profile: what a new store starts with, edits at a version, every field's check
// (the USCC check character, the tax id outside China, currency, logo size and type, fiscal
// year start, VAT status), the audit record and event.changed, and who may read or write it.
#include "server/modules/admin/companyrules.h"
#include "tests/support/servertest.h"

#include <QJsonArray>
#include <QTest>

using namespace Erp;
using Erp::Server::Admin::CompanyRules::MaxLogoBytes;
using Erp::Test::fieldCodes;
using Erp::Test::ServerTest;

namespace {

// A 1x1 PNG.
QString pngBase64()
{
    return QStringLiteral(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6"
        "kgAAAABJRU5ErkJggg==");
}

QString messageIdOf(const Rpc::Error& e, const QString& field)
{
    for (const QJsonValue& f : e.data.toObject().value("fields").toArray())
        if (f.toObject().value("field").toString() == field)
            return f.toObject().value("message_id").toString();
    return {};
}

} // namespace

class TestCompany final : public QObject
{
    Q_OBJECT
private slots:
    void rulesOnTheirOwn()
    {
        using namespace Erp::Server::Admin::CompanyRules;
        QVERIFY(isValidUscc("91350100M000100Y43"));
        QVERIFY(isValidUscc("91110108551385082Q"));
        QVERIFY(isValidUscc("91440300708461136T"));
        QVERIFY(!isValidUscc("91350100M000100Y44")); // wrong check character
        QVERIFY(!isValidUscc("91350100M000100Y4"));  // 17 characters
        QVERIFY(!isValidUscc("91350100I000100Y43")); // I is not in the alphabet
        QCOMPARE(usccCheckCharacter("91350100M000100Y4"), QChar('3'));
        QVERIFY(isValidForeignTaxId("DE 123456789"));
        QVERIFY(!isValidForeignTaxId("--"));
        QVERIFY(isIsoCurrency("CNY") && isIsoCurrency("EUR") && !isIsoCurrency("ABC"));
        QCOMPARE(imageType(QByteArray("\x89PNG\r\n\x1a\n....", 12)), QStringLiteral("image/png"));
        QCOMPARE(imageType(QByteArray("\xff\xd8\xff\xe0", 4)), QStringLiteral("image/jpeg"));
        QVERIFY(imageType("GIF89a").isEmpty());
    }

    void newStoreHasAProfile()
    {
        ServerTest t(QStringLiteral("company-new"));
        ServerTest::Session admin = t.admin();
        const QJsonObject p = t.call(admin, "admin.company.get").toObject();
        QCOMPARE(p.value("legal_name").toString(), QStringLiteral("My Company"));
        QCOMPARE(p.value("base_currency").toString(), QStringLiteral("CNY"));
        QCOMPARE(p.value("country").toString(), QStringLiteral("CN"));
        QCOMPARE(p.value("vat_status").toString(), QStringLiteral("general"));
        QCOMPARE(p.value("fiscal_year_start_month").toInt(), 1);
        QCOMPARE(p.value("version").toInteger(), 1);
        QVERIFY(p.value("logo").toString().isEmpty());
    }

    void updateIsVersionedAuditedAndAnnounced()
    {
        ServerTest t(QStringLiteral("company-update"));
        ServerTest::Session admin = t.admin();
        const QJsonObject p = t.call(admin, "admin.company.update",
                                     {{"version", 1},
                                      {"legal_name", "杭州示例贸易有限公司"},
                                      {"tax_id", "91350100m000100y43"},
                                      {"address", "杭州市西湖区文三路 1 号"},
                                      {"phone", "0571-8888 6666"},
                                      {"email", "info@example.cn"},
                                      {"bank_name", "中国工商银行杭州分行"},
                                      {"bank_account", "1202 0212 3456 7890"},
                                      {"logo", pngBase64()},
                                      {"base_currency", "usd"},
                                      {"fiscal_year_start_month", 4},
                                      {"fiscal_year_start_day", 1},
                                      {"vat_status", "small_scale"}})
                                  .toObject();
        QCOMPARE(p.value("version").toInteger(), 2);
        QCOMPARE(p.value("tax_id").toString(), QStringLiteral("91350100M000100Y43"));
        QCOMPARE(p.value("base_currency").toString(), QStringLiteral("USD"));
        QCOMPARE(p.value("logo_type").toString(), QStringLiteral("image/png"));
        QCOMPARE(p.value("vat_status").toString(), QStringLiteral("small_scale"));
        QCOMPARE(admin.changes.size(), 1);
        QCOMPARE(admin.changes.first().entity, QStringLiteral("admin.company"));

        // What was stored is what get answers; fields not sent stay.
        const QJsonObject again =
            t.call(admin, "admin.company.update", {{"version", 2}, {"phone", "0571-1234 5678"}})
                .toObject();
        QCOMPARE(again.value("legal_name").toString(), QStringLiteral("杭州示例贸易有限公司"));
        QCOMPARE(again.value("logo").toString(), p.value("logo").toString());
        QCOMPARE(t.call(admin, "admin.company.get").toObject(), again);

        // A stale version is a conflict and changes nothing.
        Rpc::Error e;
        QCOMPARE(t.callCode(admin, "admin.company.update", {{"version", 2}, {"phone", "1"}}, &e),
                 int(Rpc::VersionConflict));
        QCOMPARE(e.messageId(), QStringLiteral("admin.company.conflict"));
        QCOMPARE(t.call(admin, "admin.company.get").toObject().value("version").toInteger(), 3);

        // The audit trail has both edits, with the logo's size instead of the image.
        const QJsonArray audit = t.call(admin, "admin.audit.list",
                                        {{"filter", QJsonObject{{"entity", "admin.company"}}}})
                                     .toObject()
                                     .value("rows")
                                     .toArray();
        QCOMPARE(audit.size(), 2);
        const QJsonObject first = audit.last().toObject();
        QCOMPARE(first.value("method").toString(), QStringLiteral("admin.company.update"));
        const QJsonObject after = first.value("after").toObject();
        QCOMPARE(after.value("legal_name").toString(), QStringLiteral("杭州示例贸易有限公司"));
        QVERIFY(!after.contains("logo"));
        QVERIFY(after.value("logo_bytes").toInt() > 0);

        // The logo goes away with an empty string.
        const QJsonObject noLogo =
            t.call(admin, "admin.company.update", {{"version", 3}, {"logo", ""}}).toObject();
        QVERIFY(noLogo.value("logo").toString().isEmpty());
        QVERIFY(noLogo.value("logo_type").toString().isEmpty());
    }

    void fieldsAreChecked()
    {
        ServerTest t(QStringLiteral("company-checks"));
        ServerTest::Session admin = t.admin();
        Rpc::Error e;
        QCOMPARE(t.callCode(admin, "admin.company.update",
                            {{"version", 1},
                             {"legal_name", " "},
                             {"tax_id", "91350100M000100Y44"},
                             {"email", "no-at-sign"},
                             {"base_currency", "ABC"},
                             {"fiscal_year_start_month", 2},
                             {"fiscal_year_start_day", 30},
                             {"vat_status", "large"}},
                            &e),
                 int(Rpc::ValidationFailed));
        QCOMPARE(fieldCodes(e), QStringList({"legal_name:required", "tax_id:checksum",
                                             "email:invalid", "base_currency:invalid",
                                             "fiscal_year_start_day:range", "vat_status:invalid"}));
        QCOMPARE(messageIdOf(e, "tax_id"), QStringLiteral("admin.company.uscc_invalid"));
        QCOMPARE(messageIdOf(e, "base_currency"), QStringLiteral("admin.company.currency_invalid"));

        // Outside China the tax id is the country's own, checked for its characters only.
        QCOMPARE(t.callCode(admin, "admin.company.update",
                            {{"version", 1}, {"country", "de"}, {"tax_id", "DE 123456789"}}),
                 0);
        QCOMPARE(
            t.callCode(admin, "admin.company.update", {{"version", 2}, {"tax_id", "DE#123"}}, &e),
            int(Rpc::ValidationFailed));
        QCOMPARE(fieldCodes(e), QStringList({"tax_id:invalid"}));
        // Back to China: the same id is no USCC.
        QCOMPARE(t.callCode(admin, "admin.company.update", {{"version", 2}, {"country", "CN"}}, &e),
                 int(Rpc::ValidationFailed));
        QCOMPARE(fieldCodes(e), QStringList({"tax_id:checksum"}));

        // The logo: an image by its first bytes, and not too large.
        QCOMPARE(t.callCode(admin, "admin.company.update",
                            {{"version", 2},
                             {"logo", QString::fromLatin1(QByteArray("GIF89a....").toBase64())}},
                            &e),
                 int(Rpc::ValidationFailed));
        QCOMPARE(fieldCodes(e), QStringList({"logo:not_image"}));
        QCOMPARE(messageIdOf(e, "logo"), QStringLiteral("admin.company.logo_not_image"));
        QByteArray big("\x89PNG\r\n\x1a\n", 8);
        big.append(QByteArray(MaxLogoBytes, 'x'));
        QCOMPARE(t.callCode(admin, "admin.company.update",
                            {{"version", 2}, {"logo", QString::fromLatin1(big.toBase64())}}, &e),
                 int(Rpc::ValidationFailed));
        QCOMPARE(fieldCodes(e), QStringList({"logo:too_large"}));
        QCOMPARE(messageIdOf(e, "logo"), QStringLiteral("admin.company.logo_too_large"));
        QCOMPARE(t.callCode(admin, "admin.company.update", {{"version", 2}, {"logo", "%%%"}}, &e),
                 int(Rpc::ValidationFailed));
        QCOMPARE(fieldCodes(e), QStringList({"logo:invalid"}));
        QCOMPARE(t.call(admin, "admin.company.get").toObject().value("version").toInteger(), 2);
    }

    void everyoneReadsOnlyAdminsWrite()
    {
        ServerTest t(QStringLiteral("company-access"));
        ServerTest::Session sales = t.userWithRoles("clerk", {"sales"});
        const QJsonObject p = t.call(sales, "admin.company.get").toObject();
        QCOMPARE(p.value("legal_name").toString(), QStringLiteral("My Company"));
        Rpc::Error e;
        QCOMPARE(t.callCode(sales, "admin.company.update", {{"version", 1}, {"phone", "1"}}, &e),
                 int(Rpc::Forbidden));
        QCOMPARE(e.data.toObject().value("permission").toString(),
                 QStringLiteral("admin.company.write"));
    }
};

QTEST_GUILESS_MAIN(TestCompany)
#include "tst_company.moc"
