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
    std::vector<std::pair<QString, ApplyHooks::Hook>> hooks;
};

Registry& registry()
{
    static Registry r;
    return r;
}

} // namespace

void ApplyHooks::add(const QString& name, Hook hook)
{
    Registry& r = registry();
    QMutexLocker locker(&r.lock);
    for (const auto& entry : r.hooks) {
        if (entry.first == name)
            return;
    }
    r.hooks.emplace_back(name, std::move(hook));
}

Status ApplyHooks::run(QSqlDatabase db, const AppliedRows& rows, const QDateTime& now)
{
    if (rows.isEmpty())
        return {};
    std::vector<Hook> hooks;
    {
        Registry& r = registry();
        QMutexLocker locker(&r.lock);
        for (const auto& entry : r.hooks)
            hooks.push_back(entry.second);
    }
    for (const Hook& hook : hooks)
        SW_TRY(hook(db, rows, now));
    return {};
}

} // namespace sw::sync
