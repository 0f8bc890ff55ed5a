#pragma once

// The fixed vocabularies of after-sales requests and disputes (DOMAIN.md "After-sales
// requests"; issue 5). Like ticketenums.h: a stable text code per value for storage and
// sync (never changed once written), a translated display name (context
// "sw::domain::AfterSales"), and an allX() list in display order. Do not store the
// numeric enum values.
//
// Which reasons are quality claims: quality problem, wrong item, not as described,
// damaged in transit and missing parts — every reason where the merchant (or its carrier)
// is at fault. They use the quality windows of the 三包 rules, need evidence, and are
// not limited by the no-reason-return exclusions. "No-reason return" and "other" are not
// quality claims: they get the no-reason window and the exclusions apply.
//
// Which reasons fit which kind: a refund or an exchange may have any reason (a no-reason
// exchange within 7 days is common platform practice); a repair needs something to
// repair — quality problem, damaged in transit or other (e.g. a wear fault the customer
// describes) — so a no-reason, wrong-item, not-as-described or missing-parts repair is
// refused as input.

#include "domain/ticketenums.h" // the fromCode<> primary template, shared by all vocabularies

#include <QFlags>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace sw::domain {

enum class AfterSalesKind { Refund, Exchange, Repair }; // 退款 / 换货 / 维修

enum class AfterSalesReason {
    QualityProblem,   // 质量问题
    WrongItem,        // 发错货
    NotAsDescribed,   // 与描述不符
    NoReasonReturn,   // 七天无理由退货
    DamagedInTransit, // 运输途中损坏
    MissingParts,     // 少件 / 缺配件
    Other,            // 其他
};

// Item properties that exclude a product from no-reason returns (Consumer Rights
// Protection Law art. 25, plus the merchant's "final sale" marking). Bit values: stored
// as a list of codes, never as the number.
enum class ItemFlag {
    Customised = 0x1,    // 定制商品
    Perishable = 0x2,    // 鲜活易腐商品
    OpenedDigital = 0x4, // 已拆封的音像制品、软件等数字化商品
    FinalSale = 0x8,     // 标注不退换
};
Q_DECLARE_FLAGS(ItemFlags, ItemFlag)

// submitted → checking → awaiting approval → approved / rejected / returned for
// information → executed → closed; see AfterSalesWorkflow for the exact edges.
enum class AfterSalesStatus {
    Submitted,
    Checking,
    AwaitingApproval,
    Approved,
    Rejected,
    ReturnedForInfo,
    Executed,
    Closed,
};

// DOMAIN.md: "Rejections need a reason from a catalogue plus free text."
enum class RejectionReason {
    OutsideWindow,        // 超出售后期限
    ExcludedItem,         // 商品不支持该售后
    InsufficientEvidence, // 凭证不足
    DamageByMisuse,       // 人为损坏
    AmountNotJustified,   // 金额不合理
    DuplicateRequest,     // 重复申请
    Other,                // 其他
};

// The rules of the eligibility checklist, in checklist order, and how one came out.
enum class EligibilityRule { Window, ItemExclusion, Evidence, RefundableAmount };
enum class CheckOutcome { Passed, Failed, NotApplicable };

enum class DisputeParty { Buyer, Merchant, Platform };        // 买家 / 商家 / 平台
enum class DisputeStatus { Open, Decided, Appealed, Closed }; // 举证中 / 已裁决 / 申诉中 / 已结案
enum class DisputeOutcome { FullRefund, PartialRefund, Rejected, Other };

bool isQualityClaim(AfterSalesReason reason);
bool reasonFitsKind(AfterSalesKind kind, AfterSalesReason reason);
QList<AfterSalesReason> reasonsFor(AfterSalesKind kind); // allAfterSalesReasons() order

QString code(AfterSalesKind value);
QString code(AfterSalesReason value);
QString code(ItemFlag value);
QString code(AfterSalesStatus value);
QString code(RejectionReason value);
QString code(EligibilityRule value);
QString code(CheckOutcome value);
QString code(DisputeParty value);
QString code(DisputeStatus value);
QString code(DisputeOutcome value);

template <> AfterSalesKind fromCode<AfterSalesKind>(QStringView code, bool* ok);
template <> AfterSalesReason fromCode<AfterSalesReason>(QStringView code, bool* ok);
template <> ItemFlag fromCode<ItemFlag>(QStringView code, bool* ok);
template <> AfterSalesStatus fromCode<AfterSalesStatus>(QStringView code, bool* ok);
template <> RejectionReason fromCode<RejectionReason>(QStringView code, bool* ok);
template <> EligibilityRule fromCode<EligibilityRule>(QStringView code, bool* ok);
template <> CheckOutcome fromCode<CheckOutcome>(QStringView code, bool* ok);
template <> DisputeParty fromCode<DisputeParty>(QStringView code, bool* ok);
template <> DisputeStatus fromCode<DisputeStatus>(QStringView code, bool* ok);
template <> DisputeOutcome fromCode<DisputeOutcome>(QStringView code, bool* ok);

// Item flags as a list of codes in allItemFlags() order, and back. An unknown code sets
// *ok to false and is skipped.
QStringList codes(ItemFlags flags);
ItemFlags itemFlagsFromCodes(const QStringList& codes, bool* ok = nullptr);

QString displayName(AfterSalesKind value);
QString displayName(AfterSalesReason value);
QString displayName(ItemFlag value);
QString displayName(AfterSalesStatus value);
QString displayName(RejectionReason value);
QString displayName(EligibilityRule value);
QString displayName(CheckOutcome value);
QString displayName(DisputeParty value);
QString displayName(DisputeStatus value);
QString displayName(DisputeOutcome value);
QStringList displayNames(ItemFlags flags); // allItemFlags() order
// What "executed" means for a kind: "Refund issued", "Replacement shipped", "Repaired".
QString executedName(AfterSalesKind kind);

QList<AfterSalesKind> allAfterSalesKinds();
QList<AfterSalesReason> allAfterSalesReasons();
QList<ItemFlag> allItemFlags();
QList<AfterSalesStatus> allAfterSalesStatuses();
QList<RejectionReason> allRejectionReasons();
QList<EligibilityRule> allEligibilityRules();
QList<DisputeParty> allDisputeParties();
QList<DisputeStatus> allDisputeStatuses();
QList<DisputeOutcome> allDisputeOutcomes();

} // namespace sw::domain

Q_DECLARE_OPERATORS_FOR_FLAGS(sw::domain::ItemFlags)
