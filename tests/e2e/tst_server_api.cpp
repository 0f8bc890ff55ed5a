// shopwarden-server end to end: the real server process on a real PostgreSQL database
// (support/serverfixture.h), spoken to over HTTP exactly as docs/sync-protocol.md says.

#include "support/serverclient.h"
#include "support/serverfixture.h"

#include "domain/masking.h"
#include "services/syncedtables.h"
#include "sync/protocol.h"

#include <QJsonArray>
#include <QtTest>

using swtest::ServerFixture;

using Reply = swtest::ApiReply;
using swtest::hlc;
using swtest::op;
using swtest::pushBody;
using swtest::uuid;

class TestServerApi : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ServerFixture> m_server;
    std::unique_ptr<swtest::ApiClient> m_api; // once the server runs

    // All rows a token's user pulls from the start, by row id.
    QHash<QString, QJsonObject> pullAll(const QString& token, qint64 after = 0)
    {
        QHash<QString, QJsonObject> rows;
        const Reply r = m_api->call("GET", QStringLiteral("/v1/sync/pull?after=%1&limit=5000").arg(after), {}, token);
        const QJsonArray list = r.json().value(QStringLiteral("rows")).toArray();
        for (const QJsonValue& v : list)
            rows.insert(v.toObject().value(QStringLiteral("row_id")).toString(), v.toObject());
        return rows;
    }

    qint64 rowCount() { return m_server->query(QStringLiteral("SELECT count(*) FROM sync_rows")).value(0).value(0).toLongLong(); }

private Q_SLOTS:
    void initTestCase()
    {
        sw::services::declareAllSyncedTables();
        m_server = std::make_unique<ServerFixture>();
        QString why;
        QVERIFY2(m_server->start(&why), qPrintable(why));
        m_api = std::make_unique<swtest::ApiClient>(*m_server);
    }

    void cleanupTestCase()
    {
        m_api.reset();
        m_server.reset();
    }

    void health()
    {
        const Reply r = m_api->call("GET", QStringLiteral("/v1/health"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QStringLiteral("database")).toString(), QStringLiteral("ok"));
    }

    void loginOkReturnsUserAndToken()
    {
        const Reply r = m_api->login(QStringLiteral("admin"), ServerFixture::adminPassword());
        QCOMPARE(r.status, 200);
        auto parsed = sw::sync::protocol::parseLoginResponse(r.body);
        QVERIFY(parsed.ok());
        QCOMPARE(parsed.value().user.login, QStringLiteral("admin"));
        QCOMPARE(parsed.value().user.roles, QStringList{QStringLiteral("admin")});
        QCOMPARE(parsed.value().token.size(), 43);
        // Only the SHA-256 is stored, never the token.
        QCOMPARE(m_server->query(QStringLiteral("SELECT count(*) FROM tokens WHERE hash = ?"), {parsed.value().token})
                     .value(0).value(0).toInt(),
                 0);
    }

    void wrongPasswordAndUnknownLoginLookTheSame()
    {
        m_server->addUser(QStringLiteral("samey"), QStringLiteral("right-password-1"), {QStringLiteral("agent")});
        const Reply wrong = m_api->login(QStringLiteral("samey"), QStringLiteral("wrong-password"));
        const Reply unknown = m_api->login(QStringLiteral("nobody-here"), QStringLiteral("wrong-password"));
        QCOMPARE(wrong.status, 401);
        QCOMPARE(unknown.status, 401);
        QCOMPARE(wrong.body, unknown.body);
    }

    void lockoutAfterFiveFailures()
    {
        m_server->addUser(QStringLiteral("locky"), QStringLiteral("right-password-1"), {QStringLiteral("agent")});
        for (int i = 0; i < 5; ++i)
            QCOMPARE(m_api->login(QStringLiteral("locky"), QStringLiteral("nope")).status, 401);
        const Reply locked = m_api->login(QStringLiteral("locky"), QStringLiteral("right-password-1"));
        QCOMPARE(locked.status, 423);
        const auto error = sw::sync::protocol::parseErrorBody(locked.body);
        QVERIFY(error.has_value());
        QCOMPARE(error->code, QStringLiteral("locked"));
        QVERIFY(error->retryAfterSecs > 0);
    }

    void deactivatedAccountIs403()
    {
        const QString id = m_server->addUser(QStringLiteral("gone"), QStringLiteral("gone-pass-1"), {QStringLiteral("agent")});
        QCOMPARE(m_api->login(QStringLiteral("gone"), QStringLiteral("gone-pass-1")).status, 200);
        m_server->query(QStringLiteral("UPDATE sync_rows SET fields = jsonb_set(fields::jsonb, '{active}', '0')::json WHERE row_id = ?"), {id});
        const Reply r = m_api->login(QStringLiteral("gone"), QStringLiteral("gone-pass-1"));
        QCOMPARE(r.status, 403);
        QCOMPARE(sw::sync::protocol::parseErrorBody(r.body)->code, QStringLiteral("forbidden"));
    }

    void unknownPathAndWrongMethod()
    {
        QCOMPARE(m_api->call("GET", QStringLiteral("/v1/nothing")).status, 404);
        const Reply r = m_api->call("GET", QStringLiteral("/v1/sync/push"));
        QCOMPARE(r.status, 405);
        QCOMPARE(sw::sync::protocol::parseErrorBody(r.body)->code, QStringLiteral("method_not_allowed"));
    }

    void pullLimitOutOfRangeIs400_data()
    {
        QTest::addColumn<QString>("query");
        QTest::newRow("limit 0") << QStringLiteral("after=0&limit=0");
        QTest::newRow("limit 5001") << QStringLiteral("after=0&limit=5001");
        QTest::newRow("after negative") << QStringLiteral("after=-1");
        QTest::newRow("after text") << QStringLiteral("after=1%27%20OR%20true");
    }

    void pullLimitOutOfRangeIs400()
    {
        QFETCH(QString, query);
        const QString token = m_api->tokenFor(QStringLiteral("admin"), ServerFixture::adminPassword());
        QCOMPARE(m_api->call("GET", QStringLiteral("/v1/sync/pull?") + query, {}, token).status, 400);
    }

    void pullPagesWithLimit()
    {
        const QString token = m_api->tokenFor(QStringLiteral("admin"), ServerFixture::adminPassword());
        const QJsonObject page = m_api->call("GET", QStringLiteral("/v1/sync/pull?after=0&limit=1"), {}, token).json();
        QCOMPARE(page.value(QStringLiteral("rows")).toArray().size(), 1);
        QVERIFY(page.value(QStringLiteral("more")).toBool());
        const qint64 next = page.value(QStringLiteral("next")).toInteger();
        const QJsonObject second = m_api->call("GET", QStringLiteral("/v1/sync/pull?after=%1&limit=1").arg(next), {}, token).json();
        QVERIFY(second.value(QStringLiteral("rows")).toArray().at(0).toObject().value(QStringLiteral("server_seq")).toInteger() > next);
    }

    void logoutRevokesToken()
    {
        const QString token = m_api->tokenFor(QStringLiteral("admin"), ServerFixture::adminPassword());
        QCOMPARE(m_api->call("GET", QStringLiteral("/v1/sync/pull?after=0"), {}, token).status, 200);
        QCOMPARE(m_api->call("POST", QStringLiteral("/v1/auth/logout"), {}, token).status, 204);
        QCOMPARE(m_api->call("GET", QStringLiteral("/v1/sync/pull?after=0"), {}, token).status, 401);
    }

    void badTokensAreRefused_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        for (const char* kind : {"none", "forged", "expired"}) {
            QTest::addRow("%s push", kind) << QString::fromLatin1(kind) << QByteArray("POST") << QStringLiteral("/v1/sync/push");
            QTest::addRow("%s pull", kind) << QString::fromLatin1(kind) << QByteArray("GET") << QStringLiteral("/v1/sync/pull?after=0");
            QTest::addRow("%s logout", kind) << QString::fromLatin1(kind) << QByteArray("POST") << QStringLiteral("/v1/auth/logout");
        }
    }

    void badTokensAreRefused()
    {
        QFETCH(QString, kind);
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QString token;
        if (kind == QLatin1String("forged")) {
            token = QStringLiteral("q0JwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
        } else if (kind == QLatin1String("expired")) {
            token = m_api->tokenFor(QStringLiteral("admin"), ServerFixture::adminPassword());
            QVERIFY(!token.isEmpty());
            // Expire it in the database: the test needs no clock and no waiting.
            m_server->query(QStringLiteral("UPDATE tokens SET expires_at = now() - interval '1 second'"));
        }
        const Reply r = m_api->call(method, path, method == "POST" ? pushBody({}) : QByteArray(), token);
        QCOMPARE(r.status, 401);
        QCOMPARE(sw::sync::protocol::parseErrorBody(r.body)->code, QStringLiteral("unauthorized"));
    }

    void pushThenPullReturnsRow()
    {
        const QString token = m_api->tokenFor(QStringLiteral("admin"), ServerFixture::adminPassword());
        const QString row = uuid();
        const Reply r = m_api->push(token, {op(uuid(), QStringLiteral("canned_replies"), row,
                                        {{QStringLiteral("title"), QStringLiteral("问候")},
                                         {QStringLiteral("body"), QStringLiteral("您好！")}},
                                        hlc(0))});
        QCOMPARE(r.status, 200);
        auto verdicts = sw::sync::protocol::parsePushResponse(r.body);
        QVERIFY(verdicts.ok());
        QVERIFY(verdicts.value().at(0).accepted);
        const auto rows = pullAll(token);
        QVERIFY(rows.contains(row));
        QCOMPARE(rows.value(row).value(QStringLiteral("fields")).toObject().value(QStringLiteral("body")).toString(),
                 QStringLiteral("您好！"));
        QCOMPARE(rows.value(row).value(QStringLiteral("server_seq")).toInteger(), verdicts.value().at(0).serverSeq);
    }

    void sameOpIdTwiceIsAppliedOnce()
    {
        const QString token = m_api->tokenFor(QStringLiteral("admin"), ServerFixture::adminPassword());
        const QString opId = uuid();
        const QString row = uuid();
        const QJsonArray ops{op(opId, QStringLiteral("canned_replies"), row, {{QStringLiteral("title"), QStringLiteral("a")}}, hlc(0))};
        const Reply first = m_api->push(token, ops);
        const Reply second = m_api->push(token, ops);
        QCOMPARE(first.status, 200);
        QCOMPARE(second.body, first.body);
        QCOMPARE(m_server->query(QStringLiteral("SELECT count(*) FROM applied_ops WHERE op_id = ?"), {opId}).value(0).value(0).toInt(), 1);
        const qint64 seq = sw::sync::protocol::parsePushResponse(first.body).value().at(0).serverSeq;
        QCOMPARE(m_server->query(QStringLiteral("SELECT server_seq FROM sync_rows WHERE row_id = ?"), {row}).value(0).value(0).toLongLong(), seq);
    }

    void lastWriterWinsPerField()
    {
        const QString token = m_api->tokenFor(QStringLiteral("admin"), ServerFixture::adminPassword());
        const QString row = uuid();
        const QString t = QStringLiteral("canned_replies");
        QCOMPARE(m_api->push(token, {op(uuid(), t, row, {{QStringLiteral("title"), QStringLiteral("t1")}, {QStringLiteral("body"), QStringLiteral("b1")}}, hlc(-1000, 5))}).status, 200);
        // Older clock: title loses. Newer clock: body wins.
        QCOMPARE(m_api->push(token, {op(uuid(), t, row, {{QStringLiteral("title"), QStringLiteral("old")}}, hlc(-1000, 1)),
                              op(uuid(), t, row, {{QStringLiteral("body"), QStringLiteral("new")}}, hlc(-1000, 9))}).status,
                 200);
        const QJsonObject fields = pullAll(token).value(row).value(QStringLiteral("fields")).toObject();
        QCOMPARE(fields.value(QStringLiteral("title")).toString(), QStringLiteral("t1"));
        QCOMPARE(fields.value(QStringLiteral("body")).toString(), QStringLiteral("new"));
    }

    void agentCannotChangeUsersButRestOfBatchApplies()
    {
        m_server->addUser(QStringLiteral("agent-u"), QStringLiteral("agent-pass-1"), {QStringLiteral("agent")});
        const QString token = m_api->tokenFor(QStringLiteral("agent-u"), QStringLiteral("agent-pass-1"));
        QVERIFY(!token.isEmpty());
        const QString userRow = uuid();
        const QString replyRow = uuid();
        const Reply r = m_api->push(token, {op(uuid(), QStringLiteral("users"), userRow, {{QStringLiteral("login"), QStringLiteral("evil")}}, hlc(0)),
                                     op(uuid(), QStringLiteral("canned_replies"), replyRow, {{QStringLiteral("title"), QStringLiteral("ok")}}, hlc(0))});
        QCOMPARE(r.status, 200);
        const auto v = sw::sync::protocol::parsePushResponse(r.body).value();
        QCOMPARE(v.size(), 2);
        QVERIFY(!v.at(0).accepted);
        QCOMPARE(v.at(0).code, QStringLiteral("forbidden"));
        QVERIFY(v.at(1).accepted);
        QCOMPARE(m_server->query(QStringLiteral("SELECT count(*) FROM sync_rows WHERE row_id = ?"), {userRow}).value(0).value(0).toInt(), 0);
    }

    void illegalTicketTransitionReturnsCurrentRow()
    {
        const QString token = m_api->tokenFor(QStringLiteral("admin"), ServerFixture::adminPassword());
        const QString adminId = m_server->query(QStringLiteral("SELECT row_id FROM sync_rows WHERE table_name = 'users' AND fields->>'login' = 'admin'")).value(0).value(0).toString();
        const QString ticket = uuid();
        QCOMPARE(m_api->push(token, {op(uuid(), QStringLiteral("tickets"), ticket,
                                 {{QStringLiteral("status"), QStringLiteral("closed")}, {QStringLiteral("owner_id"), adminId}}, hlc(-500))})
                     .status,
                 200);
        const Reply r = m_api->push(token, {op(uuid(), QStringLiteral("tickets"), ticket, {{QStringLiteral("status"), QStringLiteral("open")}}, hlc(0))});
        const auto v = sw::sync::protocol::parsePushResponse(r.body).value();
        QVERIFY(!v.at(0).accepted);
        QCOMPARE(v.at(0).code, QStringLiteral("illegal_transition"));
        QVERIFY(v.at(0).current.has_value());
        QCOMPARE(v.at(0).current->fields.value(QStringLiteral("status")).toString(), QStringLiteral("closed"));
    }

    // Large answers come gzip-compressed at the server's own (fast) level when the client
    // allows gzip, never Brotli; small ones and clients that ask for identity get plain JSON.
    void answersAreGzipOrPlainNeverBrotli()
    {
        const QString token = m_api->tokenFor(QStringLiteral("admin"), ServerFixture::adminPassword());
        QJsonArray ops;
        for (int i = 0; i < 20; ++i)
            ops.append(op(uuid(), QStringLiteral("canned_replies"), uuid(),
                          {{QStringLiteral("title"), QStringLiteral("压缩测试 %1").arg(i)},
                           {QStringLiteral("body"), QString(200, QChar(0x597D))}}, hlc(0)));
        QCOMPARE(m_api->push(token, ops).status, 200);
        const auto fetch = [&](const QByteArray& acceptEncoding, QByteArray* encoding, QByteArray* type) {
            QNetworkRequest request(m_server->url().resolved(QUrl(QStringLiteral("/v1/sync/pull?after=0&limit=5000"))));
            request.setRawHeader(sw::sync::protocol::kVersionHeader, "1");
            request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
            request.setRawHeader("Accept-Encoding", acceptEncoding); // set by hand: Qt leaves the body as sent
            QNetworkReply* reply = m_api->nam().get(request);
            QEventLoop loop;
            connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
            loop.exec();
            *encoding = reply->rawHeader("Content-Encoding");
            *type = reply->rawHeader("Content-Type");
            const QByteArray body = reply->readAll();
            reply->deleteLater();
            return body;
        };
        QByteArray encoding, type;
        const QByteArray packed = fetch("gzip, deflate, br", &encoding, &type);
        QCOMPARE(encoding, QByteArray("gzip"));
        QCOMPARE(type, QByteArray("application/json; charset=utf-8"));
        QVERIFY(packed.startsWith("\x1f\x8b"));
        const QByteArray plain = fetch("identity", &encoding, &type);
        QVERIFY(encoding.isEmpty());
        QVERIFY(QJsonDocument::fromJson(plain).isObject());
        QVERIFY(packed.size() * 3 < plain.size());
        QVERIFY(!fetch("br", &encoding, &type).isEmpty());
        QVERIFY(encoding.isEmpty()); // no Brotli
        // And Qt's own negotiation decompresses transparently.
        const Reply r = m_api->call("GET", QStringLiteral("/v1/sync/pull?after=0&limit=5000"), {}, token);
        QCOMPARE(r.status, 200);
        QVERIFY(r.json().value(QStringLiteral("rows")).toArray().size() >= 20);
    }

    void pullScopeAndMaskingPerRole()
    {
        const QString teamX = m_server->addTeam(QStringLiteral("X"));
        const QString teamY = m_server->addTeam(QStringLiteral("Y"));
        const QString agentA = m_server->addUser(QStringLiteral("scope-a"), QStringLiteral("scope-pass-1"), {QStringLiteral("agent")}, teamX);
        const QString agentB = m_server->addUser(QStringLiteral("scope-b"), QStringLiteral("scope-pass-1"), {QStringLiteral("agent")}, teamY);
        m_server->addUser(QStringLiteral("scope-lead"), QStringLiteral("scope-pass-1"), {QStringLiteral("lead")}, teamY);
        m_server->addUser(QStringLiteral("scope-mgr"), QStringLiteral("scope-pass-1"), {QStringLiteral("manager")});
        const QString adminToken = m_api->tokenFor(QStringLiteral("admin"), ServerFixture::adminPassword());
        const QString phone = QStringLiteral("13812345678");
        const QString ticketA = uuid();
        const QString ticketB = uuid();
        const QString ticketFree = uuid();
        const auto ticketOp = [&](const QString& id, const QJsonValue& owner, const QJsonValue& team) {
            return op(uuid(), QStringLiteral("tickets"), id,
                      {{QStringLiteral("status"), QStringLiteral("open")}, {QStringLiteral("owner_id"), owner},
                       {QStringLiteral("team_id"), team}, {QStringLiteral("customer_phone"), phone}},
                      hlc(0));
        };
        QCOMPARE(m_api->push(adminToken, {ticketOp(ticketA, agentA, teamX), ticketOp(ticketB, agentB, teamY),
                                   ticketOp(ticketFree, QJsonValue(), QJsonValue())})
                     .status,
                 200);
        const auto phoneOf = [](const QHash<QString, QJsonObject>& rows, const QString& id) {
            return rows.value(id).value(QStringLiteral("fields")).toObject().value(QStringLiteral("customer_phone")).toString();
        };
        const auto a = pullAll(m_api->tokenFor(QStringLiteral("scope-a"), QStringLiteral("scope-pass-1")));
        QVERIFY(a.contains(ticketA));
        QVERIFY(!a.contains(ticketB));
        QVERIFY(a.contains(ticketFree));
        QCOMPARE(phoneOf(a, ticketA), phone);
        QCOMPARE(phoneOf(a, ticketFree), sw::domain::maskPhone(phone));
        const auto lead = pullAll(m_api->tokenFor(QStringLiteral("scope-lead"), QStringLiteral("scope-pass-1")));
        QVERIFY(!lead.contains(ticketA));
        QVERIFY(lead.contains(ticketB));
        QVERIFY(lead.contains(ticketFree));
        QCOMPARE(phoneOf(lead, ticketB), sw::domain::maskPhone(phone));
        const auto mgr = pullAll(m_api->tokenFor(QStringLiteral("scope-mgr"), QStringLiteral("scope-pass-1")));
        QVERIFY(mgr.contains(ticketA) && mgr.contains(ticketB) && mgr.contains(ticketFree));
        QCOMPARE(phoneOf(mgr, ticketB), phone);
        QVERIFY(phone != sw::domain::maskPhone(phone));

        // Rows that follow a ticket, pulled without their ticket on the same page: the
        // ticket's owner and team decide (columns the server keeps per ticket), and a
        // reassignment moves what comes after it.
        const qint64 cursor = m_server->query(QStringLiteral("SELECT max(server_seq) FROM sync_rows")).value(0).value(0).toLongLong();
        const auto noteOp = [&](const QString& ticket) {
            return op(uuid(), QStringLiteral("ticket_events"), uuid(),
                      {{QStringLiteral("ticket_id"), ticket}, {QStringLiteral("kind"), QStringLiteral("note")},
                       {QStringLiteral("body"), QStringLiteral("跟进")}},
                      hlc(1));
        };
        const QJsonObject noteA = noteOp(ticketA), noteB = noteOp(ticketB), noteFree = noteOp(ticketFree);
        QCOMPARE(m_api->push(adminToken, {noteA, noteB, noteFree}).status, 200);
        const auto rowOf = [](const QJsonObject& o) { return o.value(QStringLiteral("row_id")).toString(); };
        const QString tokenA = m_api->tokenFor(QStringLiteral("scope-a"), QStringLiteral("scope-pass-1"));
        const auto eventsA = pullAll(tokenA, cursor);
        QCOMPARE(eventsA.size(), 2);
        QVERIFY(eventsA.contains(rowOf(noteA)) && eventsA.contains(rowOf(noteFree)));
        const auto eventsLead = pullAll(m_api->tokenFor(QStringLiteral("scope-lead"), QStringLiteral("scope-pass-1")), cursor);
        QCOMPARE(eventsLead.size(), 2);
        QVERIFY(eventsLead.contains(rowOf(noteB)) && eventsLead.contains(rowOf(noteFree)));

        const QJsonObject moveB = op(uuid(), QStringLiteral("tickets"), ticketB,
                                     {{QStringLiteral("owner_id"), agentA}, {QStringLiteral("team_id"), teamX}}, hlc(2));
        QCOMPARE(m_api->push(adminToken, {moveB}).status, 200);
        const qint64 afterMove = m_server->query(QStringLiteral("SELECT max(server_seq) FROM sync_rows")).value(0).value(0).toLongLong();
        const QJsonObject laterB = noteOp(ticketB);
        QCOMPARE(m_api->push(adminToken, {laterB}).status, 200);
        const auto laterForA = pullAll(tokenA, afterMove);
        QCOMPARE(laterForA.size(), 1);
        QVERIFY(laterForA.contains(rowOf(laterB)));
        QVERIFY(pullAll(m_api->tokenFor(QStringLiteral("scope-b"), QStringLiteral("scope-pass-1")), afterMove).isEmpty());
    }

    void malformedRequestsAre400_data()
    {
        QTest::addColumn<QByteArray>("body");
        const QString row = uuid();
        const QString clock = hlc(0);
        QTest::newRow("not json") << QByteArray("{\"ops\": [");
        QTest::newRow("ops not array") << QByteArray("{\"ops\": 5}");
        QTest::newRow("wrong type") << pushBody({op(uuid(), QStringLiteral("canned_replies"), row, {{QStringLiteral("title"), QJsonArray{1}}}, clock)});
        QTest::newRow("unknown table") << pushBody({op(uuid(), QStringLiteral("secrets"), row, {{QStringLiteral("title"), QStringLiteral("x")}}, clock)});
        QTest::newRow("unknown field") << pushBody({op(uuid(), QStringLiteral("canned_replies"), row, {{QStringLiteral("evil"), QStringLiteral("x")}}, clock)});
        QTest::newRow("bad hlc") << pushBody({op(uuid(), QStringLiteral("canned_replies"), row, {{QStringLiteral("title"), QStringLiteral("x")}}, QStringLiteral("yesterday"))});
        QTest::newRow("good op then bad op") << pushBody({op(uuid(), QStringLiteral("canned_replies"), row, {{QStringLiteral("title"), QStringLiteral("x")}}, clock),
                                                          op(uuid(), QStringLiteral("canned_replies"), uuid(), {{QStringLiteral("nope"), 1}}, clock)});
    }

    void malformedRequestsAre400()
    {
        QFETCH(QByteArray, body);
        const QString token = m_api->tokenFor(QStringLiteral("admin"), ServerFixture::adminPassword());
        const qint64 before = rowCount();
        const Reply r = m_api->call("POST", QStringLiteral("/v1/sync/push"), body, token);
        QCOMPARE(r.status, 400);
        QCOMPARE(sw::sync::protocol::parseErrorBody(r.body)->code, QStringLiteral("bad_request"));
        QCOMPARE(rowCount(), before);
    }

    void bodyOverLimitIs413()
    {
        const QString token = m_api->tokenFor(QStringLiteral("admin"), ServerFixture::adminPassword());
        const QByteArray big = "{\"ops\": [], \"pad\": \"" + QByteArray(9 * 1024 * 1024, 'a') + "\"}";
        const Reply r = m_api->call("POST", QStringLiteral("/v1/sync/push"), big, token);
        QCOMPARE(r.status, 413);
    }

    void injectionStringsRoundTripExactly()
    {
        const QString token = m_api->tokenFor(QStringLiteral("admin"), ServerFixture::adminPassword());
        const QString row = uuid();
        const QString evil1 = QStringLiteral("'); DROP TABLE sync_rows; --");
        const QString evil2 = QStringLiteral("\" OR 1=1 -- \\' $$ ${x} ?::jsonb 🙂 \\u0041");
        const QString evil3 = QStringLiteral("Robert'); DELETE FROM tokens WHERE ('1'='1");
        QCOMPARE(m_api->push(token, {op(uuid(), QStringLiteral("customers"), row,
                                 {{QStringLiteral("name"), evil1}, {QStringLiteral("phone"), evil2}, {QStringLiteral("email"), evil3}},
                                 hlc(0))})
                     .status,
                 200);
        const QJsonObject fields = pullAll(token).value(row).value(QStringLiteral("fields")).toObject();
        QCOMPARE(fields.value(QStringLiteral("name")).toString(), evil1);
        QCOMPARE(fields.value(QStringLiteral("phone")).toString(), evil2);
        QCOMPARE(fields.value(QStringLiteral("email")).toString(), evil3);
        QVERIFY(!m_server->query(QStringLiteral("SELECT count(*) FROM tokens")).isEmpty());
    }

    void logHasNoSecrets()
    {
        const QString token = m_api->tokenFor(QStringLiteral("admin"), ServerFixture::adminPassword());
        QVERIFY(!token.isEmpty());
        QCOMPARE(m_api->call("GET", QStringLiteral("/v1/sync/pull?after=0"), {}, token).status, 200);
        QFile log(m_server->logPath());
        QVERIFY(log.open(QIODevice::ReadOnly));
        const QByteArray text = log.readAll();
        QVERIFY(text.contains("\"path\":\"/v1/sync/pull\""));
        QVERIFY(!text.contains(token.toUtf8()));
        QVERIFY(!text.contains(ServerFixture::adminPassword().toUtf8()));
    }

    // A second server, TLS with a throwaway CA: health answers over HTTPS only to a
    // client that trusts that CA.
    void tlsServerAnswersTrustingClients()
    {
        ServerFixture tls;
        QString why;
        QVERIFY2(tls.startTls(&why), qPrintable(why));
        QCOMPARE(tls.url().scheme(), QStringLiteral("https"));
        // A fresh manager per call: a reused connection would skip the handshake.
        const auto get = [&](bool trustCa) {
            QNetworkAccessManager nam;
            QNetworkRequest request(tls.url().resolved(QUrl(QStringLiteral("/v1/health"))));
            QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
            if (trustCa)
                ssl.setCaCertificates(QSslCertificate::fromPath(tls.caFile()));
            request.setSslConfiguration(ssl);
            QNetworkReply* reply = nam.get(request);
            QEventLoop loop;
            connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
            loop.exec();
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            const QNetworkReply::NetworkError error = reply->error();
            reply->deleteLater();
            return std::pair{status, error};
        };
        QVERIFY(get(false).second != QNetworkReply::NoError);
        QCOMPARE(get(true).first, 200);
    }

    void restartKeepsDataAndTokens()
    {
        const QString token = m_api->tokenFor(QStringLiteral("admin"), ServerFixture::adminPassword());
        const QString row = uuid();
        QCOMPARE(m_api->push(token, {op(uuid(), QStringLiteral("canned_replies"), row, {{QStringLiteral("title"), QStringLiteral("kept")}}, hlc(0))}).status, 200);
        QString why;
        QVERIFY2(m_server->restart(&why), qPrintable(why));
        QVERIFY(pullAll(token).contains(row));
    }
};

QTEST_GUILESS_MAIN(TestServerApi)
#include "tst_server_api.moc"
