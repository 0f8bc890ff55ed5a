// Secret: locked buffer, move-only, wipes its sources.

#include "storage/secret.h"

#include <QTest>

using sw::storage::Secret;

class TestSecret : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fromUtf8();
    void takeFromWipesSource();
    void zeroFilledAndEmpty();
    void moveLeavesSourceEmpty();
};

void TestSecret::fromUtf8()
{
    const Secret s = Secret::fromUtf8(QStringLiteral(u"密码 pw"));
    const QByteArray expected = QStringLiteral(u"密码 pw").toUtf8();
    QCOMPARE(s.size(), std::size_t(expected.size()));
    QCOMPARE(QByteArray(s.chars(), qsizetype(s.size())), expected);
}

void TestSecret::takeFromWipesSource()
{
    QByteArray source("top secret");
    const char* raw = source.constData();
    const qsizetype length = source.size();
    QByteArray observer = QByteArray::fromRawData(raw, length); // sees the same bytes, no copy
    const Secret s = Secret::takeFrom(source);
    QCOMPARE(QByteArray(s.chars(), qsizetype(s.size())), QByteArray("top secret"));
    QVERIFY(source.isEmpty());
    QCOMPARE(observer, QByteArray(length, '\0'));
}

void TestSecret::zeroFilledAndEmpty()
{
    const Secret zeros(8);
    QCOMPARE(QByteArray(zeros.chars(), 8), QByteArray(8, '\0'));
    const Secret none;
    QVERIFY(none.isEmpty());
    QVERIFY(Secret::fromUtf8(QString()).isEmpty());
}

void TestSecret::moveLeavesSourceEmpty()
{
    Secret a = Secret::fromBytes("abc", 3);
    Secret b = std::move(a);
    QVERIFY(a.isEmpty()); // NOLINT(bugprone-use-after-move): the moved-from state is the point
    QCOMPARE(QByteArray(b.chars(), 3), QByteArray("abc"));
    Secret c;
    c = std::move(b);
    QVERIFY(b.isEmpty()); // NOLINT(bugprone-use-after-move)
    QCOMPARE(c.size(), std::size_t(3));
}

QTEST_GUILESS_MAIN(TestSecret)
#include "tst_secret.moc"
