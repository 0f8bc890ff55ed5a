#pragma once

// GET /v1/sync/pull: rows after a cursor in server_seq order, filtered by the user's
// scope (out-of-scope rows become removals), phone numbers masked.

#include "authservice.h"

namespace sw::server {

struct PullOutcome
{
    int status = 500;
    sync::PullResponse response;
};

class PullHandler
{
public:
    static PullOutcome handle(PgStore* store, const UserContext& user, qint64 after, int limit);
};

} // namespace sw::server
