#pragma once

// The fixed vocabularies of customer-service tickets (DOMAIN.md "Customer-service tickets").
//
// Each value has a stable text code for storage and sync ("pending_customer"), which never
// changes once written, and a translated display name for people. Enum order is meaningful
// only for priority (Low < Urgent); do not store the numeric values.

#include <QList>
#include <QString>
#include <QStringView>

namespace sw::domain {

enum class TicketKind { Inquiry, Complaint, Suggestion };                 // 咨询 / 投诉 / 建议
enum class TicketChannel { Online, Phone, Email };                        // 在线 / 电话 / 邮件
enum class TicketPriority { Low, Normal, High, Urgent };                  // 低 / 普通 / 高 / 紧急
enum class TicketStatus { New, Open, PendingCustomer, Resolved, Closed }; // 新建 … 已关闭
// State of one SLA clock or of a whole ticket. None: no clock applies (e.g. no receipt time).
enum class SlaState { Ok, Warning, Breached, Met, Paused, None };

QString code(TicketKind value);
QString code(TicketChannel value);
QString code(TicketPriority value);
QString code(TicketStatus value);
QString code(SlaState value);

// Parses a storage code (exact, lower case). On an unknown code returns the first value
// and sets *ok to false, so callers must check ok when the text comes from outside.
template <typename Enum> Enum fromCode(QStringView code, bool* ok = nullptr);
template <> TicketKind fromCode<TicketKind>(QStringView code, bool* ok);
template <> TicketChannel fromCode<TicketChannel>(QStringView code, bool* ok);
template <> TicketPriority fromCode<TicketPriority>(QStringView code, bool* ok);
template <> TicketStatus fromCode<TicketStatus>(QStringView code, bool* ok);
template <> SlaState fromCode<SlaState>(QStringView code, bool* ok);

// Translated names (context "sw::domain::Ticket"). SlaState::None has an empty name.
QString displayName(TicketKind value);
QString displayName(TicketChannel value);
QString displayName(TicketPriority value);
QString displayName(TicketStatus value);
QString displayName(SlaState value);

QList<TicketKind> allTicketKinds();
QList<TicketChannel> allTicketChannels();
QList<TicketPriority> allTicketPriorities();
QList<TicketStatus> allTicketStatuses();
QList<SlaState> allSlaStates();

} // namespace sw::domain
