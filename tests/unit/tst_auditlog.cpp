#include "clock.h"
#include "services/auditlog.h"
#include "services/writetransaction.h"
#include "support/servicefixture.h"

#include <QCryptographicHash>
#include <QtTest>

using namespace sw;
using namespace sw::services;

class TestAuditLog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void emptyLogVerifies();
    void intactChainVerifies();
    void chainLinksEntries();
    void editedEntryDetected_data();
    void editedEntryDetected();
    void deletedEntryDetected_data();
    void deletedEntryDetected();
    void reorderedEntriesDetected();
    void secretFieldsMasked();
    void recentIsNewestFirst();
    void appendRoundTripsValues();

private:
    void writeEntries(int n);

    swtest::ServiceFixture m_fx;
    Actor m_actor{QStringLiteral("11111111-1111-4111-8111-111111111111"),
                  QStringLiteral("zhao"),
                  QStringLiteral("赵敏"),
                  {},
                  {domain::Role::Admin}};
};

void TestAuditLog::init()
{
    QString why;
    QVERIFY2(m_fx.create(&why), qPrintable(why));
}

void TestAuditLog::cleanup()
{
    m_fx.destroy();
}

void TestAuditLog::writeEntries(int n)
{
    ManualClock clock(swtest::fixedStart());
    for (int i = 0; i < n; ++i) {
        clock.advanceSecs(1);
        auto tx = WriteTransaction::begin(m_fx.conn(), m_actor, &clock);
        QVERIFY(tx.ok());
        QVERIFY(tx->insert(QStringLiteral("teams"), {{"name", QStringLiteral("组%1").arg(i + 1)}},
                           QStringLiteral("team.create"))
                    .ok());
        QVERIFY(tx->commit().ok());
    }
}

void TestAuditLog::emptyLogVerifies()
{
    auto r = AuditLog::verify(m_fx.conn());
    QVERIFY2(r.ok(), qPrintable(r.message()));
    QCOMPARE(*r, 0);
}

void TestAuditLog::intactChainVerifies()
{
    writeEntries(5);
    auto r = AuditLog::verify(m_fx.conn());
    QVERIFY2(r.ok(), qPrintable(r.message()));
    QCOMPARE(*r, 5);
}

void TestAuditLog::chainLinksEntries()
{
    writeEntries(3);
    QCOMPARE(m_fx.scalar(QStringLiteral("SELECT prev_hash FROM audit_log WHERE seq = 1")).toString(),
             QString(64, QLatin1Char('0')));
    for (int seq = 2; seq <= 3; ++seq) {
        QCOMPARE(
            m_fx.scalar(QStringLiteral("SELECT prev_hash FROM audit_log WHERE seq = ?"), {seq}).toString(),
            m_fx.scalar(QStringLiteral("SELECT hash FROM audit_log WHERE seq = ?"), {seq - 1}).toString());
    }
    // The documented formula: hex SHA-256 of prev_hash followed by the canonical entry.
    const QString at = m_fx.scalar(QStringLiteral("SELECT at FROM audit_log WHERE seq = 1")).toString();
    const QString id =
        m_fx.scalar(QStringLiteral("SELECT entity_id FROM audit_log WHERE seq = 1")).toString();
    const QByteArray canonical =
        QStringLiteral("[1,\"%1\",\"%2\",\"zhao\",\"team.create\",\"teams\",\"%3\",{},"
                       "{\"name\":\"组1\"}]")
            .arg(at, m_actor.userId, id)
            .toUtf8();
    const QByteArray expected =
        QCryptographicHash::hash(QByteArray(64, '0') + canonical, QCryptographicHash::Sha256).toHex();
    QCOMPARE(m_fx.scalar(QStringLiteral("SELECT hash FROM audit_log WHERE seq = 1")).toString(),
             QString::fromLatin1(expected));
}

void TestAuditLog::editedEntryDetected_data()
{
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("seq");
    QTest::newRow("after_json") << "after_json"
                                << "{\"name\":\"篡改\"}" << 3;
    QTest::newRow("after_json whitespace only stays valid") << "after_json"
                                                            << "{\"name\": \"组3\"}" << 0;
    QTest::newRow("before_json") << "before_json"
                                 << "{\"x\":1}" << 2;
    QTest::newRow("before_json not json") << "before_json"
                                          << "{" << 4;
    QTest::newRow("action") << "action"
                            << "team.delete" << 1;
    QTest::newRow("actor_login") << "actor_login"
                                 << "someone" << 5;
    QTest::newRow("actor_id") << "actor_id"
                              << "x" << 2;
    QTest::newRow("at") << "at"
                        << "2020-01-01T00:00:00.000Z" << 4;
    QTest::newRow("entity_id") << "entity_id"
                               << "other" << 3;
    QTest::newRow("hash") << "hash" << QString(64, QLatin1Char('a')) << 3;
    QTest::newRow("prev_hash") << "prev_hash" << QString(64, QLatin1Char('0')) << 2;
}

void TestAuditLog::editedEntryDetected()
{
    QFETCH(QString, column);
    QFETCH(QString, value);
    QFETCH(int, seq);
    writeEntries(5);
    // seq 0 in the table means "edit entry 3 harmlessly": the hash covers the meaning of
    // the JSON, not its spacing, so the chain still verifies.
    const int target = seq == 0 ? 3 : seq;
    QVERIFY(
        m_fx.exec(QStringLiteral("UPDATE audit_log SET %1 = ? WHERE seq = ?").arg(column), {value, target}));
    auto r = AuditLog::verify(m_fx.conn());
    if (seq == 0) {
        QVERIFY2(r.ok(), qPrintable(r.message()));
        return;
    }
    QVERIFY(!r.ok());
    QCOMPARE(r.code(), ErrorCode::Conflict);
    QVERIFY2(r.message().contains(QStringLiteral("entry %1 ").arg(seq)), qPrintable(r.message()));
}

void TestAuditLog::deletedEntryDetected_data()
{
    QTest::addColumn<int>("deleted");
    QTest::newRow("first") << 1;
    QTest::newRow("middle") << 3;
}

void TestAuditLog::deletedEntryDetected()
{
    QFETCH(int, deleted);
    writeEntries(5);
    QVERIFY(m_fx.exec(QStringLiteral("DELETE FROM audit_log WHERE seq = ?"), {deleted}));
    auto r = AuditLog::verify(m_fx.conn());
    QVERIFY(!r.ok());
    QCOMPARE(r.code(), ErrorCode::Conflict);
    QVERIFY2(r.message().contains(QStringLiteral("entry %1 ").arg(deleted)), qPrintable(r.message()));

    // Renumbering the rest to close the gap does not help: the hashes cover seq.
    QVERIFY(m_fx.exec(QStringLiteral("UPDATE audit_log SET seq = seq - 1 WHERE seq > ?"), {deleted}));
    auto again = AuditLog::verify(m_fx.conn());
    QVERIFY(!again.ok());
    QVERIFY2(again.message().contains(QStringLiteral("entry %1 ").arg(deleted)), qPrintable(again.message()));
}

void TestAuditLog::reorderedEntriesDetected()
{
    writeEntries(4);
    QVERIFY(m_fx.exec(QStringLiteral("UPDATE audit_log SET seq = 100 WHERE seq = 2")));
    QVERIFY(m_fx.exec(QStringLiteral("UPDATE audit_log SET seq = 2 WHERE seq = 3")));
    QVERIFY(m_fx.exec(QStringLiteral("UPDATE audit_log SET seq = 3 WHERE seq = 100")));
    auto r = AuditLog::verify(m_fx.conn());
    QVERIFY(!r.ok());
    QVERIFY2(r.message().contains(QStringLiteral("entry 2 ")), qPrintable(r.message()));
}

void TestAuditLog::secretFieldsMasked()
{
    auto tx = WriteTransaction::begin(m_fx.conn(), m_actor);
    QVERIFY(tx.ok());
    QVERIFY(tx->insert(QStringLiteral("users"),
                       {{"login", "han"},
                        {"display_name", "韩梅梅"},
                        {"password_hash", "$argon2id$secret-hash"},
                        {"active", 1},
                        {"created_at", "2025-03-01T08:00:00.000Z"}},
                       QStringLiteral("user.create"))
                .ok());
    QVERIFY(tx->commit().ok());
    auto entries = AuditLog::recent(m_fx.conn(), 1);
    QVERIFY(entries.ok());
    QCOMPARE(entries->size(), 1);
    QCOMPARE(entries->first().after.value(QStringLiteral("password_hash")).toString(), QStringLiteral("***"));
    QCOMPARE(entries->first().after.value(QStringLiteral("display_name")).toString(),
             QStringLiteral("韩梅梅"));
    QCOMPARE(m_fx.count(QStringLiteral("audit_log WHERE after_json LIKE '%secret-hash%'")), 0);
    QVERIFY(AuditLog::verify(m_fx.conn()).ok());
}

void TestAuditLog::recentIsNewestFirst()
{
    writeEntries(4);
    auto r = AuditLog::recent(m_fx.conn(), 3);
    QVERIFY(r.ok());
    QCOMPARE(r->size(), 3);
    QCOMPARE(r->at(0).seq, 4);
    QCOMPARE(r->at(2).seq, 2);
    QCOMPARE(r->at(0).after.value(QStringLiteral("name")).toString(), QStringLiteral("组4"));
    QCOMPARE(r->at(0).prevHash, r->at(1).hash);
    QCOMPARE(r->at(0).at, swtest::fixedStart().addSecs(4));
    QCOMPARE(r->at(0).actorLogin, QStringLiteral("zhao"));
    QCOMPARE(AuditLog::recent(m_fx.conn(), 0)->size(), 0);
}

void TestAuditLog::appendRoundTripsValues()
{
    QVERIFY(m_fx.conn().transaction());
    AuditEntry e;
    e.at = swtest::fixedStart();
    e.actorId = m_actor.userId;
    e.actorLogin = m_actor.login;
    e.action = QStringLiteral("backup.create");
    e.entity = QStringLiteral("database");
    e.before = {{"n", 1}, {"big", qint64(1) << 40}, {"flag", true}, {"none", QVariant()}};
    e.after = {{"text", "中文 \"quoted\" \\ slash"}, {"zero", 0}};
    QVERIFY(AuditLog::append(m_fx.conn(), e).ok());
    QVERIFY(AuditLog::append(m_fx.conn(), e).ok());
    QVERIFY(m_fx.conn().commit());
    auto r = AuditLog::verify(m_fx.conn());
    QVERIFY2(r.ok(), qPrintable(r.message()));
    QCOMPARE(*r, 2);
    auto entries = AuditLog::recent(m_fx.conn(), 1);
    QVERIFY(entries.ok());
    QCOMPARE(entries->first().after.value(QStringLiteral("text")).toString(),
             QStringLiteral("中文 \"quoted\" \\ slash"));
    QCOMPARE(entries->first().before.value(QStringLiteral("big")).toLongLong(), qint64(1) << 40);
    QCOMPARE(entries->first().entityId, QString());
}

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
