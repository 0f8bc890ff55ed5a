# Simplified-Chinese translations of the after-sales service layer (issue 5, storage and
# service part: core/services/aftersalesservice.cpp). Terminology as in
# zh_CN_glossary_aftersales.py: 售后申请, 退款 / 换货 / 维修, 审批, 特批 (override),
# 凭证 (evidence), 驳回 (reject), 退回补充资料 (return for information), 签收.
#
# Keyed by context so that short words ("Amount", "Compensation") never change another
# area's wording.

_SVC = "sw::services::AfterSalesService"

BY_CONTEXT = {
    (_SVC, "The after-sales request does not exist (any more)."): "该售后申请不存在（或已被删除）。",
    (_SVC, "No more after-sales numbers are free for %1."): "%1 的售后申请编号已用完。",
    (_SVC, "Only agents, leads and managers handle after-sales requests."): "只有客服专员、客服主管和经理可以处理售后申请。",
    (_SVC, "Your roles do not allow you to see after-sales requests."): "您的角色无权查看售后申请。",
    (_SVC, "%1: %2"): "%1：%2",
    (_SVC, "Enter the order number: letters, digits and '-' only, at most 40 characters."):
        "请输入订单号：只能包含字母、数字和“-”，最多 40 个字符。",
    (_SVC, "The item name must be 1 to %1 characters long."): "商品名称长度须为 1 至 %1 个字符。",
    (_SVC, "The description is %1 characters long; at most %2 characters are allowed."):
        "说明长度为 %1 个字符，最多允许 %2 个字符。",
    (_SVC, "The warranty cannot be negative."): "保修期不能为负数。",
    (_SVC, "Amount"): "申请金额",
    (_SVC, "Order total"): "订单总额",
    (_SVC, "Already refunded"): "已退款金额",
    (_SVC, "Compensation"): "补偿金额",
    (_SVC, "A quality claim needs evidence: attach at least %1 photo, video or inspection report before creating the request."):
        "质量问题类申请需要凭证：创建申请前请至少上传 %1 份照片、视频或检测报告。",
    (_SVC, "After-sales request %1 (%2, %3) created."): "已创建售后申请 %1（%2，%3）。",
    (_SVC, "Nobody decides on their own after-sales request."): "任何人都不能审批自己提交的售后申请。",
    (_SVC, "This request needs a decision at the level “%1” or higher."): "此申请需要“%1”或更高级别审批。",
    (_SVC, "After-sales request %1 passed the eligibility check and awaits approval (%2)."):
        "售后申请 %1 已通过售后条件检查，等待审批（%2）。",
    (_SVC, "After-sales request %1 failed the eligibility check; a manager may override it."):
        "售后申请 %1 未通过售后条件检查；经理可以特批。",
    (_SVC, "Only a request that is being checked can be overridden; this one is “%1”."):
        "只有检查中的申请可以特批；此申请当前为“%1”。",
    (_SVC, "The reason is %1 characters long; at most %2 characters are allowed."):
        "理由长度为 %1 个字符，最多允许 %2 个字符。",
    (_SVC, "%1 overrode the failed eligibility checks of after-sales request %2: %3"):
        "%1 特批了售后申请 %2 未通过的售后条件检查：%3",
    (_SVC, "Only a request awaiting approval can be approved; this one is “%1”."):
        "只有待审批的申请可以批准；此申请当前为“%1”。",
    (_SVC, "%1 approved after-sales request %2; it is fully approved."): "%1 批准了售后申请 %2；审批已全部完成。",
    (_SVC, "%1 approved after-sales request %2; %3 more approval(s) needed."):
        "%1 批准了售后申请 %2；还需 %3 人审批。",
    (_SVC, "The explanation is %1 characters long; at most %2 characters are allowed."):
        "说明长度为 %1 个字符，最多允许 %2 个字符。",
    (_SVC, "%1 rejected after-sales request %2 (%3): %4"): "%1 驳回了售后申请 %2（%3）：%4",
    (_SVC, "The note is %1 characters long; at most %2 characters are allowed."):
        "备注长度为 %1 个字符，最多允许 %2 个字符。",
    (_SVC, "%1 returned after-sales request %2 for more information: %3"):
        "%1 将售后申请 %2 退回补充资料：%3",
    (_SVC, "After-sales request %1: %2."): "售后申请 %1：%2。",
    (_SVC, "After-sales request %1 closed."): "售后申请 %1 已关闭。",
    (_SVC, "After-sales request %1 closed: %2"): "售后申请 %1 已关闭：%2",
}

GLOSSARY = {}
