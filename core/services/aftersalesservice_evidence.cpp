// AfterSalesService: evidence files of a request (aftersales_evidence). The checks are
// those of ticket attachments (attachmentfile.h); the bytes are written beside the row in
// the same transaction and are not a declared sync field: sync ships them as blobs
// addressed by their SHA-256 (SyncStore, docs/sync-protocol.md).

#include "services/aftersalesstep_p.h"

#include "services/attachmentfile.h"
#include "services/sqlsupport.h"
#include "services/ticketstore.h"
#include "services/uuid.h"
#include "storage/database.h"

#include <QSqlQuery>

namespace sw::services {

using namespace aftersales;
using domain::AfterSalesStatus;

namespace aftersales {

Result<QList<CheckedEvidence>> checkEvidence(storage::Database& db, const Actor& actor, const Clock* clock,
                                             const QList<AfterSalesFile>& files)
{
    QList<CheckedEvidence> out;
    if (files.isEmpty())
        return out;
    const qint64 limit = maxAttachmentBytes(db, actor, clock);
    for (const AfterSalesFile& f : files) {
        auto checked = checkAttachmentFile(f.fileName, f.content, limit);
        if (!checked)
            return checked.error();
        out.append(CheckedEvidence{checked->name, checked->mimeType, checked->sha256, f.content});
    }
    return out;
}

Result<AfterSalesEvidence> insertEvidence(WriteTransaction& tx, QSqlDatabase db, const Actor& actor,
                                          const QString& requestId, const CheckedEvidence& file,
                                          const QDateTime& now)
{
    AfterSalesEvidence e;
    e.id = newUuid();
    e.requestId = requestId;
    e.fileName = file.name;
    e.mimeType = file.mimeType;
    e.size = file.content.size();
    e.sha256 = file.sha256;
    e.addedAt = now;
    e.addedById = actor.userId;
    e.addedByName = actor.displayName;
    auto inserted = tx.insert(AfterSalesService::kEvidence,
                              {{QStringLiteral("id"), e.id},
                               {QStringLiteral("request_id"), requestId},
                               {QStringLiteral("file_name"), e.fileName},
                               {QStringLiteral("mime_type"), e.mimeType},
                               {QStringLiteral("size"), e.size},
                               {QStringLiteral("sha256"), e.sha256},
                               {QStringLiteral("added_at"), TicketStore::epoch(now)},
                               {QStringLiteral("added_by"), actor.userId}},
                              QStringLiteral("aftersales.evidence.add"));
    if (!inserted)
        return inserted.error();
    QSqlQuery q(db);
    SW_TRY(execQuery(q, QStringLiteral("UPDATE aftersales_evidence SET content = ? WHERE id = ?"),
                     {file.content, e.id}));
    return e;
}

Result<int> liveEvidenceCount(QSqlDatabase db, const QString& requestId)
{
    QSqlQuery q(db);
    SW_TRY(execQuery(q, QStringLiteral("SELECT COUNT(*) FROM aftersales_evidence WHERE request_id = ? AND deleted = 0"),
                     {requestId}));
    return q.next() ? q.value(0).toInt() : 0;
}

} // namespace aftersales

namespace {

// Evidence may change only before a decision is under way.
Status requireEditable(const AfterSalesRequest& r)
{
    if (r.status == AfterSalesStatus::Submitted || r.status == AfterSalesStatus::ReturnedForInfo)
        return {};
    return makeError(ErrorCode::Conflict,
                     AfterSalesService::tr("Evidence of request %1 can only be changed while it is submitted or "
                                           "returned for more information; it is now “%2”.")
                         .arg(r.number, domain::displayName(r.status)),
                     QStringLiteral("aftersales evidence: status %1").arg(domain::code(r.status)));
}

} // namespace

Result<AfterSalesEvidence> AfterSalesService::addEvidence(const QString& requestId, const QString& fileName,
                                                          const QByteArray& content)
{
    SW_TRY(requireHandler(m_actor));
    // Hashing and type sniffing before the write lock is taken.
    auto checked = checkEvidence(m_db, m_actor, m_clock, {AfterSalesFile{fileName, content}});
    if (!checked)
        return checked.error();
    auto step = beginStep(requestId);
    if (!step)
        return step.error();
    SW_TRY(requireEditable(step->request));
    auto added = insertEvidence(step->tx, step->db, m_actor, requestId, checked->first(), step->now);
    if (!added)
        return added.error();
    auto count = liveEvidenceCount(step->db, requestId);
    if (!count)
        return count.error();
    AfterSalesRequest after = step->request;
    after.evidenceCount = *count;
    SW_TRY(finishStep(*step, after, QStringLiteral("aftersales.evidence.add"),
                      tr("Evidence “%1” added to after-sales request %2.").arg(added->fileName, after.number)));
    return added;
}

Result<QList<AfterSalesEvidence>> AfterSalesService::evidence(const QString& requestId) const
{
    SW_TRY(requireReader(m_actor));
    QSqlDatabase db = m_db.connection();
    auto r = loadRequest(db, requestId);
    if (!r)
        return r.error();
    QSqlQuery q(db);
    SW_TRY(execQuery(q,
                     QStringLiteral("SELECT e.id, e.request_id, e.file_name, e.mime_type, e.size, e.sha256, "
                                    "e.added_at, e.added_by, u.display_name FROM aftersales_evidence e "
                                    "LEFT JOIN users u ON u.id = e.added_by "
                                    "WHERE e.request_id = ? AND e.deleted = 0 ORDER BY e.added_at, e.n"),
                     {requestId}));
    QList<AfterSalesEvidence> out;
    while (q.next()) {
        AfterSalesEvidence e;
        e.id = q.value(0).toString();
        e.requestId = q.value(1).toString();
        e.fileName = q.value(2).toString();
        e.mimeType = q.value(3).toString();
        e.size = q.value(4).toLongLong();
        e.sha256 = q.value(5).toString();
        e.addedAt = TicketStore::fromEpoch(q.value(6));
        e.addedById = q.value(7).toString();
        e.addedByName = q.value(8).toString();
        out << e;
    }
    return out;
}

Result<QByteArray> AfterSalesService::evidenceContent(const QString& evidenceId) const
{
    SW_TRY(requireReader(m_actor));
    QSqlQuery q(m_db.connection());
    SW_TRY(execQuery(q,
                     QStringLiteral("SELECT e.file_name, e.sha256, e.content FROM aftersales_evidence e "
                                    "JOIN aftersales_requests r ON r.id = e.request_id AND r.deleted = 0 "
                                    "WHERE e.id = ? AND e.deleted = 0"),
                     {evidenceId}));
    if (!q.next())
        return makeError(ErrorCode::NotFound, tr("The evidence file does not exist; it may have been removed."),
                         evidenceId);
    const QString name = q.value(0).toString();
    const QString sha = q.value(1).toString();
    const QByteArray content = q.value(2).toByteArray();
    if (content.isNull())
        return makeError(ErrorCode::NotFound,
                         tr("The file “%1” has not arrived from the server yet; it is fetched with the next sync.")
                             .arg(name),
                         QStringLiteral("evidence %1 has no content yet").arg(evidenceId));
    if (sha256Hex(content) != sha)
        return makeError(ErrorCode::Conflict,
                         tr("The stored file “%1” is damaged: its checksum does not match, so it is not opened.")
                             .arg(name),
                         QStringLiteral("sha256 mismatch for evidence %1").arg(evidenceId));
    return content;
}

Status AfterSalesService::removeEvidence(const QString& evidenceId)
{
    SW_TRY(requireHandler(m_actor));
    QString requestId;
    QString name;
    {
        QSqlQuery q(m_db.connection());
        SW_TRY(execQuery(q,
                         QStringLiteral("SELECT request_id, file_name FROM aftersales_evidence "
                                        "WHERE id = ? AND deleted = 0"),
                         {evidenceId}));
        if (!q.next())
            return makeError(ErrorCode::NotFound,
                             tr("The evidence file does not exist; it may have been removed."), evidenceId);
        requestId = q.value(0).toString();
        name = q.value(1).toString();
    }
    auto step = beginStep(requestId);
    if (!step)
        return step.error();
    SW_TRY(requireEditable(step->request));
    SW_TRY(step->tx.remove(kEvidence, evidenceId, QStringLiteral("aftersales.evidence.remove")));
    auto count = liveEvidenceCount(step->db, requestId);
    if (!count)
        return count.error();
    AfterSalesRequest after = step->request;
    after.evidenceCount = *count;
    return finishStep(*step, after, QStringLiteral("aftersales.evidence.remove"),
                      tr("Evidence “%1” removed from after-sales request %2.").arg(name, after.number));
}

} // namespace sw::services
