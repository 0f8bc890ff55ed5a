# Simplified-Chinese translations of the strings added by the SLA helper (issue 3):
# the SLA policy dialog's note and busy line.
GLOSSARY = {
    "Saving applies the new targets to every ticket that is not yet resolved: their due and warning times are recalculated at once.":
        "保存后，新的时效目标将立即应用于所有尚未解决的工单，并重新计算其到期时间和预警时间。",
    "Saving the policy and recalculating the due times of open tickets…":
        "正在保存时效规则并重新计算未结工单的到期时间…",
}
BY_CONTEXT = {
    ("sw::ui::SlaPolicyDialog",
     "Saving applies the new targets to every ticket that is not yet resolved: their due and warning times are recalculated at once."):
        "保存后，新的时效目标将立即应用于所有尚未解决的工单，并重新计算其到期时间和预警时间。",
    ("sw::ui::SlaPolicyDialog", "Saving the policy and recalculating the due times of open tickets…"):
        "正在保存时效规则并重新计算未结工单的到期时间…",
}
