# Simplified-Chinese translations of the dispute mediation 纠纷调解 and after-sales policy
# strings (issue 5, third part): core/services/disputeservice*.cpp, ui/disputespane.cpp,
# ui/disputeopendialog.cpp, ui/disputestepdialog.cpp, ui/aftersalespolicydialog.cpp and the
# Settings menu entry in ui/mainwindow.cpp. Terminology as in zh_CN_glossary_aftersales.py:
# 纠纷 (dispute), 调解 (mediation), 举证 / 证据 (evidence), 陈述 (statement), 裁决 (decision),
# 申诉 (appeal), 结案 (close), 买家 / 商家 / 平台, 售后申请, 工单, 审批.
#
# Keyed by context so that short words ("Status", "Decision") never change another area's
# wording.

_SVC = "sw::services::DisputeService"
_PANE = "sw::ui::DisputesPane"
_OPEN = "sw::ui::DisputeOpenDialog"
_STEP = "sw::ui::DisputeStepDialog"
_POLICY = "sw::ui::AfterSalesPolicyDialog"
_MAIN = "sw::ui::MainWindow"

BY_CONTEXT = {
    # DisputeService
    (_SVC, "A dispute is opened from an after-sales request or a ticket; choose one."):
        "纠纷须从售后申请或工单发起，请选择其一。",
    (_SVC, "After-sales request %1 belongs to another ticket."): "售后申请 %1 属于另一张工单。",
    (_SVC, "Amount claimed: %1"): "主张金额：%1",
    (_SVC, "Dispute %1 about this is still open; continue there."): "与此相关的纠纷 %1 尚未结案，请在该纠纷中继续处理。",
    (_SVC, "Dispute %1 opened between buyer %2 and merchant %3 (%4 claimed): %5. Evidence is accepted until %6."):
        "已发起纠纷 %1：买家 %2 与商家 %3（主张金额 %4）：%5。举证截止时间为 %6。",
    (_SVC, "Enter the amount the buyer claims; it must be more than %1."): "请输入买家主张的金额，须大于 %1。",
    (_SVC, "Enter the buyer (1 to %1 characters)."): "请输入买家（1 至 %1 个字符）。",
    (_SVC, "Enter the merchant (1 to %1 characters)."): "请输入商家（1 至 %1 个字符）。",
    (_SVC, "The subject must be 1 to %1 characters long."): "纠纷事由长度须为 1 至 %1 个字符。",
    (_SVC, "There is no ticket or after-sales request with the number “%1”."): "没有编号为“%1”的工单或售后申请。",
    (_SVC, "No more dispute numbers are free for %1."): "%1 的纠纷编号已用完。",
    (_SVC, "Only a lead or a manager mediates a dispute and adds the platform's findings."):
        "只有客服主管或经理可以调解纠纷并填写平台调查意见。",
    (_SVC, "Only agents, leads and managers handle disputes."): "只有客服专员、客服主管和经理可以处理纠纷。",
    (_SVC, "The dispute does not exist (any more)."): "该纠纷不存在（或已被删除）。",
    (_SVC, "The text is %1 characters long; at most %2 characters are allowed."):
        "文字长度为 %1 个字符，最多允许 %2 个字符。",
    (_SVC, "Your roles do not allow you to see disputes."): "您的角色无权查看纠纷。",
    (_SVC, "%1 decided dispute %2: %3. It can be appealed until %4. Reasoning: %5"):
        "%1 对纠纷 %2 作出裁决：%3。可在 %4 之前申诉。裁决理由：%5",
    (_SVC, "%1 decided the appeal in dispute %2: %3. This decision is final. Reasoning: %4"):
        "%1 对纠纷 %2 的申诉作出裁决：%3。此裁决为终局裁决。裁决理由：%4",
    (_SVC, "%1, %2"): "%1，%2",
    (_SVC, "%n evidence attachment(s)"): "%n 份证据附件",
    (_SVC, "An open dispute is closed only when the buyer withdraws it or the parties settle: say which, and how."):
        "举证中的纠纷只有在买家撤回或双方自行和解时才能结案：请说明属于哪种情况以及处理方式。",
    (_SVC, "Dispute %1 closed without a decision: %2"): "纠纷 %1 未经裁决结案：%2",
    (_SVC, "Dispute %1 closed; the decision is final."): "纠纷 %1 已结案，裁决生效。",
    (_SVC, "Dispute %1 closed; the decision is final: %2"): "纠纷 %1 已结案，裁决生效：%2",
    (_SVC, "Dispute %1: statement of the %2 recorded by %3 (%4): %5"): "纠纷 %1：%3 录入了%2的陈述（%4）：%5",
    (_SVC, "Give the reason for the appeal."): "请填写申诉理由。",
    (_SVC, "Give the reasoning for the decision."): "请填写裁决理由。",
    (_SVC, "Partial refund: %1"): "部分退款：%1",
    (_SVC, "The %1 appealed the decision in dispute %2 (recorded by %3): %4"): "%1对纠纷 %2 的裁决提出申诉（由 %3 录入）：%4",
    (_SVC, "The number of evidence attachments must be between 0 and %1."): "证据附件数量须在 0 至 %1 之间。",
    (_SVC, "Write the statement."): "请填写陈述内容。",

    # DisputesPane
    (_PANE, "%1 (%2)"): "%1（%2）",
    (_PANE, "%1, %2"): "%1，%2",
    (_PANE, "&Appeal…"): "申诉(&A)…",
    (_PANE, "&Close…"): "结案(&C)…",
    (_PANE, "&Decide…"): "裁决(&D)…",
    (_PANE, "&Open Dispute…"): "发起纠纷(&O)…",
    (_PANE, "<b>%1</b> — %2"): "<b>%1</b> — %2",
    (_PANE, "Add &Statement…"): "添加陈述(&S)…",
    (_PANE, "Appeal Until"): "申诉截止",
    (_PANE, "Appeal recorded."): "已记录申诉。",
    (_PANE, "Appealed by the %1 on %2: %3"): "%1于 %2 提出申诉：%3",
    (_PANE, "Attachments"): "附件数",
    (_PANE, "Buyer"): "买家",
    (_PANE, "Buyer %1 against merchant %2; %3 claimed."): "买家 %1 与商家 %2 的纠纷，主张金额 %3。",
    (_PANE, "Closed on %1. %2"): "于 %1 结案。%2",
    (_PANE, "Decision"): "裁决结果",
    (_PANE, "Decision by %1 on %2: %3. Reasoning: %4"): "%1 于 %2 裁决：%3。裁决理由：%4",
    (_PANE, "Decision recorded."): "已记录裁决。",
    (_PANE, "Dispute closed."): "纠纷已结案。",
    (_PANE, "Dispute opened."): "已发起纠纷。",
    (_PANE, "Disputes"): "纠纷调解",
    (_PANE, "Evidence Until"): "举证截止",
    (_PANE, "Merchant"): "商家",
    (_PANE, "No disputes."): "暂无纠纷。",
    (_PANE, "Number"): "编号",
    (_PANE, "Party"): "当事方",
    (_PANE, "Recorded"): "录入",
    (_PANE, "Select a dispute to see its statements."): "选择一项纠纷以查看各方陈述。",
    (_PANE, "Statement"): "陈述",
    (_PANE, "Statement recorded."): "已记录陈述。",
    (_PANE, "Status"): "状态",
    (_PANE, "Status: %1. Evidence from buyer and merchant until %2 (buyer: %3, merchant: %4)."):
        "状态：%1。买家和商家举证截止时间为 %2（买家：%3，商家：%4）。",
    (_PANE, "Subject"): "纠纷事由",
    (_PANE, "The appeal period is over: the dispute can be closed."): "申诉期已过：可以结案。",
    (_PANE, "The evidence period is over: the dispute waits for a decision."): "举证期已过：纠纷等待裁决。",
    (_PANE, "Ticket %1, after-sales request %2."): "工单 %1，售后申请 %2。",
    (_PANE, "none"): "无",
    (_PANE, "nothing yet"): "尚未提交",
    (_PANE, "submitted"): "已提交",

    # DisputeOpenDialog
    (_OPEN, "&Amount claimed:"): "主张金额(&A)：",
    (_OPEN, "&Buyer:"): "买家(&B)：",
    (_OPEN, "&Look Up"): "查找(&L)",
    (_OPEN, "&Merchant:"): "商家(&M)：",
    (_OPEN, "&Subject:"): "纠纷事由(&S)：",
    (_OPEN, "&Ticket or after-sales no.:"): "工单或售后申请编号(&T)：",
    (_OPEN, "CS-… or AS-…"): "CS-… 或 AS-…",
    (_OPEN, "Enter the number of the ticket or after-sales request the dispute is about."):
        "请输入该纠纷所涉工单或售后申请的编号。",
    (_OPEN, "Open Dispute"): "发起纠纷",
    (_OPEN, "¥0.00"): "¥0.00",

    # DisputeStepDialog
    (_STEP, "&Note (how it was settled, or that the buyer withdrew):"): "备注（如何和解，或买家已撤回）(&N)：",
    (_STEP, "&Outcome:"): "裁决结果(&O)：",
    (_STEP, "&Party:"): "当事方(&P)：",
    (_STEP, "&Reason:"): "理由(&R)：",
    (_STEP, "&Reasoning:"): "裁决理由(&R)：",
    (_STEP, "&Statement and evidence:"): "陈述与证据(&S)：",
    (_STEP, "Add Statement — %1"): "添加陈述 — %1",
    (_STEP, "Appeal &by:"): "申诉方(&B)：",
    (_STEP, "Appeal — %1"): "申诉 — %1",
    (_STEP, "Close — %1"): "结案 — %1",
    (_STEP, "Decide — %1"): "裁决 — %1",
    (_STEP, "Evidence &attachments:"): "证据附件数(&A)：",
    (_STEP, "No party may add a statement any more."): "已没有当事方可以添加陈述。",
    (_STEP, "Nobody may appeal this dispute."): "此纠纷无人可以申诉。",
    (_STEP, "Partial refund &amount:"): "部分退款金额(&A)：",
    (_STEP, "¥0.00"): "¥0.00",

    # AfterSalesPolicyDialog
    (_POLICY, " days"): " 天",
    (_POLICY, " h"): " 小时",
    (_POLICY, "%1: %2"): "%1：%2",
    (_POLICY, "&Appeal period after the decision:"): "裁决后申诉期(&A)：",
    (_POLICY, "&Approval Ladder"): "审批权限(&A)",
    (_POLICY, "&Disputes"): "纠纷调解(&D)",
    (_POLICY, "&Eligibility"): "售后条件(&E)",
    (_POLICY, "&Leads approve up to:"): "客服主管审批上限(&L)：",
    (_POLICY, "&Number of approvals there:"): "所需审批人数(&N)：",
    (_POLICY, "&Quality problem, return within:"): "质量问题退货期限(&Q)：",
    (_POLICY, "A&gents approve up to:"): "客服专员审批上限(&G)：",
    (_POLICY, "Above the lead limit a manager approves."): "超过客服主管上限的由经理审批。",
    (_POLICY, "After-Sales Policy"): "售后政策",
    (_POLICY, "Agent limit"): "客服专员审批上限",
    (_POLICY, "Default &warranty (repair):"): "默认保修期（维修）(&W)：",
    (_POLICY, "E&vidence for a quality claim (attachments):"): "质量问题所需凭证（附件数）(&V)：",
    (_POLICY, "E&vidence period after opening:"): "发起后举证期(&V)：",
    (_POLICY, "Excluded from no-reason returns"): "不支持无理由退货的商品",
    (_POLICY, "Lead limit"): "客服主管审批上限",
    (_POLICY, "No-reason &return within:"): "无理由退货期限(&R)：",
    (_POLICY, "Quality problem, e&xchange within:"): "质量问题换货期限(&X)：",
    (_POLICY, "Several approvals a&bove:"): "多人审批起点金额(&B)：",
    (_POLICY, "Several approvals above"): "多人审批起点金额",
    (_POLICY, "The evidence period follows the SLA clock: in business-day mode only working hours count."):
        "举证期按 SLA 计时规则计算：在工作日模式下只计算工作时间。",
    (_POLICY, "Who approves a request depends on its amount. A higher role may always approve a lower level."):
        "由谁审批取决于申请金额。较高级别的角色始终可以审批较低级别的申请。",
    (_POLICY, "Windows count days after delivery. The law's minimums (7 days; 15 days for a quality exchange) cannot be shortened."):
        "期限从签收次日起按天计算。法定最低期限（7 天；质量问题换货 15 天）不能缩短。",

    # MainWindow
    (_MAIN, "After-Sales &Policy…"): "售后政策(&P)…",
}

GLOSSARY = {}
