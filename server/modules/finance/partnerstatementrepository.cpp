#include "server/modules/finance/partnerstatementrepository.h"

#include "server/storage/database.h"
#include "server/storage/queryresult.h"

#include <QSqlQuery>
#include <QVariant>

namespace Erp::Server::Finance {

using Storage::exec;

namespace {

/// Every document of one customer as {doc_date, doc_kind, doc_number, debit, credit,
/// source_type, source_id, kind_order}: posted invoices debit, credit notes and receipts credit.
const QString kDocuments = QStringLiteral(
    "SELECT i.invoice_date AS doc_date, i.kind AS doc_kind, COALESCE(i.number, '') AS doc_number, "
    "CASE WHEN i.kind = 'invoice' THEN i.total ELSE 0 END AS debit, "
    "CASE WHEN i.kind = 'invoice' THEN 0 ELSE i.total END AS credit, "
    "'finance.invoice' AS source_type, i.id AS source_id, "
    "CASE WHEN i.kind = 'invoice' THEN 0 ELSE 1 END AS kind_order "
    "FROM fin_invoices i WHERE i.customer_id = :customer AND i.state NOT IN ('draft', "
    "'cancelled') "
    "UNION ALL SELECT p.payment_date, p.kind, p.number, 0, p.amount, 'finance.payment', p.id, 2 "
    "FROM fin_payments p WHERE p.partner_type = 'customer' AND p.partner_id = :customer");

} // namespace

std::optional<std::pair<QString, QString>> PartnerStatementRepository::customer(qint64 customerId)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral("SELECT code, name FROM customers WHERE id = :id"));
    q.bindValue(QStringLiteral(":id"), customerId);
    exec(q);
    std::optional<std::pair<QString, QString>> out;
    if (q.next())
        out.emplace(q.value(0).toString(), q.value(1).toString());
    q.finish();
    return out;
}

qint64 PartnerStatementRepository::balanceBefore(qint64 customerId, const QDate& from)
{
    QSqlQuery& q = m_db.prepared(
        QStringLiteral("SELECT COALESCE(SUM(d.debit - d.credit), 0) FROM (%1) d WHERE "
                       "d.doc_date < :from")
            .arg(kDocuments));
    q.bindValue(QStringLiteral(":customer"), customerId);
    q.bindValue(QStringLiteral(":from"), from.toString(Qt::ISODate));
    exec(q);
    return Storage::oneInteger(q);
}

QList<PartnerStatementRepository::Line>
PartnerStatementRepository::lines(qint64 customerId, const QDate& from, const QDate& to)
{
    QSqlQuery& q = m_db.prepared(
        QStringLiteral("SELECT d.doc_date, d.doc_kind, d.doc_number, d.debit, d.credit, "
                       "d.source_type, d.source_id FROM (%1) d WHERE d.doc_date >= :from AND "
                       "d.doc_date <= :to ORDER BY d.doc_date, d.kind_order, d.doc_number, "
                       "d.source_id")
            .arg(kDocuments));
    q.bindValue(QStringLiteral(":customer"), customerId);
    q.bindValue(QStringLiteral(":from"), from.toString(Qt::ISODate));
    q.bindValue(QStringLiteral(":to"), to.toString(Qt::ISODate));
    exec(q);
    QList<Line> out;
    while (q.next()) {
        Line l;
        l.date = q.value(0).toString();
        l.kind = q.value(1).toString();
        l.number = q.value(2).toString();
        l.debit = q.value(3).toLongLong();
        l.credit = q.value(4).toLongLong();
        l.sourceType = q.value(5).toString();
        l.sourceId = q.value(6).toLongLong();
        out.append(l);
    }
    q.finish();
    return out;
}

} // namespace Erp::Server::Finance
