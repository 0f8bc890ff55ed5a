#include "services/authservice.h"

#include "clock.h"
#include "domain/loginpolicy.h"
#include "domain/password.h"
#include "services/sqlsupport.h"
#include "services/writetransaction.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSqlQuery>

#include <algorithm>
#include <mutex>

namespace sw::services {

namespace {

constexpr int kMaxLoggedLoginLength = 64;

Error badCredentials()
{
    // One message for unknown login, wrong password and inactive account, so the
    // sign-in dialog does not tell a guesser which logins exist.
    return makeError(ErrorCode::BadCredentials,
                     QCoreApplication::translate("AuthService", "The login or password is incorrect."));
}

// A hash to verify against when the login is unknown, so that answering "no such
// user" takes as long as answering "wrong password".
const QString& dummyHash()
{
    static std::once_flag once;
    static QString hash;
    std::call_once(once, [] { hash = domain::hashPassword(QStringLiteral("shopwarden-timing-equaliser")); });
    return hash;
}

struct StoredUser
{
    QString id;
    QString login;
    QString displayName;
    QString passwordHash;
    QString teamId;
    bool active = false;
};

// Who a failed attempt is attributed to: nobody is signed in, so the actor carries
// only the login that was typed (never the password).
Actor anonymous(const QString& typedLogin)
{
    Actor a;
    a.login = typedLogin.left(kMaxLoggedLoginLength);
    return a;
}

} // namespace

AuthService::AuthService(storage::Database& db, const Clock* clock)
    : m_db(db)
    , m_clock(clock ? clock : &Clock::system())
{}

bool AuthService::hasUsers() const
{
    QSqlQuery q(m_db.connection());
    if (!execQuery(q, QStringLiteral("SELECT 1 FROM users WHERE deleted = 0 LIMIT 1")).ok())
        return false;
    return q.next();
}

Result<Actor> AuthService::login(const QString& login, const QString& password)
{
    const domain::LoginPolicy policy;
    const QString typed = login.trimmed();
    QSqlDatabase db = m_db.connection();

    std::optional<StoredUser> user;
    {
        QSqlQuery q(db);
        SW_TRY(execQuery(
            q,
            QStringLiteral("SELECT id, login, display_name, password_hash, team_id, active FROM users "
                           "WHERE login = ? AND deleted = 0"),
            {typed}));
        if (!typed.isEmpty() && q.next()) {
            user = StoredUser{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                              q.value(3).toString(), q.value(4).toString(), q.value(5).toLongLong() != 0};
        }
    }

    if (!user) {
        domain::verifyPassword(password, dummyHash());
        auto tx = WriteTransaction::begin(db, anonymous(typed), m_clock);
        if (!tx)
            return tx.error();
        SW_TRY(tx->audit(QStringLiteral("login.failed"), QStringLiteral("users"), QString(), {},
                         {{QStringLiteral("reason"), QStringLiteral("unknown_login")}}));
        SW_TRY(tx->commit());
        return badCredentials();
    }

    // A locked account is refused before the password is even looked at: trying
    // passwords against it must not tell anything.
    QDateTime lockedUntil;
    {
        QSqlQuery q(db);
        SW_TRY(execQuery(q, QStringLiteral("SELECT locked_until FROM local_logins WHERE user_id = ?"),
                         {user->id}));
        if (q.next())
            lockedUntil = fromDbTime(q.value(0));
    }
    const QDateTime now = m_clock->now();
    if (policy.isLocked(lockedUntil, now)) {
        auto tx = WriteTransaction::begin(db, anonymous(typed), m_clock);
        if (!tx)
            return tx.error();
        SW_TRY(tx->audit(QStringLiteral("login.failed"), QStringLiteral("users"), user->id, {},
                         {{QStringLiteral("reason"), QStringLiteral("locked")}}));
        SW_TRY(tx->commit());
        const QString until = QLocale().toString(lockedUntil.toLocalTime(), QLocale::ShortFormat);
        return makeError(ErrorCode::AccountLocked,
                         QCoreApplication::translate("AuthService",
                                                     "This account is locked after too many failed sign-in "
                                                     "attempts. Try again after %1 or ask an administrator "
                                                     "to unlock it.")
                             .arg(until));
    }

    const bool passwordOk = domain::verifyPassword(password, user->passwordHash);
    if (!passwordOk || !user->active) {
        auto tx = WriteTransaction::begin(db, anonymous(typed), m_clock);
        if (!tx)
            return tx.error();
        // Read the count inside the write transaction so concurrent attempts all count.
        QSqlQuery ensure(db);
        SW_TRY(execQuery(ensure, QStringLiteral("INSERT OR IGNORE INTO local_logins (user_id) VALUES (?)"),
                         {user->id}));
        QSqlQuery read(db);
        SW_TRY(execQuery(read, QStringLiteral("SELECT failed_count FROM local_logins WHERE user_id = ?"),
                         {user->id}));
        const int before = read.next() ? read.value(0).toInt() : 0;
        read.finish();
        const auto outcome = policy.afterFailure(before, now);
        QSqlQuery write(db);
        SW_TRY(
            execQuery(write,
                      QStringLiteral("UPDATE local_logins SET failed_count = ?, "
                                     "locked_until = COALESCE(?, locked_until) WHERE user_id = ?"),
                      {outcome.failedCount,
                       outcome.lockedUntil.isValid() ? QVariant(toDbTime(outcome.lockedUntil)) : QVariant(),
                       user->id}));
        QVariantMap after{{QStringLiteral("reason"),
                           user->active ? QStringLiteral("bad_password") : QStringLiteral("inactive")}};
        if (outcome.lockedUntil.isValid())
            after.insert(QStringLiteral("locked_until"), toDbTime(outcome.lockedUntil));
        SW_TRY(tx->audit(QStringLiteral("login.failed"), QStringLiteral("users"), user->id, {}, after));
        SW_TRY(tx->commit());
        return badCredentials();
    }

    Actor actor;
    actor.userId = user->id;
    actor.login = user->login;
    actor.displayName = user->displayName;
    actor.teamId = user->teamId;
    {
        QSqlQuery q(db);
        SW_TRY(execQuery(q,
                         QStringLiteral("SELECT r.code FROM user_roles ur JOIN roles r ON r.id = ur.role_id "
                                        "WHERE ur.user_id = ? AND ur.deleted = 0"),
                         {user->id}));
        while (q.next()) {
            domain::Role role;
            if (domain::roleFromCode(q.value(0).toString(), &role))
                actor.roles << role;
        }
        std::sort(actor.roles.begin(), actor.roles.end());
    }

    auto tx = WriteTransaction::begin(db, actor, m_clock);
    if (!tx)
        return tx.error();
    QSqlQuery ensure(db);
    SW_TRY(execQuery(ensure, QStringLiteral("INSERT OR IGNORE INTO local_logins (user_id) VALUES (?)"),
                     {user->id}));
    QSqlQuery write(db);
    SW_TRY(execQuery(write,
                     QStringLiteral("UPDATE local_logins SET failed_count = 0, locked_until = NULL, "
                                    "last_login_at = ? WHERE user_id = ?"),
                     {toDbTime(now), user->id}));
    SW_TRY(tx->audit(QStringLiteral("login.ok"), QStringLiteral("users"), user->id));
    SW_TRY(tx->commit());
    return actor;
}

} // namespace sw::services
