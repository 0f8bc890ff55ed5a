# Simplified Chinese for the merchant onboarding review rules (issue 6: core/domain/
# creditcode, merchantworkflow, merchantreviewdue, creditscore).
# Terms: 统一社会信用代码 (unified social credit code), 审核专员 (merchant auditor), 初审 / 复核
# (first / second review), 补充资料 (more information), 驳回 (reject), 信用档案 (credit file),
# 信用分 (score), 四眼原则 (four-eyes rule), 抽检 (spot check), 知识产权侵权 (IP infringement).

_CREDIT = "sw::domain::Credit"
_CODE = "sw::domain::CreditCode"
_RULES = "sw::domain::CreditRules"
_M = "sw::domain::Merchant"
_WF = "sw::domain::MerchantWorkflow"
_DOCS = "sw::domain::MerchantDocuments"
_ID = "sw::domain::MerchantIdentity"

BY_CONTEXT = {
    (_CREDIT, "Upheld complaint"): "投诉成立",
    (_CREDIT, "Failed spot check"): "抽检不合格",
    (_CREDIT, "Fake reviews"): "虚假评价",
    (_CREDIT, "IP infringement"): "知识产权侵权",
    (_CREDIT, "Clean quarter"): "季度无违规",
    (_CREDIT, "Dispute decided against the merchant"): "纠纷裁决商家责任",
    (_CODE, "Enter the unified social credit code (18 characters)."): "请输入统一社会信用代码（18 位）。",
    (_CODE, "A unified social credit code has 18 characters; “%1” has %2."):
        "统一社会信用代码应为 18 位；“%1”为 %2 位。",
    (_CODE, "Character %1 of the credit code, “%2”, is not allowed: only digits and the letters A–Y without I, O, S, V and Z are used."):
        "信用代码第 %1 位“%2”不合法：只能使用数字和除 I、O、S、V、Z 以外的字母 A–Y。",
    (_CODE, "Characters 3 to 8 of the credit code are the administrative division code and must be digits."):
        "信用代码第 3 至 8 位为行政区划码，必须是数字。",
    (_CODE, "The credit code %1 is not valid: its check character is “%2”, but the first 17 characters call for “%3”. Check the code for a typing error."):
        "信用代码 %1 无效：校验码为“%2”，但按前 17 位应为“%3”。请检查是否输入有误。",
    (_RULES, "The points of “%1” must be between −%2 and +%2."): "“%1”的分值必须在 −%2 到 +%2 之间。",
    (_RULES, "The credit scoring rules cannot be used: %1"): "信用评分规则无法使用：%1",
    (_RULES, "the version must be a whole number from 1."): "版本号必须是不小于 1 的整数。",
    (_RULES, "“%1” is not an event of the credit file."): "“%1”不是信用档案的事件类型。",
    (_RULES, "the points of “%1” must be a whole number between −%2 and +%2."):
        "“%1”的分值必须是 −%2 到 +%2 之间的整数。",
    (_RULES, "the points of “%1” are missing."): "缺少“%1”的分值。",
    (_M, "Submitted"): "已提交",
    (_M, "In review"): "审核中",
    (_M, "Information requested"): "待补充资料",
    (_M, "Second review"): "复核",
    (_M, "Approved"): "已通过",
    (_M, "Rejected"): "已驳回",
    (_M, "Take"): "领取",
    (_M, "Request information"): "要求补充资料",
    (_M, "Information received"): "资料已补充",
    (_M, "First approval"): "初审通过",
    (_M, "Approve (second review)"): "复核通过",
    (_M, "Reject"): "驳回",
    (_M, "A required document is missing"): "缺少必需证照",
    (_M, "A scan is unreadable"): "扫描件无法辨认",
    (_M, "A document has expired"): "证照已过期",
    (_M, "The data do not match the documents"): "填报信息与证照不符",
    (_M, "Other"): "其他",
    (_M, "Documents incomplete"): "证照不齐全",
    (_M, "Documents invalid or expired"): "证照无效或已过期",
    (_M, "False information"): "信息不实",
    (_M, "Category not allowed on the platform"): "经营类目不在平台准入范围内",
    (_M, "Already registered as another merchant"): "已作为其他商家入驻",
    (_M, "No trademark or brand authorisation"): "无商标注册证明或品牌授权",
    (_WF, "“%1” is not possible while the application is “%2”."): "申请处于“%2”状态时不能执行“%1”。",
    (_WF, "Only merchant auditors review applications."): "只有审核专员可以审核入驻申请。",
    (_WF, "You gave this application its first approval, so its second review must be done by another auditor (four-eyes rule)."):
        "您已对该申请初审通过，复核必须由另一位审核专员完成（四眼原则）。",
    (_WF, "This application is being reviewed by another auditor; only they can take this step."):
        "该申请正由另一位审核专员审核，只有其本人可以执行此操作。",
    (_WF, "Choose a reason and say which information the merchant must supply."):
        "请选择原因，并说明商家需要补充哪些资料。",
    (_WF, "Choose a rejection reason and explain it: the merchant is told why."):
        "请选择驳回原因并加以说明：商家会收到驳回理由。",
    (_M, "Business licence"): "营业执照",
    (_M, "Tax registration"): "税务登记证",
    (_M, "Legal representative's ID"): "法定代表人身份证",
    (_M, "Industry permit"): "行业许可证",
    (_M, "Trademark or brand authorisation"): "商标注册证或品牌授权书",
    (_DOCS, "The %1 is required for this merchant's categories."): "该商家的经营类目需要提供%1。",
    (_DOCS, "Enter the number of the %1."): "请填写%1的证件编号。",
    (_DOCS, "Add a scan of the %1."): "请添加%1的扫描件。",
    (_DOCS, "The %1 expired on %2; an application needs current documents."):
        "%1已于 %2 过期；入驻申请须提供有效证照。",
    (_DOCS, "The file “%1” is too large: scans may be at most %2."): "文件“%1”过大：扫描件最大为 %2。",
    (_DOCS, "The file “%1” is not a PNG, JPEG or PDF file; scans must be images or PDF documents."):
        "文件“%1”不是 PNG、JPEG 或 PDF 文件；扫描件必须是图片或 PDF 文档。",
    (_DOCS, "The required-documents table was written by a newer version of Shopwarden."):
        "必需证照表由更新版本的店务管家写入，无法读取。",
    (_DOCS, "The required documents of “%1” must be a list."): "“%1”的必需证照必须是列表。",
    (_DOCS, "“%1” in the required documents of “%2” is not a document kind."):
        "“%2”的必需证照中的“%1”不是证照类型。",
    (_M, "Unified social credit code"): "统一社会信用代码",
    (_M, "Legal representative's ID number"): "法定代表人身份证号",
    (_M, "Bank account"): "银行账号",
    (_ID, "A resident ID number has 18 characters; “%1” has %2."): "居民身份证号应为 18 位；“%1”为 %2 位。",
    (_ID, "The first 17 characters of a resident ID number are digits; character %1 is “%2”."):
        "身份证号前 17 位应为数字；第 %1 位是“%2”。",
    (_ID, "Characters 7 to 14 of the ID number %1 are not a valid date of birth."):
        "身份证号 %1 的第 7 至 14 位不是有效的出生日期。",
    (_ID, "The ID number %1 is not valid: its last character is “%2”, but the first 17 call for “%3”. Check it for a typing error."):
        "身份证号 %1 无效：末位为“%2”，但按前 17 位应为“%3”。请检查是否输入有误。",
}
