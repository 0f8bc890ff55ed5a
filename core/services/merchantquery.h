#pragma once

// Read side of the merchant review queue 商家审核队列 (issue 6): a filter + sort spec turned
// into one SQL statement over merchant_reviews, read a page at a time (there are hundreds
// of thousands of reviews), with the reviewers' names and the flags of each row. The
// model runs it on its QueryThread, never on the GUI thread.
//
// Permissions: MerchantService's readers (auditors, managers, administrators).
//
// Saved views (where the issue is silent, what an auditor's day needs):
//   Waiting for me        in review with me as the first reviewer — my next step;
//   Not taken             submitted, nobody has taken it yet;
//   Second review         waiting for a second review I may do (I was not the first);
//   Info requested        waiting for the merchant;
//   Overdue               not decided, not waiting for the merchant, due time passed;
//   Re-reviews this month open periodic re-reviews due before the next month starts
//                         (Beijing time) — overdue ones included;
//   All open, All.
// Flags: "duplicate" when another merchant has the same credit code, legal-representative
// ID number, bank account or phone (indexed lookups per row of a page); "expiring" when a
// document expires within 30 days (docs_expire_on).
// Text search: the review number or the credit code from its start, or part of the legal
// name.

#include "domain/merchantcatalogue.h"
#include "domain/merchantworkflow.h"
#include "result.h"
#include "services/actor.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
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

enum class MerchantColumn {
    Number,
    LegalName,
    Status,
    Due,
    Flags,
    CreditCode,
    Category,
    Kind,
    SubmittedAt,
    FirstReviewer,
    SecondReviewer,
    Count
};

enum class MerchantView { WaitingForMe, NotTaken, SecondReview, InfoRequested, Overdue, RereviewsThisMonth, AllOpen, All };
QString displayName(MerchantView view);
QList<MerchantView> allMerchantViews();

struct MerchantFilter
{
    QList<domain::MerchantAppStatus> statuses; // empty = any
    std::optional<domain::ReviewKind> kind;
    QString category;       // a category code; empty = any
    QString text;           // number, credit code (prefix) or legal name (part)
    QString firstReviewerId; // empty = anyone
    QString notFirstReviewerId; // reviews whose first reviewer is somebody else
    QDateTime submittedFrom; // inclusive; null = open
    QDateTime submittedTo;   // exclusive
    QDateTime dueBefore;     // due time before this; null = any
    bool overdueOnly = false;
    bool expiringOnly = false;
    bool operator==(const MerchantFilter&) const = default;
};

struct MerchantSort
{
    MerchantColumn column = MerchantColumn::Due;
    Qt::SortOrder order = Qt::AscendingOrder;
    bool operator==(const MerchantSort&) const = default;
};

struct MerchantRow
{
    QString id;
    QString number;
    QString merchantId;
    domain::ReviewKind kind = domain::ReviewKind::Application;
    QString legalName;
    QString creditCode;
    QStringList categories;
    QDateTime submittedAt;
    domain::MerchantAppStatus status = domain::MerchantAppStatus::Submitted;
    QString firstReviewerName;
    QString secondReviewerName;
    QDateTime dueAt;
    QDate docsExpireOn;
    bool duplicate = false;

    bool isOverdue(const QDateTime& now) const;
    bool isExpiring(QDate today) const;
};

class MerchantQuery
{
    Q_DECLARE_TR_FUNCTIONS(sw::services::MerchantQuery)

public:
    MerchantQuery(storage::Database& db, Actor actor, const Clock* clock = nullptr);

    const Actor& actor() const { return m_actor; }
    MerchantFilter viewFilter(MerchantView view) const;

    Result<qint64> count(const MerchantFilter& filter) const;
    // Rows [offset, offset + limit) of the sorted result (ties broken by number).
    Result<QList<MerchantRow>> page(const MerchantFilter& filter, const MerchantSort& sort, int offset,
                                    int limit) const;
    Result<QList<qint64>> viewCounts() const; // allMerchantViews() order

    QDateTime now() const;

private:
    storage::Database& m_db;
    Actor m_actor;
    const Clock* m_clock;
};

} // namespace sw::services
