#pragma once

// Value types of the ticket area shared by TicketService, TicketQuery, the models and
// the panes. Times are UTC QDateTime (stored as epoch seconds).

#include "domain/slaclock.h"
#include "domain/ticketenums.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QVariantMap>

namespace sw::services {

struct TicketDraft
{
    domain::TicketKind kind = domain::TicketKind::Inquiry;
    domain::TicketChannel channel = domain::TicketChannel::Phone;
    domain::TicketPriority priority = domain::TicketPriority::Normal;
    QString subject;          // 1–200 chars after trim
    QString body;             // ≤ TicketService::kMaxBodyChars
    QString customerName;     // 1–64
    QString customerPhone;    // optional; digits, spaces, '+', '-'
    QString customerEmail;    // optional
    QString orderNo;          // optional, ≤ 40 [A-Za-z0-9-]
    QString merchantName;     // optional
    bool specialCase = false; // 48 h first response; needs specialReason
    QString specialReason;
    QString ownerId;          // optional; agents may only give themselves, leads their team
    QDateTime receivedAt;     // null = now
};

// One queue row: only what the queue shows (no body), phone already masked for the viewer.
struct TicketRow
{
    qint64 n = 0;
    QString id;
    QString number;
    domain::TicketKind kind{};
    domain::TicketChannel channel{};
    QString subject;
    QString customerName;
    QString customerPhone;
    QString orderNo;
    QString merchantName;
    domain::TicketPriority priority{};
    domain::TicketStatus status{};
    QString ownerId;
    QString ownerName;
    QString teamId;
    QDateTime receivedAt;
    QDateTime firstResponseDue; // null once responded
    QDateTime resolutionDue;    // null once resolved
    QDateTime nextDue;          // the earlier open due; null when none or paused
    QDateTime nextWarn;
    bool paused = false;
    bool specialCase = false;
};

struct Ticket : TicketRow
{
    QString body;
    QString customerId;
    QString customerEmail;
    QString merchantId;
    QString specialReason;
    QDateTime firstResponseAt;
    QDateTime resolvedAt;
    QDateTime closedAt;
    QDateTime pausedSince;
    qint64 pausedSecs = 0;
    int csatAttitude = 0; // 0 = not rated
    int csatEfficiency = 0;
    int csatResult = 0;
    QString csatComment;
    QDateTime csatAt;
    QString mergedInto; // id of the ticket this one was merged into, or empty
    QString mergedIntoNumber;
    QDateTime createdAt;
    QDateTime updatedAt;
};

enum class TicketEventKind {
    CustomerMessage, // 客户留言
    Reply,           // public reply (counts as first response)
    Note,            // internal note
    StatusChange,
    Assignment,
    Triage,
    Attachment,
    Merge,
    Unmerge,
    Satisfaction,
    Created,
};
QString code(TicketEventKind kind);
bool eventKindFromCode(const QString& code, TicketEventKind* out);
QString displayName(TicketEventKind kind);

struct TicketEvent
{
    qint64 n = 0;
    QString id;
    QString ticketId;
    TicketEventKind kind{};
    QString authorId;
    QString authorName;
    QDateTime at;
    QString body;       // text of messages, replies, notes; empty otherwise
    QVariantMap data;   // details: {"from":"open","to":"resolved"}, {"owner":…}, attachment id …
};

struct AttachmentInfo
{
    QString id;
    QString ticketId;
    QString fileName;
    QString mimeType;
    qint64 size = 0;
    QString sha256; // hex
    QDateTime addedAt;
    QString addedByName;
};

struct CannedReply
{
    QString id;
    QString title;
    QString body; // placeholders: {customer_name} {order_no} {ticket_no} {agent_name}
};

} // namespace sw::services
