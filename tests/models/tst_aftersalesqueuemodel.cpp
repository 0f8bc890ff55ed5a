// AfterSalesQueueModel under QAbstractItemModelTester: loads off the GUI thread, formats
// money with QLocale, sorts through the query, highlights overdue requests, keeps the old
// rows until a refresh arrives, drops results of a replaced filter.

#include "aftersalesqueuemodel.h"
#include "clock.h"
#include "services/aftersalesservice.h"
#include "unit/tickettestsupport.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QSignalSpy>
#include <QtTest>

using namespace sw;
using namespace sw::services;
using models::AfterSalesQueueModel;

class TestAfterSalesQueueModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void loadsOffTheGuiThreadUnderTheTester();
    void formatsColumns();
    void sortsThroughTheQuery();
    void overdueRowsAreHighlighted();
    void filterChangeReplacesRows();

private:
    QString create(const QString& amount, bool submit);

    std::unique_ptr<swtest::TicketWorld> m_world;
    QString m_first;
};

void TestAfterSalesQueueModel::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_world = std::make_unique<swtest::TicketWorld>();
    QString why;
    QVERIFY2(m_world->setUp(&why), qPrintable(why));
    m_first = create(QStringLiteral("1234.50"), true);
    m_world->clock.advanceSecs(600);
    create(QStringLiteral("88.00"), false);
    m_world->clock.advanceSecs(600);
    create(QStringLiteral("5000.00"), true);
}

void TestAfterSalesQueueModel::cleanupTestCase()
{
    m_world.reset();
}

QString TestAfterSalesQueueModel::create(const QString& amount, bool submit)
{
    AfterSalesDraft d;
    d.kind = domain::AfterSalesKind::Refund;
    d.reason = domain::AfterSalesReason::QualityProblem;
    d.orderNo = QStringLiteral("SO-%1").arg(QString(amount).remove(QLatin1Char('.')));
    d.deliveredOn = QDate(2025, 2, 27);
    d.itemName = QStringLiteral("电热水壶");
    d.evidenceCount = 1;
    d.amount = amount;
    d.orderTotal = QStringLiteral("9999.00");
    AfterSalesService service(m_world->fx.db(), m_world->agentA1, &m_world->clock);
    auto id = service.create(d);
    if (!id)
        qFatal("%s", qPrintable(id.message()));
    if (submit && !service.submitForApproval(*id))
        qFatal("submit failed");
    return *id;
}

void TestAfterSalesQueueModel::loadsOffTheGuiThreadUnderTheTester()
{
    AfterSalesQueueModel model(m_world->fx.db(), m_world->manager, &m_world->clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy loaded(&model, &AfterSalesQueueModel::loaded);
    // The constructor only schedules the query; the rows arrive through the event loop.
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(model.isLoading());
    QVERIFY(model.waitForIdle());
    QCOMPARE(loaded.count(), 1);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), int(AfterSalesColumn::Count));
    QCOMPARE(model.headerData(int(AfterSalesColumn::Amount), Qt::Horizontal).toString(),
             QStringLiteral("Amount"));
    model.refresh();
    QCOMPARE(model.rowCount(), 3); // old rows stay until the new ones arrive
    QVERIFY(model.waitForIdle());
    QCOMPARE(model.rowCount(), 3);
}

void TestAfterSalesQueueModel::formatsColumns()
{
    AfterSalesQueueModel model(m_world->fx.db(), m_world->manager, &m_world->clock);
    QVERIFY(model.waitForIdle());
    const int row = model.rowOfId(m_first);
    QVERIFY(row >= 0);
    const auto cell = [&](AfterSalesColumn c, int role = Qt::DisplayRole) {
        return model.data(model.index(row, int(c)), role);
    };
    QCOMPARE(cell(AfterSalesColumn::Amount).toString(), QStringLiteral("¥1,234.50"));
    QCOMPARE(cell(AfterSalesColumn::Amount, AfterSalesQueueModel::RawRole).toLongLong(), 123450);
    QCOMPARE(cell(AfterSalesColumn::Kind).toString(), QStringLiteral("Refund"));
    QCOMPARE(cell(AfterSalesColumn::Status).toString(), QStringLiteral("Awaiting approval"));
    QCOMPARE(cell(AfterSalesColumn::ApproverLevel, AfterSalesQueueModel::RawRole).toInt(),
             int(domain::ApprovalLevel::Lead));
    QCOMPARE(cell(AfterSalesColumn::Age).toString(), QStringLiteral("20 min"));
    QCOMPARE(cell(AfterSalesColumn::Due).toString(), QStringLiteral("In 23 h 40 min"));
    QCOMPARE(cell(AfterSalesColumn::Number, AfterSalesQueueModel::IdRole).toString(), m_first);
    QCOMPARE(AfterSalesQueueModel::formatDuration(2 * 86400 + 3 * 3600), QStringLiteral("2 d 3 h"));
}

void TestAfterSalesQueueModel::sortsThroughTheQuery()
{
    AfterSalesQueueModel model(m_world->fx.db(), m_world->manager, &m_world->clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QVERIFY(model.waitForIdle());
    model.sort(int(AfterSalesColumn::Amount), Qt::AscendingOrder);
    QVERIFY(model.waitForIdle());
    QList<qint64> amounts;
    for (int r = 0; r < model.rowCount(); ++r)
        amounts << model.data(model.index(r, int(AfterSalesColumn::Amount)), AfterSalesQueueModel::RawRole)
                       .toLongLong();
    QCOMPARE(amounts, QList<qint64>({8800, 123450, 500000}));
    model.sort(int(AfterSalesColumn::Amount), Qt::DescendingOrder);
    QVERIFY(model.waitForIdle());
    QCOMPARE(
        model.data(model.index(0, int(AfterSalesColumn::Amount)), AfterSalesQueueModel::RawRole).toLongLong(),
        500000);
    QCOMPARE(model.sortSpec().order, Qt::DescendingOrder);
}

void TestAfterSalesQueueModel::overdueRowsAreHighlighted()
{
    ManualClock later(m_world->clock.now().addSecs(25 * 3600));
    AfterSalesQueueModel model(m_world->fx.db(), m_world->manager, &later);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QVERIFY(model.waitForIdle());
    QCOMPARE(model.overdueCount(), 2); // the submitted-only one does not wait for a decision
    const int row = model.rowOfId(m_first);
    const QModelIndex due = model.index(row, int(AfterSalesColumn::Due));
    QVERIFY(model.data(due, AfterSalesQueueModel::OverdueRole).toBool());
    QVERIFY(model.data(due).toString().startsWith(QStringLiteral("Overdue by")));
    QVERIFY(model.data(due, Qt::BackgroundRole).value<QBrush>().color().isValid());
    QVERIFY(model.data(due, Qt::DecorationRole).value<QColor>().isValid());
    QVERIFY(
        model.data(model.index(row, 0), Qt::ToolTipRole).toString().startsWith(QStringLiteral("Overdue")));
    for (int r = 0; r < model.rowCount(); ++r) {
        const bool overdue = model.data(model.index(r, 0), AfterSalesQueueModel::OverdueRole).toBool();
        QCOMPARE(model.data(model.index(r, 3), Qt::BackgroundRole).isValid(), overdue);
    }
}

void TestAfterSalesQueueModel::filterChangeReplacesRows()
{
    AfterSalesQueueModel model(m_world->fx.db(), m_world->leadA, &m_world->clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QVERIFY(model.waitForIdle());
    QCOMPARE(model.rowCount(), 3);
    AfterSalesQuery query(m_world->fx.db(), m_world->leadA, &m_world->clock);
    // Two filters in a row: only the second one's rows are shown.
    AfterSalesFilter first;
    first.statuses = {domain::AfterSalesStatus::Submitted};
    model.setFilter(first);
    model.setFilter(query.viewFilter(AfterSalesView::AwaitingMyApproval));
    QVERIFY(model.waitForIdle());
    QCOMPARE(model.rowCount(), 1); // ¥1,234.50: a lead's level; ¥5,000 needs a manager
    QCOMPARE(model.idAt(0), m_first);

    AfterSalesQueueModel denied(m_world->fx.db(), m_world->trainer, &m_world->clock);
    QSignalSpy errors(&denied, &AfterSalesQueueModel::error);
    QVERIFY(denied.waitForIdle());
    QCOMPARE(errors.count(), 1);
    QCOMPARE(denied.rowCount(), 0);
    QVERIFY(!denied.lastError().isEmpty());
}

QTEST_MAIN(TestAfterSalesQueueModel)
#include "tst_aftersalesqueuemodel.moc"
