// TicketSeeder (services/ticketseeder.h): counts, timelines, the whole status and SLA
// range, SLA columns and search documents exactly as TicketService computes them, and
// determinism. One seeded database is shared by the read-only checks.

#include "domain/searchtext.h"
#include "domain/slaclock.h"
#include "services/auditlog.h"
#include "services/demotexts.h"
#include "services/ticketseeder.h"
#include "services/ticketstore.h"
#include "services/ticketsupport.h"
#include "support/servicefixture.h"

#include <QCryptographicHash>
#include <QSet>
#include <QSqlQuery>
#include <QTest>

using sw::domain::SearchText;
using sw::domain::TicketStatus;
using sw::services::SeedOptions;
using sw::services::TicketStore;

namespace {

const QDateTime kNow(QDate(2026, 11, 28), QTime(10, 30), Qt::UTC);
constexpr qint64 kTickets = 500;

SeedOptions options(qint64 tickets = kTickets)
{
    SeedOptions o;
    o.tickets = tickets;
    o.seed = 42;
    o.now = kNow;
    o.ticketsPerCommit = 120; // several commits even in a small run
    o.verifyEvery = 1;        // every document also checked against SearchText inside the seeder
    return o;
}

// ticketSearchText() of a ticket from the database: what TicketService indexes.
QString searchDocument(QSqlDatabase db, const QString& id)
{
    auto t = TicketStore::load(db, id);
    if (!t.ok())
        qFatal("load failed");
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT body FROM ticket_events WHERE ticket_id = ? AND deleted = 0 "
                             "AND kind IN ('customer_message', 'reply', 'note') ORDER BY at, n"));
    q.addBindValue(id);
    q.exec();
    QStringList texts;
    while (q.next())
        texts << q.value(0).toString();
    return sw::services::ticketSearchText(t->number, t->subject, t->body, t->customerName, t->customerPhone,
                                          t->orderNo, t->merchantName, texts);
}

QByteArray digest(swtest::ServiceFixture& fx)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QSqlQuery q(fx.conn());
    q.exec(QStringLiteral(
        "SELECT n, id, number, kind, channel, priority, status, subject, body, customer_name, "
        "customer_phone, order_no, merchant_name, received_at, first_response_at, resolved_at, "
        "closed_at, paused_since, next_due, next_warn, csat_result FROM tickets ORDER BY n"));
    while (q.next()) {
        for (int i = 0; i < 21; ++i)
            hash.addData(q.value(i).toString().toUtf8() + '|');
    }
    q.exec(QStringLiteral("SELECT kind, at, body FROM ticket_events ORDER BY n"));
    while (q.next())
        hash.addData((q.value(0).toString() + q.value(1).toString() + q.value(2).toString()).toUtf8());
    q.exec(QStringLiteral("SELECT docid, tokens FROM ticket_search ORDER BY docid"));
    while (q.next())
        hash.addData((q.value(0).toString() + q.value(1).toString()).toUtf8());
    return hash.result();
}

} // namespace

class TestTicketSeeder : public QObject
{
    Q_OBJECT

private:
    swtest::ServiceFixture m_fx;
    sw::services::SeedReport m_report;

private Q_SLOTS:
    void initTestCase()
    {
        QString why;
        QVERIFY2(m_fx.create(&why), qPrintable(why));
        auto report = sw::services::seedTickets(m_fx.db(), options());
        QVERIFY2(report.ok(),
                 qPrintable(report.ok() ? QString()
                                        : report.message() + QLatin1Char(' ') + report.error().detail));
        m_report = *report;
    }

    void countsMatchTheReport()
    {
        QCOMPARE(m_report.tickets, kTickets);
        QCOMPARE(m_fx.count(QStringLiteral("tickets")), kTickets);
        QCOMPARE(m_fx.count(QStringLiteral("ticket_search")), kTickets);
        QCOMPARE(m_fx.count(QStringLiteral("ticket_events")), m_report.events);
        QCOMPARE(m_fx.count(QStringLiteral("customers")), m_report.customers);
        QCOMPARE(m_report.customers, kTickets / 3);
        QCOMPARE(m_fx.count(QStringLiteral("merchants")), m_report.merchants);
        QVERIFY(m_report.merchants > 1000);
        QCOMPARE(m_report.usersCreated, 10); // createDemoData on an empty database
        // Every ticket refers to a seeded customer, and names are Chinese.
        QCOMPARE(m_fx.count(QStringLiteral("tickets t WHERE NOT EXISTS (SELECT 1 FROM customers c "
                                           "WHERE c.id = t.customer_id AND c.phone = t.customer_phone)")),
                 0);
        QCOMPARE(
            m_fx.count(QStringLiteral("tickets WHERE customer_phone NOT GLOB '1[3-9][0-9][0-9][0-9][0-9][0-9]"
                                      "[0-9][0-9][0-9][0-9]'")),
            0);
    }

    void demoDataIsLocalWithOneAuditEntry()
    {
        QCOMPARE(m_fx.count(QStringLiteral("sync_outbox WHERE table_name IN ('tickets', 'ticket_events', "
                                           "'customers', 'merchants')")),
                 0);
        QCOMPARE(m_fx.count(QStringLiteral("audit_log WHERE action = 'tickets.seed'")), 1);
        QCOMPARE(m_fx.count(QStringLiteral("audit_log WHERE action LIKE 'ticket.%'")), 0);
        QCOMPARE(m_fx.count(QStringLiteral("tickets WHERE hlc = '' OR updated_by <> ? OR server_seq <> 0"),
                            {sw::services::Actor::systemId()}),
                 0);
        auto chain = sw::services::AuditLog::verify(m_fx.conn());
        QVERIFY(chain.ok());
    }

    void everyTicketHasThreeToEightEventsInOrder()
    {
        QCOMPARE(m_fx.count(
                     QStringLiteral("(SELECT ticket_id, COUNT(*) AS c FROM ticket_events GROUP BY ticket_id) "
                                    "WHERE c < 3 OR c > 8")),
                 0);
        QCOMPARE(m_fx.count(QStringLiteral(
                     "tickets t WHERE NOT EXISTS (SELECT 1 FROM ticket_events e "
                     "WHERE e.ticket_id = t.id AND e.kind = 'created' AND e.at = t.received_at)")),
                 0);
        // No event before receipt or after "now"; resolved and closed times match their events.
        QCOMPARE(m_fx.count(QStringLiteral("ticket_events e JOIN tickets t ON t.id = e.ticket_id "
                                           "WHERE e.at < t.received_at OR e.at > ?"),
                            {kNow.toSecsSinceEpoch()}),
                 0);
        QCOMPARE(
            m_fx.count(QStringLiteral("tickets t WHERE t.closed_at IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "
                                      "ticket_events e WHERE e.ticket_id = t.id AND e.kind = 'status_change' "
                                      "AND e.at = t.closed_at AND e.data_json LIKE '%\"to\":\"closed\"%')")),
            0);
    }

    void statusesAndKindsCoverEveryValue()
    {
        for (TicketStatus s : sw::domain::allTicketStatuses())
            QVERIFY2(m_fx.count(QStringLiteral("tickets WHERE status = ?"), {sw::domain::code(s)}) > 0,
                     qPrintable(sw::domain::code(s)));
        for (auto k : sw::domain::allTicketKinds())
            QVERIFY(m_fx.count(QStringLiteral("tickets WHERE kind = ?"), {sw::domain::code(k)}) > 0);
        for (auto c : sw::domain::allTicketChannels())
            QVERIFY(m_fx.count(QStringLiteral("tickets WHERE channel = ?"), {sw::domain::code(c)}) > 0);
        for (auto p : sw::domain::allTicketPriorities())
            QVERIFY(m_fx.count(QStringLiteral("tickets WHERE priority = ?"), {sw::domain::code(p)}) > 0);
        QVERIFY(m_fx.count(QStringLiteral("tickets WHERE owner_id IS NULL")) > 0);
        QCOMPARE(m_fx.count(QStringLiteral("tickets WHERE owner_id IS NULL AND status <> 'new'")), 0);
        QVERIFY(m_fx.count(QStringLiteral("tickets WHERE special_case = 1 AND special_reason <> ''")) > 0);
        QVERIFY(m_fx.count(QStringLiteral("tickets WHERE csat_at IS NOT NULL")) > 0);
        QVERIFY(m_fx.count(QStringLiteral("tickets WHERE paused_secs > 0")) > 0);
    }

    // The stored due columns are what TicketStore::computeSla gives for the same ticket
    // (pauses rebuilt from its status-change events), and every SLA state occurs.
    void slaColumnsAgreeWithTheServiceAndSpanEveryState()
    {
        QSqlDatabase db = m_fx.conn();
        auto clock = TicketStore::slaClock(db, sw::domain::SlaPolicy());
        QVERIFY(clock.ok());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT id FROM tickets ORDER BY n")));
        QStringList ids;
        while (q.next())
            ids << q.value(0).toString();
        const qint64 now = kNow.toSecsSinceEpoch();
        QMap<QString, int> states;
        for (const QString& id : ids) {
            auto stored = TicketStore::load(db, id);
            QVERIFY(stored.ok());
            sw::services::Ticket recomputed = *stored;
            QVERIFY(TicketStore::computeSla(db, *clock, recomputed, kNow).ok());
            QCOMPARE(stored->firstResponseDue, recomputed.firstResponseDue);
            QCOMPARE(stored->resolutionDue, recomputed.resolutionDue);
            QCOMPARE(stored->nextDue, recomputed.nextDue);
            QCOMPARE(stored->nextWarn, recomputed.nextWarn);

            // The state as the queue's SLA filters read it from the columns.
            const sw::services::Ticket& t = *stored;
            QString state;
            if (t.pausedSince.isValid())
                state = QStringLiteral("paused");
            else if (t.nextDue.isValid() && t.nextDue.toSecsSinceEpoch() <= now)
                state = QStringLiteral("breached");
            else if (t.nextWarn.isValid() && t.nextWarn.toSecsSinceEpoch() <= now)
                state = QStringLiteral("warning");
            else if (t.nextDue.isValid())
                state = QStringLiteral("ok");
            else {
                sw::domain::SlaFacts facts;
                facts.receivedAt = t.receivedAt;
                facts.kind = t.kind;
                facts.priority = t.priority;
                facts.specialCase = t.specialCase;
                facts.firstRespondedAt = t.firstResponseAt;
                facts.resolvedAt = t.resolvedAt;
                if (t.pausedSecs > 0) // one pause, right after the first reply (how the seeder makes them)
                    facts.pauses.append({t.firstResponseAt, t.firstResponseAt.addSecs(t.pausedSecs)});
                const auto reading = clock->evaluate(facts, kNow);
                state = sw::domain::code(reading.overall);
            }
            states[state] += 1;
        }
        for (const char* s : {"ok", "warning", "breached", "paused", "met"})
            QVERIFY2(states.value(QString::fromLatin1(s)) > 0, s);
    }

    // Each stored document is SearchText::indexTokens(ticketSearchText(…)) of the ticket,
    // and MATCH finds exactly the tickets containsTerm() says contain a term.
    void searchIndexMatchesTheServiceRules()
    {
        QSqlDatabase db = m_fx.conn();
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT t.n, t.id, s.tokens FROM tickets t JOIN ticket_search s "
                                      "ON s.docid = t.n ORDER BY t.n")));
        QHash<qint64, QString> documents;
        QList<std::pair<qint64, QString>> rows;
        while (q.next())
            rows.append({q.value(0).toLongLong(), q.value(2).toString() + QChar(0) + q.value(1).toString()});
        QCOMPARE(rows.size(), kTickets);
        for (const auto& [n, packed] : rows) {
            const QString tokens = packed.section(QChar(0), 0, 0);
            const QString doc = searchDocument(db, packed.section(QChar(0), 1, 1));
            QCOMPARE(tokens, SearchText::indexTokens(doc));
            documents.insert(n, doc);
        }

        const auto terms = sw::services::demo::searchTerms();
        QStringList queries;
        for (std::size_t i = 0; i < 12; ++i)
            queries << QString::fromUtf8(terms[i]);
        queries << QStringLiteral("iPhone") << QStringLiteral("usb") << QStringLiteral("退款 物流")
                << QStringLiteral("CS-2026");
        int nonEmpty = 0;
        for (const QString& term : queries) {
            bool ok = false;
            const QString match = SearchText::matchExpression(term, &ok);
            QVERIFY(ok);
            QSqlQuery m(db);
            QVERIFY(m.prepare(QStringLiteral("SELECT docid FROM ticket_search WHERE tokens MATCH ?")));
            m.addBindValue(match);
            QVERIFY(m.exec());
            QSet<qint64> found;
            while (m.next())
                found.insert(m.value(0).toLongLong());
            QSet<qint64> expected;
            for (auto it = documents.cbegin(); it != documents.cend(); ++it) {
                if (SearchText::containsTerm(it.value(), term))
                    expected.insert(it.key());
            }
            QCOMPARE(found, expected);
            nonEmpty += expected.isEmpty() ? 0 : 1;
        }
        QVERIFY(nonEmpty >= 12);
        // FTS4's own check: the index (built on the side and copied in) matches the content.
        QVERIFY(m_fx.exec(
            QStringLiteral("INSERT INTO ticket_search (ticket_search) VALUES ('integrity-check')")));
    }

    void sameSeedSameData()
    {
        swtest::ServiceFixture a, b;
        QString why;
        QVERIFY2(a.create(&why), qPrintable(why));
        QVERIFY2(b.create(&why), qPrintable(why));
        SeedOptions o = options(80);
        o.deferIndexesFrom = 0; // also the drop-and-rebuild path
        QVERIFY(sw::services::seedTickets(a.db(), o).ok());
        QVERIFY(sw::services::seedTickets(b.db(), o).ok());
        QCOMPARE(digest(a), digest(b));
        o.seed = 43;
        swtest::ServiceFixture c;
        QVERIFY2(c.create(&why), qPrintable(why));
        QVERIFY(sw::services::seedTickets(c.db(), o).ok());
        QVERIFY(digest(a) != digest(c));
    }

    void deferredIndexesAreRestoredExactly()
    {
        swtest::ServiceFixture fx;
        QString why;
        QVERIFY2(fx.create(&why), qPrintable(why));
        auto schema = [&] {
            QSqlQuery q(fx.conn());
            q.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' ORDER BY name"));
            QStringList out;
            while (q.next())
                out << q.value(0).toString() + QLatin1Char('=') + q.value(1).toString();
            return out;
        };
        const QStringList before = schema();
        SeedOptions o = options(30);
        o.deferIndexesFrom = 1;
        QVERIFY(sw::services::seedTickets(fx.db(), o).ok());
        QCOMPARE(schema(), before);
        // Seeding again appends after the existing tickets, numbers continue.
        QVERIFY(sw::services::seedTickets(fx.db(), o).ok());
        QCOMPARE(fx.count(QStringLiteral("tickets")), 60);
        QCOMPARE(fx.count(QStringLiteral("(SELECT number FROM tickets GROUP BY number HAVING COUNT(*) > 1)")),
                 0);
        QCOMPARE(fx.scalar(QStringLiteral("SELECT MAX(n) FROM tickets")).toLongLong(), 60);
    }
};

QTEST_GUILESS_MAIN(TestTicketSeeder)
#include "tst_ticketseeder.moc"
