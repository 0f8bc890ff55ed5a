#include "services/ticketseedsql.h"

#include "services/demodata.h"
#include "services/userservice.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

#include <sqlite3.h>

namespace sw::services::seed {

namespace {

QString seedFailure()
{
    return QCoreApplication::translate("TicketSeeder", "The demo data could not be written.");
}

} // namespace

Error sqliteError(sqlite3* db, const char* what)
{
    return storage::rawError(db, what, seedFailure());
}

Status exec(sqlite3* db, const char* sql)
{
    return storage::rawExec(db, sql, seedFailure());
}

Result<qint64> scalar(sqlite3* db, const char* sql)
{
    sqlite3_stmt* s = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &s, nullptr) != SQLITE_OK)
        return sqliteError(db, sql);
    qint64 value = 0;
    const int rc = sqlite3_step(s);
    if (rc == SQLITE_ROW)
        value = sqlite3_column_int64(s, 0);
    sqlite3_finalize(s);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        return sqliteError(db, sql);
    return value;
}

Stmt::Stmt(sqlite3* db, const char* sql)
    : RawStatement(db, QByteArray(sql), seedFailure())
{
}

// --- pragmas and deferred indexes -------------------------------------------------------

SeedPragmas::SeedPragmas(sqlite3* db)
    : m_db(db)
{
    const auto sync = scalar(db, "PRAGMA synchronous");
    const auto cache = scalar(db, "PRAGMA cache_size");
    m_synchronous = sync ? *sync : 2;
    m_cacheSize = cache ? *cache : -2000;
    // A commit of 50 000 tickets is several hundred MB of pages: no fsync per commit
    // (a crash loses the seed, not the data that was there) and a cache that holds the
    // indexes being filled, so pages are encrypted once per commit.
    (void)exec(db, "PRAGMA synchronous = OFF");
    (void)exec(db, "PRAGMA cache_size = -786432");
}

SeedPragmas::~SeedPragmas()
{
    (void)exec(m_db, QByteArray("PRAGMA synchronous = " + QByteArray::number(m_synchronous)).constData());
    (void)exec(m_db, QByteArray("PRAGMA cache_size = " + QByteArray::number(m_cacheSize)).constData());
    (void)exec(m_db, "PRAGMA wal_checkpoint(TRUNCATE)");
}

namespace {

const char* const kDeferredIndexes[] = {
    "tickets_status_due", "tickets_owner_status_due", "tickets_team_status",  "tickets_next_due",
    "tickets_order_no",   "tickets_customer_phone",   "tickets_kind_received"};

const char* const kCountTriggers[] = {"ticket_counts_insert", "ticket_counts_delete", "ticket_counts_update"};

} // namespace

Status DeferredIndexes::drop()
{
    auto definition = [this](const char* type, const char* name) -> Result<std::string> {
        sqlite3_stmt* s = nullptr;
        if (sqlite3_prepare_v2(m_db, "SELECT sql FROM sqlite_master WHERE type = ?1 AND name = ?2", -1, &s,
                               nullptr) != SQLITE_OK)
            return sqliteError(m_db, "sqlite_master");
        sqlite3_bind_text(s, 1, type, -1, SQLITE_STATIC);
        sqlite3_bind_text(s, 2, name, -1, SQLITE_STATIC);
        std::string sql;
        if (sqlite3_step(s) == SQLITE_ROW && sqlite3_column_text(s, 0))
            sql = reinterpret_cast<const char*>(sqlite3_column_text(s, 0));
        sqlite3_finalize(s);
        return sql;
    };
    for (const char* name : kDeferredIndexes) {
        auto sql = definition("index", name);
        if (!sql)
            return sql.error();
        if (sql->empty())
            continue; // not in this schema version
        SW_TRY(exec(m_db, ("DROP INDEX " + std::string(name)).c_str()));
        m_sql.push_back(std::move(*sql));
    }
    for (const char* name : kCountTriggers) {
        auto sql = definition("trigger", name);
        if (!sql)
            return sql.error();
        if (sql->empty())
            continue;
        SW_TRY(exec(m_db, ("DROP TRIGGER " + std::string(name)).c_str()));
        m_sql.push_back(std::move(*sql));
        m_triggersDropped = true;
    }
    return {};
}

void DeferredIndexes::countTicket(const std::string& ownerId, const std::string& teamId, const std::string& status,
                                  const std::string& kind, const std::string& channel, const std::string& priority)
{
    std::string key;
    key.reserve(ownerId.size() + teamId.size() + status.size() + kind.size() + channel.size() + priority.size() + 5);
    for (const std::string* part : {&ownerId, &teamId, &status, &kind, &channel, &priority}) {
        if (!key.empty() || part != &ownerId)
            key += '\x1f';
        key += *part;
    }
    ++m_counts[key];
}

Status DeferredIndexes::addCounts()
{
    Stmt update(m_db, "UPDATE ticket_counts SET n = n + ?7 WHERE owner_id = ?1 AND team_id = ?2 AND status = ?3 "
                      "AND kind = ?4 AND channel = ?5 AND priority = ?6 AND merged = 0");
    Stmt insert(m_db, "INSERT INTO ticket_counts (owner_id, team_id, status, kind, channel, priority, merged, n) "
                      "VALUES (?1, ?2, ?3, ?4, ?5, ?6, 0, ?7)");
    if (!update.ok() || !insert.ok())
        return sqliteError(m_db, "ticket_counts");
    for (const auto& [key, n] : m_counts) {
        std::vector<std::string> parts;
        std::size_t start = 0;
        for (std::size_t pos; (pos = key.find('\x1f', start)) != std::string::npos; start = pos + 1)
            parts.push_back(key.substr(start, pos - start));
        parts.push_back(key.substr(start));
        if (parts.size() != 6)
            return rebuildCounts();
        for (Stmt* s : {&update, &insert}) {
            for (int i = 0; i < 6; ++i)
                s->text(i + 1, parts[std::size_t(i)]);
            s->integer(7, n);
        }
        SW_TRY(update.run());
        if (sqlite3_changes(m_db) == 0)
            SW_TRY(insert.run());
    }
    return {};
}

Status DeferredIndexes::rebuildCounts()
{
    SW_TRY(exec(m_db, "DELETE FROM ticket_counts"));
    return exec(m_db,
                "INSERT INTO ticket_counts (owner_id, team_id, status, kind, channel, priority, merged, n) "
                "SELECT COALESCE(owner_id, ''), COALESCE(team_id, ''), status, kind, channel, priority, "
                "merged_into IS NOT NULL, COUNT(*) FROM tickets WHERE deleted = 0 "
                "GROUP BY 1, 2, 3, 4, 5, 6, 7");
}

Status DeferredIndexes::restore()
{
    if (m_triggersDropped) {
        // The summary is made right before the triggers return, in one transaction with
        // them: the seeded counts added to what the triggers kept before the seed, or
        // (after a failure) a rebuild from the table.
        SW_TRY(exec(m_db, "BEGIN"));
        Status rebuilt = m_countsComplete ? addCounts() : rebuildCounts();
        while (rebuilt && !m_sql.empty()) {
            rebuilt = exec(m_db, m_sql.back().c_str());
            if (rebuilt)
                m_sql.pop_back();
        }
        if (!rebuilt) {
            (void)exec(m_db, "ROLLBACK");
            return rebuilt;
        }
        SW_TRY(exec(m_db, "COMMIT"));
        m_triggersDropped = false;
        m_counts.clear();
    }
    while (!m_sql.empty()) {
        SW_TRY(exec(m_db, m_sql.back().c_str()));
        m_sql.pop_back();
    }
    return {};
}

// --- the side index -------------------------------------------------------------------

namespace {

// FTS4's shadow tables (sqlite.org/fts3.html, "Data Structures"), in an order that
// keeps every copy an append.
const char* const kShadowTables[] = {"content", "segments", "segdir", "docsize", "stat"};

} // namespace

SideIndex::~SideIndex()
{
    sqlite3_finalize(m_insert);
    if (m_db)
        sqlite3_close_v2(m_db);
}

Result<bool> SideIndex::targetIsEmpty(sqlite3* main)
{
    auto docs = scalar(main, "SELECT COUNT(*) FROM ticket_search_content");
    if (!docs)
        return docs.error();
    auto segments = scalar(main, "SELECT COUNT(*) FROM ticket_search_segdir");
    if (!segments)
        return segments.error();
    return *docs == 0 && *segments == 0;
}

Result<std::string> SideIndex::definition(sqlite3* main)
{
    std::string create;
    sqlite3_stmt* s = nullptr;
    if (sqlite3_prepare_v2(main,
                           "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'ticket_search'",
                           -1, &s, nullptr) != SQLITE_OK)
        return sqliteError(main, "ticket_search definition");
    if (sqlite3_step(s) == SQLITE_ROW && sqlite3_column_text(s, 0))
        create = reinterpret_cast<const char*>(sqlite3_column_text(s, 0));
    sqlite3_finalize(s);
    if (create.empty())
        return makeError(ErrorCode::Internal,
                         QCoreApplication::translate("TicketSeeder", "The demo data could not be written."),
                         QStringLiteral("no ticket_search table"));
    return create;
}

Status SideIndex::open(const std::string& create)
{
    if (sqlite3_open_v2(":memory:", &m_db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) != SQLITE_OK)
        return sqliteError(m_db, "open side index");
    SW_TRY(exec(m_db, "PRAGMA journal_mode = OFF"));
    SW_TRY(exec(m_db, "PRAGMA synchronous = OFF"));
    SW_TRY(exec(m_db, create.c_str()));
    if (sqlite3_prepare_v2(m_db, "INSERT INTO ticket_search (docid, tokens) VALUES (?1, ?2)", -1, &m_insert,
                           nullptr) != SQLITE_OK)
        return sqliteError(m_db, "prepare side index");
    return {};
}

Status SideIndex::insert(qint64 docid, const std::string& tokens)
{
    if (!m_inTransaction) {
        SW_TRY(exec(m_db, "BEGIN"));
        m_inTransaction = true;
    }
    sqlite3_bind_int64(m_insert, 1, docid);
    sqlite3_bind_text(m_insert, 2, tokens.data(), int(tokens.size()), SQLITE_STATIC);
    const int rc = sqlite3_step(m_insert);
    sqlite3_reset(m_insert);
    if (rc != SQLITE_DONE)
        return sqliteError(m_db, "side index insert");
    return {};
}

Status SideIndex::commit()
{
    if (!m_inTransaction)
        return {};
    m_inTransaction = false;
    return exec(m_db, "COMMIT");
}

Status SideIndex::copyInto(sqlite3* main)
{
    SW_TRY(commit());
    for (const char* table : kShadowTables) {
        const std::string name = std::string("ticket_search_") + table;
        sqlite3_stmt* read = nullptr;
        if (sqlite3_prepare_v2(m_db, ("SELECT * FROM " + name + " ORDER BY rowid").c_str(), -1, &read,
                               nullptr) != SQLITE_OK)
            return sqliteError(m_db, "read side index");
        const int columns = sqlite3_column_count(read);
        std::string sql = "INSERT OR REPLACE INTO " + name + " VALUES (";
        for (int c = 0; c < columns; ++c)
            sql += c == 0 ? "?" : ", ?";
        sql += ")";
        sqlite3_stmt* write = nullptr;
        if (sqlite3_prepare_v2(main, sql.c_str(), -1, &write, nullptr) != SQLITE_OK) {
            sqlite3_finalize(read);
            return sqliteError(main, "write index");
        }
        int rc;
        while ((rc = sqlite3_step(read)) == SQLITE_ROW) {
            for (int c = 0; c < columns; ++c) {
                switch (sqlite3_column_type(read, c)) {
                case SQLITE_INTEGER:
                    sqlite3_bind_int64(write, c + 1, sqlite3_column_int64(read, c));
                    break;
                case SQLITE_FLOAT:
                    sqlite3_bind_double(write, c + 1, sqlite3_column_double(read, c));
                    break;
                case SQLITE_TEXT:
                    sqlite3_bind_text(write, c + 1,
                                      reinterpret_cast<const char*>(sqlite3_column_text(read, c)),
                                      sqlite3_column_bytes(read, c), SQLITE_STATIC);
                    break;
                case SQLITE_BLOB:
                    sqlite3_bind_blob(write, c + 1, sqlite3_column_blob(read, c),
                                      sqlite3_column_bytes(read, c), SQLITE_STATIC);
                    break;
                default:
                    sqlite3_bind_null(write, c + 1);
                    break;
                }
            }
            const int wrc = sqlite3_step(write);
            sqlite3_reset(write);
            if (wrc != SQLITE_DONE) {
                sqlite3_finalize(read);
                sqlite3_finalize(write);
                return sqliteError(main, "write index");
            }
        }
        sqlite3_finalize(read);
        sqlite3_finalize(write);
        if (rc != SQLITE_DONE)
            return sqliteError(m_db, "read side index");
    }
    return {};
}

namespace {

std::string utf8(const QString& s)
{
    return s.toStdString();
}

// --- staff ----------------------------------------------------------------------------

struct DemoAgent
{
    const char* login;
    const char* name;
    domain::Role role;
    int team;
};

// The ticket handlers of a seeded database; the first five match createDemoData().
const DemoAgent kDemoAgents[] = {
    {"lead1", "客服主管 李娜", domain::Role::Lead, 0},   {"agent1", "客服专员 张伟", domain::Role::Agent, 0},
    {"agent2", "客服专员 刘洋", domain::Role::Agent, 0}, {"lead2", "客服主管 黄静", domain::Role::Lead, 1},
    {"agent3", "客服专员 赵磊", domain::Role::Agent, 1}, {"agent4", "客服专员 陈静", domain::Role::Agent, 0},
    {"agent5", "客服专员 杨帆", domain::Role::Agent, 1}, {"agent6", "客服专员 吴婷", domain::Role::Agent, 1},
};
const char* const kDemoTeams[] = {"华东客服一组", "华南客服二组"};

Result<std::vector<Person>> loadHandlers(QSqlDatabase conn)
{
    QSqlQuery q(conn);
    if (!q.exec(QStringLiteral(
            "SELECT DISTINCT u.id, u.display_name, COALESCE(u.team_id, '') FROM users u "
            "JOIN user_roles ur ON ur.user_id = u.id AND ur.deleted = 0 JOIN roles r ON r.id = ur.role_id "
            "WHERE u.deleted = 0 AND u.active = 1 AND r.code IN ('agent', 'lead') ORDER BY u.login")))
        return makeError(ErrorCode::Database,
                         QCoreApplication::translate("TicketSeeder", "The demo data could not be written."),
                         q.lastError().text());
    std::vector<Person> people;
    while (q.next())
        people.push_back(
            {utf8(q.value(0).toString()), utf8(q.value(1).toString()), utf8(q.value(2).toString())});
    return people;
}

Status addDemoStaff(storage::Database& db, QStringList* createdLogins)
{
    UserService users(db, Actor::system());
    auto teams = users.teams();
    if (!teams)
        return teams.error();
    QStringList teamIds;
    for (const char* name : kDemoTeams) {
        QString id;
        for (const Team& t : *teams) {
            if (t.name == QString::fromUtf8(name))
                id = t.id;
        }
        if (id.isEmpty()) {
            auto created = users.createTeam(QString::fromUtf8(name));
            if (!created)
                return created.error();
            id = *created;
        }
        teamIds << id;
    }
    auto existing = users.list();
    if (!existing)
        return existing.error();
    for (const DemoAgent& a : kDemoAgents) {
        const QString login = QString::fromLatin1(a.login);
        const bool taken = std::any_of(existing->cbegin(), existing->cend(), [&](const UserInfo& u) {
            return u.login.compare(login, Qt::CaseInsensitive) == 0;
        });
        if (taken)
            continue;
        UserDraft draft;
        draft.login = login;
        draft.displayName = QString::fromUtf8(a.name);
        draft.roles = {a.role};
        draft.teamId = teamIds.at(a.team);
        auto id = users.create(draft, demoPassword());
        if (!id)
            return id.error();
        *createdLogins << login;
    }
    return {};
}

} // namespace

Result<std::vector<Person>> prepareStaff(storage::Database& db, bool demoUsers, QStringList* createdLogins)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM users WHERE deleted = 0")) || !q.next())
        return makeError(ErrorCode::Database,
                         QCoreApplication::translate("TicketSeeder", "The demo data could not be written."),
                         q.lastError().text());
    if (q.value(0).toLongLong() == 0) {
        auto demo = createDemoData(db);
        if (!demo)
            return demo.error();
        for (const auto& login : demo->logins)
            *createdLogins << login.first;
    }
    q.finish();
    auto handlers = loadHandlers(db.connection());
    if (!handlers)
        return handlers.error();
    if (demoUsers || handlers->size() < 3) {
        SW_TRY(addDemoStaff(db, createdLogins));
        handlers = loadHandlers(db.connection());
    }
    return handlers;
}

} // namespace sw::services::seed
