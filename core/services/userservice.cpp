#include "services/userservice.h"

#include "clock.h"
#include "domain/loginpolicy.h"
#include "domain/password.h"
#include "services/sqlsupport.h"
#include "services/writetransaction.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QRegularExpression>
#include <QSqlQuery>

#include <algorithm>

namespace sw::services {

using domain::Permission;
using domain::Role;

namespace {

Error invalid(const QString& message)
{
    return makeError(ErrorCode::InvalidInput, message);
}

constexpr int kMaxNameLength = 64;

Status checkLoginFormat(const QString& login)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9._-]{3,32}$"));
    if (!re.match(login).hasMatch()) {
        return invalid(QCoreApplication::translate(
            "UserService", "The login must be 3 to 32 characters long and may contain only letters, "
                           "digits, '.', '_' and '-'."));
    }
    return {};
}

Status checkDisplayName(const QString& trimmed)
{
    if (trimmed.isEmpty() || trimmed.size() > kMaxNameLength)
        return invalid(QCoreApplication::translate("UserService", "The name must be 1 to %1 characters long.")
                           .arg(kMaxNameLength));
    return {};
}

Status checkRoles(const QList<Role>& roles)
{
    if (roles.isEmpty())
        return invalid(QCoreApplication::translate("UserService", "Choose at least one role."));
    return {};
}

Status checkPasswordForLogin(const QString& password, const QString& login)
{
    const QString problem = UserService::passwordProblem(password);
    if (!problem.isEmpty())
        return invalid(problem);
    if (password.compare(login, Qt::CaseInsensitive) == 0)
        return invalid(
            QCoreApplication::translate("UserService", "The password must not be the same as the login."));
    return {};
}

Result<QString> hashOrFail(const QString& password)
{
    const QString hash = domain::hashPassword(password);
    if (hash.isEmpty()) {
        return makeError(ErrorCode::Internal,
                         QCoreApplication::translate(
                             "UserService",
                             "The password could not be protected because the computer is short of memory. "
                             "Close other programs and try again."));
    }
    return hash;
}

QVariant teamValue(const QString& teamId)
{
    // An empty team is stored as NULL (the column references teams.id).
    return teamId.isEmpty() ? QVariant() : QVariant(teamId);
}

Status checkLoginFree(QSqlDatabase db, const QString& login)
{
    QSqlQuery q(db);
    // users.login is COLLATE NOCASE, so '=' compares case-insensitively.
    SW_TRY(execQuery(q, QStringLiteral("SELECT 1 FROM users WHERE login = ? AND deleted = 0"), {login}));
    if (q.next())
        return makeError(
            ErrorCode::Conflict,
            QCoreApplication::translate("UserService", "The login “%1” is already taken.").arg(login));
    return {};
}

Status checkTeamExists(QSqlDatabase db, const QString& teamId)
{
    if (teamId.isEmpty())
        return {};
    QSqlQuery q(db);
    SW_TRY(execQuery(q, QStringLiteral("SELECT 1 FROM teams WHERE id = ? AND deleted = 0"), {teamId}));
    if (!q.next())
        return invalid(
            QCoreApplication::translate("UserService", "The chosen team does not exist any more."));
    return {};
}

// user_roles rows of one user: role → row id (live rows only).
Result<QMap<Role, QString>> roleRows(QSqlDatabase db, const QString& userId)
{
    QSqlQuery q(db);
    SW_TRY(
        execQuery(q,
                  QStringLiteral("SELECT ur.id, r.code FROM user_roles ur JOIN roles r ON r.id = ur.role_id "
                                 "WHERE ur.user_id = ? AND ur.deleted = 0"),
                  {userId}));
    QMap<Role, QString> rows;
    while (q.next()) {
        Role role;
        if (domain::roleFromCode(q.value(1).toString(), &role))
            rows.insert(role, q.value(0).toString());
    }
    return rows;
}

Status writeRoles(WriteTransaction& tx, const QString& userId, const QList<Role>& wanted)
{
    auto current = roleRows(tx.database(), userId);
    if (!current)
        return current.error();
    for (Role role : domain::allRoles()) {
        const bool has = current->contains(role);
        if (wanted.contains(role) && !has) {
            auto id = tx.insert(
                QStringLiteral("user_roles"),
                {{QStringLiteral("user_id"), userId}, {QStringLiteral("role_id"), domain::roleId(role)}},
                QStringLiteral("user.role.grant"));
            if (!id)
                return id.error();
        } else if (!wanted.contains(role) && has) {
            SW_TRY(tx.remove(QStringLiteral("user_roles"), current->value(role),
                             QStringLiteral("user.role.revoke")));
        }
    }
    return {};
}

struct AdminState
{
    bool active = false;
    bool admin = false;
};

Result<AdminState> adminState(QSqlDatabase db, const QString& userId)
{
    QSqlQuery q(db);
    SW_TRY(execQuery(q, QStringLiteral("SELECT active FROM users WHERE id = ? AND deleted = 0"), {userId}));
    if (!q.next())
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("UserService", "The user no longer exists."));
    AdminState s;
    s.active = q.value(0).toLongLong() != 0;
    auto roles = roleRows(db, userId);
    if (!roles)
        return roles.error();
    s.admin = roles->contains(Role::Admin);
    return s;
}

// Refuses a change that would leave the workstation without any active administrator,
// or that takes away the actor's own administration rights mid-session.
Status checkAdminRemains(QSqlDatabase db, const Actor& actor, const QString& userId, bool willBeActive,
                         bool willBeAdmin)
{
    auto state = adminState(db, userId);
    if (!state)
        return state.error();
    if (userId == actor.userId) {
        if (state->active && !willBeActive)
            return invalid(
                QCoreApplication::translate("UserService", "You cannot deactivate your own account."));
        if (state->admin && !willBeAdmin)
            return invalid(QCoreApplication::translate(
                "UserService", "You cannot remove the administrator role from your own account."));
    }
    const bool losesAdmin = state->active && state->admin && !(willBeActive && willBeAdmin);
    if (!losesAdmin)
        return {};
    QSqlQuery q(db);
    SW_TRY(execQuery(q,
                     QStringLiteral("SELECT COUNT(*) FROM users u JOIN user_roles ur ON ur.user_id = u.id "
                                    "AND ur.deleted = 0 AND ur.role_id = ? "
                                    "WHERE u.deleted = 0 AND u.active = 1 AND u.id <> ?"),
                     {domain::roleId(Role::Admin), userId}));
    if (!q.next() || q.value(0).toLongLong() == 0) {
        return invalid(QCoreApplication::translate(
            "UserService", "This is the last active administrator. Give another user the administrator "
                           "role first."));
    }
    return {};
}

const QString kUserSelect =
    QStringLiteral("SELECT u.id, u.login, u.display_name, u.team_id, t.name, u.active, u.created_at, "
                   "l.last_login_at, l.locked_until FROM users u "
                   "LEFT JOIN teams t ON t.id = u.team_id AND t.deleted = 0 "
                   "LEFT JOIN local_logins l ON l.user_id = u.id WHERE u.deleted = 0");

UserInfo userFromQuery(const QSqlQuery& q, const QDateTime& now)
{
    UserInfo u;
    u.id = q.value(0).toString();
    u.login = q.value(1).toString();
    u.displayName = q.value(2).toString();
    u.teamId = q.value(3).toString();
    u.teamName = q.value(4).toString();
    u.active = q.value(5).toLongLong() != 0;
    u.createdAt = fromDbTime(q.value(6));
    u.lastLoginAt = fromDbTime(q.value(7));
    const QDateTime lockedUntil = fromDbTime(q.value(8));
    if (domain::LoginPolicy().isLocked(lockedUntil, now))
        u.lockedUntil = lockedUntil;
    return u;
}

// All live role assignments, user id → roles in allRoles() order.
Result<QHash<QString, QList<Role>>> allUserRoles(QSqlDatabase db, const QString& onlyUser = {})
{
    QSqlQuery q(db);
    QString sql =
        QStringLiteral("SELECT ur.user_id, r.code FROM user_roles ur JOIN roles r ON r.id = ur.role_id "
                       "WHERE ur.deleted = 0");
    QVariantList values;
    if (!onlyUser.isEmpty()) {
        sql += QStringLiteral(" AND ur.user_id = ?");
        values << onlyUser;
    }
    SW_TRY(execQuery(q, sql, values));
    QHash<QString, QList<Role>> out;
    while (q.next()) {
        Role role;
        if (domain::roleFromCode(q.value(1).toString(), &role))
            out[q.value(0).toString()] << role;
    }
    for (auto it = out.begin(); it != out.end(); ++it) {
        std::sort(it.value().begin(), it.value().end());
    }
    return out;
}

} // namespace

UserService::UserService(storage::Database& db, Actor actor, const Clock* clock)
    : m_db(db)
    , m_actor(std::move(actor))
    , m_clock(clock ? clock : &Clock::system())
{}

QString UserService::passwordProblem(const QString& password)
{
    if (password.size() < kMinPasswordLength)
        return QCoreApplication::translate("UserService", "The password must be at least %1 characters long.")
            .arg(kMinPasswordLength);
    if (password.trimmed().isEmpty())
        return QCoreApplication::translate("UserService", "The password must not consist of spaces only.");
    return {};
}

Result<QList<UserInfo>> UserService::list() const
{
    SW_TRY(requirePermission(m_actor, Permission::ManageUsers));
    QSqlDatabase db = m_db.connection();
    auto roles = allUserRoles(db);
    if (!roles)
        return roles.error();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    SW_TRY(execQuery(q, kUserSelect + QStringLiteral(" ORDER BY u.login")));
    const QDateTime now = m_clock->now();
    QList<UserInfo> users;
    while (q.next()) {
        UserInfo u = userFromQuery(q, now);
        u.roles = roles->value(u.id);
        users << u;
    }
    return users;
}

Result<UserInfo> UserService::get(const QString& id) const
{
    if (id != m_actor.userId)
        SW_TRY(requirePermission(m_actor, Permission::ManageUsers));
    QSqlDatabase db = m_db.connection();
    QSqlQuery q(db);
    SW_TRY(execQuery(q, kUserSelect + QStringLiteral(" AND u.id = ?"), {id}));
    if (!q.next())
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("UserService", "The user no longer exists."));
    UserInfo u = userFromQuery(q, m_clock->now());
    auto roles = allUserRoles(db, id);
    if (!roles)
        return roles.error();
    u.roles = roles->value(id);
    return u;
}

Result<QString> UserService::create(const UserDraft& draft, const QString& password)
{
    SW_TRY(requirePermission(m_actor, Permission::ManageUsers));
    const QString login = draft.login.trimmed();
    const QString displayName = draft.displayName.trimmed();
    SW_TRY(checkLoginFormat(login));
    SW_TRY(checkDisplayName(displayName));
    SW_TRY(checkRoles(draft.roles));
    SW_TRY(checkPasswordForLogin(password, login));

    // Checks that need the database run before the (slow) hash so a taken login is
    // reported at once, and again inside the transaction where they are authoritative.
    QSqlDatabase db = m_db.connection();
    SW_TRY(checkLoginFree(db, login));
    SW_TRY(checkTeamExists(db, draft.teamId));
    auto hash = hashOrFail(password);
    if (!hash)
        return hash.error();

    auto tx = WriteTransaction::begin(db, m_actor, m_clock);
    if (!tx)
        return tx.error();
    SW_TRY(checkLoginFree(db, login));
    SW_TRY(checkTeamExists(db, draft.teamId));
    auto id = tx->insert(QStringLiteral("users"),
                         {{QStringLiteral("login"), login},
                          {QStringLiteral("display_name"), displayName},
                          {QStringLiteral("password_hash"), *hash},
                          {QStringLiteral("team_id"), teamValue(draft.teamId)},
                          {QStringLiteral("active"), draft.active},
                          {QStringLiteral("created_at"), toDbTime(m_clock->now())}},
                         QStringLiteral("user.create"));
    if (!id)
        return id.error();
    SW_TRY(writeRoles(*tx, *id, draft.roles));
    SW_TRY(tx->commit());
    return *id;
}

Status UserService::update(const QString& id, const UserDraft& draft)
{
    SW_TRY(requirePermission(m_actor, Permission::ManageUsers));
    const QString displayName = draft.displayName.trimmed();
    SW_TRY(checkDisplayName(displayName));
    SW_TRY(checkRoles(draft.roles));

    QSqlDatabase db = m_db.connection();
    auto tx = WriteTransaction::begin(db, m_actor, m_clock);
    if (!tx)
        return tx.error();
    SW_TRY(checkTeamExists(db, draft.teamId));
    SW_TRY(checkAdminRemains(db, m_actor, id, draft.active, draft.roles.contains(Role::Admin)));
    SW_TRY(tx->update(QStringLiteral("users"), id,
                      {{QStringLiteral("display_name"), displayName},
                       {QStringLiteral("team_id"), teamValue(draft.teamId)},
                       {QStringLiteral("active"), draft.active}},
                      QStringLiteral("user.update")));
    SW_TRY(writeRoles(*tx, id, draft.roles));
    return tx->commit();
}

Status UserService::setActive(const QString& id, bool active)
{
    SW_TRY(requirePermission(m_actor, Permission::ManageUsers));
    QSqlDatabase db = m_db.connection();
    auto tx = WriteTransaction::begin(db, m_actor, m_clock);
    if (!tx)
        return tx.error();
    auto state = adminState(db, id);
    if (!state)
        return state.error();
    SW_TRY(checkAdminRemains(db, m_actor, id, active, state->admin));
    SW_TRY(tx->update(QStringLiteral("users"), id, {{QStringLiteral("active"), active}},
                      active ? QStringLiteral("user.activate") : QStringLiteral("user.deactivate")));
    return tx->commit();
}

Status UserService::resetPassword(const QString& id, const QString& newPassword)
{
    SW_TRY(requirePermission(m_actor, Permission::ManageUsers));
    auto user = get(id);
    if (!user)
        return user.error();
    SW_TRY(checkPasswordForLogin(newPassword, user->login));
    auto hash = hashOrFail(newPassword);
    if (!hash)
        return hash.error();

    QSqlDatabase db = m_db.connection();
    auto tx = WriteTransaction::begin(db, m_actor, m_clock);
    if (!tx)
        return tx.error();
    SW_TRY(tx->update(QStringLiteral("users"), id, {{QStringLiteral("password_hash"), *hash}},
                      QStringLiteral("user.password.reset")));
    // An administrator resets a password mostly for someone locked out: the new
    // password should work at once.
    QSqlQuery q(db);
    SW_TRY(execQuery(q,
                     QStringLiteral("UPDATE local_logins SET failed_count = 0, locked_until = NULL "
                                    "WHERE user_id = ?"),
                     {id}));
    return tx->commit();
}

Status UserService::changeOwnPassword(const QString& oldPassword, const QString& newPassword)
{
    QSqlDatabase db = m_db.connection();
    QSqlQuery q(db);
    SW_TRY(execQuery(q,
                     QStringLiteral("SELECT login, password_hash FROM users WHERE id = ? AND deleted = 0 "
                                    "AND active = 1"),
                     {m_actor.userId}));
    if (!q.next())
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("UserService", "The user no longer exists."));
    const QString login = q.value(0).toString();
    const QString storedHash = q.value(1).toString();
    q.finish();
    if (!domain::verifyPassword(oldPassword, storedHash))
        return makeError(ErrorCode::BadCredentials,
                         QCoreApplication::translate("UserService", "The current password is incorrect."));
    SW_TRY(checkPasswordForLogin(newPassword, login));
    auto hash = hashOrFail(newPassword);
    if (!hash)
        return hash.error();

    auto tx = WriteTransaction::begin(db, m_actor, m_clock);
    if (!tx)
        return tx.error();
    SW_TRY(tx->update(QStringLiteral("users"), m_actor.userId, {{QStringLiteral("password_hash"), *hash}},
                      QStringLiteral("user.password.change")));
    return tx->commit();
}

Status UserService::unlock(const QString& id)
{
    SW_TRY(requirePermission(m_actor, Permission::ManageUsers));
    QSqlDatabase db = m_db.connection();
    auto tx = WriteTransaction::begin(db, m_actor, m_clock);
    if (!tx)
        return tx.error();
    auto state = adminState(db, id); // NotFound for an unknown user
    if (!state)
        return state.error();
    // local_logins is workstation bookkeeping, not a synced table: plain SQL, but the
    // unlock is still audited in the same transaction.
    QSqlQuery q(db);
    SW_TRY(execQuery(q,
                     QStringLiteral("UPDATE local_logins SET failed_count = 0, locked_until = NULL "
                                    "WHERE user_id = ?"),
                     {id}));
    SW_TRY(tx->audit(QStringLiteral("user.unlock"), QStringLiteral("users"), id));
    return tx->commit();
}

Result<QList<Team>> UserService::teams() const
{
    // Team names are not sensitive: every signed-in user may see them (e.g. in filters).
    QSqlQuery q(m_db.connection());
    SW_TRY(execQuery(q, QStringLiteral("SELECT id, name FROM teams WHERE deleted = 0 ORDER BY name")));
    QList<Team> out;
    while (q.next())
        out << Team{q.value(0).toString(), q.value(1).toString()};
    return out;
}

Result<QString> UserService::createTeam(const QString& name)
{
    SW_TRY(requirePermission(m_actor, Permission::ManageTeams));
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > kMaxNameLength)
        return invalid(
            QCoreApplication::translate("UserService", "The team name must be 1 to %1 characters long.")
                .arg(kMaxNameLength));
    QSqlDatabase db = m_db.connection();
    auto tx = WriteTransaction::begin(db, m_actor, m_clock);
    if (!tx)
        return tx.error();
    QSqlQuery q(db);
    SW_TRY(execQuery(q, QStringLiteral("SELECT 1 FROM teams WHERE name = ? AND deleted = 0"), {trimmed}));
    if (q.next())
        return makeError(
            ErrorCode::Conflict,
            QCoreApplication::translate("UserService", "A team named “%1” already exists.").arg(trimmed));
    auto id = tx->insert(QStringLiteral("teams"),
                         {{QStringLiteral("name"), trimmed}, {QStringLiteral("lead_id"), QVariant()}},
                         QStringLiteral("team.create"));
    if (!id)
        return id.error();
    SW_TRY(tx->commit());
    return *id;
}

Result<QString> UserService::createFirstAdmin(storage::Database& db, const QString& login,
                                              const QString& displayName, const QString& password)
{
    const QString trimmedLogin = login.trimmed();
    const QString trimmedName = displayName.trimmed();
    SW_TRY(checkLoginFormat(trimmedLogin));
    SW_TRY(checkDisplayName(trimmedName));
    SW_TRY(checkPasswordForLogin(password, trimmedLogin));
    auto hash = hashOrFail(password);
    if (!hash)
        return hash.error();

    const Actor system = Actor::system();
    QSqlDatabase conn = db.connection();
    auto tx = WriteTransaction::begin(conn, system);
    if (!tx)
        return tx.error();
    QSqlQuery q(conn);
    SW_TRY(execQuery(q, QStringLiteral("SELECT COUNT(*) FROM users")));
    if (q.next() && q.value(0).toLongLong() > 0)
        return makeError(ErrorCode::Conflict,
                         QCoreApplication::translate(
                             "UserService", "This database already has users; sign in as an administrator."));
    q.finish();
    auto id = tx->insert(QStringLiteral("users"),
                         {{QStringLiteral("login"), trimmedLogin},
                          {QStringLiteral("display_name"), trimmedName},
                          {QStringLiteral("password_hash"), *hash},
                          {QStringLiteral("team_id"), QVariant()},
                          {QStringLiteral("active"), true},
                          {QStringLiteral("created_at"), toDbTime(Clock::system().now())}},
                         QStringLiteral("user.create"));
    if (!id)
        return id.error();
    SW_TRY(writeRoles(*tx, *id, {Role::Admin}));
    SW_TRY(tx->commit());
    return *id;
}

} // namespace sw::services
