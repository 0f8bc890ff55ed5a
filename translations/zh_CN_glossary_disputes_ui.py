# Simplified-Chinese translations of the remaining user-facing dispute 纠纷调解 strings
# (issue 5, last part): "Open Dispute…" in the after-sales request detail
# (ui/aftersalesdetailwidget.cpp) and the ticket detail (ui/ticketdetailwidget.cpp), the
# overdue-dispute count on the Disputes navigation entry (ui/mainwindow.cpp) and the demo
# disputes in `shopwarden-admin seed` (app/admin/seedcommand.cpp). Terminology as in
# zh_CN_glossary_disputes.py: 纠纷 (dispute), 发起纠纷 (open a dispute), 调解 (mediation),
# 买家 / 商家 / 平台.
#
# Keyed by context so that these words never change another area's wording.

_DETAIL = "sw::ui::AfterSalesDetailWidget"
_TICKET = "sw::ui::TicketDetailWidget"
_MAIN = "sw::ui::MainWindow"
_CLI = "AdminCli"

BY_CONTEXT = {
    # After-sales request detail
    (_DETAIL, "Open &Dispute…"): "发起纠纷(&D)…",
    (_DETAIL, "Ask the platform to mediate between the buyer and the merchant"): "请平台在买家与商家之间进行调解",
    (_DETAIL, "Dispute opened."): "已发起纠纷。",

    # Ticket detail
    (_TICKET, "Open &Dispute…"): "发起纠纷(&D)…",
    (_TICKET, "Ask the platform to mediate between the buyer and the merchant"): "请平台在买家与商家之间进行调解",
    (_TICKET, "Dispute opened."): "已发起纠纷。",

    # Main window: "纠纷调解（2）" — overdue disputes the lead or manager can act on
    (_MAIN, "%1 (%2)"): "%1（%2）",

    # shopwarden-admin seed
    (_CLI, "Added %1 demo disputes in every status."): "已添加 %1 个覆盖全部状态的演示纠纷。",
    (_CLI, "Fills a database with demo data: customers, merchants and customer-service tickets with their "
           "timelines, SLA times and search index, and a dozen after-sales requests and disputes in every "
           "status. The demo staff is created when the database has no ticket handlers. The tickets are local "
           "(not queued for sync); the after-sales requests and disputes are created through their services, "
           "with audit and sync records."):
        "向数据库填充演示数据：客户、商家、客服工单及其服务跟踪、SLA 时间和搜索索引，以及十余个覆盖全部状态的售后申请和纠纷。"
        "数据库中没有客服人员时会创建演示员工。工单只保存在本地（不进入同步队列）；售后申请和纠纷通过各自的服务创建，"
        "带有审计和同步记录。",
}

# The longer sentences also by source text, in case lupdate files one under another context.
GLOSSARY = {
    "Open &Dispute…": "发起纠纷(&D)…",
    "Ask the platform to mediate between the buyer and the merchant": "请平台在买家与商家之间进行调解",
    "Added %1 demo disputes in every status.": "已添加 %1 个覆盖全部状态的演示纠纷。",
}
