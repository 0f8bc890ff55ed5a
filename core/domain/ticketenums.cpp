#include "domain/ticketenums.h"

#include <QCoreApplication>

namespace sw::domain {

namespace {

// One table per enum keeps code() and fromCode() from drifting apart.
template <typename Enum> struct CodeEntry
{
    Enum value;
    const char* code;
};

constexpr CodeEntry<TicketKind> kKindCodes[] = {
    {TicketKind::Inquiry, "inquiry"},
    {TicketKind::Complaint, "complaint"},
    {TicketKind::Suggestion, "suggestion"},
};
constexpr CodeEntry<TicketChannel> kChannelCodes[] = {
    {TicketChannel::Online, "online"},
    {TicketChannel::Phone, "phone"},
    {TicketChannel::Email, "email"},
};
constexpr CodeEntry<TicketPriority> kPriorityCodes[] = {
    {TicketPriority::Low, "low"},
    {TicketPriority::Normal, "normal"},
    {TicketPriority::High, "high"},
    {TicketPriority::Urgent, "urgent"},
};
constexpr CodeEntry<TicketStatus> kStatusCodes[] = {
    {TicketStatus::New, "new"},
    {TicketStatus::Open, "open"},
    {TicketStatus::PendingCustomer, "pending_customer"},
    {TicketStatus::Resolved, "resolved"},
    {TicketStatus::Closed, "closed"},
};
constexpr CodeEntry<SlaState> kSlaCodes[] = {
    {SlaState::Ok, "ok"},   {SlaState::Warning, "warning"}, {SlaState::Breached, "breached"},
    {SlaState::Met, "met"}, {SlaState::Paused, "paused"},   {SlaState::None, "none"},
};

template <typename Enum, std::size_t N> QString codeOf(const CodeEntry<Enum> (&table)[N], Enum value)
{
    for (const auto& entry : table) {
        if (entry.value == value)
            return QString::fromLatin1(entry.code);
    }
    Q_ASSERT_X(false, "codeOf", "enum value missing from its code table");
    return {};
}

template <typename Enum, std::size_t N>
Enum parse(const CodeEntry<Enum> (&table)[N], QStringView code, bool* ok)
{
    for (const auto& entry : table) {
        if (code == QLatin1String(entry.code)) {
            if (ok)
                *ok = true;
            return entry.value;
        }
    }
    if (ok)
        *ok = false;
    return table[0].value;
}

template <typename Enum, std::size_t N> QList<Enum> valuesOf(const CodeEntry<Enum> (&table)[N])
{
    QList<Enum> values;
    values.reserve(qsizetype(N));
    for (const auto& entry : table)
        values.append(entry.value);
    return values;
}

} // namespace

QString code(TicketKind value)
{
    return codeOf(kKindCodes, value);
}
QString code(TicketChannel value)
{
    return codeOf(kChannelCodes, value);
}
QString code(TicketPriority value)
{
    return codeOf(kPriorityCodes, value);
}
QString code(TicketStatus value)
{
    return codeOf(kStatusCodes, value);
}
QString code(SlaState value)
{
    return codeOf(kSlaCodes, value);
}

template <> TicketKind fromCode<TicketKind>(QStringView c, bool* ok)
{
    return parse(kKindCodes, c, ok);
}
template <> TicketChannel fromCode<TicketChannel>(QStringView c, bool* ok)
{
    return parse(kChannelCodes, c, ok);
}
template <> TicketPriority fromCode<TicketPriority>(QStringView c, bool* ok)
{
    return parse(kPriorityCodes, c, ok);
}
template <> TicketStatus fromCode<TicketStatus>(QStringView c, bool* ok)
{
    return parse(kStatusCodes, c, ok);
}
template <> SlaState fromCode<SlaState>(QStringView c, bool* ok)
{
    return parse(kSlaCodes, c, ok);
}

// The literal strings stay inside translate() calls so lupdate finds them.
QString displayName(TicketKind value)
{
    switch (value) {
    case TicketKind::Inquiry:
        return QCoreApplication::translate("sw::domain::Ticket", "Inquiry");
    case TicketKind::Complaint:
        return QCoreApplication::translate("sw::domain::Ticket", "Complaint");
    case TicketKind::Suggestion:
        return QCoreApplication::translate("sw::domain::Ticket", "Suggestion");
    }
    return {};
}

QString displayName(TicketChannel value)
{
    switch (value) {
    case TicketChannel::Online:
        return QCoreApplication::translate("sw::domain::Ticket", "Online");
    case TicketChannel::Phone:
        return QCoreApplication::translate("sw::domain::Ticket", "Phone");
    case TicketChannel::Email:
        return QCoreApplication::translate("sw::domain::Ticket", "Email");
    }
    return {};
}

QString displayName(TicketPriority value)
{
    switch (value) {
    case TicketPriority::Low:
        return QCoreApplication::translate("sw::domain::Ticket", "Low");
    case TicketPriority::Normal:
        return QCoreApplication::translate("sw::domain::Ticket", "Normal");
    case TicketPriority::High:
        return QCoreApplication::translate("sw::domain::Ticket", "High");
    case TicketPriority::Urgent:
        return QCoreApplication::translate("sw::domain::Ticket", "Urgent");
    }
    return {};
}

QString displayName(TicketStatus value)
{
    switch (value) {
    case TicketStatus::New:
        return QCoreApplication::translate("sw::domain::Ticket", "New");
    case TicketStatus::Open:
        return QCoreApplication::translate("sw::domain::Ticket", "Open");
    case TicketStatus::PendingCustomer:
        return QCoreApplication::translate("sw::domain::Ticket", "Pending customer");
    case TicketStatus::Resolved:
        return QCoreApplication::translate("sw::domain::Ticket", "Resolved");
    case TicketStatus::Closed:
        return QCoreApplication::translate("sw::domain::Ticket", "Closed");
    }
    return {};
}

QString displayName(SlaState value)
{
    switch (value) {
    case SlaState::Ok:
        return QCoreApplication::translate("sw::domain::Ticket", "On track");
    case SlaState::Warning:
        return QCoreApplication::translate("sw::domain::Ticket", "Warning");
    case SlaState::Breached:
        return QCoreApplication::translate("sw::domain::Ticket", "Breached");
    case SlaState::Met:
        return QCoreApplication::translate("sw::domain::Ticket", "Met");
    case SlaState::Paused:
        return QCoreApplication::translate("sw::domain::Ticket", "Paused");
    case SlaState::None:
        return {};
    }
    return {};
}

QList<TicketKind> allTicketKinds()
{
    return valuesOf(kKindCodes);
}
QList<TicketChannel> allTicketChannels()
{
    return valuesOf(kChannelCodes);
}
QList<TicketPriority> allTicketPriorities()
{
    return valuesOf(kPriorityCodes);
}
QList<TicketStatus> allTicketStatuses()
{
    return valuesOf(kStatusCodes);
}
QList<SlaState> allSlaStates()
{
    return valuesOf(kSlaCodes);
}

} // namespace sw::domain
