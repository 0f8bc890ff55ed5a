#include "services/merchantseeder.h"

#include "domain/businesscalendar.h"
#include "domain/creditcode.h"
#include "domain/merchantidentity.h"
#include "domain/merchantreviewdue.h"
#include "domain/merchantworkflow.h"
#include "services/calendarservice.h"
#include "services/creditfileservice.h"
#include "services/merchantservice.h"
#include "services/sqlsupport.h"
#include "services/uuid.h"
#include "services/writetransaction.h"
#include "storage/database.h"
#include "storage/rawstatement.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlQuery>

namespace sw::services {

namespace {

using domain::MerchantAppStatus;
using storage::RawStatement;

// A 1×1 PNG: every seeded scan (one blob, as the server would keep it).
const QByteArray& tinyPng()
{
    static const QByteArray png = QByteArray::fromBase64(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
    return png;
}

const char* const kCities[] = {"杭州", "上海", "深圳", "广州", "成都", "武汉", "苏州", "南京", "厦门", "青岛"};
const char* const kWords[] = {"好物", "优品", "鲜果", "家居", "童趣", "臻选", "云端", "匠心", "美妆", "数码"};
const char* const kKinds[] = {"商贸有限公司", "电子商务有限公司", "科技有限公司", "食品有限公司", "服饰有限公司"};
const char* const kReps[] = {"陈立", "王敏", "李强", "张伟", "刘洋", "赵静", "孙磊", "周婷"};
const char* const kCategories[] = {"general", "apparel", "electronics", "home", "food", "cosmetics",
                                   "maternal_infant", "brand_flagship"};

MerchantAppStatus statusFor(quint32 roll)
{
    if (roll < 10)
        return MerchantAppStatus::Submitted;
    if (roll < 25)
        return MerchantAppStatus::InReview;
    if (roll < 30)
        return MerchantAppStatus::InfoRequested;
    if (roll < 35)
        return MerchantAppStatus::SecondReview;
    if (roll < 90)
        return MerchantAppStatus::Approved;
    return MerchantAppStatus::Rejected;
}

QString digits(QRandomGenerator& rng, int n)
{
    QString out;
    for (int i = 0; i < n; ++i)
        out += QChar(u'0' + rng.bounded(10));
    return out;
}

} // namespace

Result<MerchantSeedReport> seedMerchants(storage::Database& db, qint64 count, quint64 seed)
{
    QElapsedTimer timer;
    timer.start();
    MerchantService::declareTables();
    CreditFileService::declareTables();
    QSqlDatabase conn = db.connection();
    sqlite3* handle = storage::rawHandle(conn);
    if (!handle)
        return makeError(ErrorCode::Internal, QCoreApplication::translate("Seed", "The demo data could not be written."),
                         QStringLiteral("no handle"));
    auto calendar = CalendarService::effectiveCalendar(conn);
    if (!calendar)
        return calendar.error();
    QString hlc;
    {
        auto tx = WriteTransaction::begin(conn, Actor::system());
        if (!tx)
            return tx.error();
        hlc = tx->hlc();
    }
    QStringList auditors;
    {
        QSqlQuery q(conn);
        SW_TRY(execQuery(q, QStringLiteral("SELECT u.id FROM users u JOIN user_roles r ON r.user_id = u.id "
                                           "WHERE r.role_id = ? AND u.active = 1 AND u.deleted = 0 AND r.deleted = 0"),
                         {domain::roleId(domain::Role::Auditor)}));
        while (q.next())
            auditors << q.value(0).toString();
    }
    QSqlQuery maxNumber(conn);
    SW_TRY(execQuery(maxNumber, QStringLiteral("SELECT COUNT(*) FROM merchant_reviews")));
    const qint64 offset = maxNumber.next() ? maxNumber.value(0).toLongLong() : 0;
    maxNumber.finish();

    QRandomGenerator rng(quint32(seed * 2654435761ULL + quint64(offset)));
    const QString system = Actor::systemId();
    const QByteArray scan = tinyPng();
    const QString sha = QString::fromLatin1(QCryptographicHash::hash(scan, QCryptographicHash::Sha256).toHex());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDate today = domain::BusinessCalendar::chinaDate(now);

    SW_TRY(storage::rawExec(handle, "BEGIN"));
    MerchantSeedReport report;
    Status written;
    {
        RawStatement merchant(handle, "INSERT INTO merchants (id, name, hlc, updated_by) VALUES (?1, ?2, ?3, ?4)");
        RawStatement review(
            handle,
            "INSERT INTO merchant_reviews (id, number, merchant_id, kind, rereview_cause, legal_name, credit_code, "
            "legal_rep, legal_rep_id, contact_name, contact_phone, bank_account, categories, brand, status, "
            "submitted_at, first_reviewer_id, second_reviewer_id, pauses, due_at, decided_at, reject_reason, "
            "reject_text, docs_expire_on, created_by, hlc, updated_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, "
            "?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25, ?26, ?27)");
        RawStatement document(
            handle,
            "INSERT INTO merchant_documents (id, review_id, kind, number, valid_until, file_name, mime_type, size, "
            "sha256, content, verified, verified_by, added_at, added_by, hlc, updated_by) VALUES (?1, ?2, ?3, ?4, ?5, "
            "?6, 'image/png', ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)");
        RawStatement event(handle,
                           "INSERT INTO merchant_review_events (id, review_id, at, actor_id, action, status, hlc, "
                           "updated_by) VALUES (?1, ?2, ?3, ?4, 'submitted', ?5, ?6, ?7)");
        for (RawStatement* s : {&merchant, &review, &document, &event})
            if (!s->ok())
                written = s->prepareError();
        QString lastPhone;
        QString lastBank;
        for (qint64 i = 0; written && i < count; ++i) {
            const qint64 n = offset + i + 1;
            const QString merchantId = newUuid();
            const QString name = QString::fromUtf8(kCities[rng.bounded(10)]) + QString::fromUtf8(kWords[rng.bounded(10)]) +
                                 QString::number(n) + QString::fromUtf8(kKinds[rng.bounded(5)]);
            merchant.textCopy(1, merchantId), merchant.textCopy(2, name), merchant.textCopy(3, hlc),
                merchant.textCopy(4, system);
            written = merchant.run();
            const MerchantAppStatus status = statusFor(rng.bounded(100));
            const bool rereview = status != MerchantAppStatus::Rejected && rng.bounded(10) == 0;
            const QDateTime submitted = now.addSecs(-qint64(rng.bounded(400u * 86400u)) - 3600);
            const QString first17 = QStringLiteral("91") + digits(rng, 6) + digits(rng, 8) + QLatin1Char('A');
            const QString code = first17 + domain::CreditCode::checkCharacter(first17);
            const QString id17 = QStringLiteral("110105") +
                                 QDate(1960 + int(rng.bounded(40)), 1 + int(rng.bounded(12)), 1 + int(rng.bounded(28)))
                                     .toString(QStringLiteral("yyyyMMdd")) +
                                 digits(rng, 3);
            const QString repId = id17 + domain::MerchantIdentity::residentIdCheckCharacter(id17);
            QString phone = QStringLiteral("13") + digits(rng, 9);
            QString bank = QStringLiteral("6222") + digits(rng, 15);
            if (!lastPhone.isEmpty() && rng.bounded(100) == 0)
                phone = lastPhone; // a duplicate for the flags
            if (!lastBank.isEmpty() && rng.bounded(200) == 0)
                bank = lastBank;
            lastPhone = phone;
            lastBank = bank;
            QStringList categories{QString::fromLatin1(kCategories[rng.bounded(8)])};
            if (rng.bounded(4) == 0)
                categories << QString::fromLatin1(kCategories[rng.bounded(8)]);
            categories.removeDuplicates();
            QString firstReviewer;
            QString secondReviewer;
            if (status != MerchantAppStatus::Submitted && !auditors.isEmpty()) {
                firstReviewer = auditors.at(int(rng.bounded(quint32(auditors.size()))));
                if ((status == MerchantAppStatus::Approved || status == MerchantAppStatus::Rejected)
                    && auditors.size() > 1) {
                    do
                        secondReviewer = auditors.at(int(rng.bounded(quint32(auditors.size()))));
                    while (secondReviewer == firstReviewer);
                }
            }
            QList<domain::ReviewPause> pauses;
            if (status == MerchantAppStatus::InfoRequested)
                pauses << domain::ReviewPause{submitted.addSecs(3600), {}};
            const bool decided = domain::MerchantWorkflow::isFinal(status);
            const auto due = decided ? std::nullopt : domain::MerchantReviewDue::due(*calendar, submitted, pauses);
            const QDate expires = today.addDays(qint64(rng.bounded(1100)) - 30);
            const QString reviewId = newUuid();
            review.textCopy(1, reviewId);
            review.textCopy(2, QStringLiteral("MR-%1-%2")
                                   .arg(domain::BusinessCalendar::chinaDate(submitted).toString(QStringLiteral("yyyyMMdd")))
                                   .arg(n, 6, 10, QLatin1Char('0')));
            review.textCopy(3, merchantId);
            review.textCopy(4, rereview ? QStringLiteral("rereview") : QStringLiteral("application"));
            review.textCopy(5, rereview ? QStringLiteral("anniversary") : QString());
            review.textCopy(6, name);
            review.textCopy(7, code);
            review.textCopy(8, QString::fromUtf8(kReps[rng.bounded(8)]));
            review.textCopy(9, repId);
            review.textCopy(10, QString::fromUtf8(kReps[rng.bounded(8)]));
            review.textCopy(11, phone);
            review.textCopy(12, bank);
            review.textCopy(13, categories.join(QLatin1Char(',')));
            review.textCopy(14, QString::fromUtf8(kWords[rng.bounded(10)]));
            review.textCopy(15, domain::code(status));
            review.integer(16, submitted.toSecsSinceEpoch());
            firstReviewer.isEmpty() ? review.null(17) : review.textCopy(17, firstReviewer);
            secondReviewer.isEmpty() ? review.null(18) : review.textCopy(18, secondReviewer);
            review.textCopy(19, pauses.isEmpty() ? QStringLiteral("[]")
                                                 : QStringLiteral("[[%1,null]]").arg(pauses.first().from.toSecsSinceEpoch()));
            due ? review.integer(20, due->toSecsSinceEpoch()) : review.null(20);
            decided ? review.integer(21, submitted.addSecs(2 * 86400).toSecsSinceEpoch()) : review.null(21);
            review.textCopy(22, status == MerchantAppStatus::Rejected ? QStringLiteral("incomplete_documents") : QString());
            review.textCopy(23, status == MerchantAppStatus::Rejected ? QStringLiteral("缺少食品经营许可证") : QString());
            review.textCopy(24, expires.toString(Qt::ISODate));
            review.textCopy(25, system);
            review.textCopy(26, hlc);
            review.textCopy(27, system);
            if (written)
                written = review.run();
            static const char* const kDocKinds[] = {"business_licence", "tax_registration", "legal_rep_id"};
            for (int k = 0; written && k < 3; ++k) {
                document.textCopy(1, newUuid());
                document.textCopy(2, reviewId);
                document.text(3, kDocKinds[k]);
                document.textCopy(4, k == 2 ? repId : QStringLiteral("%1-%2").arg(k == 0 ? "BL" : "TX").arg(n));
                document.textCopy(5, k == 1 ? QString() : (k == 0 ? expires : expires.addYears(3)).toString(Qt::ISODate));
                document.textCopy(6, QStringLiteral("scan-%1.png").arg(k + 1));
                document.integer(7, scan.size());
                document.textCopy(8, sha);
                document.blob(9, scan);
                document.integer(10, decided ? 1 : 0);
                decided && !firstReviewer.isEmpty() ? document.textCopy(11, firstReviewer) : document.null(11);
                document.integer(12, submitted.toSecsSinceEpoch());
                document.textCopy(13, system);
                document.textCopy(14, hlc);
                document.textCopy(15, system);
                written = document.run();
            }
            if (written) {
                event.textCopy(1, newUuid()), event.textCopy(2, reviewId), event.integer(3, submitted.toSecsSinceEpoch()),
                    event.textCopy(4, system), event.textCopy(5, domain::code(MerchantAppStatus::Submitted)),
                    event.textCopy(6, hlc), event.textCopy(7, system);
                written = event.run();
            }
            ++report.merchants;
            ++report.reviews;
            report.documents += 3;
        }
    }
    if (!written) {
        (void)storage::rawExec(handle, "ROLLBACK");
        return written.error();
    }
    SW_TRY(storage::rawExec(handle, "COMMIT"));
    SW_TRY(storage::rawExec(handle, "ANALYZE"));
    report.seconds = double(timer.nsecsElapsed()) / 1e9;
    return report;
}

} // namespace sw::services
