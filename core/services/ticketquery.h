#pragma once

// Read side of the ticket queue: a filter + sort spec turned into SQL over the
// `tickets` table (and the FTS index for searches), counted and read page by page.
// Thread-safe in the sense the queue needs: every call uses the calling thread's
// connection (Database::connection()), so the model runs counts and pages on worker
// threads. Scope (who may see what) is applied here from the Actor, never from the UI.

#include "result.h"
#include "services/actor.h"
#include "services/tickettypes.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace sw { class Clock; }
namespace sw::storage { class Database; }

namespace sw::services {

enum class TicketColumn {
    Number, Kind, Channel, Subject, Customer, OrderNo, Merchant, Priority, Status, Owner,
    FirstResponseDue, ResolutionDue, SlaState, ReceivedAt,
    Count
};

enum class SlaFilter { Any, Ok, Warning, Breached, BreachingWithin2h, Paused };

struct TicketFilter
{
    QList<domain::TicketStatus> statuses;   // empty = any
    QList<domain::TicketKind> kinds;
    QList<domain::TicketChannel> channels;
    QList<domain::TicketPriority> priorities;
    QString ownerId;                        // "" = any
    bool unassignedOnly = false;
    QString teamId;
    QDateTime receivedFrom;                 // inclusive; null = open
    QDateTime receivedTo;                   // exclusive
    SlaFilter sla = SlaFilter::Any;
    QString search;                         // what the user typed; see domain/searchtext.h
    bool includeMerged = false;             // merged-away tickets are hidden by default

    bool operator==(const TicketFilter&) const = default;
};

struct TicketSort
{
    TicketColumn column = TicketColumn::ReceivedAt;
    Qt::SortOrder order = Qt::DescendingOrder;
    bool operator==(const TicketSort&) const = default;
};

// The built-in saved views of the queue.
enum class TicketView { MyOpen, Unassigned, BreachingWithin2h, ComplaintsThisWeek, TeamQueue, All };
QString displayName(TicketView view);

class TicketQuery
{
public:
    TicketQuery(storage::Database& db, Actor actor, const Clock* clock = nullptr);

    // The filter a saved view stands for, for this actor at this time.
    TicketFilter viewFilter(TicketView view) const;
    QList<TicketView> viewsFor() const; // the views this actor's roles have

    // InvalidInput for a search that cannot be run (e.g. a single Chinese character).
    Result<qint64> count(const TicketFilter& filter) const;
    // Rows offset … offset + limit − 1 of the sorted list. knownTotal, when the caller
    // has the count, lets a page in the second half be read from the far end.
    Result<QList<TicketRow>> page(const TicketFilter& filter, const TicketSort& sort,
                                  qint64 offset, int limit, qint64 knownTotal = -1) const;

    // Searches with up to this many full-text hits are read hit by hit; above it the
    // ordered index scan tests each entry against the hits (see ticketquery.cpp).
    static constexpr qint64 kDefaultDriveFromHitsMax = 1000;
    void setDriveFromHitsMax(qint64 hits) { m_driveFromHitsMax = hits; }

private:
    storage::Database& m_db;
    Actor m_actor;
    const Clock* m_clock;
    qint64 m_driveFromHitsMax = kDefaultDriveFromHitsMax;
};

} // namespace sw::services
