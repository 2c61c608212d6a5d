#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>

namespace Erp::Client::Finance {

class FinanceClient;

/// The chart of accounts as the Finance tab's screens share it: loaded once (the chart is
/// small — hundreds of accounts), read again when a colleague changes an account
/// (event.changed finance.account), looked up by id or code for names in the clerk's language.
class AccountCache final : public QObject
{
    Q_OBJECT
public:
    explicit AccountCache(FinanceClient& client, QObject* parent = nullptr);

    /// Loads the chart unless it is loaded or loading; changed() follows.
    void ensureLoaded();
    void reload();
    bool isLoaded() const { return m_loaded; }

    /// Every account in code order (parents before their sub-accounts).
    const QList<QJsonObject>& accounts() const { return m_accounts; }
    QJsonObject byId(qint64 id) const;
    QJsonObject byCode(const QString& code) const;
    /// "1002 银行存款" (the name in the clerk's language); "#id" when unknown.
    QString label(qint64 id) const;

signals:
    void changed();

private:
    FinanceClient& m_client;
    QList<QJsonObject> m_accounts;
    QHash<qint64, int> m_byId;
    QHash<QString, int> m_byCode;
    bool m_loaded = false;
    bool m_loading = false;
};

} // namespace Erp::Client::Finance
