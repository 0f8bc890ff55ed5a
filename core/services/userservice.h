#pragma once

// Users, their roles and teams (admin's "Users" pane). Every method checks the
// actor's permission itself; the pane hiding a button is only a convenience.

#include "result.h"
#include "services/actor.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace sw { class Clock; }
namespace sw::storage { class Database; }

namespace sw::services {

struct Team
{
    QString id;
    QString name;
};

struct UserInfo
{
    QString id;
    QString login;
    QString displayName;
    QString teamId;
    QString teamName;
    QList<domain::Role> roles;
    bool active = true;
    QDateTime lastLoginAt; // null if never
    QDateTime lockedUntil; // null if not locked
    QDateTime createdAt;
};

struct UserDraft
{
    QString login;        // 3–32 chars: letters, digits, '.', '_', '-'; unique (case-insensitive)
    QString displayName;  // 1–64 chars
    QString teamId;       // empty = no team
    QList<domain::Role> roles; // at least one
    bool active = true;
};

class UserService
{
public:
    UserService(storage::Database& db, Actor actor, const Clock* clock = nullptr);

    static constexpr int kMinPasswordLength = 8;
    // Translated reason why a password is unacceptable, or empty if fine.
    static QString passwordProblem(const QString& password);

    Result<QList<UserInfo>> list() const;           // every user, active or not (ManageUsers)
    Result<UserInfo> get(const QString& id) const;  // ManageUsers, or the actor themself

    Result<QString> create(const UserDraft& draft, const QString& password);
    Status update(const QString& id, const UserDraft& draft); // login is not changeable
    Status setActive(const QString& id, bool active);         // can't deactivate yourself
    Status resetPassword(const QString& id, const QString& newPassword);
    Status changeOwnPassword(const QString& oldPassword, const QString& newPassword);
    Status unlock(const QString& id);

    Result<QList<Team>> teams() const;
    Result<QString> createTeam(const QString& name);

    // First-run only: creates the first administrator when there are no users.
    static Result<QString> createFirstAdmin(storage::Database& db, const QString& login,
                                            const QString& displayName, const QString& password);

private:
    storage::Database& m_db;
    Actor m_actor;
    const Clock* m_clock;
};

} // namespace sw::services
