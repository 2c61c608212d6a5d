#pragma once

#include "server/modules/inventory/stockservice.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPair>

#include <optional>

class QSqlQuery;

namespace Erp::Storage {
class Database;
struct ListQuery;
} // namespace Erp::Storage

namespace Erp::Server::Inventory {

/// One open reservation row.
struct Reservation
{
    qint64 productId = 0;
    qint64 warehouseId = 0;
    qint64 qty = 0;
};

/// A level as recorded and as recomputed (thousandths).
struct LevelComparison
{
    qint64 productId = 0;
    qint64 warehouseId = 0;
    qint64 recordedOnHand = 0;
    qint64 recordedReserved = 0;
    qint64 ledgerOnHand = 0;
    qint64 reservationsTotal = 0;
};

/// All SQL of the ledger, the levels and the reservations.
class StockRepository final
{
public:
    explicit StockRepository(Storage::Database& db)
        : m_db(db)
    {}

    /// A product's running stock (company-wide quantity in thousandths and value in minor units
    /// of the base currency), its cost (the moving average; the entered cost while there is no
    /// stock) and category (what a move is booked under).
    struct Valuation
    {
        qint64 qty = 0;
        qint64 value = 0;
        qint64 cost = 0;
        QString category;
    };
    /// Reads the product's valuation holding its row until the transaction ends (one
    /// conditional-free UPDATE ... RETURNING: on PostgreSQL a second clerk moving the same
    /// product waits here and then reads the first one's result). nullopt: no such product.
    std::optional<Valuation> lockValuation(qint64 productId);
    /// Whether the product exists (checked before its level is touched).
    bool productExists(qint64 productId);
    /// Writes the running quantity, value and cost after a move (row held by lockValuation).
    void writeValuation(qint64 productId, qint64 qty, qint64 value, qint64 cost);
    /// The warehouse's active flag; nullopt when there is no such warehouse.
    std::optional<bool> warehouseActive(qint64 warehouseId);
    /// The warehouse a location belongs to; 0 when there is no such location.
    qint64 locationWarehouse(qint64 locationId);

    /// on_hand += qty unless that would drop it below what is reserved (or below 0); creates the
    /// level row on the first arrival. False when refused.
    /// The opening balance posted for a product in a warehouse (source "opening"), if any.
    std::optional<qint64> openingQty(qint64 productId, qint64 warehouseId);
    bool changeOnHand(qint64 productId, qint64 warehouseId, qint64 qty);
    /// Appends a move with its value (minor units of the base currency, signed like qty).
    qint64 insertMove(const StockMove& move, qint64 value, qint64 userId, const QString& username,
                      const QString& now);

    /// on_hand and reserved of one level; zeros when there is no row.
    QPair<qint64, qint64> level(qint64 productId, qint64 warehouseId);
    /// reserved += qty only if at least qty is available at that instant (one statement).
    bool addReserved(qint64 productId, qint64 warehouseId, qint64 qty);
    /// reserved -= qty only if at least qty is reserved.
    bool subtractReserved(qint64 productId, qint64 warehouseId, qint64 qty);
    void addReservation(const StockSource& source, qint64 productId, qint64 warehouseId,
                        qint64 qty);
    /// Lowers the document line's reservation by qty (deleting it at 0); false when less than qty
    /// is reserved there.
    bool reduceReservation(const StockSource& source, qint64 productId, qint64 warehouseId,
                           qint64 qty);
    /// Deletes the open reservations of a document (one line or all) and returns them.
    QList<Reservation> takeReservations(const StockSource& source);
    QHash<qint64, qint64> reservations(const StockSource& source);

    QList<StockLevel> levels(qint64 productId);
    QHash<qint64, qint64> available(const QList<qint64>& productIds);

    /// For inventory.stock.check, in one statement (one snapshot on PostgreSQL): every
    /// product × warehouse that has a level, a move or a reservation, with the recorded
    /// balances and the ones recomputed from the ledger and the reservations.
    QList<LevelComparison> compareWithLedger();
    /// Keeps every other writer of levels (moves, reservations) waiting until this transaction
    /// ends: a repair must not overwrite a change made after it computed. No-op on SQLite (one
    /// writer at a time anyway).
    void lockLevels();
    void writeLevel(qint64 productId, qint64 warehouseId, qint64 onHand, qint64 reserved);

    /// Every product with its running quantity and value as recorded and as summed from its
    /// moves (one statement), in id order.
    QList<ProductValuation> compareValuation();
    /// Repair: the running quantity and value from the ledger (the cost stays).
    void writeRunningTotals(qint64 productId, qint64 qty, qint64 value);

private:
    Storage::Database& m_db;
};

} // namespace Erp::Server::Inventory
