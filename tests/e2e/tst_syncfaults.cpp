// SYNC.md "Killing the server or dropping the connection mid-push, then retrying,
// leaves no op lost and none applied twice" — with the real server process, real
// PostgreSQL and real workstations: the same batch sent twice, the server killed in
// the middle of a push, the connection cut in the middle of the answer, and the
// workstation process killed between push and acknowledgement.

#include "services/ticketservice.h"
#include "support/serverfixture.h"
#include "support/syncworkstation.h"
#include "sync/protocol.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace sw;
using namespace sw::services;
using swtest::ServerFixture;
using swtest::SyncWorkstation;

namespace {

const QString kPassword = QStringLiteral("Faults-Pass-2026");

// A TCP relay in front of the server that, while armed, cuts the connection after the
// first bytes of the answer to a push.
class CuttingProxy : public QObject
{
public:
    explicit CuttingProxy(quint16 target) : m_target(target)
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* client = m_server.nextPendingConnection())
                relay(client);
        });
    }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort())); }
    int cutsLeft = 0;
    int cutsDone = 0;

private:
    void relay(QTcpSocket* client)
    {
        auto* upstream = new QTcpSocket(client);
        auto* isPush = new bool(false);
        connect(client, &QObject::destroyed, [isPush] { delete isPush; });
        upstream->connectToHost(QHostAddress::LocalHost, m_target);
        connect(client, &QTcpSocket::readyRead, upstream, [client, upstream, isPush] {
            const QByteArray bytes = client->readAll();
            if (bytes.startsWith("POST ") || bytes.startsWith("GET "))
                *isPush = bytes.startsWith("POST /v1/sync/push");
            upstream->write(bytes);
        });
        connect(upstream, &QTcpSocket::readyRead, client, [this, client, upstream, isPush] {
            const QByteArray bytes = upstream->readAll();
            if (*isPush && cutsLeft > 0) {
                --cutsLeft;
                ++cutsDone;
                client->write(bytes.left(20));
                client->flush();
                client->abort();
                upstream->abort();
                client->deleteLater();
                return;
            }
            client->write(bytes);
        });
        connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
        connect(upstream, &QTcpSocket::disconnected, client, [client] { client->disconnectFromHost(); });
    }

    QTcpServer m_server;
    quint16 m_target;
};

} // namespace

class TestSyncFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void sameBatchSentTwice();
    void serverKilledMidPush();
    void connectionCutMidAnswer();
    void workstationKilledBetweenPushAndAcknowledgement();

private:
    // n tickets with a reply each on the workstation; returns the outbox op ids.
    QSet<QString> makeChanges(SyncWorkstation& ws, int n);
    // Afterwards: outbox empty, every op answered exactly once and accepted, and the
    // server holds exactly the workstation's rows.
    void checkNothingLostNothingTwice(SyncWorkstation& ws, const QSet<QString>& ops);

    std::unique_ptr<ServerFixture> m_server;
};

void TestSyncFaults::initTestCase()
{
    declareAllSyncedTables();
    m_server = std::make_unique<ServerFixture>();
    QString why;
    QVERIFY2(m_server->start(&why), qPrintable(why));
    QVERIFY(!m_server->addUser(QStringLiteral("mgr1"), kPassword, {QStringLiteral("manager")}).isEmpty());
}

void TestSyncFaults::init()
{
    // A test that failed half-way may have left the server stopped.
    QString why;
    if (m_server->query(QStringLiteral("SELECT 1")).isEmpty() || !m_server->isRunning())
        QVERIFY2(m_server->restart(&why), qPrintable(why));
}

QSet<QString> TestSyncFaults::makeChanges(SyncWorkstation& ws, int n)
{
    const Actor mgr = ws.actor(QStringLiteral("mgr1"));
    TicketService service(ws.db(), mgr);
    for (int i = 0; i < n; ++i) {
        TicketDraft d;
        d.subject = QStringLiteral("故障测试工单 %1").arg(i);
        d.body = QStringLiteral("物流停滞三天，客户要求退款。");
        d.customerName = QStringLiteral("客户%1").arg(i % 50);
        auto id = service.create(d);
        if (!id || !service.reply(*id, QStringLiteral("已催促物流，请耐心等待。")))
            qFatal("makeChanges failed");
    }
    QSet<QString> ops;
    QSqlQuery q(ws.conn());
    q.exec(QStringLiteral("SELECT op_id FROM sync_outbox"));
    while (q.next())
        ops.insert(q.value(0).toString());
    return ops;
}

void TestSyncFaults::checkNothingLostNothingTwice(SyncWorkstation& ws, const QSet<QString>& ops)
{
    QCOMPARE(ws.scalar(QStringLiteral("SELECT count(*) FROM sync_outbox")), qint64(0));
    QCOMPARE(ws.scalar(QStringLiteral("SELECT count(*) FROM sync_conflicts")), qint64(0));
    QHash<QString, QString> verdicts;
    for (const QVariantList& row :
         m_server->query(QStringLiteral("SELECT op_id, verdict->'results'->0->>'status' FROM applied_ops")))
        verdicts.insert(row.at(0).toString(), row.at(1).toString());
    for (const QString& op : ops) {
        QVERIFY2(verdicts.contains(op), qPrintable(QStringLiteral("op lost: %1").arg(op)));
        QCOMPARE(verdicts.value(op), QStringLiteral("accepted"));
    }
    // Exactly the workstation's rows on the server, each field as the workstation has it.
    const QMap<QString, QJsonObject> local = ws.liveRows();
    int serverRows = 0;
    for (const QVariantList& row :
         m_server->query(QStringLiteral("SELECT table_name, row_id, fields::text FROM sync_rows WHERE NOT deleted"))) {
        ++serverRows;
        const QString key = row.at(0).toString() + QLatin1Char('/') + row.at(1).toString();
        QVERIFY2(local.contains(key), qPrintable(key));
        const QJsonObject fields = QJsonDocument::fromJson(row.at(2).toString().toUtf8()).object();
        for (auto it = fields.begin(); it != fields.end(); ++it) {
            const QJsonValue mine = local.value(key).value(it.key());
            QVERIFY2(mine.toVariant().toString() == it.value().toVariant().toString(),
                     qPrintable(QStringLiteral("%1.%2").arg(key, it.key())));
        }
    }
    QCOMPARE(serverRows, int(local.size()));
}

void TestSyncFaults::sameBatchSentTwice()
{
    SyncWorkstation ws;
    QString why;
    QVERIFY(ws.create(m_server->url(), {}, &why));
    QVERIFY2(ws.signIn(QStringLiteral("mgr1"), kPassword, &why), qPrintable(why));
    const QSet<QString> ops = makeChanges(ws, 20);
    auto batch = sync::SyncStore::nextBatch(ws.conn(), 500, qint64(1) << 30);
    QVERIFY(batch && batch->size() == ops.size());

    // The batch goes out twice behind the workstation's back (a retry after a lost
    // answer): the second answer is the first one, byte for byte, and changes nothing.
    QNetworkAccessManager nam;
    auto post = [&](const QString& path, const QByteArray& body, const QString& token) {
        QNetworkRequest req(QUrl(m_server->url().toString() + path));
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        if (!token.isEmpty())
            req.setRawHeader("Authorization", "Bearer " + token.toLatin1());
        QNetworkReply* reply = nam.post(req, body);
        QSignalSpy done(reply, &QNetworkReply::finished);
        done.wait(30000);
        const QByteArray answer = reply->readAll();
        reply->deleteLater();
        return answer;
    };
    const auto login = sync::protocol::parseLoginResponse(
        post(QStringLiteral("/v1/auth/login"),
             sync::protocol::loginRequest({QStringLiteral("mgr1"), kPassword, QStringLiteral("00000000000000aa")}), {}));
    QVERIFY(login);
    const QByteArray body = sync::protocol::pushRequest(*batch);
    const QByteArray first = post(QStringLiteral("/v1/sync/push"), body, login->token);
    const QList<QVariantList> seqAfterFirst = m_server->query(QStringLiteral("SELECT max(server_seq) FROM sync_rows"));
    const QByteArray second = post(QStringLiteral("/v1/sync/push"), body, login->token);
    QVERIFY(!first.isEmpty());
    QCOMPARE(second, first);
    QCOMPARE(m_server->query(QStringLiteral("SELECT max(server_seq) FROM sync_rows")), seqAfterFirst);

    // The workstation never saw either answer: it sends the batch a third time.
    QVERIFY2(ws.sync(&why), qPrintable(why));
    QCOMPARE(m_server->query(QStringLiteral("SELECT max(server_seq) FROM sync_rows")), seqAfterFirst);
    checkNothingLostNothingTwice(ws, ops);
}

void TestSyncFaults::serverKilledMidPush()
{
    SyncWorkstation ws;
    QString why;
    QVERIFY(ws.create(m_server->url(), {}, &why));
    QVERIFY2(ws.signIn(QStringLiteral("mgr1"), kPassword, &why), qPrintable(why));
    const QSet<QString> ops = makeChanges(ws, 300); // ~2 100 ops: several batches of 500
    QVERIFY(ops.size() > 1500);

    // Kill the server as soon as the first batch is acknowledged.
    QSignalSpy finished(ws.client.get(), &sync::SyncClient::syncFinished);
    bool killed = false;
    QMetaObject::Connection c = connect(ws.client.get(), &sync::SyncClient::pendingChangesChanged, this,
                                        [&](qint64 pending) {
                                            // Queued counts from before the sync may still arrive:
                                            // the outbox itself says when a batch is through.
                                            if (!killed && pending < ops.size()
                                                && ws.scalar(QStringLiteral("SELECT count(*) FROM sync_outbox"))
                                                       < ops.size()) {
                                                killed = true;
                                                m_server->kill();
                                            }
                                        });
    ws.client->syncNow();
    QVERIFY(finished.wait(120000));
    disconnect(c);
    QVERIFY(killed);
    QCOMPARE(finished.first().at(0).toBool(), false);
    const qint64 left = ws.scalar(QStringLiteral("SELECT count(*) FROM sync_outbox"));
    QVERIFY2(left > 0 && left < ops.size(), qPrintable(QStringLiteral("%1 of %2 left").arg(left).arg(ops.size())));

    QVERIFY2(m_server->restart(&why), qPrintable(why));
    QVERIFY2(ws.sync(&why), qPrintable(why));
    checkNothingLostNothingTwice(ws, ops);
}

void TestSyncFaults::connectionCutMidAnswer()
{
    CuttingProxy proxy(quint16(m_server->url().port()));
    SyncWorkstation ws;
    QString why;
    QVERIFY(ws.create(proxy.url(), {}, &why));
    QVERIFY2(ws.signIn(QStringLiteral("mgr1"), kPassword, &why), qPrintable(why));
    const QSet<QString> ops = makeChanges(ws, 300);
    const qint64 answeredBefore = m_server->query(QStringLiteral("SELECT count(*) FROM applied_ops")).value(0).value(0).toLongLong();

    // The server applies the batch; its answer never arrives whole (Qt's own transparent
    // resend of the request is cut too).
    proxy.cutsLeft = 3;
    QVERIFY(!ws.sync(&why));
    QVERIFY(proxy.cutsDone >= 1);
    proxy.cutsLeft = 0;
    QCOMPARE(ws.client->state(), sync::SyncClient::State::Offline);
    QCOMPARE(ws.scalar(QStringLiteral("SELECT count(*) FROM sync_outbox")), qint64(ops.size()));
    QVERIFY(m_server->query(QStringLiteral("SELECT count(*) FROM applied_ops")).value(0).value(0).toLongLong()
            > answeredBefore); // applied on the server

    QVERIFY2(ws.sync(&why), qPrintable(why));
    checkNothingLostNothingTwice(ws, ops);
}

void TestSyncFaults::workstationKilledBetweenPushAndAcknowledgement()
{
    auto ws = std::make_unique<SyncWorkstation>();
    QString why;
    QVERIFY(ws->create(m_server->url(), {}, &why));
    QVERIFY2(ws->signIn(QStringLiteral("mgr1"), kPassword, &why), qPrintable(why));
    const QSet<QString> ops = makeChanges(*ws, 500);
    const QString dbPath = ws->db().path();
    ws->close();

    // The workstation process dies at random moments of its sync, three times.
    const QString helper = QStringLiteral(SW_HELPER_DIR "/sw_helper_syncpusher");
    const QByteArray secrets = QByteArrayLiteral("workstation passphrase\n") + kPassword.toUtf8() + '\n';
    int killedWithWork = 0;
    for (int attempt = 0; attempt < 3; ++attempt) {
        QProcess p;
        p.start(helper, {dbPath, QStringLiteral("mgr1")});
        QVERIFY(p.waitForStarted());
        p.write(secrets);
        p.closeWriteChannel();
        QTest::qWait(int(QRandomGenerator::global()->bounded(200, 900)));
        if (p.state() == QProcess::Running) {
            p.kill();
            ++killedWithWork;
        }
        p.waitForFinished(10000);
    }
    qInfo("workstation killed %d times in the middle of its sync", killedWithWork);
    // Then one run to the end.
    QProcess p;
    p.start(helper, {dbPath, QStringLiteral("mgr1")});
    QVERIFY(p.waitForStarted());
    p.write(secrets);
    p.closeWriteChannel();
    QVERIFY(p.waitForFinished(120000));
    QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());

    QVERIFY2(ws->reopen(&why), qPrintable(why));
    checkNothingLostNothingTwice(*ws, ops);
}

QTEST_GUILESS_MAIN(TestSyncFaults)
#include "tst_syncfaults.moc"
