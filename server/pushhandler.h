#pragma once

// POST /v1/sync/push: the rules of docs/sync-protocol.md, one savepoint per op inside
// one transaction that holds the advisory lock guarding server_seq.

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
