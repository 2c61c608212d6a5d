#include "app/pages/finance/accountcache.h"

#include "app/pages/finance/financeclient.h"
#include "app/pages/finance/financetext.h"

#include <QJsonArray>

namespace Erp::Client::Finance {

AccountCache::AccountCache(FinanceClient& client, QObject* parent)
    : QObject(parent)
    , m_client(client)
{
    connect(&client.api(), &ApiClient::eventChanged, this, [this](const QString& entity) {
        if (entity == QLatin1String("finance.account") ||
            entity == QLatin1String("finance.settings")) // a new chart replaces every account
            reload();
    });
}

void AccountCache::ensureLoaded()
{
    if (!m_loaded && !m_loading)
        reload();
}

void AccountCache::reload()
{
    if (!m_client.may(FinanceClient::Perm::accountRead()))
        return;
    m_loading = true;
    m_client.accounts(
        {}, this,
        [this](const QJsonObject& result) {
            m_loading = false;
            m_loaded = true;
            m_accounts.clear();
            m_byId.clear();
            m_byCode.clear();
            for (const QJsonValue& v : result.value(QLatin1String("rows")).toArray()) {
                const QJsonObject a = v.toObject();
                m_byId.insert(FinanceText::id(a, "id"), int(m_accounts.size()));
                m_byCode.insert(FinanceText::str(a, "code"), int(m_accounts.size()));
                m_accounts.append(a);
            }
            emit changed();
        },
        [this](const Rpc::Error&) { m_loading = false; });
}

QJsonObject AccountCache::byId(qint64 id) const
{
    const auto it = m_byId.constFind(id);
    return it == m_byId.constEnd() ? QJsonObject() : m_accounts.at(*it);
}

QJsonObject AccountCache::byCode(const QString& code) const
{
    const auto it = m_byCode.constFind(code);
    return it == m_byCode.constEnd() ? QJsonObject() : m_accounts.at(*it);
}

QString AccountCache::label(qint64 id) const
{
    const QJsonObject a = byId(id);
    return a.isEmpty() ? QStringLiteral("#%1").arg(id) : FinanceText::accountLabel(a);
}

} // namespace Erp::Client::Finance
