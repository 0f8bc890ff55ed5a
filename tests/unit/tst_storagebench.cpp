// Smoke test of the storage benchmark's code path (bench/storagebench.h): a tiny run,
// checked for the JSON shape and for correct counts. Timings are not asserted.

#include "storagebench.h"

#include <QDir>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using sw::bench::StorageBenchOptions;

class TestStorageBench : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void smallRunHasEveryKeyAndRightCounts_data()
    {
        QTest::addColumn<qint64>("rows");
        QTest::addColumn<int>("batchSize");
        QTest::addColumn<qint64>("expectedLookups");
        QTest::addColumn<qint64>("expectedRangeRows");
        QTest::newRow("2000 rows") << qint64(2000) << 10000 << qint64(2000) << qint64(100 * 1000);
        QTest::newRow("several batches") << qint64(2500) << 1000 << qint64(2500) << qint64(100 * 1000);
        QTest::newRow("fewer rows than a scan") << qint64(300) << 10000 << qint64(300) << qint64(100 * 300);
    }

    void smallRunHasEveryKeyAndRightCounts()
    {
        QFETCH(qint64, rows);
        QFETCH(int, batchSize);
        QFETCH(qint64, expectedLookups);
        QFETCH(qint64, expectedRangeRows);

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        StorageBenchOptions options;
        options.rows = rows;
        options.batchSize = batchSize;
        options.dir = dir.path();
        auto result = sw::bench::runStorageBench(options);
        if (!result.ok())
            QFAIL(qPrintable(result.message() + QLatin1Char(' ') + result.error().detail));
        const QJsonObject r = *result;

        QCOMPARE(r.value(QStringLiteral("rows")).toInteger(), rows);
        for (const QString& side : {QStringLiteral("encrypted"), QStringLiteral("plain")}) {
            const QJsonObject s = r.value(side).toObject();
            for (const char* key :
                 {"insert_ms", "insert_rows_per_s", "lookup_us_avg", "lookups", "range_scan_ms"})
                QVERIFY2(s.value(QLatin1String(key)).toDouble() > 0,
                         qPrintable(side + QLatin1Char('.') + QLatin1String(key)));
            QCOMPARE(s.value(QStringLiteral("rows_stored")).toInteger(), rows);
            QCOMPARE(s.value(QStringLiteral("lookups")).toInteger(), expectedLookups);
            QCOMPARE(s.value(QStringLiteral("lookups_found")).toInteger(), expectedLookups);
            QCOMPARE(s.value(QStringLiteral("range_scans")).toInteger(), qint64(100));
            QCOMPARE(s.value(QStringLiteral("range_rows")).toInteger(), expectedRangeRows);
            QVERIFY(s.value(QStringLiteral("file_bytes")).toInteger() > 0);
        }
        const QJsonObject ratio = r.value(QStringLiteral("ratio")).toObject();
        for (const char* key : {"insert", "lookup", "range_scan"})
            QVERIFY2(ratio.value(QLatin1String(key)).toDouble() > 0, key);
        const QJsonObject target = r.value(QStringLiteral("target")).toObject();
        QCOMPARE(target.value(QStringLiteral("insert")).toDouble(), 1.3);
        QCOMPARE(target.value(QStringLiteral("lookup")).toDouble(), 1.3);

        const QJsonObject machine = r.value(QStringLiteral("machine")).toObject();
        QVERIFY(!machine.value(QStringLiteral("cpu")).toString().isEmpty());
        QVERIFY(machine.value(QStringLiteral("cores")).toInt() > 0);
        QCOMPARE(machine.value(QStringLiteral("qt")).toString(), QString::fromLatin1(qVersion()));
        QVERIFY(machine.value(QStringLiteral("sqlcipher")).toString().startsWith(QLatin1Char('3')) ||
                machine.value(QStringLiteral("sqlcipher")).toString().startsWith(QLatin1Char('4')));

        const QJsonObject settings = r.value(QStringLiteral("settings")).toObject();
        QCOMPARE(settings.value(QStringLiteral("page_size")).toInt(), 4096);
        QCOMPARE(settings.value(QStringLiteral("journal_mode")).toString(), QStringLiteral("wal"));

        // The databases are gone afterwards.
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot),
                 QStringList());

        // The table form names both sides.
        const QString table = sw::bench::formatStorageBench(r);
        QVERIFY(table.contains(QLatin1String("encrypted")));
        QVERIFY(table.contains(QLatin1String("plain")));
    }

    void tuningsApplyToBothSides()
    {
        QTemporaryDir dir;
        StorageBenchOptions options;
        options.rows = 500;
        options.dir = dir.path();
        options.cacheSizeKiB = 8192;
        options.synchronous = QStringLiteral("NORMAL");
        auto result = sw::bench::runStorageBench(options);
        QVERIFY2(result.ok(), qPrintable(result.message()));
        const QJsonObject settings = result->value(QStringLiteral("settings")).toObject();
        QCOMPARE(settings.value(QStringLiteral("cache_size")).toInteger(), qint64(-8192));
        QCOMPARE(settings.value(QStringLiteral("synchronous")).toInteger(), qint64(1));
    }

    void refusesMissingFolderAndZeroRows()
    {
        StorageBenchOptions options;
        options.rows = 10;
        options.dir = QStringLiteral("/nonexistent/shopwarden-bench-folder");
        auto missing = sw::bench::runStorageBench(options);
        QVERIFY(!missing.ok());
        options.dir.clear();
        options.rows = 0;
        QVERIFY(!sw::bench::runStorageBench(options).ok());
    }
};

QTEST_GUILESS_MAIN(TestStorageBench)
#include "tst_storagebench.moc"
