#include "clock.h"
#include "services/auditlog.h"
#include "services/authservice.h"
#include "services/userservice.h"
#include "support/servicefixture.h"

#include <QtTest>

using namespace sw;
using namespace sw::services;
using domain::Role;

class TestAuthService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void hasUsers();
    void successReturnsActorAndRecordsIt();
    void loginIsCaseInsensitiveAndTrimmed();
    void oneGenericMessage_data();
    void oneGenericMessage();
    void successResetsFailureCount();
    void lockoutAfterFiveFailures();
    void lockedAccountRefusesRightPasswordWithoutCounting();
    void failedAttemptsAreAuditedWithoutPassword();

private:
    swtest::ServiceFixture m_fx;
    Actor m_admin;
    QString m_userId;
    std::unique_ptr<ManualClock> m_clock;
    const QString m_password = QStringLiteral("correct-horse-42");
};

void TestAuthService::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestAuthService::init()
{
    QString why;
    QVERIFY2(m_fx.create(&why), qPrintable(why));
    m_clock = std::make_unique<ManualClock>(swtest::fixedStart());
    m_admin = m_fx.firstAdmin();
    UserService users(m_fx.db(), m_admin, m_clock.get());
    auto team = users.createTeam(QStringLiteral("客服一组"));
    QVERIFY(team.ok());
    UserDraft d;
    d.login = QStringLiteral("LiuYang");
    d.displayName = QStringLiteral("刘洋");
    d.roles = {Role::Lead, Role::Agent};
    d.teamId = *team;
    auto id = users.create(d, m_password);
    QVERIFY(id.ok());
    m_userId = *id;
}

void TestAuthService::cleanup()
{
    m_fx.destroy();
}

void TestAuthService::hasUsers()
{
    QVERIFY(AuthService(m_fx.db()).hasUsers());
    swtest::ServiceFixture empty;
    QString why;
    QVERIFY2(empty.create(&why), qPrintable(why));
    QVERIFY(!AuthService(empty.db()).hasUsers());
}

void TestAuthService::successReturnsActorAndRecordsIt()
{
    AuthService auth(m_fx.db(), m_clock.get());
    auto actor = auth.login(QStringLiteral("LiuYang"), m_password);
    QVERIFY2(actor.ok(), qPrintable(actor.message()));
    QCOMPARE(actor->userId, m_userId);
    QCOMPARE(actor->login, QStringLiteral("LiuYang"));
    QCOMPARE(actor->displayName, QStringLiteral("刘洋"));
    QVERIFY(!actor->teamId.isEmpty());
    QCOMPARE(actor->roles, (QList<Role>{Role::Agent, Role::Lead}));
    QVERIFY(!actor->can(domain::Permission::ManageUsers));

    QCOMPARE(
        m_fx.scalar(QStringLiteral("SELECT last_login_at FROM local_logins WHERE user_id = ?"), {m_userId})
            .toString(),
        QStringLiteral("2025-03-01T08:00:00.000Z"));
    auto last = AuditLog::recent(m_fx.conn(), 1);
    QVERIFY(last.ok());
    QCOMPARE(last->first().action, QStringLiteral("login.ok"));
    QCOMPARE(last->first().actorId, m_userId);
    QCOMPARE(last->first().entityId, m_userId);
    QVERIFY(AuditLog::verify(m_fx.conn()).ok());
}

void TestAuthService::loginIsCaseInsensitiveAndTrimmed()
{
    AuthService auth(m_fx.db(), m_clock.get());
    QVERIFY(auth.login(QStringLiteral("liuyang"), m_password).ok());
    QVERIFY(auth.login(QStringLiteral("  LIUYANG "), m_password).ok());
    // The password is taken exactly as typed.
    QCOMPARE(auth.login(QStringLiteral("liuyang"), m_password + QLatin1Char(' ')).code(),
             ErrorCode::BadCredentials);
}

void TestAuthService::oneGenericMessage_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<QString>("password");
    QTest::addColumn<bool>("deactivate");
    QTest::newRow("unknown login") << "nobody"
                                   << "correct-horse-42" << false;
    QTest::newRow("empty login") << ""
                                 << "" << false;
    QTest::newRow("wrong password") << "LiuYang"
                                    << "wrong-horse-42" << false;
    QTest::newRow("inactive, right password") << "LiuYang"
                                              << "correct-horse-42" << true;
}

void TestAuthService::oneGenericMessage()
{
    QFETCH(QString, login);
    QFETCH(QString, password);
    QFETCH(bool, deactivate);
    if (deactivate)
        QVERIFY(UserService(m_fx.db(), m_admin, m_clock.get()).setActive(m_userId, false).ok());
    AuthService auth(m_fx.db(), m_clock.get());
    auto r = auth.login(login, password);
    QVERIFY(!r.ok());
    QCOMPARE(r.code(), ErrorCode::BadCredentials);
    QCOMPARE(r.message(), QStringLiteral("The login or password is incorrect."));
    QVERIFY(!r.message().contains(QStringLiteral("LiuYang")));
}

void TestAuthService::successResetsFailureCount()
{
    AuthService auth(m_fx.db(), m_clock.get());
    for (int i = 0; i < 4; ++i)
        QCOMPARE(auth.login(QStringLiteral("LiuYang"), QStringLiteral("nope-nope")).code(),
                 ErrorCode::BadCredentials);
    QCOMPARE(
        m_fx.scalar(QStringLiteral("SELECT failed_count FROM local_logins WHERE user_id = ?"), {m_userId})
            .toInt(),
        4);
    QVERIFY(auth.login(QStringLiteral("LiuYang"), m_password).ok());
    QCOMPARE(
        m_fx.scalar(QStringLiteral("SELECT failed_count FROM local_logins WHERE user_id = ?"), {m_userId})
            .toInt(),
        0);
    // Four more failures do not lock: the count started again.
    for (int i = 0; i < 4; ++i)
        QCOMPARE(auth.login(QStringLiteral("LiuYang"), QStringLiteral("nope-nope")).code(),
                 ErrorCode::BadCredentials);
    QVERIFY(auth.login(QStringLiteral("LiuYang"), m_password).ok());
}

void TestAuthService::lockoutAfterFiveFailures()
{
    AuthService auth(m_fx.db(), m_clock.get());
    for (int i = 0; i < 5; ++i) {
        m_clock->advanceSecs(10);
        QCOMPARE(auth.login(QStringLiteral("LiuYang"), QStringLiteral("nope-nope")).code(),
                 ErrorCode::BadCredentials);
    }
    const QDateTime lockedUntil = swtest::fixedStart().addSecs(50 + 15 * 60);
    auto locked = auth.login(QStringLiteral("LiuYang"), m_password);
    QCOMPARE(locked.code(), ErrorCode::AccountLocked);
    const QString shown = QLocale().toString(lockedUntil.toLocalTime(), QLocale::ShortFormat);
    QVERIFY2(locked.message().contains(shown), qPrintable(locked.message() + " / " + shown));

    m_clock->set(lockedUntil.addSecs(-1));
    QCOMPARE(auth.login(QStringLiteral("LiuYang"), m_password).code(), ErrorCode::AccountLocked);
    m_clock->set(lockedUntil);
    auto ok = auth.login(QStringLiteral("LiuYang"), m_password);
    QVERIFY2(ok.ok(), qPrintable(ok.message()));
    QVERIFY(m_fx.scalar(QStringLiteral("SELECT locked_until FROM local_logins WHERE user_id = ?"), {m_userId})
                .isNull());
}

void TestAuthService::lockedAccountRefusesRightPasswordWithoutCounting()
{
    AuthService auth(m_fx.db(), m_clock.get());
    for (int i = 0; i < 5; ++i)
        QVERIFY(!auth.login(QStringLiteral("LiuYang"), QStringLiteral("nope-nope")).ok());
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(auth.login(QStringLiteral("LiuYang"), m_password).code(), ErrorCode::AccountLocked);
        QCOMPARE(auth.login(QStringLiteral("LiuYang"), QStringLiteral("nope-nope")).code(),
                 ErrorCode::AccountLocked);
    }
    QCOMPARE(
        m_fx.scalar(QStringLiteral("SELECT failed_count FROM local_logins WHERE user_id = ?"), {m_userId})
            .toInt(),
        0);
    // Other accounts are unaffected.
    QVERIFY(auth.login(QStringLiteral("admin"), QStringLiteral("admin-password")).ok());
}

void TestAuthService::failedAttemptsAreAuditedWithoutPassword()
{
    AuthService auth(m_fx.db(), m_clock.get());
    const qint64 before = m_fx.count(QStringLiteral("audit_log"));
    QVERIFY(!auth.login(QStringLiteral("ghost"), QStringLiteral("ghost-secret-1")).ok());
    QVERIFY(!auth.login(QStringLiteral("LiuYang"), QStringLiteral("typo-secret-2")).ok());
    QCOMPARE(m_fx.count(QStringLiteral("audit_log")), before + 2);

    auto entries = AuditLog::recent(m_fx.conn(), 2);
    QVERIFY(entries.ok());
    const AuditEntry& wrong = entries->at(0);
    const AuditEntry& unknown = entries->at(1);
    QCOMPARE(unknown.action, QStringLiteral("login.failed"));
    QCOMPARE(unknown.entity, QStringLiteral("users"));
    QCOMPARE(unknown.entityId, QString());
    QCOMPARE(unknown.actorLogin, QStringLiteral("ghost"));
    QCOMPARE(wrong.action, QStringLiteral("login.failed"));
    QCOMPARE(wrong.entityId, m_userId);
    QVERIFY(wrong.actorId.isEmpty()); // nobody is signed in
    const QString all =
        QStringLiteral("audit_log WHERE before_json LIKE '%secret%' OR after_json LIKE '%secret%' "
                       "OR actor_login LIKE '%secret%'");
    QCOMPARE(m_fx.count(all), 0);
    QCOMPARE(m_fx.count(QStringLiteral("sync_outbox WHERE fields_json LIKE '%secret%'")), 0);
    QVERIFY(AuditLog::verify(m_fx.conn()).ok());
}

QTEST_GUILESS_MAIN(TestAuthService)
#include "tst_authservice.moc"
