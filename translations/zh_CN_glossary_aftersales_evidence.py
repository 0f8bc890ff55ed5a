# Simplified-Chinese translations of after-sales evidence files (issue 5, "evidence
# attachments": core/services/aftersalesservice_evidence.cpp and the request dialog).
# Terminology as in zh_CN_glossary_aftersales.py: 凭证 (evidence of a request), 售后申请,
# 退回补充资料 (returned for information), 附件 (attachment), 同步 (sync).
# The file checks shared with ticket attachments (services/attachmentfile.cpp) keep the
# "TicketService" context and its existing translations.

_SVC = "sw::services::AfterSalesService"
_REQ = "sw::ui::AfterSalesRequestDialog"
_DETAIL = "sw::ui::AfterSalesDetailWidget"
_BOX = "sw::ui::AfterSalesEvidenceBox"

BY_CONTEXT = {
    (_SVC, "Evidence of request %1 can only be changed while it is submitted or returned for more information; it is now “%2”."):
        "售后申请 %1 的凭证只能在“已提交”或“退回补充资料”状态下修改；当前状态为“%2”。",
    (_SVC, "Evidence “%1” added to after-sales request %2."): "已为售后申请 %2 添加凭证“%1”。",
    (_SVC, "Evidence “%1” removed from after-sales request %2."): "已从售后申请 %2 中移除凭证“%1”。",
    (_SVC, "The evidence file does not exist; it may have been removed."): "该凭证文件不存在，可能已被移除。",
    (_SVC, "The file “%1” has not arrived from the server yet; it is fetched with the next sync."):
        "文件“%1”尚未从服务器下载，将在下次同步时获取。",
    (_SVC, "The stored file “%1” is damaged: its checksum does not match, so it is not opened."):
        "存储的文件“%1”已损坏：校验值不符，因此不予打开。",
    (_REQ, "Add &Evidence…"): "添加凭证(&E)…",
    (_REQ, "Remo&ve"): "移除(&V)",
    (_REQ, "The number of evidence files added below; quality claims need at least one"):
        "下方已添加的凭证文件数量；质量问题申请至少需要一个",
    (_REQ, "Evidence items:"): "凭证数量：",
    (_REQ, "Evidence files:"): "凭证文件：",
    (_REQ, "Add Evidence"): "添加凭证",
    (_REQ, "The file %1 cannot be read."): "无法读取文件 %1。",
    (_REQ, "The file %1 is too large: evidence files may be at most %2."): "文件 %1 过大：凭证文件最大为 %2。",
    (_REQ, "%1 (%2)"): "%1（%2）",
    (_BOX, "Evidence Files"): "凭证文件",
    (_BOX, "Re&move…"): "移除(&M)…",
    (_BOX, "A&dd…"): "添加(&D)…",
    (_BOX, "Add Evidence"): "添加凭证",
    (_BOX, "The file %1 is too large: evidence files may be at most %2."): "文件 %1 过大：凭证文件最大为 %2。",
    (_BOX, "Evidence “%1” added."): "已添加凭证“%1”。",
    (_BOX, "Remove Evidence"): "移除凭证",
    (_BOX, "Remove the evidence file “%1” from request %2? The file is deleted from this request on every workstation."):
        "要从售后申请 %2 中移除凭证文件“%1”吗？该文件将在所有工作站上从此申请中删除。",
    (_BOX, "&Remove"): "移除(&R)",
    (_BOX, "Evidence “%1” removed."): "已移除凭证“%1”。",
    (_BOX, "&Open"): "打开(&O)",
    (_BOX, "Save &As…"): "另存为(&A)…",
    (_BOX, "%1 (%2, %3, %4)"): "%1（%2，%3，%4）",
}

# Also by source text, in case lupdate files a sentence under another context.
GLOSSARY = {
    "Evidence of request %1 can only be changed while it is submitted or returned for more information; it is now “%2”.":
        "售后申请 %1 的凭证只能在“已提交”或“退回补充资料”状态下修改；当前状态为“%2”。",
    "The evidence file does not exist; it may have been removed.": "该凭证文件不存在，可能已被移除。",
}
