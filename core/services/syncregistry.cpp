#include "services/syncedtables.h"
#include "services/ticketservice.h"

namespace sw::services {

void declareAllSyncedTables()
{
    declareFoundationTables();
    TicketService::declareTables();
    registerTicketSyncHooks();
}

} // namespace sw::services
