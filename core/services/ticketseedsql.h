#pragma once

// Private to TicketSeeder: thin helpers over the SQLite C API (the seeder writes millions
// of rows; QSqlQuery's per-row QVariant work would cost more than SQLite itself), and the
// search index built on the side.

#include "result.h"
#include "services/ticketseedgen.h"
#include "storage/rawstatement.h"

#include <QSqlDatabase>
#include <QStringList>

#include <string>
#include <unordered_map>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace sw::storage {
class Database;
}

namespace sw::services::seed {

// The ticket handlers (agents and leads) to spread tickets over. Creates the demo people
// first when the database has no users (createDemoData), and the demo teams and agents
// when asked to or when fewer than three handlers exist. Logins made are appended.
Result<std::vector<Person>> prepareStaff(storage::Database& db, bool demoUsers, QStringList* createdLogins);

Error sqliteError(sqlite3* db, const char* what);
Status exec(sqlite3* db, const char* sql);
Result<qint64> scalar(sqlite3* db, const char* sql);
using storage::rawHandle;

// A prepared statement whose failures read "The demo data could not be written."
class Stmt : public storage::RawStatement
{
public:
    Stmt(sqlite3* db, const char* sql);
};

// The ticket_search FTS4 table, built in a private in-memory database on the generator's
// thread while the main thread writes tickets and events, then copied into the (empty)
// ticket_search of the real database shadow table by shadow table — the same rows FTS4
// would have written itself (the table is created from the real one's own CREATE
// statement), without tokenising and merging on the writer's thread. The in-memory
// database never touches the disk.
class SideIndex
{
public:
    SideIndex() = default;
    ~SideIndex();
    SideIndex(const SideIndex&) = delete;
    SideIndex& operator=(const SideIndex&) = delete;

    // Whether `main`'s ticket_search is empty, which the copy needs.
    static Result<bool> targetIsEmpty(sqlite3* main);
    // main's CREATE VIRTUAL TABLE ticket_search statement (read on main's thread).
    static Result<std::string> definition(sqlite3* main);
    // Creates the FTS table from that statement. Call on the thread that will insert.
    Status open(const std::string& createSql);
    Status insert(qint64 docid, const std::string& tokens);
    Status commit(); // ends the current batch (the FTS flushes its pending terms)
    // Copies every shadow table into main inside the caller's transaction.
    Status copyInto(sqlite3* main);

private:
    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_insert = nullptr;
    bool m_inTransaction = false;
};

// Seeding settings for the connection (synchronous = OFF, a large page cache), put back
// afterwards whatever happens, followed by a WAL checkpoint.
class SeedPragmas
{
public:
    explicit SeedPragmas(sqlite3* db);
    ~SeedPragmas();
    SeedPragmas(const SeedPragmas&) = delete;
    SeedPragmas& operator=(const SeedPragmas&) = delete;

private:
    sqlite3* m_db;
    qint64 m_synchronous = 2;
    qint64 m_cacheSize = -2000;
};

// Secondary indexes whose keys arrive in random order (status, owner, due times, phone,
// order number): filled row by row, their pages would be rewritten by every commit.
// For a large seed they are dropped and built once at the end with their exact
// definitions from sqlite_master (i.e. from the migration), which is several times faster.
// If the seed fails they are rebuilt when this object goes away.
// The triggers that keep ticket_counts (migration 0003) are handled the same way (they
// cost two statements per inserted ticket): the seeder reports each ticket it writes
// (countTicket) and, once every batch is committed (seedCommitted), restore() adds those
// counts to the summary. A seed that fails part-way rebuilds the summary with one GROUP
// BY over the table instead (about 17 s at a million tickets), exact whatever was written.
class DeferredIndexes
{
public:
    explicit DeferredIndexes(sqlite3* db)
        : m_db(db)
    {}
    ~DeferredIndexes() { (void)restore(); }
    DeferredIndexes(const DeferredIndexes&) = delete;
    DeferredIndexes& operator=(const DeferredIndexes&) = delete;

    Status drop();
    Status restore();

    bool countsDeferred() const { return m_triggersDropped; }
    void countTicket(const std::string& ownerId, const std::string& teamId, const std::string& status,
                     const std::string& kind, const std::string& channel, const std::string& priority);
    void seedCommitted() { m_countsComplete = true; }

private:
    Status addCounts();
    Status rebuildCounts();

    sqlite3* m_db;
    std::vector<std::string> m_sql;
    bool m_triggersDropped = false;
    bool m_countsComplete = false;
    std::unordered_map<std::string, qint64> m_counts; // key: the six columns joined by \x1f
};

} // namespace sw::services::seed
