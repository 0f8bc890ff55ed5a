// Merchant review's derived local data after sync applied rows from the server
// (core/sync/applyhooks.h): the due time of pulled reviews, and of every open review when
// calendar days arrived (the calendar in force changed). See MerchantService::refreshDueTimes.

#include "services/merchantservice.h"
#include "services/syncedtables.h"
#include "sync/applyhooks.h"

namespace sw::services {

namespace {

Status afterApply(QSqlDatabase db, const sync::AppliedRows& rows, const QDateTime&)
{
    if (rows.upserted.contains(QStringLiteral("calendar_days")) || rows.removed.contains(QStringLiteral("calendar_days")))
    {
        auto all = MerchantService::refreshDueTimes(db);
        return all ? Status{} : Status(all.error());
    }
    const QSet<QString> reviews = rows.upserted.value(MerchantService::kReviews);
    if (reviews.isEmpty())
        return {};
    auto changed = MerchantService::refreshDueTimes(db, QStringList(reviews.cbegin(), reviews.cend()));
    return changed ? Status{} : Status(changed.error());
}

} // namespace

void registerMerchantSyncHooks()
{
    sync::ApplyHooks::add(QStringLiteral("merchants"), afterApply);
}

} // namespace sw::services
