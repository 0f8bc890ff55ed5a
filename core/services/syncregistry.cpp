#include "services/aftersalesservice.h"
#include "services/creditfileservice.h"
#include "services/disputeservice.h"
#include "services/merchantservice.h"
#include "services/syncedtables.h"
#include "services/ticketservice.h"

namespace sw::services {

void declareAllSyncedTables()
{
    declareFoundationTables();
    TicketService::declareTables();
    AfterSalesService::declareTables();
    DisputeService::declareTables();
    MerchantService::declareTables();
    CreditFileService::declareTables();
    registerTicketSyncHooks();
    registerMerchantSyncHooks();
}

} // namespace sw::services
