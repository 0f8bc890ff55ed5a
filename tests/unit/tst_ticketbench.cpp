// Smoke test of the ticket benchmark's code path (bench/ticketbench.h) on a small seeded
// database: the JSON shape and the counts. Timings are never asserted.

#include "services/ticketseeder.h"
#include "support/servicefixture.h"
#include "ticketbench.h"

#include <QJsonArray>
#include <QTest>

class TestTicketBench : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void smallRunHasEveryKeyAndConsistentCounts()
    {
        swtest::ServiceFixture fx;
        QString why;
        QVERIFY2(fx.create(&why), qPrintable(why));
        sw::services::SeedOptions seed;
        seed.tickets = 300;
        seed.seed = 5;
        auto seeded = sw::services::seedTickets(fx.db(), seed);
        QVERIFY2(seeded.ok(),
                 qPrintable(seeded.ok() ? QString()
                                        : seeded.message() + QLatin1Char(' ') + seeded.error().detail));

        sw::bench::TicketBenchOptions options;
        options.searchTerms = 6;
        options.ticketOpens = 5;
        options.repeats = 1;
        options.baselineMaxTerms = 4;
        auto result = sw::bench::runTicketBench(fx.db(), options);
        QVERIFY2(result.ok(),
                 qPrintable(result.ok() ? QString()
                                        : result.message() + QLatin1Char(' ') + result.error().detail));
        const QJsonObject r = *result;

        QCOMPARE(r.value(QStringLiteral("tickets")).toDouble(), 300.0);
        for (const char* key : {"first_page_ms", "filter_ms", "sort_due_ms", "jump_last_ms", "rss_mb",
                                "search_speedup_p50", "search_speedup_p95"})
            QVERIFY2(r.value(QString::fromLatin1(key)).isDouble() &&
                         r.value(QString::fromLatin1(key)).toDouble() >= 0,
                     key);
        QVERIFY(r.value(QStringLiteral("rss_mb")).toDouble() > 0);
        QCOMPARE(r.value(QStringLiteral("open_queue")).toObject().value(QStringLiteral("rows")).toDouble(),
                 100.0);

        const QJsonObject search = r.value(QStringLiteral("search")).toObject();
        QCOMPARE(search.value(QStringLiteral("terms")).toInt(), 6);
        for (const char* key : {"p50_ms", "p95_ms", "max_ms"})
            QVERIFY2(search.value(QString::fromLatin1(key)).isDouble(), key);
        QVERIFY(search.value(QStringLiteral("p50_ms")).toDouble() <=
                search.value(QStringLiteral("max_ms")).toDouble());

        // The baseline ran the first four terms and found exactly what the index found.
        const QJsonObject like = r.value(QStringLiteral("baseline_like")).toObject();
        QCOMPARE(like.value(QStringLiteral("terms")).toInt(), 4);
        QCOMPARE(like.value(QStringLiteral("subset")).toBool(), true);
        QCOMPARE(like.value(QStringLiteral("counts_agree_with_search")).toInt(), 4);
        const QJsonObject hits = search.value(QStringLiteral("hits")).toObject();
        QCOMPARE(hits.size(), 6);
        double found = 0;
        for (auto it = hits.begin(); it != hits.end(); ++it)
            found += it.value().toDouble();
        QVERIFY(found > 0);

        const QJsonObject open = r.value(QStringLiteral("ticket_open")).toObject();
        QCOMPARE(open.value(QStringLiteral("tickets")).toInt(), 5);
        QVERIFY(open.value(QStringLiteral("events")).toDouble() >= 15); // 3–8 events per ticket
        // Each ticket's number finds at least that ticket (orders may recur).
        const QJsonObject numbers = r.value(QStringLiteral("search_numbers")).toObject();
        QVERIFY(numbers.value(QStringLiteral("terms")).toInt() >= 5);
        QVERIFY(numbers.value(QStringLiteral("hits")).toDouble() >= numbers.value(QStringLiteral("terms")).toDouble());

        const QJsonObject targets = r.value(QStringLiteral("targets")).toObject();
        const QJsonObject met = r.value(QStringLiteral("met")).toObject();
        QCOMPARE(targets.size(), 8);
        QCOMPARE(met.keys(), targets.keys());
        QCOMPARE(targets.value(QStringLiteral("search_p95_ms")).toInt(), 100);

        const QJsonObject plans = r.value(QStringLiteral("plans")).toObject();
        QVERIFY(!plans.value(QStringLiteral("search_page_frequent_term")).toArray().isEmpty());
        QVERIFY(!plans.value(QStringLiteral("search_page_rare_term")).toArray().isEmpty());
        const QJsonObject machine = r.value(QStringLiteral("machine")).toObject();
        for (const char* key : {"cpu", "cores", "ram_mb", "os", "qt", "sqlcipher"})
            QVERIFY2(machine.contains(QString::fromLatin1(key)), key);

        QVERIFY(sw::bench::formatTicketBench(r).contains(QStringLiteral("search p50 / p95")));
    }
};

QTEST_GUILESS_MAIN(TestTicketBench)
#include "tst_ticketbench.moc"
