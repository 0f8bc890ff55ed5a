#include "services/ticketseeder.h"

#include "domain/searchtext.h"
#include "services/ticketseedchannel_p.h"
#include "services/ticketseedgen.h"
#include "services/ticketseedsql.h"
#include "services/ticketservice.h"
#include "services/ticketstore.h"
#include "services/writetransaction.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

#include <memory>
#include <optional>
#include <thread>

namespace sw::services {

using namespace seed;

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("TicketSeeder", text);
}

std::string utf8(const QString& s)
{
    return s.toStdString();
}

// --- tickets --------------------------------------------------------------------------

constexpr const char* kInsertTicket =
    "INSERT INTO tickets (n, id, number, kind, channel, priority, status, subject, body, customer_id, "
    "customer_name, customer_phone, customer_email, order_no, merchant_id, merchant_name, owner_id, team_id, "
    "special_case, special_reason, received_at, first_response_at, resolved_at, closed_at, paused_since, "
    "paused_secs, first_response_due, resolution_due, next_due, next_warn, csat_attitude, csat_efficiency, "
    "csat_result, csat_comment, csat_at, merged_into, created_at, updated_at, hlc, updated_by, deleted, "
    "server_seq) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, "
    "?19, "
    "?20, ?21, ?22, ?23, ?24, ?25, ?26, ?27, ?28, ?29, ?30, ?31, ?32, ?33, ?34, ?35, NULL, ?36, ?37, ?38, "
    "?39, "
    "0, 0)";
constexpr const char* kInsertEvent =
    "INSERT INTO ticket_events (id, ticket_id, kind, author_id, author_name, at, body, data_json, hlc, "
    "updated_by, deleted, server_seq) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, 0, 0)";
constexpr const char* kInsertSearch = "INSERT INTO ticket_search (docid, tokens) VALUES (?1, ?2)";

struct Codes
{
    std::string kind[3], channel[3], priority[4], status[5];
    std::string event[int(TicketEventKind::Created) + 1];
    Codes()
    {
        for (auto k : domain::allTicketKinds())
            kind[int(k)] = utf8(domain::code(k));
        for (auto c : domain::allTicketChannels())
            channel[int(c)] = utf8(domain::code(c));
        for (auto p : domain::allTicketPriorities())
            priority[int(p)] = utf8(domain::code(p));
        for (auto s : domain::allTicketStatuses())
            status[int(s)] = utf8(domain::code(s));
        for (int e = 0; e <= int(TicketEventKind::Created); ++e)
            event[e] = utf8(code(TicketEventKind(e)));
    }
};

// The fast tokeniser must agree with SearchText::indexTokens; checked on a sample, and a
// text it does not cover goes the general way.
Result<std::string> indexTokens(const GenTicket& t, bool verify)
{
    std::string fast;
    const bool covered = fastIndexTokens(t.searchText, fast);
    if (!covered || verify) {
        const QString reference = domain::SearchText::indexTokens(
            QString::fromUtf8(t.searchText.data(), qsizetype(t.searchText.size())));
        if (!covered)
            return reference.toStdString();
        if (reference != QString::fromUtf8(fast.data(), qsizetype(fast.size())))
            return makeError(ErrorCode::Internal, tr("The demo data could not be written."),
                             QStringLiteral("search tokens of %1 differ from SearchText")
                                 .arg(QString::fromStdString(t.number)));
    }
    return fast;
}

} // namespace

QJsonObject SeedReport::toJson() const
{
    return {{QStringLiteral("tickets"), tickets},
            {QStringLiteral("events"), events},
            {QStringLiteral("customers"), customers},
            {QStringLiteral("merchants"), merchants},
            {QStringLiteral("users_created"), usersCreated},
            {QStringLiteral("seconds"), seconds},
            {QStringLiteral("phases"), phases}};
}

namespace {

double secs(qint64 ns)
{
    return double(ns) / 1e9;
}

} // namespace

// Two threads: the generator makes tickets, their tokens and (for an empty index) the
// search index in a side database; the writer (the calling thread, which owns the
// connection) inserts tickets and events. At the end the side index is copied in and the
// deferred indexes are built.
Result<SeedReport> seedTickets(storage::Database& db, const SeedOptions& options)
{
    QElapsedTimer total;
    total.start();
    SeedReport report;
    if (options.tickets < 0 || options.ticketsPerCommit <= 0)
        return makeError(ErrorCode::InvalidInput, tr("The number of tickets to seed must not be negative."));

    auto staff = prepareStaff(db, options.demoUsers, &report.createdLogins);
    if (!staff)
        return staff.error();
    report.usersCreated = int(report.createdLogins.size());
    if (staff->empty())
        return makeError(ErrorCode::Internal, tr("The demo data could not be written."),
                         QStringLiteral("no agents"));

    QSqlDatabase conn = db.connection();
    sqlite3* handle = rawHandle(conn);
    if (!handle)
        return makeError(ErrorCode::Internal, tr("The demo data could not be written."),
                         QStringLiteral("no handle"));

    TicketService::declareTables();
    const TicketService service(db, Actor::system());
    auto sla = TicketStore::slaClock(conn, service.slaPolicy());
    if (!sla)
        return sla.error();

    // One HLC for every seeded row: taken from a write transaction that changes nothing.
    QString hlc;
    {
        auto tx = WriteTransaction::begin(conn, Actor::system());
        if (!tx)
            return tx.error();
        hlc = tx->hlc();
    }
    const std::string seedHlc = utf8(hlc);
    const std::string systemId = utf8(Actor::systemId());
    const std::string systemName = "system";

    auto maxN = scalar(handle, "SELECT COALESCE(MAX(n), 0) FROM tickets");
    if (!maxN)
        return maxN.error();
    auto indexEmpty = SideIndex::targetIsEmpty(handle);
    if (!indexEmpty)
        return indexEmpty.error();
    std::string ftsDefinition;
    if (*indexEmpty) {
        auto definition = SideIndex::definition(handle);
        if (!definition)
            return definition.error();
        ftsDefinition = *definition;
    }
    const bool sideIndex = *indexEmpty && options.tickets > 0;
    const qint64 now =
        (options.now.isValid() ? options.now : QDateTime::currentDateTimeUtc()).toSecsSinceEpoch();
    // The first row number goes into the seed so that a second run appends new ids.
    const std::uint64_t seedValue = options.seed ^ (std::uint64_t(*maxN) * 0x9E3779B97F4A7C15ULL);
    Rng rng(seedValue);

    Generator::Setup setup;
    setup.seed = seedValue;
    setup.now = now;
    setup.total = options.tickets;
    setup.firstN = *maxN + 1;
    setup.staff = &*staff;
    setup.sla = &*sla;
    for (const Person& p : *staff) {
        if (!p.teamId.empty() &&
            std::find(setup.teams.begin(), setup.teams.end(), p.teamId) == setup.teams.end())
            setup.teams.push_back(p.teamId);
    }
    {
        QSqlQuery q(conn);
        if (q.exec(QStringLiteral("SELECT day, last FROM ticket_numbers"))) {
            while (q.next())
                setup.dayCounters.insert(q.value(0).toString(), q.value(1).toLongLong());
        }
    }

    SeedPragmas pragmas(handle);
    QElapsedTimer phase;
    phase.start();
    const std::uint64_t baseMs = std::uint64_t(now) * 1000 - 86'400'000ULL * 200;
    const qint64 customerCount =
        options.customers >= 0 ? options.customers : std::max<qint64>(10, options.tickets / 3);
    const std::vector<Customer> customers = makeCustomers(rng, std::max<qint64>(1, customerCount), baseMs);
    // Merchants are reused by name (TicketService::create does the same): a second run
    // keeps the shops of the first.
    std::vector<Merchant> merchants;
    {
        QSqlQuery q(conn);
        if (q.exec(QStringLiteral("SELECT id, name FROM merchants WHERE deleted = 0 ORDER BY id"))) {
            while (q.next())
                merchants.push_back({utf8(q.value(0).toString()), utf8(q.value(1).toString())});
        }
    }
    const bool newMerchants = merchants.empty();
    if (newMerchants)
        merchants = makeMerchants(rng, options.merchants, baseMs + 50'000'000ULL);
    setup.customers = &customers;
    setup.merchants = &merchants;
    if (options.tickets > 0) {
        SW_TRY(exec(handle, "BEGIN"));
        Status written;
        {
            Stmt c(handle,
                   "INSERT INTO customers (id, name, phone, email, hlc, updated_by, deleted, server_seq) "
                   "VALUES (?1, ?2, ?3, '', ?4, ?5, 0, 0)");
            Stmt m(handle, "INSERT INTO merchants (id, name, hlc, updated_by, deleted, server_seq) "
                           "VALUES (?1, ?2, ?3, ?4, 0, 0)");
            if (!c.ok() || !m.ok())
                written = sqliteError(handle, "prepare");
            for (std::size_t i = 0; written && i < customers.size(); ++i) {
                const Customer& x = customers[i];
                c.text(1, x.id), c.text(2, x.name), c.text(3, x.phone), c.text(4, seedHlc),
                    c.text(5, systemId);
                written = c.run();
            }
            for (std::size_t i = 0; written && newMerchants && i < merchants.size(); ++i) {
                m.text(1, merchants[i].id), m.text(2, merchants[i].name), m.text(3, seedHlc),
                    m.text(4, systemId);
                written = m.run();
            }
        }
        if (!written) {
            (void)exec(handle, "ROLLBACK");
            return written.error();
        }
        SW_TRY(exec(handle, "COMMIT"));
        report.customers = qint64(customers.size());
        report.merchants = newMerchants ? qint64(merchants.size()) : 0;
    }
    report.phases.insert(QStringLiteral("customers_merchants"), secs(phase.nsecsElapsed()));

    DeferredIndexes deferred(handle);
    if (options.tickets > 0 && options.tickets >= options.deferIndexesFrom)
        SW_TRY(deferred.drop());

    // --- the generator thread, and the side-index thread ---
    // Each batch of tickets goes to the writer (this thread) and its tokens to the side
    // index, which is built in memory on a thread of its own. Once the last batch is
    // written the writer rebuilds the table indexes while the side index may still be
    // finishing.
    Channel<Batch> queue;
    Channel<TokenBatch> tokenQueue;
    SideIndex side;
    std::optional<Error> sideError; // set by the side-index thread; read after join()
    qint64 generateNs = 0, sideNs = 0;
    std::thread indexer;
    if (sideIndex) {
        indexer = std::thread([&] {
            QElapsedTimer clock;
            Status s = side.open(ftsDefinition);
            qint64 sinceCommit = 0;
            while (s) {
                std::unique_ptr<TokenBatch> batch = tokenQueue.pop();
                if (!batch)
                    break;
                clock.start();
                for (const auto& [n, text] : *batch) {
                    s = side.insert(n, text);
                    if (s && ++sinceCommit == options.ticketsPerCommit) {
                        s = side.commit();
                        sinceCommit = 0;
                    }
                    if (!s)
                        break;
                }
                sideNs += clock.nsecsElapsed();
            }
            clock.start();
            if (s)
                s = side.commit();
            sideNs += clock.nsecsElapsed();
            if (!s) {
                sideError = s.error();
                tokenQueue.abort();
                queue.finish(s.error()); // the writer stops too
            }
        });
    }
    std::thread producer([&] {
        QElapsedTimer clock;
        Generator generator(setup);
        auto batch = std::make_unique<Batch>();
        auto tokens = std::make_unique<TokenBatch>();
        for (qint64 i = 0; i < options.tickets; ++i) {
            clock.start();
            batch->emplace_back();
            GenTicket& t = batch->back();
            generator.make(i, t);
            const bool verify = options.verifyEvery > 0 && i % options.verifyEvery == 0;
            auto made = indexTokens(t, verify);
            if (!made) {
                queue.finish(made.error());
                tokenQueue.finish();
                return;
            }
            if (sideIndex)
                tokens->emplace_back(t.n, std::move(*made));
            else
                t.tokens = std::move(*made);
            generateNs += clock.nsecsElapsed();
            if (batch->size() < kBatchTickets && i + 1 < options.tickets)
                continue;
            if (i + 1 == options.tickets)
                setup.dayCounters = generator.dayCounters();
            if (!queue.push(std::move(batch)) || (sideIndex && !tokenQueue.push(std::move(tokens)))) {
                tokenQueue.finish();
                return;
            }
            batch = std::make_unique<Batch>();
            tokens = std::make_unique<TokenBatch>();
        }
        queue.finish();
        tokenQueue.finish();
    });
    struct Joiner
    {
        Channel<Batch>& queue;
        Channel<TokenBatch>& tokens;
        std::thread& producer;
        std::thread& indexer;
        ~Joiner()
        {
            queue.abort();
            tokens.abort();
            tokens.finish();
            if (producer.joinable())
                producer.join();
            if (indexer.joinable())
                indexer.join();
        }
    } joiner{queue, tokenQueue, producer, indexer};

    // --- the writer (this thread) ---
    const Codes codes;
    Stmt ticketStmt(handle, kInsertTicket);
    Stmt eventStmt(handle, kInsertEvent);
    Stmt searchStmt(handle, kInsertSearch);
    if (!ticketStmt.ok() || !eventStmt.ok() || !searchStmt.ok())
        return sqliteError(handle, "prepare");
    qint64 ticketNs = 0, eventNs = 0, searchNs = 0, commitNs = 0, waitNs = 0;
    std::string eventId;
    const std::string emptyJson = "{}";
    bool inTransaction = false;
    auto fail = [&](const Error& e) -> Result<SeedReport> {
        if (inTransaction)
            (void)exec(handle, "ROLLBACK");
        return e;
    };
    QElapsedTimer clock;
    qint64 written = 0;
    for (;;) {
        clock.start();
        std::unique_ptr<Batch> batch = queue.pop();
        waitNs += clock.nsecsElapsed();
        if (!batch)
            break;
        for (const GenTicket& t : *batch) {
            if (!inTransaction) {
                if (Status s = exec(handle, "BEGIN"); !s)
                    return fail(s.error());
                inTransaction = true;
            }
            clock.start();
            Stmt& s = ticketStmt;
            const Person* owner = t.owner >= 0 ? &(*staff)[std::size_t(t.owner)] : nullptr;
            s.integer(1, t.n), s.text(2, t.id), s.text(3, t.number), s.text(4, codes.kind[int(t.kind)]);
            s.text(5, codes.channel[int(t.channel)]), s.text(6, codes.priority[int(t.priority)]);
            s.text(7, codes.status[int(t.status)]), s.text(8, t.subject), s.text(9, t.body),
                s.text(10, t.customer->id);
            s.text(11, t.customerName), s.text(12, t.customerPhone), s.text(13, t.customerEmail),
                s.text(14, t.orderNo);
            if (t.merchant)
                s.text(15, t.merchant->id), s.text(16, t.merchant->name);
            else
                s.null(15), s.text(16, "");
            if (owner)
                s.text(17, owner->id);
            else
                s.null(17);
            s.textOrNull(18, t.teamId);
            s.integer(19, t.special ? 1 : 0), s.text(20, t.specialReason), s.integer(21, t.received);
            s.integerOrNull(22, t.firstResponseAt), s.integerOrNull(23, t.resolvedAt),
                s.integerOrNull(24, t.closedAt);
            s.integerOrNull(25, t.pausedSince), s.integer(26, t.pausedSecs), s.integerOrNull(27, t.frDue);
            s.integerOrNull(28, t.resDue), s.integerOrNull(29, t.nextDue), s.integerOrNull(30, t.nextWarn);
            s.integerOrNull(31, t.csatAttitude), s.integerOrNull(32, t.csatEfficiency),
                s.integerOrNull(33, t.csatResult);
            if (t.csatAt)
                s.text(34, t.csatComment);
            else
                s.null(34);
            s.integerOrNull(35, t.csatAt), s.integer(36, t.received), s.integer(37, t.updatedAt);
            s.text(38, seedHlc), s.text(39, systemId);
            if (Status r = s.run(); !r)
                return fail(r.error());
            if (deferred.countsDeferred())
                deferred.countTicket(owner ? owner->id : std::string(), t.teamId, codes.status[int(t.status)],
                                     codes.kind[int(t.kind)], codes.channel[int(t.channel)],
                                     codes.priority[int(t.priority)]);
            ticketNs += clock.nsecsElapsed();

            clock.start();
            for (std::size_t e = 0; e < t.events.size(); ++e) {
                const GenEvent& ev = t.events[e];
                eventId = uuid7(t.idMs, std::uint32_t(0x800 + e), rng);
                const Person* author = ev.author >= 0 ? &(*staff)[std::size_t(ev.author)] : nullptr;
                eventStmt.text(1, eventId), eventStmt.text(2, t.id),
                    eventStmt.text(3, codes.event[int(ev.kind)]);
                eventStmt.text(4, author ? author->id : systemId),
                    eventStmt.text(5, author ? author->name : systemName);
                eventStmt.integer(6, ev.at), eventStmt.text(7, ev.body);
                eventStmt.text(8, ev.data.empty() ? emptyJson : ev.data);
                eventStmt.text(9, seedHlc), eventStmt.text(10, systemId);
                if (Status r = eventStmt.run(); !r)
                    return fail(r.error());
            }
            report.events += qint64(t.events.size());
            eventNs += clock.nsecsElapsed();

            if (!sideIndex) {
                clock.start();
                searchStmt.integer(1, t.n), searchStmt.text(2, t.tokens);
                if (Status r = searchStmt.run(); !r)
                    return fail(r.error());
                searchNs += clock.nsecsElapsed();
            }
            ++written;
            if (written % options.ticketsPerCommit == 0 || written == options.tickets) {
                clock.start();
                if (Status r = exec(handle, "COMMIT"); !r)
                    return fail(r.error());
                inTransaction = false;
                commitNs += clock.nsecsElapsed();
                if (options.progress)
                    options.progress(written, options.tickets);
            }
        }
    }
    if (producer.joinable())
        producer.join();
    if (auto error = queue.error()) {
        tokenQueue.finish();
        if (indexer.joinable())
            indexer.join();
        return fail(sideError.value_or(*error));
    }
    if (inTransaction) { // the generator stopped early: keep what was written consistent
        if (Status r = exec(handle, "COMMIT"); !r)
            return fail(r.error());
        inTransaction = false;
    }
    // Every ticket is in (their counts are exact): the indexes and triggers come back
    // while the generator thread may still be finishing the side index.
    phase.restart();
    deferred.seedCommitted();
    SW_TRY(deferred.restore());
    report.phases.insert(QStringLiteral("create_indexes"), secs(phase.nsecsElapsed()));
    phase.restart();
    if (indexer.joinable())
        indexer.join();
    report.phases.insert(QStringLiteral("side_index_tail"), secs(phase.nsecsElapsed()));
    if (sideError)
        return *sideError;
    report.tickets = written;
    report.phases.insert(QStringLiteral("generate"), secs(generateNs));
    report.phases.insert(QStringLiteral("side_index"), secs(sideNs));
    report.phases.insert(QStringLiteral("writer_waiting"), secs(waitNs));
    report.phases.insert(QStringLiteral("insert_tickets"), secs(ticketNs));
    report.phases.insert(QStringLiteral("insert_events"), secs(eventNs));
    report.phases.insert(QStringLiteral("insert_search"), secs(searchNs));
    report.phases.insert(QStringLiteral("commit"), secs(commitNs));

    if (sideIndex) {
        phase.restart();
        SW_TRY(exec(handle, "BEGIN"));
        inTransaction = true;
        if (Status s = side.copyInto(handle); !s)
            return fail(s.error());
        if (Status s = exec(handle, "COMMIT"); !s)
            return fail(s.error());
        inTransaction = false;
        report.phases.insert(QStringLiteral("copy_index"), secs(phase.nsecsElapsed()));
    }

    // Numbers the service hands out next continue after the seeded ones.
    if (written > 0) {
        SW_TRY(exec(handle, "BEGIN"));
        Status saved;
        {
            Stmt n(handle, "INSERT OR REPLACE INTO ticket_numbers (day, last) VALUES (?1, ?2)");
            std::string day;
            for (auto it = setup.dayCounters.cbegin(); saved && it != setup.dayCounters.cend(); ++it) {
                day = utf8(it.key());
                n.text(1, day), n.integer(2, it.value());
                saved = n.run();
            }
        }
        if (!saved) {
            (void)exec(handle, "ROLLBACK");
            return saved.error();
        }
        SW_TRY(exec(handle, "COMMIT"));
    }

    // One audit entry for the whole run (demo data is local: no outbox, no per-row audit).
    {
        auto tx = WriteTransaction::begin(conn, Actor::system());
        if (!tx)
            return tx.error();
        SW_TRY(tx->audit(QStringLiteral("tickets.seed"), QStringLiteral("tickets"), QString(), {},
                         {{QStringLiteral("tickets"), report.tickets},
                          {QStringLiteral("events"), report.events},
                          {QStringLiteral("customers"), report.customers},
                          {QStringLiteral("merchants"), report.merchants},
                          {QStringLiteral("seed"), QString::number(options.seed)}}));
        SW_TRY(tx->commit());
    }
    report.seconds = secs(total.nsecsElapsed());
    return report;
}

} // namespace sw::services
