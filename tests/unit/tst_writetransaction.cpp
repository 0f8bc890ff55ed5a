#include "clock.h"
#include "services/syncedtables.h"
#include "services/writetransaction.h"
#include "support/servicefixture.h"
#include "sync/hlc.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include <thread>

using namespace sw;
using namespace sw::services;

class TestWriteTransaction : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void insertWritesRowOutboxAndAudit();
    void insertGeneratesOrKeepsId();
    void updateWritesOnlyChangedFields();
    void unchangedUpdateWritesNothing();
    void removeTombstones();
    void updateOfMissingRowIsNotFound();
    void destroyWithoutCommitRollsBack();
    void undeclaredIdentifiersRefused_data();
    void undeclaredIdentifiersRefused();
    void uniqueViolationIsConflict();
    void secretFieldsMaskedInAuditOnly();
    void auditOnlyEntryHasNoOutbox();
    void hlcIncreasesEvenWhenClockGoesBack();
    void hlcUniqueAcrossThreads();
    void oneHlcPerTransaction();
    void useAfterCommitRefused();

private:
    QJsonObject outboxFields(qint64 seq);
    QJsonObject auditJson(qint64 seq, const char* column);

    swtest::ServiceFixture m_fx;
    Actor m_actor{QStringLiteral("11111111-1111-4111-8111-111111111111"),
                  QStringLiteral("wang"),
                  QStringLiteral("王芳"),
                  {},
                  {domain::Role::Admin}};
    std::unique_ptr<ManualClock> m_clock;
};

void TestWriteTransaction::init()
{
    QString why;
    QVERIFY2(m_fx.create(&why), qPrintable(why));
    m_clock = std::make_unique<ManualClock>(swtest::fixedStart());
}

void TestWriteTransaction::cleanup()
{
    m_fx.destroy();
}

QJsonObject TestWriteTransaction::outboxFields(qint64 seq)
{
    return QJsonDocument::fromJson(
               m_fx.scalar(QStringLiteral("SELECT fields_json FROM sync_outbox WHERE seq = ?"), {seq})
                   .toString()
                   .toUtf8())
        .object();
}

QJsonObject TestWriteTransaction::auditJson(qint64 seq, const char* column)
{
    return QJsonDocument::fromJson(
               m_fx.scalar(
                       QStringLiteral("SELECT %1 FROM audit_log WHERE seq = ?").arg(QLatin1String(column)),
                       {seq})
                   .toString()
                   .toUtf8())
        .object();
}

void TestWriteTransaction::insertWritesRowOutboxAndAudit()
{
    auto tx = WriteTransaction::begin(m_fx.conn(), m_actor, m_clock.get());
    QVERIFY2(tx.ok(), qPrintable(tx.message()));
    auto id = tx->insert(QStringLiteral("teams"), {{QStringLiteral("name"), QStringLiteral("客服一组")}},
                         QStringLiteral("team.create"));
    QVERIFY2(id.ok(), qPrintable(id.message()));
    const QString hlc = tx->hlc();
    QVERIFY(tx->commit().ok());

    QCOMPARE(m_fx.count(QStringLiteral("teams")), 1);
    QCOMPARE(m_fx.scalar(QStringLiteral("SELECT name FROM teams WHERE id = ?"), {*id}).toString(),
             QStringLiteral("客服一组"));
    QCOMPARE(m_fx.scalar(QStringLiteral("SELECT hlc FROM teams")).toString(), hlc);
    QCOMPARE(m_fx.scalar(QStringLiteral("SELECT updated_by FROM teams")).toString(), m_actor.userId);
    QCOMPARE(m_fx.scalar(QStringLiteral("SELECT deleted FROM teams")).toInt(), 0);
    QCOMPARE(m_fx.scalar(QStringLiteral("SELECT server_seq FROM teams")).toInt(), 0);

    QCOMPARE(m_fx.count(QStringLiteral("sync_outbox")), 1);
    QCOMPARE(m_fx.scalar(QStringLiteral("SELECT table_name FROM sync_outbox")).toString(),
             QStringLiteral("teams"));
    QCOMPARE(m_fx.scalar(QStringLiteral("SELECT row_id FROM sync_outbox")).toString(), *id);
    QCOMPARE(m_fx.scalar(QStringLiteral("SELECT fields_json FROM sync_outbox")).toString(),
             QStringLiteral("{\"name\":\"客服一组\"}"));
    QCOMPARE(m_fx.scalar(QStringLiteral("SELECT base_server_seq FROM sync_outbox")).toInt(), 0);
    QCOMPARE(m_fx.scalar(QStringLiteral("SELECT hlc FROM sync_outbox")).toString(), hlc);
    QVERIFY(
        !QUuid::fromString(m_fx.scalar(QStringLiteral("SELECT op_id FROM sync_outbox")).toString()).isNull());
    sync::Hlc parsed;
    QVERIFY(sync::Hlc::parse(hlc, &parsed));
    QCOMPARE(parsed.wallMs, swtest::fixedStart().toMSecsSinceEpoch());

    QCOMPARE(m_fx.count(QStringLiteral("audit_log")), 1);
    QCOMPARE(m_fx.scalar(QStringLiteral("SELECT action FROM audit_log")).toString(),
             QStringLiteral("team.create"));
    QCOMPARE(m_fx.scalar(QStringLiteral("SELECT entity FROM audit_log")).toString(), QStringLiteral("teams"));
    QCOMPARE(m_fx.scalar(QStringLiteral("SELECT entity_id FROM audit_log")).toString(), *id);
    QCOMPARE(m_fx.scalar(QStringLiteral("SELECT actor_id FROM audit_log")).toString(), m_actor.userId);
    QCOMPARE(m_fx.scalar(QStringLiteral("SELECT actor_login FROM audit_log")).toString(), m_actor.login);
    QCOMPARE(m_fx.scalar(QStringLiteral("SELECT at FROM audit_log")).toString(),
             QStringLiteral("2025-03-01T08:00:00.000Z"));
    QCOMPARE(auditJson(1, "before_json"), QJsonObject());
    QCOMPARE(auditJson(1, "after_json"), (QJsonObject{{"name", "客服一组"}}));
}

void TestWriteTransaction::insertGeneratesOrKeepsId()
{
    auto tx = WriteTransaction::begin(m_fx.conn(), m_actor, m_clock.get());
    QVERIFY(tx.ok());
    const QString given = QStringLiteral("22222222-2222-4222-8222-222222222222");
    auto kept =
        tx->insert(QStringLiteral("teams"), {{"id", given}, {"name", "A"}}, QStringLiteral("team.create"));
    auto made = tx->insert(QStringLiteral("teams"), {{"name", "B"}}, QStringLiteral("team.create"));
    QVERIFY(kept.ok() && made.ok());
    QCOMPARE(*kept, given);
    QVERIFY(!QUuid::fromString(*made).isNull());
    QVERIFY(*made != given);
    QVERIFY(tx->commit().ok());
    QCOMPARE(m_fx.count(QStringLiteral("sync_outbox")), 2);
    QCOMPARE(m_fx.count(QStringLiteral("audit_log")), 2);
    // "id" travels as the row id, not as a changed field.
    QVERIFY(!outboxFields(1).contains(QStringLiteral("id")));
}

void TestWriteTransaction::updateWritesOnlyChangedFields()
{
    QString id;
    {
        auto tx = WriteTransaction::begin(m_fx.conn(), m_actor, m_clock.get());
        QVERIFY(tx.ok());
        auto made = tx->insert(QStringLiteral("teams"), {{"name", "旧名"}, {"lead_id", QVariant()}},
                               QStringLiteral("team.create"));
        QVERIFY(made.ok());
        id = *made;
        QVERIFY(tx->commit().ok());
    }
    // As if the server had acknowledged the insert.
    QVERIFY(m_fx.exec(QStringLiteral("UPDATE teams SET server_seq = 7 WHERE id = ?"), {id}));
    m_clock->advanceSecs(60);

    auto tx = WriteTransaction::begin(m_fx.conn(), m_actor, m_clock.get());
    QVERIFY(tx.ok());
    QVERIFY(tx->update(QStringLiteral("teams"), id, {{"name", "新名"}, {"lead_id", QVariant()}},
                       QStringLiteral("team.rename"))
                .ok());
    const QString hlc = tx->hlc();
    QVERIFY(tx->commit().ok());

    QCOMPARE(m_fx.count(QStringLiteral("sync_outbox")), 2);
    QCOMPARE(m_fx.scalar(QStringLiteral("SELECT fields_json FROM sync_outbox WHERE seq = 2")).toString(),
             QStringLiteral("{\"name\":\"新名\"}"));
    QCOMPARE(m_fx.scalar(QStringLiteral("SELECT base_server_seq FROM sync_outbox WHERE seq = 2")).toInt(), 7);
    QCOMPARE(m_fx.scalar(QStringLiteral("SELECT hlc FROM sync_outbox WHERE seq = 2")).toString(), hlc);
    QCOMPARE(m_fx.scalar(QStringLiteral("SELECT hlc FROM teams")).toString(), hlc);
    QCOMPARE(m_fx.scalar(QStringLiteral("SELECT name FROM teams")).toString(), QStringLiteral("新名"));

    QCOMPARE(m_fx.count(QStringLiteral("audit_log")), 2);
    QCOMPARE(m_fx.scalar(QStringLiteral("SELECT action FROM audit_log WHERE seq = 2")).toString(),
             QStringLiteral("team.rename"));
    QCOMPARE(auditJson(2, "before_json"), (QJsonObject{{"name", "旧名"}}));
    QCOMPARE(auditJson(2, "after_json"), (QJsonObject{{"name", "新名"}}));
}

void TestWriteTransaction::unchangedUpdateWritesNothing()
{
    QString id;
    {
        auto tx = WriteTransaction::begin(m_fx.conn(), m_actor, m_clock.get());
        QVERIFY(tx.ok());
        id = *tx->insert(QStringLiteral("settings"), {{"key", "sla.hours"}, {"value", "24"}},
                         QStringLiteral("setting.change"));
        QVERIFY(tx->commit().ok());
    }
    const QString hlcBefore = m_fx.scalar(QStringLiteral("SELECT hlc FROM settings")).toString();
    auto tx = WriteTransaction::begin(m_fx.conn(), m_actor, m_clock.get());
    QVERIFY(tx.ok());
    QVERIFY(tx->update(QStringLiteral("settings"), id, {{"value", "24"}, {"key", "sla.hours"}},
                       QStringLiteral("setting.change"))
                .ok());
    QVERIFY(tx->commit().ok());
    QCOMPARE(m_fx.count(QStringLiteral("sync_outbox")), 1);
    QCOMPARE(m_fx.count(QStringLiteral("audit_log")), 1);
    QCOMPARE(m_fx.scalar(QStringLiteral("SELECT hlc FROM settings")).toString(), hlcBefore);
}

void TestWriteTransaction::removeTombstones()
{
    QString id;
    {
        auto tx = WriteTransaction::begin(m_fx.conn(), m_actor, m_clock.get());
        QVERIFY(tx.ok());
        id = *tx->insert(QStringLiteral("teams"), {{"name", "待删"}}, QStringLiteral("team.create"));
        QVERIFY(tx->commit().ok());
    }
    QVERIFY(m_fx.exec(QStringLiteral("UPDATE teams SET server_seq = 3")));
    auto tx = WriteTransaction::begin(m_fx.conn(), m_actor, m_clock.get());
    QVERIFY(tx.ok());
    QVERIFY(tx->remove(QStringLiteral("teams"), id, QStringLiteral("team.delete")).ok());
    QVERIFY(tx->commit().ok());

    QCOMPARE(m_fx.count(QStringLiteral("teams")), 1); // a tombstone, not a DELETE
    QCOMPARE(m_fx.scalar(QStringLiteral("SELECT deleted FROM teams")).toInt(), 1);
    QCOMPARE(m_fx.count(QStringLiteral("sync_outbox")), 2);
    QCOMPARE(m_fx.scalar(QStringLiteral("SELECT fields_json FROM sync_outbox WHERE seq = 2")).toString(),
             QStringLiteral("{\"deleted\":1}"));
    QCOMPARE(m_fx.scalar(QStringLiteral("SELECT base_server_seq FROM sync_outbox WHERE seq = 2")).toInt(), 3);
    QCOMPARE(m_fx.count(QStringLiteral("audit_log")), 2);
    QCOMPARE(auditJson(2, "after_json"), (QJsonObject{{"deleted", 1}}));
    QCOMPARE(auditJson(2, "before_json").value(QStringLiteral("name")).toString(), QStringLiteral("待删"));

    // A tombstoned row is gone for further changes.
    auto again = WriteTransaction::begin(m_fx.conn(), m_actor, m_clock.get());
    QVERIFY(again.ok());
    auto st = again->remove(QStringLiteral("teams"), id, QStringLiteral("team.delete"));
    QVERIFY(!st.ok());
    QCOMPARE(st.code(), ErrorCode::NotFound);
}

void TestWriteTransaction::updateOfMissingRowIsNotFound()
{
    auto tx = WriteTransaction::begin(m_fx.conn(), m_actor, m_clock.get());
    QVERIFY(tx.ok());
    auto st = tx->update(QStringLiteral("teams"), QStringLiteral("no-such-id"), {{"name", "x"}},
                         QStringLiteral("team.rename"));
    QVERIFY(!st.ok());
    QCOMPARE(st.code(), ErrorCode::NotFound);
    QVERIFY(!st.message().isEmpty());
}

void TestWriteTransaction::destroyWithoutCommitRollsBack()
{
    {
        auto tx = WriteTransaction::begin(m_fx.conn(), m_actor, m_clock.get());
        QVERIFY(tx.ok());
        QVERIFY(tx->insert(QStringLiteral("teams"), {{"name", "never"}}, QStringLiteral("team.create")).ok());
        QVERIFY(tx->audit(QStringLiteral("something"), QStringLiteral("x"), QString()).ok());
        QCOMPARE(m_fx.count(QStringLiteral("teams")), 1); // visible inside the transaction
    }
    QCOMPARE(m_fx.count(QStringLiteral("teams")), 0);
    QCOMPARE(m_fx.count(QStringLiteral("sync_outbox")), 0);
    QCOMPARE(m_fx.count(QStringLiteral("audit_log")), 0);
    QCOMPARE(m_fx.count(QStringLiteral("local_state WHERE key = 'hlc_last'")), 0);

    // The connection is usable again afterwards.
    auto tx = WriteTransaction::begin(m_fx.conn(), m_actor, m_clock.get());
    QVERIFY2(tx.ok(), qPrintable(tx.message()));
}

void TestWriteTransaction::undeclaredIdentifiersRefused_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("field");
    QTest::newRow("table not synced") << "audit_log"
                                      << "action";
    QTest::newRow("unknown table") << "nope"
                                   << "name";
    QTest::newRow("unknown field") << "teams"
                                   << "colour";
    QTest::newRow("sync column") << "teams"
                                 << "server_seq";
    QTest::newRow("injection attempt") << "teams"
                                       << "name\" = 'x'; --";
    QTest::newRow("field of another table") << "teams"
                                            << "login";
}

void TestWriteTransaction::undeclaredIdentifiersRefused()
{
    QFETCH(QString, table);
    QFETCH(QString, field);
    QVERIFY(m_fx.exec(QStringLiteral("INSERT INTO teams (id, name) VALUES ('t1', 'keep')")));
    auto tx = WriteTransaction::begin(m_fx.conn(), m_actor, m_clock.get());
    QVERIFY(tx.ok());
    auto inserted = tx->insert(table, {{field, "v"}}, QStringLiteral("x.create"));
    QVERIFY(!inserted.ok());
    QCOMPARE(inserted.code(), ErrorCode::Internal);
    auto updated = tx->update(table, QStringLiteral("t1"), {{field, "v"}}, QStringLiteral("x.update"));
    QVERIFY(!updated.ok());
    QCOMPARE(updated.code(), ErrorCode::Internal);
    QVERIFY(tx->commit().ok());
    QCOMPARE(m_fx.count(QStringLiteral("sync_outbox")), 0);
    QCOMPARE(m_fx.count(QStringLiteral("audit_log")), 0);
    QCOMPARE(m_fx.scalar(QStringLiteral("SELECT name FROM teams WHERE id = 't1'")).toString(),
             QStringLiteral("keep"));
}

void TestWriteTransaction::uniqueViolationIsConflict()
{
    auto tx = WriteTransaction::begin(m_fx.conn(), m_actor, m_clock.get());
    QVERIFY(tx.ok());
    QVERIFY(tx->insert(QStringLiteral("teams"), {{"name", "同名"}}, QStringLiteral("team.create")).ok());
    auto second = tx->insert(QStringLiteral("teams"), {{"name", "同名"}}, QStringLiteral("team.create"));
    QVERIFY(!second.ok());
    QCOMPARE(second.code(), ErrorCode::Conflict);
    QVERIFY(!second.message().isEmpty());
    QVERIFY(!second.error().detail.isEmpty());
}

void TestWriteTransaction::secretFieldsMaskedInAuditOnly()
{
    auto tx = WriteTransaction::begin(m_fx.conn(), m_actor, m_clock.get());
    QVERIFY(tx.ok());
    const QString hash = QStringLiteral("$argon2id$v=19$m=65536,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2g");
    auto id = tx->insert(QStringLiteral("users"),
                         {{"login", "li"},
                          {"display_name", "李雷"},
                          {"password_hash", hash},
                          {"team_id", QVariant()},
                          {"active", true},
                          {"created_at", "2025-03-01T08:00:00.000Z"}},
                         QStringLiteral("user.create"));
    QVERIFY2(id.ok(), qPrintable(id.message()));
    QVERIFY(tx->update(QStringLiteral("users"), *id, {{"password_hash", hash + "x"}},
                       QStringLiteral("user.password.reset"))
                .ok());
    QVERIFY(tx->commit().ok());

    QCOMPARE(auditJson(1, "after_json").value(QStringLiteral("password_hash")).toString(),
             QStringLiteral("***"));
    QCOMPARE(auditJson(1, "after_json").value(QStringLiteral("login")).toString(), QStringLiteral("li"));
    QCOMPARE(auditJson(1, "after_json").value(QStringLiteral("active")).toInt(), 1);
    QCOMPARE(auditJson(2, "before_json"), (QJsonObject{{"password_hash", "***"}}));
    QCOMPARE(auditJson(2, "after_json"), (QJsonObject{{"password_hash", "***"}}));
    QCOMPARE(m_fx.count(
                 QStringLiteral("audit_log WHERE before_json LIKE '%argon2%' OR after_json LIKE '%argon2%'")),
             0);
    // The outbox carries the real value: the server needs it to let the user sign in elsewhere.
    QCOMPARE(outboxFields(1).value(QStringLiteral("password_hash")).toString(), hash);
    QCOMPARE(outboxFields(1).value(QStringLiteral("team_id")), QJsonValue(QJsonValue::Null));
    QCOMPARE(outboxFields(1).value(QStringLiteral("active")).toInt(), 1);
}

void TestWriteTransaction::auditOnlyEntryHasNoOutbox()
{
    auto tx = WriteTransaction::begin(m_fx.conn(), m_actor, m_clock.get());
    QVERIFY(tx.ok());
    QVERIFY(tx->audit(QStringLiteral("backup.create"), QStringLiteral("database"), QString(), {},
                      {{"file", "backup.db"}})
                .ok());
    QVERIFY(tx->commit().ok());
    QCOMPARE(m_fx.count(QStringLiteral("audit_log")), 1);
    QCOMPARE(m_fx.count(QStringLiteral("sync_outbox")), 0);
    QCOMPARE(auditJson(1, "after_json"), (QJsonObject{{"file", "backup.db"}}));
}

void TestWriteTransaction::hlcIncreasesEvenWhenClockGoesBack()
{
    QStringList hlcs;
    const QList<qint64> steps{0, 0, -3600, 1, -86400, 7200};
    for (qint64 step : steps) {
        m_clock->advanceSecs(step);
        auto tx = WriteTransaction::begin(m_fx.conn(), m_actor, m_clock.get());
        QVERIFY(tx.ok());
        QVERIFY(tx->insert(QStringLiteral("teams"), {{"name", QString::number(hlcs.size())}},
                           QStringLiteral("team.create"))
                    .ok());
        hlcs << tx->hlc();
        QVERIFY(tx->commit().ok());
    }
    for (int i = 1; i < hlcs.size(); ++i)
        QVERIFY2(hlcs.at(i - 1) < hlcs.at(i), qPrintable(hlcs.at(i - 1) + " !< " + hlcs.at(i)));
    // The node part is this workstation's id.
    const QString node =
        m_fx.scalar(QStringLiteral("SELECT value FROM local_state WHERE key = 'node_id'")).toString();
    QVERIFY(!node.isEmpty());
    QVERIFY(hlcs.first().endsWith(QLatin1Char('-') + node));
    QCOMPARE(m_fx.scalar(QStringLiteral("SELECT value FROM local_state WHERE key = 'hlc_last'")).toString(),
             hlcs.last());
}

void TestWriteTransaction::hlcUniqueAcrossThreads()
{
    // Two threads with their own connections write at the same frozen clock: the
    // stored last HLC, read and written inside each write transaction, keeps every
    // transaction's clock distinct.
    constexpr int kPerThread = 15;
    QStringList results[2];
    bool failed[2] = {false, false};
    auto work = [&](int n) {
        for (int i = 0; i < kPerThread; ++i) {
            auto tx = WriteTransaction::begin(m_fx.db().connection(), m_actor, m_clock.get());
            if (!tx.ok() ||
                !tx->insert(QStringLiteral("teams"), {{"name", QStringLiteral("t%1-%2").arg(n).arg(i)}},
                            QStringLiteral("team.create"))
                     .ok()) {
                failed[n] = true;
                break;
            }
            results[n] << tx->hlc();
            if (!tx->commit().ok()) {
                failed[n] = true;
                break;
            }
        }
        m_fx.db().releaseThreadConnection();
    };
    std::thread a(work, 0);
    std::thread b(work, 1);
    a.join();
    b.join();
    QVERIFY(!failed[0] && !failed[1]);
    QSet<QString> all;
    for (const QStringList& list : results) {
        for (int i = 1; i < list.size(); ++i)
            QVERIFY(list.at(i - 1) < list.at(i));
        for (const QString& h : list)
            all.insert(h);
    }
    QCOMPARE(all.size(), 2 * kPerThread);
    QCOMPARE(m_fx.count(QStringLiteral("sync_outbox")), 2 * kPerThread);
}

void TestWriteTransaction::oneHlcPerTransaction()
{
    auto tx = WriteTransaction::begin(m_fx.conn(), m_actor, m_clock.get());
    QVERIFY(tx.ok());
    QVERIFY(tx->insert(QStringLiteral("teams"), {{"name", "a"}}, QStringLiteral("team.create")).ok());
    QVERIFY(tx->insert(QStringLiteral("teams"), {{"name", "b"}}, QStringLiteral("team.create")).ok());
    QVERIFY(tx->commit().ok());
    QCOMPARE(m_fx.count(QStringLiteral("(SELECT DISTINCT hlc FROM sync_outbox)")), 1);
    QCOMPARE(m_fx.count(QStringLiteral("(SELECT DISTINCT op_id FROM sync_outbox)")), 2);
}

void TestWriteTransaction::useAfterCommitRefused()
{
    auto tx = WriteTransaction::begin(m_fx.conn(), m_actor, m_clock.get());
    QVERIFY(tx.ok());
    QVERIFY(tx->commit().ok());
    QCOMPARE(tx->insert(QStringLiteral("teams"), {{"name", "late"}}, QStringLiteral("team.create")).code(),
             ErrorCode::Internal);
    QCOMPARE(tx->commit().code(), ErrorCode::Internal);
    QCOMPARE(m_fx.count(QStringLiteral("teams")), 0);
}

QTEST_GUILESS_MAIN(TestWriteTransaction)
#include "tst_writetransaction.moc"
