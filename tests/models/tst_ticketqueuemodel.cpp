// The windowed ticket queue model on a real encrypted database with 2,000 tickets,
// under QAbstractItemModelTester from construction on (so also while pages load).

#include "support/servicefixture.h"

#include "clock.h"
#include "services/ticketquery.h"
#include "services/ticketservice.h"
#include "ticketqueuemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using sw::models::TicketQueueModel;
using sw::services::TicketColumn;
using sw::services::TicketFilter;
using sw::services::TicketRow;
using sw::services::TicketSort;
namespace domain = sw::domain;

class TestTicketQueueModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void rowCountIsTheFullCount();
    void unloadedRowsArePlaceholdersUntilTheirPageArrives();
    void scrollingToTheLastRowLoadsItsPage();
    void pagesStayWithinTheCacheLimit();
    void aNewFilterDropsStaleResults();
    void sortIsServerSide_data();
    void sortIsServerSide();
    void searchFindsChineseSubstring();
    void refreshPicksUpANewTicketAndKeepsRows();
    void slaStateOfRow_data();
    void slaStateOfRow();
    void slaColumnHasColourIconAndTooltip();

private:
    std::unique_ptr<TicketQueueModel> newModel();
    void loadAll(TicketQueueModel& model);

    swtest::ServiceFixture m_fixture;
    sw::services::Actor m_admin;
    std::unique_ptr<sw::ManualClock> m_clock;
    qint64 m_total = 0;
    qint64 m_complaints = 0;
    qint64 m_suggestions = 0;
    qint64 m_refunds = 0;
};

void TestTicketQueueModel::initTestCase()
{
    QString why;
    QVERIFY2(m_fixture.create(&why), qPrintable(why));
    m_admin = m_fixture.firstAdmin();
    m_clock = std::make_unique<sw::ManualClock>(swtest::fixedStart());
    sw::services::TicketService service(m_fixture.db(), m_admin, m_clock.get());
    const QStringList subjects = {QStringLiteral("物流一直没有更新"), QStringLiteral("申请退款问题"),
                                  QStringLiteral("商品质量投诉"), QStringLiteral("发票开具咨询"),
                                  QStringLiteral("建议增加夜间配送")};
    const auto kinds = domain::allTicketKinds();
    constexpr int kTickets = 2000;
    for (int i = 0; i < kTickets; ++i) {
        sw::services::TicketDraft draft;
        draft.kind = kinds.at(i % kinds.size());
        draft.channel = domain::allTicketChannels().at(i % 3);
        draft.priority = domain::allTicketPriorities().at(i % 4);
        draft.subject = QStringLiteral("%1 #%2").arg(subjects.at(i % subjects.size())).arg(i);
        draft.customerName = QStringLiteral("客户%1").arg(i);
        draft.orderNo = QStringLiteral("SO%1").arg(100000 + i);
        draft.receivedAt = m_clock->now();
        const auto id = service.create(draft);
        QVERIFY2(id.ok(), qPrintable(id.message()));
        m_clock->advanceSecs(60);
        if (draft.kind == domain::TicketKind::Complaint)
            ++m_complaints;
        if (draft.kind == domain::TicketKind::Suggestion)
            ++m_suggestions;
        if (i % subjects.size() == 1)
            ++m_refunds;
    }
    m_total = m_fixture.count(QStringLiteral("tickets"));
    QCOMPARE(m_total, qint64(kTickets));
}

void TestTicketQueueModel::cleanupTestCase()
{
    m_fixture.destroy();
}

std::unique_ptr<TicketQueueModel> TestTicketQueueModel::newModel()
{
    return std::make_unique<TicketQueueModel>(m_fixture.db(), m_admin, m_clock.get());
}

void TestTicketQueueModel::loadAll(TicketQueueModel& model)
{
    QVERIFY(model.waitForIdle());
}

void TestTicketQueueModel::rowCountIsTheFullCount()
{
    auto model = newModel();
    QAbstractItemModelTester tester(model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy counted(model.get(), &TicketQueueModel::countChanged);
    // Nothing is counted on the GUI thread: the model starts empty.
    QCOMPARE(model->rowCount(), 0);
    QVERIFY(model->waitForIdle());
    QCOMPARE(model->rowCount(), int(m_total));
    QCOMPARE(model->totalCount(), m_total);
    QCOMPARE(model->columnCount(), int(TicketColumn::Count));
    QVERIFY(!counted.isEmpty());
    QCOMPARE(counted.last().at(0).toLongLong(), m_total);
    for (int column = 0; column < model->columnCount(); ++column)
        QVERIFY(!model->headerData(column, Qt::Horizontal).toString().isEmpty());
}

void TestTicketQueueModel::unloadedRowsArePlaceholdersUntilTheirPageArrives()
{
    auto model = newModel();
    QAbstractItemModelTester tester(model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model->waitForIdle());
    const int row = 1234;
    const QModelIndex index = model->index(row, int(TicketColumn::Number));
    QSignalSpy changed(model.get(), &QAbstractItemModel::dataChanged);
    // Page 6 (rows 1200–1399) was never asked for.
    QCOMPARE(model->data(index, TicketQueueModel::LoadedRole).toBool(), false);
    QCOMPARE(model->data(index).toString(), QStringLiteral("…"));
    QVERIFY(model->idAt(row).isEmpty());
    QVERIFY(model->isLoading() || model->waitForIdle());
    QVERIFY(changed.wait(10000) || !changed.isEmpty());
    const auto& args = changed.last();
    const QModelIndex first = args.at(0).value<QModelIndex>();
    const QModelIndex last = args.at(1).value<QModelIndex>();
    QVERIFY(first.row() <= row && row <= last.row());
    QCOMPARE(first.row(), (row / TicketQueueModel::kPageSize) * TicketQueueModel::kPageSize);
    QCOMPARE(model->data(index, TicketQueueModel::LoadedRole).toBool(), true);
    QVERIFY(model->data(index).toString().startsWith(QStringLiteral("CS-")));
    QVERIFY(!model->data(index, TicketQueueModel::IdRole).toString().isEmpty());
}

void TestTicketQueueModel::scrollingToTheLastRowLoadsItsPage()
{
    auto model = newModel();
    QAbstractItemModelTester tester(model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model->waitForIdle());
    const int last = model->rowCount() - 1;
    model->data(model->index(last, 0));
    QVERIFY(model->waitForIdle());
    const auto row = model->rowAt(last);
    QVERIFY(row.has_value());
    // Default sort: newest first, so the last row is the first ticket created.
    QCOMPARE(row->receivedAt, swtest::fixedStart());
    QCOMPARE(row->subject, QStringLiteral("物流一直没有更新 #0"));
}

void TestTicketQueueModel::pagesStayWithinTheCacheLimit()
{
    auto model = newModel();
    QAbstractItemModelTester tester(model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    model->setPaging(50, 4);
    QVERIFY(model->waitForIdle());
    QCOMPARE(model->rowCount(), int(m_total));
    // Scroll through the whole queue: only the most recent pages stay in memory.
    for (int row = 0; row < model->rowCount(); row += model->pageSize()) {
        model->data(model->index(row, 0));
        QVERIFY(model->waitForIdle());
        QVERIFY(model->cachedPageCount() <= 4);
    }
    const int last = model->rowCount() - 1;
    QVERIFY(model->rowAt(last).has_value());
    const int early = 10 * model->pageSize();
    QVERIFY(!model->rowAt(early).has_value()); // evicted long ago; asking reloads it
    QVERIFY(model->waitForIdle());
    QVERIFY(model->rowAt(early).has_value());
}

void TestTicketQueueModel::aNewFilterDropsStaleResults()
{
    auto model = newModel();
    QAbstractItemModelTester tester(model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model->waitForIdle());
    model->data(model->index(0, 0)); // a page of the old filter is on its way

    TicketFilter complaints;
    complaints.kinds = {domain::TicketKind::Complaint};
    model->setFilter(complaints);
    model->data(model->index(0, 0));
    TicketFilter suggestions;
    suggestions.kinds = {domain::TicketKind::Suggestion};
    model->setFilter(suggestions); // before the complaints' count or page arrived
    QCOMPARE(model->rowCount(), 0);
    QVERIFY(model->waitForIdle());

    QCOMPARE(model->totalCount(), m_suggestions);
    QCOMPARE(model->rowCount(), int(m_suggestions));
    for (int row = 0; row < model->rowCount(); ++row)
        model->data(model->index(row, 0));
    QVERIFY(model->waitForIdle());
    for (int row = 0; row < model->rowCount(); ++row) {
        const auto ticket = model->rowAt(row);
        QVERIFY(ticket.has_value());
        QCOMPARE(ticket->kind, domain::TicketKind::Suggestion);
    }
    QVERIFY(model->lastError().isEmpty());
}

void TestTicketQueueModel::sortIsServerSide_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::newRow("number ascending") << int(TicketColumn::Number) << Qt::AscendingOrder;
    QTest::newRow("number descending") << int(TicketColumn::Number) << Qt::DescendingOrder;
    QTest::newRow("received ascending") << int(TicketColumn::ReceivedAt) << Qt::AscendingOrder;
    QTest::newRow("customer ascending") << int(TicketColumn::Customer) << Qt::AscendingOrder;
}

void TestTicketQueueModel::sortIsServerSide()
{
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    auto model = newModel();
    QAbstractItemModelTester tester(model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model->waitForIdle());
    model->sort(column, order);
    QCOMPARE(model->sortSpec().column, TicketColumn(column));
    QCOMPARE(model->sortSpec().order, order);
    // The count stays: only the order of the rows changed.
    QCOMPARE(model->rowCount(), int(m_total));
    for (int row : {0, 1, 2, 500, 501, int(m_total) - 2, int(m_total) - 1})
        model->data(model->index(row, column));
    QVERIFY(model->waitForIdle());
    const auto value = [&](int row) { return model->data(model->index(row, column), TicketQueueModel::RawRole); };
    for (int row : {0, 1, 500, int(m_total) - 2}) {
        const QVariant a = value(row);
        const QVariant b = value(row + 1);
        QVERIFY2(a.isValid() && b.isValid(), "rows loaded");
        const auto cmp = QVariant::compare(a, b);
        if (order == Qt::AscendingOrder)
            QVERIFY2(cmp != QPartialOrdering::Greater, qPrintable(a.toString() + QLatin1String(" > ") + b.toString()));
        else
            QVERIFY2(cmp != QPartialOrdering::Less, qPrintable(a.toString() + QLatin1String(" < ") + b.toString()));
    }
}

void TestTicketQueueModel::searchFindsChineseSubstring()
{
    auto model = newModel();
    QAbstractItemModelTester tester(model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    TicketFilter filter;
    filter.search = QStringLiteral("退款");
    model->setFilter(filter);
    QVERIFY(model->waitForIdle());
    QCOMPARE(model->totalCount(), m_refunds);
    model->data(model->index(0, 0));
    QVERIFY(model->waitForIdle());
    QVERIFY(model->rowAt(0)->subject.contains(QStringLiteral("退款")));

    // One Chinese character cannot be searched: the service says why, no rows.
    QSignalSpy errors(model.get(), &TicketQueueModel::error);
    filter.search = QStringLiteral("退");
    model->setFilter(filter);
    QVERIFY(model->waitForIdle());
    QCOMPARE(model->rowCount(), 0);
    QCOMPARE(errors.count(), 1);
    QVERIFY(!model->lastError().isEmpty());
}

void TestTicketQueueModel::refreshPicksUpANewTicketAndKeepsRows()
{
    auto model = newModel();
    QAbstractItemModelTester tester(model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model->waitForIdle());
    model->data(model->index(0, 0));
    QVERIFY(model->waitForIdle());
    const QString oldFirst = model->idAt(0);
    QVERIFY(!oldFirst.isEmpty());

    sw::services::TicketService service(m_fixture.db(), m_admin, m_clock.get());
    sw::services::TicketDraft draft;
    draft.subject = QStringLiteral("刷新后出现");
    draft.customerName = QStringLiteral("新客户");
    m_clock->advanceSecs(60);
    const auto id = service.create(draft);
    QVERIFY2(id.ok(), qPrintable(id.message()));

    QSignalSpy reset(model.get(), &QAbstractItemModel::modelReset);
    model->refresh();
    // Until the fresh page arrives, the old rows stay on screen.
    QCOMPARE(model->idAt(0), oldFirst);
    QVERIFY(model->waitForIdle());
    QCOMPARE(reset.count(), 0);
    QCOMPARE(model->rowCount(), int(m_total) + 1);
    QCOMPARE(model->idAt(0), *id);
    QCOMPARE(model->idAt(1), oldFirst);
    QCOMPARE(model->rowOfId(*id), 0);
    m_total += 1;
}

void TestTicketQueueModel::slaStateOfRow_data()
{
    const QDateTime now = swtest::fixedStart();
    QTest::addColumn<QDateTime>("nextDue");
    QTest::addColumn<QDateTime>("nextWarn");
    QTest::addColumn<bool>("paused");
    QTest::addColumn<int>("state");
    QTest::newRow("no clock") << QDateTime() << QDateTime() << false << int(domain::SlaState::None);
    QTest::newRow("paused") << QDateTime() << QDateTime() << true << int(domain::SlaState::Paused);
    QTest::newRow("ok") << now.addSecs(3600) << now.addSecs(60) << false << int(domain::SlaState::Ok);
    QTest::newRow("warning at the second") << now.addSecs(3600) << now << false << int(domain::SlaState::Warning);
    QTest::newRow("breached at the second") << now << now.addSecs(-60) << false << int(domain::SlaState::Breached);
    QTest::newRow("overdue") << now.addSecs(-1) << now.addSecs(-60) << false << int(domain::SlaState::Breached);
}

void TestTicketQueueModel::slaStateOfRow()
{
    QFETCH(QDateTime, nextDue);
    QFETCH(QDateTime, nextWarn);
    QFETCH(bool, paused);
    QFETCH(int, state);
    TicketRow row;
    row.nextDue = nextDue;
    row.nextWarn = nextWarn;
    row.paused = paused;
    QCOMPARE(int(TicketQueueModel::slaStateOf(row, swtest::fixedStart())), state);
}

void TestTicketQueueModel::slaColumnHasColourIconAndTooltip()
{
    auto model = newModel();
    TicketFilter open;
    open.statuses = {domain::TicketStatus::New};
    model->setFilter(open);
    model->sort(int(TicketColumn::ReceivedAt), Qt::AscendingOrder);
    QVERIFY(model->waitForIdle());
    model->data(model->index(0, 0));
    QVERIFY(model->waitForIdle());
    // The oldest new ticket is far past its 24 h first-response target by now.
    m_clock->advanceSecs(10 * 24 * 3600);
    const QModelIndex sla = model->index(0, int(TicketColumn::SlaState));
    QCOMPARE(model->data(sla, TicketQueueModel::SlaStateRole).toInt(), int(domain::SlaState::Breached));
    QVERIFY(model->data(sla, Qt::ForegroundRole).isValid());
    QVERIFY(model->data(sla, Qt::DecorationRole).isValid());
    QVERIFY(!model->data(sla, Qt::ToolTipRole).toString().isEmpty());
    QVERIFY(!model->data(sla).toString().isEmpty());
    QCOMPARE(model->data(sla, TicketQueueModel::RawRole).toString(), domain::code(domain::SlaState::Breached));
}

QTEST_MAIN(TestTicketQueueModel)
#include "tst_ticketqueuemodel.moc"
