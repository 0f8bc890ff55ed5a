#include "domain/roles.h"

#include <QtTest>

using namespace sw::domain;

class TestRoles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void codesRoundTrip_data();
    void codesRoundTrip();
    void unknownCodeRefused();
    void displayNamesAreDistinctAndNonEmpty();
    void permissions_data();
    void permissions();
    void separationOfDuty_data();
    void separationOfDuty();
};

void TestRoles::codesRoundTrip_data()
{
    QTest::addColumn<int>("role");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("id");
    QTest::newRow("agent") << int(Role::Agent) << "agent"
                           << "00000000-0000-4000-8000-000000000001";
    QTest::newRow("lead") << int(Role::Lead) << "lead"
                          << "00000000-0000-4000-8000-000000000002";
    QTest::newRow("auditor") << int(Role::Auditor) << "auditor"
                             << "00000000-0000-4000-8000-000000000003";
    QTest::newRow("trainer") << int(Role::Trainer) << "trainer"
                             << "00000000-0000-4000-8000-000000000004";
    QTest::newRow("manager") << int(Role::Manager) << "manager"
                             << "00000000-0000-4000-8000-000000000005";
    QTest::newRow("admin") << int(Role::Admin) << "admin"
                           << "00000000-0000-4000-8000-000000000006";
}

void TestRoles::codesRoundTrip()
{
    QFETCH(int, role);
    QFETCH(QString, code);
    QFETCH(QString, id);
    const Role r = Role(role);
    QCOMPARE(roleCode(r), code);
    QCOMPARE(roleId(r), id);
    Role parsed = Role::Agent;
    QVERIFY(roleFromCode(code, &parsed));
    QCOMPARE(parsed, r);
    QVERIFY(allRoles().contains(r));
}

void TestRoles::unknownCodeRefused()
{
    Role r = Role::Trainer;
    QVERIFY(!roleFromCode(QStringLiteral("superuser"), &r));
    QVERIFY(!roleFromCode(QStringLiteral("Admin"), &r)); // codes are exact, lowercase
    QVERIFY(!roleFromCode(QString(), &r));
    QCOMPARE(r, Role::Trainer);
    QCOMPARE(allRoles().size(), 6);
}

void TestRoles::displayNamesAreDistinctAndNonEmpty()
{
    QSet<QString> names;
    for (Role r : allRoles()) {
        QVERIFY(!roleDisplayName(r).isEmpty());
        names.insert(roleDisplayName(r));
    }
    QCOMPARE(names.size(), allRoles().size());
    QCOMPARE(roleDisplayName(Role::Agent), QStringLiteral("Customer-service agent")); // no translator loaded
}

void TestRoles::permissions_data()
{
    QTest::addColumn<QList<Role>>("roles");
    QTest::addColumn<int>("permission");
    QTest::addColumn<bool>("allowed");
    const QList<Permission> adminOnly{Permission::ManageUsers, Permission::ManageTeams,
                                      Permission::ManageSettings, Permission::BackupRestore};
    for (Permission p : adminOnly) {
        const QByteArray n = QByteArray::number(int(p));
        QTest::newRow(("admin " + n).constData()) << QList<Role>{Role::Admin} << int(p) << true;
        QTest::newRow(("manager " + n).constData()) << QList<Role>{Role::Manager} << int(p) << false;
        QTest::newRow(("agent+lead " + n).constData())
            << QList<Role>{Role::Agent, Role::Lead} << int(p) << false;
        QTest::newRow(("none " + n).constData()) << QList<Role>{} << int(p) << false;
        QTest::newRow(("trainer+admin " + n).constData())
            << QList<Role>{Role::Trainer, Role::Admin} << int(p) << true;
    }
    const int audit = int(Permission::ViewAuditLog);
    QTest::newRow("audit admin") << QList<Role>{Role::Admin} << audit << true;
    QTest::newRow("audit manager") << QList<Role>{Role::Manager} << audit << true;
    QTest::newRow("audit auditor") << QList<Role>{Role::Auditor} << audit << false;
    QTest::newRow("audit agent") << QList<Role>{Role::Agent} << audit << false;
    QTest::newRow("audit lead+trainer") << QList<Role>{Role::Lead, Role::Trainer} << audit << false;
}

void TestRoles::permissions()
{
    QFETCH(QList<Role>, roles);
    QFETCH(int, permission);
    QFETCH(bool, allowed);
    QCOMPARE(hasPermission(roles, Permission(permission)), allowed);
}

void TestRoles::separationOfDuty_data()
{
    QTest::addColumn<QList<Role>>("roles");
    QTest::addColumn<bool>("violates");
    QTest::newRow("admin+manager") << QList<Role>{Role::Admin, Role::Manager} << true;
    QTest::newRow("manager+admin+agent") << QList<Role>{Role::Manager, Role::Agent, Role::Admin} << true;
    QTest::newRow("admin") << QList<Role>{Role::Admin} << false;
    QTest::newRow("manager") << QList<Role>{Role::Manager} << false;
    QTest::newRow("admin+trainer") << QList<Role>{Role::Admin, Role::Trainer} << false;
    QTest::newRow("none") << QList<Role>{} << false;
}

void TestRoles::separationOfDuty()
{
    QFETCH(QList<Role>, roles);
    QFETCH(bool, violates);
    QCOMPARE(violatesSeparationOfDuty(roles), violates);
}

QTEST_GUILESS_MAIN(TestRoles)
#include "tst_roles.moc"
