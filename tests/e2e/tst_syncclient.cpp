// SyncClient against the real shopwarden-server on the test PostgreSQL cluster: two
// workstations meet on the server; refused changes become conflicts of their author;
// sign-in errors, an unreachable server and TLS with a private CA.

#include "services/ticketquery.h"
#include "services/ticketservice.h"
#include "services/ticketstore.h"
#include "support/serverfixture.h"
#include "support/syncworkstation.h"
#include "sync/conflictservice.h"
#include "sync/protocol.h"

#include <QTest>

using namespace sw;
using namespace sw::services;
using swtest::ServerFixture;
using swtest::SyncWorkstation;

namespace {

const QString kPassword = QStringLiteral("Sync-Test-Pass-2026");

TicketDraft draft(const QString& subject)
{
    TicketDraft d;
    d.subject = subject;
    d.body = QStringLiteral("客户来电反映：快递显示已签收但本人未收到包裹。");
    d.customerName = QStringLiteral("刘女士");
    d.customerPhone = QStringLiteral("13912345678");
    d.orderNo = QStringLiteral("SO-2026-7788");
    return d;
}

} // namespace

class TestSyncClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void changeOnOneWorkstationReachesTheOther();
    void refusedChangeBecomesAConflictOfItsAuthor();
    void agentGetsOnlyTheirScopeWithPhonesMasked();
    void attachmentContentTravels();
    void wrongPasswordIsRefused();
    void unreachableServerThenRecovers();
    void tlsWithPrivateCa();

private:
    std::unique_ptr<ServerFixture> m_server;
    QString m_team;
};

void TestSyncClient::initTestCase()
{
    declareAllSyncedTables();
    m_server = std::make_unique<ServerFixture>();
    QString why;
    QVERIFY2(m_server->start(&why), qPrintable(why));
    m_team = m_server->addTeam(QStringLiteral("售后一组"));
    QVERIFY(!m_server->addUser(QStringLiteral("mgr1"), kPassword, {QStringLiteral("manager")}).isEmpty());
    QVERIFY(!m_server->addUser(QStringLiteral("mgr2"), kPassword, {QStringLiteral("manager")}).isEmpty());
    QVERIFY(!m_server->addUser(QStringLiteral("agent1"), kPassword, {QStringLiteral("agent")}, m_team).isEmpty());
}

void TestSyncClient::changeOnOneWorkstationReachesTheOther()
{
    SyncWorkstation a, b;
    QString why;
    QVERIFY2(a.create(m_server->url(), {}, &why), qPrintable(why));
    QVERIFY2(b.create(m_server->url(), {}, &why), qPrintable(why));
    QSignalSpy signedIn(a.client.get(), &sync::SyncClient::signedIn);
    QVERIFY2(a.signIn(QStringLiteral("mgr1"), kPassword, &why), qPrintable(why));
    QCOMPARE(signedIn.size(), 1);
    QCOMPARE(a.client->state(), sync::SyncClient::State::Idle);
    QVERIFY(a.client->lastSyncAt().isValid());
    // The directory arrived: the manager can work locally with their server account.
    const Actor mgr = a.actor(QStringLiteral("mgr1"));
    QVERIFY(mgr.has(domain::Role::Manager));

    auto id = TicketService(a.db(), mgr).create(draft(QStringLiteral("签收未收到包裹")));
    QVERIFY2(id, qPrintable(id.message()));
    QVERIFY(TicketService(a.db(), mgr).reply(*id, QStringLiteral("已联系快递核实派送记录。")));
    QVERIFY(a.scalar(QStringLiteral("SELECT count(*) FROM sync_outbox")) > 0);
    QSignalSpy pending(a.client.get(), &sync::SyncClient::pendingChangesChanged);
    QVERIFY2(a.sync(&why), qPrintable(why));
    QCOMPARE(a.scalar(QStringLiteral("SELECT count(*) FROM sync_outbox")), qint64(0));
    QTRY_COMPARE(a.client->pendingChanges(), qint64(0));
    QVERIFY(a.scalar(QStringLiteral("SELECT server_seq FROM tickets WHERE id = ?"), {*id}) > 0);

    QSignalSpy arrived(b.client.get(), &sync::SyncClient::rowsArrived);
    QVERIFY2(b.signIn(QStringLiteral("mgr2"), kPassword, &why), qPrintable(why));
    QTRY_VERIFY(!arrived.isEmpty());
    QVERIFY(arrived.first().at(0).toStringList().contains(QStringLiteral("tickets")));
    auto onB = TicketStore::load(b.conn(), *id);
    QVERIFY2(onB, qPrintable(onB.message()));
    QCOMPARE(onB->subject, QStringLiteral("签收未收到包裹"));
    QCOMPARE(onB->customerPhone, QStringLiteral("13912345678")); // managers see phones
    QCOMPARE(b.scalar(QStringLiteral("SELECT count(*) FROM ticket_events WHERE ticket_id = ?"), {*id}),
             a.scalar(QStringLiteral("SELECT count(*) FROM ticket_events WHERE ticket_id = ?"), {*id}));
    QCOMPARE(b.scalar(QStringLiteral("SELECT first_response_at IS NOT NULL FROM tickets WHERE id = ?"), {*id}), qint64(1));
    // Derived local data on B: search finds the reply's words.
    TicketFilter f;
    f.search = QStringLiteral("派送记录");
    auto found = TicketQuery(b.db(), b.actor(QStringLiteral("mgr2"))).page(f, {}, 0, 10);
    QVERIFY2(found, qPrintable(found.message()));
    QCOMPARE(found->size(), 1);

    // And back: B's note reaches A.
    QVERIFY(TicketService(b.db(), b.actor(QStringLiteral("mgr2"))).addNote(*id, QStringLiteral("已升级给物流组")));
    QVERIFY2(b.sync(&why), qPrintable(why));
    QVERIFY2(a.sync(&why), qPrintable(why));
    QCOMPARE(a.scalar(QStringLiteral("SELECT count(*) FROM ticket_events WHERE ticket_id = ? AND body = ?"),
                      {*id, QStringLiteral("已升级给物流组")}),
             qint64(1));
    QCOMPARE(a.liveRows(), b.liveRows());
}

void TestSyncClient::refusedChangeBecomesAConflictOfItsAuthor()
{
    SyncWorkstation a, b;
    QString why;
    QVERIFY(a.create(m_server->url(), {}, &why));
    QVERIFY(b.create(m_server->url(), {}, &why));
    QVERIFY2(a.signIn(QStringLiteral("mgr1"), kPassword, &why), qPrintable(why));
    QVERIFY2(b.signIn(QStringLiteral("mgr2"), kPassword, &why), qPrintable(why));
    const Actor mgrA = a.actor(QStringLiteral("mgr1"));
    const Actor mgrB = b.actor(QStringLiteral("mgr2"));
    auto id = TicketService(a.db(), mgrA).create(draft(QStringLiteral("退款迟迟未到账")));
    QVERIFY(id);
    QVERIFY(TicketService(a.db(), mgrA).assign(*id, mgrA.userId));
    QVERIFY(a.sync(&why));
    QVERIFY(b.sync(&why));

    // A resolves and closes (final); B, not yet knowing, parks it as pending customer.
    QVERIFY(TicketService(a.db(), mgrA).reply(*id, QStringLiteral("退款已原路退回。")));
    QVERIFY(TicketService(a.db(), mgrA).changeStatus(*id, domain::TicketStatus::Resolved));
    QVERIFY(TicketService(a.db(), mgrA).changeStatus(*id, domain::TicketStatus::Closed));
    QVERIFY2(a.sync(&why), qPrintable(why));
    const Status parked = TicketService(b.db(), mgrB).changeStatus(*id, domain::TicketStatus::PendingCustomer);
    QVERIFY2(parked, qPrintable(parked.message()));

    QSignalSpy conflicts(b.client.get(), &sync::SyncClient::conflictsChanged);
    QVERIFY2(b.sync(&why), qPrintable(why)); // the sync itself works; one op is refused
    QTRY_VERIFY(!conflicts.isEmpty() && conflicts.last().at(0).toInt() == 1);
    sync::ConflictService service(b.db(), mgrB);
    auto open = service.open();
    QVERIFY(open);
    QCOMPARE(open->size(), 1);
    const sync::Conflict c = open->first();
    QCOMPARE(c.code, QStringLiteral("illegal_transition"));
    QCOMPARE(c.table, QStringLiteral("tickets"));
    QCOMPARE(c.rowId, *id);
    QCOMPARE(c.fields.value(QStringLiteral("status")).toString(), QStringLiteral("pending_customer"));
    QCOMPARE(c.serverFields.value(QStringLiteral("status")).toString(), QStringLiteral("closed"));
    QCOMPARE(c.authorId, mgrB.userId);
    // The server's version is what B shows now; A knows nothing of the conflict.
    QCOMPARE(TicketStore::load(b.conn(), *id)->status, domain::TicketStatus::Closed);
    QCOMPARE(a.scalar(QStringLiteral("SELECT count(*) FROM sync_conflicts")), qint64(0));
    // The status-change event B wrote was accepted (events only add), the status was not.
    QCOMPARE(*sync::ConflictService(b.db(), b.actor(QStringLiteral("mgr1"))).openCount(), 0);

    // Re-applying sends it again: refused again, a new conflict, the first one resolved.
    QVERIFY(service.reapply(c.id));
    QVERIFY(b.sync(&why));
    open = service.open();
    QCOMPARE(open->size(), 1);
    QVERIFY(open->first().id != c.id);
    QCOMPARE(open->first().code, QStringLiteral("illegal_transition"));
    // Discarding keeps the server's version; nothing is left open or waiting.
    QVERIFY(service.discard(open->first().id));
    QCOMPARE(*service.openCount(), 0);
    QVERIFY(b.sync(&why));
    QCOMPARE(b.scalar(QStringLiteral("SELECT count(*) FROM sync_outbox")), qint64(0));
    QCOMPARE(TicketStore::load(b.conn(), *id)->status, domain::TicketStatus::Closed);
    // Every refused op is on the server's record with its verdict.
    QCOMPARE(m_server->query(QStringLiteral("SELECT count(*) FROM applied_ops WHERE verdict->'results'->0->>'status' = 'refused'"))
                 .value(0).value(0).toInt(),
             2);
}

void TestSyncClient::agentGetsOnlyTheirScopeWithPhonesMasked()
{
    SyncWorkstation m, ag;
    QString why;
    QVERIFY(m.create(m_server->url(), {}, &why));
    QVERIFY(ag.create(m_server->url(), {}, &why));
    QVERIFY2(m.signIn(QStringLiteral("mgr1"), kPassword, &why), qPrintable(why));
    const Actor mgr = m.actor(QStringLiteral("mgr1"));
    auto unassigned = TicketService(m.db(), mgr).create(draft(QStringLiteral("无人认领的工单")));
    auto mine = TicketService(m.db(), mgr).create(draft(QStringLiteral("经理自己的工单")));
    QVERIFY(unassigned && mine);
    QVERIFY(TicketService(m.db(), mgr).assign(*mine, mgr.userId));
    QVERIFY(m.sync(&why));

    QVERIFY2(ag.signIn(QStringLiteral("agent1"), kPassword, &why), qPrintable(why));
    auto seen = TicketStore::load(ag.conn(), *unassigned);
    QVERIFY2(seen, qPrintable(seen.message()));
    QVERIFY(seen->customerPhone != QStringLiteral("13912345678"));
    QVERIFY(seen->customerPhone.contains(QLatin1Char('*')));
    QCOMPARE(ag.scalar(QStringLiteral("SELECT count(*) FROM tickets WHERE id = ?"), {*mine}), qint64(0));
    QCOMPARE(ag.scalar(QStringLiteral("SELECT count(*) FROM ticket_events WHERE ticket_id = ?"), {*mine}), qint64(0));

    // The manager gives the unassigned one to mgr1 too: it leaves the agent's scope.
    QVERIFY(TicketService(m.db(), mgr).assign(*unassigned, mgr.userId));
    QVERIFY(m.sync(&why));
    QVERIFY(ag.sync(&why));
    QCOMPARE(ag.scalar(QStringLiteral("SELECT count(*) FROM tickets WHERE id = ?"), {*unassigned}), qint64(0));
    QCOMPARE(ag.scalar(QStringLiteral("SELECT count(*) FROM ticket_events WHERE ticket_id = ?"), {*unassigned}), qint64(0));
}

void TestSyncClient::attachmentContentTravels()
{
    SyncWorkstation a, b, agent;
    QString why;
    QVERIFY(a.create(m_server->url(), {}, &why));
    QVERIFY(b.create(m_server->url(), {}, &why));
    QVERIFY(agent.create(m_server->url(), {}, &why));
    QVERIFY2(a.signIn(QStringLiteral("mgr1"), kPassword, &why), qPrintable(why));
    const Actor mgr = a.actor(QStringLiteral("mgr1"));
    auto id = TicketService(a.db(), mgr).create(draft(QStringLiteral("包装破损附照片")));
    QVERIFY(id);
    QVERIFY(TicketService(a.db(), mgr).assign(*id, mgr.userId)); // not the agent's
    QByteArray photo(300 * 1024, '\0');
    for (int i = 0; i < photo.size(); ++i)
        photo[i] = char((i * 7919) % 251);
    auto info = TicketService(a.db(), mgr).addAttachment(*id, QStringLiteral("破损照片.jpg"), photo);
    QVERIFY2(info, qPrintable(info.message()));
    QVERIFY2(a.sync(&why), qPrintable(why));
    QCOMPARE(m_server->query(QStringLiteral("SELECT size FROM blobs WHERE sha256 = ?"), {info->sha256}).value(0).value(0).toLongLong(),
             qint64(photo.size()));

    QVERIFY2(b.signIn(QStringLiteral("mgr2"), kPassword, &why), qPrintable(why));
    auto content = TicketService(b.db(), b.actor(QStringLiteral("mgr2"))).attachmentContent(info->id);
    QVERIFY2(content, qPrintable(content.message()));
    QCOMPARE(*content, photo);

    // The file's address is no key: outside the scope, wrong hash, no token.
    QNetworkAccessManager nam;
    auto call = [&](const QByteArray& method, const QString& sha, const QByteArray& body, const QString& token) {
        QNetworkRequest req(QUrl(m_server->url().toString() + QStringLiteral("/v1/blobs/") + sha));
        if (!token.isEmpty())
            req.setRawHeader("Authorization", "Bearer " + token.toLatin1());
        QNetworkReply* reply = nam.sendCustomRequest(req, method, body);
        QSignalSpy done(reply, &QNetworkReply::finished);
        done.wait(30000);
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        reply->deleteLater();
        return status;
    };
    auto login = [&](const QString& who) {
        QNetworkRequest req(QUrl(m_server->url().toString() + QStringLiteral("/v1/auth/login")));
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QNetworkReply* reply = nam.post(req, sync::protocol::loginRequest({who, kPassword, QStringLiteral("00000000000000bb")}));
        QSignalSpy done(reply, &QNetworkReply::finished);
        done.wait(30000);
        auto parsed = sync::protocol::parseLoginResponse(reply->readAll());
        reply->deleteLater();
        return parsed ? parsed->token : QString();
    };
    const QString agentToken = login(QStringLiteral("agent1"));
    const QString mgrToken = login(QStringLiteral("mgr2"));
    QVERIFY(!agentToken.isEmpty() && !mgrToken.isEmpty());
    QCOMPARE(call("GET", info->sha256, {}, {}), 401);
    QCOMPARE(call("GET", info->sha256, {}, agentToken), 404);
    QCOMPARE(call("GET", info->sha256, {}, mgrToken), 200);
    QCOMPARE(call("PUT", info->sha256, QByteArrayLiteral("not the photo"), mgrToken), 400);
    QCOMPARE(call("PUT", QString(64, QLatin1Char('a')), QByteArrayLiteral("x"), mgrToken), 400);
    QCOMPARE(call("GET", QStringLiteral("../../etc/passwd"), {}, mgrToken), 404);
    QVERIFY2(agent.signIn(QStringLiteral("agent1"), kPassword, &why), qPrintable(why));
    QCOMPARE(agent.scalar(QStringLiteral("SELECT count(*) FROM attachments")), qint64(0));
}

void TestSyncClient::wrongPasswordIsRefused()
{
    SyncWorkstation a;
    QString why;
    QVERIFY(a.create(m_server->url(), {}, &why));
    QVERIFY(!a.signIn(QStringLiteral("mgr1"), QStringLiteral("not-the-password"), &why));
    QVERIFY(!why.isEmpty());
    QVERIFY(!why.contains(QStringLiteral("not-the-password")));
    QCOMPARE(a.client->state(), sync::SyncClient::State::SignedOut);
    QVERIFY(!a.signIn(QStringLiteral("nobody"), kPassword, &why));
    QCOMPARE(a.scalar(QStringLiteral("SELECT count(*) FROM users")), qint64(0)); // nothing pulled
}

void TestSyncClient::unreachableServerThenRecovers()
{
    SyncWorkstation a;
    QString why;
    QVERIFY(a.create(m_server->url(), {}, &why));
    QVERIFY2(a.signIn(QStringLiteral("mgr1"), kPassword, &why), qPrintable(why));
    const Actor mgr = a.actor(QStringLiteral("mgr1"));

    QVERIFY(m_server->stop());
    auto id = TicketService(a.db(), mgr).create(draft(QStringLiteral("离线时创建的工单")));
    QVERIFY(id);
    const qint64 pending = a.scalar(QStringLiteral("SELECT count(*) FROM sync_outbox"));
    QVERIFY(!a.sync(&why));
    QVERIFY(!why.isEmpty());
    QCOMPARE(a.client->state(), sync::SyncClient::State::Offline);
    QCOMPARE(a.scalar(QStringLiteral("SELECT count(*) FROM sync_outbox")), pending); // kept

    // No "sync now": the client retries by itself (first retry after 5 s, then doubling).
    QSignalSpy finished(a.client.get(), &sync::SyncClient::syncFinished);
    QVERIFY2(m_server->restart(&why), qPrintable(why));
    QDeadlineTimer deadline(30000);
    while (!deadline.hasExpired() && (finished.isEmpty() || !finished.last().at(0).toBool()))
        finished.wait(200);
    QVERIFY(!finished.isEmpty());
    QVERIFY(finished.last().at(0).toBool());
    QCOMPARE(a.client->state(), sync::SyncClient::State::Idle);
    QCOMPARE(a.scalar(QStringLiteral("SELECT count(*) FROM sync_outbox")), qint64(0));
    QCOMPARE(m_server->query(QStringLiteral("SELECT count(*) FROM sync_rows WHERE row_id = ?"), {*id}).value(0).value(0).toInt(), 1);
}

void TestSyncClient::tlsWithPrivateCa()
{
    ServerFixture tls;
    QString why;
    QVERIFY2(tls.startTls(&why), qPrintable(why));
    QVERIFY(!tls.addUser(QStringLiteral("mgr1"), kPassword, {QStringLiteral("manager")}).isEmpty());

    // Without the CA the certificate is not trusted: a clear refusal, nothing else.
    SyncWorkstation untrusting;
    QVERIFY(untrusting.create(tls.url(), {}, &why));
    QVERIFY(!untrusting.signIn(QStringLiteral("mgr1"), kPassword, &why));
    QVERIFY2(why.contains(QStringLiteral("certificate")), qPrintable(why));

    SyncWorkstation trusting;
    QVERIFY(trusting.create(tls.url(), tls.caFile(), &why));
    QVERIFY2(trusting.signIn(QStringLiteral("mgr1"), kPassword, &why), qPrintable(why));
    QVERIFY(trusting.scalar(QStringLiteral("SELECT count(*) FROM users WHERE login = 'mgr1'")) == 1);
}

QTEST_GUILESS_MAIN(TestSyncClient)
#include "tst_syncclient.moc"
