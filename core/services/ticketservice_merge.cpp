// TicketService: merging a duplicate ticket into another, and undoing it.
//
// Merging sets the source's merged_into and closes it (hidden from the queue, no SLA
// clocks); the Merge event on the source stores what it was before (status, closed_at),
// so unmerge() restores exactly that and the due columns are recomputed from the
// unchanged facts. The target's timeline shows the source's events (TicketService::
// timeline flags them with "fromTicket"). Chains are refused: a merged ticket cannot be a
// target, and a ticket that others were merged into cannot be merged away.

#include "services/ticketservice.h"

#include "services/sqlsupport.h"
#include "services/ticketedit.h"
#include "services/ticketstore.h"
#include "services/writetransaction.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace sw::services {

using domain::TicketStatus;

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("TicketService", text);
}

const QString kPreviousStatus = QStringLiteral("previousStatus");
const QString kPreviousClosedAt = QStringLiteral("previousClosedAt");

} // namespace

Status TicketService::merge(const QString& sourceId, const QString& targetId)
{
    TicketEditOptions options;
    options.prepare = [&]() -> Status {
        if (sourceId == targetId)
            return TicketStore::invalid(tr("A ticket cannot be merged into itself."));
        return {};
    };
    options.checkEdit = false; // both tickets are checked below, after the chain rules
    auto edit = beginTicketEdit(sourceId, options);
    if (!edit)
        return edit.error();
    QSqlDatabase db = edit->db;
    WriteTransaction& tx = edit->tx;
    const QDateTime now = edit->now;
    const Ticket* source = &edit->ticket;
    auto target = TicketStore::load(db, targetId);
    if (!target)
        return target.error();

    if (!source->mergedInto.isEmpty())
        return TicketStore::invalid(
            tr("Ticket %1 is already merged into %2.").arg(source->number, source->mergedIntoNumber));
    if (!target->mergedInto.isEmpty())
        return TicketStore::invalid(tr("Ticket %1 was itself merged into %2. Merge into %2 instead.")
                                        .arg(target->number, target->mergedIntoNumber));
    {
        QSqlQuery q(db);
        SW_TRY(execQuery(q, QStringLiteral("SELECT number FROM tickets WHERE merged_into = ? AND deleted = 0 LIMIT 1"),
                         {sourceId}));
        if (q.next())
            return TicketStore::invalid(
                tr("Other tickets (such as %1) were merged into %2. Undo those merges first.")
                    .arg(q.value(0).toString(), source->number));
    }
    SW_TRY(TicketStore::checkCanEdit(m_actor, *source, /*allowClosed=*/true));
    SW_TRY(TicketStore::checkCanEdit(m_actor, *target));

    Ticket afterSource = *source;
    afterSource.mergedInto = target->id;
    afterSource.mergedIntoNumber = target->number;
    afterSource.status = TicketStatus::Closed;
    afterSource.closedAt = now;
    const QVariantMap sourceData{{QStringLiteral("target"), target->id},
                                 {QStringLiteral("targetNumber"), target->number},
                                 {kPreviousStatus, domain::code(source->status)},
                                 {kPreviousClosedAt, TicketStore::epoch(source->closedAt)}};
    auto e1 = TicketStore::addEvent(tx, sourceId, TicketEventKind::Merge, {}, sourceData, now,
                                    QStringLiteral("ticket.merge"));
    if (!e1)
        return e1.error();
    const QVariantMap targetData{{QStringLiteral("source"), source->id},
                                 {QStringLiteral("sourceNumber"), source->number}};
    auto e2 = TicketStore::addEvent(tx, targetId, TicketEventKind::Merge, {}, targetData, now,
                                    QStringLiteral("ticket.merge"));
    if (!e2)
        return e2.error();
    SW_TRY(TicketStore::save(tx, edit->clock, afterSource, now, QStringLiteral("ticket.merge")));
    SW_TRY(TicketStore::save(tx, edit->clock, *target, now, QStringLiteral("ticket.merge")));
    return tx.commit();
}

Status TicketService::unmerge(const QString& sourceId)
{
    TicketEditOptions options;
    options.checkEdit = false; // checked below, ignoring the merge itself
    auto edit = beginTicketEdit(sourceId, options);
    if (!edit)
        return edit.error();
    QSqlDatabase db = edit->db;
    WriteTransaction& tx = edit->tx;
    const QDateTime now = edit->now;
    const Ticket* source = &edit->ticket;
    if (source->mergedInto.isEmpty())
        return TicketStore::invalid(tr("Ticket %1 is not merged into another ticket.").arg(source->number));
    auto target = TicketStore::load(db, source->mergedInto);
    if (!target)
        return target.error();
    Ticket probe = *source; // the same access rules as for any change, ignoring the merge itself
    probe.mergedInto.clear();
    SW_TRY(TicketStore::checkCanEdit(m_actor, probe, /*allowClosed=*/true));
    SW_TRY(TicketStore::checkCanEdit(m_actor, *target, /*allowClosed=*/true));

    QJsonObject mergeData;
    {
        QSqlQuery q(db);
        SW_TRY(execQuery(q,
                         QStringLiteral("SELECT data_json FROM ticket_events WHERE ticket_id = ? AND kind = ? "
                                        "AND deleted = 0 ORDER BY at DESC, n DESC LIMIT 1"),
                         {sourceId, code(TicketEventKind::Merge)}));
        if (q.next())
            mergeData = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
    }
    bool ok = false;
    const TicketStatus previous =
        domain::fromCode<TicketStatus>(mergeData.value(kPreviousStatus).toString(), &ok);
    if (!ok)
        return makeError(ErrorCode::Internal, tr("The merge of ticket %1 cannot be undone because its record "
                                                 "is incomplete.")
                                                  .arg(source->number),
                         QStringLiteral("merge event without previousStatus"));

    Ticket afterSource = *source;
    afterSource.mergedInto.clear();
    afterSource.mergedIntoNumber.clear();
    afterSource.status = previous;
    const QJsonValue closedAt = mergeData.value(kPreviousClosedAt);
    afterSource.closedAt = closedAt.isDouble()
                               ? QDateTime::fromSecsSinceEpoch(qint64(closedAt.toDouble()), Qt::UTC)
                               : QDateTime();
    const QVariantMap data{{QStringLiteral("source"), source->id},
                           {QStringLiteral("sourceNumber"), source->number},
                           {QStringLiteral("target"), target->id},
                           {QStringLiteral("targetNumber"), target->number},
                           {QStringLiteral("restoredStatus"), domain::code(previous)}};
    auto e1 = TicketStore::addEvent(tx, sourceId, TicketEventKind::Unmerge, {}, data, now,
                                    QStringLiteral("ticket.unmerge"));
    if (!e1)
        return e1.error();
    auto e2 = TicketStore::addEvent(tx, target->id, TicketEventKind::Unmerge, {}, data, now,
                                    QStringLiteral("ticket.unmerge"));
    if (!e2)
        return e2.error();
    SW_TRY(TicketStore::save(tx, edit->clock, afterSource, now, QStringLiteral("ticket.unmerge")));
    SW_TRY(TicketStore::save(tx, edit->clock, *target, now, QStringLiteral("ticket.unmerge")));
    return tx.commit();
}

} // namespace sw::services
