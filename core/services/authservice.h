#pragma once

// Sign-in on this workstation: Argon2id password check, lockout after 5 failed
// attempts for 15 minutes (domain/loginpolicy.h), audit entries for both outcomes.
// login() runs a key derivation: call it off the GUI thread.

#include "result.h"
#include "services/actor.h"

namespace sw { class Clock; }
namespace sw::storage { class Database; }

namespace sw::services {

class AuthService
{
public:
    explicit AuthService(storage::Database& db, const Clock* clock = nullptr);

    // BadCredentials for unknown login, wrong password or inactive account (one
    // message for all three); AccountLocked with the time it ends.
    Result<Actor> login(const QString& login, const QString& password);

    bool hasUsers() const;

private:
    storage::Database& m_db;
    const Clock* m_clock;
};

} // namespace sw::services
