#include "server/modules/finance/invoicerepository.h"

#include "common/money.h"
#include "server/modules/finance/documentsql.h"
#include "server/platform/recordrules.h"
#include "server/storage/database.h"
#include "server/storage/listquery.h"
#include "server/storage/queryresult.h"
#include "server/storage/sqldialect.h"

#include <QSqlQuery>
#include <QVariant>

namespace Erp::Server::Finance {

using Storage::exec;
using namespace DocumentSql;

namespace {

const QString kInvoiceColumns = QStringLiteral(
    "i.id, i.kind, i.number, i.customer_id, c.code, c.name, i.order_id, i.order_number, "
    "i.credit_of, o.number, i.invoice_date, i.due_date, i.currency, i.net, i.tax, i.total, "
    "i.paid, i.credited, i.state, i.fapiao_number, i.fapiao_date, i.notes, i.entry_id, "
    "i.created_at, i.created_by, i.posted_at, i.posted_by, i.updated_at, i.version");
constexpr int kInvoiceColumnCount = 29;
const QString kInvoiceFrom =
    QStringLiteral(" FROM fin_invoices i JOIN customers c ON c.id = i.customer_id "
                   "LEFT JOIN fin_invoices o ON o.id = i.credit_of");

const QString kPaymentColumns = QStringLiteral(
    "p.id, p.number, p.kind, p.partner_type, p.partner_id, COALESCE(c.name, s.name, ''), "
    "p.payment_date, p.amount, p.applied, p.reference, p.notes, p.entry_id, p.created_at, "
    "p.created_by, p.updated_at, p.version");
constexpr int kPaymentColumnCount = 16;
const QString kPaymentFrom = QStringLiteral(
    " FROM fin_payments p LEFT JOIN customers c ON p.partner_type = 'customer' AND c.id = "
    "p.partner_id LEFT JOIN suppliers s ON p.partner_type = 'supplier' AND s.id = p.partner_id");

const QString kAllocationColumns =
    QStringLiteral("a.id, a.invoice_id, i.number, a.payment_id, COALESCE(p.number, n.number, ''), "
                   "a.credit_note_id, a.amount, a.effective_date, a.created_at, a.created_by");
const QString kAllocationFrom = QStringLiteral(
    " FROM fin_allocations a JOIN fin_invoices i ON i.id = a.invoice_id LEFT JOIN fin_payments "
    "p ON p.id = a.payment_id LEFT JOIN fin_invoices n ON n.id = a.credit_note_id");

Invoice readInvoice(const QSqlQuery& q)
{
    Invoice i;
    i.id = q.value(0).toLongLong();
    i.kind = q.value(1).toString();
    i.number = q.value(2).toString();
    i.customerId = q.value(3).toLongLong();
    i.customerCode = q.value(4).toString();
    i.customerName = q.value(5).toString();
    i.orderId = q.value(6).toLongLong();
    i.orderNumber = q.value(7).toString();
    i.creditOf = q.value(8).toLongLong();
    i.creditOfNumber = q.value(9).toString();
    i.date = QDate::fromString(q.value(10).toString(), Qt::ISODate);
    i.dueDate = QDate::fromString(q.value(11).toString(), Qt::ISODate);
    i.currency = q.value(12).toString();
    i.net = q.value(13).toLongLong();
    i.tax = q.value(14).toLongLong();
    i.total = q.value(15).toLongLong();
    i.paid = q.value(16).toLongLong();
    i.credited = q.value(17).toLongLong();
    i.state = q.value(18).toString();
    i.fapiaoNumber = q.value(19).toString();
    i.fapiaoDate = q.value(20).toString();
    i.notes = q.value(21).toString();
    i.entryId = q.value(22).toLongLong();
    i.createdAt = q.value(23).toString();
    i.createdBy = q.value(24).toString();
    i.postedAt = q.value(25).toString();
    i.postedBy = q.value(26).toString();
    i.updatedAt = q.value(27).toString();
    i.version = q.value(28).toLongLong();
    return i;
}

Payment readPayment(const QSqlQuery& q)
{
    Payment p;
    p.id = q.value(0).toLongLong();
    p.number = q.value(1).toString();
    p.kind = q.value(2).toString();
    p.partnerType = q.value(3).toString();
    p.partnerId = q.value(4).toLongLong();
    p.partnerName = q.value(5).toString();
    p.date = QDate::fromString(q.value(6).toString(), Qt::ISODate);
    p.amount = q.value(7).toLongLong();
    p.applied = q.value(8).toLongLong();
    p.reference = q.value(9).toString();
    p.notes = q.value(10).toString();
    p.entryId = q.value(11).toLongLong();
    p.createdAt = q.value(12).toString();
    p.createdBy = q.value(13).toString();
    p.updatedAt = q.value(14).toString();
    p.version = q.value(15).toLongLong();
    return p;
}

Allocation readAllocation(const QSqlQuery& q)
{
    Allocation a;
    a.id = q.value(0).toLongLong();
    a.invoiceId = q.value(1).toLongLong();
    a.invoiceNumber = q.value(2).toString();
    a.paymentId = q.value(3).toLongLong();
    a.paymentNumber = q.value(4).toString();
    a.creditNoteId = q.value(5).toLongLong();
    a.amount = q.value(6).toLongLong();
    a.effectiveDate = q.value(7).toString();
    a.createdAt = q.value(8).toString();
    a.createdBy = q.value(9).toString();
    return a;
}

void bindHeader(QSqlQuery& q, const Invoice& i)
{
    q.bindValue(QStringLiteral(":customer"), i.customerId);
    q.bindValue(QStringLiteral(":order"), idOrNull(i.orderId));
    q.bindValue(QStringLiteral(":order_number"), text(i.orderNumber));
    q.bindValue(QStringLiteral(":date"), i.date.toString(Qt::ISODate));
    q.bindValue(QStringLiteral(":due"), i.dueDate.toString(Qt::ISODate));
    q.bindValue(QStringLiteral(":currency"), i.currency);
    q.bindValue(QStringLiteral(":net"), i.net);
    q.bindValue(QStringLiteral(":tax"), i.tax);
    q.bindValue(QStringLiteral(":total"), i.total);
    q.bindValue(QStringLiteral(":fapiao"), text(i.fapiaoNumber));
    q.bindValue(QStringLiteral(":fapiao_date"), text(i.fapiaoDate));
    q.bindValue(QStringLiteral(":notes"), text(i.notes));
    q.bindValue(QStringLiteral(":now"), Storage::nowText());
}

} // namespace

QList<InvoiceLine> InvoiceRepository::lines(qint64 invoiceId)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "SELECT id, line_no, order_line_id, credit_of_line, product_id, description, "
        "discount_pct, qty, unit_price, tax_rate, price_includes_tax, net, tax, gross FROM "
        "fin_invoice_lines WHERE invoice_id = :id ORDER BY line_no"));
    q.bindValue(QStringLiteral(":id"), invoiceId);
    exec(q);
    QList<InvoiceLine> out;
    while (q.next()) {
        InvoiceLine l;
        l.id = q.value(0).toLongLong();
        l.lineNo = q.value(1).toInt();
        l.orderLineId = q.value(2).toLongLong();
        l.creditOfLine = q.value(3).toLongLong();
        l.productId = q.value(4).toLongLong();
        l.description = q.value(5).toString();
        l.discount = q.value(6).toLongLong();
        readTaxed(q, 7, l);
        out.append(l);
    }
    q.finish();
    return out;
}

std::optional<Invoice> InvoiceRepository::byId(qint64 id, bool lock)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral("SELECT ") + kInvoiceColumns + kInvoiceFrom +
                                 QStringLiteral(" WHERE i.id = :id") +
                                 (lock ? m_db.sql().forUpdateOf(QStringLiteral("i")) : QString()));
    q.bindValue(QStringLiteral(":id"), id);
    exec(q);
    if (!q.next())
        return std::nullopt;
    Invoice i = readInvoice(q);
    q.finish();
    i.lines = lines(id);
    return i;
}

void InvoiceRepository::insertLines(qint64 invoiceId, const QList<InvoiceLine>& lines)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "INSERT INTO fin_invoice_lines (invoice_id, line_no, order_line_id, credit_of_line, "
        "product_id, description, qty, unit_price, discount_pct, tax_rate, price_includes_tax, "
        "net, tax, gross) VALUES (:invoice, :no, :order_line, :credit_of, :product, "
        ":description, :qty, :price, :discount, :rate, :inclusive, :net, :tax, :gross)"));
    for (const InvoiceLine& l : lines) {
        q.bindValue(QStringLiteral(":invoice"), invoiceId);
        q.bindValue(QStringLiteral(":no"), l.lineNo);
        q.bindValue(QStringLiteral(":order_line"), idOrNull(l.orderLineId));
        q.bindValue(QStringLiteral(":credit_of"), idOrNull(l.creditOfLine));
        q.bindValue(QStringLiteral(":product"), idOrNull(l.productId));
        q.bindValue(QStringLiteral(":description"), text(l.description));
        q.bindValue(QStringLiteral(":discount"), l.discount);
        bindTaxed(q, l);
        exec(q);
    }
}

void InvoiceRepository::insert(Invoice& i)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "INSERT INTO fin_invoices (kind, customer_id, order_id, order_number, credit_of, "
        "invoice_date, due_date, currency, net, tax, total, state, fapiao_number, fapiao_date, "
        "notes, created_at, created_by, updated_at, version) VALUES (:kind, :customer, :order, "
        ":order_number, :credit_of, :date, :due, :currency, :net, :tax, :total, 'draft', "
        ":fapiao, :fapiao_date, :notes, :now, :by, :now, 1) RETURNING id"));
    bindHeader(q, i);
    q.bindValue(QStringLiteral(":kind"), i.kind);
    q.bindValue(QStringLiteral(":credit_of"), idOrNull(i.creditOf));
    q.bindValue(QStringLiteral(":by"), text(i.createdBy));
    exec(q);
    i.id = Storage::oneInteger(q);
    i.version = 1;
    insertLines(i.id, i.lines);
}

bool InvoiceRepository::updateDraft(const Invoice& i, qint64 expectedVersion)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "UPDATE fin_invoices SET customer_id = :customer, order_id = :order, order_number = "
        ":order_number, invoice_date = :date, due_date = :due, currency = :currency, net = :net, "
        "tax = :tax, total = :total, fapiao_number = :fapiao, fapiao_date = :fapiao_date, notes "
        "= :notes, updated_at = :now, version = version + 1 WHERE id = :id AND version = :v AND "
        "state = 'draft'"));
    bindHeader(q, i);
    q.bindValue(QStringLiteral(":id"), i.id);
    q.bindValue(QStringLiteral(":v"), expectedVersion);
    exec(q);
    if (q.numRowsAffected() != 1)
        return false;
    QSqlQuery& del =
        m_db.prepared(QStringLiteral("DELETE FROM fin_invoice_lines WHERE invoice_id = :id"));
    del.bindValue(QStringLiteral(":id"), i.id);
    exec(del);
    insertLines(i.id, i.lines);
    return true;
}

bool InvoiceRepository::cancelDraft(qint64 id, qint64 expectedVersion)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "UPDATE fin_invoices SET state = 'cancelled', updated_at = :now, version = version + 1 "
        "WHERE id = :id AND version = :v AND state = 'draft'"));
    q.bindValue(QStringLiteral(":now"), Storage::nowText());
    q.bindValue(QStringLiteral(":id"), id);
    q.bindValue(QStringLiteral(":v"), expectedVersion);
    exec(q);
    return q.numRowsAffected() == 1;
}

bool InvoiceRepository::markPosted(const Invoice& i, qint64 expectedVersion)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "UPDATE fin_invoices SET number = :number, due_date = :due, entry_id = :entry, state = "
        "'posted', posted_at = :now, posted_by = :by, updated_at = :now, version = version + 1 "
        "WHERE id = :id AND version = :v AND state = 'draft'"));
    q.bindValue(QStringLiteral(":number"), i.number);
    q.bindValue(QStringLiteral(":due"), i.dueDate.toString(Qt::ISODate));
    q.bindValue(QStringLiteral(":entry"), idOrNull(i.entryId));
    q.bindValue(QStringLiteral(":now"), Storage::nowText());
    q.bindValue(QStringLiteral(":by"), text(i.postedBy));
    q.bindValue(QStringLiteral(":id"), i.id);
    q.bindValue(QStringLiteral(":v"), expectedVersion);
    exec(q);
    return q.numRowsAffected() == 1;
}

bool InvoiceRepository::setFapiao(qint64 id, qint64 expectedVersion, const QString& number,
                                  const QString& date)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "UPDATE fin_invoices SET fapiao_number = :fapiao, fapiao_date = :fapiao_date, updated_at "
        "= :now, version = version + 1 WHERE id = :id AND version = :v"));
    q.bindValue(QStringLiteral(":fapiao"), text(number));
    q.bindValue(QStringLiteral(":fapiao_date"), text(date));
    q.bindValue(QStringLiteral(":now"), Storage::nowText());
    q.bindValue(QStringLiteral(":id"), id);
    q.bindValue(QStringLiteral(":v"), expectedVersion);
    exec(q);
    return q.numRowsAffected() == 1;
}

bool InvoiceRepository::settle(qint64 id, qint64 paidDelta, qint64 creditedDelta)
{
    // One statement: the guard and the state that follows the new open amount.
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "UPDATE fin_invoices SET paid = paid + :p, credited = credited + :c, state = CASE WHEN "
        "total - paid - credited - :p - :c = 0 AND total > 0 THEN (CASE WHEN credited + :c = "
        "total THEN 'credited' ELSE 'paid' END) WHEN paid + credited + :p + :c > 0 THEN "
        "'partially_paid' ELSE 'posted' END, updated_at = :now, version = version + 1 WHERE id = "
        ":id AND state NOT IN ('draft', 'cancelled') AND paid + :p >= 0 AND credited + :c >= 0 "
        "AND paid + credited + :p + :c <= total"));
    q.bindValue(QStringLiteral(":p"), paidDelta);
    q.bindValue(QStringLiteral(":c"), creditedDelta);
    q.bindValue(QStringLiteral(":now"), Storage::nowText());
    q.bindValue(QStringLiteral(":id"), id);
    exec(q);
    return q.numRowsAffected() == 1;
}

QJsonObject InvoiceRepository::list(const Storage::ListQuery& query,
                                    const Platform::RowScope& visible)
{
    QString where = QStringLiteral(" WHERE 1 = 1") + visible.andCondition();
    const QJsonObject& f = query.filter;
    if (has(f, "kind"))
        where += QStringLiteral(" AND i.kind = :kind");
    if (has(f, "state"))
        where += QStringLiteral(" AND i.state = :state");
    if (has(f, "from"))
        where += QStringLiteral(" AND i.invoice_date >= :from");
    if (has(f, "to"))
        where += QStringLiteral(" AND i.invoice_date <= :to");
    if (has(f, "customer_id"))
        where += QStringLiteral(" AND i.customer_id = :customer_id");
    if (has(f, "order_id"))
        where += QStringLiteral(" AND i.order_id = :order_id");
    if (has(f, "open"))
        where += f.value(QLatin1String("open")).toBool()
                     ? QStringLiteral(" AND i.state IN ('posted', 'partially_paid')")
                     : QStringLiteral(" AND i.state NOT IN ('posted', 'partially_paid')");
    if (!query.search.isEmpty())
        where += QStringLiteral(
            " AND (lower(i.number) LIKE :q ESCAPE '\\' OR lower(c.name) LIKE :q ESCAPE '\\' OR "
            "lower(i.order_number) LIKE :q ESCAPE '\\' OR i.fapiao_number LIKE :q ESCAPE '\\')");
    auto bind = [&](QSqlQuery& q) {
        for (const char* key : {"kind", "state", "from", "to"})
            if (has(f, key))
                q.bindValue(QLatin1Char(':') + QLatin1String(key),
                            f.value(QLatin1String(key)).toString());
        for (const char* key : {"customer_id", "order_id"})
            if (has(f, key))
                q.bindValue(QLatin1Char(':') + QLatin1String(key),
                            f.value(QLatin1String(key)).toInteger());
        if (!query.search.isEmpty())
            q.bindValue(QStringLiteral(":q"), Storage::containsPattern(query.search.toLower()));
        visible.bind(q);
    };
    return page(m_db, query, kInvoiceColumns, kInvoiceColumnCount, kInvoiceFrom, where, bind,
                [](const QSqlQuery& q) {
                    const Invoice i = readInvoice(q);
                    QJsonObject row = toJson(i);
                    row.remove(QStringLiteral("lines"));
                    return std::pair<qint64, QJsonObject>(i.id, row);
                });
}

QHash<qint64, qint64> InvoiceRepository::invoicedQty(qint64 orderId, qint64 exceptInvoiceId)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "SELECT l.order_line_id, SUM(CASE WHEN i.kind = 'invoice' THEN l.qty ELSE -l.qty END) "
        "FROM fin_invoice_lines l JOIN fin_invoices i ON i.id = l.invoice_id WHERE i.order_id = "
        ":order AND i.state <> 'cancelled' AND i.id <> :except AND l.order_line_id IS NOT NULL "
        "GROUP BY l.order_line_id"));
    q.bindValue(QStringLiteral(":order"), orderId);
    q.bindValue(QStringLiteral(":except"), exceptInvoiceId);
    exec(q);
    QHash<qint64, qint64> out;
    while (q.next())
        out.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
    q.finish();
    return out;
}

QHash<qint64, InvoiceRepository::Credited> InvoiceRepository::creditedLines(qint64 invoiceId)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "SELECT l.credit_of_line, SUM(l.qty), SUM(l.net), SUM(l.tax) FROM fin_invoice_lines l "
        "JOIN fin_invoices n ON n.id = l.invoice_id WHERE n.credit_of = :id AND n.state <> "
        "'cancelled' AND l.credit_of_line IS NOT NULL GROUP BY l.credit_of_line"));
    q.bindValue(QStringLiteral(":id"), invoiceId);
    exec(q);
    QHash<qint64, Credited> out;
    while (q.next())
        out.insert(q.value(0).toLongLong(),
                   {q.value(1).toLongLong(), q.value(2).toLongLong(), q.value(3).toLongLong()});
    q.finish();
    return out;
}

void InvoiceRepository::insertPayment(Payment& p)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "INSERT INTO fin_payments (number, kind, partner_type, partner_id, payment_date, amount, "
        "applied, reference, notes, created_at, created_by, updated_at, version) VALUES "
        "(:number, :kind, :ptype, :pid, :date, :amount, 0, :reference, :notes, :now, :by, :now, "
        "1) RETURNING id"));
    q.bindValue(QStringLiteral(":number"), p.number);
    q.bindValue(QStringLiteral(":kind"), p.kind);
    q.bindValue(QStringLiteral(":ptype"), p.partnerType);
    q.bindValue(QStringLiteral(":pid"), p.partnerId);
    q.bindValue(QStringLiteral(":date"), p.date.toString(Qt::ISODate));
    q.bindValue(QStringLiteral(":amount"), p.amount);
    q.bindValue(QStringLiteral(":reference"), text(p.reference));
    q.bindValue(QStringLiteral(":notes"), text(p.notes));
    q.bindValue(QStringLiteral(":now"), Storage::nowText());
    q.bindValue(QStringLiteral(":by"), text(p.createdBy));
    exec(q);
    p.id = Storage::oneInteger(q);
    p.version = 1;
}

std::optional<Payment> InvoiceRepository::paymentById(qint64 id, bool lock)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral("SELECT ") + kPaymentColumns + kPaymentFrom +
                                 QStringLiteral(" WHERE p.id = :id") +
                                 (lock ? m_db.sql().forUpdateOf(QStringLiteral("p")) : QString()));
    q.bindValue(QStringLiteral(":id"), id);
    exec(q);
    if (!q.next())
        return std::nullopt;
    const Payment p = readPayment(q);
    q.finish();
    return p;
}

bool InvoiceRepository::applyToPayment(qint64 id, qint64 expectedVersion, qint64 delta)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "UPDATE fin_payments SET applied = applied + :d, updated_at = :now, version = version + "
        "1 WHERE id = :id AND version = :v AND applied + :d >= 0 AND applied + :d <= amount"));
    q.bindValue(QStringLiteral(":d"), delta);
    q.bindValue(QStringLiteral(":now"), Storage::nowText());
    q.bindValue(QStringLiteral(":id"), id);
    q.bindValue(QStringLiteral(":v"), expectedVersion);
    exec(q);
    return q.numRowsAffected() == 1;
}

bool InvoiceRepository::setPaymentEntry(qint64 id, qint64 entryId)
{
    QSqlQuery& q =
        m_db.prepared(QStringLiteral("UPDATE fin_payments SET entry_id = :entry WHERE id = :id"));
    q.bindValue(QStringLiteral(":entry"), idOrNull(entryId));
    q.bindValue(QStringLiteral(":id"), id);
    exec(q);
    return q.numRowsAffected() == 1;
}

QJsonObject InvoiceRepository::listPayments(const Storage::ListQuery& query)
{
    QString where = QStringLiteral(" WHERE 1 = 1");
    const QJsonObject& f = query.filter;
    if (has(f, "kind"))
        where += QStringLiteral(" AND p.kind = :kind");
    if (has(f, "partner_type"))
        where += QStringLiteral(" AND p.partner_type = :partner_type");
    if (has(f, "partner_id"))
        where += QStringLiteral(" AND p.partner_id = :partner_id");
    if (has(f, "from"))
        where += QStringLiteral(" AND p.payment_date >= :from");
    if (has(f, "to"))
        where += QStringLiteral(" AND p.payment_date <= :to");
    if (has(f, "unapplied"))
        where += f.value(QLatin1String("unapplied")).toBool()
                     ? QStringLiteral(" AND p.applied < p.amount")
                     : QStringLiteral(" AND p.applied = p.amount");
    if (!query.search.isEmpty())
        where += QStringLiteral(" AND (lower(p.number) LIKE :q ESCAPE '\\' OR lower(p.reference) "
                                "LIKE :q ESCAPE '\\' OR lower(COALESCE(c.name, s.name, '')) LIKE "
                                ":q ESCAPE '\\')");
    auto bind = [&](QSqlQuery& q) {
        for (const char* key : {"kind", "partner_type", "from", "to"})
            if (has(f, key))
                q.bindValue(QLatin1Char(':') + QLatin1String(key),
                            f.value(QLatin1String(key)).toString());
        if (has(f, "partner_id"))
            q.bindValue(QStringLiteral(":partner_id"),
                        f.value(QLatin1String("partner_id")).toInteger());
        if (!query.search.isEmpty())
            q.bindValue(QStringLiteral(":q"), Storage::containsPattern(query.search.toLower()));
    };
    return page(m_db, query, kPaymentColumns, kPaymentColumnCount, kPaymentFrom, where, bind,
                [](const QSqlQuery& q) {
                    const Payment p = readPayment(q);
                    return std::pair<qint64, QJsonObject>(p.id, toJson(p));
                });
}

qint64 InvoiceRepository::insertAllocation(const Allocation& a)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "INSERT INTO fin_allocations (invoice_id, payment_id, credit_note_id, amount, "
        "effective_date, created_at, created_by) VALUES (:invoice, :payment, :credit_note, "
        ":amount, :date, :now, :by) RETURNING id"));
    q.bindValue(QStringLiteral(":invoice"), a.invoiceId);
    q.bindValue(QStringLiteral(":payment"), idOrNull(a.paymentId));
    q.bindValue(QStringLiteral(":credit_note"), idOrNull(a.creditNoteId));
    q.bindValue(QStringLiteral(":amount"), a.amount);
    q.bindValue(QStringLiteral(":date"), a.effectiveDate);
    q.bindValue(QStringLiteral(":now"), Storage::nowText());
    q.bindValue(QStringLiteral(":by"), text(a.createdBy));
    exec(q);
    return Storage::oneInteger(q);
}

std::optional<Allocation> InvoiceRepository::allocationById(qint64 id)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral("SELECT ") + kAllocationColumns + kAllocationFrom +
                                 QStringLiteral(" WHERE a.id = :id"));
    q.bindValue(QStringLiteral(":id"), id);
    exec(q);
    if (!q.next())
        return std::nullopt;
    const Allocation a = readAllocation(q);
    q.finish();
    return a;
}

bool InvoiceRepository::deleteAllocation(qint64 id)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral("DELETE FROM fin_allocations WHERE id = :id"));
    q.bindValue(QStringLiteral(":id"), id);
    exec(q);
    return q.numRowsAffected() == 1;
}

QList<Allocation> InvoiceRepository::allocationsOfPayment(qint64 paymentId)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral("SELECT ") + kAllocationColumns + kAllocationFrom +
                                 QStringLiteral(" WHERE a.payment_id = :id ORDER BY a.id"));
    q.bindValue(QStringLiteral(":id"), paymentId);
    exec(q);
    QList<Allocation> out;
    while (q.next())
        out.append(readAllocation(q));
    q.finish();
    return out;
}

QList<Allocation> InvoiceRepository::allocationsOfInvoice(qint64 invoiceId)
{
    QSqlQuery& q = m_db.prepared(
        QStringLiteral("SELECT ") + kAllocationColumns + kAllocationFrom +
        QStringLiteral(" WHERE a.invoice_id = :id OR a.credit_note_id = :id ORDER BY a.id"));
    q.bindValue(QStringLiteral(":id"), invoiceId);
    exec(q);
    QList<Allocation> out;
    while (q.next())
        out.append(readAllocation(q));
    q.finish();
    return out;
}

namespace {

/// The open items as of :asof, one row each: partner, due date (NULL for an unapplied credit)
/// and the signed open amount. Allocations count from their effective date on.
const QString kReceivableItems = QStringLiteral(
    "SELECT i.customer_id AS partner_id, i.id AS doc_id, i.kind AS doc_kind, i.number AS "
    "doc_number, i.invoice_date AS doc_date, i.due_date AS due, i.total - COALESCE((SELECT "
    "SUM(a.amount) FROM fin_allocations a WHERE a.invoice_id = i.id AND a.effective_date <= "
    ":asof), 0) AS open_amount FROM fin_invoices i WHERE i.kind = 'invoice' AND i.state NOT IN "
    "('draft', 'cancelled') AND i.invoice_date <= :asof "
    "UNION ALL SELECT n.customer_id, n.id, n.kind, n.number, n.invoice_date, NULL, -(n.total - "
    "COALESCE((SELECT SUM(a.amount) FROM fin_allocations a WHERE a.credit_note_id = n.id AND "
    "a.effective_date <= :asof), 0)) FROM fin_invoices n WHERE n.kind = 'credit_note' AND "
    "n.state NOT IN ('draft', 'cancelled') AND n.invoice_date <= :asof "
    "UNION ALL SELECT p.partner_id, p.id, p.kind, p.number, p.payment_date, NULL, -(p.amount - "
    "COALESCE((SELECT SUM(a.amount) FROM fin_allocations a WHERE a.payment_id = p.id AND "
    "a.effective_date <= :asof), 0)) FROM fin_payments p WHERE p.partner_type = 'customer' AND "
    "p.payment_date <= :asof");
/// Payables: posted supplier bills (credits on the payable account, positive) and supplier
/// payments not yet applied to them (advances: debits, negative).
const QString kPayableItems = QStringLiteral(
    "SELECT b.supplier_id AS partner_id, b.id AS doc_id, 'bill' AS doc_kind, b.number AS "
    "doc_number, b.bill_date AS doc_date, b.due_date AS due, b.total - COALESCE((SELECT "
    "SUM(a.amount) FROM fin_bill_allocations a WHERE a.bill_id = b.id AND a.effective_date <= "
    ":asof), 0) AS open_amount FROM fin_bills b WHERE b.state IN ('posted', 'partially_paid', "
    "'paid') AND b.bill_date <= :asof "
    "UNION ALL SELECT p.partner_id, p.id, p.kind, p.number, p.payment_date, NULL, -(p.amount - "
    "COALESCE((SELECT SUM(a.amount) FROM fin_bill_allocations a WHERE a.payment_id = p.id AND "
    "a.effective_date <= :asof), 0)) FROM fin_payments p WHERE p.partner_type = 'supplier' AND "
    "p.payment_date <= :asof");

void bindAging(QSqlQuery& q, const QDate& asOf)
{
    q.bindValue(QStringLiteral(":asof"), asOf.toString(Qt::ISODate));
    q.bindValue(QStringLiteral(":d30"), asOf.addDays(-30).toString(Qt::ISODate));
    q.bindValue(QStringLiteral(":d60"), asOf.addDays(-60).toString(Qt::ISODate));
    q.bindValue(QStringLiteral(":d90"), asOf.addDays(-90).toString(Qt::ISODate));
}

} // namespace

QList<InvoiceRepository::AgingRow> InvoiceRepository::aging(const QString& kind, const QDate& asOf,
                                                            qint64 partnerId)
{
    const bool receivable = kind == QLatin1String("receivable");
    // Days past due compare as dates: due >= as_of is current, due in [as_of - 30, as_of) is
    // 1-30 days past due, and so on; the same text on both backends.
    const QString sql =
        QStringLiteral(
            "SELECT o.partner_id, COALESCE(%1.code, ''), COALESCE(%1.name, ''), "
            "SUM(CASE WHEN o.due >= :asof THEN o.open_amount ELSE 0 END), "
            "SUM(CASE WHEN o.due < :asof AND o.due >= :d30 THEN o.open_amount ELSE 0 END), "
            "SUM(CASE WHEN o.due < :d30 AND o.due >= :d60 THEN o.open_amount ELSE 0 END), "
            "SUM(CASE WHEN o.due < :d60 AND o.due >= :d90 THEN o.open_amount ELSE 0 END), "
            "SUM(CASE WHEN o.due < :d90 THEN o.open_amount ELSE 0 END), "
            "SUM(CASE WHEN o.due IS NULL THEN o.open_amount ELSE 0 END), SUM(o.open_amount) "
            "FROM (%2) o LEFT JOIN %3 %1 ON %1.id = o.partner_id WHERE o.open_amount <> 0%4 "
            "GROUP BY o.partner_id, %1.code, %1.name ORDER BY %1.name, o.partner_id")
            .arg(receivable ? QStringLiteral("c") : QStringLiteral("s"),
                 receivable ? kReceivableItems : kPayableItems,
                 receivable ? QStringLiteral("customers") : QStringLiteral("suppliers"),
                 partnerId > 0 ? QStringLiteral(" AND o.partner_id = :partner") : QString());
    QSqlQuery& q = m_db.prepared(sql);
    bindAging(q, asOf);
    if (partnerId > 0)
        q.bindValue(QStringLiteral(":partner"), partnerId);
    exec(q);
    QList<AgingRow> out;
    while (q.next()) {
        AgingRow r;
        r.partnerId = q.value(0).toLongLong();
        r.partnerCode = q.value(1).toString();
        r.partnerName = q.value(2).toString();
        for (int b = 0; b < 5; ++b)
            r.buckets[b] = q.value(3 + b).toLongLong();
        r.unapplied = q.value(8).toLongLong();
        r.total = q.value(9).toLongLong();
        out.append(r);
    }
    q.finish();
    return out;
}

QJsonArray InvoiceRepository::openItems(const QString& kind, const QDate& asOf, qint64 partnerId)
{
    const bool receivable = kind == QLatin1String("receivable");
    QSqlQuery& q = m_db.prepared(
        QStringLiteral("SELECT o.doc_id, o.doc_kind, o.doc_number, o.doc_date, o.due, "
                       "o.open_amount FROM (%1) o WHERE o.open_amount <> 0 AND o.partner_id = "
                       ":partner ORDER BY o.doc_date, o.doc_number")
            .arg(receivable ? kReceivableItems : kPayableItems));
    bindAging(q, asOf);
    q.bindValue(QStringLiteral(":partner"), partnerId);
    exec(q);
    QJsonArray out;
    while (q.next()) {
        const QString due = q.value(4).toString();
        const QDate dueDate = QDate::fromString(due, Qt::ISODate);
        out.append(QJsonObject{
            {QStringLiteral("id"), q.value(0).toLongLong()},
            {QStringLiteral("kind"), q.value(1).toString()},
            {QStringLiteral("number"), q.value(2).toString()},
            {QStringLiteral("date"), q.value(3).toString()},
            {QStringLiteral("due_date"), due.isEmpty() ? QJsonValue() : QJsonValue(due)},
            {QStringLiteral("days_past_due"),
             dueDate.isValid() ? QJsonValue(qMax<qint64>(0, dueDate.daysTo(asOf))) : QJsonValue()},
            {QStringLiteral("open"), Money(q.value(5).toLongLong()).toString()},
        });
    }
    q.finish();
    return out;
}

qint64 InvoiceRepository::openTotal(const QString& kind)
{
    const bool receivable = kind == QLatin1String("receivable");
    QSqlQuery& q = m_db.prepared(
        receivable
            ? QStringLiteral(
                  "SELECT (SELECT COALESCE(SUM(CASE WHEN kind = 'invoice' THEN total ELSE -total "
                  "END), 0) FROM fin_invoices WHERE state NOT IN ('draft', 'cancelled')) - "
                  "(SELECT COALESCE(SUM(amount), 0) FROM fin_payments WHERE partner_type = "
                  "'customer')")
            : QStringLiteral("SELECT (SELECT COALESCE(SUM(total), 0) FROM fin_bills WHERE state "
                             "IN ('posted', 'partially_paid', 'paid')) - (SELECT "
                             "COALESCE(SUM(amount), 0) FROM fin_payments WHERE partner_type = "
                             "'supplier')"));
    exec(q);
    return Storage::oneInteger(q);
}

QJsonArray InvoiceRepository::settlementMismatches()
{
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "SELECT 'invoice', i.id, i.number, i.paid + i.credited, COALESCE(a.s, 0) FROM "
        "fin_invoices i LEFT JOIN (SELECT invoice_id, SUM(amount) AS s FROM fin_allocations "
        "GROUP BY invoice_id) a ON a.invoice_id = i.id WHERE i.kind = 'invoice' AND i.paid + "
        "i.credited <> COALESCE(a.s, 0) "
        "UNION ALL SELECT 'credit_note', n.id, n.number, n.paid, COALESCE(a.s, 0) FROM "
        "fin_invoices n LEFT JOIN (SELECT credit_note_id, SUM(amount) AS s FROM fin_allocations "
        "WHERE credit_note_id IS NOT NULL GROUP BY credit_note_id) a ON a.credit_note_id = n.id "
        "WHERE n.kind = 'credit_note' AND n.paid <> COALESCE(a.s, 0) "
        "UNION ALL SELECT 'bill', b.id, b.number, b.paid, COALESCE(a.s, 0) FROM fin_bills b "
        "LEFT JOIN (SELECT bill_id, SUM(amount) AS s FROM fin_bill_allocations GROUP BY "
        "bill_id) a ON a.bill_id = b.id WHERE b.paid <> COALESCE(a.s, 0) "
        "UNION ALL SELECT 'payment', p.id, p.number, p.applied, COALESCE(a.s, 0) FROM "
        "fin_payments p LEFT JOIN (SELECT x.payment_id, SUM(x.amount) AS s FROM (SELECT "
        "payment_id, amount FROM fin_allocations WHERE payment_id IS NOT NULL UNION ALL SELECT "
        "payment_id, amount FROM fin_bill_allocations) x GROUP BY x.payment_id) a ON "
        "a.payment_id = p.id WHERE p.applied <> COALESCE(a.s, 0) LIMIT 100"));
    exec(q);
    QJsonArray out;
    while (q.next())
        out.append(
            QJsonObject{{QStringLiteral("document"), q.value(0).toString()},
                        {QStringLiteral("id"), q.value(1).toLongLong()},
                        {QStringLiteral("number"), q.value(2).toString()},
                        {QStringLiteral("recorded"), Money(q.value(3).toLongLong()).toString()},
                        {QStringLiteral("allocated"), Money(q.value(4).toLongLong()).toString()}});
    q.finish();
    return out;
}

void InvoiceRepository::moveCustomer(qint64 fromId, qint64 toId)
{
    QSqlQuery& invoices = m_db.prepared(QStringLiteral(
        "UPDATE fin_invoices SET customer_id = :to, updated_at = :now, version = version + 1 "
        "WHERE customer_id = :from"));
    invoices.bindValue(QStringLiteral(":to"), toId);
    invoices.bindValue(QStringLiteral(":now"), Storage::nowText());
    invoices.bindValue(QStringLiteral(":from"), fromId);
    exec(invoices);
    QSqlQuery& payments = m_db.prepared(QStringLiteral(
        "UPDATE fin_payments SET partner_id = :to, updated_at = :now, version = version + 1 "
        "WHERE partner_type = 'customer' AND partner_id = :from"));
    payments.bindValue(QStringLiteral(":to"), toId);
    payments.bindValue(QStringLiteral(":now"), Storage::nowText());
    payments.bindValue(QStringLiteral(":from"), fromId);
    exec(payments);
}

qint64 InvoiceRepository::invoicedOfOrders(const QList<qint64>& orderIds)
{
    if (orderIds.isEmpty())
        return 0;
    QStringList marks;
    for (qsizetype n = 0; n < orderIds.size(); ++n)
        marks.append(QStringLiteral(":o%1").arg(n));
    QSqlQuery q = m_db.uncached(
        QStringLiteral("SELECT COALESCE(SUM(CASE WHEN kind = 'invoice' THEN total ELSE -total "
                       "END), 0) FROM fin_invoices WHERE state NOT IN ('draft', 'cancelled') AND "
                       "order_id IN (%1)")
            .arg(marks.join(QStringLiteral(", "))));
    for (qsizetype n = 0; n < orderIds.size(); ++n)
        q.bindValue(marks.at(n), orderIds.at(n));
    exec(q);
    return Storage::oneInteger(q);
}

std::pair<qint64, qint64> InvoiceRepository::accountBalance(qint64 accountId)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "SELECT COALESCE(SUM(l.debit - l.credit), 0), COALESCE(SUM(CASE WHEN e.source_type IN "
        "('invoice', 'bill', 'payment') THEN l.debit - l.credit ELSE 0 END), 0) FROM "
        "fin_entry_lines l "
        "JOIN fin_entries e ON e.id = l.entry_id WHERE l.account_id = :account AND e.state = "
        "'posted'"));
    q.bindValue(QStringLiteral(":account"), accountId);
    exec(q);
    std::pair<qint64, qint64> out{0, 0};
    if (q.next())
        out = {q.value(0).toLongLong(), q.value(1).toLongLong()};
    q.finish();
    return out;
}

} // namespace Erp::Server::Finance
