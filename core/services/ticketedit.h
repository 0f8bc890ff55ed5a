#pragma once

// Private to the TicketService files: what every write to an existing ticket starts with
// (TicketService::beginTicketEdit). In this order: the access check, the operation's own
// input checks, the SLA clock of the policy in force, "now", an open write transaction,
// the ticket as it is now, and the actor's right to change it — so every write refuses
// the same things in the same order and its SLA columns follow the same clock.

#include "domain/slaclock.h"
#include "result.h"
#include "services/actor.h"
#include "services/ticketstore.h"
#include "services/tickettypes.h"
#include "services/writetransaction.h"

#include <QDateTime>
#include <QSqlDatabase>

#include <functional>

namespace sw::services {

struct TicketEditOptions
{
    // Who may make this kind of change at all (assignment: leads and managers).
    Status (*access)(const Actor&) = &TicketStore::requireTicketAccess;
    // The operation's input checks, and work better done before the write lock is taken
    // (hashing an attachment). Runs right after the access check.
    std::function<Status()> prepare;
    bool load = true;      // load the ticket `id` (false: the operation loads its tickets itself)
    bool checkEdit = true; // TicketStore::checkCanEdit on it (false: the operation checks later)
    bool allowClosed = false;
};

struct TicketEdit
{
    QSqlDatabase db;
    WriteTransaction tx;
    domain::SlaClock clock;
    QDateTime now;
    Ticket ticket; // as loaded; empty with load = false
};

} // namespace sw::services
