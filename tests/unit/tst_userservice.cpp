#include "clock.h"
#include "domain/roles.h"
#include "services/authservice.h"
#include "services/userservice.h"
#include "support/servicefixture.h"

#include <QtTest>

using namespace sw;
using namespace sw::services;
using domain::Role;

class TestUserService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void firstAdminOnlyOnce();
    void nonAdminRefusedEverywhere_data();
    void nonAdminRefusedEverywhere();
    void validationRefusesAndSavesNothing_data();
    void validationRefusesAndSavesNothing();
    void loginUniqueCaseInsensitive();
    void createAssignsRolesAndTeam();
    void createWritesOutboxAndAudit();
    void updateChangesRolesAndTeam();
    void separationOfDutyIsAllowedButDetectable();
    void cannotDeactivateOrDemoteYourself();
    void lastActiveAdminProtected();
    void deactivateAndReactivate();
    void resetPasswordThenLoginWorks();
    void changeOwnPassword();
    void getSelfWithoutPermission();
    void teamsCreateAndList();
    void unlockClearsLock();

private:
    UserDraft draft(const QString& login, QList<Role> roles = {Role::Agent}, const QString& team = {});
    qint64 auditCount() { return m_fx.count(QStringLiteral("audit_log")); }

    swtest::ServiceFixture m_fx;
    Actor m_admin;
    std::unique_ptr<ManualClock> m_clock;
};

void TestUserService::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestUserService::init()
{
    QString why;
    QVERIFY2(m_fx.create(&why), qPrintable(why));
    m_admin = m_fx.firstAdmin();
    m_clock = std::make_unique<ManualClock>(swtest::fixedStart());
}

void TestUserService::cleanup()
{
    m_fx.destroy();
}

UserDraft TestUserService::draft(const QString& login, QList<Role> roles, const QString& team)
{
    UserDraft d;
    d.login = login;
    d.displayName = QStringLiteral("用户 ") + login;
    d.roles = roles;
    d.teamId = team;
    return d;
}

void TestUserService::firstAdminOnlyOnce()
{
    QCOMPARE(m_fx.count(QStringLiteral("users")), 1);
    QCOMPARE(m_fx.scalar(QStringLiteral("SELECT updated_by FROM users")).toString(), Actor::systemId());
    QCOMPARE(m_fx.scalar(QStringLiteral("SELECT actor_login FROM audit_log WHERE seq = 1")).toString(),
             QStringLiteral("system"));
    auto again = UserService::createFirstAdmin(m_fx.db(), QStringLiteral("second"), QStringLiteral("Second"),
                                               QStringLiteral("another-password"));
    QVERIFY(!again.ok());
    QCOMPARE(again.code(), ErrorCode::Conflict);
    QCOMPARE(m_fx.count(QStringLiteral("users")), 1);

    UserService service(m_fx.db(), m_admin);
    auto me = service.get(m_admin.userId);
    QVERIFY(me.ok());
    QCOMPARE(me->roles, QList<Role>{Role::Admin});
    QVERIFY(me->teamId.isEmpty());
    QVERIFY(me->active);
}

void TestUserService::nonAdminRefusedEverywhere_data()
{
    QTest::addColumn<QList<Role>>("roles");
    QTest::addColumn<QString>("method");
    const QStringList methods{"list",      "get",           "create", "update",
                              "setActive", "resetPassword", "unlock", "createTeam"};
    const QList<QPair<const char*, QList<Role>>> actors{{"manager", {Role::Manager}},
                                                        {"agent+lead", {Role::Agent, Role::Lead}},
                                                        {"auditor+trainer", {Role::Auditor, Role::Trainer}}};
    for (const auto& [name, roles] : actors) {
        for (const QString& m : methods)
            QTest::addRow("%s %s", name, qPrintable(m)) << roles << m;
    }
}

void TestUserService::nonAdminRefusedEverywhere()
{
    QFETCH(QList<Role>, roles);
    QFETCH(QString, method);
    UserService admin(m_fx.db(), m_admin, m_clock.get());
    auto victim = admin.create(draft(QStringLiteral("victim")), QStringLiteral("victim-password"));
    QVERIFY(victim.ok());
    const Actor someone{QStringLiteral("33333333-3333-4333-8333-333333333333"),
                        QStringLiteral("someone"),
                        QStringLiteral("Someone"),
                        {},
                        roles};
    UserService service(m_fx.db(), someone, m_clock.get());
    const qint64 audits = auditCount();
    const qint64 outbox = m_fx.count(QStringLiteral("sync_outbox"));

    Error error;
    auto capture = [&](const auto& r) {
        QVERIFY(!r.ok());
        error = r.error();
    };
    if (method == "list")
        capture(service.list());
    else if (method == "get")
        capture(service.get(*victim));
    else if (method == "create")
        capture(service.create(draft(QStringLiteral("newbie")), QStringLiteral("newbie-password")));
    else if (method == "update")
        capture(service.update(*victim, draft(QStringLiteral("victim"), {Role::Admin})));
    else if (method == "setActive")
        capture(service.setActive(*victim, false));
    else if (method == "resetPassword")
        capture(service.resetPassword(*victim, QStringLiteral("hijacked-password")));
    else if (method == "unlock")
        capture(service.unlock(*victim));
    else if (method == "createTeam")
        capture(service.createTeam(QStringLiteral("Team X")));
    else
        QFAIL("unknown method");

    QCOMPARE(error.code, ErrorCode::PermissionDenied);
    QVERIFY(error.message.contains(method == "createTeam" ? QStringLiteral("manage teams")
                                                          : QStringLiteral("manage users")));
    QCOMPARE(auditCount(), audits);
    QCOMPARE(m_fx.count(QStringLiteral("sync_outbox")), outbox);
    QCOMPARE(m_fx.count(QStringLiteral("users WHERE active = 1")), 2);
    QCOMPARE(m_fx.count(QStringLiteral("user_roles WHERE deleted = 0")), 2);
    QCOMPARE(m_fx.count(QStringLiteral("teams")), 0);
}

void TestUserService::validationRefusesAndSavesNothing_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<QString>("displayName");
    QTest::addColumn<QList<Role>>("roles");
    QTest::addColumn<QString>("team");
    QTest::addColumn<QString>("password");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("messagePart");

    const QList<Role> agent{Role::Agent};
    const int invalid = int(ErrorCode::InvalidInput);
    QTest::newRow("login too short") << "ab"
                                     << "Name" << agent << ""
                                     << "long-enough" << invalid << "3 to 32";
    QTest::newRow("login too long") << QString(33, QLatin1Char('a')) << "Name" << agent << ""
                                    << "long-enough" << invalid << "3 to 32";
    QTest::newRow("login with space") << "li lei"
                                      << "Name" << agent << ""
                                      << "long-enough" << invalid << "letters";
    QTest::newRow("login chinese") << "李雷"
                                   << "Name" << agent << ""
                                   << "long-enough" << invalid << "letters";
    QTest::newRow("login empty") << ""
                                 << "Name" << agent << ""
                                 << "long-enough" << invalid << "3 to 32";
    QTest::newRow("name empty") << "lilei"
                                << "   " << agent << ""
                                << "long-enough" << invalid << "name";
    QTest::newRow("name too long") << "lilei" << QString(65, QChar(0x674E)) << agent << ""
                                   << "long-enough" << invalid << "1 to 64";
    QTest::newRow("no role") << "lilei"
                             << "Name" << QList<Role>{} << ""
                             << "long-enough" << invalid << "role";
    QTest::newRow("unknown team") << "lilei"
                                  << "Name" << agent << "no-such-team"
                                  << "long-enough" << invalid << "team";
    QTest::newRow("password short") << "lilei"
                                    << "Name" << agent << ""
                                    << "short12" << invalid << "at least 8";
    QTest::newRow("password = login") << "lilei123"
                                      << "Name" << agent << ""
                                      << "LILEI123" << invalid << "same as the login";
    QTest::newRow("password spaces") << "lilei"
                                     << "Name" << agent << ""
                                     << "          " << invalid << "spaces";
    QTest::newRow("login taken") << "ADMIN"
                                 << "Name" << agent << ""
                                 << "long-enough" << int(ErrorCode::Conflict) << "already taken";
}

void TestUserService::validationRefusesAndSavesNothing()
{
    QFETCH(QString, login);
    QFETCH(QString, displayName);
    QFETCH(QList<Role>, roles);
    QFETCH(QString, team);
    QFETCH(QString, password);
    QFETCH(int, code);
    QFETCH(QString, messagePart);
    UserService service(m_fx.db(), m_admin, m_clock.get());
    const qint64 audits = auditCount();
    UserDraft d;
    d.login = login;
    d.displayName = displayName;
    d.roles = roles;
    d.teamId = team;
    auto r = service.create(d, password);
    QVERIFY(!r.ok());
    QCOMPARE(int(r.code()), code);
    QVERIFY2(r.message().contains(messagePart, Qt::CaseInsensitive), qPrintable(r.message()));
    QCOMPARE(m_fx.count(QStringLiteral("users")), 1);
    QCOMPARE(auditCount(), audits);
    QCOMPARE(m_fx.count(QStringLiteral("sync_outbox")), 2); // only the first admin's user + role
}

void TestUserService::loginUniqueCaseInsensitive()
{
    UserService service(m_fx.db(), m_admin, m_clock.get());
    QVERIFY(service.create(draft(QStringLiteral("Alice")), QStringLiteral("alice-password")).ok());
    auto dup = service.create(draft(QStringLiteral("aLICE")), QStringLiteral("alice-password")).error();
    QCOMPARE(dup.code, ErrorCode::Conflict);
    QVERIFY(dup.message.contains(QStringLiteral("aLICE")));
    // Leading/trailing spaces are not part of a login.
    auto spaced = service.create(draft(QStringLiteral(" alice ")), QStringLiteral("alice-password"));
    QCOMPARE(spaced.code(), ErrorCode::Conflict);
    QCOMPARE(m_fx.count(QStringLiteral("users")), 2);
}

void TestUserService::createAssignsRolesAndTeam()
{
    UserService service(m_fx.db(), m_admin, m_clock.get());
    auto team = service.createTeam(QStringLiteral("售后一组"));
    QVERIFY(team.ok());
    auto id = service.create(draft(QStringLiteral("lilei"), {Role::Lead, Role::Agent}, *team),
                             QStringLiteral("lilei-password"));
    QVERIFY2(id.ok(), qPrintable(id.message()));
    auto info = service.get(*id);
    QVERIFY(info.ok());
    QCOMPARE(info->login, QStringLiteral("lilei"));
    QCOMPARE(info->displayName, QStringLiteral("用户 lilei"));
    QCOMPARE(info->roles, (QList<Role>{Role::Agent, Role::Lead}));
    QCOMPARE(info->teamId, *team);
    QCOMPARE(info->teamName, QStringLiteral("售后一组"));
    QVERIFY(info->active);
    QCOMPARE(info->createdAt, swtest::fixedStart());
    QVERIFY(!info->lastLoginAt.isValid());

    auto all = service.list();
    QVERIFY(all.ok());
    QCOMPARE(all->size(), 2);
    QCOMPARE(all->at(0).login, QStringLiteral("admin"));
    QCOMPARE(all->at(1).teamName, QStringLiteral("售后一组"));
    QCOMPARE(m_fx.count(QStringLiteral("user_roles WHERE user_id = ? AND deleted = 0"), {*id}), 2);
    QCOMPARE(m_fx.count(QStringLiteral("user_roles WHERE user_id = ? AND role_id = ?"),
                        {*id, domain::roleId(Role::Lead)}),
             1);
    // The stored hash is Argon2id, never the password.
    const QString hash =
        m_fx.scalar(QStringLiteral("SELECT password_hash FROM users WHERE id = ?"), {*id}).toString();
    QVERIFY(hash.startsWith(QStringLiteral("$argon2id$")));
}

void TestUserService::createWritesOutboxAndAudit()
{
    UserService service(m_fx.db(), m_admin, m_clock.get());
    const qint64 audits = auditCount();
    auto id = service.create(draft(QStringLiteral("hanmei"), {Role::Auditor, Role::Trainer}),
                             QStringLiteral("hanmei-password"));
    QVERIFY(id.ok());
    QCOMPARE(m_fx.count(QStringLiteral("sync_outbox WHERE table_name = 'users' AND row_id = ?"), {*id}), 1);
    QCOMPARE(m_fx.count(QStringLiteral("sync_outbox WHERE table_name = 'user_roles'")), 3); // admin's + 2
    QCOMPARE(auditCount(), audits + 3);
    QCOMPARE(m_fx.count(QStringLiteral("audit_log WHERE action = 'user.create' AND actor_id = ?"),
                        {m_admin.userId}),
             1);
    QCOMPARE(m_fx.count(QStringLiteral("audit_log WHERE after_json LIKE '%argon2%'")), 0);
    // All of it in one transaction: one HLC.
    QCOMPARE(m_fx.count(QStringLiteral("(SELECT DISTINCT hlc FROM sync_outbox WHERE seq > 2)")), 1);
}

void TestUserService::updateChangesRolesAndTeam()
{
    UserService service(m_fx.db(), m_admin, m_clock.get());
    auto teamA = service.createTeam(QStringLiteral("A组"));
    auto teamB = service.createTeam(QStringLiteral("B组"));
    QVERIFY(teamA.ok() && teamB.ok());
    auto id = service.create(draft(QStringLiteral("zhang"), {Role::Agent, Role::Lead}, *teamA),
                             QStringLiteral("zhang-password"));
    QVERIFY(id.ok());

    UserDraft changed = draft(QStringLiteral("ignored-login"), {Role::Lead, Role::Auditor}, *teamB);
    changed.displayName = QStringLiteral("  张伟  ");
    QVERIFY(service.update(*id, changed).ok());
    auto info = service.get(*id);
    QVERIFY(info.ok());
    QCOMPARE(info->login, QStringLiteral("zhang")); // login is not changeable
    QCOMPARE(info->displayName, QStringLiteral("张伟"));
    QCOMPARE(info->roles, (QList<Role>{Role::Lead, Role::Auditor}));
    QCOMPARE(info->teamName, QStringLiteral("B组"));
    // The revoked role is a tombstone (it must sync), the kept one untouched.
    QCOMPARE(m_fx.count(QStringLiteral("user_roles WHERE user_id = ? AND role_id = ? AND deleted = 1"),
                        {*id, domain::roleId(Role::Agent)}),
             1);
    QCOMPARE(m_fx.count(QStringLiteral("audit_log WHERE action = 'user.role.revoke'")), 1);

    // Removing the team.
    changed.teamId.clear();
    const qint64 before = m_fx.count(QStringLiteral("sync_outbox"));
    QVERIFY(service.update(*id, changed).ok());
    QVERIFY(service.get(*id)->teamId.isEmpty());
    QCOMPARE(m_fx.count(QStringLiteral("sync_outbox")), before + 1);
    QVERIFY(m_fx.scalar(QStringLiteral("SELECT team_id FROM users WHERE id = ?"), {*id}).isNull());

    // The same draft again changes nothing and records nothing.
    const qint64 audits = auditCount();
    QVERIFY(service.update(*id, changed).ok());
    QCOMPARE(auditCount(), audits);
    QCOMPARE(m_fx.count(QStringLiteral("sync_outbox")), before + 1);
}

void TestUserService::separationOfDutyIsAllowedButDetectable()
{
    UserService service(m_fx.db(), m_admin, m_clock.get());
    auto id = service.create(draft(QStringLiteral("boss"), {Role::Manager, Role::Admin}),
                             QStringLiteral("boss-password"));
    QVERIFY(id.ok());
    auto info = service.get(*id);
    QVERIFY(domain::violatesSeparationOfDuty(info->roles));
    QVERIFY(!domain::violatesSeparationOfDuty(service.get(m_admin.userId)->roles));
}

void TestUserService::cannotDeactivateOrDemoteYourself()
{
    UserService service(m_fx.db(), m_admin, m_clock.get());
    // Even with a second admin present, self-lockout is refused.
    QVERIFY(service.create(draft(QStringLiteral("admin2"), {Role::Admin}), QStringLiteral("admin2-password"))
                .ok());
    const qint64 audits = auditCount();

    auto st = service.setActive(m_admin.userId, false);
    QCOMPARE(st.code(), ErrorCode::InvalidInput);
    QVERIFY(st.message().contains(QStringLiteral("your own")));

    UserDraft self = draft(QStringLiteral("admin"), {Role::Manager});
    auto demote = service.update(m_admin.userId, self);
    QCOMPARE(demote.code(), ErrorCode::InvalidInput);
    QVERIFY(demote.message().contains(QStringLiteral("your own")));
    QCOMPARE(auditCount(), audits);
    QVERIFY(service.get(m_admin.userId)->roles.contains(Role::Admin));
    QVERIFY(service.get(m_admin.userId)->active);
}

void TestUserService::lastActiveAdminProtected()
{
    // The system actor (CLI maintenance) is not a user, so the self rule does not apply;
    // the last-admin rule still does.
    UserService system(m_fx.db(), Actor::system(), m_clock.get());
    auto st = system.setActive(m_admin.userId, false);
    QCOMPARE(st.code(), ErrorCode::InvalidInput);
    QVERIFY2(st.message().contains(QStringLiteral("last active administrator")), qPrintable(st.message()));
    auto demote = system.update(m_admin.userId, draft(QStringLiteral("admin"), {Role::Agent}));
    QCOMPARE(demote.code(), ErrorCode::InvalidInput);

    // An inactive second admin does not count.
    auto other =
        system.create(draft(QStringLiteral("admin2"), {Role::Admin}), QStringLiteral("admin2-password"));
    QVERIFY(other.ok());
    QVERIFY(system.setActive(*other, false).ok());
    QCOMPARE(system.setActive(m_admin.userId, false).code(), ErrorCode::InvalidInput);

    // Once another admin is active, the first may go.
    QVERIFY(system.setActive(*other, true).ok());
    QVERIFY(system.setActive(m_admin.userId, false).ok());
    QCOMPARE(system.update(*other, draft(QStringLiteral("admin2"), {Role::Agent})).code(),
             ErrorCode::InvalidInput);
}

void TestUserService::deactivateAndReactivate()
{
    UserService service(m_fx.db(), m_admin, m_clock.get());
    auto id = service.create(draft(QStringLiteral("wuyan")), QStringLiteral("wuyan-password"));
    QVERIFY(id.ok());
    QVERIFY(service.setActive(*id, false).ok());
    QVERIFY(!service.get(*id)->active);
    QCOMPARE(
        m_fx.count(QStringLiteral("audit_log WHERE action = 'user.deactivate' AND entity_id = ?"), {*id}), 1);
    AuthService auth(m_fx.db(), m_clock.get());
    QCOMPARE(auth.login(QStringLiteral("wuyan"), QStringLiteral("wuyan-password")).code(),
             ErrorCode::BadCredentials);
    QVERIFY(service.setActive(*id, true).ok());
    QVERIFY(auth.login(QStringLiteral("wuyan"), QStringLiteral("wuyan-password")).ok());
    QCOMPARE(service.setActive(QStringLiteral("nobody"), false).code(), ErrorCode::NotFound);
}

void TestUserService::resetPasswordThenLoginWorks()
{
    UserService service(m_fx.db(), m_admin, m_clock.get());
    auto id = service.create(draft(QStringLiteral("zhou")), QStringLiteral("first-password"));
    QVERIFY(id.ok());
    QCOMPARE(service.resetPassword(*id, QStringLiteral("short")).code(), ErrorCode::InvalidInput);
    QCOMPARE(service.resetPassword(*id, QStringLiteral("ZHOU")).code(), ErrorCode::InvalidInput);
    QVERIFY(service.resetPassword(*id, QStringLiteral("second-password")).ok());

    AuthService auth(m_fx.db(), m_clock.get());
    QCOMPARE(auth.login(QStringLiteral("zhou"), QStringLiteral("first-password")).code(),
             ErrorCode::BadCredentials);
    auto actor = auth.login(QStringLiteral("zhou"), QStringLiteral("second-password"));
    QVERIFY2(actor.ok(), qPrintable(actor.message()));
    QCOMPARE(actor->userId, *id);
    QCOMPARE(m_fx.count(QStringLiteral("audit_log WHERE action = 'user.password.reset' AND after_json = ?"),
                        {QStringLiteral("{\"password_hash\":\"***\"}")}),
             1);
    auto info = service.get(*id);
    QCOMPARE(info->lastLoginAt, swtest::fixedStart());
}

void TestUserService::changeOwnPassword()
{
    UserService admin(m_fx.db(), m_admin, m_clock.get());
    auto id = admin.create(draft(QStringLiteral("qian")), QStringLiteral("qian-password"));
    QVERIFY(id.ok());
    const Actor self{*id, QStringLiteral("qian"), QString(), {}, {Role::Agent}};
    UserService service(m_fx.db(), self, m_clock.get());
    QCOMPARE(
        service.changeOwnPassword(QStringLiteral("wrong-password"), QStringLiteral("new-password")).code(),
        ErrorCode::BadCredentials);
    QCOMPARE(service.changeOwnPassword(QStringLiteral("qian-password"), QStringLiteral("short")).code(),
             ErrorCode::InvalidInput);
    QVERIFY(service.changeOwnPassword(QStringLiteral("qian-password"), QStringLiteral("new-password")).ok());
    AuthService auth(m_fx.db(), m_clock.get());
    QVERIFY(auth.login(QStringLiteral("qian"), QStringLiteral("new-password")).ok());
}

void TestUserService::getSelfWithoutPermission()
{
    UserService admin(m_fx.db(), m_admin, m_clock.get());
    auto id = admin.create(draft(QStringLiteral("sun")), QStringLiteral("sun-password"));
    QVERIFY(id.ok());
    UserService self(m_fx.db(), Actor{*id, QStringLiteral("sun"), QString(), {}, {Role::Agent}},
                     m_clock.get());
    auto me = self.get(*id);
    QVERIFY(me.ok());
    QCOMPARE(me->login, QStringLiteral("sun"));
    QCOMPARE(self.get(m_admin.userId).code(), ErrorCode::PermissionDenied);
    QCOMPARE(admin.get(QStringLiteral("missing")).code(), ErrorCode::NotFound);
}

void TestUserService::teamsCreateAndList()
{
    UserService service(m_fx.db(), m_admin, m_clock.get());
    QVERIFY(service.createTeam(QStringLiteral("乙组")).ok());
    QVERIFY(service.createTeam(QStringLiteral("  甲组 ")).ok());
    QCOMPARE(service.createTeam(QStringLiteral("乙组")).code(), ErrorCode::Conflict);
    QCOMPARE(service.createTeam(QStringLiteral("   ")).code(), ErrorCode::InvalidInput);
    auto teams = service.teams();
    QVERIFY(teams.ok());
    QCOMPARE(teams->size(), 2);
    QStringList names;
    for (const Team& t : *teams)
        names << t.name;
    QVERIFY(names.contains(QStringLiteral("甲组")));
    QCOMPARE(m_fx.count(QStringLiteral("sync_outbox WHERE table_name = 'teams'")), 2);
    QCOMPARE(m_fx.count(QStringLiteral("audit_log WHERE action = 'team.create'")), 2);
}

void TestUserService::unlockClearsLock()
{
    UserService service(m_fx.db(), m_admin, m_clock.get());
    auto id = service.create(draft(QStringLiteral("zheng")), QStringLiteral("zheng-password"));
    QVERIFY(id.ok());
    AuthService auth(m_fx.db(), m_clock.get());
    for (int i = 0; i < 5; ++i)
        QCOMPARE(auth.login(QStringLiteral("zheng"), QStringLiteral("bad-password")).code(),
                 ErrorCode::BadCredentials);
    QCOMPARE(auth.login(QStringLiteral("zheng"), QStringLiteral("zheng-password")).code(),
             ErrorCode::AccountLocked);
    QCOMPARE(service.get(*id)->lockedUntil, swtest::fixedStart().addSecs(15 * 60));
    QVERIFY(service.unlock(*id).ok());
    QVERIFY(!service.get(*id)->lockedUntil.isValid());
    QCOMPARE(m_fx.count(QStringLiteral("audit_log WHERE action = 'user.unlock' AND entity_id = ?"), {*id}),
             1);
    QVERIFY(auth.login(QStringLiteral("zheng"), QStringLiteral("zheng-password")).ok());
    QCOMPARE(service.unlock(QStringLiteral("missing")).code(), ErrorCode::NotFound);
}

QTEST_GUILESS_MAIN(TestUserService)
#include "tst_userservice.moc"
