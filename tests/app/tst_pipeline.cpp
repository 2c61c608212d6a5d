// The Customers tab's sales pipeline against a real server over TCP: the kanban's columns show
// the server's counts and sums, a card dropped on another column is moved by the server (and
// stays there after the reload), a move the server refuses snaps back with its message, and
// converting a lead that looks like an existing customer asks which one to link.
#include "apptest.h"
#include "customertest.h"

#include "app/pages/customers/duplicatesdialog.h"
#include "app/pages/pipeline/leadlist.h"
#include "app/pages/pipeline/pipelineboard.h"

#include <QLabel>
#include <QLocale>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace Erp::Client;
using namespace Erp::Client::Pipeline;

namespace {

/// Drops the card of `opportunityId` on `column` as a drag from another column would.
void drop(StageColumn* column, qint64 opportunityId)
{
    QMimeData data;
    data.setData(StageColumn::mimeType(), QByteArray::number(opportunityId));
    const QPoint at = column->viewport()->rect().center();
    QDragEnterEvent enter(at, Qt::CopyAction | Qt::MoveAction, &data, Qt::LeftButton,
                          Qt::NoModifier);
    QApplication::sendEvent(column->viewport(), &enter);
    QDropEvent dropEvent(at, Qt::CopyAction | Qt::MoveAction, &data, Qt::LeftButton,
                         Qt::NoModifier);
    QApplication::sendEvent(column->viewport(), &dropEvent);
}

qint64 stageOf(const QJsonArray& stages, const QString& key)
{
    for (const QJsonValue& v : stages)
        if (v.toObject().value("builtin_key").toString() == key)
            return v.toObject().value("id").toInteger();
    return 0;
}

} // namespace

class TestPipeline final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        Test::isolateSettings(QStringLiteral("tst_pipeline"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(m_company.start());
        m_api = m_company.connect();
        QVERIFY(m_api);
        m_customer =
            Test::callOn(
                *m_api, "crm.customer.create",
                {{"name", "上海明远贸易有限公司"},
                 {"contacts", QJsonArray{QJsonObject{{"name", "王经理"},
                                                     {"email", "buyer@mingyuan.example.cn"}}}}})
                .toObject()
                .value("id")
                .toInteger();
        m_stages = Test::callOn(*m_api, "crm.stage.list", {}).toObject().value("rows").toArray();
    }

    void columnsShowCountsAndSumsAndDropsMove()
    {
        for (const auto& [title, amount] :
             {std::pair{"框架协议", "12000.00"}, std::pair{"补货", "3000.50"}})
            Test::callOn(*m_api, "crm.opportunity.create",
                         {{"title", title}, {"customer_id", m_customer}, {"amount", amount}});
        PipelineBoard board(*m_api);
        QSignalSpy loaded(&board, &PipelineBoard::loaded);
        board.show();
        board.refresh();
        QVERIFY(loaded.wait());
        const qint64 first = stageOf(m_stages, "qualification");
        const qint64 proposal = stageOf(m_stages, "proposal");
        QCOMPARE(board.columns().size(), m_stages.size());
        QCOMPARE(board.column(first)->count(), 2);
        QVERIFY2(board.header(first)->text().contains("2 · 15,000.50 CNY"),
                 qPrintable(board.header(first)->text()));
        QVERIFY(board.header(proposal)->text().contains("0 · 0.00 CNY"));
        QCOMPARE(board.table()->rowCount(), 2);

        // Drag a card to the proposal column: the server moves it, the board reloads.
        const qint64 id = board.column(first)->item(0)->data(StageColumn::IdRole).toLongLong();
        drop(board.column(proposal), id);
        QVERIFY(loaded.wait());
        QVERIFY(board.column(proposal)->card(id));
        QCOMPARE(board.column(first)->count(), 1);
        QVERIFY(board.header(proposal)->text().contains("1 · "));
        QCOMPARE(Test::callOn(*m_api, "crm.opportunity.get", {{"id", id}})
                     .toObject()
                     .value("stage_id")
                     .toInteger(),
                 proposal);

        // Dropping on the won column is refused (Win makes the order): the card snaps back.
        const qint64 won = stageOf(m_stages, "won");
        drop(board.column(won), id);
        QVERIFY(board.column(won)->card(id)); // at once on screen …
        QTRY_VERIFY(board.message()->isVisible());
        QVERIFY(board.column(proposal)->card(id)); // … and back after the refusal
        QVERIFY(!board.column(won)->card(id));
        QVERIFY2(board.message()->text().contains("Win"), qPrintable(board.message()->text()));
    }

    void convertingALeadAsksWhichCustomer()
    {
        Test::callOn(*m_api, "crm.lead.create",
                     {{"name", "明远贸易"}, {"email", "buyer@mingyuan.example.cn"}});
        LeadList leads(*m_api);
        QSignalSpy loaded(&leads, &LeadList::loaded);
        QSignalSpy opened(&leads, &LeadList::dialogOpened);
        QSignalSpy converted(&leads, &LeadList::converted);
        leads.show();
        leads.refresh();
        QVERIFY(loaded.wait());
        QCOMPARE(leads.table()->rowCount(), 1);
        leads.table()->selectRow(0);
        leads.convertSelected();
        QTRY_COMPARE(opened.size(), 1);
        auto* dialog =
            qobject_cast<Customers::DuplicatesDialog*>(opened.first().first().value<QDialog*>());
        QVERIFY(dialog);
        QCOMPARE(dialog->table()->rowCount(), 1);
        QCOMPARE(dialog->openButton()->text(), QStringLiteral("Link to This Customer"));
        dialog->table()->selectRow(0);
        dialog->openButton()->click();
        QTRY_COMPARE(converted.size(), 1);
        QCOMPARE(converted.first().first().toLongLong(), m_customer);
        QTRY_COMPARE(leads.message()->text(),
                     QStringLiteral("The lead was linked to the existing customer."));
        QCOMPARE(Test::callOn(*m_api, "crm.customer.list", {}).toObject().value("total").toInt(),
                 1);
    }

private:
    Test::TcpCompany m_company;
    std::unique_ptr<ApiClient> m_api;
    qint64 m_customer = 0;
    QJsonArray m_stages;
};

QTEST_MAIN(TestPipeline)
#include "tst_pipeline.moc"
