// The life of one demo ticket: what it is about, who handled it and when, its timeline
// and its SLA columns. Probabilities are rough shapes of a busy shop's service desk;
// what matters is that every status, SLA state and event kind occurs, consistently.

#include "services/demotexts.h"
#include "services/ticketseedgen.h"

#include <QDate>

#include <algorithm>

namespace sw::services::seed {

using demo::Topic;
using domain::TicketChannel;
using domain::TicketKind;
using domain::TicketPriority;
using domain::TicketStatus;

namespace {

constexpr qint64 kMinute = 60;
constexpr qint64 kHour = 3600;
constexpr qint64 kDay = 86400;
constexpr qint64 kBeijingOffset = 8 * kHour;
constexpr std::size_t kMaxEvents = 8;
constexpr std::size_t kMinEvents = 3;

// yyyyMMdd of the Beijing date of an epoch second.
std::string compactDate(qint64 secs)
{
    const qint64 day = (secs + kBeijingOffset) >= 0 ? (secs + kBeijingOffset) / kDay
                                                    : -((-(secs + kBeijingOffset) + kDay - 1) / kDay);
    const QDate d = QDate::fromJulianDay(2440588 + day);
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d%02d%02d", d.year(), d.month(), d.day());
    return buf;
}

void appendDigits(std::string& out, Rng& rng, int count)
{
    for (int i = 0; i < count; ++i)
        out.push_back(char('0' + rng.below(10)));
}

// JSON string value: our texts never hold control characters; quotes and backslashes
// from user names are escaped.
void jsonString(std::string& out, std::string_view value)
{
    out.push_back('"');
    for (char c : value) {
        if (c == '"' || c == '\\')
            out.push_back('\\');
        out.push_back(c);
    }
    out.push_back('"');
}

std::string statusData(TicketStatus from, TicketStatus to)
{
    std::string d = "{\"from\":";
    jsonString(d, domain::code(from).toStdString());
    d += ",\"to\":";
    jsonString(d, domain::code(to).toStdString());
    d += '}';
    return d;
}

Topic topicFor(TicketKind kind, Rng& rng)
{
    const double u = rng.unit();
    switch (kind) {
    case TicketKind::Complaint:
        return u < 0.30   ? Topic::Logistics
               : u < 0.55 ? Topic::Refund
               : u < 0.90 ? Topic::Quality
               : u < 0.95 ? Topic::Account
                          : Topic::Promotion;
    case TicketKind::Suggestion:
        return u < 0.8 ? Topic::Suggestion : Topic(rng.below(int(Topic::Suggestion)));
    case TicketKind::Inquiry:
        break;
    }
    return u < 0.25   ? Topic::Logistics
           : u < 0.45 ? Topic::Refund
           : u < 0.65 ? Topic::Invoice
           : u < 0.80 ? Topic::Account
           : u < 0.95 ? Topic::Promotion
                      : Topic::Quality;
}

TicketPriority priorityFor(TicketKind kind, Rng& rng)
{
    const double u = rng.unit();
    double low = 0.2, normal = 0.8, high = 0.95; // inquiry: cumulative
    if (kind == TicketKind::Complaint) {
        low = 0.12, normal = 0.62, high = 0.90;
    } else if (kind == TicketKind::Suggestion) {
        low = 0.5, normal = 0.95, high = 1.0;
    }
    return u < low      ? TicketPriority::Low
           : u < normal ? TicketPriority::Normal
           : u < high   ? TicketPriority::High
                        : TicketPriority::Urgent;
}

// Final status by age: fresh tickets are mostly waiting, old ones mostly closed, and a
// few old ones were forgotten (which is what "breached" looks like).
TicketStatus statusFor(qint64 age, Rng& rng)
{
    struct Mix
    {
        double newT, open, pending, resolved; // cumulative; the rest is Closed
    };
    const Mix mix = age < kDay        ? Mix{0.30, 0.75, 0.90, 1.00}
                    : age < 3 * kDay  ? Mix{0.08, 0.48, 0.70, 0.95}
                    : age < 10 * kDay ? Mix{0.02, 0.17, 0.30, 0.70}
                                      : Mix{0.003, 0.023, 0.05, 0.20};
    const double u = rng.unit();
    return u < mix.newT       ? TicketStatus::New
           : u < mix.open     ? TicketStatus::Open
           : u < mix.pending  ? TicketStatus::PendingCustomer
           : u < mix.resolved ? TicketStatus::Resolved
                              : TicketStatus::Closed;
}

} // namespace

Generator::Generator(Setup setup)
    : m_setup(std::move(setup))
    , m_rng(m_setup.seed ^ 0x5EEDF00DULL)
{}

// Receipt times over the last ~120 days, older first: 5 % in the last day and 10 % in
// the two days before, so that running SLA clocks (ok, warning) exist at any size.
qint64 Generator::receivedFor(qint64 index)
{
    const double total = double(std::max<qint64>(1, m_setup.total));
    const double f = (total - double(index) - m_rng.unit()) / total; // (0, 1], decreasing
    double age;
    if (f < 0.05)
        age = f / 0.05 * kDay;
    else if (f < 0.15)
        age = kDay + (f - 0.05) / 0.10 * 2 * kDay;
    else
        age = 3 * kDay + (f - 0.15) / 0.85 * 117 * kDay;
    return m_setup.now - std::max<qint64>(2 * kMinute, qint64(age));
}

void Generator::fill(std::string& out, const char* tpl, const GenTicket& t)
{
    for (const char* p = tpl; *p; ++p) {
        if (*p != '{' || !p[1] || p[2] != '}') {
            out.push_back(*p);
            continue;
        }
        switch (p[1]) {
        case 'P':
            out += m_slots.product;
            break;
        case 'C':
            out += m_slots.courier;
            break;
        case 'A':
            out += m_slots.promotion;
            break;
        case 'D':
            out += std::to_string(m_slots.days);
            break;
        case 'Q':
            out += std::to_string(m_slots.quantity);
            break;
        case 'N':
            out += std::to_string(m_slots.amount);
            break;
        case 'T':
            out += m_slots.tracking;
            break;
        case 'O':
            out += t.orderNo.empty() ? std::string("这个订单") : t.orderNo;
            break;
        case 'M':
            out += t.merchant ? t.merchant->name : std::string("商家");
            break;
        default:
            out.append(p, 3);
            break;
        }
        p += 2;
    }
}

void Generator::addEvent(GenTicket& t, TicketEventKind kind, qint64 at, int author, std::string body,
                         std::string data, bool optional)
{
    GenEvent e;
    e.kind = kind;
    e.at = std::min(at, m_setup.now);
    e.author = author;
    e.body = std::move(body);
    e.data = std::move(data);
    e.optional = optional;
    e.order = m_eventOrder++;
    t.events.push_back(std::move(e));
}

void Generator::make(qint64 index, GenTicket& t)
{
    t = GenTicket();
    m_eventOrder = 0;
    Rng& rng = m_rng;
    t.n = m_setup.firstN + index;
    t.received = receivedFor(index);
    m_lastIdMs = std::max(m_lastIdMs + 1, std::uint64_t(t.received) * 1000);
    t.idMs = m_lastIdMs;
    t.id = uuid7(t.idMs, rng.below(4096), rng);

    // CS-YYYYMMDD-NNNNNN: Beijing day of receipt, per-day counter (receipt order).
    const qint64 day = (t.received + kBeijingOffset) / kDay;
    if (day != m_dayNumber) {
        m_dayNumber = day;
        const QDate d = QDate::fromJulianDay(2440588 + day);
        m_dayKey = d.toString(Qt::ISODate);
        m_dayCompact = compactDate(t.received);
        m_dayCounter = m_setup.dayCounters.value(m_dayKey, 0);
    }
    ++m_dayCounter;
    m_setup.dayCounters.insert(m_dayKey, m_dayCounter);
    char counter[16];
    std::snprintf(counter, sizeof counter, "%06lld", static_cast<long long>(m_dayCounter % 1000000));
    t.number = "CS-" + m_dayCompact + "-" + counter;

    const double k = rng.unit();
    t.kind = k < 0.55 ? TicketKind::Inquiry : k < 0.85 ? TicketKind::Complaint : TicketKind::Suggestion;
    const Topic topic = topicFor(t.kind, rng);
    const double c = rng.unit();
    t.channel = c < 0.6 ? TicketChannel::Online : c < 0.85 ? TicketChannel::Phone : TicketChannel::Email;
    t.priority = priorityFor(t.kind, rng);
    t.special = rng.chance(0.03);
    if (t.special)
        t.specialReason = rng.pick(demo::specialReasons());

    const auto& customers = *m_setup.customers;
    t.customer = &customers[rng.below(std::uint32_t(customers.size()))];
    t.customerName = t.customer->name;
    t.customerPhone = t.customer->phone;
    if (t.channel == TicketChannel::Email)
        t.customerEmail = "user" + t.customer->phone.substr(3) + "@example.com";
    const auto& merchants = *m_setup.merchants;
    if (!merchants.empty() && rng.chance(topic == Topic::Suggestion || topic == Topic::Account ? 0.3 : 0.95))
        t.merchant = &merchants[rng.below(std::uint32_t(merchants.size()))];

    m_slots.product = rng.pick(demo::products());
    m_slots.courier = rng.pick(demo::couriers());
    m_slots.promotion = rng.pick(demo::promotions());
    m_slots.days = int(rng.between(2, 15));
    m_slots.quantity = int(rng.between(2, 5));
    m_slots.amount = int(rng.between(19, 3999));
    m_slots.tracking = rng.chance(0.5) ? "SF" : "YT";
    appendDigits(m_slots.tracking, rng, 12);
    const bool orderTopic = topic != Topic::Suggestion && topic != Topic::Account;
    if (rng.chance(orderTopic ? 0.95 : 0.2)) {
        t.orderNo = "DD" + compactDate(t.received - rng.between(0, 10) * kDay);
        appendDigits(t.orderNo, rng, 8);
    }
    m_topic = int(topic);

    const demo::TopicTexts& texts = demo::topicTexts(topic);
    fill(t.subject, rng.pick(texts.subjects), t);
    t.body = rng.pick(demo::openings());
    fill(t.body, rng.pick(texts.bodies), t);
    if (rng.chance(0.3))
        fill(t.body, rng.pick(texts.bodies), t);
    t.body += rng.pick(demo::closings());

    lifecycle(t);

    // ticketSearchText(): number, subject, body, customer, phone digits, order no.,
    // merchant, then every message, reply and note, one per line.
    std::string& s = t.searchText;
    s.reserve(512);
    s = t.number;
    for (const std::string* part : {&t.subject, &t.body, &t.customerName, &t.customerPhone, &t.orderNo}) {
        s.push_back('\n');
        s += *part;
    }
    s.push_back('\n');
    if (t.merchant)
        s += t.merchant->name;
    for (const GenEvent& e : t.events) {
        if (e.kind == TicketEventKind::CustomerMessage || e.kind == TicketEventKind::Reply ||
            e.kind == TicketEventKind::Note) {
            s.push_back('\n');
            s += e.body;
        }
    }
}

void Generator::lifecycle(GenTicket& t)
{
    Rng& rng = m_rng;
    const qint64 now = m_setup.now;
    const qint64 age = now - t.received;
    const auto& staff = *m_setup.staff;
    const demo::TopicTexts& texts = demo::topicTexts(Topic(m_topic));
    auto text = [&](std::span<const char* const> list) {
        std::string out;
        fill(out, rng.pick(list), t);
        return out;
    };
    // A time after `prev`, `delay` later if that is not in the future, else somewhere
    // between prev and now.
    auto after = [&](qint64 prev, qint64 delay) {
        const qint64 wanted = prev + delay;
        if (wanted < now)
            return wanted;
        return prev + qint64(double(std::max<qint64>(0, now - prev)) * (0.2 + 0.6 * rng.unit()));
    };

    TicketStatus status = statusFor(age, rng);
    const int creator = int(rng.below(std::uint32_t(staff.size())));
    if (status != TicketStatus::New) {
        t.owner = int(rng.below(std::uint32_t(staff.size())));
        t.teamId = staff[std::size_t(t.owner)].teamId;
    } else if (!m_setup.teams.empty() && rng.chance(0.6)) {
        t.teamId = m_setup.teams[rng.below(std::uint32_t(m_setup.teams.size()))];
    }
    const int owner = t.owner;
    const bool ownedFromStart = status != TicketStatus::New && rng.chance(0.3);

    std::string created = "{\"number\":";
    jsonString(created, t.number);
    if (ownedFromStart) {
        created += ",\"owner\":";
        jsonString(created, staff[std::size_t(owner)].id);
        created += ",\"ownerName\":";
        jsonString(created, staff[std::size_t(owner)].name);
    }
    created += ",\"status\":";
    jsonString(created, ownedFromStart ? "open" : "new");
    created += '}';
    addEvent(t, TicketEventKind::Created, t.received, creator, {}, std::move(created));
    qint64 last = t.received;
    if (t.channel == TicketChannel::Online && rng.chance(0.3)) {
        last = after(last, rng.between(30, 30 * kMinute));
        addEvent(t, TicketEventKind::CustomerMessage, last, creator, text(texts.followUps), {}, true);
    }

    std::vector<std::pair<qint64, qint64>> pauses;
    if (status == TicketStatus::New) {
        const int messages = 1 + int(rng.below(2));
        for (int i = 0; i < messages; ++i) {
            last = after(last, rng.between(10 * kMinute, std::max<qint64>(10 * kMinute, age / 3)));
            addEvent(t, TicketEventKind::CustomerMessage, last, creator, text(texts.followUps), {});
        }
    } else {
        if (!ownedFromStart) {
            last = after(last, rng.between(2 * kMinute, 3 * kHour));
            std::string data = "{\"from\":\"\",\"fromName\":\"\",\"to\":";
            jsonString(data, staff[std::size_t(owner)].id);
            data += ",\"toName\":";
            jsonString(data, staff[std::size_t(owner)].name);
            data += '}';
            addEvent(t, TicketEventKind::Assignment, last, creator, {}, std::move(data));
            addEvent(t, TicketEventKind::StatusChange, last, creator, {},
                     statusData(TicketStatus::New, TicketStatus::Open));
        }
        const bool finished = status == TicketStatus::Resolved || status == TicketStatus::Closed;
        const bool rated = finished && rng.chance(0.45);
        const bool responded = status != TicketStatus::Open || rng.chance(0.55);
        if (responded) {
            const double u = rng.unit();
            qint64 delay = u < 0.7   ? rng.between(10 * kMinute, 18 * kHour)
                           : u < 0.9 ? rng.between(18 * kHour, 24 * kHour)
                                     : rng.between(24 * kHour, 60 * kHour);
            if (t.special)
                delay = delay * 3 / 2;
            const qint64 fr = std::max(last, t.received + delay) < now ? std::max(last, t.received + delay)
                                                                       : after(last, delay);
            const bool pendingNow = status == TicketStatus::PendingCustomer;
            const std::size_t planned = t.events.size() + 1 + (finished ? 2 : 0) +
                                        (status == TicketStatus::Closed ? 1 : 0) + (rated ? 1 : 0);
            const bool pauseCycle = !pendingNow && planned + 3 <= kMaxEvents && rng.chance(0.3);
            addEvent(t, TicketEventKind::Reply, fr, owner,
                     text(pendingNow || pauseCycle ? texts.questions : texts.replies), {});
            t.firstResponseAt = fr;
            last = fr;
            if (pendingNow || pauseCycle) {
                addEvent(t, TicketEventKind::StatusChange, fr, owner, {},
                         statusData(TicketStatus::Open, TicketStatus::PendingCustomer));
                if (pendingNow) {
                    t.pausedSince = fr;
                    pauses.emplace_back(fr, 0);
                } else {
                    const qint64 back = after(fr, rng.between(kHour, 48 * kHour));
                    addEvent(t, TicketEventKind::CustomerMessage, back, owner, text(texts.followUps), {});
                    std::string data = "{\"from\":\"pending_customer\",\"pauseEnd\":" + std::to_string(back) +
                                       ",\"pauseStart\":" + std::to_string(fr) +
                                       ",\"pausedSecs\":" + std::to_string(back - fr) + ",\"to\":\"open\"}";
                    addEvent(t, TicketEventKind::StatusChange, back, owner, {}, std::move(data));
                    t.pausedSecs += back - fr;
                    pauses.emplace_back(fr, back);
                    last = back;
                }
            }
            if (status == TicketStatus::Open) {
                if (rng.chance(0.4)) {
                    last = after(last, rng.between(30 * kMinute, 24 * kHour));
                    addEvent(t, TicketEventKind::CustomerMessage, last, owner, text(texts.followUps), {},
                             true);
                }
                if (rng.chance(0.3)) {
                    last = after(last, rng.between(10 * kMinute, 6 * kHour));
                    addEvent(t, TicketEventKind::Reply, last, owner, text(texts.replies), {}, true);
                }
            }
            if (finished) {
                const qint64 res = after(last, rng.between(30 * kMinute, 72 * kHour));
                addEvent(t, TicketEventKind::Reply, res, owner, text(texts.solutions), {});
                addEvent(t, TicketEventKind::StatusChange, res, owner, {},
                         statusData(TicketStatus::Open, TicketStatus::Resolved));
                t.resolvedAt = res;
                last = res;
                if (status == TicketStatus::Closed) {
                    const qint64 closeAt = res + rng.between(kDay, 7 * kDay);
                    if (closeAt < now) {
                        addEvent(t, TicketEventKind::StatusChange, closeAt, owner, {},
                                 statusData(TicketStatus::Resolved, TicketStatus::Closed));
                        t.closedAt = closeAt;
                    } else {
                        status = TicketStatus::Resolved; // not a week old yet
                    }
                }
                if (rated) {
                    t.csatAt = after(res, rng.between(10 * kMinute, 48 * kHour));
                    t.csatAttitude = int(rng.between(rng.chance(0.8) ? 4 : 1, 5));
                    t.csatEfficiency = int(rng.between(rng.chance(0.7) ? 4 : 1, 5));
                    t.csatResult = int(rng.between(rng.chance(0.7) ? 4 : 1, 5));
                    t.csatComment = rng.pick(demo::csatComments());
                    const std::string data = "{\"attitude\":" + std::to_string(t.csatAttitude) +
                                             ",\"efficiency\":" + std::to_string(t.csatEfficiency) +
                                             ",\"result\":" + std::to_string(t.csatResult) + "}";
                    addEvent(t, TicketEventKind::Satisfaction, t.csatAt, owner, t.csatComment, data);
                }
            }
        } else if (rng.chance(0.5)) {
            last = after(last, rng.between(30 * kMinute, 24 * kHour));
            addEvent(t, TicketEventKind::CustomerMessage, last, creator, text(texts.followUps), {}, true);
        }
    }
    t.status = status;

    auto lastAt = [&] {
        qint64 m = t.received;
        for (const GenEvent& e : t.events)
            m = std::max(m, e.at);
        return m;
    };
    if (t.events.size() < kMaxEvents && rng.chance(0.35)) {
        const qint64 at = rng.between(t.received, lastAt());
        addEvent(t, TicketEventKind::Note, at, owner >= 0 ? owner : creator, text(demo::notes()), {}, true);
    }
    while (t.events.size() < kMinEvents) {
        addEvent(t, TicketEventKind::CustomerMessage, after(lastAt(), rng.between(10 * kMinute, kDay)),
                 creator, text(texts.followUps), {});
    }
    for (std::size_t i = t.events.size(); i > 0 && t.events.size() > kMaxEvents; --i) {
        if (t.events[i - 1].optional)
            t.events.erase(t.events.begin() + std::ptrdiff_t(i - 1));
    }
    std::stable_sort(t.events.begin(), t.events.end(),
                     [](const GenEvent& a, const GenEvent& b) { return a.at < b.at; });
    t.updatedAt = lastAt();
    if (m_setup.sla)
        computeSlaColumns(*m_setup.sla, t, pauses, now);
}

} // namespace sw::services::seed
