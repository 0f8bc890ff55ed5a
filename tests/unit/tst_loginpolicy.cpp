#include "domain/loginpolicy.h"

#include <QtTest>

using sw::domain::LoginPolicy;

class TestLoginPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void afterFailure_data();
    void afterFailure();
    void isLocked_data();
    void isLocked();
    void fiveFailuresInARowLock();
};

static const QDateTime kNow(QDate(2025, 3, 1), QTime(8, 0), Qt::UTC);

void TestLoginPolicy::afterFailure_data()
{
    QTest::addColumn<int>("before");
    QTest::addColumn<int>("after");
    QTest::addColumn<bool>("locks");
    QTest::newRow("first") << 0 << 1 << false;
    QTest::newRow("third") << 2 << 3 << false;
    QTest::newRow("fourth") << 3 << 4 << false;
    QTest::newRow("fifth locks") << 4 << 0 << true;
    QTest::newRow("beyond (stale count) locks") << 9 << 0 << true;
    QTest::newRow("negative treated as zero") << -3 << 1 << false;
}

void TestLoginPolicy::afterFailure()
{
    QFETCH(int, before);
    QFETCH(int, after);
    QFETCH(bool, locks);
    const auto outcome = LoginPolicy().afterFailure(before, kNow);
    QCOMPARE(outcome.failedCount, after);
    QCOMPARE(outcome.lockedUntil.isValid(), locks);
    if (locks)
        QCOMPARE(outcome.lockedUntil, kNow.addSecs(15 * 60));
}

void TestLoginPolicy::isLocked_data()
{
    QTest::addColumn<QDateTime>("lockedUntil");
    QTest::addColumn<bool>("locked");
    QTest::newRow("never locked") << QDateTime() << false;
    QTest::newRow("one second left") << kNow.addSecs(1) << true;
    QTest::newRow("fifteen minutes left") << kNow.addSecs(15 * 60) << true;
    QTest::newRow("ends now") << kNow << false;
    QTest::newRow("ended") << kNow.addSecs(-1) << false;
}

void TestLoginPolicy::isLocked()
{
    QFETCH(QDateTime, lockedUntil);
    QFETCH(bool, locked);
    QCOMPARE(LoginPolicy().isLocked(lockedUntil, kNow), locked);
}

void TestLoginPolicy::fiveFailuresInARowLock()
{
    const LoginPolicy policy;
    int count = 0;
    for (int i = 0; i < 4; ++i) {
        const auto o = policy.afterFailure(count, kNow);
        count = o.failedCount;
        QVERIFY(!o.lockedUntil.isValid());
    }
    const auto o = policy.afterFailure(count, kNow);
    QVERIFY(policy.isLocked(o.lockedUntil, kNow.addSecs(14 * 60 + 59)));
    QVERIFY(!policy.isLocked(o.lockedUntil, kNow.addSecs(15 * 60)));
}

QTEST_GUILESS_MAIN(TestLoginPolicy)
#include "tst_loginpolicy.moc"
