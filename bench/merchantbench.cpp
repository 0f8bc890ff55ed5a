#include "merchantbench.h"

#include "services/actor.h"
#include "services/merchantquery.h"
#include "services/merchantseeder.h"
#include "storage/database.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>

#include <algorithm>

namespace sw::bench {

namespace {

using services::MerchantFilter;
using services::MerchantQuery;
using services::MerchantSort;

double medianMs(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

// What the queue model does for a filter: the count, then the first page.
Result<double> timeLoad(const MerchantQuery& query, const MerchantFilter& filter, const MerchantSort& sort,
                        const MerchantBenchOptions& options, qint64* rows)
{
    QList<double> runs;
    for (int i = 0; i < options.repeats; ++i) {
        QElapsedTimer t;
        t.start();
        auto count = query.count(filter);
        if (!count)
            return count.error();
        auto page = query.page(filter, sort, 0, options.pageSize);
        if (!page)
            return page.error();
        runs << double(t.nsecsElapsed()) / 1e6;
        *rows = *count;
    }
    return medianMs(runs);
}

} // namespace

Result<QJsonObject> runMerchantBench(const MerchantBenchOptions& options)
{
    std::unique_ptr<QTemporaryDir> temp;
    QString folder = options.dir;
    if (folder.isEmpty()) {
        temp = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/shopwarden-bench-XXXXXX"));
        if (!temp->isValid())
            return makeError(ErrorCode::Io, QStringLiteral("No temporary folder for the benchmark database."));
        folder = temp->path();
    }
    const QString path = QDir(folder).filePath(QStringLiteral("merchant-bench.db"));
    QFile::remove(path);
    auto created = storage::Database::create(path, storage::Secret::fromUtf8(QStringLiteral("merchant bench passphrase")));
    if (!created)
        return created.error();
    std::unique_ptr<storage::Database> db = std::move(created).value();
    auto seeded = services::seedMerchants(*db, options.merchants, 11);
    if (!seeded)
        return seeded.error();

    const services::Actor auditor{QStringLiteral("00000000-0000-4000-8000-00000000a0d1"), QStringLiteral("bench"),
                                  QStringLiteral("bench"), {}, {domain::Role::Auditor}};
    MerchantQuery query(*db, auditor);
    const MerchantSort byDue{};
    QJsonArray cases;
    double worst = 0;
    auto add = [&](const QString& name, const MerchantFilter& filter, const MerchantSort& sort) -> Status {
        qint64 rows = 0;
        auto ms = timeLoad(query, filter, sort, options, &rows);
        if (!ms)
            return ms.error();
        worst = std::max(worst, *ms);
        cases.append(QJsonObject{{QStringLiteral("case"), name},
                                 {QStringLiteral("rows"), rows},
                                 {QStringLiteral("ms"), *ms},
                                 {QStringLiteral("within_100ms"), *ms < 100}});
        return {};
    };
    // Opening: the default view (all open, by due time).
    const MerchantFilter open = query.viewFilter(services::MerchantView::AllOpen);
    SW_TRY(add(QStringLiteral("open: all open by due time"), open, byDue));
    for (services::MerchantView v : services::allMerchantViews())
        SW_TRY(add(QStringLiteral("view: ") + services::displayName(v), query.viewFilter(v), byDue));
    MerchantFilter f = open;
    f.statuses = {domain::MerchantAppStatus::InReview};
    SW_TRY(add(QStringLiteral("filter: status in review"), f, byDue));
    f = open;
    f.category = QStringLiteral("food");
    SW_TRY(add(QStringLiteral("filter: category food"), f, byDue));
    f = query.viewFilter(services::MerchantView::All);
    f.category = QStringLiteral("cosmetics");
    SW_TRY(add(QStringLiteral("filter: all reviews, category cosmetics"), f, byDue));
    f = open;
    f.expiringOnly = true;
    SW_TRY(add(QStringLiteral("filter: documents expiring"), f, byDue));
    f = query.viewFilter(services::MerchantView::All);
    f.text = QStringLiteral("鲜果");
    SW_TRY(add(QStringLiteral("search: legal name part"), f, byDue));
    f.text = QStringLiteral("9155");
    SW_TRY(add(QStringLiteral("search: credit code prefix"), f, byDue));
    SW_TRY(add(QStringLiteral("sort: all open by legal name"), open, MerchantSort{services::MerchantColumn::LegalName,
                                                                                   Qt::AscendingOrder}));
    SW_TRY(add(QStringLiteral("sort: all reviews by submission"), query.viewFilter(services::MerchantView::All),
               MerchantSort{services::MerchantColumn::SubmittedAt, Qt::DescendingOrder}));

    // Baseline: every open review read into memory, as a model over the whole query would.
    QList<double> baseline;
    qint64 baselineRows = 0;
    for (int i = 0; i < options.repeats; ++i) {
        QElapsedTimer t;
        t.start();
        QSqlQuery q(db->connection());
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT * FROM merchant_reviews WHERE deleted = 0 AND status IN ('submitted', "
                                   "'in_review', 'info_requested', 'second_review') ORDER BY due_at")))
            return makeError(ErrorCode::Database, QStringLiteral("The baseline query failed."));
        QList<QVariantList> rows;
        while (q.next()) {
            QVariantList row;
            for (int c = 0; c < q.record().count(); ++c)
                row << q.value(c);
            rows << row;
        }
        baselineRows = rows.size();
        baseline << double(t.nsecsElapsed()) / 1e6;
    }
    const double baseMs = medianMs(baseline);
    const double openMs = cases.first().toObject().value(QStringLiteral("ms")).toDouble();
    db->releaseThreadConnection();
    return QJsonObject{
        {QStringLiteral("benchmark"), QStringLiteral("merchants")},
        {QStringLiteral("merchants"), seeded->merchants},
        {QStringLiteral("documents"), seeded->documents},
        {QStringLiteral("seed_seconds"), seeded->seconds},
        {QStringLiteral("page_size"), options.pageSize},
        {QStringLiteral("repeats"), options.repeats},
        {QStringLiteral("cases"), cases},
        {QStringLiteral("worst_ms"), worst},
        {QStringLiteral("all_within_100ms"), worst < 100},
        {QStringLiteral("baseline_full_load_ms"), baseMs},
        {QStringLiteral("baseline_rows"), baselineRows},
        {QStringLiteral("baseline_over_open"), openMs > 0 ? baseMs / openMs : 0},
    };
}

QString formatMerchantBench(const QJsonObject& r)
{
    QString out = QStringLiteral("Merchant review queue: %1 merchants, %2 documents (seeded in %3 s)\n")
                      .arg(r.value(QStringLiteral("merchants")).toInteger())
                      .arg(r.value(QStringLiteral("documents")).toInteger())
                      .arg(r.value(QStringLiteral("seed_seconds")).toDouble(), 0, 'f', 1);
    for (const QJsonValue& v : r.value(QStringLiteral("cases")).toArray()) {
        const QJsonObject c = v.toObject();
        out += QStringLiteral("  %1 ms  %2  (%3 rows)%4\n")
                   .arg(c.value(QStringLiteral("ms")).toDouble(), 7, 'f', 1)
                   .arg(c.value(QStringLiteral("case")).toString())
                   .arg(c.value(QStringLiteral("rows")).toInteger())
                   .arg(c.value(QStringLiteral("within_100ms")).toBool() ? QString() : QStringLiteral("  OVER 100 ms"));
    }
    out += QStringLiteral("Baseline, every open review into memory: %1 ms for %2 rows (%3× the queue's open)\n")
               .arg(r.value(QStringLiteral("baseline_full_load_ms")).toDouble(), 0, 'f', 1)
               .arg(r.value(QStringLiteral("baseline_rows")).toInteger())
               .arg(r.value(QStringLiteral("baseline_over_open")).toDouble(), 0, 'f', 1);
    return out;
}

} // namespace sw::bench
