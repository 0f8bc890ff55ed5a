# Simplified Chinese for the user-facing part of after-sales requests (issue 5): the
# queue query's saved views, the queue model, the After-Sales pane (售后审批) with its
# filter bar, saved views, detail panel, request and decision dialogs, the approval
# notifications, the ticket detail's "new after-sales request" action and the demo seed.
# Merged into zh_CN_glossary by its last lines.
# Terms (as in zh_CN_glossary_aftersales.py): refund 退款, exchange 换货, repair 维修,
# after-sales request 售后申请, approval 审批, approver level 审批层级, eligibility check
# 售后条件检查 (checklist 售后条件清单), override 特批, evidence 凭证, due 截止时间,
# overdue 已超时, withdraw 撤回, return for information 退回补充材料, executed 已执行.
#
# Short words are keyed by context so they never change another area's wording.

_QUERY = "sw::services::AfterSalesQuery"
_VIEW = "sw::services::AfterSalesView"
_MODEL = "sw::models::AfterSalesQueueModel"
_PANE = "sw::ui::AfterSalesPane"
_BAR = "sw::ui::AfterSalesFilterBar"
_LIST = "sw::ui::AfterSalesViewList"
_DETAIL = "sw::ui::AfterSalesDetailWidget"
_REQ = "sw::ui::AfterSalesRequestDialog"
_DEC = "sw::ui::AfterSalesDecisionDialog"
_NOTE = "sw::ui::AfterSalesNotifier"
_TICKET = "sw::ui::TicketDetailWidget"
_MAIN = "sw::ui::MainWindow"
_CLI = "AdminCli"

BY_CONTEXT = {
    # --- query and saved views ---
    (_QUERY, "Your roles do not allow you to see after-sales requests."): "您的角色无权查看售后申请。",
    (_VIEW, "Awaiting my approval"): "待我审批",
    (_VIEW, "Eligibility failed"): "资格校验未通过",
    (_VIEW, "Executed this week"): "本周已执行",
    (_VIEW, "All open"): "全部未结",
    (_VIEW, "All requests"): "全部申请",

    # --- queue model ---
    (_MODEL, "Number"): "申请单号",
    (_MODEL, "Kind"): "类型",
    (_MODEL, "Order No."): "订单号",
    (_MODEL, "Customer"): "客户",
    (_MODEL, "Merchant"): "商家",
    (_MODEL, "Amount"): "金额",
    (_MODEL, "Reason"): "原因",
    (_MODEL, "Status"): "状态",
    (_MODEL, "Approver Level"): "审批层级",
    (_MODEL, "Age"): "已等待",
    (_MODEL, "Due"): "截止时间",
    (_MODEL, "%1 (%2 of %3 approvals)"): "%1（已审批 %2/%3）",
    (_MODEL, "%1 d %2 h"): "%1 天 %2 小时",
    (_MODEL, "%1 h %2 min"): "%1 小时 %2 分钟",
    (_MODEL, "%1 min"): "%1 分钟",
    (_MODEL, "%n hour(s)"): "%n 小时",
    (_MODEL, "Overdue by %1"): "已超时 %1",
    (_MODEL, "In %1"): "剩余 %1",
    (_MODEL, "A decision is due %1."): "须在 %1 前作出审批决定。",
    (_MODEL, "Created %1"): "创建于 %1",
    (_MODEL, "Overdue: a decision on %1 was due %2 (%3 after it started waiting)."):
        "已超时：%1 的审批决定应于 %2 前作出（开始等待后 %3）。",

    # --- pane ---
    (_PANE, "After-Sales"): "售后审批",
    (_PANE, "Search number, order no., item, customer… (Ctrl+F)"): "搜索申请单号、订单号、商品、客户…（Ctrl+F）",
    (_PANE, "&New Request…"): "新建申请(&N)…",
    (_PANE, "Create a refund, exchange or repair request (%1)"): "新建退款、换货或维修申请（%1）",
    (_PANE, "&Export CSV…"): "导出 CSV(&E)…",
    (_PANE, "Write every request of the current view to a CSV file"): "将当前视图中的全部申请写入 CSV 文件",
    (_PANE, "%n request(s)"): "%n 个申请",
    (_PANE, "%1, %n overdue"): "%1，其中 %n 个已超时",
    (_PANE, "%1 — loading…"): "%1 — 正在加载…",
    (_PANE, "The after-sales request was created."): "售后申请已创建。",
    (_PANE, "aftersales-%1.csv"): "售后申请-%1.csv",
    (_PANE, "Export CSV"): "导出 CSV",
    (_PANE, "CSV files (*.csv)"): "CSV 文件 (*.csv)",
    (_PANE, "The file %1 cannot be written."): "无法写入文件 %1。",
    (_PANE, "Exported %n request(s)."): "已导出 %n 个申请。",

    # --- filter bar and saved views ---
    (_BAR, "Any status"): "全部状态",
    (_BAR, "Any kind"): "全部类型",
    (_BAR, "Any reason"): "全部原因",
    (_BAR, "Status"): "状态",
    (_BAR, "Kind"): "类型",
    (_BAR, "Reason"): "原因",
    (_BAR, "From"): "从",
    (_BAR, "To"): "至",
    (_BAR, "Only requests created on or after this day"): "仅显示此日期当天及之后创建的申请",
    (_BAR, "Only requests created on or before this day"): "仅显示此日期当天及之前创建的申请",
    (_BAR, "Overdue only"): "仅看已超时",
    (_BAR, "Only requests whose decision is past due"): "仅显示审批已超过截止时间的申请",
    (_BAR, "Clear Filters"): "清除筛选",
    (_LIST, "%1 (%2)"): "%1（%2）",

    # --- detail panel ---
    (_DETAIL, "Select a request in the queue to see it here."): "在队列中选择一个申请，即可在此查看详情。",
    (_DETAIL, "Status:"): "状态：",
    (_DETAIL, "Kind:"): "类型：",
    (_DETAIL, "Order No.:"): "订单号：",
    (_DETAIL, "Ticket:"): "关联工单：",
    (_DETAIL, "Amount:"): "申请金额：",
    (_DETAIL, "Order total:"): "订单总额：",
    (_DETAIL, "Already refunded:"): "已退款：",
    (_DETAIL, "Compensation:"): "补偿：",
    (_DETAIL, "Delivered on:"): "签收日期：",
    (_DETAIL, "Requested on:"): "申请日期：",
    (_DETAIL, "Evidence items:"): "凭证数量：",
    (_DETAIL, "Requested by:"): "申请人：",
    (_DETAIL, "Item:"): "商品：",
    (_DETAIL, "Reason:"): "原因：",
    (_DETAIL, "Approval:"): "审批要求：",
    (_DETAIL, "Notes:"): "备注：",
    (_DETAIL, "None"): "无",
    (_DETAIL, "%1 · %2 · %3"): "%1 · %2 · %3",
    (_DETAIL, "%1 (%2)"): "%1（%2）",
    (_DETAIL, "%1: %2"): "%1：%2",
    (_DETAIL, "%1: %2."): "%1：%2。",
    (_DETAIL, "%1 on %2"): "%1（%2）",
    (_DETAIL, ", "): "、",
    (_DETAIL, "Checks overridden by %1: %2"): "%1 已特批未通过的检查：%2",
    (_DETAIL, "Rejected (%1): %2"): "已驳回（%1）：%2",
    (_DETAIL, "Withdrawn: %1"): "已撤回：%1",
    (_DETAIL, "Information requested: %1"): "需补充材料：%1",
    (_DETAIL, "&Submit for Approval"): "提交审批(&S)",
    (_DETAIL, "&Override Checks…"): "特批(&O)…",
    (_DETAIL, "&Approve"): "批准(&A)",
    (_DETAIL, "&Reject…"): "驳回(&R)…",
    (_DETAIL, "Return for &Info…"): "退回补充材料(&I)…",
    (_DETAIL, "Mark &Executed"): "标记为已执行(&E)",
    (_DETAIL, "&Close"): "结案(&C)",
    (_DETAIL, "&Withdraw…"): "撤回(&W)…",
    (_DETAIL, "Eligibility Checklist"): "售后条件清单",
    (_DETAIL, "Check"): "检查项",
    (_DETAIL, "Result"): "结果",
    (_DETAIL, "Explanation"): "说明",
    (_DETAIL, "Decisions"): "审批记录",
    (_DETAIL, "When"): "时间",
    (_DETAIL, "Who"): "审批人",
    (_DETAIL, "Decision"): "决定",
    (_DETAIL, "Note"): "备注",
    (_DETAIL, "Approved"): "已批准",
    (_DETAIL, "Rejected"): "已驳回",
    (_DETAIL, "Returned for information"): "已退回补充材料",
    (_DETAIL, "Every check passed."): "所有检查均已通过。",
    (_DETAIL, "A check failed; a manager overrode it."): "有检查未通过，经理已特批。",
    (_DETAIL, "A check failed: only a manager can override it, with a reason."): "有检查未通过：只有经理可以填写理由后特批。",
    (_DETAIL, "Submit for Approval"): "提交审批",
    (_DETAIL, "Approve"): "批准",
    (_DETAIL, "Mark Executed"): "标记为已执行",
    (_DETAIL, "Close"): "结案",
    (_DETAIL, "%1 failed the eligibility check; a manager may override it."): "%1 未通过售后条件检查，可由经理特批。",
    (_DETAIL, "%1 was submitted for approval."): "%1 已提交审批。",
    (_DETAIL, "You approved %1."): "您已批准 %1。",
    (_DETAIL, "%1 was closed."): "%1 已结案。",
    (_DETAIL, "%1 was updated."): "%1 已更新。",

    # --- new request dialog ---
    (_REQ, "New After-Sales Request"): "新建售后申请",
    (_REQ, "New After-Sales Request for Ticket %1"): "为工单 %1 新建售后申请",
    (_REQ, "Ticket:"): "关联工单：",
    (_REQ, "None (standalone request)"): "无（独立申请）",
    (_REQ, "&Kind:"): "类型(&K)：",
    (_REQ, "&Reason:"): "原因(&R)：",
    (_REQ, "&Description:"): "问题描述(&D)：",
    (_REQ, "&Order No.:"): "订单号(&O)：",
    (_REQ, "&Delivered on:"): "签收日期(&D)：",
    (_REQ, "&Item:"): "商品(&I)：",
    (_REQ, "Item restrictions:"): "商品限制：",
    (_REQ, "&Warranty:"): "保修期(&W)：",
    (_REQ, "&Evidence items:"): "凭证数量(&E)：",
    (_REQ, "&Amount:"): "申请金额(&A)：",
    (_REQ, "Order &total:"): "订单总额(&T)：",
    (_REQ, "Already re&funded:"): "已退款(&F)：",
    (_REQ, "&Compensation:"): "补偿金额(&C)：",
    (_REQ, "&Create Request"): "创建申请(&C)",
    (_REQ, "e.g. SO-20260301-0001"): "例如 SO-20260301-0001",
    (_REQ, "The item as named on the order"): "订单上的商品名称",
    (_REQ, "What the customer reports"): "客户反映的问题",
    (_REQ, "Policy default"): "按政策默认",
    (_REQ, " days"): " 天",
    (_REQ, "Photos, videos or inspection reports received; quality claims need at least one"):
        "已收到的照片、视频或检测报告；质量问题类申请至少需要一份",
    (_REQ, "¥ amount, e.g. 1,234.50"): "人民币金额，例如 1,234.50",
    (_REQ, "¥0.00 when nothing was refunded"): "未退过款时为 ¥0.00",
    (_REQ, "Only when the platform is at fault"): "仅在平台责任时填写",

    # --- decision dialog ---
    (_DEC, "Reject After-Sales Request %1"): "驳回售后申请 %1",
    (_DEC, "Return %1 for More Information"): "退回 %1 补充材料",
    (_DEC, "Override Failed Checks of %1"): "特批 %1 未通过的检查",
    (_DEC, "Withdraw After-Sales Request %1"): "撤回售后申请 %1",
    (_DEC, "Rejection &reason:"): "驳回原因(&R)：",
    (_DEC, "&Explanation:"): "说明(&E)：",
    (_DEC, "&What is missing:"): "需补充的内容(&W)：",
    (_DEC, "&Reason for the override:"): "特批理由(&R)：",
    (_DEC, "&Why it is withdrawn:"): "撤回原因(&W)：",
    (_DEC, "&Reject"): "驳回(&R)",
    (_DEC, "&Return"): "退回(&R)",
    (_DEC, "&Override"): "特批(&O)",
    (_DEC, "&Withdraw"): "撤回(&W)",
    (_DEC, "Why the request is rejected; the customer service agent passes this on"):
        "驳回的理由；客服专员会转告客户",
    (_DEC, "e.g. a photo of the damaged part and the delivery note"): "例如：破损部位的照片和快递面单",
    (_DEC, "Why this request should be approved although a check failed"): "检查未通过但仍应批准的理由",
    (_DEC, "e.g. the customer withdrew the request"): "例如：客户已撤回申请",

    # --- notifications, main window, ticket detail, seed ---
    (_NOTE, "Shopwarden after-sales approvals"): "店务管家售后审批提醒",
    (_NOTE, "Approval needed"): "待您审批",
    (_NOTE, "%n after-sales request(s) await your approval: %1"): "%n 个售后申请待您审批：%1",
    (_NOTE, "%n of them overdue."): "其中 %n 个已超时。",
    (_MAIN, "%1 (%2)"): "%1（%2）",
    (_TICKET, "New After-Sales &Request…"): "新建售后申请(&R)…",
    (_TICKET, "Open a refund, exchange or repair request for this ticket's order"): "为此工单的订单发起退款、换货或维修申请",
    (_TICKET, "The after-sales request was created."): "售后申请已创建。",
    (_CLI, "Added %1 demo after-sales requests in every status."): "已添加 %1 个覆盖全部状态的演示售后申请。",
    (_CLI, "Fills a database with demo data: customers, merchants and customer-service tickets with their "
           "timelines, SLA times and search index, and a dozen after-sales requests in every status. The demo "
           "staff is created when the database has no ticket handlers. The tickets are local (not queued for "
           "sync); the after-sales requests are created through the after-sales service, with audit and sync "
           "records."):
        "向数据库填充演示数据：客户、商家、客服工单及其服务跟踪、SLA 时间和搜索索引，以及十余个覆盖全部状态的售后申请。"
        "数据库中没有客服人员时会创建演示员工。工单只保存在本地（不进入同步队列）；售后申请通过售后服务创建，"
        "带有审计和同步记录。",
}

# The longer sentences also by source text, in case lupdate files one under another context.
GLOSSARY = {
    "Awaiting my approval": "待我审批",
    "Eligibility failed": "资格校验未通过",
    "Executed this week": "本周已执行",
    "Approver Level": "审批层级",
    "Select a request in the queue to see it here.": "在队列中选择一个申请，即可在此查看详情。",
    "Eligibility Checklist": "售后条件清单",
    "New After-Sales Request": "新建售后申请",
    "New After-Sales &Request…": "新建售后申请(&R)…",
    "The after-sales request was created.": "售后申请已创建。",
    "%n after-sales request(s) await your approval: %1": "%n 个售后申请待您审批：%1",
    "Overdue: a decision on %1 was due %2 (%3 after it started waiting).":
        "已超时：%1 的审批决定应于 %2 前作出（开始等待后 %3）。",
    "A check failed: only a manager can override it, with a reason.": "有检查未通过：只有经理可以填写理由后特批。",
    "Added %1 demo after-sales requests in every status.": "已添加 %1 个覆盖全部状态的演示售后申请。",
}
