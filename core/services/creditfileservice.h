#pragma once

// A merchant's credit file 信用档案 (DOMAIN.md "Merchant onboarding review", issue 6): the
// events that moved its score, the measures taken against it, and the "what-if" of a
// proposed event. Scoring is domain::CreditRules; the rules in force are MerchantPolicies'.
//
// Storage (0010_merchant_review.sql): credit_events keep the kind, the rules version and
// the delta they were scored with — a later edit of the rules never rescores history — and
// credit_actions the measures with reason and dates. The score is the replay of the stored
// deltas from 80 in the order the events occurred (then recorded), clamped after each.
//
// Dispute outcomes (the after-sales area's dispute_outcomes, final and upheld against the
// merchant) enter the file through importDisputeOutcomes(): one "dispute lost" event per
// outcome, with an id derived from the outcome so that two workstations importing the same
// outcome make the same row.
//
// Permissions: auditors, managers and admins read; auditors and managers record events and
// measures.

#include "domain/creditscore.h"
#include "domain/merchantcatalogue.h"
#include "result.h"
#include "services/actor.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace sw {
class Clock;
}
namespace sw::storage {
class Database;
}

namespace sw::services {

struct CreditEventRow
{
    QString id;
    domain::CreditEventKind kind = domain::CreditEventKind::UpheldComplaint;
    int delta = 0;
    int rulesVersion = 1;
    QString explanation;
    QDate occurredOn;
    QDateTime recordedAt;
    QString recordedByName;
    QString sourceId;
    int scoreAfter = 0; // replayed
};

struct CreditActionRow
{
    QString id;
    domain::CreditActionKind kind = domain::CreditActionKind::Warning;
    QString reason;
    QDate startsOn;
    QDate endsOn; // invalid: none
    QDateTime recordedAt;
    QString recordedByName;
    bool inForce = false; // today
};

struct CreditFile
{
    QString merchantId;
    QString merchantName;
    int score = domain::CreditRules::kStartScore;
    domain::CreditLevel level = domain::CreditLevel::B;
    QList<CreditEventRow> events; // oldest first
    QList<CreditActionRow> actions; // newest first
    int pendingDisputeOutcomes = 0; // final upheld outcomes not yet in the file
};

class CreditFileService
{
    Q_DECLARE_TR_FUNCTIONS(sw::services::CreditFileService)

public:
    static const QString kEvents;  // "credit_events"
    static const QString kActions; // "credit_actions"
    static constexpr int kMaxTextChars = 2000;

    CreditFileService(storage::Database& db, Actor actor, const Clock* clock = nullptr);
    static void declareTables();

    Result<CreditFile> file(const QString& merchantId) const;
    // The effect of recording `kind` now, scored exactly as recordEvent() would.
    Result<domain::CreditChange> whatIf(const QString& merchantId, domain::CreditEventKind kind) const;
    // An explained event on `occurredOn` (not in the future); returns its id.
    Result<QString> recordEvent(const QString& merchantId, domain::CreditEventKind kind, const QString& explanation,
                                QDate occurredOn);
    // A measure (CreditActions::validate); returns its id.
    Result<QString> addAction(const QString& merchantId, domain::CreditActionKind kind, const QString& reason,
                              QDate startsOn, QDate endsOn);
    // Records the merchant's final upheld dispute outcomes that are not in the file yet;
    // returns how many.
    Result<int> importDisputeOutcomes(const QString& merchantId);

private:
    storage::Database& m_db;
    Actor m_actor;
    const Clock* m_clock;
};

} // namespace sw::services
