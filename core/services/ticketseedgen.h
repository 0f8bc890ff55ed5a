#pragma once

// Private to TicketSeeder: the generator of demo tickets (in memory, UTF-8, no SQL) and the
// fast tokeniser for its texts. Split from ticketseeder.cpp, which does the database side.
//
// Speed matters here (a million tickets in minutes), so texts are std::string built from
// the UTF-8 templates of demotexts.h, and nothing allocates per character.

#include "domain/slaclock.h"
#include "domain/ticketenums.h"
#include "services/tickettypes.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace sw::services::seed {

// xoshiro256** seeded through splitmix64: deterministic on every platform.
class Rng
{
public:
    explicit Rng(std::uint64_t seed);
    std::uint64_t next();
    std::uint32_t below(std::uint32_t n); // [0, n), n > 0
    double unit();                        // [0, 1)
    bool chance(double p) { return unit() < p; }
    qint64 between(qint64 lo, qint64 hi); // [lo, hi], hi ≥ lo
    const char* pick(std::span<const char* const> list) { return list[below(std::uint32_t(list.size()))]; }

private:
    std::uint64_t m_s[4];
};

// Lower-case hex UUID of version 7 from a 48-bit millisecond stamp, a 12-bit counter and
// random bits: ids made with increasing stamps sort in insertion order, so the unique
// index on `id` is appended to instead of being written at random places.
std::string uuid7(std::uint64_t ms, std::uint32_t counter12, Rng& rng);

// SearchText::indexTokens() for text made of ASCII, Han U+4E00–U+9FA5 and the common
// Chinese punctuation marks, on UTF-8. Returns false (out untouched) for any other
// character, so the caller falls back to SearchText::indexTokens().
bool fastIndexTokens(std::string_view utf8, std::string& out);

struct Person
{
    std::string id;
    std::string name;
    std::string teamId;
};

struct Customer
{
    std::string id;
    std::string name;
    std::string phone;
};

struct Merchant
{
    std::string id;
    std::string name;
};

struct GenEvent
{
    TicketEventKind kind{};
    qint64 at = 0;
    int author = -1; // index into the staff list; -1 = system
    std::string body;
    std::string data; // compact JSON
    bool optional = false;
    int order = 0; // tie-break for equal times: creation order
};

struct GenTicket
{
    qint64 n = 0;
    std::uint64_t idMs = 0;
    std::string id, number, subject, body, customerName, customerPhone, customerEmail, orderNo;
    const Customer* customer = nullptr;
    const Merchant* merchant = nullptr;
    std::string specialReason, csatComment;
    domain::TicketKind kind{};
    domain::TicketChannel channel{};
    domain::TicketPriority priority{};
    domain::TicketStatus status{};
    int owner = -1; // staff index
    std::string teamId;
    bool special = false;
    // Epoch seconds; 0 = NULL.
    qint64 received = 0, firstResponseAt = 0, resolvedAt = 0, closedAt = 0, pausedSince = 0, pausedSecs = 0;
    qint64 frDue = 0, resDue = 0, nextDue = 0, nextWarn = 0;
    int csatAttitude = 0, csatEfficiency = 0, csatResult = 0;
    qint64 csatAt = 0;
    qint64 updatedAt = 0;
    std::vector<GenEvent> events; // sorted by time
    std::string searchText;       // ticketSearchText(), UTF-8
    std::string tokens;           // SearchText::indexTokens(searchText), filled by the seeder
};

// The SLA due columns from the facts and the pause intervals in memory ([start, end),
// end 0 = still paused), in epoch seconds (0 = NULL): domain::SlaDue, exactly what
// TicketStore::computeSla stores for the same ticket.
void computeSlaColumns(const domain::SlaClock& clock, GenTicket& t,
                       const std::vector<std::pair<qint64, qint64>>& pauses, qint64 now);

class Generator
{
public:
    struct Setup
    {
        std::uint64_t seed = 1;
        qint64 now = 0;                             // epoch seconds
        qint64 total = 0;                           // tickets in this run
        qint64 firstN = 1;                          // tickets.n of the first one
        const std::vector<Person>* staff = nullptr; // ticket handlers
        std::vector<std::string> teams;             // customer-service team ids (routing)
        const std::vector<Customer>* customers = nullptr;
        const std::vector<Merchant>* merchants = nullptr;
        const domain::SlaClock* sla = nullptr;
        QHash<QString, qint64> dayCounters; // existing ticket_numbers (Beijing day → last)
    };

    explicit Generator(Setup setup);

    // The index-th ticket of the run (0 ≤ index < total), in receipt order.
    void make(qint64 index, GenTicket& out);

    // The last ticket number used per Beijing day ("2026-11-28" → 123).
    const QHash<QString, qint64>& dayCounters() const { return m_setup.dayCounters; }

private:
    qint64 receivedFor(qint64 index);
    void fill(std::string& out, const char* tpl, const GenTicket& t);
    void lifecycle(GenTicket& t);
    void addEvent(GenTicket& t, TicketEventKind kind, qint64 at, int author, std::string body,
                  std::string data, bool optional = false);

    // Per ticket: what its texts talk about, so subject, body and replies agree.
    struct Slots
    {
        const char* product = "";
        const char* courier = "";
        const char* promotion = "";
        int days = 3;
        int quantity = 2;
        int amount = 99;
        std::string tracking;
    };

    Setup m_setup;
    Rng m_rng;
    Slots m_slots;
    int m_topic = 0;
    std::uint64_t m_lastIdMs = 0;
    qint64 m_dayNumber = -1; // Beijing day of the previous ticket
    qint64 m_dayCounter = 0;
    QString m_dayKey;
    std::string m_dayCompact; // yyyyMMdd
    int m_eventOrder = 0;
};

// Demo customers and merchants (ids, names, phones), deterministic from the seed.
std::vector<Customer> makeCustomers(Rng& rng, qint64 count, std::uint64_t baseMs);
std::vector<Merchant> makeMerchants(Rng& rng, int count, std::uint64_t baseMs);

} // namespace sw::services::seed
