#pragma once

// Sign-in against the synced users rows, bearer tokens (only their SHA-256 is stored),
// and the lockout of domain::LoginPolicy.

#include "pgstore.h"

#include "domain/roles.h"
#include "sync/protocol.h"

#include <QDateTime>

namespace sw::server {

struct UserContext
{
    QString id;
    QString login;
    QString displayName;
    QString teamId;
    QList<domain::Role> roles;
    bool active = false;

    bool has(domain::Role role) const { return roles.contains(role); }
};

struct LoginOutcome
{
    int status = 500;             // 200, 401, 403, 423, 500, 503
    sync::LoginResponse response; // 200
    int retryAfterSecs = 0;       // 423
};

class AuthService
{
public:
    AuthService(PgStore* store, qint64 tokenTtlSecs);

    LoginOutcome login(const sync::LoginRequest& request);
    // The user of a valid, unexpired, unrevoked token of an active user.
    std::optional<UserContext> authenticate(const QString& bearerToken);
    bool logout(const QString& bearerToken);

    // The users row (and roles) as the server has them; nullopt when missing/deleted.
    std::optional<UserContext> loadUser(QSqlDatabase db, const QString& column, const QString& value);

    static QString tokenHash(const QString& token);

private:
    PgStore* m_store;
    qint64 m_ttlSecs;
};

} // namespace sw::server
