// Export of any list (ListPage + TableExporter) against a real server over TCP: what the list
// shows (search, sort, visible columns in order, headers in the clerk's language) to CSV and
// XLSX, read back from the files; cell rules (formula neutralisation, quoted newlines, money
// and quantities as numbers, dates as dates, long digit strings as text); paging over more
// than one page writes every row exactly once; cancel and errors leave no file.
#include "apptest.h"
#include "customertest.h"
#include "inventorytest.h"

#include "app/export/exportwriter.h"
#include "app/export/tableexporter.h"
#include "app/language.h"
#include "app/models/remotetablemodel.h"
#include "app/pages/customers/customerlist.h"
#include "app/pages/customers/customertext.h"
#include "app/pages/inventory/inventoryclient.h"
#include "app/pages/inventory/moveslist.h"
#include "app/pages/inventory/productlist.h"
#include "app/pages/inventory/replenishment.h"
#include "app/widgets/columnchooser.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QLineEdit>
#include <QProcess>
#include <QProgressDialog>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QXmlStreamReader>

using namespace Erp::Client;
using namespace Erp::Client::Customers;
using namespace Erp::Client::Inventory;

namespace {

/// RFC 4180 reader (quoted fields with commas, quotes and newlines); the BOM is checked and
/// removed by the caller.
QList<QStringList> parseCsv(const QString& text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            row.append(field);
            field.clear();
        } else if (c == QLatin1Char('\r')) {
            continue;
        } else if (c == QLatin1Char('\n')) {
            row.append(field);
            field.clear();
            rows.append(row);
            row.clear();
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !row.isEmpty()) {
        row.append(field);
        rows.append(row);
    }
    return rows;
}

struct Csv
{
    bool bom = false;
    QByteArray raw;
    QList<QStringList> rows; ///< the header first
};

Csv readCsv(const QString& path)
{
    Csv csv;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return csv;
    csv.raw = file.readAll();
    csv.bom = csv.raw.startsWith("\xEF\xBB\xBF");
    csv.rows = parseCsv(QString::fromUtf8(csv.bom ? csv.raw.mid(3) : csv.raw));
    return csv;
}

QByteArray unzip(const QString& path, const QString& part)
{
    QProcess unzip;
    unzip.start(QStringLiteral("unzip"), {QStringLiteral("-p"), path, part});
    unzip.waitForFinished(30000); // the export is complete: nothing waits for the event loop
    return unzip.readAllStandardOutput();
}

/// The cells of one worksheet with their number formats, read from the XLSX parts.
struct Sheet
{
    struct Cell
    {
        QString type;   ///< the `t` attribute: "inlineStr", "s", "" (a number)
        QString value;  ///< the number or the inline string
        QString format; ///< the number format code ("General" when none)
    };
    QHash<QString, Cell> cells; ///< "A1" -> cell
    QString xml;                ///< the sheet part
    QStringList headers;

    int rowCount() const
    {
        int rows = 0;
        for (auto it = cells.constBegin(); it != cells.constEnd(); ++it) {
            QString digits = it.key();
            digits.remove(QRegularExpression(QStringLiteral("[A-Z]")));
            rows = qMax(rows, digits.toInt());
        }
        return rows;
    }
    /// The column letter of a header.
    QString column(const QString& header) const
    {
        const int i = int(headers.indexOf(header));
        return i < 0 ? QString() : QString(QChar(u'A' + i));
    }
};

Sheet readXlsx(const QString& path,
               const QString& sheetPart = QStringLiteral("xl/worksheets/sheet1.xml"))
{
    Sheet sheet;
    // Number formats: built-in 49 is "@" (text), 14 a date; custom ones in <numFmts>.
    QHash<int, QString> formats{{0, QStringLiteral("General")}, {49, QStringLiteral("@")}};
    QList<int> xfFormats;
    QXmlStreamReader styles(unzip(path, QStringLiteral("xl/styles.xml")));
    bool inCellXfs = false;
    while (!styles.atEnd()) {
        styles.readNext();
        if (styles.isStartElement() && styles.name() == QLatin1String("numFmt"))
            formats.insert(styles.attributes().value(QLatin1String("numFmtId")).toInt(),
                           styles.attributes().value(QLatin1String("formatCode")).toString());
        else if (styles.isStartElement() && styles.name() == QLatin1String("cellXfs"))
            inCellXfs = true;
        else if (styles.isEndElement() && styles.name() == QLatin1String("cellXfs"))
            inCellXfs = false;
        else if (inCellXfs && styles.isStartElement() && styles.name() == QLatin1String("xf"))
            xfFormats.append(styles.attributes().value(QLatin1String("numFmtId")).toInt());
    }
    const QByteArray xml = unzip(path, sheetPart);
    sheet.xml = QString::fromUtf8(xml);
    QXmlStreamReader reader(xml);
    QString ref;
    Sheet::Cell cell;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement() && reader.name() == QLatin1String("c")) {
            ref = reader.attributes().value(QLatin1String("r")).toString();
            cell = Sheet::Cell();
            cell.type = reader.attributes().value(QLatin1String("t")).toString();
            const int xf = reader.attributes().value(QLatin1String("s")).toInt();
            cell.format = formats.value(xfFormats.value(xf), QStringLiteral("General"));
        } else if (reader.isStartElement() &&
                   (reader.name() == QLatin1String("v") || reader.name() == QLatin1String("t"))) {
            cell.value += reader.readElementText();
        } else if (reader.isEndElement() && reader.name() == QLatin1String("c")) {
            sheet.cells.insert(ref, cell);
        }
    }
    for (int c = 0; c < 26; ++c) {
        const auto it = sheet.cells.constFind(QString(QChar(u'A' + c)) + QLatin1Char('1'));
        if (it == sheet.cells.constEnd())
            break;
        sheet.headers.append(it->value);
    }
    return sheet;
}

/// Exports `list` to `path` with its Export action; true when the file was written.
bool exportList(ListPage& list, const QString& path, bool selection = false)
{
    ListPage::setExportFileChooser([path](const QString&, const QString&) { return path; });
    QSignalSpy finished(&list, &ListPage::exportFinished);
    QSignalSpy failed(&list, &ListPage::exportFailed);
    (selection ? list.exportSelectionAction() : list.exportAction())->trigger();
    if (!QTest::qWaitFor([&] { return finished.count() + failed.count() > 0; }, 60000))
        return false;
    ListPage::setExportFileChooser(nullptr);
    return finished.count() == 1 && QFile::exists(path);
}

QStringList visibleHeaders(const ListPage& list)
{
    QStringList out;
    const QHeaderView* header = list.view()->horizontalHeader();
    for (int v = 0; v < header->count(); ++v) {
        const int logical = header->logicalIndex(v);
        if (!header->isSectionHidden(logical))
            out.append(list.model()->headerData(logical, Qt::Horizontal).toString());
    }
    return out;
}

} // namespace

class TestExport final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        Test::isolateSettings(QStringLiteral("tst_export"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(m_company.start());
        m_api = m_company.connect();
        QVERIFY(m_api);
        // More than two pages of 1,000.
        QJsonObject r = Test::callOn(*m_api, QStringLiteral("crm.customer.import"),
                                     {{QStringLiteral("rows"),
                                       Test::customerRows(QStringLiteral("Kunde"), 2500)}})
                            .toObject();
        QCOMPARE(r.value(QLatin1String("created")).toInt(), 2500);
        const QJsonArray special{
            QJsonObject{
                {QStringLiteral("name"), QStringLiteral("=HYPERLINK(\"http://evil\",\"x\")")},
                {QStringLiteral("contact_name"), QStringLiteral("Speciality One")},
                {QStringLiteral("phone"), QStringLiteral("010-12345678")},
                {QStringLiteral("credit_limit"), QStringLiteral("1234567.89")},
                {QStringLiteral("city"), QStringLiteral("Speciality, Town")}},
            QJsonObject{{QStringLiteral("name"), QStringLiteral("Speciality Two")},
                        {QStringLiteral("contact_name"), QStringLiteral("Line one\nLine two")},
                        {QStringLiteral("phone"), QStringLiteral("+86 138 0013 8000")},
                        {QStringLiteral("credit_limit"), QStringLiteral("0.50")}}};
        r = Test::callOn(*m_api, QStringLiteral("crm.customer.import"),
                         {{QStringLiteral("rows"), special}})
                .toObject();
        QCOMPARE(r.value(QLatin1String("created")).toInt(), 2);
        m_inventory = std::make_unique<InventoryClient>(*m_api);
    }

    void cellsAndCsvRules()
    {
        // OWASP: a text cell that would start a formula is neutralised; numbers are not.
        QCOMPARE(CsvExportWriter::neutralised(QStringLiteral("=1+2")), QStringLiteral("'=1+2"));
        for (const char* t : {"+86 755", "-x", "@SUM(A1)", "\tx", "\rx"})
            QVERIFY(CsvExportWriter::neutralised(QString::fromLatin1(t)).startsWith(u'\''));
        QCOMPARE(CsvExportWriter::neutralised(QStringLiteral("a=b")), QStringLiteral("a=b"));
        ExportCell text;
        text.type = ExportCell::Type::Text;
        text.text = QStringLiteral("say \"hi\",\nbye");
        QCOMPARE(CsvExportWriter::field(text), QByteArray("\"say \"\"hi\"\",\nbye\""));
        ExportCell money;
        money.type = ExportCell::Type::Money;
        money.text = QStringLiteral("-12.50");
        QCOMPARE(CsvExportWriter::field(money), QByteArray("-12.50"));

        // Cells are typed from the column descriptor, from the exact decimal strings.
        const QJsonObject row{{QStringLiteral("m"), QStringLiteral("1234.50")},
                              {QStringLiteral("q"), QStringLiteral("2.125")},
                              {QStringLiteral("d"), QStringLiteral("2026-11-27")},
                              {QStringLiteral("t"), QStringLiteral("2026-11-27T04:42:45.123Z")},
                              {QStringLiteral("p"), QStringLiteral("0012")},
                              {QStringLiteral("bad"), QStringLiteral("n/a")}};
        const ExportCell m =
            ExportCell::of(Column(QStringLiteral("m"), {}, Column::Kind::Money), row);
        QCOMPARE(int(m.type), int(ExportCell::Type::Money));
        QCOMPARE(m.text, QStringLiteral("1234.50"));
        const ExportCell q =
            ExportCell::of(Column(QStringLiteral("q"), {}).exportAs(Column::Export::Quantity), row);
        QCOMPARE(int(q.type), int(ExportCell::Type::Quantity));
        QCOMPARE(q.decimals, 3);
        QCOMPARE(int(ExportCell::of(Column(QStringLiteral("d"), {}, Column::Kind::Date), row).type),
                 int(ExportCell::Type::Date));
        const ExportCell t =
            ExportCell::of(Column(QStringLiteral("t"), {}, Column::Kind::Date), row);
        QCOMPARE(int(t.type), int(ExportCell::Type::DateTime));
        QCOMPARE(t.dateTime.toUTC().time().second(), 45);
        QCOMPARE(
            ExportCell::of(Column(QStringLiteral("p"), {}).exportAs(Column::Export::Digits), row)
                .text,
            QStringLiteral("0012"));
        // Absent (a protected field) is empty; a value that is not a number is its text.
        QCOMPARE(
            int(ExportCell::of(Column(QStringLiteral("cost"), {}, Column::Kind::Money), row).type),
            int(ExportCell::Type::Empty));
        const ExportCell bad =
            ExportCell::of(Column(QStringLiteral("bad"), {}, Column::Kind::Money), row);
        QCOMPARE(int(bad.type), int(ExportCell::Type::Text));
        QCOMPARE(ExportCell::significantDigits(QStringLiteral("-000120.50")), 5);
        QVERIFY(!ExportCell::isPlainDecimal(QStringLiteral("1e5")));
        QVERIFY(!ExportCell::isPlainDecimal(QStringLiteral("1,000")));
    }

    void customersToCsvInChinese()
    {
        Language language;
        QVERIFY(language.install(QStringLiteral("zh_CN")));
        {
            CustomerList list(*m_api);
            list.resize(1200, 500);
            list.show();
            QTRY_VERIFY(list.model()->isLoaded());
            list.columnChooser().setVisible(QStringLiteral("email"), false);
            list.searchEdit()->setText(QStringLiteral("Kunde 00"));
            QTRY_COMPARE(list.model()->search(), QStringLiteral("Kunde 00"));
            list.view()->sortByColumn(CustomerList::CodeCol, Qt::DescendingOrder);
            QTRY_VERIFY(list.model()->sortExpression() == QStringLiteral("-code") &&
                        list.model()->isLoaded() && !list.model()->isBusy());
            QCOMPARE(list.model()->total(), qint64(9)); // Kunde 001 … Kunde 009
            QTemporaryDir dir;
            const QString path = dir.filePath(QStringLiteral("kunden.csv"));
            QVERIFY(exportList(list, path));
            const Csv csv = readCsv(path);
            QVERIFY(csv.bom);
            QCOMPARE(csv.rows.size(), 1 + 9);
            // The headers as the list shows them: Chinese, without the hidden e-mail column.
            const QStringList headers = visibleHeaders(list);
            QCOMPARE(csv.rows.first(), headers);
            QVERIFY(headers.contains(CustomerText::field(QStringLiteral("name"))));
            QVERIFY(!headers.contains(CustomerText::field(QStringLiteral("email"))));
            QVERIFY(headers.join(QString()).contains(
                QRegularExpression(QStringLiteral("[\\x{4e00}-\\x{9fff}]"))));
            // The list's order (code descending) and its rows.
            const int code = int(headers.indexOf(CustomerText::field(QStringLiteral("code"))));
            const int name = int(headers.indexOf(CustomerText::field(QStringLiteral("name"))));
            for (int r = 0; r < 9; ++r) {
                QCOMPARE(csv.rows.at(r + 1).at(code),
                         list.model()->row(r).value(QLatin1String("code")).toString());
                QCOMPARE(csv.rows.at(r + 1).at(name),
                         list.model()->row(r).value(QLatin1String("name")).toString());
            }
            QVERIFY(csv.rows.at(1).at(code) > csv.rows.at(9).at(code));
            QVERIFY(list.message().contains(QDir::toNativeSeparators(path)));
        }
        QVERIFY(language.install(QStringLiteral("en")));
    }

    void formulasAndNewlinesStayText()
    {
        CustomerList list(*m_api);
        list.resize(1200, 500);
        list.show();
        QTRY_VERIFY(list.model()->isLoaded());
        list.columnChooser().setVisible(QStringLiteral("contact_name"), true);
        list.searchEdit()->setText(QStringLiteral("Speciality"));
        QTRY_VERIFY(list.model()->search() == QStringLiteral("Speciality") &&
                    list.model()->isLoaded() && !list.model()->isBusy());
        QCOMPARE(list.model()->total(), qint64(2));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("special.csv"));
        QVERIFY(exportList(list, path));
        const Csv csv = readCsv(path);
        QCOMPARE(csv.rows.size(), 3);
        const QStringList headers = csv.rows.first();
        const int name = int(headers.indexOf(QStringLiteral("Name")));
        const int contact = int(headers.indexOf(QStringLiteral("Contact")));
        const int phone = int(headers.indexOf(QStringLiteral("Phone")));
        const int city = int(headers.indexOf(QStringLiteral("City")));
        const int credit = int(headers.indexOf(QStringLiteral("Credit limit")));
        QVERIFY(name >= 0 && contact >= 0 && phone >= 0 && city >= 0 && credit >= 0);
        QStringList names;
        for (int r = 1; r < csv.rows.size(); ++r) {
            const QStringList& row = csv.rows.at(r);
            QCOMPARE(row.size(), headers.size());
            names.append(row.at(name));
            if (row.at(name) == QStringLiteral("Speciality Two")) {
                QCOMPARE(row.at(contact), QStringLiteral("Line one\nLine two")); // quoted newline
                QCOMPARE(row.at(phone), QStringLiteral("'+86 138 0013 8000"));
                QCOMPARE(row.at(credit), QStringLiteral("0.50"));
            } else {
                QCOMPARE(row.at(name), QStringLiteral("'=HYPERLINK(\"http://evil\",\"x\")"));
                QCOMPARE(row.at(city), QStringLiteral("Speciality, Town"));
                QCOMPARE(row.at(phone), QStringLiteral("010-12345678"));
                QCOMPARE(row.at(credit), QStringLiteral("1234567.89"));
            }
        }
        QCOMPARE(names.size(), 2);
        QVERIFY(csv.raw.contains("\"Line one\nLine two\""));
        QVERIFY(csv.raw.contains("\r\n"));

        // XLSX: strings stay strings (no formula), money is a number with two decimals, the
        // long digit string is text, the header row is frozen, bold and filtered.
        const QString xlsxPath = dir.filePath(QStringLiteral("special.xlsx"));
        QVERIFY(exportList(list, xlsxPath));
        const Sheet sheet = readXlsx(xlsxPath);
        QCOMPARE(sheet.headers, headers);
        QCOMPARE(sheet.rowCount(), 3);
        QVERIFY(sheet.xml.contains(QLatin1String("state=\"frozen\"")));
        QVERIFY(sheet.xml.contains(QLatin1String("ySplit=\"1\"")));
        QVERIFY(sheet.xml.contains(QLatin1String("<autoFilter ref=\"A1:")));
        QVERIFY(sheet.xml.contains(QLatin1String("<col ")));
        QVERIFY(!sheet.xml.contains(QLatin1String("<f>")));
        for (int r = 2; r <= 3; ++r) {
            const Sheet::Cell n =
                sheet.cells.value(sheet.column(QStringLiteral("Name")) + QString::number(r));
            const Sheet::Cell c = sheet.cells.value(sheet.column(QStringLiteral("Credit limit")) +
                                                    QString::number(r));
            const Sheet::Cell p =
                sheet.cells.value(sheet.column(QStringLiteral("Phone")) + QString::number(r));
            QVERIFY(c.type.isEmpty()); // a number
            QCOMPARE(c.format, QStringLiteral("#,##0.00"));
            QCOMPARE(p.type, QStringLiteral("inlineStr"));
            QCOMPARE(p.format, QStringLiteral("@"));
            if (n.value.startsWith(u'=')) {
                QCOMPARE(n.type, QStringLiteral("inlineStr"));
                QCOMPARE(n.value, QStringLiteral("=HYPERLINK(\"http://evil\",\"x\")"));
                QCOMPARE(c.value, QStringLiteral("1234567.89"));
                QCOMPARE(p.value, QStringLiteral("010-12345678"));
            } else {
                QCOMPARE(c.value, QStringLiteral("0.5"));
            }
        }
        // Export of the selection: the selected rows only.
        list.view()->selectRow(1);
        QVERIFY(list.exportSelectionAction()->isVisible());
        QVERIFY(list.exportSelectionAction()->isEnabled());
        const QString one = dir.filePath(QStringLiteral("one.csv"));
        QVERIFY(exportList(list, one, true));
        const Csv selected = readCsv(one);
        QCOMPARE(selected.rows.size(), 2);
        QCOMPARE(selected.rows.at(1).at(name),
                 CsvExportWriter::neutralised(
                     list.model()->row(1).value(QLatin1String("name")).toString()));
    }

    void productsWithQuantitiesAndDigits()
    {
        const qint64 warehouse = Test::idOf(Test::createWarehouse(*m_api, QStringLiteral("EX1")));
        const QJsonObject p =
            Test::createProduct(*m_api, QStringLiteral("EXP-001"),
                                {{QStringLiteral("barcode"), QStringLiteral("0012345678905")},
                                 {QStringLiteral("list_price"), QStringLiteral("1299.90")},
                                 {QStringLiteral("reorder_point"), QStringLiteral("2.5")}});
        QVERIFY(Test::idOf(p) > 0);
        Test::createProduct(*m_api, QStringLiteral("EXP-002"),
                            {{QStringLiteral("list_price"), QStringLiteral("5.00")}});
        Test::receiveStock(*m_api, Test::idOf(p), warehouse, QStringLiteral("7.250"));

        ProductList list(*m_inventory);
        list.resize(1200, 500);
        list.show();
        QTRY_VERIFY(list.model()->isLoaded());
        // The barcode is hidden by default: the clerk shows it, the export follows.
        auto* chooser = list.findChild<ColumnChooser*>();
        QVERIFY(chooser);
        QVERIFY(!visibleHeaders(list).contains(QStringLiteral("Barcode")));
        chooser->setVisible(QStringLiteral("barcode"), true);
        list.searchEdit()->setText(QStringLiteral("EXP-"));
        QTRY_VERIFY(list.model()->search() == QStringLiteral("EXP-") && list.model()->isLoaded() &&
                    !list.model()->isBusy());
        QCOMPARE(list.model()->total(), qint64(2));
        QTemporaryDir dir;
        const QString csvPath = dir.filePath(QStringLiteral("products.csv"));
        QVERIFY(exportList(list, csvPath));
        const Csv csv = readCsv(csvPath);
        QCOMPARE(csv.rows.first(), visibleHeaders(list));
        QCOMPARE(csv.rows.size(), 3);
        const int barcode = int(csv.rows.first().indexOf(QStringLiteral("Barcode")));
        const int price = int(csv.rows.first().indexOf(QStringLiteral("List price")));
        const int sku = int(csv.rows.first().indexOf(QStringLiteral("SKU")));
        const QStringList& first =
            csv.rows.at(1).at(sku) == QStringLiteral("EXP-001") ? csv.rows.at(1) : csv.rows.at(2);
        QCOMPARE(first.at(barcode), QStringLiteral("0012345678905"));
        QCOMPARE(first.at(price), QStringLiteral("1299.90"));

        const QString xlsxPath = dir.filePath(QStringLiteral("products.xlsx"));
        QVERIFY(exportList(list, xlsxPath));
        const Sheet sheet = readXlsx(xlsxPath);
        QCOMPARE(sheet.headers, csv.rows.first());
        const int row =
            sheet.cells.value(sheet.column(QStringLiteral("SKU")) + QLatin1Char('2')).value ==
                    QStringLiteral("EXP-001")
                ? 2
                : 3;
        const Sheet::Cell b =
            sheet.cells.value(sheet.column(QStringLiteral("Barcode")) + QString::number(row));
        QCOMPARE(b.type, QStringLiteral("inlineStr"));
        QCOMPARE(b.value, QStringLiteral("0012345678905"));
        const Sheet::Cell lp =
            sheet.cells.value(sheet.column(QStringLiteral("List price")) + QString::number(row));
        QCOMPARE(lp.value, QStringLiteral("1299.9"));
        QCOMPARE(lp.format, QStringLiteral("#,##0.00"));
        const Sheet::Cell rp =
            sheet.cells.value(sheet.column(QStringLiteral("Reorder point")) + QString::number(row));
        QVERIFY(rp.type.isEmpty());
        QCOMPARE(rp.value.toDouble(), 2.5);
        QVERIFY(rp.format.startsWith(QLatin1String("#,##0.")));

        // Stock moves: a timestamp is a real date, a quantity a number.
        MovesList moves(*m_inventory);
        moves.resize(1200, 500);
        moves.show();
        QTRY_VERIFY(moves.model()->isLoaded() && moves.model()->rowCount() > 0);
        const QString movesPath = dir.filePath(QStringLiteral("moves.xlsx"));
        QVERIFY(exportList(moves, movesPath));
        const Sheet ledger = readXlsx(movesPath);
        QCOMPARE(ledger.headers, visibleHeaders(moves));
        QCOMPARE(ledger.rowCount(), int(moves.model()->total()) + 1);
        const Sheet::Cell when =
            ledger.cells.value(ledger.column(QStringLiteral("When")) + QLatin1Char('2'));
        QVERIFY(when.type.isEmpty());
        QCOMPARE(when.format, QStringLiteral("yyyy-mm-dd hh:mm"));
        const double serial = when.value.toDouble();
        const QDate today = QDate::currentDate();
        QVERIFY2(qAbs(serial - QDate(1899, 12, 30).daysTo(today)) < 2.0, qPrintable(when.value));
        const Sheet::Cell qty =
            ledger.cells.value(ledger.column(QStringLiteral("Quantity")) + QLatin1Char('2'));
        QVERIFY(qty.type.isEmpty());
        QVERIFY(qty.value.toDouble() != 0.0);
    }

    void replenishmentAsShown()
    {
        // A screen that is not a ListPage (a proposal tree) exports the same way: one row per
        // line with its supplier and the quantity as edited.
        const QJsonObject supplier = Test::createSupplier(*m_api, QStringLiteral("Export Co"));
        Test::createProduct(*m_api, QStringLiteral("REPX-1"),
                            {{QStringLiteral("reorder_point"), QStringLiteral("10")},
                             {QStringLiteral("reorder_qty"), QStringLiteral("25")},
                             {QStringLiteral("default_supplier_id"), Test::idOf(supplier)}});
        Replenishment view(*m_inventory);
        view.resize(1000, 500);
        view.show();
        QTRY_VERIFY(view.isLoaded());
        QVERIFY(view.exportButton()->isEnabled());
        QTreeWidgetItem* line = nullptr;
        for (int i = 0; i < view.tree()->topLevelItemCount(); ++i) {
            QTreeWidgetItem* top = view.tree()->topLevelItem(i);
            for (int j = 0; j < top->childCount(); ++j) {
                if (top->child(j)->text(0).startsWith(QStringLiteral("REPX-1")))
                    line = top->child(j);
            }
        }
        QVERIFY(line);
        line->setText(Replenishment::QtyCol, QStringLiteral("30"));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("replenishment.xlsx"));
        ListPage::setExportFileChooser([path](const QString&, const QString&) { return path; });
        view.exportButton()->click();
        QTRY_VERIFY(QFile::exists(path));
        ListPage::setExportFileChooser(nullptr);
        const Sheet sheet = readXlsx(path);
        const QString sku = sheet.column(QStringLiteral("SKU"));
        int row = 0;
        for (int r = 2; r <= sheet.rowCount(); ++r) {
            if (sheet.cells.value(sku + QString::number(r)).value == QStringLiteral("REPX-1"))
                row = r;
        }
        QVERIFY(row > 0);
        const auto cell = [&](const char* header) {
            return sheet.cells.value(sheet.column(QLatin1String(header)) + QString::number(row));
        };
        QCOMPARE(cell("Supplier").value, QStringLiteral("Export Co"));
        QCOMPARE(cell("Order qty").value, QStringLiteral("30"));
        QVERIFY(cell("Order qty").type.isEmpty());
        QCOMPARE(cell("Amount").value, QStringLiteral("300"));
        QCOMPARE(cell("Amount").format, QStringLiteral("#,##0.00"));
        QVERIFY(view.message().contains(QStringLiteral("exported to")));
    }

    void pagingWritesEveryRowOnce()
    {
        CustomerList list(*m_api);
        list.resize(1200, 500);
        list.show();
        QTRY_VERIFY(list.model()->isLoaded());
        QCOMPARE(list.model()->total(), qint64(2502));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("all.csv"));
        QSignalSpy progress(list.exporter(), &TableExporter::progress);
        QVERIFY(exportList(list, path));
        QCOMPARE(list.exporter()->requestCount(), 3); // 1,000 + 1,000 + 502
        QVERIFY(progress.count() >= 3);
        QCOMPARE(progress.last().at(0).toLongLong(), qint64(2502));
        const Csv csv = readCsv(path);
        QCOMPARE(csv.rows.size(), 2503);
        const int code = int(csv.rows.first().indexOf(QStringLiteral("Code")));
        QSet<QString> codes;
        for (int r = 1; r < csv.rows.size(); ++r)
            codes.insert(csv.rows.at(r).at(code));
        QCOMPARE(codes.size(), 2502);
        QVERIFY(!codes.contains(QString()));

        // Ctrl+E exports too (XLSX; every row on the sheet).
        const QString xlsx = dir.filePath(QStringLiteral("all.xlsx"));
        ListPage::setExportFileChooser([xlsx](const QString&, const QString&) { return xlsx; });
        QSignalSpy finished(&list, &ListPage::exportFinished);
        list.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&list));
        list.view()->setFocus();
        QTest::keyClick(list.view(), Qt::Key_E, Qt::ControlModifier);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        ListPage::setExportFileChooser(nullptr);
        QCOMPARE(readXlsx(xlsx).rowCount(), 2503);
    }

    void cancelAndErrorsLeaveNoFile()
    {
        CustomerList list(*m_api);
        list.resize(1200, 500);
        list.show();
        QTRY_VERIFY(list.model()->isLoaded());
        QTemporaryDir dir;
        for (const char* name : {"cancel.xlsx", "cancel.csv"}) {
            const QString path = dir.filePath(QLatin1String(name));
            ListPage::setExportFileChooser([path](const QString&, const QString&) { return path; });
            QSignalSpy canceled(list.exporter(), &TableExporter::canceled);
            // Cancel as soon as the first page is written (the file is half done then).
            connect(
                list.exporter(), &TableExporter::progress, this,
                [&list] {
                    if (auto* progress =
                            list.findChild<QProgressDialog*>(QStringLiteral("exportProgress")))
                        emit progress->canceled(); // what its Cancel button does
                },
                Qt::SingleShotConnection);
            list.exportAction()->trigger();
            QTRY_COMPARE(canceled.count(), 1);
            QVERIFY(!list.exporter()->isRunning());
            QVERIFY(!QFile::exists(path));
            QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 0);
            QVERIFY(list.message().contains(QStringLiteral("cancelled")));
        }
        ListPage::setExportFileChooser(nullptr);

        // A server error (here: a method that does not exist) leaves no file and says why.
        TableExporter exporter(*m_api);
        QSignalSpy failed(&exporter, &TableExporter::failed);
        ExportRequest request;
        request.method = QStringLiteral("crm.customer.nosuchlist");
        request.columns = {Column(QStringLiteral("name"), QStringLiteral("Name"))};
        const QString path = dir.filePath(QStringLiteral("error.xlsx"));
        exporter.start(request, path);
        QTRY_COMPARE(failed.count(), 1);
        QVERIFY(!QFile::exists(path));
        // A folder that does not exist: the message names the file.
        request.method = QStringLiteral("crm.customer.list");
        const QString nowhere = dir.filePath(QStringLiteral("no/such/dir/x.csv"));
        exporter.start(request, nowhere);
        QTRY_COMPARE(failed.count(), 2);
        QVERIFY(failed.last().at(0).toString().contains(QDir::toNativeSeparators(nowhere)));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 0);
    }

    void absentFieldsDropTheirColumn()
    {
        // A field the server leaves out of every row (a protected field) is not exported as
        // an empty column; computed columns stay.
        TableExporter exporter(*m_api);
        QSignalSpy finished(&exporter, &TableExporter::finished);
        ExportRequest request;
        request.method = QStringLiteral("crm.customer.list");
        request.search = QStringLiteral("Speciality");
        request.columns = {
            Column(QStringLiteral("name"), QStringLiteral("Name")),
            Column(QStringLiteral("secret_margin"), QStringLiteral("Margin"), Column::Kind::Money),
            Column(QStringLiteral("label"), QStringLiteral("Label"))
                .withText([](const QJsonObject& r) {
                    return QStringLiteral("<%1>").arg(r.value(QLatin1String("name")).toString());
                })};
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("fields.csv"));
        exporter.start(request, path);
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(finished.first().at(1).toLongLong(), qint64(2));
        const Csv csv = readCsv(path);
        QCOMPARE(csv.rows.first(), (QStringList{QStringLiteral("Name"), QStringLiteral("Label")}));
        QCOMPARE(exporter.writtenColumns().size(), 2);
        QVERIFY(csv.rows.at(1).at(1).startsWith(u'<'));
    }

private:
    Test::TcpCompany m_company;
    std::unique_ptr<ApiClient> m_api;
    std::unique_ptr<InventoryClient> m_inventory;
};

QTEST_MAIN(TestExport)
#include "tst_export.moc"
