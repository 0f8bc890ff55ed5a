#include "domain/rereview.h"

namespace sw::domain {

std::optional<RereviewDue> Rereview::nextDue(const RereviewFacts& facts)
{
    if (!facts.lastApproved.isValid())
        return std::nullopt;
    RereviewDue due{facts.lastApproved.addMonths(kMonths), RereviewCause::Anniversary};
    for (const QDate& until : facts.documentsValidUntil) {
        if (!until.isValid())
            continue;
        const QDate warn = until.addDays(-kDaysBeforeExpiry);
        if (warn < due.on)
            due = {warn, RereviewCause::DocumentExpiring};
    }
    return due;
}

bool Rereview::generateOn(const RereviewFacts& facts, QDate today)
{
    if (facts.reviewOpen)
        return false;
    const std::optional<RereviewDue> due = nextDue(facts);
    return due && today >= due->on;
}

} // namespace sw::domain
