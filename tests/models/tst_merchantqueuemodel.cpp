// MerchantQueueModel under QAbstractItemModelTester: the count and first page load off
// the GUI thread, later pages arrive through fetchMore, sorting and filtering go through
// the query, overdue rows are highlighted and flags name duplicates.

#include "clock.h"
#include "merchantqueuemodel.h"
#include "unit/merchanttestsupport.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QSignalSpy>
#include <QtTest>

using namespace sw;
using namespace sw::services;
using models::MerchantQueueModel;

class TestMerchantQueueModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void pagesUnderTheTester();
    void sortsAndFiltersThroughTheQuery();
    void overdueAndFlags();

private:
    std::unique_ptr<swtest::MerchantWorld> m_world;
    QStringList m_ids;
};

void TestMerchantQueueModel::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_world = std::make_unique<swtest::MerchantWorld>();
    QString why;
    QVERIFY2(m_world->setUp(&why), qPrintable(why));
    m_world->clock.set(QDateTime(QDate(2025, 3, 4), QTime(2, 0), Qt::UTC));
    auto a = m_world->merchants(m_world->auditor);
    for (int n = 1; n <= 7; ++n) {
        MerchantApplicationDraft d = swtest::MerchantWorld::draft(n);
        if (n == 7)
            d.contactPhone = QStringLiteral("13800130001"); // merchant 1's phone
        auto id = a.submit(d);
        QVERIFY2(id, qPrintable(id.message()));
        m_ids << *id;
        m_world->clock.advanceSecs(60);
    }
    QVERIFY(a.take(m_ids[0]));
}

void TestMerchantQueueModel::cleanupTestCase()
{
    m_world.reset();
}

void TestMerchantQueueModel::pagesUnderTheTester()
{
    MerchantQueueModel model(m_world->fx.db(), m_world->auditor, &m_world->clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.waitForIdle());
    QCOMPARE(model.totalCount(), 7);
    model.setPageSize(3);
    model.refresh();
    QVERIFY(model.waitForIdle());
    QCOMPARE(model.rowCount(), 7); // refresh keeps what was loaded
    model.setSort({MerchantColumn::Number, Qt::DescendingOrder});
    QVERIFY(model.waitForIdle());
    QCOMPARE(model.rowCount(), 3);
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QVERIFY(model.waitForIdle());
    QCOMPARE(model.rowCount(), 6);
    model.fetchMore({});
    QVERIFY(model.waitForIdle());
    QCOMPARE(model.rowCount(), 7);
    QVERIFY(!model.canFetchMore({}));
    QCOMPARE(model.idAt(0), m_ids.last());
    QCOMPARE(model.rowOfId(m_ids.first()), 6);
}

void TestMerchantQueueModel::sortsAndFiltersThroughTheQuery()
{
    MerchantQueueModel model(m_world->fx.db(), m_world->auditor, &m_world->clock);
    QVERIFY(model.waitForIdle());
    model.sort(int(MerchantColumn::Number), Qt::AscendingOrder);
    QVERIFY(model.waitForIdle());
    QCOMPARE(model.idAt(0), m_ids.first());
    model.setFilter(model.query().viewFilter(MerchantView::WaitingForMe));
    QVERIFY(model.waitForIdle());
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.data(model.index(0, int(MerchantColumn::Status))).toString(), QStringLiteral("In review"));
    QCOMPARE(model.data(model.index(0, int(MerchantColumn::FirstReviewer))).toString(), QStringLiteral("审核员"));
    MerchantFilter f;
    f.text = QStringLiteral("公司3");
    model.setFilter(f);
    QVERIFY(model.waitForIdle());
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.data(model.index(0, int(MerchantColumn::LegalName))).toString(), QStringLiteral("杭州好物商贸有限公司3"));
    QCOMPARE(model.data(model.index(0, int(MerchantColumn::Category))).toString(), QStringLiteral("General merchandise"));
}

void TestMerchantQueueModel::overdueAndFlags()
{
    MerchantQueueModel model(m_world->fx.db(), m_world->auditor, &m_world->clock);
    model.setSort({MerchantColumn::Number, Qt::AscendingOrder});
    QVERIFY(model.waitForIdle());
    const int flags = int(MerchantColumn::Flags);
    QCOMPARE(model.data(model.index(0, flags)).toString(), QStringLiteral("Duplicate"));
    QCOMPARE(model.data(model.index(6, flags)).toString(), QStringLiteral("Duplicate"));
    QCOMPARE(model.data(model.index(1, flags)).toString(), QString());
    QVERIFY(!model.data(model.index(1, 0), MerchantQueueModel::OverdueRole).toBool());
    m_world->clock.set(QDateTime(QDate(2025, 3, 12), QTime(2, 0), Qt::UTC));
    model.refresh();
    QVERIFY(model.waitForIdle());
    QVERIFY(model.data(model.index(1, 0), MerchantQueueModel::OverdueRole).toBool());
    QVERIFY(model.data(model.index(1, 0), Qt::BackgroundRole).value<QBrush>().color().isValid());
    QVERIFY(model.data(model.index(1, flags)).toString().contains(QStringLiteral("Overdue")));
}

QTEST_MAIN(TestMerchantQueueModel)
#include "tst_merchantqueuemodel.moc"
