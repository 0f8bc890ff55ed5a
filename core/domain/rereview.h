#pragma once

// Periodic re-review 定期复核 of an approved merchant (DOMAIN.md: "every 12 months and
// 30 days before any document expires, a re-review appears in the queue automatically").
//
// A merchant needs a re-review from the earlier of
//   - the anniversary: 12 calendar months after its last approval (QDate::addMonths, so
//     an approval on 31 January is due on 28/29 February, the last day of that month), and
//   - 30 days before the earliest valid-until date among its current documents (a
//     document valid until 30 June makes the re-review due on 31 May);
// both as Beijing dates. It is generated on that day or any later day it is still needed
// (a workstation that was off over the date catches up), and never twice: not while
// another review of the merchant is open, and not again for a cycle an approval after the
// due date has already closed (the next cycle starts from that approval). Documents
// without a valid-until date (e.g. an ID card valid long-term 长期) do not count.

#include <QDate>
#include <QList>

#include <optional>

namespace sw::domain {

struct RereviewFacts
{
    QDate lastApproved;            // invalid: never approved (no re-review)
    QList<QDate> documentsValidUntil; // invalid dates are "long-term"
    bool reviewOpen = false;       // an application or re-review of the merchant is open
};

enum class RereviewCause { Anniversary, DocumentExpiring };

struct RereviewDue
{
    QDate on;
    RereviewCause cause = RereviewCause::Anniversary;
};

class Rereview
{
public:
    static constexpr int kMonths = 12;
    static constexpr int kDaysBeforeExpiry = 30;

    // When the next re-review is due and why (nullopt when never approved).
    static std::optional<RereviewDue> nextDue(const RereviewFacts& facts);
    // Whether one must be generated today.
    static bool generateOn(const RereviewFacts& facts, QDate today);
};

} // namespace sw::domain
