#include "syncbenchdata.h"

#include "domain/roles.h"
#include "domain/ticketenums.h"
#include "services/actor.h"
#include "services/demotexts.h"
#include "services/syncedtables.h"
#include "services/ticketseedgen.h"
#include "services/ticketservice.h"
#include "services/tickettypes.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QSet>
#include <QUuid>

#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

namespace sw::bench::syncbench {

using namespace services::seed;

namespace {

Error dataError(const QString& what, const QString& detail = {})
{
    return makeError(ErrorCode::Internal,
                     QCoreApplication::translate("SyncBench", "The sync benchmark could not write its data: %1")
                         .arg(what),
                     detail);
}

std::string utf8(const QString& s)
{
    return s.toStdString();
}

// One JSON object, written straight into a string (QJsonObject per row would cost more
// than PostgreSQL's COPY itself). Keys are remembered for the row's field_hlc.
class JsonObject
{
public:
    void str(const char* key, std::string_view value)
    {
        name(key);
        quoted(value);
    }
    void strOrNull(const char* key, std::string_view value)
    {
        if (value.empty())
            null(key);
        else
            str(key, value);
    }
    void num(const char* key, qint64 value)
    {
        name(key);
        m_out += std::to_string(value);
    }
    void numOrNull(const char* key, qint64 value) // 0 = NULL (unset times and scores)
    {
        if (value == 0)
            null(key);
        else
            num(key, value);
    }
    void null(const char* key)
    {
        name(key);
        m_out += "null";
    }
    std::string take()
    {
        m_out.push_back('}');
        return std::move(m_out);
    }
    const std::vector<const char*>& keys() const { return m_keys; }

    static void quote(std::string& out, std::string_view value)
    {
        out.push_back('"');
        for (const char c : value) {
            const auto u = static_cast<unsigned char>(c);
            if (c == '"' || c == '\\') {
                out.push_back('\\');
                out.push_back(c);
            } else if (u < 0x20) {
                char buf[8];
                std::snprintf(buf, sizeof buf, "\\u%04x", unsigned(u));
                out += buf;
            } else {
                out.push_back(c);
            }
        }
        out.push_back('"');
    }

private:
    void name(const char* key)
    {
        m_out.push_back(m_keys.empty() ? '{' : ',');
        quote(m_out, key);
        m_out.push_back(':');
        m_keys.push_back(key);
    }
    void quoted(std::string_view value) { quote(m_out, value); }

    std::string m_out;
    std::vector<const char*> m_keys;
};

std::string hlcText(qint64 ms, const char* node)
{
    char buf[64];
    std::snprintf(buf, sizeof buf, "%013lld-%06u-%s", static_cast<long long>(ms), 0u, node);
    return buf;
}

// sync_rows lines in COPY text format, buffered.
class CopyFile
{
public:
    explicit CopyFile(const QString& path)
        : m_file(path)
    {}

    bool open() { return m_file.open(QIODevice::WriteOnly | QIODevice::Truncate); }
    QString errorString() const { return m_file.errorString(); }

    // Checks the first row of every table against the registry: the bench must send
    // exactly the declared fields, whatever TicketService declares today.
    Status row(const QString& table, const std::string& rowId, JsonObject& fields, const std::string& hlc,
               const std::string& updatedBy, qint64 seq)
    {
        if (!m_checked.contains(table)) {
            const services::SyncedTable* declared = services::SyncedTables::find(table);
            if (!declared)
                return dataError(QStringLiteral("table %1 is not declared").arg(table));
            QStringList have;
            for (const char* k : fields.keys())
                have << QString::fromLatin1(k);
            QStringList want = declared->fields;
            have.sort();
            want.sort();
            if (have != want)
                return dataError(QStringLiteral("the bench's fields of %1 differ from the declared ones").arg(table),
                                 QStringLiteral("bench: %1; declared: %2")
                                     .arg(have.join(QLatin1Char(',')), want.join(QLatin1Char(','))));
            m_checked.insert(table);
        }
        std::string fieldHlc;
        for (const char* k : fields.keys()) {
            fieldHlc.push_back(fieldHlc.empty() ? '{' : ',');
            JsonObject::quote(fieldHlc, k);
            fieldHlc.push_back(':');
            JsonObject::quote(fieldHlc, hlc);
        }
        fieldHlc.push_back('}');
        const std::string json = fields.take();

        m_buf += table.toStdString();
        m_buf.push_back('\t');
        m_buf += rowId;
        m_buf.push_back('\t');
        escaped(json);
        m_buf.push_back('\t');
        escaped(fieldHlc);
        m_buf.push_back('\t');
        m_buf += hlc;
        m_buf.push_back('\t');
        m_buf += updatedBy;
        m_buf += "\tf\t";
        m_buf += std::to_string(seq);
        m_buf.push_back('\n');
        ++m_rows;
        if (m_buf.size() > (4u << 20))
            return flush();
        return {};
    }

    Status flush()
    {
        if (!m_buf.empty()) {
            if (m_file.write(m_buf.data(), qint64(m_buf.size())) != qint64(m_buf.size()))
                return dataError(QStringLiteral("cannot write %1").arg(m_file.fileName()), m_file.errorString());
            m_bytes += qint64(m_buf.size());
            m_buf.clear();
        }
        return {};
    }

    Status close()
    {
        SW_TRY(flush());
        m_file.close();
        return {};
    }

    qint64 rows() const { return m_rows; }
    qint64 bytes() const { return m_bytes; }

private:
    // COPY text format: JSON has no raw control characters, so only backslashes double.
    void escaped(const std::string& text)
    {
        for (const char c : text) {
            if (c == '\\')
                m_buf.push_back('\\');
            m_buf.push_back(c);
        }
    }

    QFile m_file;
    std::string m_buf;
    qint64 m_rows = 0;
    qint64 m_bytes = 0;
    QSet<QString> m_checked;
};

qint64 customerCount(qint64 tickets)
{
    return std::max<qint64>(10, tickets / 3); // as the seeder
}

int merchantCount(qint64 tickets)
{
    return int(std::clamp<qint64>(tickets / 10, 20, 2000));
}

int teamCount(int agents)
{
    return std::max(1, (agents + 9) / 10);
}

struct Codes
{
    std::string kind[3], channel[3], priority[4], status[5];
    std::string event[int(services::TicketEventKind::Created) + 1];
    Codes()
    {
        for (auto k : domain::allTicketKinds())
            kind[int(k)] = utf8(domain::code(k));
        for (auto c : domain::allTicketChannels())
            channel[int(c)] = utf8(domain::code(c));
        for (auto p : domain::allTicketPriorities())
            priority[int(p)] = utf8(domain::code(p));
        for (auto s : domain::allTicketStatuses())
            status[int(s)] = utf8(domain::code(s));
        for (int e = 0; e <= int(services::TicketEventKind::Created); ++e)
            event[e] = utf8(services::code(services::TicketEventKind(e)));
    }
};

} // namespace

QString copyColumns()
{
    return QStringLiteral("table_name, row_id, fields, field_hlc, hlc, updated_by, deleted, server_seq");
}

qint64 maxRows(const DataOptions& o)
{
    return teamCount(o.agents) + 2LL * (o.agents + 1) + customerCount(o.tickets) + merchantCount(o.tickets) +
           o.tickets * 9;
}

Result<DataSet> writeCopyFile(const DataOptions& options)
{
    services::TicketService::declareTables();
    services::declareFoundationTables();
    QElapsedTimer timer;
    timer.start();
    DataSet out;
    CopyFile file(options.path);
    if (!file.open())
        return dataError(QStringLiteral("cannot create %1").arg(options.path), file.errorString());
    qint64 seq = options.firstSeq;
    Rng rng(options.seed);
    const char* kNode = "5b0000000000beef"; // the bench's loader, as if one workstation
    const std::string createdAt = utf8(QDateTime::fromSecsSinceEpoch(options.nowSecs, Qt::UTC).toString(Qt::ISODateWithMs));
    const std::string nowHlc = hlcText(options.nowSecs * 1000 - 60000, kNode);
    auto count = [&out](const QString& table) { out.rowsByTable[table] += 1; };

    // Teams for the agents (ten to a team).
    const int teams = teamCount(options.agents);
    for (int i = 0; i < teams; ++i) {
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        out.teamIds << id;
        JsonObject f;
        f.str("name", utf8(QStringLiteral("同步压测%1组%2").arg(options.tag).arg(i + 1)));
        f.null("lead_id");
        SW_TRY(file.row(QStringLiteral("teams"), utf8(id), f, nowHlc, {}, seq++));
        count(QStringLiteral("teams"));
    }
    // The manager, whose workstation is measured, and the agents, each with their role.
    auto addUser = [&](BenchUser& u, domain::Role role) -> Status {
        u.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        u.displayName = QString::fromUtf8(rng.pick(services::demo::surnames())) +
                        QString::fromUtf8(rng.pick(services::demo::givenNames()));
        JsonObject f;
        f.str("login", utf8(u.login));
        f.str("display_name", utf8(u.displayName));
        f.str("password_hash", utf8(options.passwordHash));
        f.strOrNull("team_id", utf8(u.teamId));
        f.num("active", 1);
        f.str("created_at", createdAt);
        SW_TRY(file.row(QStringLiteral("users"), utf8(u.id), f, nowHlc, {}, seq++));
        JsonObject r;
        r.str("user_id", utf8(u.id));
        r.str("role_id", utf8(domain::roleId(role)));
        SW_TRY(file.row(QStringLiteral("user_roles"), utf8(QUuid::createUuid().toString(QUuid::WithoutBraces)), r,
                        nowHlc, {}, seq++));
        count(QStringLiteral("users"));
        count(QStringLiteral("user_roles"));
        return {};
    };
    out.manager.login = QStringLiteral("sb%1m").arg(options.tag);
    SW_TRY(addUser(out.manager, domain::Role::Manager));
    std::vector<Person> staff;
    for (int i = 0; i < options.agents; ++i) {
        BenchUser u;
        u.login = QStringLiteral("sb%1a%2").arg(options.tag).arg(i + 1, 3, 10, QLatin1Char('0'));
        u.teamId = out.teamIds.at(i % teams);
        SW_TRY(addUser(u, domain::Role::Agent));
        staff.push_back({utf8(u.id), utf8(u.displayName), utf8(u.teamId)});
        out.agents << u;
    }
    out.ownTickets.resize(options.agents);

    // Customers and merchants, as the seeder makes them.
    const std::uint64_t baseMs = std::uint64_t(options.nowSecs) * 1000 - 86'400'000ULL * 200;
    const std::vector<Customer> customers = makeCustomers(rng, customerCount(options.tickets), baseMs);
    const std::vector<Merchant> merchants = makeMerchants(rng, merchantCount(options.tickets), baseMs + 50'000'000ULL);
    const std::string baseHlc = hlcText(qint64(baseMs), kNode);
    for (const Customer& c : customers) {
        JsonObject f;
        f.str("name", c.name);
        f.str("phone", c.phone);
        f.str("email", "");
        SW_TRY(file.row(QStringLiteral("customers"), c.id, f, baseHlc, {}, seq++));
        count(QStringLiteral("customers"));
    }
    for (const Merchant& m : merchants) {
        JsonObject f;
        f.str("name", m.name);
        SW_TRY(file.row(QStringLiteral("merchants"), m.id, f, baseHlc, {}, seq++));
        count(QStringLiteral("merchants"));
    }

    // Tickets, each followed by its timeline.
    Generator::Setup setup;
    setup.seed = options.seed ^ 0x53594e43ULL;
    setup.now = options.nowSecs;
    setup.total = options.tickets;
    setup.firstN = 1;
    setup.staff = &staff;
    for (const QString& t : std::as_const(out.teamIds))
        setup.teams.push_back(utf8(t));
    setup.customers = &customers;
    setup.merchants = &merchants;
    setup.sla = nullptr; // the SLA due columns are derived on each workstation, never synced
    Generator generator(setup);
    const Codes codes;
    const std::string systemId = utf8(services::Actor::systemId());
    GenTicket t;
    std::string eventId;
    for (qint64 i = 0; i < options.tickets; ++i) {
        generator.make(i, t);
        const Person* owner = t.owner >= 0 ? &staff[std::size_t(t.owner)] : nullptr;
        JsonObject f;
        f.str("number", t.number);
        f.str("kind", codes.kind[int(t.kind)]);
        f.str("channel", codes.channel[int(t.channel)]);
        f.str("priority", codes.priority[int(t.priority)]);
        f.str("status", codes.status[int(t.status)]);
        f.str("subject", t.subject);
        f.str("body", t.body);
        f.str("customer_id", t.customer->id);
        f.str("customer_name", t.customerName);
        f.str("customer_phone", t.customerPhone);
        f.str("customer_email", t.customerEmail);
        f.str("order_no", t.orderNo);
        if (t.merchant) {
            f.str("merchant_id", t.merchant->id);
            f.str("merchant_name", t.merchant->name);
        } else {
            f.null("merchant_id");
            f.str("merchant_name", "");
        }
        f.strOrNull("owner_id", owner ? owner->id : std::string());
        f.strOrNull("team_id", t.teamId);
        f.num("special_case", t.special ? 1 : 0);
        f.str("special_reason", t.specialReason);
        f.num("received_at", t.received);
        f.numOrNull("first_response_at", t.firstResponseAt);
        f.numOrNull("resolved_at", t.resolvedAt);
        f.numOrNull("closed_at", t.closedAt);
        f.numOrNull("paused_since", t.pausedSince);
        f.num("paused_secs", t.pausedSecs);
        f.numOrNull("csat_attitude", t.csatAttitude);
        f.numOrNull("csat_efficiency", t.csatEfficiency);
        f.numOrNull("csat_result", t.csatResult);
        if (t.csatAt)
            f.str("csat_comment", t.csatComment);
        else
            f.null("csat_comment");
        f.numOrNull("csat_at", t.csatAt);
        f.null("merged_into");
        f.num("created_at", t.received);
        f.num("updated_at", t.updatedAt);
        const std::string updatedBy = owner ? owner->id : systemId;
        SW_TRY(file.row(QStringLiteral("tickets"), t.id, f, hlcText(t.updatedAt * 1000, kNode), updatedBy, seq++));
        ++out.tickets;
        const QString ticketId = QString::fromStdString(t.id);
        if (owner) {
            QStringList& own = out.ownTickets[t.owner];
            if (own.size() < options.keepTicketsPerAgent)
                own << ticketId;
        } else if (out.unassigned.size() < options.keepTicketsPerAgent) {
            out.unassigned << ticketId;
        }

        for (std::size_t e = 0; e < t.events.size(); ++e) {
            const GenEvent& ev = t.events[e];
            eventId = uuid7(t.idMs, std::uint32_t(0x800 + e), rng);
            const Person* author = ev.author >= 0 ? &staff[std::size_t(ev.author)] : nullptr;
            JsonObject g;
            g.str("ticket_id", t.id);
            g.str("kind", codes.event[int(ev.kind)]);
            g.str("author_id", author ? author->id : systemId);
            g.str("author_name", author ? author->name : std::string("system"));
            g.num("at", ev.at);
            g.str("body", ev.body);
            g.str("data_json", ev.data.empty() ? std::string("{}") : ev.data);
            SW_TRY(file.row(QStringLiteral("ticket_events"), eventId, g, hlcText(ev.at * 1000, kNode),
                            author ? author->id : systemId, seq++));
            ++out.events;
        }
    }
    SW_TRY(file.close());
    out.rowsByTable.insert(QStringLiteral("tickets"), out.tickets);
    out.rowsByTable.insert(QStringLiteral("ticket_events"), out.events);
    out.rows = file.rows();
    out.bytes = file.bytes();
    out.generateSecs = double(timer.nsecsElapsed()) / 1e9;
    return out;
}

} // namespace sw::bench::syncbench
