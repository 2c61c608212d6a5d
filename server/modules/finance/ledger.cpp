#include "server/modules/finance/ledger.h"

#include "common/money.h"

#include <QHash>

#include <QCryptographicHash>
#include <QJsonArray>
#include <QStringList>

namespace Erp::Server::Finance {

namespace {

QString amount(qint64 minor)
{
    return Money(minor).toString();
}

QJsonValue idOrNull(qint64 id)
{
    return id > 0 ? QJsonValue(id) : QJsonValue();
}

} // namespace

QJsonObject toJson(const Account& a)
{
    return QJsonObject{
        {QStringLiteral("id"), a.id},
        {QStringLiteral("code"), a.code},
        {QStringLiteral("name"), a.name},
        {QStringLiteral("name_en"), a.nameEn},
        {QStringLiteral("parent_id"), idOrNull(a.parentId)},
        {QStringLiteral("type"), a.type},
        {QStringLiteral("normal_balance"), a.normalBalance},
        {QStringLiteral("level"), a.level},
        {QStringLiteral("leaf"), a.leaf},
        {QStringLiteral("active"), a.active},
        {QStringLiteral("used"), a.used},
        {QStringLiteral("created_at"), a.createdAt},
        {QStringLiteral("updated_at"), a.updatedAt},
        {QStringLiteral("version"), a.version},
    };
}

QJsonObject toJson(const Entry& e)
{
    QJsonArray lines;
    qint64 debit = 0;
    qint64 credit = 0;
    for (const EntryLine& l : e.lines) {
        debit += l.debit;
        credit += l.credit;
        QJsonObject line{
            {QStringLiteral("line_no"), l.lineNo},
            {QStringLiteral("account_id"), l.accountId},
            {QStringLiteral("account_code"), l.accountCode},
            {QStringLiteral("account_name"), l.accountName},
            {QStringLiteral("debit"), amount(l.debit)},
            {QStringLiteral("credit"), amount(l.credit)},
            {QStringLiteral("partner_type"), l.partnerType},
            {QStringLiteral("partner_id"), idOrNull(l.partnerId)},
            {QStringLiteral("description"), l.description},
            {QStringLiteral("currency"), l.currency},
            {QStringLiteral("currency_amount"),
             l.currencyAmount ? QJsonValue(amount(*l.currencyAmount)) : QJsonValue()},
        };
        lines.append(line);
    }
    return QJsonObject{
        {QStringLiteral("id"), e.id},
        {QStringLiteral("journal"), e.journal},
        {QStringLiteral("number"), e.number.isEmpty() ? QJsonValue() : QJsonValue(e.number)},
        {QStringLiteral("date"), e.date.toString(Qt::ISODate)},
        {QStringLiteral("period"), e.period},
        {QStringLiteral("description"), e.description},
        {QStringLiteral("source_type"), e.sourceType},
        {QStringLiteral("source_id"), idOrNull(e.sourceId)},
        {QStringLiteral("source_ref"), e.sourceRef},
        {QStringLiteral("state"), e.state},
        {QStringLiteral("automatic"), e.automatic},
        {QStringLiteral("reversal_of"), idOrNull(e.reversalOf)},
        {QStringLiteral("reversed_by"), idOrNull(e.reversedBy)},
        {QStringLiteral("debit_total"), amount(debit)},
        {QStringLiteral("credit_total"), amount(credit)},
        {QStringLiteral("hash"), e.hash},
        {QStringLiteral("prev_hash"), e.prevHash},
        {QStringLiteral("created_at"), e.createdAt},
        {QStringLiteral("created_by"), e.createdBy},
        {QStringLiteral("posted_at"), e.postedAt.isEmpty() ? QJsonValue() : QJsonValue(e.postedAt)},
        {QStringLiteral("posted_by"), e.postedBy.isEmpty() ? QJsonValue() : QJsonValue(e.postedBy)},
        {QStringLiteral("updated_at"), e.updatedAt},
        {QStringLiteral("version"), e.version},
        {QStringLiteral("lines"), lines},
    };
}

QString periodOf(const QDate& date)
{
    return date.toString(QStringLiteral("yyyy-MM"));
}

QString chainHash(const Entry& e, const QString& prevHash)
{
    // Unit separators keep "a|b" + "c" apart from "a" + "b|c"; every field is written, empty
    // or not, so the layout is fixed.
    const QChar us(0x1f);
    QStringList parts{e.journal,
                      e.number,
                      e.date.toString(Qt::ISODate),
                      e.period,
                      e.description,
                      e.sourceType,
                      QString::number(e.sourceId),
                      e.sourceRef,
                      QString::number(e.reversalOf),
                      QString::number(e.total)};
    for (const EntryLine& l : e.lines)
        parts << QString::number(l.lineNo) << QString::number(l.accountId)
              << QString::number(l.debit) << QString::number(l.credit) << l.partnerType
              << QString::number(l.partnerId) << l.description << l.currency
              << (l.currencyAmount ? QString::number(*l.currencyAmount) : QString());
    parts << prevHash;
    return QString::fromLatin1(
        QCryptographicHash::hash(parts.join(us).toUtf8(), QCryptographicHash::Sha256).toHex());
}

const QStringList& journals()
{
    static const QStringList list{
        QStringLiteral("general"), QStringLiteral("sales"), QStringLiteral("purchases"),
        QStringLiteral("cash"),    QStringLiteral("bank"),  QStringLiteral("payroll"),
        QStringLiteral("stock"),
    };
    return list;
}

QString voucherPrefix(const QString& journal, bool chinese)
{
    static const QHash<QString, QPair<QString, QString>> prefixes{
        {QStringLiteral("general"), {QStringLiteral("记"), QStringLiteral("GJ")}},
        {QStringLiteral("sales"), {QStringLiteral("销"), QStringLiteral("SJ")}},
        {QStringLiteral("purchases"), {QStringLiteral("购"), QStringLiteral("PJ")}},
        {QStringLiteral("cash"), {QStringLiteral("现"), QStringLiteral("CJ")}},
        {QStringLiteral("bank"), {QStringLiteral("银"), QStringLiteral("BJ")}},
        {QStringLiteral("payroll"), {QStringLiteral("薪"), QStringLiteral("PY")}},
        {QStringLiteral("stock"), {QStringLiteral("存"), QStringLiteral("ST")}},
    };
    const auto p = prefixes.value(journal);
    return chinese ? p.first : p.second;
}

} // namespace Erp::Server::Finance
