#pragma once

// Read side of the after-sales queue (售后审批): a filter + sort spec turned into one SQL
// statement over aftersales_requests, LEFT JOINed with the linked ticket for the
// customer and merchant names. Volumes are thousands of requests, not millions, so a
// list() reads every matching row at once; the model runs it on its QueryThread, never
// on the GUI thread. Every call uses the calling thread's connection.
//
// Permissions: the readers of AfterSalesService (agents, leads, managers, admins,
// auditors); anyone else gets PermissionDenied. Everything a reader may see is every
// request (the service has no per-team scope).
//
// Definitions where the issue is silent:
// - Due time: a decision is due 24 h (kDecisionHours) after the request started waiting,
//   which is its creation, or — when it was returned for more information — the last
//   "returned" decision (the clock restarts when the information comes back). The time a
//   request entered AwaitingApproval is not stored, and the schema is not changed for
//   it; creation is the closest stored fact. Only waiting requests (Checking,
//   AwaitingApproval) have a due time; they are "overdue" once it has passed.
// - "Awaiting my approval": status AwaitingApproval, the actor is not the requester, has
//   not approved it yet, and qualifies on the (default) approval ladder for its amount.
// - "Eligibility failed": status Checking without a manager override — submitForApproval
//   leaves a request in Checking only when a check failed.
// - "Executed this week": executed since Monday 00:00 Beijing time (also when closed since).
// - "All open": every status but Closed (rejected requests still wait to be closed).
// - Text search: case-insensitive substring of number, order no., item or customer.

#include "domain/aftersalesenums.h"
#include "domain/approvalladder.h"
#include "domain/money.h"
#include "result.h"
#include "services/actor.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace sw {
class Clock;
}
namespace sw::storage {
class Database;
}

namespace sw::services {

enum class AfterSalesColumn {
    Number,
    Kind,
    OrderNo,
    Customer,
    Merchant,
    Amount,
    Reason,
    Status,
    ApproverLevel,
    Age,
    Due,
    Count
};

enum class AfterSalesView { AwaitingMyApproval, EligibilityFailed, ExecutedThisWeek, AllOpen, All };
QString displayName(AfterSalesView view);
QList<AfterSalesView> allAfterSalesViews();

struct AfterSalesFilter
{
    QList<domain::AfterSalesStatus> statuses; // empty = any
    QList<domain::AfterSalesKind> kinds;
    QList<domain::AfterSalesReason> reasons;
    QDateTime createdFrom; // inclusive; null = open
    QDateTime createdTo;   // exclusive
    QString text;          // number, order no., item or customer (substring)
    bool awaitingMyApproval = false;
    bool eligibilityFailed = false;
    bool overdueOnly = false;
    QDateTime executedFrom; // executed at or after; null = any

    bool operator==(const AfterSalesFilter&) const = default;
};

struct AfterSalesSort
{
    AfterSalesColumn column = AfterSalesColumn::Age;
    Qt::SortOrder order = Qt::DescendingOrder; // Age descending = oldest first
    bool operator==(const AfterSalesSort&) const = default;
};

struct AfterSalesRow
{
    QString id;
    QString number;
    domain::AfterSalesKind kind = domain::AfterSalesKind::Refund;
    domain::AfterSalesStatus status = domain::AfterSalesStatus::Submitted;
    domain::AfterSalesReason reason = domain::AfterSalesReason::QualityProblem;
    QString ticketId;
    QString orderNo;
    QString itemName;
    QString customerName; // from the linked ticket; empty without one
    QString merchantName;
    domain::Money amount;
    QString requesterId;
    domain::ApprovalLevel level = domain::ApprovalLevel::Agent;
    int approvalsNeeded = 1;
    int approvalsGiven = 0; // distinct approvers so far
    QDateTime createdAt;
    QDateTime waitingSince; // creation or the last "returned" decision
    QDateTime executedAt;

    bool isWaiting() const;  // Checking or AwaitingApproval
    QDateTime dueAt() const; // null unless waiting
    bool isOverdue(const QDateTime& now) const;
};

class AfterSalesQuery
{
    Q_DECLARE_TR_FUNCTIONS(sw::services::AfterSalesQuery)

public:
    static constexpr int kDecisionHours = 24;

    AfterSalesQuery(storage::Database& db, Actor actor, const Clock* clock = nullptr);

    const Actor& actor() const { return m_actor; }
    // The filter a saved view stands for, for this actor at this time.
    AfterSalesFilter viewFilter(AfterSalesView view) const;

    Result<qint64> count(const AfterSalesFilter& filter) const;
    // Every matching row, sorted (ties broken by number).
    Result<QList<AfterSalesRow>> list(const AfterSalesFilter& filter, const AfterSalesSort& sort = {}) const;
    // Counts of every saved view, allAfterSalesViews() order.
    Result<QList<qint64>> viewCounts() const;
    // Display names of users (requesters, approvers) by id; unknown ids are left out.
    Result<QHash<QString, QString>> userNames(const QStringList& ids) const;
    // The number of the linked ticket ("" when there is none or it is gone).
    Result<QString> ticketNumber(const QString& ticketId) const;

    // Monday 00:00 Beijing time of the week containing `now`, as UTC.
    static QDateTime startOfWeek(const QDateTime& now);

private:
    QDateTime now() const;

    storage::Database& m_db;
    Actor m_actor;
    const Clock* m_clock;
};

} // namespace sw::services
