#pragma once

#include "server/modules/finance/bill.h"

#include <QHash>
#include <QJsonObject>

#include <optional>

namespace Erp::Storage {
class Database;
struct ListQuery;
} // namespace Erp::Storage

namespace Erp::Server::Finance {

/// The SQL of supplier bills and their payments (fin_bills, fin_bill_lines,
/// fin_bill_allocations). The payables aging and check read bills in InvoiceRepository's one
/// statement over all open items.
class BillRepository final
{
public:
    explicit BillRepository(Storage::Database& db)
        : m_db(db)
    {}

    /// The bill with its lines; `lock` takes the row lock on PostgreSQL.
    std::optional<Bill> byId(qint64 id, bool lock = false);
    void insert(Bill& b);
    /// Replaces an unposted bill's header and lines (and state, needs_approval, approval);
    /// false when the version moved or it is posted.
    bool updateUnposted(const Bill& b, qint64 expectedVersion);
    /// Sets the state of an unposted bill (approval: approved_by/at as given).
    bool setState(const Bill& b, qint64 expectedVersion, const QString& state);
    /// Stamps a posted bill (number, due date, its entry).
    bool markPosted(const Bill& b, qint64 expectedVersion);
    /// A posted bill taken back: state reversed and the reversal entry.
    bool markReversed(qint64 id, qint64 expectedVersion, qint64 reversalEntryId);
    bool setSupplierRef(qint64 id, qint64 expectedVersion, const QString& ref, const QString& date);
    /// Adds to what is paid of a posted bill and sets the state that follows; false when that
    /// would pay more than is open.
    bool settle(qint64 id, qint64 paidDelta);
    /// A page of bills (alias b, supplier s).
    QJsonObject list(const Storage::ListQuery& query);

    /// Per purchase order line: the quantity billed so far by the order's bills (drafts
    /// included, cancelled and reversed ones not), except one bill.
    QHash<qint64, qint64> billedQty(qint64 orderId, qint64 exceptBillId);

    // Allocations of supplier payments.
    qint64 insertAllocation(const BillAllocation& a);
    std::optional<BillAllocation> allocationById(qint64 id);
    bool deleteAllocation(qint64 id);
    QList<BillAllocation> allocationsOfPayment(qint64 paymentId);
    QList<BillAllocation> allocationsOfBill(qint64 billId);

private:
    void insertLines(qint64 billId, const QList<BillLine>& lines);
    QList<BillLine> lines(qint64 billId);
    /// The allocations whose `column` (a.payment_id, a.bill_id) is `id`.
    QList<BillAllocation> allocations(const QString& column, qint64 id);

    Storage::Database& m_db;
};

} // namespace Erp::Server::Finance
