#pragma once

// The sync protocol v1 messages (docs/sync-protocol.md), parsed and serialized in one
// place for both ends: the server parses requests and serializes responses, the client
// the other way round. Parsing validates everything a message can carry — types, UUID
// and HLC shapes, declared tables and fields (services::SyncedTables), sizes — so that
// nothing unchecked reaches SQL on either side. Parse failures are Error{InvalidInput}
// with an English message (for logs) and the protocol code in Error::detail.

#include "result.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace sw::sync {

namespace protocol {
inline constexpr int kVersion = 1;
inline constexpr int kMaxOpsPerPush = 1000;
inline constexpr qint64 kDefaultBodyLimit = 8 * 1024 * 1024;
inline constexpr int kDefaultPullLimit = 1000;
inline constexpr int kMaxPullLimit = 5000;
inline constexpr int kMaxLoginChars = 64;
inline constexpr int kMaxPasswordChars = 1024;
inline constexpr const char* kVersionHeader = "X-Shopwarden-Protocol";
} // namespace protocol

// One change of one row (a sync_outbox record on the wire).
struct Op
{
    QString opId;
    QString table;
    QString rowId;
    QJsonObject fields; // declared fields (+ "deleted" 0/1): string, integer, bool or null
    qint64 baseSeq = 0;
    QString hlc;
};

// A row as the server has it (pull rows, and the "current" row of a refusal). A
// removal carries only table, rowId, serverSeq and removed = true.
struct RowState
{
    QString table;
    QString rowId;
    qint64 serverSeq = 0;
    QString hlc;
    QString updatedBy;
    bool deleted = false;
    bool removed = false;
    QJsonObject fields;
};

struct Verdict
{
    QString opId;
    bool accepted = false;
    qint64 serverSeq = 0;          // accepted
    QString code;                  // refused: forbidden, illegal_transition, …
    QString reason;                // refused: English text (the client translates by code)
    std::optional<RowState> current; // refused: the server's row, if it exists
};

struct LoginRequest
{
    QString login;
    QString password;
    QString node;
};

struct UserInfo
{
    QString id;
    QString login;
    QString displayName;
    QStringList roles; // role codes
    QString teamId;
};

struct LoginResponse
{
    QString token;
    QDateTime expiresAt; // UTC
    UserInfo user;
};

struct PullResponse
{
    QList<RowState> rows;
    qint64 next = 0;
    bool more = false;
    qint64 last = 0; // the server's newest server_seq when answering (progress estimate); 0 = unknown
};

struct ErrorBody
{
    QString code;
    QString message;
    int retryAfterSecs = 0; // 423 only
};

namespace protocol {

// Shape checks used by the parsers (and by the server for path/query values).
bool isUuid(const QString& text);
bool isHlc(const QString& text);

// --- push ---
Result<QList<Op>> parsePushRequest(const QByteArray& body);
QByteArray pushRequest(const QList<Op>& ops);
Result<QList<Verdict>> parsePushResponse(const QByteArray& body);
QByteArray pushResponse(const QList<Verdict>& verdicts);

// --- pull ---
Result<PullResponse> parsePullResponse(const QByteArray& body);
QByteArray pullResponse(const PullResponse& response);

// --- auth ---
Result<LoginRequest> parseLoginRequest(const QByteArray& body);
QByteArray loginRequest(const LoginRequest& request);
Result<LoginResponse> parseLoginResponse(const QByteArray& body);
QByteArray loginResponse(const LoginResponse& response);

// --- errors ---
QByteArray errorBody(const ErrorBody& error);
std::optional<ErrorBody> parseErrorBody(const QByteArray& body);

// Row states inside other messages.
QJsonObject toJson(const RowState& row);
Result<RowState> rowFromJson(const QJsonObject& object);

} // namespace protocol

} // namespace sw::sync
