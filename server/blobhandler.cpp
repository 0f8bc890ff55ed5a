#include "blobhandler.h"

#include "aftersalesrules.h"
#include "rowstore.h"
#include "serverrules.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QRegularExpression>

namespace sw::server {

namespace {

BlobOutcome failure(int status, const QString& code, const QString& message)
{
    BlobOutcome o;
    o.status = status;
    o.code = code;
    o.message = message;
    return o;
}

} // namespace

bool BlobHandler::isSha256(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("^[0-9a-f]{64}$"));
    return re.match(text).hasMatch();
}

BlobOutcome BlobHandler::put(PgStore* store, const UserContext& user, const QString& sha256, const QByteArray& content)
{
    // Files belong to ticket attachments, after-sales evidence or merchant documents: any
    // of those rights will do.
    const RuleVerdict may = ServerRules::mayWrite(user, QStringLiteral("attachments"));
    if (!may.ok && !ServerRules::mayWrite(user, QStringLiteral("aftersales_evidence")).ok
        && !ServerRules::mayWrite(user, QStringLiteral("merchant_documents")).ok)
        return failure(403, QStringLiteral("forbidden"), may.reason);
    if (content.isEmpty()
        || QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex()) != sha256)
        return failure(400, QStringLiteral("bad_request"), QStringLiteral("The content does not match its SHA-256."));
    QSqlDatabase db = store->connection();
    if (!db.isOpen())
        return failure(503, QStringLiteral("unavailable"), QStringLiteral("The database is unreachable."));
    QSqlQuery q(db);
    if (!PgStore::exec(q,
                       QStringLiteral("INSERT INTO blobs (sha256, content, size, uploaded_by) VALUES (?, ?, ?, ?) "
                                      "ON CONFLICT (sha256) DO NOTHING"),
                       {sha256, content, qint64(content.size()), user.id}))
        return failure(500, QStringLiteral("internal"), QStringLiteral("The file could not be stored."));
    BlobOutcome o;
    o.status = q.numRowsAffected() > 0 ? 201 : 200;
    return o;
}

BlobOutcome BlobHandler::get(PgStore* store, const UserContext& user, const QString& sha256)
{
    const BlobOutcome notFound = failure(404, QStringLiteral("not_found"), QStringLiteral("No such file."));
    QSqlDatabase db = store->connection();
    if (!db.isOpen())
        return failure(503, QStringLiteral("unavailable"), QStringLiteral("The database is unreachable."));
    QSqlQuery rows(db);
    if (!PgStore::exec(rows,
                       QStringLiteral("SELECT fields->>'ticket_id' FROM sync_rows WHERE table_name = 'attachments' "
                                      "AND fields->>'sha256' = ? AND NOT deleted"),
                       {sha256}))
        return failure(500, QStringLiteral("internal"), QStringLiteral("The file could not be read."));
    bool visible = false;
    while (!visible && rows.next()) {
        bool failed = false;
        const std::optional<StoredRow> ticket =
            RowStore::load(db, QStringLiteral("tickets"), rows.value(0).toString(), false, &failed);
        if (failed)
            return failure(500, QStringLiteral("internal"), QStringLiteral("The file could not be read."));
        visible = ticket && !ticket->state.deleted && ServerRules::ticketInScope(user, ticket->state.fields);
    }
    if (!visible && AfterSalesRules::mayRead(user)) {
        // After-sales rows (and so their evidence) go to every after-sales reader.
        QSqlQuery evidence(db);
        if (!PgStore::exec(evidence,
                           QStringLiteral("SELECT 1 FROM sync_rows WHERE table_name = 'aftersales_evidence' "
                                          "AND fields->>'sha256' = ? AND NOT deleted LIMIT 1"),
                           {sha256}))
            return failure(500, QStringLiteral("internal"), QStringLiteral("The file could not be read."));
        visible = evidence.next();
    }
    if (!visible && ServerRules::mayRead(user, QStringLiteral("merchant_documents"))) {
        QSqlQuery scan(db);
        if (!PgStore::exec(scan,
                           QStringLiteral("SELECT 1 FROM sync_rows WHERE table_name = 'merchant_documents' "
                                          "AND fields->>'sha256' = ? AND NOT deleted LIMIT 1"),
                           {sha256}))
            return failure(500, QStringLiteral("internal"), QStringLiteral("The file could not be read."));
        visible = scan.next();
    }
    if (!visible)
        return notFound;
    QSqlQuery blob(db);
    if (!PgStore::exec(blob, QStringLiteral("SELECT content FROM blobs WHERE sha256 = ?"), {sha256}))
        return failure(500, QStringLiteral("internal"), QStringLiteral("The file could not be read."));
    if (!blob.next())
        return notFound; // the row arrived before its content: the author uploads it on their next sync
    BlobOutcome o;
    o.status = 200;
    o.content = blob.value(0).toByteArray();
    return o;
}

} // namespace sw::server
