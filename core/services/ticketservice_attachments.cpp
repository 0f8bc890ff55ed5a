// TicketService: evidence attachments (kept inside the encrypted database with their
// SHA-256, verified on every read) and canned replies.

#include "services/ticketservice.h"

#include "services/attachmentfile.h"
#include "services/sqlsupport.h"
#include "services/ticketedit.h"
#include "services/ticketstore.h"
#include "services/uuid.h"
#include "services/writetransaction.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlQuery>

namespace sw::services {

using domain::Role;

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("TicketService", text);
}

constexpr int kMaxTitleChars = 100;

Status requireCannedEditor(const Actor& actor)
{
    SW_TRY(TicketStore::requireTicketAccess(actor));
    if (!actor.has(Role::Lead) && !TicketStore::seesAll(actor))
        return TicketStore::denied(tr("Only leads, managers and administrators can edit canned replies."));
    return {};
}

} // namespace

Result<AttachmentInfo> TicketService::addAttachment(const QString& ticketId, const QString& fileName,
                                                    const QByteArray& content)
{
    QString name;
    QString sha;
    QString mime;
    TicketEditOptions options;
    options.prepare = [&]() -> Status {
        // Hashing and type sniffing before the write lock is taken.
        auto checked = checkAttachmentFile(fileName, content, maxAttachmentBytes());
        if (!checked)
            return checked.error();
        name = checked->name;
        sha = checked->sha256;
        mime = checked->mimeType;
        return {};
    };
    auto edit = beginTicketEdit(ticketId, options);
    if (!edit)
        return edit.error();
    QSqlDatabase db = edit->db;
    WriteTransaction& tx = edit->tx;
    const QDateTime now = edit->now;

    AttachmentInfo info;
    info.id = newUuid();
    info.ticketId = ticketId;
    info.fileName = name;
    info.mimeType = mime;
    info.size = content.size();
    info.sha256 = sha;
    info.addedAt = now;
    info.addedByName = m_actor.displayName;
    const QVariantMap data{{QStringLiteral("attachment"), info.id},
                           {QStringLiteral("fileName"), name},
                           {QStringLiteral("size"), info.size},
                           {QStringLiteral("sha256"), sha}};
    auto event = TicketStore::addEvent(tx, ticketId, TicketEventKind::Attachment, {}, data, now,
                                       QStringLiteral("ticket.attachment"));
    if (!event)
        return event.error();
    auto inserted = tx.insert(TicketStore::kAttachments,
                               {{QStringLiteral("id"), info.id},
                                {QStringLiteral("ticket_id"), ticketId},
                                {QStringLiteral("event_id"), *event},
                                {QStringLiteral("file_name"), name},
                                {QStringLiteral("mime_type"), mime},
                                {QStringLiteral("size"), info.size},
                                {QStringLiteral("sha256"), sha},
                                {QStringLiteral("added_at"), TicketStore::epoch(now)},
                                {QStringLiteral("added_by"), m_actor.userId}},
                               QStringLiteral("ticket.attachment"));
    if (!inserted)
        return inserted.error();
    {
        // The bytes beside the row, in the same transaction (see declareTables()).
        QSqlQuery q(db);
        SW_TRY(execQuery(q, QStringLiteral("UPDATE attachments SET content = ? WHERE id = ?"), {content, info.id}));
    }
    SW_TRY(TicketStore::save(tx, edit->clock, edit->ticket, now, QStringLiteral("ticket.attachment")));
    SW_TRY(tx.commit());
    return info;
}

Result<QList<AttachmentInfo>> TicketService::attachments(const QString& ticketId) const
{
    SW_TRY(TicketStore::requireTicketAccess(m_actor));
    QSqlDatabase db = m_db.connection();
    auto ticket = TicketStore::load(db, ticketId);
    if (!ticket)
        return ticket.error();
    SW_TRY(TicketStore::checkCanRead(m_actor, *ticket));
    // Also the evidence of tickets merged into this one, like the timeline.
    QSqlQuery q(db);
    SW_TRY(execQuery(q,
                     QStringLiteral("SELECT a.id, a.ticket_id, a.file_name, a.mime_type, a.size, a.sha256, a.added_at, "
                                    "u.display_name FROM attachments a LEFT JOIN users u ON u.id = a.added_by "
                                    "WHERE a.deleted = 0 AND (a.ticket_id = ? OR a.ticket_id IN "
                                    "(SELECT id FROM tickets WHERE merged_into = ? AND deleted = 0)) "
                                    "ORDER BY a.added_at, a.n"),
                     {ticketId, ticketId}));
    QList<AttachmentInfo> out;
    while (q.next()) {
        AttachmentInfo a;
        a.id = q.value(0).toString();
        a.ticketId = q.value(1).toString();
        a.fileName = q.value(2).toString();
        a.mimeType = q.value(3).toString();
        a.size = q.value(4).toLongLong();
        a.sha256 = q.value(5).toString();
        a.addedAt = TicketStore::fromEpoch(q.value(6));
        a.addedByName = q.value(7).toString();
        out << a;
    }
    return out;
}

Result<QByteArray> TicketService::attachmentContent(const QString& attachmentId) const
{
    SW_TRY(TicketStore::requireTicketAccess(m_actor));
    QSqlDatabase db = m_db.connection();
    QSqlQuery q(db);
    SW_TRY(execQuery(q,
                     QStringLiteral("SELECT ticket_id, file_name, sha256, content FROM attachments "
                                    "WHERE id = ? AND deleted = 0"),
                     {attachmentId}));
    if (!q.next())
        return makeError(ErrorCode::NotFound, tr("The attachment does not exist; it may have been removed."),
                         attachmentId);
    const QString ticketId = q.value(0).toString();
    const QString name = q.value(1).toString();
    const QString sha = q.value(2).toString();
    const QByteArray content = q.value(3).toByteArray();
    q.finish();

    auto ticket = TicketStore::load(db, ticketId);
    if (!ticket)
        return ticket.error();
    Status readable = TicketStore::checkCanRead(m_actor, *ticket);
    if (!readable && !ticket->mergedInto.isEmpty()) {
        // Evidence of a merged ticket is shown in its target: reading that is enough.
        auto target = TicketStore::load(db, ticket->mergedInto);
        if (target)
            readable = TicketStore::checkCanRead(m_actor, *target);
    }
    SW_TRY(readable);
    if (content.isNull())
        return makeError(ErrorCode::NotFound,
                         tr("The file “%1” has not arrived from the server yet; it is fetched with the next sync.")
                             .arg(name),
                         QStringLiteral("attachment %1 has no content yet").arg(attachmentId));
    const QString actual = sha256Hex(content);
    if (actual != sha)
        return makeError(ErrorCode::Conflict,
                         tr("The stored file “%1” is damaged: its checksum does not match, so it is not opened.")
                             .arg(name),
                         QStringLiteral("sha256 mismatch for attachment %1").arg(attachmentId));
    return content;
}

Result<QList<CannedReply>> TicketService::cannedReplies() const
{
    SW_TRY(TicketStore::requireTicketAccess(m_actor));
    QSqlQuery q(m_db.connection());
    SW_TRY(execQuery(q, QStringLiteral("SELECT id, title, body FROM canned_replies WHERE deleted = 0 "
                                       "ORDER BY title, id")));
    QList<CannedReply> out;
    while (q.next())
        out.append(CannedReply{q.value(0).toString(), q.value(1).toString(), q.value(2).toString()});
    return out;
}

Result<QString> TicketService::saveCannedReply(const CannedReply& reply)
{
    SW_TRY(requireCannedEditor(m_actor));
    const QString title = reply.title.trimmed();
    if (title.isEmpty() || title.size() > kMaxTitleChars)
        return TicketStore::invalid(tr("The title must be 1 to %1 characters long.").arg(kMaxTitleChars));
    SW_TRY(TicketStore::checkMessageText(reply.body));
    auto tx = WriteTransaction::begin(m_db.connection(), m_actor, m_clock);
    if (!tx)
        return tx.error();
    const QVariantMap fields{{QStringLiteral("title"), title}, {QStringLiteral("body"), reply.body}};
    QString id = reply.id;
    if (id.isEmpty()) {
        auto inserted = tx->insert(QStringLiteral("canned_replies"), fields, QStringLiteral("canned_reply.create"));
        if (!inserted)
            return inserted.error();
        id = *inserted;
    } else {
        SW_TRY(tx->update(QStringLiteral("canned_replies"), id, fields, QStringLiteral("canned_reply.change")));
    }
    SW_TRY(tx->commit());
    return id;
}

Status TicketService::removeCannedReply(const QString& id)
{
    SW_TRY(requireCannedEditor(m_actor));
    auto tx = WriteTransaction::begin(m_db.connection(), m_actor, m_clock);
    if (!tx)
        return tx.error();
    SW_TRY(tx->remove(QStringLiteral("canned_replies"), id, QStringLiteral("canned_reply.remove")));
    return tx->commit();
}

Result<QString> TicketService::expandCannedReply(const QString& cannedId, const QString& ticketId) const
{
    SW_TRY(TicketStore::requireTicketAccess(m_actor));
    QSqlDatabase db = m_db.connection();
    QSqlQuery q(db);
    SW_TRY(execQuery(q, QStringLiteral("SELECT body FROM canned_replies WHERE id = ? AND deleted = 0"), {cannedId}));
    if (!q.next())
        return makeError(ErrorCode::NotFound, tr("The canned reply does not exist any more."), cannedId);
    const QString body = q.value(0).toString();
    q.finish();
    auto ticket = TicketStore::load(db, ticketId);
    if (!ticket)
        return ticket.error();
    SW_TRY(TicketStore::checkCanRead(m_actor, *ticket));

    const QHash<QString, QString> values{{QStringLiteral("customer_name"), ticket->customerName},
                                         {QStringLiteral("order_no"), ticket->orderNo},
                                         {QStringLiteral("ticket_no"), ticket->number},
                                         {QStringLiteral("agent_name"), m_actor.displayName}};
    // One pass over the template: a value that itself contains "{order_no}" stays as typed.
    static const QRegularExpression placeholder(QStringLiteral("\\{(customer_name|order_no|ticket_no|agent_name)\\}"));
    QString out;
    qsizetype pos = 0;
    auto it = placeholder.globalMatch(body);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += body.mid(pos, m.capturedStart() - pos);
        out += values.value(m.captured(1));
        pos = m.capturedEnd();
    }
    out += body.mid(pos);
    return out;
}

} // namespace sw::services
