// Demo disputes 纠纷调解 for `./scripts/run --demo` and `shopwarden-admin seed` (see
// createDemoDisputes() in demodata.h). Like the demo after-sales requests, every step goes
// through DisputeService with a ManualClock set into the past, so deadlines, decisions and
// appeal periods are real and every rule (evidence period, who decides, one appeal) holds.

#include "clock.h"
#include "services/demodata.h"
#include "services/demostaff_p.h"
#include "services/disputeservice.h"
#include "services/sqlsupport.h"
#include "services/ticketstore.h"
#include "storage/database.h"

#include <QSqlQuery>

#include <optional>
#include <tuple>

namespace sw::services {

using domain::DisputeOutcome;
using domain::DisputeParty;
using domain::Role;
using demo::staff;

namespace {

struct DemoStaff
{
    QList<Actor> agents; // agent1 … agent3
    Actor lead;          // lead1: adds the platform's findings and makes first decisions
    Actor manager;       // decides appeals (never the first decision's mediator)
};

// What a dispute can be about: a number for DisputeService::draftFor, who handles it (the
// request's requester or the ticket's owner) and since when it exists.
struct Source
{
    QString number;
    QString agentId;
    QDateTime createdAt;
};

Result<QList<Source>> sources(QSqlDatabase db, const QString& sql, const QStringList& agentIds)
{
    QSqlQuery q(db);
    SW_TRY(execQuery(q, sql, {agentIds.value(0), agentIds.value(1), agentIds.value(2)}));
    QList<Source> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), TicketStore::fromEpoch(q.value(2))});
    return out;
}

enum class Step { Buyer, Merchant, Platform, Decide, Appeal, DecideAppeal, Close, Settle };

struct Act
{
    Step step;
    int hoursAfterOpening;
    const char* text;
    int attachments = 0;                               // statements
    DisputeOutcome outcome = DisputeOutcome::Rejected; // decisions
    const char* amount = "";                           // partial refund
    DisputeParty party = DisputeParty::Buyer;          // appeals
};

struct Plan
{
    bool fromRequest; // else a ticket without a request; falls back to the other kind
    int hoursAgo;     // when it was opened
    const char* subject;
    const char* claim; // empty: the request's amount
    QList<Act> acts;
};

QList<Plan> plans()
{
    using S = Step;
    using O = DisputeOutcome;
    using P = DisputeParty;
    // clang-format off
    return {
        // Open, collecting evidence: the buyer has spoken, the mediator noted the logistics record.
        {true, 8, "商家拒绝退款，买家认为商品存在质量问题", "", {
            {S::Buyer, 1, "收到后第二天屏幕就不亮了，已附开箱视频和故障照片。", 3},
            {S::Platform, 4, "已调取物流签收记录：包裹签收时外包装完好。"}}},
        // Open, both parties submitted within the period: waits for the mediator's decision.
        {false, 30, "商品与描述不符，要求全额退款", "268.00", {
            {S::Buyer, 2, "页面标注为真皮，收到的是 PU 材质，附材质对比照片。", 2},
            {S::Merchant, 20, "商品详情页已注明材质为超纤皮，不存在虚假宣传。", 1}}},
        // Open past the evidence deadline (the merchant never answered): overdue for a decision.
        {true, 70, "商家超时未处理售后，买家申请平台介入", "", {
            {S::Buyer, 3, "多次联系商家无回复，附聊天记录截图。", 4}}},
        // Decided (partial refund); the appeal period is still running.
        {false, 120, "快递破损，买家与商家对责任有争议", "300.00", {
            {S::Buyer, 2, "外箱明显压坏，内部商品碎裂，附签收时照片。", 3},
            {S::Merchant, 10, "发货时包装完好，应由快递公司承担责任。", 1},
            {S::Platform, 30, "快递公司确认运输途中外箱受压，商家未使用防震包装。"},
            {S::Decide, 50, "商家包装不足与运输受压共同导致破损，商家承担一半损失。", 0, O::PartialRefund, "150.00"}}},
        // Decided (claim rejected), then appealed by the buyer: waits for a manager.
        {false, 192, "买家称未收到赠品，要求补偿", "59.00", {
            {S::Buyer, 1, "下单页面写明赠送收纳袋，收到的包裹里没有。", 1},
            {S::Merchant, 5, "赠品随主商品同箱发出，附打包称重记录。", 2},
            {S::Decide, 49, "称重记录与赠品重量相符，买家主张缺乏证据，驳回。", 0, O::Rejected},
            {S::Appeal, 100, "打包称重不能证明赠品已放入，请求重新核查。", 0, O::Rejected, "", P::Buyer}}},
        // Decided, appealed by the merchant, decided on appeal (final).
        {false, 288, "商品存在安全隐患，买家要求退货退款", "899.00", {
            {S::Buyer, 2, "电暖器使用时插头发烫并有焦味，附视频。", 2},
            {S::Merchant, 12, "产品有 3C 认证，发烫可能是插座问题。", 1},
            {S::Decide, 50, "检测机构确认电源线规格不符，支持全额退款。", 0, O::FullRefund},
            {S::Appeal, 80, "检测样品并非我店发出的批次，请求复核。", 0, O::Rejected, "", P::Merchant},
            {S::DecideAppeal, 200, "复核批次编号一致，维持全额退款的裁决。", 0, O::FullRefund}}},
        // Decided, the appeal period over: overdue for closing.
        {false, 240, "定制商品尺寸错误，买家要求退款", "420.00", {
            {S::Buyer, 1, "定制尺寸为 120cm，实际收到 100cm，附测量照片。", 2},
            {S::Merchant, 6, "同意退款，但要求买家先寄回商品。", 0},
            {S::Decide, 30, "商家生产错误，买家寄回商品后全额退款，运费由商家承担。", 0, O::FullRefund}}},
        // Closed after the appeal period: the decision is final.
        {false, 480, "买家认为商品为仿冒品", "1,280.00", {
            {S::Buyer, 2, "防伪码查询显示已被查询多次，怀疑是假货。", 2},
            {S::Merchant, 8, "附品牌授权书和进货凭证。", 3},
            {S::Decide, 48, "商家提供了完整授权与进货凭证，品牌方确认为正品，驳回。", 0, O::Rejected},
            {S::Close, 220, ""}}},
        // Closed without a decision: the parties settled.
        {false, 96, "配件缺失，买家要求退款", "79.00", {
            {S::Buyer, 1, "收到的路由器缺少电源适配器。", 1},
            {S::Settle, 20, "双方协商一致：商家补发电源适配器并赠送优惠券，买家撤回纠纷。"}}},
    };
    // clang-format on
}

class Builder
{
public:
    Builder(storage::Database& db, const DemoStaff& people, const QDateTime& now)
        : m_db(db)
        , m_people(people)
        , m_now(now)
        , m_clock(now)
    {}

    Status run(const Plan& plan, const Source& source)
    {
        const Actor agent = agentFor(source.agentId);
        const QDateTime opened = m_now.addSecs(-qint64(plan.hoursAgo) * 3600);
        m_clock.set(opened);
        DisputeService service(m_db, agent, &m_clock);
        auto draft = service.draftFor(source.number);
        if (!draft)
            return draft.error();
        // A request without a ticket has no buyer or merchant of its own.
        if (draft->buyerName.isEmpty())
            draft->buyerName = QStringLiteral("王先生");
        if (draft->merchantName.isEmpty())
            draft->merchantName = QStringLiteral("优品数码专营店");
        draft->subject = QString::fromUtf8(plan.subject);
        if (*plan.claim)
            draft->claimAmount = QString::fromUtf8(plan.claim);
        else if (draft->claimAmount.isEmpty())
            draft->claimAmount = QStringLiteral("199.00"); // a ticket standing in for a request
        auto id = service.open(*draft);
        if (!id)
            return id.error();
        for (const Act& act : plan.acts) {
            m_clock.set(opened.addSecs(qint64(act.hoursAfterOpening) * 3600));
            SW_TRY(apply(act, *id, agent));
        }
        return {};
    }

private:
    Actor agentFor(const QString& userId) const
    {
        for (const Actor& a : m_people.agents) {
            if (a.userId == userId)
                return a;
        }
        return m_people.agents.first();
    }

    Status apply(const Act& act, const QString& id, const Actor& agent)
    {
        const QString text = QString::fromUtf8(act.text);
        auto statement = [&](const Actor& who, DisputeParty party) -> Status {
            auto s = DisputeService(m_db, who, &m_clock).addStatement(id, party, text, act.attachments);
            return s ? Status() : Status(s.error());
        };
        DisputeDecisionDraft decision{act.outcome, QString::fromUtf8(act.amount), text};
        switch (act.step) {
        case Step::Buyer:
            return statement(agent, DisputeParty::Buyer);
        case Step::Merchant:
            return statement(agent, DisputeParty::Merchant);
        case Step::Platform:
            return statement(m_people.lead, DisputeParty::Platform);
        case Step::Decide:
            return DisputeService(m_db, m_people.lead, &m_clock).decide(id, decision);
        case Step::DecideAppeal:
            return DisputeService(m_db, m_people.manager, &m_clock).decide(id, decision);
        case Step::Appeal:
            return DisputeService(m_db, agent, &m_clock).appeal(id, act.party, text);
        case Step::Close:
        case Step::Settle:
            return DisputeService(m_db, agent, &m_clock).close(id, text);
        }
        return {};
    }

    storage::Database& m_db;
    const DemoStaff& m_people;
    QDateTime m_now;
    ManualClock m_clock;
};

// The first unused source (requests newest first) that existed an hour before `openedAt`,
// so the dispute never predates what it is about.
std::optional<Source> take(QList<Source>& pool, const QDateTime& openedAt)
{
    for (qsizetype i = 0; i < pool.size(); ++i) {
        if (pool.at(i).createdAt.isValid() && pool.at(i).createdAt.addSecs(3600) <= openedAt)
            return pool.takeAt(i);
    }
    return std::nullopt;
}

} // namespace

Result<int> createDemoDisputes(storage::Database& db, const QDateTime& nowIn)
{
    QSqlDatabase conn = db.connection();
    auto existing = demo::hasRows(conn, QStringLiteral("disputes"));
    if (!existing)
        return existing.error();
    if (*existing)
        return 0;
    DemoStaff people;
    for (const char* login : {"agent1", "agent2", "agent3"}) {
        auto found = staff(conn, QString::fromLatin1(login), Role::Agent);
        if (!found)
            return found.code() == ErrorCode::NotFound ? Result<int>(0) : Result<int>(found.error());
        people.agents << *found;
    }
    for (const auto& [actor, login, role] : {std::tuple{&people.lead, "lead1", Role::Lead},
                                             std::tuple{&people.manager, "manager", Role::Manager}}) {
        auto found = staff(conn, QString::fromLatin1(login), role);
        if (!found)
            return found.code() == ErrorCode::NotFound ? Result<int>(0) : Result<int>(found.error());
        *actor = *found;
    }

    const QStringList agentIds{people.agents.at(0).userId, people.agents.at(1).userId,
                               people.agents.at(2).userId};
    auto requests = sources(conn,
                            QStringLiteral("SELECT number, requester_id, created_at FROM aftersales_requests "
                                           "WHERE deleted = 0 AND requester_id IN (?, ?, ?) "
                                           "ORDER BY created_at DESC, number"),
                            agentIds);
    if (!requests)
        return requests.error();
    auto tickets =
        sources(conn,
                QStringLiteral("SELECT t.number, t.owner_id, t.created_at FROM tickets t "
                               "WHERE t.deleted = 0 AND t.merged_into IS NULL AND t.owner_id IN (?, ?, ?) "
                               "AND t.customer_name <> '' AND t.merchant_name <> '' "
                               "AND NOT EXISTS (SELECT 1 FROM aftersales_requests r "
                               "WHERE r.ticket_id = t.id) ORDER BY t.n LIMIT 60"),
                agentIds);
    if (!tickets)
        return tickets.error();

    const QDateTime now = nowIn.isValid() ? nowIn.toUTC() : QDateTime::currentDateTimeUtc();
    Builder builder(db, people, now);
    int created = 0;
    for (const Plan& plan : plans()) {
        const QDateTime opened = now.addSecs(-qint64(plan.hoursAgo) * 3600);
        std::optional<Source> source = take(plan.fromRequest ? *requests : *tickets, opened);
        if (!source)
            source = take(plan.fromRequest ? *tickets : *requests, opened);
        if (!source)
            continue; // nothing old enough to be disputed
        SW_TRY(builder.run(plan, *source));
        ++created;
    }
    return created;
}

} // namespace sw::services
