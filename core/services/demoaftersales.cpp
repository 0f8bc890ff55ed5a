// Demo after-sales requests for `./scripts/run --demo` and `shopwarden-admin seed` (see
// createDemoAfterSales() in demodata.h). Every step goes through AfterSalesService with a
// ManualClock set into the past, so the requests have real ages, due times and decisions,
// and every rule (eligibility, ladder, workflow) holds.

#include "clock.h"
#include "domain/businesscalendar.h"
#include "services/aftersalesservice.h"
#include "services/demodata.h"
#include "services/demostaff_p.h"
#include "services/sqlsupport.h"
#include "storage/database.h"

#include <QBuffer>
#include <QImage>
#include <QSqlQuery>

namespace sw::services {

using domain::AfterSalesKind;
using domain::AfterSalesReason;
using domain::AfterSalesStatus;
using domain::ItemFlag;
using domain::Role;
using demo::staff;

namespace {

// A 16×16 PNG in a colour of its own, so each demo claim has a distinct file (and hash).
QByteArray demoEvidencePhoto(int index)
{
    QImage image(16, 16, QImage::Format_RGB32);
    image.fill(QColor::fromHsv((index * 47) % 360, 160, 220));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

struct DemoStaff
{
    Actor agent1, agent2, agent3, lead1, lead2, manager;
};

// Seeded tickets the requester owns, with an order number: (id, order no.).
Result<QList<QPair<QString, QString>>> ownTickets(QSqlDatabase db, const QString& ownerId)
{
    QSqlQuery q(db);
    SW_TRY(execQuery(q,
                     QStringLiteral("SELECT id, order_no FROM tickets WHERE owner_id = ? AND order_no <> '' "
                                    "AND merged_into IS NULL AND deleted = 0 ORDER BY n LIMIT 8"),
                     {ownerId}));
    QList<QPair<QString, QString>> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString()});
    return out;
}

// One demo request: who asks, what, how long ago, and the steps after creation.
enum class Step { Submit, Approve1, Approve2, ReturnInfo, Reject, Override, Execute, Close, Withdraw };

struct Plan
{
    int requester; // 0 agent1, 1 agent2, 2 agent3
    AfterSalesKind kind;
    AfterSalesReason reason;
    const char* item;
    const char* text;
    const char* amount;
    const char* orderTotal;
    int deliveredDaysAgo;
    int hoursAgo; // creation time; the steps follow an hour apart
    int evidence;
    domain::ItemFlags flags;
    QList<Step> steps;
    const char* compensation = "";
};

class Builder
{
public:
    Builder(storage::Database& db, const DemoStaff& people, const QDateTime& now)
        : m_db(db)
        , m_people(people)
        , m_now(now)
        , m_clock(now)
    {}

    Status run(const Plan& plan, const QPair<QString, QString>& ticket, int index)
    {
        const Actor requester = plan.requester == 0   ? m_people.agent1
                                : plan.requester == 1 ? m_people.agent2
                                                      : m_people.agent3;
        QDateTime at = m_now.addSecs(-qint64(plan.hoursAgo) * 3600);
        m_clock.set(at);
        const QDate today = domain::BusinessCalendar::chinaDate(at);

        AfterSalesDraft d;
        d.kind = plan.kind;
        d.reason = plan.reason;
        d.reasonText = QString::fromUtf8(plan.text);
        d.ticketId = ticket.first;
        d.orderNo = ticket.second.isEmpty()
                        ? QStringLiteral("SO-DEMO-%1").arg(index + 1, 4, 10, QLatin1Char('0'))
                        : ticket.second;
        d.deliveredOn = today.addDays(-plan.deliveredDaysAgo);
        d.itemName = QString::fromUtf8(plan.item);
        d.itemFlags = plan.flags;
        // Quality claims carry a real (tiny, generated) photo rather than only a count.
        if (domain::isQualityClaim(plan.reason) && plan.evidence > 0)
            d.evidence = {AfterSalesFile{QStringLiteral("evidence-%1.png").arg(index + 1), demoEvidencePhoto(index)}};
        else
            d.evidenceCount = plan.evidence;
        d.amount = QString::fromUtf8(plan.amount);
        d.orderTotal = QString::fromUtf8(plan.orderTotal);
        d.compensation = QString::fromUtf8(plan.compensation);
        auto id = AfterSalesService(m_db, requester, &m_clock).create(d);
        if (!id)
            return id.error();

        for (Step step : plan.steps) {
            at = at.addSecs(3600);
            m_clock.set(at);
            SW_TRY(apply(step, *id, requester));
        }
        return {};
    }

private:
    // Who decides: someone who qualifies for the amount's level and is not the requester.
    Actor approverFor(const QString& id, const Actor& requester, bool second)
    {
        auto r = AfterSalesService(m_db, m_people.manager, &m_clock).get(id);
        const domain::ApprovalLevel level =
            r ? domain::ApprovalLadder().requiredLevel(r->amount) : domain::ApprovalLevel::Manager;
        switch (level) {
        case domain::ApprovalLevel::Agent:
            return requester.userId == m_people.agent2.userId ? m_people.agent1 : m_people.agent2;
        case domain::ApprovalLevel::Lead:
            return second ? m_people.lead2 : m_people.lead1;
        case domain::ApprovalLevel::Manager:
            break;
        }
        return m_people.manager;
    }

    Status apply(Step step, const QString& id, const Actor& requester)
    {
        switch (step) {
        case Step::Submit: {
            auto s = AfterSalesService(m_db, requester, &m_clock).submitForApproval(id);
            return s ? Status() : Status(s.error());
        }
        case Step::Approve1:
            return AfterSalesService(m_db, approverFor(id, requester, false), &m_clock).approve(id);
        case Step::Approve2:
            return AfterSalesService(m_db, approverFor(id, requester, true), &m_clock).approve(id);
        case Step::ReturnInfo:
            return AfterSalesService(m_db, approverFor(id, requester, false), &m_clock)
                .returnForInfo(id, QStringLiteral("请补充商品破损处的近照和快递面单照片。"));
        case Step::Reject:
            return AfterSalesService(m_db, approverFor(id, requester, false), &m_clock)
                .reject(id, domain::RejectionReason::DamageByMisuse,
                        QStringLiteral("检测报告显示为进水导致的人为损坏，不属于质量问题。"));
        case Step::Override:
            return AfterSalesService(m_db, m_people.manager, &m_clock)
                .overrideEligibility(id, QStringLiteral("老客户，商家同意特殊处理，平台承担运费。"));
        case Step::Execute:
            return AfterSalesService(m_db, requester, &m_clock).markExecuted(id);
        case Step::Close:
            return AfterSalesService(m_db, requester, &m_clock).close(id);
        case Step::Withdraw:
            return AfterSalesService(m_db, requester, &m_clock)
                .close(id, QStringLiteral("客户来电撤回申请，已与商家协商换新。"));
        }
        return {};
    }

    storage::Database& m_db;
    const DemoStaff& m_people;
    QDateTime m_now;
    ManualClock m_clock;
};

QList<Plan> plans()
{
    using K = AfterSalesKind;
    using R = AfterSalesReason;
    using S = Step;
    const domain::ItemFlags none;
    // clang-format off
    return {
        // Submitted, not yet sent for approval.
        {0, K::Refund, R::QualityProblem, "304 不锈钢保温杯 500ml", "杯盖密封圈漏水", "89.00", "129.00",
         3, 2, 2, none, {}},
        // Checking: the no-reason window has passed; waits for a manager (overdue).
        {1, K::Refund, R::NoReasonReturn, "纯棉四件套 1.8m", "不喜欢颜色，想退货", "399.00", "399.00",
         12, 30, 0, none, {S::Submit}},
        // Awaiting approval at agent level.
        {0, K::Exchange, R::WrongItem, "运动袜 5 双装", "收到的尺码是 M，下单的是 L", "59.90", "59.90",
         2, 5, 1, none, {S::Submit}},
        // Awaiting approval at lead level, overdue.
        {2, K::Refund, R::NotAsDescribed, "蓝牙降噪耳机", "页面写支持主动降噪，实际没有", "860.00", "899.00",
         4, 28, 3, none, {S::Submit}},
        // Awaiting approval above ¥10,000: one of two manager approvals given.
        {1, K::Refund, R::QualityProblem, "65 英寸 4K 智能电视", "开机后屏幕有竖线，商家检测确认面板故障",
         "12,800.00", "12,999.00", 5, 20, 4, none, {S::Submit, S::Approve1}},
        // Returned for more information.
        {0, K::Refund, R::DamagedInTransit, "陶瓷餐具套装", "收到时两个盘子碎了", "320.00", "468.00",
         1, 26, 1, none, {S::Submit, S::ReturnInfo}},
        // Approved, waiting to be carried out.
        {2, K::Refund, R::QualityProblem, "空气炸锅 5L", "加热一次后不再工作", "1,299.00", "1,299.00",
         6, 22, 2, none, {S::Submit, S::Approve1}},
        // Rejected.
        {1, K::Refund, R::QualityProblem, "智能手表", "屏幕不亮", "2,680.00", "2,680.00",
         8, 50, 2, none, {S::Submit, S::Reject}},
        // Executed this week.
        {0, K::Refund, R::MissingParts, "儿童积木 300 粒", "缺少说明书和两块底板", "199.00", "259.00",
         3, 12, 2, none, {S::Submit, S::Approve1, S::Execute}},
        // Closed after a repair (platform at fault: a compensation line).
        {2, K::Repair, R::QualityProblem, "扫地机器人", "主刷不转，保修期内", "456.00", "1,899.00",
         90, 72, 2, none, {S::Submit, S::Approve1, S::Execute, S::Close}, "30.00"},
        // Excluded item (perishable), overridden by the manager, awaiting a lead.
        {1, K::Refund, R::NoReasonReturn, "阳澄湖大闸蟹礼盒", "客户收货时不在家，商品变质", "580.00", "580.00",
         2, 9, 0, ItemFlag::Perishable, {S::Submit, S::Override}},
        // Withdrawn by the customer.
        {0, K::Exchange, R::NotAsDescribed, "羊毛大衣", "颜色与图片差异较大", "1,080.00", "1,080.00",
         5, 40, 2, none, {S::Submit, S::Withdraw}},
    };
    // clang-format on
}

} // namespace

Result<int> createDemoAfterSales(storage::Database& db, const QDateTime& nowIn)
{
    QSqlDatabase conn = db.connection();
    auto existing = demo::hasRows(conn, QStringLiteral("aftersales_requests"));
    if (!existing)
        return existing.error();
    if (*existing)
        return 0;
    DemoStaff people;
    const QList<std::pair<Actor*, std::pair<const char*, Role>>> logins = {
        {&people.agent1, {"agent1", Role::Agent}}, {&people.agent2, {"agent2", Role::Agent}},
        {&people.agent3, {"agent3", Role::Agent}}, {&people.lead1, {"lead1", Role::Lead}},
        {&people.lead2, {"lead2", Role::Lead}},    {&people.manager, {"manager", Role::Manager}}};
    for (const auto& [actor, login] : logins) {
        auto found = staff(conn, QString::fromLatin1(login.first), login.second);
        if (!found)
            return found.code() == ErrorCode::NotFound ? Result<int>(0) : Result<int>(found.error());
        *actor = *found;
    }

    QList<QList<QPair<QString, QString>>> tickets;
    for (const Actor* a : {&people.agent1, &people.agent2, &people.agent3}) {
        auto own = ownTickets(conn, a->userId);
        if (!own)
            return own.error();
        tickets << *own;
    }

    const QDateTime now = nowIn.isValid() ? nowIn.toUTC() : QDateTime::currentDateTimeUtc();
    Builder builder(db, people, now);
    const QList<Plan> all = plans();
    QList<int> used{0, 0, 0};
    for (int i = 0; i < all.size(); ++i) {
        const Plan& plan = all.at(i);
        QPair<QString, QString> ticket;
        QList<QPair<QString, QString>>& mine = tickets[plan.requester];
        if (used[plan.requester] < mine.size())
            ticket = mine.at(used[plan.requester]++);
        SW_TRY(builder.run(plan, ticket, i));
    }
    return int(all.size());
}

} // namespace sw::services
