#include "sync/protocol.h"

#include "services/syncedtables.h"
#include "sync/hlc.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <cmath>

namespace sw::sync::protocol {

namespace {

// Parse failures: an English message for logs and the protocol code "bad_request" in
// the detail (the server answers 400 with it; the client treats it as a server fault).
Error bad(const QString& message)
{
    return makeError(ErrorCode::InvalidInput, message, QStringLiteral("bad_request"));
}

Result<QJsonObject> parseObject(const QByteArray& body)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return bad(QStringLiteral("The request body is not valid JSON: %1.").arg(error.errorString()));
    if (!doc.isObject())
        return bad(QStringLiteral("The request body must be a JSON object."));
    return doc.object();
}

// Only the listed members, each present when required.
Status checkMembers(const QJsonObject& o, const QStringList& required, const QStringList& optional,
                    const QString& what)
{
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!required.contains(it.key()) && !optional.contains(it.key()))
            return bad(QStringLiteral("Unknown member \"%1\" in %2.").arg(it.key().left(64), what));
    }
    for (const QString& key : required) {
        if (!o.contains(key))
            return bad(QStringLiteral("Missing member \"%1\" in %2.").arg(key, what));
    }
    return {};
}

Result<QString> string(const QJsonObject& o, const QString& key, const QString& what, int maxChars)
{
    const QJsonValue v = o.value(key);
    if (!v.isString())
        return bad(QStringLiteral("\"%1\" in %2 must be a string.").arg(key, what));
    const QString s = v.toString();
    if (s.size() > maxChars)
        return bad(QStringLiteral("\"%1\" in %2 is too long.").arg(key, what));
    return s;
}

// JSON numbers are doubles; only exact integers within ±2^53 are accepted.
Result<qint64> integer(const QJsonObject& o, const QString& key, const QString& what)
{
    const QJsonValue v = o.value(key);
    const double d = v.toDouble(std::nan(""));
    if (!v.isDouble() || !std::isfinite(d) || std::trunc(d) != d || std::fabs(d) > 9007199254740992.0)
        return bad(QStringLiteral("\"%1\" in %2 must be an integer.").arg(key, what));
    return qint64(d);
}

Result<bool> boolean(const QJsonObject& o, const QString& key, const QString& what)
{
    const QJsonValue v = o.value(key);
    if (!v.isBool())
        return bad(QStringLiteral("\"%1\" in %2 must be true or false.").arg(key, what));
    return v.toBool();
}

// Declared fields of a declared table (+ "deleted"), each a string, an integer, a bool
// or null.
Status checkFields(const QString& table, const QJsonObject& fields, const QString& what)
{
    const services::SyncedTable* declared = services::SyncedTables::find(table);
    if (!declared)
        return bad(QStringLiteral("Unknown table \"%1\" in %2.").arg(table.left(64), what));
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        const QString& key = it.key();
        if (key != QLatin1String("deleted") && !declared->fields.contains(key))
            return bad(QStringLiteral("Unknown field \"%1\" of table %2 in %3.").arg(key.left(64), table, what));
        const QJsonValue v = it.value();
        if (v.isDouble()) {
            const double d = v.toDouble();
            if (!std::isfinite(d) || std::trunc(d) != d || std::fabs(d) > 9007199254740992.0)
                return bad(QStringLiteral("Field \"%1\" in %2 must be an integer.").arg(key, what));
        } else if (!v.isString() && !v.isBool() && !v.isNull()) {
            return bad(QStringLiteral("Field \"%1\" in %2 has a value of an unsupported type.").arg(key, what));
        }
        if (key == QLatin1String("deleted") && !(v.isDouble() && (v.toInt() == 0 || v.toInt() == 1)) && !v.isBool())
            return bad(QStringLiteral("Field \"deleted\" in %1 must be 0 or 1.").arg(what));
    }
    return {};
}

Result<QJsonArray> array(const QJsonObject& o, const QString& key, const QString& what)
{
    const QJsonValue v = o.value(key);
    if (!v.isArray())
        return bad(QStringLiteral("\"%1\" in %2 must be an array.").arg(key, what));
    return v.toArray();
}

QByteArray compact(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

bool isUuid(const QString& text)
{
    static const QRegularExpression re(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
    return text.size() == 36 && re.match(text).hasMatch();
}

bool isHlc(const QString& text)
{
    Hlc parsed;
    return text.size() <= 64 && Hlc::parse(text, &parsed);
}

// --- push --------------------------------------------------------------------------

Result<QList<Op>> parsePushRequest(const QByteArray& body)
{
    auto root = parseObject(body);
    if (!root)
        return root.error();
    SW_TRY(checkMembers(*root, {QStringLiteral("ops")}, {}, QStringLiteral("the push request")));
    auto ops = array(*root, QStringLiteral("ops"), QStringLiteral("the push request"));
    if (!ops)
        return ops.error();
    if (ops->size() > kMaxOpsPerPush)
        return makeError(ErrorCode::InvalidInput, QStringLiteral("Too many ops in one push."),
                         QStringLiteral("too_large"));
    QList<Op> out;
    out.reserve(ops->size());
    for (int i = 0; i < ops->size(); ++i) {
        const QString what = QStringLiteral("op %1").arg(i);
        if (!ops->at(i).isObject())
            return bad(QStringLiteral("%1 must be an object.").arg(what));
        const QJsonObject o = ops->at(i).toObject();
        SW_TRY(checkMembers(o,
                            {QStringLiteral("op_id"), QStringLiteral("table"), QStringLiteral("row_id"),
                             QStringLiteral("fields"), QStringLiteral("base_seq"), QStringLiteral("hlc")},
                            {}, what));
        Op op;
        auto opId = string(o, QStringLiteral("op_id"), what, 36);
        auto table = string(o, QStringLiteral("table"), what, 64);
        auto rowId = string(o, QStringLiteral("row_id"), what, 36);
        auto hlc = string(o, QStringLiteral("hlc"), what, 64);
        auto baseSeq = integer(o, QStringLiteral("base_seq"), what);
        for (const auto* r : {&opId, &table, &rowId, &hlc}) {
            if (!*r)
                return r->error();
        }
        if (!baseSeq)
            return baseSeq.error();
        if (!isUuid(*opId) || !isUuid(*rowId))
            return bad(QStringLiteral("%1: op_id and row_id must be lower-case UUIDs.").arg(what));
        if (!isHlc(*hlc))
            return bad(QStringLiteral("%1: hlc is not a hybrid logical clock value.").arg(what));
        if (*baseSeq < 0)
            return bad(QStringLiteral("%1: base_seq must not be negative.").arg(what));
        if (!o.value(QStringLiteral("fields")).isObject())
            return bad(QStringLiteral("\"fields\" in %1 must be an object.").arg(what));
        op.fields = o.value(QStringLiteral("fields")).toObject();
        SW_TRY(checkFields(*table, op.fields, what));
        op.opId = *opId;
        op.table = *table;
        op.rowId = *rowId;
        op.hlc = *hlc;
        op.baseSeq = *baseSeq;
        out << op;
    }
    return out;
}

QByteArray pushRequest(const QList<Op>& ops)
{
    QJsonArray array;
    for (const Op& op : ops) {
        array.append(QJsonObject{{QStringLiteral("op_id"), op.opId},
                                 {QStringLiteral("table"), op.table},
                                 {QStringLiteral("row_id"), op.rowId},
                                 {QStringLiteral("fields"), op.fields},
                                 {QStringLiteral("base_seq"), double(op.baseSeq)},
                                 {QStringLiteral("hlc"), op.hlc}});
    }
    return compact(QJsonObject{{QStringLiteral("ops"), array}});
}

Result<QList<Verdict>> parsePushResponse(const QByteArray& body)
{
    auto root = parseObject(body);
    if (!root)
        return root.error();
    auto results = array(*root, QStringLiteral("results"), QStringLiteral("the push response"));
    if (!results)
        return results.error();
    QList<Verdict> out;
    for (int i = 0; i < results->size(); ++i) {
        const QString what = QStringLiteral("verdict %1").arg(i);
        const QJsonObject o = results->at(i).toObject();
        Verdict v;
        auto opId = string(o, QStringLiteral("op_id"), what, 36);
        auto status = string(o, QStringLiteral("status"), what, 16);
        if (!opId)
            return opId.error();
        if (!status)
            return status.error();
        v.opId = *opId;
        if (*status == QLatin1String("accepted")) {
            auto seq = integer(o, QStringLiteral("server_seq"), what);
            if (!seq)
                return seq.error();
            v.accepted = true;
            v.serverSeq = *seq;
        } else if (*status == QLatin1String("refused")) {
            auto code = string(o, QStringLiteral("code"), what, 64);
            if (!code)
                return code.error();
            v.code = *code;
            v.reason = o.value(QStringLiteral("reason")).toString().left(1000);
            if (o.value(QStringLiteral("current")).isObject()) {
                auto current = rowFromJson(o.value(QStringLiteral("current")).toObject());
                if (!current)
                    return current.error();
                v.current = *current;
            }
        } else {
            return bad(QStringLiteral("%1: unknown status.").arg(what));
        }
        out << v;
    }
    return out;
}

QByteArray pushResponse(const QList<Verdict>& verdicts)
{
    QJsonArray array;
    for (const Verdict& v : verdicts) {
        QJsonObject o{{QStringLiteral("op_id"), v.opId},
                      {QStringLiteral("status"), v.accepted ? QStringLiteral("accepted") : QStringLiteral("refused")}};
        if (v.accepted) {
            o.insert(QStringLiteral("server_seq"), double(v.serverSeq));
        } else {
            o.insert(QStringLiteral("code"), v.code);
            o.insert(QStringLiteral("reason"), v.reason);
            o.insert(QStringLiteral("current"), v.current ? QJsonValue(toJson(*v.current)) : QJsonValue());
        }
        array.append(o);
    }
    return compact(QJsonObject{{QStringLiteral("results"), array}});
}

// --- rows --------------------------------------------------------------------------

QJsonObject toJson(const RowState& row)
{
    QJsonObject o{{QStringLiteral("table"), row.table},
                  {QStringLiteral("row_id"), row.rowId},
                  {QStringLiteral("server_seq"), double(row.serverSeq)}};
    if (row.removed) {
        o.insert(QStringLiteral("removed"), true);
        return o;
    }
    o.insert(QStringLiteral("hlc"), row.hlc);
    o.insert(QStringLiteral("updated_by"), row.updatedBy);
    o.insert(QStringLiteral("deleted"), row.deleted);
    o.insert(QStringLiteral("fields"), row.fields);
    return o;
}

Result<RowState> rowFromJson(const QJsonObject& o)
{
    const QString what = QStringLiteral("a row");
    RowState row;
    auto table = string(o, QStringLiteral("table"), what, 64);
    auto rowId = string(o, QStringLiteral("row_id"), what, 36);
    auto seq = integer(o, QStringLiteral("server_seq"), what);
    if (!table)
        return table.error();
    if (!rowId)
        return rowId.error();
    if (!seq)
        return seq.error();
    if (!isUuid(*rowId))
        return bad(QStringLiteral("A row id is not a UUID."));
    row.table = *table;
    row.rowId = *rowId;
    row.serverSeq = *seq;
    if (o.value(QStringLiteral("removed")).toBool()) {
        row.removed = true;
        if (!services::SyncedTables::find(row.table))
            return bad(QStringLiteral("Unknown table \"%1\" in a row.").arg(row.table.left(64)));
        return row;
    }
    auto hlc = string(o, QStringLiteral("hlc"), what, 64);
    auto updatedBy = string(o, QStringLiteral("updated_by"), what, 64);
    auto deleted = boolean(o, QStringLiteral("deleted"), what);
    if (!hlc)
        return hlc.error();
    if (!updatedBy)
        return updatedBy.error();
    if (!deleted)
        return deleted.error();
    if (!o.value(QStringLiteral("fields")).isObject())
        return bad(QStringLiteral("\"fields\" of a row must be an object."));
    row.hlc = *hlc;
    row.updatedBy = *updatedBy;
    row.deleted = *deleted;
    row.fields = o.value(QStringLiteral("fields")).toObject();
    SW_TRY(checkFields(row.table, row.fields, what));
    return row;
}

// --- pull --------------------------------------------------------------------------

Result<PullResponse> parsePullResponse(const QByteArray& body)
{
    auto root = parseObject(body);
    if (!root)
        return root.error();
    const QString what = QStringLiteral("the pull response");
    auto rows = array(*root, QStringLiteral("rows"), what);
    auto next = integer(*root, QStringLiteral("next"), what);
    auto more = boolean(*root, QStringLiteral("more"), what);
    if (!rows)
        return rows.error();
    if (!next)
        return next.error();
    if (!more)
        return more.error();
    PullResponse out;
    out.next = *next;
    out.more = *more;
    if (root->contains(QStringLiteral("last"))) {
        auto last = integer(*root, QStringLiteral("last"), what);
        if (!last)
            return last.error();
        out.last = *last;
    }
    out.rows.reserve(rows->size());
    for (const QJsonValue& v : *rows) {
        if (!v.isObject())
            return bad(QStringLiteral("A row of the pull response is not an object."));
        auto row = rowFromJson(v.toObject());
        if (!row)
            return row.error();
        out.rows << *row;
    }
    return out;
}

QByteArray pullResponse(const PullResponse& response)
{
    QJsonArray rows;
    for (const RowState& row : response.rows)
        rows.append(toJson(row));
    QJsonObject o{{QStringLiteral("rows"), rows},
                  {QStringLiteral("next"), double(response.next)},
                  {QStringLiteral("more"), response.more}};
    if (response.last > 0)
        o.insert(QStringLiteral("last"), double(response.last));
    return compact(o);
}

// --- auth --------------------------------------------------------------------------

Result<LoginRequest> parseLoginRequest(const QByteArray& body)
{
    auto root = parseObject(body);
    if (!root)
        return root.error();
    const QString what = QStringLiteral("the login request");
    SW_TRY(checkMembers(*root, {QStringLiteral("login"), QStringLiteral("password")}, {QStringLiteral("node")}, what));
    auto login = string(*root, QStringLiteral("login"), what, kMaxLoginChars);
    auto password = string(*root, QStringLiteral("password"), what, kMaxPasswordChars);
    if (!login)
        return login.error();
    if (!password)
        return password.error();
    LoginRequest out;
    out.login = *login;
    out.password = *password;
    if (root->contains(QStringLiteral("node"))) {
        auto node = string(*root, QStringLiteral("node"), what, 32);
        if (!node)
            return node.error();
        out.node = *node;
    }
    return out;
}

QByteArray loginRequest(const LoginRequest& request)
{
    return compact(QJsonObject{{QStringLiteral("login"), request.login},
                               {QStringLiteral("password"), request.password},
                               {QStringLiteral("node"), request.node}});
}

Result<LoginResponse> parseLoginResponse(const QByteArray& body)
{
    auto root = parseObject(body);
    if (!root)
        return root.error();
    const QString what = QStringLiteral("the login response");
    auto token = string(*root, QStringLiteral("token"), what, 128);
    auto expires = string(*root, QStringLiteral("expires_at"), what, 40);
    if (!token)
        return token.error();
    if (!expires)
        return expires.error();
    const QJsonObject user = root->value(QStringLiteral("user")).toObject();
    LoginResponse out;
    out.token = *token;
    out.expiresAt = QDateTime::fromString(*expires, Qt::ISODate).toUTC();
    if (!out.expiresAt.isValid())
        return bad(QStringLiteral("\"expires_at\" of the login response is not a time."));
    out.user.id = user.value(QStringLiteral("id")).toString();
    out.user.login = user.value(QStringLiteral("login")).toString();
    out.user.displayName = user.value(QStringLiteral("display_name")).toString();
    out.user.teamId = user.value(QStringLiteral("team_id")).toString();
    for (const QJsonValue& role : user.value(QStringLiteral("roles")).toArray())
        out.user.roles << role.toString();
    if (!isUuid(out.user.id))
        return bad(QStringLiteral("The login response has no user id."));
    return out;
}

QByteArray loginResponse(const LoginResponse& response)
{
    QJsonArray roles;
    for (const QString& role : response.user.roles)
        roles.append(role);
    return compact(QJsonObject{
        {QStringLiteral("token"), response.token},
        {QStringLiteral("expires_at"), response.expiresAt.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("user"), QJsonObject{{QStringLiteral("id"), response.user.id},
                                             {QStringLiteral("login"), response.user.login},
                                             {QStringLiteral("display_name"), response.user.displayName},
                                             {QStringLiteral("roles"), roles},
                                             {QStringLiteral("team_id"), response.user.teamId}}}});
}

// --- errors ------------------------------------------------------------------------

QByteArray errorBody(const ErrorBody& error)
{
    QJsonObject inner{{QStringLiteral("code"), error.code}, {QStringLiteral("message"), error.message}};
    if (error.retryAfterSecs > 0)
        inner.insert(QStringLiteral("retry_after_s"), error.retryAfterSecs);
    return compact(QJsonObject{{QStringLiteral("error"), inner}});
}

std::optional<ErrorBody> parseErrorBody(const QByteArray& body)
{
    const QJsonObject inner = QJsonDocument::fromJson(body).object().value(QStringLiteral("error")).toObject();
    if (!inner.value(QStringLiteral("code")).isString())
        return std::nullopt;
    ErrorBody out;
    out.code = inner.value(QStringLiteral("code")).toString().left(64);
    out.message = inner.value(QStringLiteral("message")).toString().left(1000);
    out.retryAfterSecs = inner.value(QStringLiteral("retry_after_s")).toInt();
    return out;
}

} // namespace sw::sync::protocol
