#include "services/ticketseedgen.h"

#include "domain/sladue.h"
#include "services/demotexts.h"

#include <QDate>
#include <QSet>

#include <algorithm>
#include <cstring>
#include <limits>
#include <optional>

namespace sw::services::seed {

using domain::TicketChannel;
using domain::TicketKind;
using domain::TicketPriority;
using domain::TicketStatus;

// --- random numbers -------------------------------------------------------------------

namespace {

std::uint64_t splitmix(std::uint64_t& x)
{
    std::uint64_t z = (x += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

std::uint64_t rotl(std::uint64_t x, int k)
{
    return (x << k) | (x >> (64 - k));
}

} // namespace

Rng::Rng(std::uint64_t seed)
{
    for (auto& s : m_s)
        s = splitmix(seed);
}

std::uint64_t Rng::next()
{
    const std::uint64_t result = rotl(m_s[1] * 5, 7) * 9;
    const std::uint64_t t = m_s[1] << 17;
    m_s[2] ^= m_s[0];
    m_s[3] ^= m_s[1];
    m_s[1] ^= m_s[2];
    m_s[0] ^= m_s[3];
    m_s[2] ^= t;
    m_s[3] = rotl(m_s[3], 45);
    return result;
}

std::uint32_t Rng::below(std::uint32_t n)
{
    return std::uint32_t(((next() >> 32) * std::uint64_t(n)) >> 32);
}

double Rng::unit()
{
    return double(next() >> 11) * (1.0 / 9007199254740992.0);
}

qint64 Rng::between(qint64 lo, qint64 hi)
{
    if (hi <= lo)
        return lo;
    return lo + qint64(next() % std::uint64_t(hi - lo + 1));
}

std::string uuid7(std::uint64_t ms, std::uint32_t counter12, Rng& rng)
{
    static const char hex[] = "0123456789abcdef";
    unsigned char b[16];
    for (int i = 0; i < 6; ++i)
        b[i] = static_cast<unsigned char>(ms >> (8 * (5 - i)));
    b[6] = static_cast<unsigned char>(0x70 | ((counter12 >> 8) & 0x0F));
    b[7] = static_cast<unsigned char>(counter12 & 0xFF);
    const std::uint64_t r = rng.next();
    for (int i = 8; i < 16; ++i)
        b[i] = static_cast<unsigned char>(r >> (8 * (i - 8)));
    b[8] = static_cast<unsigned char>(0x80 | (b[8] & 0x3F));
    std::string out;
    out.reserve(36);
    for (int i = 0; i < 16; ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            out.push_back('-');
        out.push_back(hex[b[i] >> 4]);
        out.push_back(hex[b[i] & 0x0F]);
    }
    return out;
}

// --- tokens ---------------------------------------------------------------------------

namespace {

enum class Cls : std::uint8_t { Sep, Cjk, Word };

struct Cp
{
    std::uint32_t off;
    std::uint8_t len;
    Cls cls;
};

// Punctuation our templates use; none is a letter, number or mark, and NFKC maps each to
// punctuation again, so SearchText treats all of them as separators.
bool isKnownSeparator(std::uint32_t c)
{
    switch (c) {
    case 0x3001:
    case 0x3002:
    case 0x300A:
    case 0x300B:
    case 0x3010:
    case 0x3011:
    case 0xFF01:
    case 0xFF08:
    case 0xFF09:
    case 0xFF0C:
    case 0xFF1A:
    case 0xFF1B:
    case 0xFF1F:
    case 0x201C:
    case 0x201D:
    case 0x2026:
    case 0x2014:
    case 0x00B7:
        return true;
    default:
        return false;
    }
}

} // namespace

bool fastIndexTokens(std::string_view s, std::string& out)
{
    thread_local std::vector<Cp> cps;
    cps.clear();
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    const std::size_t n = s.size();
    for (std::size_t i = 0; i < n;) {
        const unsigned char b = p[i];
        if (b < 0x80) {
            const bool alnum = (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9');
            cps.push_back({std::uint32_t(i), 1, alnum ? Cls::Word : Cls::Sep});
            ++i;
        } else if ((b & 0xF0) == 0xE0 && i + 2 < n) {
            const std::uint32_t c = (std::uint32_t(b & 0x0F) << 12) | (std::uint32_t(p[i + 1] & 0x3F) << 6) |
                                    std::uint32_t(p[i + 2] & 0x3F);
            Cls cls;
            if (c >= 0x4E00 && c <= 0x9FA5)
                cls = Cls::Cjk;
            else if (isKnownSeparator(c))
                cls = Cls::Sep;
            else
                return false;
            cps.push_back({std::uint32_t(i), 3, cls});
            i += 3;
        } else if ((b & 0xE0) == 0xC0 && i + 1 < n) {
            const std::uint32_t c = (std::uint32_t(b & 0x1F) << 6) | std::uint32_t(p[i + 1] & 0x3F);
            if (!isKnownSeparator(c))
                return false;
            cps.push_back({std::uint32_t(i), 2, Cls::Sep});
            i += 2;
        } else {
            return false;
        }
    }

    // The same walk as SearchText::indexTokens (see searchtext.h for the rules).
    std::string result;
    result.reserve(n * 2);
    auto token = [&](std::size_t fromCp, std::size_t count, bool lower) {
        if (!result.empty())
            result.push_back(' ');
        const std::size_t begin = cps[fromCp].off;
        const std::size_t end = cps[fromCp + count - 1].off + cps[fromCp + count - 1].len;
        if (!lower) {
            result.append(s.data() + begin, end - begin);
            return;
        }
        for (std::size_t k = begin; k < end; ++k) {
            char c = s[k];
            if (c >= 'A' && c <= 'Z')
                c = char(c - 'A' + 'a');
            result.push_back(c);
        }
    };
    bool pendingBreak = false;
    int runs = 0;
    const std::size_t count = cps.size();
    for (std::size_t i = 0; i < count;) {
        const Cls cls = cps[i].cls;
        if (cls == Cls::Sep) {
            pendingBreak = runs > 0;
            ++i;
            continue;
        }
        std::size_t j = i + 1;
        while (j < count && cps[j].cls == cls)
            ++j;
        if (pendingBreak) {
            if (!result.empty())
                result.push_back(' ');
            result.append("\xEE\x80\x80"); // U+E000, SearchText::kRunBreak
            pendingBreak = false;
        }
        const std::size_t length = j - i;
        if (cls == Cls::Word || length == 1) {
            token(i, length, cls == Cls::Word);
        } else {
            for (std::size_t k = i; k + 1 < j; ++k)
                token(k, 2, false);
            if (j < count && cps[j].cls == Cls::Word)
                token(j - 1, 1, false);
        }
        ++runs;
        i = j;
    }
    out = std::move(result);
    return true;
}

// --- SLA --------------------------------------------------------------------------------

void computeSlaColumns(const domain::SlaClock& clock, GenTicket& t,
                       const std::vector<std::pair<qint64, qint64>>& pauses, qint64 now)
{
    auto utc = [](qint64 secs) { return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC); };
    domain::SlaFacts facts;
    facts.receivedAt = utc(t.received);
    facts.specialCase = t.special;
    facts.kind = t.kind;
    facts.priority = t.priority;
    if (t.firstResponseAt)
        facts.firstRespondedAt = utc(t.firstResponseAt);
    if (t.resolvedAt)
        facts.resolvedAt = utc(t.resolvedAt);
    for (const auto& p : pauses)
        facts.pauses.append({utc(p.first), p.second ? utc(p.second) : QDateTime()});
    // Seeded tickets are never merged: nothing to hide.
    const domain::SlaDue due = domain::SlaDue::compute(clock, facts, utc(now));
    t.frDue = due.firstResponse.value_or(0);
    t.resDue = due.resolution.value_or(0);
    t.nextDue = due.next.value_or(0);
    t.nextWarn = due.warn.value_or(0);
}

// --- customers and merchants ------------------------------------------------------------

std::vector<Customer> makeCustomers(Rng& rng, qint64 count, std::uint64_t baseMs)
{
    std::vector<Customer> out;
    out.reserve(std::size_t(count));
    for (qint64 i = 0; i < count; ++i) {
        Customer c;
        c.id = uuid7(baseMs + std::uint64_t(i), rng.below(4096), rng);
        c.name = std::string(rng.pick(demo::surnames())) + rng.pick(demo::givenNames());
        c.phone = "1";
        c.phone.push_back(char('3' + rng.below(7)));
        for (int d = 0; d < 9; ++d)
            c.phone.push_back(char('0' + rng.below(10)));
        out.push_back(std::move(c));
    }
    return out;
}

std::vector<Merchant> makeMerchants(Rng& rng, int count, std::uint64_t baseMs)
{
    std::vector<Merchant> out;
    QSet<QByteArray> seen;
    out.reserve(std::size_t(count));
    int attempts = 0;
    while (int(out.size()) < count && attempts++ < count * 50) {
        std::string name = std::string(rng.pick(demo::shopBrands())) + rng.pick(demo::shopCategories()) +
                           rng.pick(demo::shopSuffixes());
        const QByteArray key(name.data(), qsizetype(name.size()));
        if (seen.contains(key))
            continue;
        seen.insert(key);
        out.push_back({uuid7(baseMs + out.size(), rng.below(4096), rng), std::move(name)});
    }
    return out;
}

} // namespace sw::services::seed
