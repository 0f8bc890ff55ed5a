#include "services/syncedtables.h"

#include <QReadLocker>
#include <QReadWriteLock>
#include <QWriteLocker>

#include <map>
#include <memory>

namespace sw::services {

namespace {

struct Registry
{
    QReadWriteLock lock;
    // unique_ptr keeps the SyncedTable at a fixed address, so the pointers find()
    // hands out stay valid however many tables are declared later.
    std::map<QString, std::unique_ptr<SyncedTable>> tables;
};

Registry& registry()
{
    static Registry r;
    return r;
}

bool sameDeclaration(const SyncedTable& a, const SyncedTable& b)
{
    return a.name == b.name && a.fields == b.fields && a.secretFields == b.secretFields &&
           a.workflowFields == b.workflowFields;
}

} // namespace

void SyncedTables::declare(const SyncedTable& table)
{
    Q_ASSERT(!table.name.isEmpty());
    for (const QString& f : table.secretFields)
        Q_ASSERT_X(table.fields.contains(f), "SyncedTables::declare", "secret field not declared");
    for (const QString& f : table.workflowFields)
        Q_ASSERT_X(table.fields.contains(f), "SyncedTables::declare", "workflow field not declared");
    for (const QString& f : metaColumns())
        Q_ASSERT_X(!table.fields.contains(f), "SyncedTables::declare", "sync column declared as a field");

    Registry& r = registry();
    QWriteLocker locker(&r.lock);
    auto it = r.tables.find(table.name);
    if (it != r.tables.end()) {
        // Two areas declaring one table differently is a programming error: the outbox
        // would then carry different columns depending on which ran first.
        Q_ASSERT_X(sameDeclaration(*it->second, table), "SyncedTables::declare",
                   "table re-declared with a different shape");
        return;
    }
    r.tables.emplace(table.name, std::make_unique<SyncedTable>(table));
}

const SyncedTable* SyncedTables::find(const QString& name)
{
    Registry& r = registry();
    QReadLocker locker(&r.lock);
    auto it = r.tables.find(name);
    return it == r.tables.end() ? nullptr : it->second.get();
}

QStringList SyncedTables::names()
{
    Registry& r = registry();
    QReadLocker locker(&r.lock);
    QStringList out;
    for (const auto& [name, table] : r.tables)
        out << name;
    return out;
}

QStringList SyncedTables::metaColumns()
{
    return {QStringLiteral("id"), QStringLiteral("hlc"), QStringLiteral("updated_by"),
            QStringLiteral("deleted"), QStringLiteral("server_seq")};
}

void declareFoundationTables()
{
    SyncedTables::declare(
        {QStringLiteral("users"),
         {QStringLiteral("login"), QStringLiteral("display_name"), QStringLiteral("password_hash"),
          QStringLiteral("team_id"), QStringLiteral("active"), QStringLiteral("created_at")},
         {QStringLiteral("password_hash")},
         {}});
    SyncedTables::declare({QStringLiteral("roles"), {QStringLiteral("code")}, {}, {}});
    SyncedTables::declare(
        {QStringLiteral("user_roles"), {QStringLiteral("user_id"), QStringLiteral("role_id")}, {}, {}});
    SyncedTables::declare(
        {QStringLiteral("teams"), {QStringLiteral("name"), QStringLiteral("lead_id")}, {}, {}});
    SyncedTables::declare(
        {QStringLiteral("settings"), {QStringLiteral("key"), QStringLiteral("value")}, {}, {}});
}

} // namespace sw::services
