#include "sync/applyhooks.h"

#include <QMutex>
#include <QMutexLocker>

#include <utility>
#include <vector>

namespace sw::sync {

namespace {

struct Registry
{
    QMutex lock;
    struct Entry
    {
        QString name;
        ApplyHooks::Hook hook;
        ApplyHooks::Finisher finisher;
    };
    std::vector<Entry> entries;
};

Registry& registry()
{
    static Registry r;
    return r;
}

std::vector<Registry::Entry> entries()
{
    Registry& r = registry();
    QMutexLocker locker(&r.lock);
    return r.entries;
}

} // namespace

void ApplyHooks::add(const QString& name, Hook hook, Finisher finisher)
{
    Registry& r = registry();
    QMutexLocker locker(&r.lock);
    for (const auto& entry : r.entries) {
        if (entry.name == name)
            return;
    }
    r.entries.push_back({name, std::move(hook), std::move(finisher)});
}

Status ApplyHooks::run(QSqlDatabase db, const AppliedRows& rows, const QDateTime& now)
{
    if (rows.isEmpty())
        return {};
    for (const Registry::Entry& entry : entries())
        SW_TRY(entry.hook(db, rows, now));
    return {};
}

Status ApplyHooks::finish(QSqlDatabase db, const QDateTime& now)
{
    for (const Registry::Entry& entry : entries()) {
        if (entry.finisher)
            SW_TRY(entry.finisher(db, now));
    }
    return {};
}

} // namespace sw::sync
