#pragma once

// Private helpers of TicketService and TicketQuery (not an API for other areas):
// row loading and saving, who may read or change a ticket, the SLA due columns, the
// search-index document and ticket numbers. Kept apart so the service files stay about
// the rules of each operation.
//
// Storage conventions (resources/migrations/0002_tickets.sql): times are INTEGER epoch
// seconds (UTC); optional references and unset times are NULL; enum values are their
// code() strings.

#include "domain/slaclock.h"
#include "result.h"
#include "services/actor.h"
#include "services/tickettypes.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>
#include <QVariantMap>

namespace sw { class Clock; }

namespace sw::services {

class WriteTransaction;

class TicketStore
{
public:
    static const QString kTickets;
    static const QString kEvents;
    static const QString kAttachments;
    static const QString kSlaPolicyKey; // settings key holding SlaPolicy::toJson()
    static const QString kMaxAttachmentKey;

    // --- times ---
    static QVariant epoch(const QDateTime& t); // NULL for an invalid time
    static QDateTime fromEpoch(const QVariant& v);

    // --- rows ---
    // The column list loadTicket()/readRow() expect, over "tickets t LEFT JOIN users u
    // ON u.id = t.owner_id LEFT JOIN tickets m ON m.id = t.merged_into".
    static QString fullSelect();
    // The queue columns (TicketRow), the first columns of fullSelect(); same joins.
    static QString rowColumns();
    static void readRow(const QSqlQuery& q, TicketRow& row); // unmasked
    static Ticket readTicket(const QSqlQuery& q); // from a fullSelect() row
    // Unmasked; NotFound (translated) when missing or deleted.
    static Result<Ticket> load(QSqlDatabase db, const QString& id);
    // Every stored column value of a ticket (without id and n).
    static QVariantMap toFields(const Ticket& t);
    // toFields() without slaColumns(): the synced fields, for WriteTransaction
    // insert/update (TicketService::declareTables declares exactly these).
    static QVariantMap syncedFields(const Ticket& t);

    // --- access (DOMAIN.md roles; see ticketservice.h) ---
    static bool hasTicketRole(const Actor& actor); // agent, lead, manager or admin
    static bool seesAll(const Actor& actor);       // manager or admin
    static Status requireTicketAccess(const Actor& actor);
    static Status checkCanRead(const Actor& actor, const Ticket& t);
    // Read access, may change the ticket, and the ticket is not merged away or closed.
    static Status checkCanEdit(const Actor& actor, const Ticket& t, bool allowClosed = false);
    static QString maskedPhoneFor(const Actor& actor, const Ticket& t);

    // --- validation ---
    // Reply, note and customer message text: not blank, ≤ kMaxBodyChars.
    static Status checkMessageText(const QString& text);
    // Owner: exists, active, handles tickets; *teamId receives the owner's team.
    static Status checkOwner(QSqlDatabase db, const QString& ownerId, QString* teamId, QString* name);

    // --- timeline ---
    static Result<QString> addEvent(WriteTransaction& tx, const QString& ticketId, TicketEventKind kind,
                                    const QString& body, const QVariantMap& data, const QDateTime& at,
                                    const QString& action);
    static QString eventColumns(); // over "ticket_events e"
    static TicketEvent readEvent(const QSqlQuery& q);

    // --- status and owner changes (in memory, plus their timeline events) ---
    // Moves t to `to` with the bookkeeping of DOMAIN.md: entering PendingCustomer starts a
    // pause (paused_since), leaving it adds the interval to paused_secs; Resolved sets
    // resolved_at, a reopen clears it; Closed sets closed_at. Writes the StatusChange event
    // (data: from, to and the pause interval). Checks TicketWorkflow first.
    static Status applyStatus(WriteTransaction& tx, Ticket& t, domain::TicketStatus to, const QDateTime& now);
    // Gives t a new owner (and the owner's team) with an Assignment event; a New ticket
    // becomes Open (one named owner after triage).
    static Status applyOwner(WriteTransaction& tx, Ticket& t, const QString& ownerId, const QString& ownerTeam,
                             const QString& ownerName, const QDateTime& now);

    // --- SLA ---
    static domain::SlaPolicy policyFromText(const QString& json); // defaults on empty/bad text
    static Result<domain::SlaClock> slaClock(QSqlDatabase db, const domain::SlaPolicy& policy);
    // Fills firstResponseDue/resolutionDue/nextDue/nextWarn of `t` from its facts and the
    // pauses recorded in its status-change events (plus the open one in t.pausedSince).
    // A merged-away ticket has no running clocks.
    static Status computeSla(QSqlDatabase db, const domain::SlaClock& clock, Ticket& t, const QDateTime& now);
    // first_response_due, resolution_due, next_due, next_warn: derived local data. Each
    // workstation computes them from the synced facts, the policy and the calendar, so
    // they are not synced fields (no outbox record or audit entry when they move).
    static const QStringList& slaColumns();
    // Writes t's SLA columns by t.n with a plain UPDATE (inside the caller's transaction).
    static Status writeSla(QSqlDatabase db, const Ticket& t);
    // Recomputes the SLA columns of every ticket whose clocks may run (not merged away,
    // not resolved/closed — their columns are NULL under any policy) after the policy or
    // the calendar changed, inside the caller's transaction: one pass over the tickets
    // ordered by id merged with one pass over the pause events; only rows whose values
    // change are written. Returns how many changed.
    // SlaScope::SyncDeferred: only the tickets a large pull noted in sync_deferred (area
    // "tickets"), the same pass restricted to them.
    enum class SlaScope { AllTickets, SyncDeferred };
    static Result<int> recomputeAllSla(QSqlDatabase db, const domain::SlaClock& clock, const QDateTime& now,
                                       SlaScope scope = SlaScope::AllTickets);

    // --- search ---
    // Rewrites the ticket's ticket_search document (docid = n) from its fields and the
    // text of its messages, replies and notes.
    static Status refreshSearch(QSqlDatabase db, const Ticket& t);

    // --- saving ---
    // computeSla + updated_at + WriteTransaction::update of the changed synced columns,
    // then writeSla(), all in tx.
    static Status save(WriteTransaction& tx, const domain::SlaClock& clock, Ticket after,
                       const QDateTime& now, const QString& action);

    // --- numbers ---
    // CS-YYYYMMDD-NNNNNN: Beijing date of receipt, per-day counter in ticket_numbers (and
    // never below a number already present, e.g. from seeded data).
    static Result<QString> allocateNumber(QSqlDatabase db, const QDateTime& receivedAt);

    // "Now" of a service: the clock's time in whole seconds (the storage resolution).
    static QDateTime now(const Clock* clock);

    static Error invalid(const QString& message);
    static Error denied(const QString& message = {});
};

} // namespace sw::services
