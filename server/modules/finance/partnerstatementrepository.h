#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace Erp::Storage {
class Database;
}

namespace Erp::Server::Finance {

/// The SQL of the customer statement (finance.report.statement): the customer's posted invoices,
/// credit notes and receipts as debits and credits, before and within a date range.
class PartnerStatementRepository final
{
public:
    explicit PartnerStatementRepository(Storage::Database& db)
        : m_db(db)
    {}

    struct Line
    {
        QString date;
        QString kind; ///< invoice | credit_note | receipt
        QString number;
        qint64 debit = 0;
        qint64 credit = 0;
        QString sourceType; ///< finance.invoice | finance.payment
        qint64 sourceId = 0;
    };

    /// The customer's code and name; nullopt when there is no such customer.
    std::optional<std::pair<QString, QString>> customer(qint64 customerId);
    /// Debits less credits of every document dated before `from`.
    qint64 balanceBefore(qint64 customerId, const QDate& from);
    /// The documents dated from `from` to `to`, by date, then invoices before credit notes
    /// before receipts, then number.
    QList<Line> lines(qint64 customerId, const QDate& from, const QDate& to);

private:
    Storage::Database& m_db;
};

} // namespace Erp::Server::Finance
