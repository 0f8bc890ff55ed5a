#include "services/merchantquery.h"

#include "domain/businesscalendar.h"
#include "domain/merchantdocuments.h"
#include "services/sqlsupport.h"
#include "services/ticketstore.h"
#include "storage/database.h"

#include <QSqlQuery>

namespace sw::services {

using domain::MerchantAppStatus;
using domain::Role;

namespace {

QList<MerchantAppStatus> openStatuses()
{
    return {MerchantAppStatus::Submitted, MerchantAppStatus::InReview, MerchantAppStatus::InfoRequested,
            MerchantAppStatus::SecondReview};
}

QString placeholders(qsizetype n)
{
    QStringList q;
    for (qsizetype i = 0; i < n; ++i)
        q << QStringLiteral("?");
    return q.join(QLatin1Char(','));
}

// WHERE clause (with a leading " WHERE ") and its bound values. Column names are constants.
QString whereOf(const MerchantFilter& f, const QDateTime& now, QVariantList* values)
{
    QStringList parts{QStringLiteral("r.deleted = 0")};
    QList<MerchantAppStatus> statuses = f.statuses;
    if (f.overdueOnly) {
        QList<MerchantAppStatus> running{MerchantAppStatus::Submitted, MerchantAppStatus::InReview,
                                         MerchantAppStatus::SecondReview};
        if (!statuses.isEmpty()) {
            QList<MerchantAppStatus> both;
            for (MerchantAppStatus s : statuses)
                if (running.contains(s))
                    both << s;
            running = both.isEmpty() ? QList<MerchantAppStatus>{} : both;
            if (both.isEmpty())
                parts << QStringLiteral("0");
        }
        statuses = running;
    }
    if (!statuses.isEmpty()) {
        parts << QStringLiteral("r.status IN (%1)").arg(placeholders(statuses.size()));
        for (MerchantAppStatus s : statuses)
            *values << domain::code(s);
    }
    if (f.overdueOnly) {
        parts << QStringLiteral("r.due_at < ?");
        *values << now.toSecsSinceEpoch();
    }
    if (f.dueBefore.isValid()) {
        parts << QStringLiteral("r.due_at < ?");
        *values << f.dueBefore.toSecsSinceEpoch();
    }
    if (f.kind) {
        parts << QStringLiteral("r.kind = ?");
        *values << domain::code(*f.kind);
    }
    if (!f.category.isEmpty()) {
        parts << QStringLiteral("(',' || r.categories || ',') LIKE ?");
        *values << QStringLiteral("%,") + f.category + QStringLiteral(",%");
    }
    if (!f.firstReviewerId.isEmpty()) {
        parts << QStringLiteral("r.first_reviewer_id = ?");
        *values << f.firstReviewerId;
    }
    if (!f.notFirstReviewerId.isEmpty()) {
        parts << QStringLiteral("COALESCE(r.first_reviewer_id, '') <> ?");
        *values << f.notFirstReviewerId;
    }
    if (f.submittedFrom.isValid()) {
        parts << QStringLiteral("r.submitted_at >= ?");
        *values << f.submittedFrom.toSecsSinceEpoch();
    }
    if (f.submittedTo.isValid()) {
        parts << QStringLiteral("r.submitted_at < ?");
        *values << f.submittedTo.toSecsSinceEpoch();
    }
    if (f.expiringOnly) {
        parts << QStringLiteral("r.docs_expire_on <> '' AND r.docs_expire_on <= ?");
        *values << domain::BusinessCalendar::chinaDate(now).addDays(domain::MerchantDocuments::kExpiringDays).toString(Qt::ISODate);
    }
    const QString text = f.text.trimmed();
    if (!text.isEmpty()) {
        QString escaped = text;
        escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
            .replace(QLatin1Char('%'), QStringLiteral("\\%"))
            .replace(QLatin1Char('_'), QStringLiteral("\\_"));
        const QString upper = text.toUpper();
        parts << QStringLiteral("((r.number >= ? AND r.number < ?) OR (r.credit_code >= ? AND r.credit_code < ?) "
                                "OR r.legal_name LIKE ? ESCAPE '\\')");
        *values << upper << upper + QChar(0xffff) << upper << upper + QChar(0xffff)
                << QStringLiteral("%") + escaped + QStringLiteral("%");
    }
    return QStringLiteral(" WHERE ") + parts.join(QStringLiteral(" AND "));
}

QString orderOf(const MerchantSort& s)
{
    const QString dir = s.order == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
    QString column;
    switch (s.column) {
    case MerchantColumn::Number:
        return QStringLiteral(" ORDER BY r.number ") + dir;
    case MerchantColumn::LegalName:
        column = QStringLiteral("r.legal_name");
        break;
    case MerchantColumn::CreditCode:
        column = QStringLiteral("r.credit_code");
        break;
    case MerchantColumn::Category:
        column = QStringLiteral("r.categories");
        break;
    case MerchantColumn::Kind:
        column = QStringLiteral("r.kind");
        break;
    case MerchantColumn::SubmittedAt:
        column = QStringLiteral("r.submitted_at");
        break;
    case MerchantColumn::Status:
        column = QStringLiteral("r.status");
        break;
    case MerchantColumn::FirstReviewer:
        column = QStringLiteral("r.first_reviewer_id");
        break;
    case MerchantColumn::SecondReviewer:
        column = QStringLiteral("r.second_reviewer_id");
        break;
    case MerchantColumn::Flags:
        column = QStringLiteral("r.docs_expire_on");
        break;
    case MerchantColumn::Due:
    case MerchantColumn::Count:
        // Reviews without a due time (waiting for the merchant, decided) after the others.
        return QStringLiteral(" ORDER BY r.due_at IS NULL, r.due_at ") + dir + QStringLiteral(", r.number");
    }
    return QStringLiteral(" ORDER BY ") + column + QLatin1Char(' ') + dir + QStringLiteral(", r.number");
}

Status requireReader(const Actor& a)
{
    if (a.has(Role::Auditor) || a.has(Role::Manager) || a.has(Role::Admin))
        return {};
    return makeError(ErrorCode::PermissionDenied, MerchantQuery::tr("Your roles do not allow you to see merchant reviews."));
}

// One identity column of a row matching another merchant's (column: a constant).
QString duplicateTest(const QString& column)
{
    return QStringLiteral("(r.%1 <> '' AND EXISTS (SELECT 1 FROM merchant_reviews d WHERE d.%1 = r.%1 "
                          "AND d.merchant_id <> r.merchant_id AND d.deleted = 0))")
        .arg(column);
}

} // namespace

QString displayName(MerchantView view)
{
    switch (view) {
    case MerchantView::WaitingForMe:
        return MerchantQuery::tr("Waiting for me");
    case MerchantView::NotTaken:
        return MerchantQuery::tr("Not taken yet");
    case MerchantView::SecondReview:
        return MerchantQuery::tr("Second review");
    case MerchantView::InfoRequested:
        return MerchantQuery::tr("Info requested");
    case MerchantView::Overdue:
        return MerchantQuery::tr("Overdue");
    case MerchantView::RereviewsThisMonth:
        return MerchantQuery::tr("Re-reviews due this month");
    case MerchantView::AllOpen:
        return MerchantQuery::tr("All open");
    case MerchantView::All:
        return MerchantQuery::tr("All reviews");
    }
    return {};
}

QList<MerchantView> allMerchantViews()
{
    return {MerchantView::WaitingForMe, MerchantView::NotTaken,           MerchantView::SecondReview,
            MerchantView::InfoRequested, MerchantView::Overdue,           MerchantView::RereviewsThisMonth,
            MerchantView::AllOpen,       MerchantView::All};
}

bool MerchantRow::isOverdue(const QDateTime& now) const
{
    return dueAt.isValid() && dueAt < now && status != MerchantAppStatus::InfoRequested
           && !domain::MerchantWorkflow::isFinal(status);
}

bool MerchantRow::isExpiring(QDate today) const
{
    return docsExpireOn.isValid() && docsExpireOn <= today.addDays(domain::MerchantDocuments::kExpiringDays);
}

MerchantQuery::MerchantQuery(storage::Database& db, Actor actor, const Clock* clock)
    : m_db(db)
    , m_actor(std::move(actor))
    , m_clock(clock)
{}

QDateTime MerchantQuery::now() const
{
    return TicketStore::now(m_clock);
}

MerchantFilter MerchantQuery::viewFilter(MerchantView view) const
{
    MerchantFilter f;
    switch (view) {
    case MerchantView::WaitingForMe:
        f.statuses = {MerchantAppStatus::InReview};
        f.firstReviewerId = m_actor.userId;
        break;
    case MerchantView::NotTaken:
        f.statuses = {MerchantAppStatus::Submitted};
        break;
    case MerchantView::SecondReview:
        f.statuses = {MerchantAppStatus::SecondReview};
        if (m_actor.has(Role::Auditor))
            f.notFirstReviewerId = m_actor.userId;
        break;
    case MerchantView::InfoRequested:
        f.statuses = {MerchantAppStatus::InfoRequested};
        break;
    case MerchantView::Overdue:
        f.overdueOnly = true;
        break;
    case MerchantView::RereviewsThisMonth: {
        f.kind = domain::ReviewKind::Rereview;
        f.statuses = openStatuses();
        const QDate today = domain::BusinessCalendar::chinaDate(now());
        const QDate next = QDate(today.year(), today.month(), 1).addMonths(1);
        f.dueBefore = QDateTime(next, QTime(0, 0), Qt::UTC).addSecs(-domain::BusinessCalendar::kChinaUtcOffsetSecs);
        break;
    }
    case MerchantView::AllOpen:
        f.statuses = openStatuses();
        break;
    case MerchantView::All:
        break;
    }
    return f;
}

Result<qint64> MerchantQuery::count(const MerchantFilter& filter) const
{
    SW_TRY(requireReader(m_actor));
    QVariantList values;
    const QString sql = QStringLiteral("SELECT COUNT(*) FROM merchant_reviews r") + whereOf(filter, now(), &values);
    QSqlQuery q(m_db.connection());
    SW_TRY(execQuery(q, sql, values));
    return q.next() ? q.value(0).toLongLong() : 0;
}

Result<QList<MerchantRow>> MerchantQuery::page(const MerchantFilter& filter, const MerchantSort& sort, int offset,
                                               int limit) const
{
    SW_TRY(requireReader(m_actor));
    QVariantList values;
    const QString where = whereOf(filter, now(), &values);
    // The page first (index-driven), then names and flags for its rows only.
    const QString sql =
        QStringLiteral("SELECT r.id, r.number, r.merchant_id, r.kind, r.legal_name, r.credit_code, r.categories, "
                       "r.submitted_at, r.status, COALESCE(u1.display_name, ''), COALESCE(u2.display_name, ''), "
                       "r.due_at, r.docs_expire_on, (") +
        QStringList{duplicateTest(QStringLiteral("credit_code")), duplicateTest(QStringLiteral("legal_rep_id")),
                    duplicateTest(QStringLiteral("bank_account")), duplicateTest(QStringLiteral("contact_phone"))}
            .join(QStringLiteral(" OR ")) +
        QStringLiteral(") FROM (SELECT r.* FROM merchant_reviews r") + where + orderOf(sort) +
        QStringLiteral(" LIMIT ? OFFSET ?) r LEFT JOIN users u1 ON u1.id = r.first_reviewer_id "
                       "LEFT JOIN users u2 ON u2.id = r.second_reviewer_id") +
        orderOf(sort);
    values << limit << offset;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    SW_TRY(execQuery(q, sql, values));
    QList<MerchantRow> out;
    while (q.next()) {
        MerchantRow r;
        r.id = q.value(0).toString();
        r.number = q.value(1).toString();
        r.merchantId = q.value(2).toString();
        r.kind = domain::fromCode<domain::ReviewKind>(q.value(3).toString(), nullptr);
        r.legalName = q.value(4).toString();
        r.creditCode = q.value(5).toString();
        r.categories = q.value(6).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        r.submittedAt = TicketStore::fromEpoch(q.value(7));
        r.status = domain::fromCode<MerchantAppStatus>(q.value(8).toString(), nullptr);
        r.firstReviewerName = q.value(9).toString();
        r.secondReviewerName = q.value(10).toString();
        r.dueAt = TicketStore::fromEpoch(q.value(11));
        r.docsExpireOn = QDate::fromString(q.value(12).toString(), Qt::ISODate);
        r.duplicate = q.value(13).toBool();
        out << r;
    }
    return out;
}

Result<QList<qint64>> MerchantQuery::viewCounts() const
{
    QList<qint64> out;
    for (MerchantView v : allMerchantViews()) {
        auto n = count(viewFilter(v));
        if (!n)
            return n.error();
        out << *n;
    }
    return out;
}

} // namespace sw::services
