# Simplified-Chinese translations of the after-sales domain layer (issue 5): money parsing,
# the after-sales vocabularies, the eligibility checklist and its policy, the approval
# ladder, the request workflow and dispute mediation (core/domain).
# Terminology: refund 退款, exchange 换货, repair 维修, after-sales 售后, eligibility check
# 售后条件检查, override 特批, evidence 凭证 (of a request) / 证据 (in a dispute), approval
# 审批, dispute 纠纷, appeal 申诉, decision 裁决, delivery (signed for) 签收, fen 分.
#
# Every entry is keyed by its context, so short words ("Checking", "Passed") never change
# another area's wording. Long sentences are also offered by source text (GLOSSARY below)
# in case lupdate files one of them under another context.

_MONEY = "sw::domain::Money"
_ENUMS = "sw::domain::AfterSales"
_POLICY = "sw::domain::EligibilityPolicy"
_CHECK = "sw::domain::AfterSalesEligibility"
_LADDER = "sw::domain::ApprovalLadder"
_FLOW = "sw::domain::AfterSalesWorkflow"
_DPOLICY = "sw::domain::DisputePolicy"
_DISPUTE = "sw::domain::DisputeRules"

BY_CONTEXT = {
    # --- Money ---
    (_MONEY, "Enter an amount, for example 1234.50."): "请输入金额，例如 1234.50。",
    (_MONEY, "“%1” is not an amount of money. Enter digits with at most two decimal places, for example 1234.50 or ¥1,234.50."):
        "“%1”不是有效的金额。请输入最多两位小数的数字，例如 1234.50 或 ¥1,234.50。",
    (_MONEY, "An amount cannot be negative (“%1”). Enter the amount without a minus sign."):
        "金额不能为负数（“%1”）。请输入不带负号的金额。",
    (_MONEY, "“%1” has more than two decimal places; amounts are exact to the fen (0.01)."):
        "“%1”的小数超过两位；金额精确到分（0.01）。",
    (_MONEY, "The amount “%1” is too large."): "金额“%1”过大。",
    (_MONEY, "The total of %1 and %2 is too large."): "%1 与 %2 之和过大。",
    (_MONEY, "The difference of %1 and %2 is too large."): "%1 与 %2 之差过大。",

    # --- vocabularies ---
    (_ENUMS, "Refund"): "退款",
    (_ENUMS, "Exchange"): "换货",
    (_ENUMS, "Repair"): "维修",
    (_ENUMS, "Quality problem"): "质量问题",
    (_ENUMS, "Wrong item sent"): "发错货",
    (_ENUMS, "Not as described"): "与描述不符",
    (_ENUMS, "No-reason return"): "无理由退货",
    (_ENUMS, "Damaged in transit"): "运输途中损坏",
    (_ENUMS, "Missing parts"): "少件或缺少配件",
    (_ENUMS, "Other reason"): "其他原因",
    (_ENUMS, "Customised item"): "定制商品",
    (_ENUMS, "Perishable goods"): "鲜活易腐商品",
    (_ENUMS, "Opened digital goods"): "已拆封的数字化商品",
    (_ENUMS, "Final sale"): "标注不退换",
    (_ENUMS, "Submitted"): "已提交",
    (_ENUMS, "Checking"): "核查中",
    (_ENUMS, "Awaiting approval"): "待审批",
    (_ENUMS, "Approved"): "已批准",
    (_ENUMS, "Rejected"): "已驳回",
    (_ENUMS, "Returned for information"): "待补充资料",
    (_ENUMS, "Executed"): "已执行",
    (_ENUMS, "Closed"): "已关闭",
    (_ENUMS, "Outside the after-sales period"): "超出售后期限",
    (_ENUMS, "Item not eligible"): "商品不符合售后条件",
    (_ENUMS, "Insufficient evidence"): "凭证不足",
    (_ENUMS, "Damage caused by misuse"): "人为损坏",
    (_ENUMS, "Amount not justified"): "金额依据不足",
    (_ENUMS, "Duplicate request"): "重复申请",
    (_ENUMS, "Other (see explanation)"): "其他（见说明）",
    (_ENUMS, "Time limit"): "售后期限",
    (_ENUMS, "Item restrictions"): "商品限制",
    (_ENUMS, "Evidence"): "凭证",
    (_ENUMS, "Refundable amount"): "可退金额",
    (_ENUMS, "Passed"): "通过",
    (_ENUMS, "Failed"): "未通过",
    (_ENUMS, "Not applicable"): "不适用",
    (_ENUMS, "Buyer"): "买家",
    (_ENUMS, "Merchant"): "商家",
    (_ENUMS, "Platform"): "平台",
    (_ENUMS, "Collecting evidence"): "举证中",
    (_ENUMS, "Decided"): "已裁决",
    (_ENUMS, "Under appeal"): "申诉中",
    (_ENUMS, "Settled"): "已结案",
    (_ENUMS, "Full refund"): "全额退款",
    (_ENUMS, "Partial refund"): "部分退款",
    (_ENUMS, "Claim rejected"): "驳回诉求",
    (_ENUMS, "Other outcome"): "其他处理结果",
    (_ENUMS, "Refund issued"): "已退款",
    (_ENUMS, "Replacement shipped"): "已发出换货",
    (_ENUMS, "Repaired"): "已维修",

    # --- eligibility policy ---
    (_POLICY, "The no-reason return period must be between %1 days (the legal minimum) and %2 days; it is %3 days."):
        "无理由退货期限必须在 %1 天（法定最低）到 %2 天之间，当前为 %3 天。",
    (_POLICY, "The return period for quality problems must be between %1 days (the legal minimum) and %2 days; it is %3 days."):
        "质量问题退货期限必须在 %1 天（法定最低）到 %2 天之间，当前为 %3 天。",
    (_POLICY, "The exchange period for quality problems must be between %1 days (the legal minimum) and %2 days; it is %3 days."):
        "质量问题换货期限必须在 %1 天（法定最低）到 %2 天之间，当前为 %3 天。",
    (_POLICY, "The default warranty period must be between 1 and %1 days; it is %2 days."):
        "默认保修期必须在 1 到 %1 天之间，当前为 %2 天。",
    (_POLICY, "The number of evidence attachments required for a quality claim must be between 0 and %1; it is %2."):
        "质量问题类申请所需的凭证数量必须在 0 到 %1 之间，当前为 %2。",
    (_POLICY, "The after-sales setting “%1” must be a whole number."): "售后设置“%1”必须是整数。",
    (_POLICY, "The after-sales eligibility settings were written by a newer or unknown version of Shopwarden."):
        "售后条件设置由更新的或未知版本的店务管家写入。",
    (_POLICY, "The after-sales setting “excludedItemFlags” must be a list."): "售后设置“excludedItemFlags”必须是列表。",
    (_POLICY, "Unknown item property “%1” in the excluded items."): "排除的商品属性中有未知属性“%1”。",

    # --- eligibility checklist ---
    (_CHECK, "“%1” is not a possible reason for a request of kind “%2”."): "“%2”申请不能以“%1”为原因。",
    (_CHECK, "The current date is unknown."): "无法获取当前日期。",
    (_CHECK, "Enter the delivery date."): "请输入签收日期。",
    (_CHECK, "Enter the date of the request."): "请输入申请日期。",
    (_CHECK, "The delivery date %1 is in the future."): "签收日期 %1 晚于今天。",
    (_CHECK, "The request date %1 is in the future."): "申请日期 %1 晚于今天。",
    (_CHECK, "The request date %1 is before the delivery date %2."): "申请日期 %1 早于签收日期 %2。",
    (_CHECK, "The amount must be more than %1."): "金额必须大于 %1。",
    (_CHECK, "The order total must be more than %1."): "订单金额必须大于 %1。",
    (_CHECK, "The amount %1 is more than the order total %2."): "金额 %1 超过了订单金额 %2。",
    (_CHECK, "The amount already refunded for the order cannot be negative."): "该订单的已退款金额不能为负数。",
    (_CHECK, "The number of evidence attachments cannot be negative."): "凭证附件数量不能为负数。",
    (_CHECK, "The warranty period of the item must be between 0 and %1 days; it is %2 days."):
        "商品保修期必须在 0 到 %1 天之间，当前为 %2 天。",
    (_CHECK, "Day %1 after delivery, within the %2-day no-reason return period."):
        "签收后第 %1 天，在 %2 天无理由退货期限内。",
    (_CHECK, "Day %1 after delivery, past the %2-day no-reason return period."):
        "签收后第 %1 天，超过 %2 天无理由退货期限。",
    (_CHECK, "Day %1 after delivery, within the %2-day return period for quality problems."):
        "签收后第 %1 天，在 %2 天质量问题退货期限内。",
    (_CHECK, "Day %1 after delivery, past the %2-day return period for quality problems."):
        "签收后第 %1 天，超过 %2 天质量问题退货期限。",
    (_CHECK, "Day %1 after delivery, within the %2-day exchange period for quality problems."):
        "签收后第 %1 天，在 %2 天质量问题换货期限内。",
    (_CHECK, "Day %1 after delivery, past the %2-day exchange period for quality problems."):
        "签收后第 %1 天，超过 %2 天质量问题换货期限。",
    (_CHECK, "Day %1 after delivery, within the %2-day warranty period."): "签收后第 %1 天，在 %2 天保修期内。",
    (_CHECK, "Day %1 after delivery, past the %2-day warranty period."): "签收后第 %1 天，超过 %2 天保修期。",
    (_CHECK, "The item has no warranty, so repairs are not covered."): "该商品没有保修，不在维修范围内。",
    (_CHECK, "Item restrictions apply only to no-reason returns and exchanges; a quality claim or a repair is possible for any item."):
        "商品限制仅适用于无理由退换货；任何商品都可以因质量问题申请售后或申请维修。",
    (_CHECK, "The item cannot be returned or exchanged without a reason: %1."): "该商品不支持无理由退换货：%1。",
    (_CHECK, "The item is not excluded from no-reason returns and exchanges."): "该商品支持无理由退换货。",
    (_CHECK, "Evidence is required only for quality claims."): "仅质量问题类申请需要提供凭证。",
    (_CHECK, "The after-sales policy does not require evidence."): "售后规则不要求提供凭证。",
    (_CHECK, "Evidence attached: %1; a quality claim needs at least %2."):
        "已附凭证 %1 份；质量问题类申请至少需要 %2 份。",
    (_CHECK, "Evidence attached: %1, but a quality claim needs at least %2."):
        "已附凭证 %1 份，但质量问题类申请至少需要 %2 份。",
    (_CHECK, "Only refunds count against the amount still refundable on the order."): "仅退款申请计入订单的可退金额。",
    (_CHECK, "%1 requested; %2 of the order total %3 is still refundable (%4 already refunded)."):
        "申请 %1；订单金额 %3 中仍可退 %2（已退 %4）。",
    (_CHECK, "%1 requested, but only %2 of the order total %3 is still refundable (%4 already refunded)."):
        "申请 %1，但订单金额 %3 中仅剩 %2 可退（已退 %4）。",
    (_CHECK, "All eligibility checks passed; there is nothing to override."): "所有售后条件检查均已通过，无需特批。",
    (_CHECK, "Only a manager can override failed eligibility checks."): "只有经理可以特批未通过的售后条件检查。",
    (_CHECK, "The signed-in user is unknown."): "无法确定当前登录的用户。",
    (_CHECK, "You submitted this request, so you cannot override its eligibility checks."):
        "这是您提交的申请，您不能特批其售后条件检查。",
    (_CHECK, "Give a reason for overriding the failed eligibility checks."): "请填写特批未通过的售后条件检查的理由。",

    # --- approval ladder ---
    (_LADDER, "One approval at the level “%1” or higher."): "需 1 人审批，级别不低于“%1”。",
    (_LADDER, "%1 approvals by different people, each at the level “%2” or higher."):
        "需 %1 位不同人员审批，每人级别不低于“%2”。",
    (_LADDER, "The amount must be more than %1 before the request can be approved."): "金额必须大于 %1 才能审批该申请。",
    (_LADDER, "The signed-in user is unknown."): "无法确定当前登录的用户。",
    (_LADDER, "You submitted this request, so you cannot approve it: nobody approves their own request."):
        "这是您提交的申请，您不能审批：任何人都不能审批自己的申请。",
    (_LADDER, "You have already approved this request; the next approval must come from someone else."):
        "您已审批过该申请；下一次审批必须由其他人完成。",
    (_LADDER, "Your roles do not include approving after-sales requests."): "您的角色无权审批售后申请。",
    (_LADDER, "A request of %1 needs approval at the level “%2” or higher; the highest level you can approve at is “%3”."):
        "金额为 %1 的申请需由“%2”或更高级别审批；您最高只能以“%3”级别审批。",
    (_LADDER, "This request already has all the approvals it needs."): "该申请已获得所需的全部审批。",
    (_LADDER, "The approval limit for agents must be more than %1; it is %2."): "客服专员的审批额度必须大于 %1，当前为 %2。",
    (_LADDER, "The approval limit for leads (%1) must be higher than the limit for agents (%2)."):
        "客服主管的审批额度（%1）必须高于客服专员的审批额度（%2）。",
    (_LADDER, "The amount above which several approvals are needed must be more than %1; it is %2."):
        "需要多人审批的金额门槛必须大于 %1，当前为 %2。",
    (_LADDER, "The number of approvals needed above %1 must be between %2 and %3; it is %4."):
        "金额超过 %1 时所需的审批人数必须在 %2 到 %3 之间，当前为 %4。",
    (_LADDER, 'The approval setting “%1” must be an amount written as text, for example "2000.00".'):
        '审批设置“%1”必须是以文本表示的金额，例如 "2000.00"。',
    (_LADDER, "The approval setting “%1” is not valid: %2"): "审批设置“%1”无效：%2",
    (_LADDER, "The approval settings were written by a newer or unknown version of Shopwarden."):
        "审批设置由更新的或未知版本的店务管家写入。",
    (_LADDER, "The approval setting “%1” must be a whole number."): "审批设置“%1”必须是整数。",

    # --- request workflow ---
    (_FLOW, "The request is already “%1”."): "该申请已经是“%1”状态。",
    (_FLOW, "A request that is “%1” is final and cannot be changed to “%2”."): "“%1”的申请已结束，不能再改为“%2”。",
    (_FLOW, "A request cannot go from “%1” to “%2”."): "申请不能从“%1”变为“%2”。",
    (_FLOW, "The request cannot go from “%1” to “%2”: some eligibility checks failed and no manager has overridden them."):
        "申请不能从“%1”变为“%2”：部分售后条件检查未通过，且没有经理特批。",
    (_FLOW, "The request cannot go from “%1” to “%2” before it has all the approvals it needs."):
        "申请在获得所需的全部审批之前，不能从“%1”变为“%2”。",
    (_FLOW, "The request cannot go from “%1” to “%2” without a rejection reason from the catalogue and an explanation."):
        "未从目录中选择驳回原因并填写说明，申请不能从“%1”变为“%2”。",
    (_FLOW, "The request cannot go from “%1” to “%2” without saying which information is missing."):
        "未说明缺少哪些资料，申请不能从“%1”变为“%2”。",
    (_FLOW, "The request cannot go from “%1” to “%2” without saying why it is closed before a decision."):
        "未说明在作出决定前关闭的原因，申请不能从“%1”变为“%2”。",

    # --- dispute policy ---
    (_DPOLICY, "The evidence period of a dispute must be between 1 and %1 hours; it is %2 hours."):
        "纠纷的举证期限必须在 1 到 %1 小时之间，当前为 %2 小时。",
    (_DPOLICY, "The appeal period of a dispute must be between 1 and %1 days; it is %2 days."):
        "纠纷的申诉期限必须在 1 到 %1 天之间，当前为 %2 天。",
    (_DPOLICY, "The dispute setting “%1” must be a whole number."): "纠纷设置“%1”必须是整数。",
    (_DPOLICY, "The dispute settings were written by a newer or unknown version of Shopwarden."):
        "纠纷设置由更新的或未知版本的店务管家写入。",

    # --- dispute rules ---
    (_DISPUTE, "Evidence can be added only while the dispute is “%1”; it is “%2”."):
        "只有在纠纷处于“%1”状态时才能提交证据；当前为“%2”。",
    (_DISPUTE, "The evidence deadline of the dispute is unknown."): "无法确定该纠纷的举证期限。",
    (_DISPUTE, "The evidence deadline (%1) has passed for “%2”; later evidence is not accepted."):
        "“%2”的举证期限（%1）已过，不再接受新的证据。",
    (_DISPUTE, "Only a lead or a manager can decide a dispute."): "只有客服主管或经理可以裁决纠纷。",
    (_DISPUTE, "Only a manager can decide an appeal."): "只有经理可以裁决申诉。",
    (_DISPUTE, "The signed-in user is unknown."): "无法确定当前登录的用户。",
    (_DISPUTE, "The appeal must be decided by someone other than the person who made the first decision."):
        "申诉必须由首次裁决人以外的人员裁决。",
    (_DISPUTE, "A partial refund needs an amount more than %1."): "部分退款的金额必须大于 %1。",
    (_DISPUTE, "The partial refund %1 is more than the requested amount %2."): "部分退款金额 %1 超过了申请金额 %2。",
    (_DISPUTE, "Only a partial refund has an amount of its own; leave the amount empty for “%1”."):
        "只有部分退款需要填写金额；“%1”请勿填写金额。",
    (_DISPUTE, "Give the reasoning for the decision."): "请填写裁决理由。",
    (_DISPUTE, "Only the buyer or the merchant can appeal a decision."): "只有买家或商家可以对裁决提出申诉。",
    (_DISPUTE, "The dispute is already “%1”."): "该纠纷已经是“%1”状态。",
    (_DISPUTE, "A dispute that is “%1” is final and cannot be changed to “%2”."): "“%1”的纠纷已结束，不能再改为“%2”。",
    (_DISPUTE, "A dispute cannot go from “%1” to “%2”."): "纠纷不能从“%1”变为“%2”。",
    (_DISPUTE, "The dispute cannot go from “%1” to “%2” before the evidence deadline (%3) unless both buyer and merchant have submitted their evidence."):
        "举证期限（%3）届满前，除非买家和商家均已提交证据，否则纠纷不能从“%1”变为“%2”。",
    (_DISPUTE, "The dispute cannot go from “%1” to “%2” unless the buyer withdraws it or the parties settle it themselves."):
        "除非买家撤回或双方自行和解，否则纠纷不能从“%1”变为“%2”。",
    (_DISPUTE, "The dispute cannot go from “%1” to “%2” because the time of the decision is unknown."):
        "裁决时间未知，纠纷不能从“%1”变为“%2”。",
    (_DISPUTE, "The dispute cannot go from “%1” to “%2”: it was appealed once already, and the decision on the appeal is final."):
        "纠纷不能从“%1”变为“%2”：该纠纷已申诉过一次，申诉裁决为最终结果。",
    (_DISPUTE, "The dispute cannot go from “%1” to “%2”: the decision of %3 could be appealed only within %4 days."):
        "纠纷不能从“%1”变为“%2”：%3 作出的裁决只能在 %4 天内申诉。",
    (_DISPUTE, "The dispute cannot go from “%1” to “%2” before the appeal period ends (%3)."):
        "申诉期（至 %3）结束前，纠纷不能从“%1”变为“%2”。",
}

# Sentences (not single words) by source text as well; see the note at the top.
GLOSSARY = {source: text for (_context, source), text in BY_CONTEXT.items() if " " in source and len(source) > 30}
