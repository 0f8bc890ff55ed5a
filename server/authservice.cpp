#include "authservice.h"

#include "domain/loginpolicy.h"
#include "domain/password.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>

#include <sodium.h>

namespace sw::server {

AuthService::AuthService(PgStore* store, qint64 tokenTtlSecs) : m_store(store), m_ttlSecs(tokenTtlSecs) {}

QString AuthService::tokenHash(const QString& token)
{
    return QString::fromLatin1(QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
}

namespace {

// The user's row (id, fields as text) and their role ids (comma-separated) as one result.
const QString kUserColumns = QStringLiteral(
    "u.row_id, u.fields::text, (SELECT string_agg(r.fields->>'role_id', ',') FROM sync_rows r "
    "WHERE r.table_name = 'user_roles' AND r.fields->>'user_id' = u.row_id AND NOT r.deleted)");

UserContext userFrom(const QSqlQuery& q)
{
    UserContext u;
    u.id = q.value(0).toString();
    const QJsonObject f = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object();
    u.login = f.value(QStringLiteral("login")).toString();
    u.displayName = f.value(QStringLiteral("display_name")).toString();
    u.teamId = f.value(QStringLiteral("team_id")).toString();
    const QJsonValue active = f.value(QStringLiteral("active"));
    u.active = active.isBool() ? active.toBool() : active.toInteger(1) != 0;
    const QStringList roleRowIds = q.value(2).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (domain::Role role : domain::allRoles())
        if (roleRowIds.contains(domain::roleId(role)))
            u.roles << role;
    return u;
}

} // namespace

std::optional<UserContext> AuthService::loadUser(QSqlDatabase db, const QString& column, const QString& value)
{
    QSqlQuery q(db);
    // column is one of two literals chosen by the caller, never input.
    const QString where = column == QLatin1String("id") ? QStringLiteral("u.row_id = ?")
                                                         : QStringLiteral("u.fields->>'login' = ?");
    if (!PgStore::exec(q,
                       QStringLiteral("SELECT ") + kUserColumns +
                           QStringLiteral(" FROM sync_rows u WHERE u.table_name = 'users' AND ") + where +
                           QStringLiteral(" AND NOT u.deleted"),
                       {value})
        || !q.next())
        return std::nullopt;
    return userFrom(q);
}

LoginOutcome AuthService::login(const sync::LoginRequest& request)
{
    LoginOutcome out;
    QSqlDatabase db = m_store->connection();
    if (!db.isOpen()) {
        out.status = 503;
        return out;
    }
    const domain::LoginPolicy policy;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QSqlQuery q(db);
    int failed = 0;
    if (!PgStore::exec(q, QStringLiteral("SELECT failed_count, locked_until FROM login_failures WHERE login = ?"),
                       {request.login}))
        return out;
    if (q.next()) {
        failed = q.value(0).toInt();
        const QDateTime until = q.value(1).toDateTime().toUTC();
        if (policy.isLocked(until, now)) {
            out.status = 423;
            out.retryAfterSecs = int(std::max<qint64>(1, now.secsTo(until)));
            return out;
        }
    }
    const std::optional<UserContext> user = loadUser(db, QStringLiteral("login"), request.login);
    bool ok = false;
    if (user) {
        QSqlQuery h(db);
        if (PgStore::exec(h, QStringLiteral("SELECT fields->>'password_hash' FROM sync_rows WHERE table_name = 'users' AND row_id = ?"),
                          {user->id})
            && h.next())
            ok = domain::verifyPassword(request.password, h.value(0).toString());
    } else {
        // Same work for an unknown login, so timing does not tell which logins exist.
        static const QString dummy = domain::hashPassword(QStringLiteral("shopwarden-dummy"));
        domain::verifyPassword(request.password, dummy);
    }
    if (!ok) {
        const domain::LoginPolicy::Outcome o = policy.afterFailure(failed, now);
        PgStore::exec(q, QStringLiteral("INSERT INTO login_failures (login, failed_count, locked_until) VALUES (?, ?, ?) "
                                        "ON CONFLICT (login) DO UPDATE SET failed_count = EXCLUDED.failed_count, "
                                        "locked_until = EXCLUDED.locked_until"),
                      {request.login, o.failedCount, o.lockedUntil.isValid() ? QVariant(o.lockedUntil) : QVariant()});
        out.status = 401;
        return out;
    }
    PgStore::exec(q, QStringLiteral("DELETE FROM login_failures WHERE login = ?"), {request.login});
    if (!user->active) {
        out.status = 403;
        return out;
    }
    unsigned char raw[32];
    randombytes_buf(raw, sizeof raw);
    const QString token = QString::fromLatin1(
        QByteArray(reinterpret_cast<const char*>(raw), sizeof raw)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    sodium_memzero(raw, sizeof raw);
    const QDateTime expires = now.addSecs(m_ttlSecs);
    if (!PgStore::exec(q, QStringLiteral("INSERT INTO tokens (hash, user_id, expires_at) VALUES (?, ?, ?)"),
                       {tokenHash(token), user->id, expires}))
        return out;
    out.status = 200;
    out.response.token = token;
    out.response.expiresAt = expires;
    out.response.user.id = user->id;
    out.response.user.login = user->login;
    out.response.user.displayName = user->displayName;
    out.response.user.teamId = user->teamId;
    for (domain::Role role : user->roles)
        out.response.user.roles << domain::roleCode(role);
    return out;
}

std::optional<UserContext> AuthService::authenticate(const QString& bearerToken)
{
    if (bearerToken.isEmpty() || bearerToken.size() > 100)
        return std::nullopt;
    QSqlDatabase db = m_store->connection();
    if (!db.isOpen())
        return std::nullopt;
    // Token, user and roles in one round trip: this runs before every request.
    QSqlQuery q(db);
    if (!PgStore::exec(q,
                       QStringLiteral("SELECT ") + kUserColumns +
                           QStringLiteral(" FROM tokens t JOIN sync_rows u ON u.table_name = 'users' AND u.row_id = "
                                          "t.user_id AND NOT u.deleted WHERE t.hash = ? AND NOT t.revoked AND "
                                          "t.expires_at > now()"),
                       {tokenHash(bearerToken)})
        || !q.next())
        return std::nullopt;
    const UserContext user = userFrom(q);
    if (!user.active)
        return std::nullopt;
    return user;
}

bool AuthService::logout(const QString& bearerToken)
{
    if (!authenticate(bearerToken))
        return false;
    QSqlQuery q(m_store->connection());
    return PgStore::exec(q, QStringLiteral("UPDATE tokens SET revoked = true WHERE hash = ?"), {tokenHash(bearerToken)});
}

} // namespace sw::server
