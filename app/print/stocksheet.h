#pragma once

#include "app/print/deliverynote.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class QPagedPaintDevice;
class QTextDocument;

namespace Erp::Client::Print {

/// A sheet the warehouse works from with a pen: the pick list of an order in one warehouse
/// (a box to tick per line, a blank Picked column) or the count sheet of a stock count (a
/// blank Counted column). Lines go in walking order: by bin (lines without one last), then SKU.
struct StockSheet
{
    enum class Kind { PickList, CountSheet };
    struct Line
    {
        QString bin; ///< the location code, when known
        QString sku;
        QString name;
        QString unit;
        QString qty; ///< to pick, or the expected quantity of a count (as shown)
    };

    Kind kind = Kind::PickList;
    DeliveryNote::Company company;
    QString title;
    QString number;    ///< the order or count number
    QString warehouse; ///< "深圳仓 (SZ)"
    /// (label, value) rows under the title: date, customer, category…
    QList<QPair<QString, QString>> facts;
    QList<Line> lines;
    /// Count sheets: print the expected quantity (false: a blind count).
    bool showExpected = true;
    QString notes;
};

class StockSheetRenderer final
{
    Q_DECLARE_TR_FUNCTIONS(Erp::Client::Print::StockSheetRenderer)
public:
    /// `sheet`'s lines in walking order.
    static QList<StockSheet::Line> sorted(const StockSheet& sheet);
    static QString html(const StockSheet& sheet);
    /// Several sheets (an order's pick lists, one per warehouse), each starting a new page.
    static QString html(const QList<StockSheet>& sheets);
    static void build(QTextDocument& document, const QList<StockSheet>& sheets);
    static bool writePdf(const QList<StockSheet>& sheets, const QString& path,
                         QString* error = nullptr);
    static bool print(const QList<StockSheet>& sheets, QPagedPaintDevice& device);
    /// "Pick List SO2026-000001 · 深圳仓 (SZ)".
    static QString name(const StockSheet& sheet);

private:
    static QString body(const StockSheet& sheet);
};

} // namespace Erp::Client::Print
