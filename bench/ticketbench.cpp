#include "ticketbench.h"

#include "services/actor.h"
#include "services/demotexts.h"
#include "services/ticketquery.h"
#include "services/ticketservice.h"
#include "storage/database.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlQueryModel>
#include <QSysInfo>
#include <QThread>

#include <algorithm>
#include <random>

namespace sw::bench {

using services::TicketColumn;
using services::TicketFilter;
using services::TicketQuery;
using services::TicketSort;

namespace {

double ms(qint64 ns)
{
    return std::round(double(ns) / 1e4) / 100.0; // 0.01 ms
}

// Nearest-rank percentile of a sample (p in 0..100).
double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype rank = qsizetype(std::ceil(p / 100.0 * double(values.size())));
    return values.at(std::clamp<qsizetype>(rank - 1, 0, values.size() - 1));
}

double median(const QList<double>& values)
{
    return percentile(values, 50);
}

Error benchError(const QString& what, const QString& detail = {})
{
    return makeError(ErrorCode::Internal,
                     QCoreApplication::translate("TicketBench", "The benchmark failed: %1").arg(what),
                     detail);
}

double rssMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly | QIODevice::Text))
        return 0;
    const QStringList lines = QString::fromUtf8(status.readAll()).split(QLatin1Char('\n'));
    for (const QString& line : lines) {
        if (line.startsWith(QLatin1String("VmRSS:")))
            return std::round(line.section(QLatin1Char(':'), 1)
                                  .trimmed()
                                  .section(QLatin1Char(' '), 0, 0)
                                  .toDouble() /
                              102.4) /
                   10.0;
    }
    return 0;
}

QJsonObject machine(storage::Database& db)
{
    QString cpu;
    QFile cpuinfo(QStringLiteral("/proc/cpuinfo"));
    if (cpuinfo.open(QIODevice::ReadOnly | QIODevice::Text)) {
        for (const QString& line : QString::fromUtf8(cpuinfo.readAll()).split(QLatin1Char('\n'))) {
            if (line.startsWith(QLatin1String("model name"))) {
                cpu = line.section(QLatin1Char(':'), 1).trimmed();
                break;
            }
        }
    }
    double ramMb = 0;
    QFile meminfo(QStringLiteral("/proc/meminfo"));
    if (meminfo.open(QIODevice::ReadOnly | QIODevice::Text)) {
        const QString first = QString::fromUtf8(meminfo.readLine());
        if (first.startsWith(QLatin1String("MemTotal")))
            ramMb = std::round(
                first.section(QLatin1Char(':'), 1).trimmed().section(QLatin1Char(' '), 0, 0).toDouble() /
                1024.0);
    }
    return {{QStringLiteral("cpu"), cpu.isEmpty() ? QSysInfo::currentCpuArchitecture() : cpu},
            {QStringLiteral("cores"), QThread::idealThreadCount()},
            {QStringLiteral("ram_mb"), ramMb},
            {QStringLiteral("os"), QSysInfo::prettyProductName()},
            {QStringLiteral("qt"), QString::fromLatin1(qVersion())},
            {QStringLiteral("sqlcipher"), db.cipherVersion()}};
}

// The viewer: the demo manager if there is one (sees every ticket, like the default
// "All tickets" view), else the system actor.
services::Actor viewer(QSqlDatabase conn)
{
    QSqlQuery q(conn);
    if (q.exec(QStringLiteral(
            "SELECT u.id, u.login, u.display_name, COALESCE(u.team_id, '') FROM users u "
            "JOIN user_roles ur ON ur.user_id = u.id AND ur.deleted = 0 "
            "JOIN roles r ON r.id = ur.role_id "
            "WHERE r.code = 'manager' AND u.deleted = 0 AND u.active = 1 ORDER BY u.login LIMIT 1")) &&
        q.next()) {
        return services::Actor{q.value(0).toString(),
                               q.value(1).toString(),
                               q.value(2).toString(),
                               q.value(3).toString(),
                               {domain::Role::Manager}};
    }
    return services::Actor::system();
}

// EXPLAIN QUERY PLAN of SQL shaped like TicketQuery's (ticketquery.cpp), for the report:
// it shows which index serves each step.
QJsonArray plan(QSqlDatabase conn, const QString& sql, const QVariantList& values = {})
{
    QJsonArray out;
    QSqlQuery q(conn);
    if (!q.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + sql))
        return out;
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (!q.exec())
        return out;
    while (q.next())
        out.append(q.value(3).toString());
    return out;
}

struct Timed
{
    double ms = 0;
    qint64 rows = 0;
};

} // namespace

Result<QJsonObject> runTicketBench(storage::Database& db, const TicketBenchOptions& options)
{
    QSqlDatabase conn = db.connection();
    const services::Actor actor = viewer(conn);
    TicketQuery query(db, actor);
    services::TicketService tickets(db, actor);
    QElapsedTimer timer;
    QJsonObject result;

    // 1. Open the queue: "All tickets", newest first — count and first page.
    const TicketFilter all = query.viewFilter(services::TicketView::All);
    const TicketSort newest; // received_at, descending
    timer.start();
    auto total = query.count(all);
    if (!total)
        return total.error();
    const double countMs = ms(timer.nsecsElapsed());
    timer.start();
    auto first = query.page(all, newest, 0, options.pageSize);
    if (!first)
        return first.error();
    const double pageMs = ms(timer.nsecsElapsed());
    result.insert(QStringLiteral("tickets"), double(*total));
    result.insert(QStringLiteral("first_page_ms"), countMs + pageMs);
    result.insert(QStringLiteral("open_queue"), QJsonObject{{QStringLiteral("count_ms"), countMs},
                                                            {QStringLiteral("page_ms"), pageMs},
                                                            {QStringLiteral("rows"), double(first->size())}});
    result.insert(QStringLiteral("rss_mb"), rssMb());

    // 2.–4. Filter, sort by due time, jump to the last row: median of a few runs.
    auto repeat = [&](const std::function<Result<Timed>()>& run) -> Result<QJsonObject> {
        QList<double> times;
        qint64 rows = 0;
        for (int i = 0; i < std::max(1, options.repeats); ++i) {
            auto t = run();
            if (!t)
                return t.error();
            times << t->ms;
            rows = t->rows;
            if (t->ms > 2000)
                break; // slow enough that one run says it
        }
        return QJsonObject{{QStringLiteral("ms"), median(times)},
                           {QStringLiteral("first_ms"), times.first()},
                           {QStringLiteral("runs"), times.size()},
                           {QStringLiteral("rows"), double(rows)}};
    };
    TicketFilter complaints = all;
    complaints.statuses = {domain::TicketStatus::Open};
    complaints.kinds = {domain::TicketKind::Complaint};
    auto filter = repeat([&]() -> Result<Timed> {
        QElapsedTimer t;
        t.start();
        auto n = query.count(complaints);
        if (!n)
            return n.error();
        auto rows = query.page(complaints, newest, 0, options.pageSize);
        if (!rows)
            return rows.error();
        return Timed{ms(t.nsecsElapsed()), *n};
    });
    if (!filter)
        return filter.error();
    const TicketSort byDue{TicketColumn::SlaState, Qt::AscendingOrder};
    auto sortDue = repeat([&]() -> Result<Timed> {
        QElapsedTimer t;
        t.start();
        auto rows = query.page(all, byDue, 0, options.pageSize);
        if (!rows)
            return rows.error();
        return Timed{ms(t.nsecsElapsed()), rows->size()};
    });
    if (!sortDue)
        return sortDue.error();
    auto jumpLast = repeat([&]() -> Result<Timed> {
        QElapsedTimer t;
        t.start();
        auto rows = query.page(all, newest, std::max<qint64>(0, *total - options.pageSize), options.pageSize, *total);
        if (!rows)
            return rows.error();
        return Timed{ms(t.nsecsElapsed()), rows->size()};
    });
    if (!jumpLast)
        return jumpLast.error();
    result.insert(QStringLiteral("filter_ms"), filter->value(QStringLiteral("ms")));
    result.insert(QStringLiteral("sort_due_ms"), sortDue->value(QStringLiteral("ms")));
    result.insert(QStringLiteral("jump_last_ms"), jumpLast->value(QStringLiteral("ms")));
    result.insert(QStringLiteral("details"), QJsonObject{{QStringLiteral("filter_open_complaints"), *filter},
                                                         {QStringLiteral("sort_due"), *sortDue},
                                                         {QStringLiteral("jump_last"), *jumpLast}});

    // 5. Full-text search: count + first page per term.
    const auto terms = services::demo::searchTerms();
    const int termCount = std::clamp(options.searchTerms, 1, int(terms.size()));
    QList<double> searchTimes, searchCountTimes, searchPageTimes;
    QJsonObject hits;
    for (int i = 0; i < termCount; ++i) {
        TicketFilter f = all;
        f.search = QString::fromUtf8(terms[std::size_t(i)]);
        timer.start();
        auto n = query.count(f);
        if (!n)
            return n.error();
        const qint64 countNs = timer.nsecsElapsed();
        auto rows = query.page(f, newest, 0, options.pageSize);
        if (!rows)
            return rows.error();
        searchTimes << ms(timer.nsecsElapsed());
        searchCountTimes << ms(countNs);
        searchPageTimes << ms(timer.nsecsElapsed() - countNs);
        hits.insert(f.search, double(*n));
    }
    const double searchP50 = percentile(searchTimes, 50);
    const double searchP95 = percentile(searchTimes, 95);
    result.insert(QStringLiteral("search"),
                  QJsonObject{{QStringLiteral("p50_ms"), searchP50},
                              {QStringLiteral("p95_ms"), searchP95},
                              {QStringLiteral("max_ms"), percentile(searchTimes, 100)},
                              {QStringLiteral("terms"), termCount},
                              {QStringLiteral("count_p50_ms"), percentile(searchCountTimes, 50)},
                              {QStringLiteral("count_p95_ms"), percentile(searchCountTimes, 95)},
                              {QStringLiteral("page_p50_ms"), percentile(searchPageTimes, 50)},
                              {QStringLiteral("page_p95_ms"), percentile(searchPageTimes, 95)},
                              {QStringLiteral("hits"), hits}});

    // 6. Open a ticket: get + timeline, for random tickets.
    QList<QString> ids;
    {
        QSqlQuery q(conn);
        if (!q.exec(QStringLiteral("SELECT MIN(n), MAX(n) FROM tickets")) || !q.next())
            return benchError(QStringLiteral("ticket range"), q.lastError().text());
        const qint64 lo = q.value(0).toLongLong(), hi = q.value(1).toLongLong();
        q.finish();
        std::mt19937_64 rng(options.seed);
        std::uniform_int_distribution<qint64> pick(lo, std::max(lo, hi));
        if (!q.prepare(QStringLiteral("SELECT id FROM tickets WHERE n >= ? ORDER BY n LIMIT 1")))
            return benchError(QStringLiteral("ticket ids"), q.lastError().text());
        for (int i = 0; i < options.ticketOpens && hi > 0; ++i) {
            q.addBindValue(pick(rng));
            if (q.exec() && q.next())
                ids << q.value(0).toString();
        }
    }
    QList<double> openTimes;
    qint64 eventsShown = 0;
    for (const QString& id : ids) {
        timer.start();
        auto t = tickets.get(id);
        if (!t)
            return t.error();
        auto timeline = tickets.timeline(id);
        if (!timeline)
            return timeline.error();
        openTimes << ms(timer.nsecsElapsed());
        eventsShown += timeline->size();
    }
    result.insert(QStringLiteral("ticket_open"),
                  QJsonObject{{QStringLiteral("p50_ms"), percentile(openTimes, 50)},
                              {QStringLiteral("p95_ms"), percentile(openTimes, 95)},
                              {QStringLiteral("tickets"), openTimes.size()},
                              {QStringLiteral("events"), double(eventsShown)}});

    // 6b. Search for ticket numbers and order numbers of those tickets: terms with a
    // handful of hits, the other way a search runs (driven from the hits).
    QList<double> numberTimes;
    qint64 numberHits = 0;
    for (const QString& id : ids) {
        auto t = tickets.get(id);
        if (!t)
            return t.error();
        for (const QString& term : {t->number, t->orderNo}) {
            if (term.isEmpty())
                continue;
            TicketFilter f = all;
            f.search = term;
            timer.start();
            auto n = query.count(f);
            if (!n)
                return n.error();
            auto rows = query.page(f, newest, 0, options.pageSize, *n);
            if (!rows)
                return rows.error();
            numberTimes << ms(timer.nsecsElapsed());
            numberHits += *n;
        }
    }
    result.insert(QStringLiteral("search_numbers"),
                  QJsonObject{{QStringLiteral("p50_ms"), percentile(numberTimes, 50)},
                              {QStringLiteral("p95_ms"), percentile(numberTimes, 95)},
                              {QStringLiteral("terms"), numberTimes.size()},
                              {QStringLiteral("hits"), double(numberHits)}});

    // 7. The naive baseline: QSqlQueryModel over LIKE '%term%' on the same texts the index
    // holds (ticket fields and the bodies of messages, replies and notes), every row fetched.
    const QString likeSql = QStringLiteral(
        "SELECT t.n, t.number, t.subject, t.customer_name, t.status, t.received_at FROM tickets t "
        "WHERE t.deleted = 0 AND t.merged_into IS NULL AND (t.subject LIKE ? OR t.body LIKE ? "
        "OR t.customer_name LIKE ? OR t.order_no LIKE ? OR t.merchant_name LIKE ? OR EXISTS (SELECT 1 FROM "
        "ticket_events e WHERE e.ticket_id = t.id AND e.deleted = 0 AND e.kind IN ('customer_message', "
        "'reply', "
        "'note') AND e.body LIKE ?)) ORDER BY t.received_at DESC");
    QList<double> likeTimes;
    QJsonObject likeHits;
    int agreeing = 0;
    QElapsedTimer budget;
    budget.start();
    const int likeMax = std::min(termCount, options.baselineMaxTerms);
    for (int i = 0; i < likeMax; ++i) {
        if (i > 0 && double(budget.elapsed()) / 1000.0 > options.baselineBudgetSecs)
            break;
        const QString term = QString::fromUtf8(terms[std::size_t(i)]);
        const QString pattern = QLatin1Char('%') + term + QLatin1Char('%');
        timer.start();
        QSqlQuery q(conn);
        if (!q.prepare(likeSql))
            return benchError(QStringLiteral("baseline"), q.lastError().text());
        for (int k = 0; k < 6; ++k)
            q.addBindValue(pattern);
        if (!q.exec())
            return benchError(QStringLiteral("baseline"), q.lastError().text());
        QSqlQueryModel model;
        model.setQuery(std::move(q));
        while (model.canFetchMore())
            model.fetchMore();
        const int rows = model.rowCount();
        likeTimes << ms(timer.nsecsElapsed());
        likeHits.insert(term, rows);
        if (double(rows) == hits.value(term).toDouble())
            ++agreeing;
    }
    const double likeP50 = percentile(likeTimes, 50);
    const double likeP95 = percentile(likeTimes, 95);
    // Compare like with like: the search figures over the same terms the baseline ran.
    const QList<double> searchSame = searchTimes.mid(0, likeTimes.size());
    const double sameP50 = percentile(searchSame, 50), sameP95 = percentile(searchSame, 95);
    result.insert(QStringLiteral("baseline_like"),
                  QJsonObject{{QStringLiteral("p50_ms"), likeP50},
                              {QStringLiteral("p95_ms"), likeP95},
                              {QStringLiteral("max_ms"), percentile(likeTimes, 100)},
                              {QStringLiteral("terms"), likeTimes.size()},
                              {QStringLiteral("subset"), likeTimes.size() < termCount},
                              {QStringLiteral("search_p50_ms_same_terms"), sameP50},
                              {QStringLiteral("search_p95_ms_same_terms"), sameP95},
                              {QStringLiteral("counts_agree_with_search"), agreeing},
                              {QStringLiteral("hits"), likeHits}});
    auto ratio = [](double a, double b) {
        return b > 0 ? std::round(a / b * 10.0) / 10.0 : 0.0;
    };
    result.insert(QStringLiteral("search_speedup_p50"), ratio(likeP50, sameP50));
    result.insert(QStringLiteral("search_speedup_p95"), ratio(likeP95, sameP95));

    const QJsonObject targets{
        {QStringLiteral("first_page_ms"), 100}, {QStringLiteral("filter_ms"), 100},
        {QStringLiteral("sort_due_ms"), 100},   {QStringLiteral("jump_last_ms"), 100},
        {QStringLiteral("search_p95_ms"), 100}, {QStringLiteral("search_speedup_p95"), 10},
        {QStringLiteral("ticket_open_ms"), 50}, {QStringLiteral("rss_mb"), 200}};
    auto num = [&](const QString& key) {
        return result.value(key).toDouble();
    };
    const QJsonObject met{
        {QStringLiteral("first_page_ms"), num(QStringLiteral("first_page_ms")) <= 100},
        {QStringLiteral("filter_ms"), num(QStringLiteral("filter_ms")) <= 100},
        {QStringLiteral("sort_due_ms"), num(QStringLiteral("sort_due_ms")) <= 100},
        {QStringLiteral("jump_last_ms"), num(QStringLiteral("jump_last_ms")) <= 100},
        {QStringLiteral("search_p95_ms"), searchP95 <= 100},
        {QStringLiteral("search_speedup_p95"), num(QStringLiteral("search_speedup_p95")) >= 10},
        {QStringLiteral("ticket_open_ms"), percentile(openTimes, 95) <= 50},
        {QStringLiteral("rss_mb"), num(QStringLiteral("rss_mb")) <= 200}};
    result.insert(QStringLiteral("targets"), targets);
    result.insert(QStringLiteral("met"), met);

    // Query plans of SQL shaped like TicketQuery's, for reading the figures.
    const QString live = QStringLiteral("t.deleted = 0 AND +t.merged_into IS NULL");
    const QString page =
        QStringLiteral("SELECT t.n FROM tickets t LEFT JOIN users u ON u.id = t.owner_id WHERE ");
    result.insert(
        QStringLiteral("plans"),
        QJsonObject{
            {QStringLiteral("count_all"),
             plan(conn, QStringLiteral("SELECT COALESCE(SUM(c.n), 0) FROM ticket_counts c WHERE c.merged = 0"))},
            {QStringLiteral("page_newest"),
             plan(conn,
                  page + live + QStringLiteral(" ORDER BY t.received_at DESC, t.n DESC LIMIT 100 OFFSET 0"))},
            {QStringLiteral("jump_last"),
             plan(conn,
                  page + live + QStringLiteral(" ORDER BY t.received_at ASC, t.n ASC LIMIT 100 OFFSET 0"))},
            {QStringLiteral("filter_open_complaints"),
             plan(conn, QStringLiteral("SELECT COALESCE(SUM(c.n), 0) FROM ticket_counts c WHERE c.merged = 0 "
                                       "AND c.status IN ('open') AND c.kind IN ('complaint')"))},
            {QStringLiteral("sort_due"),
             plan(conn,
                  page + live + QStringLiteral(" ORDER BY t.next_due ASC, t.n ASC LIMIT 100 OFFSET 0"))},
            {QStringLiteral("search_page_frequent_term"),
             plan(conn,
                  page + live + QStringLiteral(" AND sw_in_rowset(t.n) ORDER BY t.received_at DESC, t.n DESC "
                                               "LIMIT 100 OFFSET 0"))},
            {QStringLiteral("search_page_rare_term"),
             plan(conn,
                  page + live +
                      QStringLiteral(" AND t.n IN (SELECT docid FROM ticket_search WHERE tokens MATCH ?) "
                                     "ORDER BY t.received_at DESC, t.n DESC LIMIT 100 OFFSET 0"),
                  {QStringLiteral("\"奶粉\"")})},
        });
    result.insert(QStringLiteral("machine"), machine(db));
    return result;
}

QString formatTicketBench(const QJsonObject& r)
{
    const QJsonObject search = r.value(QStringLiteral("search")).toObject();
    const QJsonObject like = r.value(QStringLiteral("baseline_like")).toObject();
    const QJsonObject open = r.value(QStringLiteral("ticket_open")).toObject();
    auto n = [](const QJsonValue& v) {
        return QString::number(v.toDouble(), 'f', 1);
    };
    return QStringLiteral("tickets:            %1\n"
                          "open queue:         %2 ms (count + first page)\n"
                          "filter:             %3 ms\n"
                          "sort by due:        %4 ms\n"
                          "jump to last row:   %5 ms\n"
                          "search p50 / p95:   %6 / %7 ms over %8 terms\n"
                          "LIKE baseline:      %9 / %10 ms over %11 terms (speed-up at p95: %12x)\n"
                          "open ticket:        %13 / %14 ms (p50 / p95)\n"
                          "resident memory:    %15 MB\n")
        .arg(n(r.value(QStringLiteral("tickets"))).chopped(2), n(r.value(QStringLiteral("first_page_ms"))),
             n(r.value(QStringLiteral("filter_ms"))), n(r.value(QStringLiteral("sort_due_ms"))),
             n(r.value(QStringLiteral("jump_last_ms"))), n(search.value(QStringLiteral("p50_ms"))),
             n(search.value(QStringLiteral("p95_ms"))), n(search.value(QStringLiteral("terms"))).chopped(2),
             n(like.value(QStringLiteral("p50_ms"))))
        .arg(n(like.value(QStringLiteral("p95_ms"))), n(like.value(QStringLiteral("terms"))).chopped(2),
             n(r.value(QStringLiteral("search_speedup_p95"))), n(open.value(QStringLiteral("p50_ms"))),
             n(open.value(QStringLiteral("p95_ms"))), n(r.value(QStringLiteral("rss_mb"))));
}

} // namespace sw::bench
