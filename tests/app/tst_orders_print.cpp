// The delivery note: rendered without any dialog to a PDF file that exists, is a PDF, is not
// empty and carries the order and shipment numbers and the Chinese names and addresses as text
// a reader can find and copy (checked with poppler's pdftotext: 广, 山, 田, 大, 十 and 刀 once
// came out as look-alike Kangxi radicals).
#include "app/print/deliverynote.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace Erp::Client::Print;

class TestOrdersPrint final : public QObject
{
    Q_OBJECT
private slots:
    void writesAPdfWithTheNumbers()
    {
        DeliveryNote note;
        note.company = {
            QStringLiteral("深圳明远贸易有限公司"), QStringLiteral("深圳市福田区深南大道 1000 号"),
            QStringLiteral("0755-12345678"), QStringLiteral("91440300708461136T"), QByteArray()};
        note.orderNumber = QStringLiteral("SO2026-000123");
        note.shipmentNumber = QStringLiteral("SH2026-000045");
        note.date = QStringLiteral("2026-11-27");
        note.customerName = QStringLiteral("华信科技有限公司");
        note.contactName = QStringLiteral("王芳");
        note.contactPhone = QStringLiteral("13800138000");
        note.shippingAddress = QStringLiteral("广东省深圳市福田区 山田大厦十层 刀具部");
        note.carrier = QStringLiteral("顺丰速运");
        note.tracking = QStringLiteral("SF1234567890123");
        note.lines = {{QStringLiteral("SD-100"), QStringLiteral("十字螺丝刀 Screwdriver"),
                       QStringLiteral("2.5"), QStringLiteral("pcs")},
                      {QStringLiteral("CB-200"), QStringLiteral("Cable 2m <shielded>"),
                       QStringLiteral("10"), QStringLiteral("m")}};

        QTextDocument document;
        DeliveryNoteRenderer::build(document, note);
        const QString text = document.toPlainText();
        for (const QString& expected :
             {note.orderNumber, note.shipmentNumber, note.customerName, note.carrier, note.tracking,
              QStringLiteral("十字螺丝刀 Screwdriver"), QStringLiteral("Cable 2m <shielded>"),
              QStringLiteral("Delivery Note")})
            QVERIFY2(text.contains(expected), qPrintable(expected));

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("送货单 SH2026-000045.pdf"));
        QString error;
        QVERIFY2(DeliveryNoteRenderer::writePdf(note, path, &error), qPrintable(error));
        if (!qEnvironmentVariableIsEmpty("ERP_KEEP_PDF"))
            QFile::copy(path, qEnvironmentVariable("ERP_KEEP_PDF"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.size() > 2000);
        QVERIFY(bytes.startsWith("%PDF-"));
        // The CJK font is embedded, so Chinese prints as text, not boxes.
        QVERIFY(bytes.contains("CJK") || bytes.contains("WenQuanYi") || bytes.contains("Noto"));

        // What a reader extracts (poppler-utils is a test dependency: scripts/install-deps).
        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        QVERIFY2(!pdftotext.isEmpty(), "pdftotext (poppler-utils) is needed");
        QProcess p;
        p.start(pdftotext, {path, QStringLiteral("-")});
        QVERIFY(p.waitForFinished(30000));
        const QString out = QString::fromUtf8(p.readAllStandardOutput());
        for (const QString& expected :
             {note.orderNumber, note.shipmentNumber, note.customerName,
              QStringLiteral("广东省深圳市福田区"), QStringLiteral("山田大厦十层"),
              QStringLiteral("刀具部"), QStringLiteral("十字螺丝刀")})
            QVERIFY2(out.contains(expected), qPrintable(expected + QStringLiteral(" in\n") + out));
        for (const QChar radical : QStringLiteral("⼴⼭⽥⼤⼗⼑"))
            QVERIFY2(!out.contains(radical), qPrintable(out));

        // Every font is embedded (the "emb" column of pdffonts), so the PDF prints anywhere.
        QProcess fonts;
        fonts.start(QStandardPaths::findExecutable(QStringLiteral("pdffonts")), {path});
        QVERIFY(fonts.waitForFinished(30000));
        const QStringList rows = QString::fromUtf8(fonts.readAllStandardOutput())
                                     .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY2(rows.size() >= 4, qPrintable(rows.join(QLatin1Char('\n')))); // header + 2 fonts
        for (const QString& row : rows.mid(2)) {
            const QStringList cols = row.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            QVERIFY2(cols.size() >= 5 && cols.at(cols.size() - 5) == QLatin1String("yes"),
                     qPrintable(row));
        }
    }

    void refusesAnUnwritablePath()
    {
        DeliveryNote note;
        note.orderNumber = QStringLiteral("SO2026-000001");
        QString error;
        QVERIFY(!DeliveryNoteRenderer::writePdf(note, QStringLiteral("/nonexistent-dir/x/note.pdf"),
                                                &error));
        QVERIFY(error.contains(QStringLiteral("note.pdf")));
    }
};

QTEST_MAIN(TestOrdersPrint)
#include "tst_orders_print.moc"
