// The printed documents on the app/print base besides the delivery note and the invoice: the
// quotation / sales order confirmation (titled by the order's state), the purchase order, the
// pick lists (one per warehouse, in bin order, a box per line) and the stock count sheet (the
// Counted column blank). Each is built from the data the server returns, written to a PDF and
// read back with poppler's pdftotext — numbers, names and Chinese text (广东省, 深圳市福田区: no
// Kangxi radical look-alikes) — and pdffonts must list every font as embedded. Long sheets
// break across pages with their table header repeated and "Page X of Y" at the foot.
#include "app/pages/inventory/inventorydocuments.h"
#include "app/pages/orders/orderdocuments.h"
#include "app/print/stocksheet.h"
#include "app/print/tradedocument.h"

#include <QFile>
#include <QJsonArray>
#include <QLocale>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Erp::Client;
using namespace Erp::Client::Print;

namespace {
DeliveryNote::Company company()
{
    return {QStringLiteral("深圳明远贸易有限公司"),
            QStringLiteral("广东省深圳市福田区深南大道 1000 号"), QStringLiteral("0755-12345678"),
            QStringLiteral("91440300708461136T"), QByteArray()};
}

/// What a reader gets out of the PDF at `path` (pdftotext, layout kept).
QString pdfText(const QString& path)
{
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty())
        return QStringLiteral("pdftotext (poppler-utils) is needed");
    QProcess p;
    p.start(pdftotext, {QStringLiteral("-layout"), path, QStringLiteral("-")});
    p.waitForFinished(30000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

/// Empty when every font of the PDF is embedded, else what pdffonts said.
QString fontProblems(const QString& path)
{
    QProcess fonts;
    fonts.start(QStandardPaths::findExecutable(QStringLiteral("pdffonts")), {path});
    fonts.waitForFinished(30000);
    const QString out = QString::fromUtf8(fonts.readAllStandardOutput());
    const QStringList rows = out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (rows.size() < 3)
        return out;
    for (const QString& row : rows.mid(2)) {
        const QStringList cols = row.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (cols.size() < 5 || cols.at(cols.size() - 5) != QLatin1String("yes"))
            return out;
    }
    return {};
}

void checkText(const QString& text, const QStringList& expected)
{
    for (const QString& e : expected)
        QVERIFY2(text.contains(e), qPrintable(e + QStringLiteral(" not in\n") + text));
    for (const QChar radical : QStringLiteral("⼴⼭⽥⼤⼗⼑"))
        QVERIFY2(!text.contains(radical), qPrintable(text));
}

Orders::Order sampleOrder(const QString& state)
{
    Orders::Order o;
    o.id = 7;
    o.number = QStringLiteral("SO2026-000123");
    o.state = state;
    o.customerName = QStringLiteral("华信科技有限公司");
    o.contactName = QStringLiteral("王芳");
    o.contactPhone = QStringLiteral("13800138000");
    o.shippingAddress = QStringLiteral("广东省深圳市福田区 山田大厦十层");
    o.orderDate = QStringLiteral("2026-11-27");
    o.externalRef = QStringLiteral("PO-7788");
    o.currency = QStringLiteral("CNY");
    Orders::OrderLine a;
    a.id = 1;
    a.productId = 11;
    a.sku = QStringLiteral("SD-100");
    a.name = QStringLiteral("十字螺丝刀");
    a.unit = QStringLiteral("pcs");
    a.qty = QStringLiteral("3.000");
    a.unitPrice = QStringLiteral("12.80");
    a.discountPct = QStringLiteral("0.00");
    a.taxRate = QStringLiteral("13.00");
    a.net = QStringLiteral("38.40");
    a.tax = QStringLiteral("4.99");
    a.gross = QStringLiteral("43.39");
    Orders::OrderLine b = a;
    b.id = 2;
    b.productId = 12;
    b.sku = QStringLiteral("CB-200");
    b.name = QStringLiteral("Cable 2m");
    b.qty = QStringLiteral("1200.000");
    b.unitPrice = QStringLiteral("1000.00");
    b.discountPct = QStringLiteral("5.00");
    b.net = QStringLiteral("1140000.00");
    b.tax = QStringLiteral("148200.00");
    b.gross = QStringLiteral("1288200.00");
    o.lines = {a, b};
    o.net = QStringLiteral("1140038.40");
    o.tax = QStringLiteral("148204.99");
    o.gross = QStringLiteral("1288243.39");
    return o;
}
} // namespace

class TestPrintDocuments final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY2(m_dir.isValid(), "temporary directory");
    }

    void quotationAndConfirmationByState()
    {
        const TradeDocument draft =
            Orders::OrderDocuments::confirmation(sampleOrder(QStringLiteral("draft")), company());
        QCOMPARE(draft.title, QStringLiteral("Quotation"));
        QVERIFY(draft.badge.isEmpty());
        const TradeDocument approved = Orders::OrderDocuments::confirmation(
            sampleOrder(QStringLiteral("approved")), company());
        QCOMPARE(approved.title, QStringLiteral("Sales Order Confirmation"));
        QVERIFY(!approved.alert);
        const TradeDocument cancelled = Orders::OrderDocuments::confirmation(
            sampleOrder(QStringLiteral("cancelled")), company());
        QCOMPARE(cancelled.title, QStringLiteral("Sales Order Confirmation"));
        QCOMPARE(cancelled.badge, QStringLiteral("Cancelled"));
        QVERIFY(cancelled.alert);
        QVERIFY(TradeDocumentRenderer::html(cancelled).contains(QStringLiteral("class=\"alert\"")));

        const QString path = m_dir.filePath(QStringLiteral("报价单.pdf"));
        QString error;
        QVERIFY2(TradeDocumentRenderer::writePdf(draft, path, &error), qPrintable(error));
        keep(path, "quotation");
        const QString text = pdfText(path);
        checkText(text, {QStringLiteral("Quotation"), QStringLiteral("SO2026-000123"),
                         QStringLiteral("深圳明远贸易有限公司"),
                         QStringLiteral("广东省深圳市福田区"), QStringLiteral("华信科技有限公司"),
                         QStringLiteral("山田大厦十层"), QStringLiteral("十字螺丝刀"),
                         QStringLiteral("SD-100"), QStringLiteral("12.80"), QStringLiteral("13 %"),
                         QStringLiteral("1,288,243.39"), QStringLiteral("148,204.99"),
                         QStringLiteral("壹佰贰拾捌万捌仟贰佰肆拾叁元叁角玖分"),
                         QStringLiteral("PO-7788"), QStringLiteral("Page 1 of 1")});
        QVERIFY2(fontProblems(path).isEmpty(), qPrintable(fontProblems(path)));
    }

    void purchaseOrderForTheSupplier()
    {
        const QJsonObject po{
            {QStringLiteral("number"), QStringLiteral("PO2026-000045")},
            {QStringLiteral("state"), QStringLiteral("sent")},
            {QStringLiteral("supplier_id"), 3},
            {QStringLiteral("supplier_code"), QStringLiteral("S-001")},
            {QStringLiteral("supplier_name"), QStringLiteral("东莞大刀五金厂")},
            {QStringLiteral("warehouse_id"), 1},
            {QStringLiteral("warehouse_code"), QStringLiteral("SZ")},
            {QStringLiteral("warehouse_name"), QStringLiteral("深圳仓")},
            {QStringLiteral("order_date"), QStringLiteral("2026-11-20")},
            {QStringLiteral("expected_date"), QStringLiteral("2026-12-01")},
            {QStringLiteral("currency"), QStringLiteral("CNY")},
            {QStringLiteral("net"), QStringLiteral("9017.40")},
            {QStringLiteral("tax"), QStringLiteral("1172.26")},
            {QStringLiteral("gross"), QStringLiteral("10189.66")},
            {QStringLiteral("lines"),
             QJsonArray{QJsonObject{{QStringLiteral("sku"), QStringLiteral("SD-100")},
                                    {QStringLiteral("name"), QStringLiteral("十字螺丝刀")},
                                    {QStringLiteral("unit"), QStringLiteral("pcs")},
                                    {QStringLiteral("qty"), QStringLiteral("1803.480")},
                                    {QStringLiteral("unit_cost"), QStringLiteral("5.00")},
                                    {QStringLiteral("tax_rate"), QStringLiteral("13.00")},
                                    {QStringLiteral("net"), QStringLiteral("9017.40")},
                                    {QStringLiteral("tax"), QStringLiteral("1172.26")},
                                    {QStringLiteral("gross"), QStringLiteral("10189.66")}}}}};
        const QJsonObject supplier{
            {QStringLiteral("tax_id"), QStringLiteral("91441900MA4UJ0XX1B")},
            {QStringLiteral("contact_name"), QStringLiteral("刘大山")},
            {QStringLiteral("phone"), QStringLiteral("0769-8888000")},
            {QStringLiteral("address"), QStringLiteral("广东省东莞市长安镇 刀具工业园 十号")},
            {QStringLiteral("payment_terms_days"), 30}};
        const QJsonObject warehouse{
            {QStringLiteral("address"), QStringLiteral("深圳市福田区 车公庙 天安数码城")}};
        const TradeDocument d =
            Inventory::InventoryDocuments::purchaseOrder(po, supplier, warehouse, company());
        QCOMPARE(d.title, QStringLiteral("Purchase Order"));
        const QString path = m_dir.filePath(QStringLiteral("po.pdf"));
        QString error;
        QVERIFY2(TradeDocumentRenderer::writePdf(d, path, &error), qPrintable(error));
        keep(path, "purchase-order");
        checkText(pdfText(path),
                  {QStringLiteral("Purchase Order"), QStringLiteral("PO2026-000045"),
                   QStringLiteral("东莞大刀五金厂"), QStringLiteral("刘大山"),
                   QStringLiteral("广东省东莞市长安镇"), QStringLiteral("深圳仓 (SZ)"),
                   QStringLiteral("深圳市福田区"), QStringLiteral("1,803.48"),
                   QStringLiteral("9,017.40"), QStringLiteral("10,189.66"),
                   QStringLiteral("30 days"), QStringLiteral("壹万零壹佰捌拾玖元陆角陆分"),
                   QStringLiteral("Supplier")});
        QVERIFY2(fontProblems(path).isEmpty(), qPrintable(fontProblems(path)));
    }

    void pickListsPerWarehouseInBinOrder()
    {
        Orders::Order o = sampleOrder(QStringLiteral("allocated"));
        Orders::OrderLine c = o.lines.first();
        c.id = 3;
        c.productId = 13;
        c.sku = QStringLiteral("AA-001");
        c.name = QStringLiteral("大号刀片");
        o.lines.append(c);
        o.allocations = {{1, 1, QStringLiteral("SZ"), QStringLiteral("3.000")},
                         {2, 1, QStringLiteral("SZ"), QStringLiteral("800.000")},
                         {3, 1, QStringLiteral("SZ"), QStringLiteral("2.000")},
                         {2, 2, QStringLiteral("GZ"), QStringLiteral("400.000")}};
        const QHash<qint64, QString> warehouses{{1, QStringLiteral("深圳仓 (SZ)")},
                                                {2, QStringLiteral("广州仓 (GZ)")}};
        // SD-100 in B-10, CB-200 in A-2 (before B-10 although "1" < "2"), AA-001 without a bin.
        const Orders::OrderDocuments::Bins bins{{{11, 1}, QStringLiteral("B-10")},
                                                {{12, 1}, QStringLiteral("A-2")}};
        const QList<StockSheet> sheets =
            Orders::OrderDocuments::pickLists(o, warehouses, bins, company());
        QCOMPARE(sheets.size(), 2);
        QCOMPARE(sheets.at(0).warehouse, QStringLiteral("深圳仓 (SZ)"));
        QCOMPARE(sheets.at(1).warehouse, QStringLiteral("广州仓 (GZ)"));
        const QList<StockSheet::Line> walk = StockSheetRenderer::sorted(sheets.at(0));
        QCOMPARE(walk.size(), 3);
        QCOMPARE(walk.at(0).sku, QStringLiteral("CB-200"));
        QCOMPARE(walk.at(1).sku, QStringLiteral("SD-100"));
        QCOMPARE(walk.at(2).sku, QStringLiteral("AA-001")); // no bin: last

        const QString path = m_dir.filePath(QStringLiteral("picklist.pdf"));
        QString error;
        QVERIFY2(StockSheetRenderer::writePdf(sheets, path, &error), qPrintable(error));
        keep(path, "pick-list");
        const QString text = pdfText(path);
        checkText(text, {QStringLiteral("Pick List"), QStringLiteral("SO2026-000123"),
                         QStringLiteral("深圳仓 (SZ)"), QStringLiteral("广州仓 (GZ)"),
                         QStringLiteral("大号刀片"), QStringLiteral("十字螺丝刀"),
                         QStringLiteral("广东省深圳市福田区"), QStringLiteral("800"),
                         QStringLiteral("400"), QStringLiteral("Picked"),
                         QStringLiteral("Page 1 of 2"), QStringLiteral("Page 2 of 2")});
        QVERIFY(text.indexOf(QStringLiteral("A-2")) < text.indexOf(QStringLiteral("B-10")));
        QVERIFY(text.indexOf(QStringLiteral("B-10")) < text.indexOf(QStringLiteral("AA-001")));
        QVERIFY(text.contains(QChar(0x2610))); // the box to tick
        QVERIFY2(fontProblems(path).isEmpty(), qPrintable(fontProblems(path)));
    }

    void countSheetLeavesCountedBlankAndRepeatsItsHeader()
    {
        QJsonArray lines;
        for (int i = 1; i <= 90; ++i)
            lines.append(QJsonObject{
                {QStringLiteral("sku"), QStringLiteral("SKU-%1").arg(i, 3, 10, QLatin1Char('0'))},
                {QStringLiteral("name"),
                 i == 1 ? QStringLiteral("深圳市福田区 样品") : QStringLiteral("Item %1").arg(i)},
                {QStringLiteral("unit"), QStringLiteral("pcs")},
                {QStringLiteral("expected_qty"), QStringLiteral("%1.000").arg(i * 10)},
                {QStringLiteral("counted_qty"), QStringLiteral("987654.000")}});
        const QJsonObject count{{QStringLiteral("number"), QStringLiteral("CNT2026-000007")},
                                {QStringLiteral("warehouse_id"), 1},
                                {QStringLiteral("warehouse_code"), QStringLiteral("SZ")},
                                {QStringLiteral("category"), QStringLiteral("工具")},
                                {QStringLiteral("state"), QStringLiteral("open")},
                                {QStringLiteral("created_at"), QStringLiteral("2026-11-30")},
                                {QStringLiteral("lines"), lines}};
        const StockSheet sheet = Inventory::InventoryDocuments::countSheet(
            count, QStringLiteral("深圳仓 (SZ)"), company());
        QCOMPARE(sheet.lines.size(), 90);
        const QString path = m_dir.filePath(QStringLiteral("count.pdf"));
        QString error;
        QVERIFY2(StockSheetRenderer::writePdf({sheet}, path, &error), qPrintable(error));
        keep(path, "count-sheet");
        const QString text = pdfText(path);
        checkText(text, {QStringLiteral("Stock Count Sheet"), QStringLiteral("CNT2026-000007"),
                         QStringLiteral("深圳仓 (SZ)"), QStringLiteral("深圳市福田区 样品"),
                         QStringLiteral("工具"), QStringLiteral("SKU-090"), QStringLiteral("900"),
                         QStringLiteral("Counted by")});
        QVERIFY2(!text.contains(QStringLiteral("987")), "the counted column is blank");
        // Two pages or more, each with the table's header and its page number.
        QVERIFY2(text.contains(QStringLiteral("Page 2 of")), qPrintable(text));
        QVERIFY(text.count(QStringLiteral("Expected")) >= 2);
        QVERIFY2(fontProblems(path).isEmpty(), qPrintable(fontProblems(path)));
    }

private:
    void keep(const QString& path, const char* name)
    {
        // ERP_KEEP_PDF=DIR keeps the files to look at.
        if (!qEnvironmentVariableIsEmpty("ERP_KEEP_PDF"))
            QFile::copy(path, qEnvironmentVariable("ERP_KEEP_PDF") + QLatin1Char('/') +
                                  QLatin1String(name) + QStringLiteral(".pdf"));
    }

    QTemporaryDir m_dir;
};

QTEST_MAIN(TestPrintDocuments)
#include "tst_print_documents.moc"
