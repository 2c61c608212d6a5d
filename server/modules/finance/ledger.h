#pragma once

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Erp::Server::Finance {

/// An account of the chart (table fin_accounts).
struct Account
{
    qint64 id = 0;
    QString code;
    QString name;
    QString nameEn;
    qint64 parentId = 0; ///< 0: first level
    QString type;        ///< asset, liability, common, equity, cost, revenue, expense
    QString normalBalance = QStringLiteral("debit");
    int level = 1;
    bool leaf = true;
    bool active = true;
    bool used = false;
    QString createdAt;
    QString updatedAt;
    qint64 version = 1;
};

QJsonObject toJson(const Account& a);

/// One line of a journal entry: exactly one of debit and credit is non-zero (negative in a red
/// reversal). Money in minor units of the base currency.
struct EntryLine
{
    int lineNo = 0;
    qint64 accountId = 0;
    QString accountCode; ///< read with the line
    QString accountName;
    qint64 debit = 0;
    qint64 credit = 0;
    QString partnerType; ///< customer, supplier, employee or empty
    qint64 partnerId = 0;
    QString description;
    QString currency;                     ///< a foreign currency the line came in, or empty
    std::optional<qint64> currencyAmount; ///< its amount in that currency's minor units
};

/// A journal entry (记账凭证): a draft until posted, then immutable.
struct Entry
{
    qint64 id = 0;
    QString journal = QStringLiteral("general");
    QString number; ///< empty until posted
    int seqYear = 0;
    qint64 seqNo = 0;
    qint64 chainSeq = 0;
    QDate date;
    QString period; ///< yyyy-MM of the date
    QString description;
    QString sourceType; ///< sales_order, purchase_order, stock_count, manual, ...
    qint64 sourceId = 0;
    QString sourceRef;
    QString state = QStringLiteral("draft");
    bool automatic = false;
    qint64 reversalOf = 0;
    qint64 reversedBy = 0;
    qint64 total = 0; ///< the debit total
    QString hash;
    QString prevHash;
    QString createdAt;
    QString createdBy;
    QString postedAt;
    QString postedBy;
    QString updatedAt;
    qint64 version = 1;
    QList<EntryLine> lines;

    bool isPosted() const { return state == QLatin1String("posted"); }
};

QJsonObject toJson(const Entry& e);

/// The month of a date as the books name it: "2026-03".
QString periodOf(const QDate& date);

/// The chain hash of a posted entry: SHA-256 (hex) over its journal, number, date, period,
/// description, source, reversal link, lines and `prevHash`. finance.check recomputes it.
QString chainHash(const Entry& e, const QString& prevHash);

/// The journals and their voucher letters: 记 (general), 销, 购, 现, 银, 薪, 存 in the Chinese
/// chart; GJ, SJ, PJ, CJ, BJ, PY, ST in the generic one.
const QStringList& journals();
QString voucherPrefix(const QString& journal, bool chinese);

} // namespace Erp::Server::Finance
