// core/sync/protocol: every message survives serialize → parse unchanged, and the
// parsers refuse what docs/sync-protocol.md says is a 400.

#include "services/syncedtables.h"
#include "sync/protocol.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace sw::sync;

namespace {

const QString kOpId = QStringLiteral("0b9c7e4a-1f2d-4c3b-8a9e-5d6f7a8b9c0d");
const QString kRowId = QStringLiteral("1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f");
const QString kHlc = QStringLiteral("1764300000000-000003-9f3a1c2b4d5e6f70");

QJsonObject goodOp()
{
    return {{QStringLiteral("op_id"), kOpId},
            {QStringLiteral("table"), QStringLiteral("canned_replies")},
            {QStringLiteral("row_id"), kRowId},
            {QStringLiteral("fields"), QJsonObject{{QStringLiteral("title"), QStringLiteral("你好")}}},
            {QStringLiteral("base_seq"), 12},
            {QStringLiteral("hlc"), kHlc}};
}

QByteArray pushWith(const QJsonObject& op)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("ops"), QJsonArray{op}}}).toJson(QJsonDocument::Compact);
}

} // namespace

class TestSyncProtocol : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { sw::services::declareAllSyncedTables(); }

    void shapes()
    {
        QVERIFY(protocol::isUuid(kOpId));
        QVERIFY(!protocol::isUuid(kOpId.toUpper()));
        QVERIFY(!protocol::isUuid(QStringLiteral("' OR 1=1 --")));
        QVERIFY(protocol::isHlc(kHlc));
        QVERIFY(!protocol::isHlc(QStringLiteral("1764300000000")));
    }

    void pushRequestRoundTrip()
    {
        Op op;
        op.opId = kOpId;
        op.table = QStringLiteral("tickets");
        op.rowId = kRowId;
        op.fields = {{QStringLiteral("status"), QStringLiteral("open")},
                     {QStringLiteral("owner_id"), QJsonValue()},
                     {QStringLiteral("deleted"), 0},
                     {QStringLiteral("subject"), QStringLiteral("'); DROP TABLE x; --")}};
        op.baseSeq = 1207;
        op.hlc = kHlc;
        const auto parsed = protocol::parsePushRequest(protocol::pushRequest({op, op}));
        QVERIFY(parsed.ok());
        QCOMPARE(parsed.value().size(), 2);
        const Op& back = parsed.value().at(1);
        QCOMPARE(back.opId, op.opId);
        QCOMPARE(back.table, op.table);
        QCOMPARE(back.rowId, op.rowId);
        QCOMPARE(back.fields, op.fields);
        QCOMPARE(back.baseSeq, op.baseSeq);
        QCOMPARE(back.hlc, op.hlc);
    }

    void pushRequestRefusals_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("detail");
        const auto with = [](const QString& key, const QJsonValue& value) {
            QJsonObject o = goodOp();
            if (value.isUndefined())
                o.remove(key);
            else
                o.insert(key, value);
            return pushWith(o);
        };
        const auto field = [](const QString& key, const QJsonValue& value) {
            QJsonObject o = goodOp();
            o.insert(QStringLiteral("fields"), QJsonObject{{key, value}});
            return pushWith(o);
        };
        QTest::newRow("not json") << QByteArray("{") << QStringLiteral("bad_request");
        QTest::newRow("array root") << QByteArray("[]") << QStringLiteral("bad_request");
        QTest::newRow("no ops") << QByteArray("{}") << QStringLiteral("bad_request");
        QTest::newRow("unknown member") << QByteArray("{\"ops\":[],\"x\":1}") << QStringLiteral("bad_request");
        QTest::newRow("missing op_id") << with(QStringLiteral("op_id"), QJsonValue::Undefined) << QStringLiteral("bad_request");
        QTest::newRow("missing hlc") << with(QStringLiteral("hlc"), QJsonValue::Undefined) << QStringLiteral("bad_request");
        QTest::newRow("upper-case uuid") << with(QStringLiteral("row_id"), kRowId.toUpper()) << QStringLiteral("bad_request");
        QTest::newRow("bad hlc") << with(QStringLiteral("hlc"), QStringLiteral("now")) << QStringLiteral("bad_request");
        QTest::newRow("negative base_seq") << with(QStringLiteral("base_seq"), -1) << QStringLiteral("bad_request");
        QTest::newRow("fractional base_seq") << with(QStringLiteral("base_seq"), 1.5) << QStringLiteral("bad_request");
        QTest::newRow("unknown table") << with(QStringLiteral("table"), QStringLiteral("sqlite_master")) << QStringLiteral("bad_request");
        QTest::newRow("unknown field") << field(QStringLiteral("password"), QStringLiteral("x")) << QStringLiteral("bad_request");
        QTest::newRow("array value") << field(QStringLiteral("title"), QJsonArray{1}) << QStringLiteral("bad_request");
        QTest::newRow("object value") << field(QStringLiteral("title"), QJsonObject{}) << QStringLiteral("bad_request");
        QTest::newRow("fractional value") << field(QStringLiteral("title"), 0.5) << QStringLiteral("bad_request");
        QTest::newRow("deleted 2") << field(QStringLiteral("deleted"), 2) << QStringLiteral("bad_request");
        QJsonArray many;
        for (int i = 0; i <= protocol::kMaxOpsPerPush; ++i)
            many.append(goodOp());
        QTest::newRow("too many ops") << QJsonDocument(QJsonObject{{QStringLiteral("ops"), many}}).toJson()
                                      << QStringLiteral("too_large");
    }

    void pushRequestRefusals()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, detail);
        const auto parsed = protocol::parsePushRequest(body);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().detail, detail);
    }

    void pushResponseRoundTrip()
    {
        Verdict accepted;
        accepted.opId = kOpId;
        accepted.accepted = true;
        accepted.serverSeq = 1311;
        Verdict refused;
        refused.opId = kRowId;
        refused.code = QStringLiteral("illegal_transition");
        refused.reason = QStringLiteral("A closed ticket cannot be reopened.");
        RowState current;
        current.table = QStringLiteral("tickets");
        current.rowId = kRowId;
        current.serverSeq = 1290;
        current.hlc = kHlc;
        current.updatedBy = kOpId;
        current.fields = {{QStringLiteral("status"), QStringLiteral("closed")}};
        refused.current = current;
        const auto parsed = protocol::parsePushResponse(protocol::pushResponse({accepted, refused}));
        QVERIFY(parsed.ok());
        QCOMPARE(parsed.value().size(), 2);
        QVERIFY(parsed.value().at(0).accepted);
        QCOMPARE(parsed.value().at(0).serverSeq, 1311);
        const Verdict& back = parsed.value().at(1);
        QVERIFY(!back.accepted);
        QCOMPARE(back.code, refused.code);
        QCOMPARE(back.reason, refused.reason);
        QVERIFY(back.current.has_value());
        QCOMPARE(back.current->fields, current.fields);
        QCOMPARE(back.current->serverSeq, 1290);
    }

    void pullResponseRoundTrip()
    {
        PullResponse response;
        RowState row;
        row.table = QStringLiteral("customers");
        row.rowId = kRowId;
        row.serverSeq = 7;
        row.hlc = kHlc;
        row.updatedBy = kOpId;
        row.fields = {{QStringLiteral("name"), QStringLiteral("张三")}, {QStringLiteral("phone"), QStringLiteral("138****5678")}};
        RowState removal;
        removal.table = QStringLiteral("tickets");
        removal.rowId = kOpId;
        removal.serverSeq = 8;
        removal.removed = true;
        response.rows = {row, removal};
        response.next = 8;
        response.more = true;
        const auto parsed = protocol::parsePullResponse(protocol::pullResponse(response));
        QVERIFY(parsed.ok());
        QCOMPARE(parsed.value().next, 8);
        QVERIFY(parsed.value().more);
        QCOMPARE(parsed.value().rows.size(), 2);
        QCOMPARE(parsed.value().rows.at(0).fields, row.fields);
        QVERIFY(!parsed.value().rows.at(0).removed);
        QVERIFY(parsed.value().rows.at(1).removed);
        QCOMPARE(parsed.value().rows.at(1).rowId, kOpId);
    }

    void pullResponseRefusesUnknownTable()
    {
        const QByteArray body = "{\"rows\":[{\"table\":\"secrets\",\"row_id\":\"" + kRowId.toUtf8()
                                + "\",\"server_seq\":1,\"hlc\":\"" + kHlc.toUtf8()
                                + "\",\"updated_by\":\"\",\"deleted\":false,\"fields\":{}}],\"next\":1,\"more\":false}";
        QVERIFY(!protocol::parsePullResponse(body).ok());
    }

    void loginRoundTrip()
    {
        const LoginRequest request{QStringLiteral("agent1"), QStringLiteral("pa\"ss'word"), QStringLiteral("9f3a1c2b4d5e6f70")};
        const auto parsed = protocol::parseLoginRequest(protocol::loginRequest(request));
        QVERIFY(parsed.ok());
        QCOMPARE(parsed.value().login, request.login);
        QCOMPARE(parsed.value().password, request.password);
        QCOMPARE(parsed.value().node, request.node);

        LoginResponse response;
        response.token = QStringLiteral("q0JwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
        response.expiresAt = QDateTime(QDate(2026, 11, 28), QTime(17, 0), Qt::UTC);
        response.user = {kRowId, QStringLiteral("agent1"), QStringLiteral("张三"), {QStringLiteral("agent")}, kOpId};
        const auto back = protocol::parseLoginResponse(protocol::loginResponse(response));
        QVERIFY(back.ok());
        QCOMPARE(back.value().token, response.token);
        QCOMPARE(back.value().expiresAt, response.expiresAt);
        QCOMPARE(back.value().user.roles, response.user.roles);
        QCOMPARE(back.value().user.displayName, response.user.displayName);
    }

    void loginRequestRefusesOverlongPassword()
    {
        const LoginRequest request{QStringLiteral("a"), QString(protocol::kMaxPasswordChars + 1, QLatin1Char('x')),
                                   QStringLiteral("9f3a1c2b4d5e6f70")};
        QVERIFY(!protocol::parseLoginRequest(protocol::loginRequest(request)).ok());
        QVERIFY(!protocol::parseLoginRequest("{\"login\":1,\"password\":\"x\",\"node\":\"9f3a1c2b4d5e6f70\"}").ok());
    }

    void errorBodyRoundTrip()
    {
        const ErrorBody error{QStringLiteral("locked"), QStringLiteral("Too many failed sign-ins."), 900};
        const auto back = protocol::parseErrorBody(protocol::errorBody(error));
        QVERIFY(back.has_value());
        QCOMPARE(back->code, error.code);
        QCOMPARE(back->message, error.message);
        QCOMPARE(back->retryAfterSecs, 900);
        QVERIFY(!protocol::parseErrorBody("<html>").has_value());
    }
};

QTEST_GUILESS_MAIN(TestSyncProtocol)
#include "tst_syncprotocol.moc"
