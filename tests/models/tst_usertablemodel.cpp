#include "clock.h"
#include "services/authservice.h"
#include "services/userservice.h"
#include "support/servicefixture.h"
#include "usertablemodel.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QSignalSpy>
#include <QtTest>

using namespace sw;
using namespace sw::services;
using domain::Role;
using sw::models::UserTableModel;

class TestUserTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void emptyUntilReloaded();
    void rowsAndColumns();
    void displayValues_data();
    void displayValues();
    void rawAndIdRoles();
    void inactiveUsersAreGrey();
    void headers_data();
    void headers();
    void reloadPicksUpChanges();
    void refusedReloadReportsError();

private:
    QString create(const QString& login, const QString& name, QList<Role> roles, const QString& team = {});

    swtest::ServiceFixture m_fx;
    Actor m_admin;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<UserService> m_service;
    std::unique_ptr<UserTableModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    QString m_teamId;
};

void TestUserTableModel::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

QString TestUserTableModel::create(const QString& login, const QString& name, QList<Role> roles,
                                   const QString& team)
{
    UserDraft d;
    d.login = login;
    d.displayName = name;
    d.roles = roles;
    d.teamId = team;
    auto id = m_service->create(d, login + QStringLiteral("-password"));
    if (!id.ok())
        qFatal("create failed: %s", qPrintable(id.message()));
    return *id;
}

void TestUserTableModel::init()
{
    QString why;
    QVERIFY2(m_fx.create(&why), qPrintable(why));
    m_admin = m_fx.firstAdmin(QStringLiteral("admin"));
    m_clock = std::make_unique<ManualClock>(swtest::fixedStart());
    m_service = std::make_unique<UserService>(m_fx.db(), m_admin, m_clock.get());
    auto team = m_service->createTeam(QStringLiteral("客服一组"));
    QVERIFY(team.ok());
    m_teamId = *team;
    create(QStringLiteral("chen"), QStringLiteral("陈静"), {Role::Agent, Role::Lead}, m_teamId);
    const QString lin = create(QStringLiteral("lin"), QStringLiteral("林涛"), {Role::Auditor});
    QVERIFY(m_service->setActive(lin, false).ok());
    // "chen" has signed in once.
    QVERIFY(AuthService(m_fx.db(), m_clock.get())
                .login(QStringLiteral("chen"), QStringLiteral("chen-password"))
                .ok());

    m_model = std::make_unique<UserTableModel>(*m_service);
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
}

void TestUserTableModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_service.reset();
    m_fx.destroy();
}

void TestUserTableModel::emptyUntilReloaded()
{
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_model->columnCount(), int(UserTableModel::ColumnCount));
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QVERIFY(m_model->reload().ok());
    QCOMPARE(reset.count(), 1);
    QCOMPARE(m_model->rowCount(), 3);
}

void TestUserTableModel::rowsAndColumns()
{
    QVERIFY(m_model->reload().ok());
    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(m_model->columnCount(), 6);
    QCOMPARE(m_model->rowCount(m_model->index(0, 0)), 0); // a flat table
    QCOMPARE(m_model->userAt(1).login, QStringLiteral("chen"));
    QVERIFY(m_model->userAt(99).id.isEmpty());
    QCOMPARE(m_model->rowOfUser(m_admin.userId), 0);
    QCOMPARE(m_model->rowOfUser(QStringLiteral("nobody")), -1);
}

void TestUserTableModel::displayValues_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("text");
    // Rows are in login order: admin, chen, lin.
    QTest::newRow("login") << 1 << int(UserTableModel::Login) << "chen";
    QTest::newRow("name") << 1 << int(UserTableModel::DisplayName) << "陈静";
    QTest::newRow("roles joined") << 1 << int(UserTableModel::Roles)
                                  << "Customer-service agent、Customer-service lead";
    QTest::newRow("single role") << 2 << int(UserTableModel::Roles) << "Merchant auditor";
    QTest::newRow("team") << 1 << int(UserTableModel::Team) << "客服一组";
    QTest::newRow("no team") << 0 << int(UserTableModel::Team) << "";
    QTest::newRow("active") << 1 << int(UserTableModel::Active) << "Active";
    QTest::newRow("inactive") << 2 << int(UserTableModel::Active) << "Inactive";
    QTest::newRow("never signed in") << 2 << int(UserTableModel::LastLogin) << "Never";
}

void TestUserTableModel::displayValues()
{
    QFETCH(int, row);
    QFETCH(int, column);
    QFETCH(QString, text);
    QVERIFY(m_model->reload().ok());
    QCOMPARE(m_model->index(row, column).data(Qt::DisplayRole).toString(), text);
}

void TestUserTableModel::rawAndIdRoles()
{
    QVERIFY(m_model->reload().ok());
    const QModelIndex last = m_model->index(1, UserTableModel::LastLogin);
    QCOMPARE(last.data(UserTableModel::RawRole).toDateTime(), swtest::fixedStart());
    QCOMPARE(last.data(Qt::DisplayRole).toString(),
             QLocale().toString(swtest::fixedStart().toLocalTime(), QLocale::ShortFormat));
    QVERIFY(
        !m_model->index(2, UserTableModel::LastLogin).data(UserTableModel::RawRole).toDateTime().isValid());
    QCOMPARE(m_model->index(2, UserTableModel::Active).data(UserTableModel::RawRole).toBool(), false);
    QCOMPARE(m_model->index(1, UserTableModel::Active).data(UserTableModel::RawRole).toBool(), true);
    for (int column = 0; column < UserTableModel::ColumnCount; ++column)
        QCOMPARE(m_model->index(0, column).data(UserTableModel::IdRole).toString(), m_admin.userId);
}

void TestUserTableModel::inactiveUsersAreGrey()
{
    QVERIFY(m_model->reload().ok());
    QVERIFY(!m_model->index(1, UserTableModel::Login).data(Qt::ForegroundRole).isValid());
    const QVariant grey = m_model->index(2, UserTableModel::Login).data(Qt::ForegroundRole);
    QVERIFY(grey.canConvert<QBrush>());
    QVERIFY(grey.value<QBrush>().color() != QColor(Qt::black));
}

void TestUserTableModel::headers_data()
{
    QTest::addColumn<int>("section");
    QTest::addColumn<QString>("title");
    QTest::newRow("login") << int(UserTableModel::Login) << "Login";
    QTest::newRow("name") << int(UserTableModel::DisplayName) << "Name";
    QTest::newRow("roles") << int(UserTableModel::Roles) << "Roles";
    QTest::newRow("team") << int(UserTableModel::Team) << "Team";
    QTest::newRow("status") << int(UserTableModel::Active) << "Status";
    QTest::newRow("last") << int(UserTableModel::LastLogin) << "Last sign-in";
}

void TestUserTableModel::headers()
{
    QFETCH(int, section);
    QFETCH(QString, title);
    QCOMPARE(m_model->headerData(section, Qt::Horizontal).toString(), title);
}

void TestUserTableModel::reloadPicksUpChanges()
{
    QVERIFY(m_model->reload().ok());
    const QString id = create(QStringLiteral("bai"), QStringLiteral("白雪"), {Role::Trainer});
    QCOMPARE(m_model->rowCount(), 3); // not until reload
    QVERIFY(m_model->reload().ok());
    QCOMPARE(m_model->rowCount(), 4);
    QCOMPARE(m_model->rowOfUser(id), 1); // "bai" sorts after "admin"
    QCOMPARE(m_model->index(1, UserTableModel::Roles).data().toString(), QStringLiteral("Trainer"));
}

void TestUserTableModel::refusedReloadReportsError()
{
    QVERIFY(m_model->reload().ok());
    UserService agentService(m_fx.db(),
                             Actor{QStringLiteral("x"), QStringLiteral("x"), QString(), {}, {Role::Agent}});
    UserTableModel refused(agentService);
    QAbstractItemModelTester tester(&refused, QAbstractItemModelTester::FailureReportingMode::Fatal);
    auto st = refused.reload();
    QCOMPARE(st.code(), ErrorCode::PermissionDenied);
    QCOMPARE(refused.rowCount(), 0);
}

QTEST_MAIN(TestUserTableModel)
#include "tst_usertablemodel.moc"
