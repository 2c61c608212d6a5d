#pragma once

#include "app/net/apiclient.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <functional>

namespace Erp::Client::Finance {

/// Typed calls of the finance module the Finance tab uses (docs/PROTOCOL.md "Finance
/// module"). Records travel as the server's JSON objects: amounts stay exact decimal strings
/// ("1234.50"). Every handler runs later, and only while `context` is alive.
class FinanceClient final
{
public:
    using Done = std::function<void(const QJsonObject&)>;
    using Fail = ApiClient::ErrorHandler;

    /// Permission names (docs/FINANCE.md).
    struct Perm
    {
        static QString accountRead() { return QStringLiteral("finance.account.read"); }
        static QString accountWrite() { return QStringLiteral("finance.account.write"); }
        static QString entryRead() { return QStringLiteral("finance.entry.read"); }
        static QString entryWrite() { return QStringLiteral("finance.entry.write"); }
        static QString entryPost() { return QStringLiteral("finance.entry.post"); }
        static QString periodClose() { return QStringLiteral("finance.period.close"); }
        static QString periodReopen() { return QStringLiteral("finance.period.reopen"); }
        static QString reportRead() { return QStringLiteral("finance.report.read"); }
        static QString settingsRead() { return QStringLiteral("finance.settings.read"); }
        static QString settingsWrite() { return QStringLiteral("finance.settings.write"); }
        static QString invoiceRead() { return QStringLiteral("finance.invoice.read"); }
        static QString invoiceWrite() { return QStringLiteral("finance.invoice.write"); }
        static QString invoicePost() { return QStringLiteral("finance.invoice.post"); }
        static QString paymentRead() { return QStringLiteral("finance.payment.read"); }
        static QString paymentWrite() { return QStringLiteral("finance.payment.write"); }
        static QString billRead() { return QStringLiteral("finance.bill.read"); }
        static QString billWrite() { return QStringLiteral("finance.bill.write"); }
        static QString billPost() { return QStringLiteral("finance.bill.post"); }
        static QString billApprove() { return QStringLiteral("finance.bill.approve"); }
    };

    explicit FinanceClient(ApiClient& api);
    ApiClient& api() const { return m_api; }
    bool may(const QString& permission) const { return m_api.hasPermission(permission); }

    /// Any finance method with an object result.
    void call(const QString& method, const QJsonObject& params, QObject* context, Done done,
              Fail fail);

    // Chart of accounts
    /// finance.account.list of the whole chart (in code order), `filter` as given.
    void accounts(const QJsonObject& filter, QObject* context, Done done, Fail fail);
    void createAccount(const QJsonObject& fields, QObject* context, Done done, Fail fail);
    /// finance.account.update {id, version} + `fields` (name, name_en, active).
    void updateAccount(qint64 id, qint64 version, const QJsonObject& fields, QObject* context,
                       Done done, Fail fail);

    // Journal entries
    void entry(qint64 id, QObject* context, Done done, Fail fail);
    /// finance.entry.create (id 0; `post` posts at once) or finance.entry.update of a draft.
    void saveEntry(qint64 id, qint64 version, const QJsonObject& fields, bool post,
                   QObject* context, Done done, Fail fail);
    /// finance.entry.post / finance.entry.discard {id, version}.
    void entryAction(const QString& verb, qint64 id, qint64 version, QObject* context, Done done,
                     Fail fail);
    void reverseEntry(qint64 id, qint64 version, const QString& date, const QString& description,
                      QObject* context, Done done, Fail fail);

    // Periods, reports, the check
    /// finance.period.list of the fiscal year starting in `year` (0: the current one).
    void periods(int year, QObject* context, Done done, Fail fail);
    void closePeriod(const QString& period, QObject* context, Done done, Fail fail);
    void reopenPeriod(const QString& period, const QString& reason, QObject* context, Done done,
                      Fail fail);
    /// finance.report.trial_balance for the months from..to ("2026-01"; empty: the default).
    void trialBalance(const QString& from, const QString& to, QObject* context, Done done,
                      Fail fail);
    /// finance.report.ledger of an account for dates from..to (ISO; empty: the default).
    void ledger(qint64 accountId, const QString& from, const QString& to, qint64 offset, int limit,
                QObject* context, Done done, Fail fail);
    void check(QObject* context, Done done, Fail fail);

    // Settings
    void settings(QObject* context, Done done, Fail fail);
    /// finance.company.update {version} + `fields` (chart, reversal_style, roles).
    void updateSettings(qint64 version, const QJsonObject& fields, QObject* context, Done done,
                        Fail fail);

private:
    ApiClient& m_api;
};

} // namespace Erp::Client::Finance
