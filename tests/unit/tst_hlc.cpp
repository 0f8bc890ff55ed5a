#include "sync/hlc.h"

#include <QtTest>

Q_DECLARE_METATYPE(sw::sync::Hlc)

using sw::sync::Hlc;

class TestHlc : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void textForm_data();
    void textForm();
    void parseRejectsGarbage_data();
    void parseRejectsGarbage();
    void textOrderMatchesClockOrder();
    void tickUsesPhysicalTimeWhenAhead();
    void tickCountsWhenClockStandsStillOrGoesBack_data();
    void tickCountsWhenClockStandsStillOrGoesBack();
    void tickIsStrictlyMonotonic();
    void receive_data();
    void receive();
};

void TestHlc::textForm_data()
{
    QTest::addColumn<qint64>("wallMs");
    QTest::addColumn<quint32>("counter");
    QTest::addColumn<QString>("node");
    QTest::addColumn<QString>("text");
    QTest::newRow("typical") << qint64(1764300000000) << quint32(0) << "9f3a1c2b4d5e6f70"
                             << "1764300000000-000000-9f3a1c2b4d5e6f70";
    QTest::newRow("padded") << qint64(42) << quint32(7) << "ab"
                            << "0000000000042-000007-ab";
    QTest::newRow("max counter") << qint64(1) << quint32(999999) << "n"
                                 << "0000000000001-999999-n";
}

void TestHlc::textForm()
{
    QFETCH(qint64, wallMs);
    QFETCH(quint32, counter);
    QFETCH(QString, node);
    QFETCH(QString, text);
    const Hlc h{wallMs, counter, node};
    QCOMPARE(h.toString(), text);
    Hlc parsed;
    QVERIFY(Hlc::parse(text, &parsed));
    QCOMPARE(parsed, h);
}

void TestHlc::parseRejectsGarbage_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << "";
    QTest::newRow("no node") << "1764300000000-000000-";
    QTest::newRow("short ms") << "176430000000-000000-ab";
    QTest::newRow("short counter") << "1764300000000-00000-ab";
    QTest::newRow("letters in ms") << "17643000000x0-000000-ab";
    QTest::newRow("spaces") << " 1764300000000-000000-ab";
    QTest::newRow("negative") << "-764300000000-000000-ab";
    QTest::newRow("words") << "yesterday";
}

void TestHlc::parseRejectsGarbage()
{
    QFETCH(QString, text);
    Hlc out{5, 5, QStringLiteral("keep")};
    QVERIFY(!Hlc::parse(text, &out));
    QCOMPARE(out, (Hlc{5, 5, QStringLiteral("keep")})); // untouched on failure
}

void TestHlc::textOrderMatchesClockOrder()
{
    const QList<Hlc> ordered{{9, 0, "a"},  {9, 1, "a"},    {9, 10, "a"},           {10, 0, "a"},
                             {10, 0, "b"}, {1000, 2, "a"}, {1764300000000, 0, "a"}};
    for (int i = 1; i < ordered.size(); ++i) {
        QVERIFY(ordered.at(i - 1) < ordered.at(i));
        QVERIFY(!(ordered.at(i) < ordered.at(i - 1)));
        QVERIFY(ordered.at(i - 1).toString() < ordered.at(i).toString());
    }
}

void TestHlc::tickUsesPhysicalTimeWhenAhead()
{
    const Hlc last{1000, 5, "n"};
    const Hlc next = sw::sync::hlcTick(last, 2000, "n");
    QCOMPARE(next, (Hlc{2000, 0, "n"}));
    QVERIFY(sw::sync::hlcTick(Hlc{}, 1, "n").wallMs == 1);
}

void TestHlc::tickCountsWhenClockStandsStillOrGoesBack_data()
{
    QTest::addColumn<qint64>("nowMs");
    QTest::newRow("same ms") << qint64(1000);
    QTest::newRow("one ms back") << qint64(999);
    QTest::newRow("an hour back") << qint64(1000 - 3600 * 1000);
}

void TestHlc::tickCountsWhenClockStandsStillOrGoesBack()
{
    QFETCH(qint64, nowMs);
    const Hlc last{1000, 5, "n"};
    const Hlc next = sw::sync::hlcTick(last, nowMs, "n");
    QCOMPARE(next, (Hlc{1000, 6, "n"}));
    QVERIFY(last < next);
}

void TestHlc::tickIsStrictlyMonotonic()
{
    Hlc last;
    const QList<qint64> physical{5, 5, 5, 3, 8, 8, 1, 9, 20, 19, 19};
    for (qint64 now : physical) {
        const Hlc next = sw::sync::hlcTick(last, now, "n");
        QVERIFY2(last < next, qPrintable(last.toString() + " !< " + next.toString()));
        QVERIFY(last.toString() < next.toString());
        QVERIFY(next.wallMs >= now);
        last = next;
    }
    // Counter overflow borrows the next millisecond instead of breaking the text form.
    const Hlc full{100, 999999, "n"};
    const Hlc after = sw::sync::hlcTick(full, 50, "n");
    QCOMPARE(after, (Hlc{101, 0, "n"}));
}

void TestHlc::receive_data()
{
    QTest::addColumn<Hlc>("last");
    QTest::addColumn<Hlc>("remote");
    QTest::addColumn<qint64>("now");
    QTest::addColumn<Hlc>("expected");
    QTest::newRow("physical ahead of both")
        << Hlc{10, 3, "a"} << Hlc{20, 4, "b"} << qint64(30) << Hlc{30, 0, "a"};
    QTest::newRow("remote ahead") << Hlc{10, 3, "a"} << Hlc{20, 4, "b"} << qint64(15) << Hlc{20, 5, "a"};
    QTest::newRow("local ahead") << Hlc{25, 3, "a"} << Hlc{20, 4, "b"} << qint64(15) << Hlc{25, 4, "a"};
    QTest::newRow("equal wall") << Hlc{20, 3, "a"} << Hlc{20, 7, "b"} << qint64(15) << Hlc{20, 8, "a"};
}

void TestHlc::receive()
{
    QFETCH(Hlc, last);
    QFETCH(Hlc, remote);
    QFETCH(qint64, now);
    QFETCH(Hlc, expected);
    const Hlc next = sw::sync::hlcReceive(last, remote, now, "a");
    QCOMPARE(next, expected);
    QVERIFY(last < next);
    QVERIFY((Hlc{remote.wallMs, remote.counter, "a"}) < next);
}


QTEST_GUILESS_MAIN(TestHlc)
#include "tst_hlc.moc"
