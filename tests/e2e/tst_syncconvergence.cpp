// SYNC.md "What the tests must prove": three workstations edit the same rows offline,
// sync in random order, and end identical to each other and to the server; every op
// was answered exactly once and every refused op is in its author's conflicts table.
// Real server process, real PostgreSQL, real encrypted clients with SyncClient.
//
// SW_SYNC_SEED=<n> repeats a run (the seed is printed).

#include "domain/ticketworkflow.h"
#include "services/ticketservice.h"
#include "services/ticketstore.h"
#include "services/writetransaction.h"
#include "support/serverfixture.h"
#include "support/syncworkstation.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>

using namespace sw;
using namespace sw::services;
using swtest::ServerFixture;
using swtest::SyncWorkstation;

namespace {

const QString kPassword = QStringLiteral("Converge-Pass-2026");
constexpr int kWorkstations = 3;
constexpr int kRounds = 10;
constexpr int kOpsPerRound = 110; // ≥ 1 000 successful operations per workstation

const QStringList kSubjects = {QStringLiteral("快递丢件"), QStringLiteral("退款未到账"), QStringLiteral("商品质量问题"),
                               QStringLiteral("发票开错"), QStringLiteral("账号无法登录"), QStringLiteral("优惠券失效")};

QJsonValue comparable(const QJsonValue& v)
{
    if (v.isBool())
        return QJsonValue(qint64(v.toBool() ? 1 : 0));
    if (v.isDouble() && double(v.toInteger()) == v.toDouble())
        return QJsonValue(v.toInteger());
    return v;
}

QJsonObject comparable(const QJsonObject& o)
{
    QJsonObject out;
    for (auto it = o.begin(); it != o.end(); ++it)
        out.insert(it.key(), comparable(it.value()));
    return out;
}

} // namespace

class TestSyncConvergence : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void threeWorkstationsConverge();

private:
    bool randomOp(SyncWorkstation& ws, const Actor& actor, const QStringList& managers);

    std::unique_ptr<ServerFixture> m_server;
    QRandomGenerator m_rng;
};

void TestSyncConvergence::initTestCase()
{
    declareAllSyncedTables();
    const quint32 seed = qEnvironmentVariableIsSet("SW_SYNC_SEED") ? quint32(qEnvironmentVariableIntValue("SW_SYNC_SEED"))
                                                                   : QRandomGenerator::global()->generate();
    qInfo("convergence seed: %u (SW_SYNC_SEED=%u repeats this run)", seed, seed);
    m_rng.seed(seed);
    m_server = std::make_unique<ServerFixture>();
    QString why;
    QVERIFY2(m_server->start(&why), qPrintable(why));
    for (int i = 1; i <= kWorkstations; ++i)
        QVERIFY(!m_server->addUser(QStringLiteral("mgr%1").arg(i), kPassword, {QStringLiteral("manager")}).isEmpty());
}

bool TestSyncConvergence::randomOp(SyncWorkstation& ws, const Actor& actor, const QStringList& managers)
{
    TicketService tickets(ws.db(), actor);
    QSqlQuery q(ws.conn());
    q.exec(QStringLiteral("SELECT id FROM tickets WHERE deleted = 0 AND merged_into IS NULL"));
    QStringList ids;
    while (q.next())
        ids << q.value(0).toString();
    const int dice = int(m_rng.bounded(100));
    if (ids.isEmpty() || dice < 8) {
        TicketDraft d;
        d.subject = kSubjects.at(int(m_rng.bounded(kSubjects.size()))) + QString::number(m_rng.bounded(1000));
        d.body = QStringLiteral("顾客在线反馈，需要跟进处理。");
        d.customerName = QStringLiteral("客户%1").arg(m_rng.bounded(100));
        d.customerPhone = QStringLiteral("13%1").arg(m_rng.bounded(100000000, 999999999));
        return tickets.create(d).ok();
    }
    const QString id = ids.at(int(m_rng.bounded(ids.size())));
    if (dice < 30)
        return tickets.reply(id, QStringLiteral("回复 %1").arg(m_rng.generate())).ok();
    if (dice < 48)
        return tickets.addNote(id, QStringLiteral("内部备注 %1").arg(m_rng.generate())).ok();
    if (dice < 68) {
        const QList<domain::TicketStatus> all = {domain::TicketStatus::Open, domain::TicketStatus::PendingCustomer,
                                                 domain::TicketStatus::Resolved, domain::TicketStatus::Closed};
        // Closing is rare, so that most tickets stay editable.
        const domain::TicketStatus to = all.at(int(m_rng.bounded(m_rng.bounded(10) == 0 ? 4 : 3)));
        return tickets.changeStatus(id, to).ok();
    }
    if (dice < 80) {
        auto t = TicketStore::load(ws.conn(), id);
        if (!t)
            return false;
        const QList<domain::TicketPriority> priorities = {domain::TicketPriority::Low, domain::TicketPriority::Normal,
                                                          domain::TicketPriority::High, domain::TicketPriority::Urgent};
        return tickets.triage(id, t->kind, priorities.at(int(m_rng.bounded(4))), false, {}).ok();
    }
    if (dice < 90)
        return tickets.assign(id, managers.at(int(m_rng.bounded(managers.size())))).ok();
    // A few shared canned replies that everybody edits: per-field last writer wins.
    const QString reply = QStringLiteral("00000000-0000-4000-8000-0000000c0d0%1").arg(m_rng.bounded(3));
    auto tx = WriteTransaction::begin(ws.conn(), actor);
    if (!tx)
        return false;
    const QString field = m_rng.bounded(2) ? QStringLiteral("title") : QStringLiteral("body");
    const QString value = QStringLiteral("%1 by %2 #%3").arg(field, actor.login).arg(m_rng.generate());
    QSqlQuery exists(ws.conn());
    exists.prepare(QStringLiteral("SELECT deleted FROM canned_replies WHERE id = ?"));
    exists.addBindValue(reply);
    exists.exec();
    if (!exists.next()) {
        if (!tx->insert(QStringLiteral("canned_replies"),
                        {{QStringLiteral("id"), reply}, {QStringLiteral("title"), value}, {QStringLiteral("body"), value}},
                        QStringLiteral("test.canned")))
            return false;
    } else if (exists.value(0).toInt() == 0) {
        if (!tx->update(QStringLiteral("canned_replies"), reply, {{field, value}}, QStringLiteral("test.canned")))
            return false;
    } else {
        return false;
    }
    return tx->commit().ok();
}

void TestSyncConvergence::threeWorkstationsConverge()
{
    std::vector<std::unique_ptr<SyncWorkstation>> ws;
    QList<Actor> actors;
    QString why;
    for (int i = 0; i < kWorkstations; ++i) {
        ws.push_back(std::make_unique<SyncWorkstation>());
        QVERIFY2(ws.back()->create(m_server->url(), {}, &why), qPrintable(why));
        QVERIFY2(ws.back()->signIn(QStringLiteral("mgr%1").arg(i + 1), kPassword, &why), qPrintable(why));
        actors << ws.back()->actor(QStringLiteral("mgr%1").arg(i + 1));
        QVERIFY(!actors.back().userId.isEmpty());
    }
    QStringList managers;
    for (const Actor& a : actors)
        managers << a.userId;

    QList<QSet<QString>> opsOf(kWorkstations);
    QList<int> done(kWorkstations, 0);
    for (int round = 0; round < kRounds; ++round) {
        for (int i = 0; i < kWorkstations; ++i) {
            int ok = 0;
            for (int attempt = 0; ok < kOpsPerRound && attempt < kOpsPerRound * 20; ++attempt)
                ok += randomOp(*ws[i], actors[i], managers) ? 1 : 0;
            QCOMPARE(ok, kOpsPerRound);
            done[i] += ok;
            QSqlQuery q(ws[i]->conn());
            QVERIFY(q.exec(QStringLiteral("SELECT op_id FROM sync_outbox")));
            while (q.next())
                opsOf[i].insert(q.value(0).toString());
        }
        QList<int> order{0, 1, 2};
        std::shuffle(order.begin(), order.end(), std::mt19937(m_rng.generate()));
        for (int i : order)
            QVERIFY2(ws[i]->sync(&why), qPrintable(why));
    }
    // Quiet: two more rounds, everybody has pushed and pulled everything.
    for (int pass = 0; pass < 2; ++pass) {
        for (int i = 0; i < kWorkstations; ++i)
            QVERIFY2(ws[i]->sync(&why), qPrintable(why));
    }

    // Identical to each other …
    const QMap<QString, QJsonObject> first = ws[0]->liveRows();
    QVERIFY(first.size() > 100);
    for (int i = 0; i < kWorkstations; ++i) {
        QVERIFY(done[i] >= 1000);
        QCOMPARE(ws[i]->scalar(QStringLiteral("SELECT count(*) FROM sync_outbox")), qint64(0));
        const QMap<QString, QJsonObject> rows = ws[i]->liveRows();
        QCOMPARE(rows.keys(), first.keys());
        for (auto it = rows.cbegin(); it != rows.cend(); ++it)
            QVERIFY2(comparable(it.value()) == comparable(first.value(it.key())), qPrintable(it.key()));
    }
    // … and to the server.
    int serverLive = 0;
    for (const QVariantList& row : m_server->query(
             QStringLiteral("SELECT table_name, row_id, fields::text FROM sync_rows WHERE NOT deleted"))) {
        ++serverLive;
        const QString key = row.at(0).toString() + QLatin1Char('/') + row.at(1).toString();
        QVERIFY2(first.contains(key), qPrintable(key));
        const QJsonObject server = QJsonDocument::fromJson(row.at(2).toString().toUtf8()).object();
        const QJsonObject local = first.value(key);
        for (auto it = server.begin(); it != server.end(); ++it)
            QVERIFY2(comparable(it.value()) == comparable(local.value(it.key())),
                     qPrintable(QStringLiteral("%1.%2").arg(key, it.key())));
    }
    QCOMPARE(serverLive, int(first.size()));

    // Every op answered exactly once; every refused one is in its author's conflicts.
    QHash<QString, QString> verdicts;
    for (const QVariantList& row :
         m_server->query(QStringLiteral("SELECT op_id, verdict->'results'->0->>'status' FROM applied_ops")))
        verdicts.insert(row.at(0).toString(), row.at(1).toString());
    int total = 0;
    int refused = 0;
    for (int i = 0; i < kWorkstations; ++i) {
        total += int(opsOf[i].size());
        QSet<QString> conflicts;
        QSqlQuery q(ws[i]->conn());
        QVERIFY(q.exec(QStringLiteral("SELECT op_id, author_id FROM sync_conflicts")));
        while (q.next()) {
            conflicts.insert(q.value(0).toString());
            QCOMPARE(q.value(1).toString(), actors[i].userId);
        }
        for (const QString& op : opsOf[i]) {
            QVERIFY2(verdicts.contains(op), qPrintable(QStringLiteral("op never answered: %1").arg(op)));
            if (verdicts.value(op) == QLatin1String("refused")) {
                ++refused;
                QVERIFY2(conflicts.contains(op), qPrintable(QStringLiteral("refused op not shown: %1").arg(op)));
            }
        }
        QVERIFY(conflicts.size() <= opsOf[i].size());
    }
    QCOMPARE(verdicts.size(), total); // nothing answered that nobody sent, nothing twice
    qInfo("ops: %d, refused: %d, live rows: %d", total, refused, serverLive);
    QVERIFY(refused > 0);            // the run exercised conflicts …
    QVERIFY(refused < total / 2);    // … and mostly merged
}

QTEST_GUILESS_MAIN(TestSyncConvergence)
#include "tst_syncconvergence.moc"
