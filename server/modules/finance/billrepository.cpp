#include "server/modules/finance/billrepository.h"

#include "server/modules/finance/documentsql.h"
#include "server/storage/sqldialect.h"

namespace Erp::Server::Finance {

using Storage::exec;
using namespace DocumentSql;

namespace {

const QString kBillColumns = QStringLiteral(
    "b.id, b.number, b.supplier_id, s.code, s.name, b.purchase_order_id, b.order_number, "
    "b.supplier_ref, b.supplier_date, b.bill_date, b.due_date, b.currency, b.net, b.tax, "
    "b.total, b.paid, b.state, b.needs_approval, b.approved_at, b.approved_by, b.notes, "
    "b.entry_id, b.reversal_entry_id, b.created_at, b.created_by, b.posted_at, b.posted_by, "
    "b.updated_at, b.version");
constexpr int kBillColumnCount = 29;
const QString kBillFrom =
    QStringLiteral(" FROM fin_bills b JOIN suppliers s ON s.id = b.supplier_id");

const QString kAllocationColumns =
    QStringLiteral("a.id, a.bill_id, b.number, a.payment_id, p.number, a.amount, "
                   "a.effective_date, a.created_at, a.created_by");
const QString kAllocationFrom =
    QStringLiteral(" FROM fin_bill_allocations a JOIN fin_bills b ON b.id = a.bill_id JOIN "
                   "fin_payments p ON p.id = a.payment_id");

Bill readBill(const QSqlQuery& q)
{
    Bill b;
    b.id = q.value(0).toLongLong();
    b.number = q.value(1).toString();
    b.supplierId = q.value(2).toLongLong();
    b.supplierCode = q.value(3).toString();
    b.supplierName = q.value(4).toString();
    b.purchaseOrderId = q.value(5).toLongLong();
    b.orderNumber = q.value(6).toString();
    b.supplierRef = q.value(7).toString();
    b.supplierDate = q.value(8).toString();
    b.date = QDate::fromString(q.value(9).toString(), Qt::ISODate);
    b.dueDate = QDate::fromString(q.value(10).toString(), Qt::ISODate);
    b.currency = q.value(11).toString();
    b.net = q.value(12).toLongLong();
    b.tax = q.value(13).toLongLong();
    b.total = q.value(14).toLongLong();
    b.paid = q.value(15).toLongLong();
    b.state = q.value(16).toString();
    b.needsApproval = q.value(17).toInt() != 0;
    b.approvedAt = q.value(18).toString();
    b.approvedBy = q.value(19).toString();
    b.notes = q.value(20).toString();
    b.entryId = q.value(21).toLongLong();
    b.reversalEntryId = q.value(22).toLongLong();
    b.createdAt = q.value(23).toString();
    b.createdBy = q.value(24).toString();
    b.postedAt = q.value(25).toString();
    b.postedBy = q.value(26).toString();
    b.updatedAt = q.value(27).toString();
    b.version = q.value(28).toLongLong();
    return b;
}

BillAllocation readAllocation(const QSqlQuery& q)
{
    BillAllocation a;
    a.id = q.value(0).toLongLong();
    a.billId = q.value(1).toLongLong();
    a.billNumber = q.value(2).toString();
    a.paymentId = q.value(3).toLongLong();
    a.paymentNumber = q.value(4).toString();
    a.amount = q.value(5).toLongLong();
    a.effectiveDate = q.value(6).toString();
    a.createdAt = q.value(7).toString();
    a.createdBy = q.value(8).toString();
    return a;
}

void bindHeader(QSqlQuery& q, const Bill& b)
{
    q.bindValue(QStringLiteral(":supplier"), b.supplierId);
    q.bindValue(QStringLiteral(":order"), idOrNull(b.purchaseOrderId));
    q.bindValue(QStringLiteral(":order_number"), text(b.orderNumber));
    q.bindValue(QStringLiteral(":ref"), text(b.supplierRef));
    q.bindValue(QStringLiteral(":ref_date"), text(b.supplierDate));
    q.bindValue(QStringLiteral(":date"), b.date.toString(Qt::ISODate));
    q.bindValue(QStringLiteral(":due"), b.dueDate.toString(Qt::ISODate));
    q.bindValue(QStringLiteral(":currency"), b.currency);
    q.bindValue(QStringLiteral(":net"), b.net);
    q.bindValue(QStringLiteral(":tax"), b.tax);
    q.bindValue(QStringLiteral(":total"), b.total);
    q.bindValue(QStringLiteral(":state"), b.state);
    q.bindValue(QStringLiteral(":needs"), b.needsApproval ? 1 : 0);
    q.bindValue(QStringLiteral(":notes"), text(b.notes));
    q.bindValue(QStringLiteral(":now"), Storage::nowText());
}

} // namespace

QList<BillLine> BillRepository::lines(qint64 billId)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "SELECT id, line_no, po_line_id, product_id, description, qty, unit_price, tax_rate, "
        "price_includes_tax, net, tax, gross, po_price, grni, flags FROM fin_bill_lines WHERE "
        "bill_id = :id ORDER BY line_no"));
    q.bindValue(QStringLiteral(":id"), billId);
    exec(q);
    QList<BillLine> out;
    while (q.next()) {
        BillLine l;
        l.id = q.value(0).toLongLong();
        l.lineNo = q.value(1).toInt();
        l.poLineId = q.value(2).toLongLong();
        l.productId = q.value(3).toLongLong();
        l.description = q.value(4).toString();
        readTaxed(q, 5, l);
        l.poPrice = q.value(12).toLongLong();
        l.grni = q.value(13).toLongLong();
        const QString flags = q.value(14).toString();
        if (!flags.isEmpty())
            l.flags = flags.split(QLatin1Char(','));
        out.append(l);
    }
    q.finish();
    return out;
}

std::optional<Bill> BillRepository::byId(qint64 id, bool lock)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral("SELECT ") + kBillColumns + kBillFrom +
                                 QStringLiteral(" WHERE b.id = :id") +
                                 (lock ? m_db.sql().forUpdateOf(QStringLiteral("b")) : QString()));
    q.bindValue(QStringLiteral(":id"), id);
    exec(q);
    if (!q.next())
        return std::nullopt;
    Bill b = readBill(q);
    q.finish();
    b.lines = lines(id);
    return b;
}

void BillRepository::insertLines(qint64 billId, const QList<BillLine>& lines)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "INSERT INTO fin_bill_lines (bill_id, line_no, po_line_id, product_id, description, qty, "
        "unit_price, tax_rate, price_includes_tax, net, tax, gross, po_price, grni, flags) VALUES "
        "(:bill, :no, :po_line, :product, :description, :qty, :price, :rate, :inclusive, :net, "
        ":tax, :gross, :po_price, :grni, :flags)"));
    for (const BillLine& l : lines) {
        q.bindValue(QStringLiteral(":bill"), billId);
        q.bindValue(QStringLiteral(":no"), l.lineNo);
        q.bindValue(QStringLiteral(":po_line"), idOrNull(l.poLineId));
        q.bindValue(QStringLiteral(":product"), idOrNull(l.productId));
        q.bindValue(QStringLiteral(":description"), text(l.description));
        bindTaxed(q, l);
        q.bindValue(QStringLiteral(":po_price"), l.poPrice);
        q.bindValue(QStringLiteral(":grni"), l.grni);
        q.bindValue(QStringLiteral(":flags"), text(l.flags.join(QLatin1Char(','))));
        exec(q);
    }
}

void BillRepository::insert(Bill& b)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "INSERT INTO fin_bills (supplier_id, purchase_order_id, order_number, supplier_ref, "
        "supplier_date, bill_date, due_date, currency, net, tax, total, state, needs_approval, "
        "notes, created_at, created_by, updated_at, version) VALUES (:supplier, :order, "
        ":order_number, :ref, :ref_date, :date, :due, :currency, :net, :tax, :total, :state, "
        ":needs, :notes, :now, :by, :now, 1) RETURNING id"));
    bindHeader(q, b);
    q.bindValue(QStringLiteral(":by"), text(b.createdBy));
    exec(q);
    b.id = Storage::oneInteger(q);
    b.version = 1;
    insertLines(b.id, b.lines);
}

bool BillRepository::updateUnposted(const Bill& b, qint64 expectedVersion)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "UPDATE fin_bills SET supplier_id = :supplier, purchase_order_id = :order, order_number "
        "= :order_number, supplier_ref = :ref, supplier_date = :ref_date, bill_date = :date, "
        "due_date = :due, currency = :currency, net = :net, tax = :tax, total = :total, state = "
        ":state, needs_approval = :needs, approved_at = NULL, approved_by = NULL, notes = :notes, "
        "updated_at = :now, version = version + 1 WHERE id = :id AND version = :v AND state IN "
        "('draft', 'awaiting_approval', 'approved')"));
    bindHeader(q, b);
    q.bindValue(QStringLiteral(":id"), b.id);
    q.bindValue(QStringLiteral(":v"), expectedVersion);
    exec(q);
    if (q.numRowsAffected() != 1)
        return false;
    QSqlQuery& del =
        m_db.prepared(QStringLiteral("DELETE FROM fin_bill_lines WHERE bill_id = :id"));
    del.bindValue(QStringLiteral(":id"), b.id);
    exec(del);
    insertLines(b.id, b.lines);
    return true;
}

bool BillRepository::setState(const Bill& b, qint64 expectedVersion, const QString& state)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "UPDATE fin_bills SET state = :state, approved_at = :approved_at, approved_by = "
        ":approved_by, updated_at = :now, version = version + 1 WHERE id = :id AND version = :v "
        "AND state IN ('draft', 'awaiting_approval', 'approved')"));
    q.bindValue(QStringLiteral(":state"), state);
    q.bindValue(QStringLiteral(":approved_at"),
                b.approvedAt.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : b.approvedAt);
    q.bindValue(QStringLiteral(":approved_by"),
                b.approvedBy.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : b.approvedBy);
    q.bindValue(QStringLiteral(":now"), Storage::nowText());
    q.bindValue(QStringLiteral(":id"), b.id);
    q.bindValue(QStringLiteral(":v"), expectedVersion);
    exec(q);
    return q.numRowsAffected() == 1;
}

bool BillRepository::markPosted(const Bill& b, qint64 expectedVersion)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "UPDATE fin_bills SET number = :number, due_date = :due, entry_id = :entry, state = "
        "'posted', posted_at = :now, posted_by = :by, updated_at = :now, version = version + 1 "
        "WHERE id = :id AND version = :v AND state IN ('draft', 'approved')"));
    q.bindValue(QStringLiteral(":number"), b.number);
    q.bindValue(QStringLiteral(":due"), b.dueDate.toString(Qt::ISODate));
    q.bindValue(QStringLiteral(":entry"), idOrNull(b.entryId));
    q.bindValue(QStringLiteral(":now"), Storage::nowText());
    q.bindValue(QStringLiteral(":by"), text(b.postedBy));
    q.bindValue(QStringLiteral(":id"), b.id);
    q.bindValue(QStringLiteral(":v"), expectedVersion);
    exec(q);
    return q.numRowsAffected() == 1;
}

bool BillRepository::markReversed(qint64 id, qint64 expectedVersion, qint64 reversalEntryId)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "UPDATE fin_bills SET state = 'reversed', reversal_entry_id = :entry, updated_at = :now, "
        "version = version + 1 WHERE id = :id AND version = :v AND state = 'posted' AND paid = "
        "0"));
    q.bindValue(QStringLiteral(":entry"), idOrNull(reversalEntryId));
    q.bindValue(QStringLiteral(":now"), Storage::nowText());
    q.bindValue(QStringLiteral(":id"), id);
    q.bindValue(QStringLiteral(":v"), expectedVersion);
    exec(q);
    return q.numRowsAffected() == 1;
}

bool BillRepository::setSupplierRef(qint64 id, qint64 expectedVersion, const QString& ref,
                                    const QString& date)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "UPDATE fin_bills SET supplier_ref = :ref, supplier_date = :ref_date, updated_at = :now, "
        "version = version + 1 WHERE id = :id AND version = :v"));
    q.bindValue(QStringLiteral(":ref"), text(ref));
    q.bindValue(QStringLiteral(":ref_date"), text(date));
    q.bindValue(QStringLiteral(":now"), Storage::nowText());
    q.bindValue(QStringLiteral(":id"), id);
    q.bindValue(QStringLiteral(":v"), expectedVersion);
    exec(q);
    return q.numRowsAffected() == 1;
}

bool BillRepository::settle(qint64 id, qint64 paidDelta)
{
    // One statement: the guard and the state that follows the new open amount.
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "UPDATE fin_bills SET paid = paid + :p, state = CASE WHEN total - paid - :p = 0 AND "
        "total > 0 THEN 'paid' WHEN paid + :p > 0 THEN 'partially_paid' ELSE 'posted' END, "
        "updated_at = :now, version = version + 1 WHERE id = :id AND state IN ('posted', "
        "'partially_paid', 'paid') AND paid + :p >= 0 AND paid + :p <= total"));
    q.bindValue(QStringLiteral(":p"), paidDelta);
    q.bindValue(QStringLiteral(":now"), Storage::nowText());
    q.bindValue(QStringLiteral(":id"), id);
    exec(q);
    return q.numRowsAffected() == 1;
}

QJsonObject BillRepository::list(const Storage::ListQuery& query)
{
    QString where = QStringLiteral(" WHERE 1 = 1");
    const QJsonObject& f = query.filter;
    if (has(f, "state"))
        where += QStringLiteral(" AND b.state = :state");
    if (has(f, "from"))
        where += QStringLiteral(" AND b.bill_date >= :from");
    if (has(f, "to"))
        where += QStringLiteral(" AND b.bill_date <= :to");
    if (has(f, "supplier_id"))
        where += QStringLiteral(" AND b.supplier_id = :supplier_id");
    if (has(f, "purchase_order_id"))
        where += QStringLiteral(" AND b.purchase_order_id = :purchase_order_id");
    if (has(f, "open"))
        where += f.value(QLatin1String("open")).toBool()
                     ? QStringLiteral(" AND b.state IN ('posted', 'partially_paid')")
                     : QStringLiteral(" AND b.state NOT IN ('posted', 'partially_paid')");
    if (has(f, "needs_approval"))
        where += QStringLiteral(" AND b.needs_approval = :needs_approval");
    if (!query.search.isEmpty())
        where += QStringLiteral(
            " AND (lower(b.number) LIKE :q ESCAPE '\\' OR lower(s.name) LIKE :q ESCAPE '\\' OR "
            "lower(b.order_number) LIKE :q ESCAPE '\\' OR lower(b.supplier_ref) LIKE :q ESCAPE "
            "'\\')");
    auto bind = [&](QSqlQuery& q) {
        for (const char* key : {"state", "from", "to"})
            if (has(f, key))
                q.bindValue(QLatin1Char(':') + QLatin1String(key),
                            f.value(QLatin1String(key)).toString());
        for (const char* key : {"supplier_id", "purchase_order_id"})
            if (has(f, key))
                q.bindValue(QLatin1Char(':') + QLatin1String(key),
                            f.value(QLatin1String(key)).toInteger());
        if (has(f, "needs_approval"))
            q.bindValue(QStringLiteral(":needs_approval"),
                        f.value(QLatin1String("needs_approval")).toBool() ? 1 : 0);
        if (!query.search.isEmpty())
            q.bindValue(QStringLiteral(":q"), Storage::containsPattern(query.search.toLower()));
    };
    return page(m_db, query, kBillColumns, kBillColumnCount, kBillFrom, where, bind,
                [](const QSqlQuery& q) {
                    const Bill b = readBill(q);
                    QJsonObject row = toJson(b);
                    row.remove(QStringLiteral("lines"));
                    return std::pair<qint64, QJsonObject>(b.id, row);
                });
}

QHash<qint64, qint64> BillRepository::billedQty(qint64 orderId, qint64 exceptBillId)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "SELECT l.po_line_id, SUM(l.qty) FROM fin_bill_lines l JOIN fin_bills b ON b.id = "
        "l.bill_id WHERE b.purchase_order_id = :order AND b.state NOT IN ('cancelled', "
        "'reversed') AND b.id <> :except AND l.po_line_id IS NOT NULL GROUP BY l.po_line_id"));
    q.bindValue(QStringLiteral(":order"), orderId);
    q.bindValue(QStringLiteral(":except"), exceptBillId);
    exec(q);
    QHash<qint64, qint64> out;
    while (q.next())
        out.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
    q.finish();
    return out;
}

qint64 BillRepository::insertAllocation(const BillAllocation& a)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "INSERT INTO fin_bill_allocations (bill_id, payment_id, amount, effective_date, "
        "created_at, created_by) VALUES (:bill, :payment, :amount, :date, :now, :by) RETURNING "
        "id"));
    q.bindValue(QStringLiteral(":bill"), a.billId);
    q.bindValue(QStringLiteral(":payment"), a.paymentId);
    q.bindValue(QStringLiteral(":amount"), a.amount);
    q.bindValue(QStringLiteral(":date"), a.effectiveDate);
    q.bindValue(QStringLiteral(":now"), Storage::nowText());
    q.bindValue(QStringLiteral(":by"), text(a.createdBy));
    exec(q);
    return Storage::oneInteger(q);
}

std::optional<BillAllocation> BillRepository::allocationById(qint64 id)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral("SELECT ") + kAllocationColumns + kAllocationFrom +
                                 QStringLiteral(" WHERE a.id = :id"));
    q.bindValue(QStringLiteral(":id"), id);
    exec(q);
    if (!q.next())
        return std::nullopt;
    const BillAllocation a = readAllocation(q);
    q.finish();
    return a;
}

bool BillRepository::deleteAllocation(qint64 id)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral("DELETE FROM fin_bill_allocations WHERE id = :id"));
    q.bindValue(QStringLiteral(":id"), id);
    exec(q);
    return q.numRowsAffected() == 1;
}

QList<BillAllocation> BillRepository::allocationsOfPayment(qint64 paymentId)
{
    return allocations(QStringLiteral("a.payment_id"), paymentId);
}

QList<BillAllocation> BillRepository::allocationsOfBill(qint64 billId)
{
    return allocations(QStringLiteral("a.bill_id"), billId);
}

QList<BillAllocation> BillRepository::allocations(const QString& column, qint64 id)
{
    QSqlQuery& q =
        m_db.prepared(QStringLiteral("SELECT ") + kAllocationColumns + kAllocationFrom +
                      QStringLiteral(" WHERE ") + column + QStringLiteral(" = :id ORDER BY a.id"));
    q.bindValue(QStringLiteral(":id"), id);
    exec(q);
    QList<BillAllocation> out;
    while (q.next())
        out.append(readAllocation(q));
    q.finish();
    return out;
}

} // namespace Erp::Server::Finance
