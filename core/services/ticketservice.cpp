// TicketService: creation, reading, the timeline, messages and status changes.
// Assignment and rating: ticketservice_assign.cpp; merge: ticketservice_merge.cpp;
// attachments and canned replies: ticketservice_attachments.cpp; shared row/SLA/search
// helpers: ticketstore.cpp.

#include "services/ticketservice.h"

#include "clock.h"
#include "domain/ticketworkflow.h"
#include "services/attachmentfile.h"
#include "services/merchantdirectory.h"
#include "services/sqlsupport.h"
#include "services/syncedtables.h"
#include "services/ticketedit.h"
#include "services/ticketstore.h"
#include "services/uuid.h"
#include "services/writetransaction.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlQuery>

#include <mutex>

namespace sw::services {

using domain::TicketStatus;

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("TicketService", text);
}

constexpr int kMaxNameChars = 64;
constexpr int kMaxMerchantChars = 100;
constexpr int kMaxReasonChars = 500;
constexpr int kMaxEmailChars = 254;

Status validateDraft(const TicketDraft& d, const QDateTime& now)
{
    const QString subject = d.subject.trimmed();
    if (subject.isEmpty())
        return TicketStore::invalid(tr("Enter a subject for the ticket."));
    if (subject.size() > TicketService::kMaxSubjectChars)
        return TicketStore::invalid(
            tr("The subject is %1 characters long; at most %2 characters are allowed.")
                .arg(subject.size())
                .arg(TicketService::kMaxSubjectChars));
    if (d.body.size() > TicketService::kMaxBodyChars)
        return TicketStore::invalid(
            tr("The description is %1 characters long; at most %2 characters are allowed.")
                .arg(d.body.size())
                .arg(TicketService::kMaxBodyChars));
    const QString name = d.customerName.trimmed();
    if (name.isEmpty() || name.size() > kMaxNameChars)
        return TicketStore::invalid(
            tr("The customer name must be 1 to %1 characters long.").arg(kMaxNameChars));
    static const QRegularExpression phone(QStringLiteral("^\\+?[0-9][0-9 \\-]{3,30}$"));
    if (!d.customerPhone.trimmed().isEmpty() && !phone.match(d.customerPhone.trimmed()).hasMatch())
        return TicketStore::invalid(
            tr("The phone number may contain only digits, spaces, '+' and '-' (5 to 32 "
               "characters)."));
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    const QString mail = d.customerEmail.trimmed();
    if (!mail.isEmpty() && (mail.size() > kMaxEmailChars || !email.match(mail).hasMatch()))
        return TicketStore::invalid(tr("The e-mail address is not valid."));
    static const QRegularExpression order(QStringLiteral("^[A-Za-z0-9-]{0,40}$"));
    if (!order.match(d.orderNo.trimmed()).hasMatch())
        return TicketStore::invalid(
            tr("The order number may contain only letters, digits and '-' (at most 40 characters)."));
    if (d.merchantName.trimmed().size() > kMaxMerchantChars)
        return TicketStore::invalid(
            tr("The merchant name must be at most %1 characters long.").arg(kMaxMerchantChars));
    if (d.specialCase && d.specialReason.trimmed().isEmpty())
        return TicketStore::invalid(tr("A special case needs a reason."));
    if (d.specialReason.trimmed().size() > kMaxReasonChars)
        return TicketStore::invalid(
            tr("The reason must be at most %1 characters long.").arg(kMaxReasonChars));
    if (d.receivedAt.isValid() && d.receivedAt > now)
        return TicketStore::invalid(tr("The time of receipt cannot be in the future."));
    return {};
}

// The customer with the same phone number, or a new customer row.
Result<QString> customerFor(WriteTransaction& tx, const TicketDraft& d)
{
    const QString phone = d.customerPhone.trimmed();
    if (!phone.isEmpty()) {
        QSqlQuery q(tx.database());
        SW_TRY(execQuery(
            q, QStringLiteral("SELECT id FROM customers WHERE phone = ? AND deleted = 0 LIMIT 1"), {phone}));
        if (q.next())
            return q.value(0).toString();
    }
    return tx.insert(QStringLiteral("customers"),
                     {{QStringLiteral("name"), d.customerName.trimmed()},
                      {QStringLiteral("phone"), phone},
                      {QStringLiteral("email"), d.customerEmail.trimmed()}},
                     QStringLiteral("customer.create"));
}

// The options of customer message, reply and note: the text is checked first.
TicketEditOptions messageEdit(const QString& text)
{
    TicketEditOptions options;
    options.prepare = [&text] { return TicketStore::checkMessageText(text); };
    return options;
}

} // namespace

TicketService::TicketService(storage::Database& db, Actor actor, const Clock* clock)
    : m_db(db)
    , m_actor(std::move(actor))
    , m_clock(clock)
{
    declareTables();
}

Result<TicketEdit> TicketService::beginTicketEdit(const QString& id, const TicketEditOptions& options) const
{
    SW_TRY(options.access(m_actor));
    if (options.prepare)
        SW_TRY(options.prepare());
    QSqlDatabase db = m_db.connection();
    auto clock = TicketStore::slaClock(db, slaPolicy());
    if (!clock)
        return clock.error();
    const QDateTime now = TicketStore::now(m_clock);
    auto tx = WriteTransaction::begin(db, m_actor, m_clock);
    if (!tx)
        return tx.error();
    Ticket ticket;
    if (options.load) {
        auto loaded = TicketStore::load(db, id);
        if (!loaded)
            return loaded.error();
        if (options.checkEdit)
            SW_TRY(TicketStore::checkCanEdit(m_actor, *loaded, options.allowClosed));
        ticket = std::move(*loaded);
    }
    return TicketEdit{db, std::move(*tx), std::move(*clock), now, std::move(ticket)};
}

void TicketService::declareTables()
{
    static std::once_flag once;
    std::call_once(once, [] {
        SyncedTables::declare({QStringLiteral("customers"),
                               {QStringLiteral("name"), QStringLiteral("phone"), QStringLiteral("email")},
                               // Personal data stays out of the audit log (it is in the row).
                               {QStringLiteral("phone"), QStringLiteral("email")},
                               {}});
        SyncedTables::declare({QStringLiteral("merchants"), {QStringLiteral("name")}, {}, {}});
        SyncedTables::declare({TicketStore::kTickets,
                               // Not the SLA columns: derived locally (TicketStore::slaColumns()).
                               TicketStore::syncedFields(Ticket()).keys(),
                               {QStringLiteral("customer_phone"), QStringLiteral("customer_email")},
                               {QStringLiteral("status"), QStringLiteral("owner_id"),
                                QStringLiteral("team_id"), QStringLiteral("merged_into")}});
        SyncedTables::declare({TicketStore::kEvents,
                               {QStringLiteral("ticket_id"), QStringLiteral("kind"),
                                QStringLiteral("author_id"), QStringLiteral("author_name"),
                                QStringLiteral("at"), QStringLiteral("body"), QStringLiteral("data_json")},
                               {},
                               {}});
        // The content BLOB is not a declared field: a 20 MB file must not be copied into
        // the outbox JSON and the audit log. It is written beside the row in the same
        // transaction; sync ships it separately, addressed by its SHA-256.
        SyncedTables::declare(
            {TicketStore::kAttachments,
             {QStringLiteral("ticket_id"), QStringLiteral("event_id"), QStringLiteral("file_name"),
              QStringLiteral("mime_type"), QStringLiteral("size"), QStringLiteral("sha256"),
              QStringLiteral("added_at"), QStringLiteral("added_by")},
             {},
             {}});
        SyncedTables::declare(
            {QStringLiteral("canned_replies"), {QStringLiteral("title"), QStringLiteral("body")}, {}, {}});
        SyncedTables::declare({QStringLiteral("calendar_days"),
                               {QStringLiteral("day"), QStringLiteral("type"), QStringLiteral("name")},
                               {},
                               {}});
    });
}

Result<QString> TicketService::create(const TicketDraft& draft)
{
    SW_TRY(TicketStore::requireTicketAccess(m_actor));
    const QDateTime now = TicketStore::now(m_clock);
    SW_TRY(validateDraft(draft, now));
    const QString ownerId = draft.ownerId.trimmed();
    const bool lead = m_actor.has(domain::Role::Lead);
    if (!ownerId.isEmpty() && ownerId != m_actor.userId && !lead && !TicketStore::seesAll(m_actor))
        return TicketStore::denied(
            tr("Agents can create tickets only for themselves or leave them unassigned."));
    auto clock = TicketStore::slaClock(m_db.connection(), slaPolicy());
    if (!clock)
        return clock.error();

    QSqlDatabase db = m_db.connection();
    auto tx = WriteTransaction::begin(db, m_actor, m_clock);
    if (!tx)
        return tx.error();

    Ticket t;
    if (!ownerId.isEmpty()) {
        SW_TRY(TicketStore::checkOwner(db, ownerId, &t.teamId, &t.ownerName));
        if (!TicketStore::seesAll(m_actor) && ownerId != m_actor.userId &&
            (m_actor.teamId.isEmpty() || t.teamId != m_actor.teamId))
            return TicketStore::denied(tr("You can assign tickets only to members of your team."));
        t.ownerId = ownerId;
    }
    auto customer = customerFor(*tx, draft);
    if (!customer)
        return customer.error();
    const QString merchantName = draft.merchantName.trimmed();
    auto merchant = merchantName.isEmpty() ? Result<QString>(QString()) : merchantNamed(*tx, merchantName);
    if (!merchant)
        return merchant.error();

    t.id = newUuid();
    t.receivedAt = draft.receivedAt.isValid()
                       ? QDateTime::fromSecsSinceEpoch(draft.receivedAt.toSecsSinceEpoch(), Qt::UTC)
                       : now;
    auto number = TicketStore::allocateNumber(db, t.receivedAt);
    if (!number)
        return number.error();
    t.number = *number;
    t.kind = draft.kind;
    t.channel = draft.channel;
    t.priority = draft.priority;
    t.status = ownerId.isEmpty() ? TicketStatus::New : TicketStatus::Open;
    t.subject = draft.subject.trimmed();
    t.body = draft.body;
    t.customerId = *customer;
    t.customerName = draft.customerName.trimmed();
    t.customerPhone = draft.customerPhone.trimmed();
    t.customerEmail = draft.customerEmail.trimmed();
    t.orderNo = draft.orderNo.trimmed();
    t.merchantId = *merchant;
    t.merchantName = merchantName;
    t.specialCase = draft.specialCase;
    t.specialReason = draft.specialCase ? draft.specialReason.trimmed() : QString();
    t.createdAt = now;
    t.updatedAt = now;
    SW_TRY(TicketStore::computeSla(db, *clock, t, now));

    QVariantMap fields = TicketStore::syncedFields(t);
    fields.insert(QStringLiteral("id"), t.id);
    auto inserted = tx->insert(TicketStore::kTickets, fields, QStringLiteral("ticket.create"));
    if (!inserted)
        return inserted.error();
    {
        QSqlQuery q(db);
        SW_TRY(execQuery(q, QStringLiteral("SELECT n FROM tickets WHERE id = ?"), {t.id}));
        if (!q.next())
            return makeError(ErrorCode::Internal, tr("The ticket could not be saved."),
                             QStringLiteral("no n"));
        t.n = q.value(0).toLongLong();
    }
    SW_TRY(TicketStore::writeSla(db, t));
    QVariantMap data{{QStringLiteral("number"), t.number},
                     {QStringLiteral("status"), domain::code(t.status)}};
    if (!t.ownerId.isEmpty()) {
        data.insert(QStringLiteral("owner"), t.ownerId);
        data.insert(QStringLiteral("ownerName"), t.ownerName);
    }
    auto event = TicketStore::addEvent(*tx, t.id, TicketEventKind::Created, {}, data, now,
                                       QStringLiteral("ticket.create"));
    if (!event)
        return event.error();
    SW_TRY(TicketStore::refreshSearch(db, t));
    SW_TRY(tx->commit());
    return t.id;
}

Result<Ticket> TicketService::get(const QString& id) const
{
    SW_TRY(TicketStore::requireTicketAccess(m_actor));
    auto t = TicketStore::load(m_db.connection(), id);
    if (!t)
        return t.error();
    SW_TRY(TicketStore::checkCanRead(m_actor, *t));
    t->customerPhone = TicketStore::maskedPhoneFor(m_actor, *t);
    return t;
}

Result<QList<TicketEvent>> TicketService::timeline(const QString& id) const
{
    SW_TRY(TicketStore::requireTicketAccess(m_actor));
    QSqlDatabase db = m_db.connection();
    auto t = TicketStore::load(db, id);
    if (!t)
        return t.error();
    SW_TRY(TicketStore::checkCanRead(m_actor, *t));

    // Tickets merged into this one: their timelines are shown here, flagged.
    QHash<QString, QString> sources;
    QSqlQuery q(db);
    SW_TRY(execQuery(
        q, QStringLiteral("SELECT id, number FROM tickets WHERE merged_into = ? AND deleted = 0"), {id}));
    while (q.next())
        sources.insert(q.value(0).toString(), q.value(1).toString());
    q.finish();

    QString sql = QStringLiteral("SELECT ") + TicketStore::eventColumns() +
                  QStringLiteral(" FROM ticket_events e WHERE e.deleted = 0 AND (e.ticket_id = ?");
    QVariantList values{id};
    for (auto it = sources.cbegin(); it != sources.cend(); ++it) {
        sql += QStringLiteral(" OR e.ticket_id = ?");
        values << it.key();
    }
    sql += QStringLiteral(") ORDER BY e.at, e.n");
    SW_TRY(execQuery(q, sql, values));
    QList<TicketEvent> events;
    while (q.next()) {
        TicketEvent e = TicketStore::readEvent(q);
        if (e.ticketId != id)
            e.data.insert(QStringLiteral("fromTicket"), sources.value(e.ticketId));
        events << e;
    }
    return events;
}

Status TicketService::addCustomerMessage(const QString& id, const QString& text)
{
    auto edit = beginTicketEdit(id, messageEdit(text));
    if (!edit)
        return edit.error();
    Ticket& after = edit->ticket;
    auto event = TicketStore::addEvent(edit->tx, id, TicketEventKind::CustomerMessage, text, {}, edit->now,
                                       QStringLiteral("ticket.customer_message"));
    if (!event)
        return event.error();
    // The customer answered: the ticket stops waiting and the clock runs again.
    if (after.status == TicketStatus::PendingCustomer)
        SW_TRY(TicketStore::applyStatus(edit->tx, after, TicketStatus::Open, edit->now));
    SW_TRY(TicketStore::save(edit->tx, edit->clock, after, edit->now,
                             QStringLiteral("ticket.customer_message")));
    SW_TRY(TicketStore::refreshSearch(edit->db, after));
    return edit->tx.commit();
}

Status TicketService::reply(const QString& id, const QString& text)
{
    auto edit = beginTicketEdit(id, messageEdit(text));
    if (!edit)
        return edit.error();
    Ticket& after = edit->ticket;
    // Whoever answers an unassigned ticket becomes its owner: one named owner at every
    // moment after the first contact.
    if (after.ownerId.isEmpty()) {
        QString team;
        QString name;
        SW_TRY(TicketStore::checkOwner(edit->db, m_actor.userId, &team, &name));
        SW_TRY(TicketStore::applyOwner(edit->tx, after, m_actor.userId, team, name, edit->now));
    }
    auto event = TicketStore::addEvent(edit->tx, id, TicketEventKind::Reply, text, {}, edit->now,
                                       QStringLiteral("ticket.reply"));
    if (!event)
        return event.error();
    if (!after.firstResponseAt.isValid())
        after.firstResponseAt = edit->now;
    if (after.status == TicketStatus::New)
        SW_TRY(TicketStore::applyStatus(edit->tx, after, TicketStatus::Open, edit->now));
    SW_TRY(TicketStore::save(edit->tx, edit->clock, after, edit->now, QStringLiteral("ticket.reply")));
    SW_TRY(TicketStore::refreshSearch(edit->db, after));
    return edit->tx.commit();
}

Status TicketService::addNote(const QString& id, const QString& text)
{
    auto edit = beginTicketEdit(id, messageEdit(text));
    if (!edit)
        return edit.error();
    auto event = TicketStore::addEvent(edit->tx, id, TicketEventKind::Note, text, {}, edit->now,
                                       QStringLiteral("ticket.note"));
    if (!event)
        return event.error();
    SW_TRY(TicketStore::save(edit->tx, edit->clock, edit->ticket, edit->now, QStringLiteral("ticket.note")));
    SW_TRY(TicketStore::refreshSearch(edit->db, edit->ticket));
    return edit->tx.commit();
}

Status TicketService::changeStatus(const QString& id, TicketStatus to)
{
    TicketEditOptions options;
    options.allowClosed = true; // a closed ticket gets TicketWorkflow's own message ("final")
    auto edit = beginTicketEdit(id, options);
    if (!edit)
        return edit.error();
    Ticket& after = edit->ticket;
    SW_TRY(TicketStore::applyStatus(edit->tx, after, to, edit->now));
    SW_TRY(TicketStore::save(edit->tx, edit->clock, after, edit->now, QStringLiteral("ticket.status")));
    return edit->tx.commit();
}

Result<QList<TicketStatus>> TicketService::allowedTransitions(const QString& id) const
{
    SW_TRY(TicketStore::requireTicketAccess(m_actor));
    auto t = TicketStore::load(m_db.connection(), id);
    if (!t)
        return t.error();
    SW_TRY(TicketStore::checkCanRead(m_actor, *t));
    if (!TicketStore::checkCanEdit(m_actor, *t, /*allowClosed=*/true))
        return QList<TicketStatus>();
    domain::TransitionContext ctx;
    ctx.hasOwner = !t->ownerId.isEmpty();
    ctx.resolvedAt = t->resolvedAt;
    ctx.now = TicketStore::now(m_clock);
    return domain::TicketWorkflow::allowedTransitions(t->status, ctx);
}

Status TicketService::triage(const QString& id, domain::TicketKind kind, domain::TicketPriority priority,
                             bool specialCase, const QString& specialReason)
{
    const QString reason = specialCase ? specialReason.trimmed() : QString();
    TicketEditOptions options;
    options.prepare = [&]() -> Status {
        if (specialCase && reason.isEmpty())
            return TicketStore::invalid(tr("A special case needs a reason."));
        if (reason.size() > kMaxReasonChars)
            return TicketStore::invalid(
                tr("The reason must be at most %1 characters long.").arg(kMaxReasonChars));
        return {};
    };
    auto edit = beginTicketEdit(id, options);
    if (!edit)
        return edit.error();
    const Ticket& before = edit->ticket;
    if (before.kind == kind && before.priority == priority && before.specialCase == specialCase &&
        before.specialReason == reason)
        return {}; // nothing to record
    Ticket after = before;
    after.kind = kind;
    after.priority = priority;
    after.specialCase = specialCase;
    after.specialReason = reason;
    const QVariantMap data{{QStringLiteral("fromKind"), domain::code(before.kind)},
                           {QStringLiteral("kind"), domain::code(kind)},
                           {QStringLiteral("fromPriority"), domain::code(before.priority)},
                           {QStringLiteral("priority"), domain::code(priority)},
                           {QStringLiteral("specialCase"), specialCase},
                           {QStringLiteral("specialReason"), reason}};
    auto event = TicketStore::addEvent(edit->tx, id, TicketEventKind::Triage, {}, data, edit->now,
                                       QStringLiteral("ticket.triage"));
    if (!event)
        return event.error();
    SW_TRY(TicketStore::save(edit->tx, edit->clock, after, edit->now, QStringLiteral("ticket.triage")));
    SW_TRY(TicketStore::refreshSearch(edit->db, after));
    return edit->tx.commit();
}

qint64 TicketService::maxAttachmentBytes() const
{
    return services::maxAttachmentBytes(m_db, m_actor, m_clock);
}

} // namespace sw::services
