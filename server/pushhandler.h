#pragma once

// POST /v1/sync/push: the rules of docs/sync-protocol.md, decided op by op in memory
// over rows read set-wise, inside one transaction that holds the advisory lock guarding
// server_seq; any database fault rolls the whole push back (the client sends it again).

#include "authservice.h"

namespace sw::server {

struct PushOutcome
{
    int status = 500; // 200, 500, 503
    QList<sync::Verdict> verdicts;
};

class PushHandler
{
public:
    static constexpr qint64 kSeqLockKey = 0x5357'5345'51LL; // "SWSEQ"
    static constexpr qint64 kMaxClockAheadMs = 10 * 60 * 1000;

    static PushOutcome handle(PgStore* store, const UserContext& user, const QList<sync::Op>& ops);
};

} // namespace sw::server
