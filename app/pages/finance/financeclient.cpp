#include "app/pages/finance/financeclient.h"

namespace Erp::Client::Finance {

namespace {
const QString kId = QStringLiteral("id");
const QString kVersion = QStringLiteral("version");

QJsonObject withId(QJsonObject params, qint64 id, qint64 version)
{
    params.insert(kId, id);
    params.insert(kVersion, version);
    return params;
}
} // namespace

FinanceClient::FinanceClient(ApiClient& api)
    : m_api(api)
{}

void FinanceClient::call(const QString& method, const QJsonObject& params, QObject* context,
                         Done done, Fail fail)
{
    m_api.call(
        method, params, context,
        [done = std::move(done)](const QJsonValue& v) { done(v.toObject()); }, std::move(fail));
}

void FinanceClient::accounts(const QJsonObject& filter, QObject* context, Done done, Fail fail)
{
    QJsonObject params{{QStringLiteral("limit"), 1000}};
    if (!filter.isEmpty())
        params.insert(QStringLiteral("filter"), filter);
    call(QStringLiteral("finance.account.list"), params, context, std::move(done), std::move(fail));
}

void FinanceClient::createAccount(const QJsonObject& fields, QObject* context, Done done, Fail fail)
{
    call(QStringLiteral("finance.account.create"), fields, context, std::move(done),
         std::move(fail));
}

void FinanceClient::updateAccount(qint64 id, qint64 version, const QJsonObject& fields,
                                  QObject* context, Done done, Fail fail)
{
    call(QStringLiteral("finance.account.update"), withId(fields, id, version), context,
         std::move(done), std::move(fail));
}

void FinanceClient::entry(qint64 id, QObject* context, Done done, Fail fail)
{
    call(QStringLiteral("finance.entry.get"), {{kId, id}}, context, std::move(done),
         std::move(fail));
}

void FinanceClient::saveEntry(qint64 id, qint64 version, const QJsonObject& fields, bool post,
                              QObject* context, Done done, Fail fail)
{
    if (id == 0) {
        QJsonObject params = fields;
        if (post)
            params.insert(QStringLiteral("post"), true);
        call(QStringLiteral("finance.entry.create"), params, context, std::move(done),
             std::move(fail));
        return;
    }
    if (!post) {
        call(QStringLiteral("finance.entry.update"), withId(fields, id, version), context,
             std::move(done), std::move(fail));
        return;
    }
    // A draft is saved as it is on screen, then posted: two calls, the second with the
    // version the first returned.
    call(
        QStringLiteral("finance.entry.update"), withId(fields, id, version), context,
        [this, context, done, fail](const QJsonObject& saved) {
            entryAction(QStringLiteral("post"), saved.value(kId).toInteger(),
                        saved.value(kVersion).toInteger(), context, done, fail);
        },
        fail);
}

void FinanceClient::entryAction(const QString& verb, qint64 id, qint64 version, QObject* context,
                                Done done, Fail fail)
{
    call(QStringLiteral("finance.entry.") + verb, withId({}, id, version), context, std::move(done),
         std::move(fail));
}

void FinanceClient::reverseEntry(qint64 id, qint64 version, const QString& date,
                                 const QString& description, QObject* context, Done done, Fail fail)
{
    QJsonObject params = withId({}, id, version);
    if (!date.isEmpty())
        params.insert(QStringLiteral("date"), date);
    if (!description.trimmed().isEmpty())
        params.insert(QStringLiteral("description"), description.trimmed());
    call(QStringLiteral("finance.entry.reverse"), params, context, std::move(done),
         std::move(fail));
}

void FinanceClient::periods(int year, QObject* context, Done done, Fail fail)
{
    QJsonObject params;
    if (year > 0)
        params.insert(QStringLiteral("year"), year);
    call(QStringLiteral("finance.period.list"), params, context, std::move(done), std::move(fail));
}

void FinanceClient::closePeriod(const QString& period, QObject* context, Done done, Fail fail)
{
    call(QStringLiteral("finance.period.close"), {{QStringLiteral("period"), period}}, context,
         std::move(done), std::move(fail));
}

void FinanceClient::reopenPeriod(const QString& period, const QString& reason, QObject* context,
                                 Done done, Fail fail)
{
    call(QStringLiteral("finance.period.reopen"),
         {{QStringLiteral("period"), period}, {QStringLiteral("reason"), reason}}, context,
         std::move(done), std::move(fail));
}

void FinanceClient::trialBalance(const QString& from, const QString& to, QObject* context,
                                 Done done, Fail fail)
{
    QJsonObject params;
    if (!from.isEmpty())
        params.insert(QStringLiteral("from"), from);
    if (!to.isEmpty())
        params.insert(QStringLiteral("to"), to);
    call(QStringLiteral("finance.report.trial_balance"), params, context, std::move(done),
         std::move(fail));
}

void FinanceClient::ledger(qint64 accountId, const QString& from, const QString& to, qint64 offset,
                           int limit, QObject* context, Done done, Fail fail)
{
    QJsonObject params{{QStringLiteral("account_id"), accountId},
                       {QStringLiteral("offset"), offset},
                       {QStringLiteral("limit"), limit}};
    if (!from.isEmpty())
        params.insert(QStringLiteral("from"), from);
    if (!to.isEmpty())
        params.insert(QStringLiteral("to"), to);
    call(QStringLiteral("finance.report.ledger"), params, context, std::move(done),
         std::move(fail));
}

void FinanceClient::check(QObject* context, Done done, Fail fail)
{
    call(QStringLiteral("finance.check"), {}, context, std::move(done), std::move(fail));
}

void FinanceClient::settings(QObject* context, Done done, Fail fail)
{
    call(QStringLiteral("finance.company.get"), {}, context, std::move(done), std::move(fail));
}

void FinanceClient::updateSettings(qint64 version, const QJsonObject& fields, QObject* context,
                                   Done done, Fail fail)
{
    QJsonObject params = fields;
    params.insert(kVersion, version);
    call(QStringLiteral("finance.company.update"), params, context, std::move(done),
         std::move(fail));
}

} // namespace Erp::Client::Finance
