#include "clock.h"
#include "services/settingsservice.h"
#include "support/servicefixture.h"

#include <QtTest>

using namespace sw;
using namespace sw::services;

namespace {
const SettingKey<int> kSlaHours{"tickets.first_response_hours", 24};
const SettingKey<bool> kSpecialCases{"tickets.allow_special", true};
const SettingKey<QString> kCompany{"company.name", QStringLiteral("店务管家")};
} // namespace

class TestSettingsService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void defaultsWhenUnset();
    void setAndGet();
    void typedValues_data();
    void typedValues();
    void changeWritesOutboxWithBaseSeq();
    void unchangedSetWritesNothing();
    void unsetReturnsToDefault();
    void permissionRefused();
    void invalidKeyRefused_data();
    void invalidKeyRefused();

private:
    swtest::ServiceFixture m_fx;
    Actor m_admin{QStringLiteral("11111111-1111-4111-8111-111111111111"),
                  QStringLiteral("admin"),
                  QString(),
                  {},
                  {domain::Role::Admin}};
};

void TestSettingsService::init()
{
    QString why;
    QVERIFY2(m_fx.create(&why), qPrintable(why));
}

void TestSettingsService::cleanup()
{
    m_fx.destroy();
}

void TestSettingsService::defaultsWhenUnset()
{
    SettingsService s(m_fx.db(), m_admin);
    QCOMPARE(s.get(kSlaHours), 24);
    QCOMPARE(s.get(kSpecialCases), true);
    QCOMPARE(s.get(kCompany), QStringLiteral("店务管家"));
    QCOMPARE(s.value(QStringLiteral("x.y"), QStringLiteral("d")), QStringLiteral("d"));
    QVERIFY(s.list()->isEmpty());
}

void TestSettingsService::setAndGet()
{
    SettingsService s(m_fx.db(), m_admin);
    QVERIFY(s.setInt(QString::fromLatin1(kSlaHours.name), 48).ok());
    QVERIFY(s.set(QStringLiteral("company.name"), QStringLiteral("某某电商")).ok());
    QCOMPARE(s.get(kSlaHours), 48);
    QCOMPARE(s.get(kCompany), QStringLiteral("某某电商"));
    auto all = s.list();
    QVERIFY(all.ok());
    QCOMPARE(all->size(), 2);
    QCOMPARE(all->value(QStringLiteral("tickets.first_response_hours")), QStringLiteral("48"));
    // Another service instance (e.g. another pane) sees the same value.
    QCOMPARE(SettingsService(m_fx.db(), Actor{}).get(kSlaHours), 48);
}

void TestSettingsService::typedValues_data()
{
    QTest::addColumn<QString>("stored");
    QTest::addColumn<int>("asInt");
    QTest::addColumn<int>("asBool"); // -1 = falls back to default (true)
    QTest::newRow("number") << "12" << 12 << -1;
    QTest::newRow("padded number") << " 7 " << 7 << -1;
    QTest::newRow("text") << "abc" << 24 << -1;
    QTest::newRow("true") << "true" << 24 << 1;
    QTest::newRow("TRUE") << "TRUE" << 24 << 1;
    QTest::newRow("zero") << "0" << 0 << 0;
    QTest::newRow("false") << "false" << 24 << 0;
    QTest::newRow("empty") << "" << 24 << -1;
}

void TestSettingsService::typedValues()
{
    QFETCH(QString, stored);
    QFETCH(int, asInt);
    QFETCH(int, asBool);
    SettingsService s(m_fx.db(), m_admin);
    QVERIFY(s.set(QStringLiteral("k"), stored).ok());
    QCOMPARE(s.intValue(QStringLiteral("k"), 24), asInt);
    QCOMPARE(s.boolValue(QStringLiteral("k"), true), asBool == -1 ? true : asBool == 1);
}

void TestSettingsService::changeWritesOutboxWithBaseSeq()
{
    SettingsService s(m_fx.db(), m_admin);
    QVERIFY(s.set(QStringLiteral("a.b"), QStringLiteral("1")).ok());
    QVERIFY(m_fx.exec(QStringLiteral("UPDATE settings SET server_seq = 11")));
    QVERIFY(s.set(QStringLiteral("a.b"), QStringLiteral("2")).ok());
    QCOMPARE(m_fx.count(QStringLiteral("settings")), 1);
    QCOMPARE(m_fx.count(QStringLiteral("sync_outbox")), 2);
    QCOMPARE(m_fx.scalar(QStringLiteral("SELECT fields_json FROM sync_outbox WHERE seq = 2")).toString(),
             QStringLiteral("{\"value\":\"2\"}"));
    QCOMPARE(m_fx.scalar(QStringLiteral("SELECT base_server_seq FROM sync_outbox WHERE seq = 2")).toInt(),
             11);
    QCOMPARE(m_fx.count(QStringLiteral("audit_log WHERE action = 'setting.change'")), 2);
}

void TestSettingsService::unchangedSetWritesNothing()
{
    SettingsService s(m_fx.db(), m_admin);
    QVERIFY(s.set(QStringLiteral("a.b"), QStringLiteral("same")).ok());
    QVERIFY(s.set(QStringLiteral("a.b"), QStringLiteral("same")).ok());
    QCOMPARE(m_fx.count(QStringLiteral("sync_outbox")), 1);
    QCOMPARE(m_fx.count(QStringLiteral("audit_log")), 1);
}

void TestSettingsService::unsetReturnsToDefault()
{
    SettingsService s(m_fx.db(), m_admin);
    QVERIFY(s.setBool(QString::fromLatin1(kSpecialCases.name), false).ok());
    QCOMPARE(s.get(kSpecialCases), false);
    QVERIFY(s.unset(QString::fromLatin1(kSpecialCases.name)).ok());
    QCOMPARE(s.get(kSpecialCases), true);
    QVERIFY(s.unset(QString::fromLatin1(kSpecialCases.name)).ok()); // already unset: fine
    // Setting it again after a tombstone makes a new live row.
    QVERIFY(s.setBool(QString::fromLatin1(kSpecialCases.name), false).ok());
    QCOMPARE(s.get(kSpecialCases), false);
    QCOMPARE(m_fx.count(QStringLiteral("settings")), 2);
    QCOMPARE(m_fx.count(QStringLiteral("settings WHERE deleted = 0")), 1);
}

void TestSettingsService::permissionRefused()
{
    const Actor manager{
        QStringLiteral("m"), QStringLiteral("manager"), QString(), {}, {domain::Role::Manager}};
    SettingsService s(m_fx.db(), manager);
    auto st = s.set(QStringLiteral("a.b"), QStringLiteral("1"));
    QCOMPARE(st.code(), ErrorCode::PermissionDenied);
    QVERIFY(st.message().contains(QStringLiteral("settings")));
    QCOMPARE(s.unset(QStringLiteral("a.b")).code(), ErrorCode::PermissionDenied);
    QCOMPARE(m_fx.count(QStringLiteral("settings")), 0);
    QCOMPARE(m_fx.count(QStringLiteral("audit_log")), 0);
}

void TestSettingsService::invalidKeyRefused_data()
{
    QTest::addColumn<QString>("key");
    QTest::newRow("empty") << "";
    QTest::newRow("upper") << "Tickets.SLA";
    QTest::newRow("space") << "a b";
    QTest::newRow("quote") << "a'b";
    QTest::newRow("too long") << QString(65, QLatin1Char('a'));
}

void TestSettingsService::invalidKeyRefused()
{
    QFETCH(QString, key);
    SettingsService s(m_fx.db(), m_admin);
    QCOMPARE(s.set(key, QStringLiteral("1")).code(), ErrorCode::InvalidInput);
    QCOMPARE(m_fx.count(QStringLiteral("settings")), 0);
}

QTEST_GUILESS_MAIN(TestSettingsService)
#include "tst_settingsservice.moc"
