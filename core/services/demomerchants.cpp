// Demo merchant reviews (createDemoMerchants() in demodata.h). Every step goes through
// MerchantService and CreditFileService with a ManualClock set into the past, so reviews
// have real due times, timelines and credit histories, and every rule holds.

#include "clock.h"
#include "domain/businesscalendar.h"
#include "domain/creditcode.h"
#include "domain/merchantidentity.h"
#include "services/creditfileservice.h"
#include "services/demodata.h"
#include "services/demostaff_p.h"
#include "services/merchantservice.h"
#include "services/sqlsupport.h"
#include "storage/database.h"

#include <QBuffer>
#include <QImage>
#include <QSqlQuery>

namespace sw::services {

using domain::DocumentKind;
using domain::Role;

namespace {

// A scan-like PNG: a pale page with a coloured band, distinct per document.
QByteArray demoScan(int index)
{
    QImage image(420, 300, QImage::Format_RGB32);
    image.fill(QColor(0xfa, 0xfa, 0xf5));
    for (int y = 20; y < 60; ++y)
        for (int x = 20; x < 400; ++x)
            image.setPixelColor(x, y, QColor::fromHsv((index * 53) % 360, 120, 200));
    for (int line = 0; line < 8; ++line)
        for (int x = 30; x < 380 - (line % 3) * 40; ++x)
            image.setPixelColor(x, 90 + line * 22, QColor(0x90, 0x90, 0x90));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

QString creditCode(int n)
{
    const QString first17 = QStringLiteral("91330106") + QStringLiteral("%1").arg(n * 7919, 8, 10, QLatin1Char('0')) +
                            QLatin1Char('X');
    return first17 + domain::CreditCode::checkCharacter(first17);
}

QString residentId(int n)
{
    const QString first17 = QStringLiteral("33010619800412") + QStringLiteral("%1").arg(n * 37 % 1000, 3, 10, QLatin1Char('0'));
    return first17 + domain::MerchantIdentity::residentIdCheckCharacter(first17);
}

struct Demo
{
    const char* name;
    const char* rep;
    const char* category;
    int expiresInDays; // the business licence's validity from "now"
};

MerchantApplicationDraft draftFor(int n, const Demo& d, const QDate& today)
{
    MerchantApplicationDraft draft;
    draft.legalName = QString::fromUtf8(d.name);
    draft.creditCode = creditCode(n);
    draft.legalRep = QString::fromUtf8(d.rep);
    draft.legalRepId = residentId(n);
    draft.contactName = QString::fromUtf8(d.rep);
    draft.contactPhone = QStringLiteral("1391234%1").arg(n, 4, 10, QLatin1Char('0'));
    draft.bankAccount = QStringLiteral("6222 0212 0000 %1").arg(n, 4, 10, QLatin1Char('0'));
    draft.categories = {QString::fromLatin1(d.category)};
    draft.brand = draft.legalName.left(4);
    draft.documents = {
        {DocumentKind::BusinessLicence, QStringLiteral("33010600%1").arg(n, 6, 10, QLatin1Char('0')),
         today.addDays(d.expiresInDays), QStringLiteral("营业执照.png"), demoScan(n * 3)},
        {DocumentKind::TaxRegistration, QStringLiteral("SW%1").arg(n, 8, 10, QLatin1Char('0')), QDate(),
         QStringLiteral("税务登记.png"), demoScan(n * 3 + 1)},
        {DocumentKind::LegalRepId, residentId(n), today.addYears(8), QStringLiteral("法人身份证.png"), demoScan(n * 3 + 2)},
    };
    const QString category = QString::fromLatin1(d.category);
    if (category == QLatin1String("food") || category == QLatin1String("cosmetics")
        || category == QLatin1String("maternal_infant") || category == QLatin1String("medical_devices"))
        draft.documents.append({DocumentKind::IndustryPermit, QStringLiteral("JY1330106%1").arg(n, 6, 10, QLatin1Char('0')),
                                today.addYears(2), QStringLiteral("许可证.png"), demoScan(n * 3 + 9)});
    if (category == QLatin1String("brand_flagship"))
        draft.documents.append({DocumentKind::BrandAuthorisation, QStringLiteral("TM%1").arg(n, 7, 10, QLatin1Char('0')),
                                today.addYears(3), QStringLiteral("商标授权书.png"), demoScan(n * 3 + 10)});
    return draft;
}

} // namespace

Result<int> createDemoMerchants(storage::Database& db, const QDateTime& nowIn)
{
    QSqlDatabase conn = db.connection();
    auto existing = demo::hasRows(conn, QStringLiteral("merchant_reviews"));
    if (!existing)
        return existing.error();
    if (*existing)
        return 0;
    auto a1 = demo::staff(conn, QStringLiteral("auditor1"), Role::Auditor);
    auto a2 = demo::staff(conn, QStringLiteral("auditor2"), Role::Auditor);
    auto manager = demo::staff(conn, QStringLiteral("manager"), Role::Manager);
    for (const auto* found : {&a1, &a2, &manager})
        if (!*found)
            return found->code() == ErrorCode::NotFound ? Result<int>(0) : Result<int>(found->error());
    const QDateTime now = nowIn.isValid() ? nowIn : QDateTime::currentDateTimeUtc();
    ManualClock clock(now);
    MerchantService s1(db, *a1, &clock);
    MerchantService s2(db, *a2, &clock);
    CreditFileService credit(db, *a1, &clock);
    // A merchant of the demo disputes, so its credit file takes in a lost dispute.
    QString disputeMerchant;
    {
        QSqlQuery q(conn);
        SW_TRY(execQuery(q, QStringLiteral("SELECT m.name FROM dispute_outcomes o JOIN merchants m ON m.id = o.merchant_id "
                                           "WHERE o.final = 1 AND o.upheld = 1 AND o.deleted = 0 LIMIT 1")));
        if (q.next())
            disputeMerchant = q.value(0).toString();
    }
    const Demo demos[] = {
        {"杭州鲜果坊食品有限公司", "陈立", "food", 400},             // 0 submitted
        {"上海云裳服饰有限公司", "王敏", "apparel", 500},            // 1 submitted (shares a phone with 7)
        {"深圳极客数码科技有限公司", "李强", "electronics", 700},    // 2 in review
        {"广州美颜化妆品有限公司", "张伟", "cosmetics", 300},        // 3 information requested
        {"成都童趣母婴用品有限公司", "刘洋", "maternal_infant", 900}, // 4 second review
        {"苏州匠心家居有限公司", "赵静", "home", 20},                // 5 approved, licence expiring
        {"厦门海韵品牌管理有限公司", "孙磊", "brand_flagship", 800}, // 6 approved, 13 months ago
        {"南京优品商贸有限公司", "周婷", "general", 600},            // 7 rejected
        {"武汉臻选电子商务有限公司", "吴昊", "general", 650},        // 8 approved (credit history)
    };
    const int count = int(std::size(demos));
    int made = 0;
    for (int i = 0; i < count; ++i) {
        // Older steps first: the clock walks from the submission to now.
        const qint64 daysAgo = i == 6 ? 400 : (i == 8 ? 120 : 6 - (i % 5));
        clock.set(now.addDays(-daysAgo).addSecs(-3600 * (i + 1)));
        const QDate today = domain::BusinessCalendar::chinaDate(clock.now());
        MerchantApplicationDraft draft = draftFor(i + 1, demos[i], today.addDays(daysAgo));
        if (i == 8 && !disputeMerchant.isEmpty())
            draft.legalName = disputeMerchant;
        if (i == 1)
            draft.contactPhone = QStringLiteral("+86 139-1234-0008"); // merchant 7's phone
        auto id = s1.submit(draft);
        if (!id)
            return id.error();
        ++made;
        clock.advanceSecs(2 * 3600);
        switch (i) {
        case 0:
        case 1:
            break;
        case 2:
            SW_TRY(s1.take(*id));
            break;
        case 3:
            SW_TRY(s1.take(*id));
            clock.advanceSecs(3600);
            SW_TRY(s1.requestInfo(*id, domain::InfoRequestReason::ExpiredDocument,
                                  QStringLiteral("化妆品生产许可证已过期，请提供新证扫描件")));
            break;
        case 4:
            SW_TRY(s2.take(*id));
            clock.advanceSecs(5 * 3600);
            SW_TRY(s2.firstApprove(*id, QStringLiteral("证照齐全，信息一致")));
            break;
        case 5:
        case 6:
        case 8: {
            SW_TRY(s1.take(*id));
            auto docs = s1.documents(*id);
            if (!docs)
                return docs.error();
            for (const MerchantDocumentRow& d : *docs)
                SW_TRY(s1.setVerified(d.id, true));
            clock.advanceSecs(4 * 3600);
            SW_TRY(s1.firstApprove(*id, QStringLiteral("证照核验无误")));
            clock.advanceSecs(20 * 3600);
            SW_TRY(s2.secondApprove(*id, QStringLiteral("复核通过")));
            break;
        }
        case 7:
            SW_TRY(s2.take(*id));
            clock.advanceSecs(3 * 3600);
            SW_TRY(s2.reject(*id, domain::MerchantRejectReason::FalseInformation,
                             QStringLiteral("营业执照注册地址与申请信息不符，经核实为虚假信息")));
            break;
        }
        if (i == 8) {
            auto merchant = s1.get(*id);
            if (!merchant)
                return merchant.error();
            const QString m = merchant->merchantId;
            clock.set(now.addDays(-60));
            auto upheld = credit.recordEvent(m, domain::CreditEventKind::UpheldComplaint,
                                             QStringLiteral("买家投诉发货延迟，经核实成立"), clock.now().date());
            if (!upheld)
                return upheld.error();
            clock.set(now.addDays(-30));
            auto failed = credit.recordEvent(m, domain::CreditEventKind::FailedSpotCheck,
                                             QStringLiteral("抽检报告 CJ-2026-118：标签成分与实物不符"), clock.now().date());
            if (!failed)
                return failed.error();
            auto warning = credit.addAction(m, domain::CreditActionKind::Warning,
                                            QStringLiteral("抽检不合格，依《平台服务规范》给予警告"), clock.now().date(), {});
            if (!warning)
                return warning.error();
            clock.set(now.addDays(-1));
            auto clean = credit.recordEvent(m, domain::CreditEventKind::CleanQuarter,
                                            QStringLiteral("第三季度无违规记录"), clock.now().date());
            if (!clean)
                return clean.error();
            auto disputes = credit.importDisputeOutcomes(m);
            if (!disputes)
                return disputes.error();
        }
    }
    // The re-reviews due today: the merchant approved 13 months ago and the one whose
    // licence expires within 30 days.
    clock.set(now);
    auto rereviews = s1.generateRereviews(domain::BusinessCalendar::chinaDate(now));
    if (!rereviews)
        return rereviews.error();
    return made + *rereviews;
}

} // namespace sw::services
