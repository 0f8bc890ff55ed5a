#include "services/demodata.h"

#include "services/demostaff_p.h"
#include "services/sqlsupport.h"
#include "services/userservice.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace sw::services {

using domain::Role;

namespace {

struct DemoUser
{
    const char* login;
    const char* name;
    QList<Role> roles;
    int team; // index into kTeams, -1 = none
};

const char* const kTeams[] = {"华东客服一组", "华南客服二组", "商家审核组", "培训与质检组"};

} // namespace

QString demoPassword()
{
    return QStringLiteral("demo-2026");
}

Result<DemoCredentials> createDemoData(storage::Database& db)
{
    const QString password = demoPassword();
    auto adminId = UserService::createFirstAdmin(db, QStringLiteral("admin"),
                                                 QStringLiteral("系统管理员 王敏"), password);
    if (!adminId)
        return adminId.error();

    Actor admin = Actor::system();
    admin.userId = *adminId;
    admin.login = QStringLiteral("admin");
    UserService users(db, admin);

    QStringList teamIds;
    for (const char* team : kTeams) {
        auto id = users.createTeam(QString::fromUtf8(team));
        if (!id)
            return id.error();
        teamIds << *id;
    }

    const QList<DemoUser> people = {
        {"manager", "经理 陈立华", {Role::Manager}, -1},
        {"lead1", "客服主管 李娜", {Role::Lead}, 0},
        {"agent1", "客服专员 张伟", {Role::Agent}, 0},
        {"agent2", "客服专员 刘洋", {Role::Agent}, 0},
        {"lead2", "客服主管 黄静", {Role::Lead}, 1},
        {"agent3", "客服专员 赵磊", {Role::Agent}, 1},
        {"auditor1", "审核专员 周婷", {Role::Auditor}, 2},
        {"auditor2", "审核专员 吴强", {Role::Auditor}, 2},
        {"trainer1", "培训专员 孙丽", {Role::Trainer}, 3},
    };

    DemoCredentials credentials;
    credentials.logins.append({QStringLiteral("admin"), password});
    for (const DemoUser& person : people) {
        UserDraft draft;
        draft.login = QString::fromLatin1(person.login);
        draft.displayName = QString::fromUtf8(person.name);
        draft.roles = person.roles;
        draft.teamId = person.team >= 0 ? teamIds.at(person.team) : QString();
        auto id = users.create(draft, password);
        if (!id)
            return id.error();
        credentials.logins.append({draft.login, password});
    }
    return credentials;
}

namespace demo {

Result<Actor> staff(QSqlDatabase db, const QString& login, domain::Role role)
{
    QSqlQuery q(db);
    SW_TRY(execQuery(q,
                     QStringLiteral("SELECT id, display_name, COALESCE(team_id, '') FROM users "
                                    "WHERE login = ? AND deleted = 0 AND active = 1"),
                     {login}));
    if (!q.next())
        return makeError(ErrorCode::NotFound, QStringLiteral("demo user missing"), login);
    return Actor{q.value(0).toString(), login, q.value(1).toString(), q.value(2).toString(), {role}};
}

Result<bool> hasRows(QSqlDatabase db, const QString& table)
{
    QSqlQuery q(db);
    // table is one of the demo files' own literals, never input.
    SW_TRY(execQuery(q, QStringLiteral("SELECT EXISTS (SELECT 1 FROM %1)").arg(table)));
    return q.next() && q.value(0).toBool();
}

} // namespace demo

} // namespace sw::services
