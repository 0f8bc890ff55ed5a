# Simplified Chinese for the business-day calendar (工作日历): CalendarService, the
# calendar dialogs, Settings → Business-Day Calendar and "shopwarden-admin calendar"
# (issue 3). Terms: public holiday 法定节假日, make-up working day 调休上班日, ordinary day
# 普通日, built-in 内置, custom 自定义, import 导入, export 导出.

BY_CONTEXT = {
    ("sw::ui::CalendarDialog", "Date"): "日期",
    ("sw::ui::CalendarDialog", "Weekday"): "星期",
    ("sw::ui::CalendarDialog", "Type"): "类型",
    ("sw::ui::CalendarDialog", "Name"): "名称",
    ("sw::ui::CalendarDialog", "Source"): "来源",
    ("sw::ui::CalendarDialog", "Custom"): "自定义",
    ("sw::ui::CalendarDialog", "Built-in"): "内置",
    ("sw::ui::CalendarDialog", "&Remove"): "删除(&R)",
    ("sw::ui::CalendarDialog", "&Edit…"): "编辑(&E)…",
    ("sw::ui::CalendarDialog", "&Add…"): "添加(&A)…",
}

GLOSSARY = {
    # --- CalendarService (core) ---
    "Public holiday": "法定节假日",
    "Make-up working day": "调休上班日",
    "Ordinary day": "普通日",
    "The calendar covers the years %1 to %2; %3 is outside them.":
        "工作日历涵盖 %1 至 %2 年；%3 年不在此范围内。",
    "The calendar day has no valid date.": "该日历日期无效。",
    "%1 is outside the years %2 to %3 that the calendar covers.":
        "%1 不在工作日历涵盖的 %2 至 %3 年范围内。",
    "%1 falls on a weekend, which is a day off anyway; list only holidays that fall on weekdays.":
        "%1 是周末，本来就休息；只需列出落在工作日的节假日。",
    "%1 is a weekday, which is a working day anyway; a make-up working day must fall on a weekend.":
        "%1 是工作日，本来就上班；调休上班日必须在周末。",
    "The calendar day %1 has no name.": "日历日期 %1 没有名称。",
    "The name of %1 is longer than %2 characters.": "%1 的名称超过 %2 个字符。",
    "The name of %1 must be one line of text without tabs or line breaks.":
        "%1 的名称必须是单行文字，不能包含制表符或换行符。",
    "Sign in to see the business-day calendar.": "请先登录，再查看工作日历。",
    "The calendar file is larger than 1 MB; it cannot be a calendar file.":
        "该文件超过 1 MB，不可能是工作日历文件。",
    "Line %1: %2": "第 %1 行：%2",
    "The first line must be the header “date,type,name”.": "首行必须是表头“date,type,name”。",
    "Expected three fields: date, type and name.": "应有三个字段：日期、类型和名称。",
    "“%1” is not a date in the form YYYY-MM-DD.": "“%1”不是 YYYY-MM-DD 格式的日期。",
    "Unknown day type “%1”; use “holiday”, “workday” or “normal”.":
        "未知的日期类型“%1”；请使用“holiday”“workday”或“normal”。",
    "%1 is already listed on line %2.": "%1 已在第 %2 行列出。",
    "The calendar file is empty; it needs at least the header line “date,type,name”.":
        "日历文件为空；至少需要表头行“date,type,name”。",
    "The calendar file lists no days; nothing was imported.": "日历文件中没有列出任何日期，未导入任何内容。",
    "%1 has no custom entry; it already follows the built-in calendar.":
        "%1 没有自定义条目，已按内置日历执行。",
    # WriteTransaction::restore (context "Services")
    "The record was changed meanwhile; reload and try again.": "该记录已被他人修改，请刷新后重试。",

    # --- CalendarDayDialog ---
    "Calendar Day": "日历日期",
    "&Date:": "日期(&D)：",
    "&Type:": "类型(&T)：",
    "&Name:": "名称(&N)：",
    "Public holidays fall on weekdays and make-up working days on weekends; an ordinary day cancels a built-in entry and may carry a note.":
        "法定节假日须在周一至周五，调休上班日须在周六或周日；普通日用于取消内置条目，可附说明。",
    "Optional note, e.g. why the shop stays open": "可选说明，例如照常营业的原因",
    "e.g. Spring Festival": "例如：春节",

    # --- CalendarDialog ---
    "Business-Day Calendar": "工作日历",
    "Public holidays and make-up working days decide which days count as business days, e.g. for SLA targets measured in business days. The built-in Chinese calendar comes with Shopwarden; custom entries made here take its place for their day and reach every workstation through sync.":
        "法定节假日和调休上班日决定哪些日子算作工作日，例如按工作日计算的 SLA 时效。店务管家内置中国节假日日历；在此录入的自定义条目会替代当天的内置条目，并通过同步下发到所有工作站。",
    "&Year:": "年份(&Y)：",
    "&Import CSV…": "导入 CSV(&I)…",
    "E&xport CSV…": "导出 CSV(&X)…",
    "You can view and export the calendar. Only users who may change settings (administrators) can change it.":
        "您可以查看和导出工作日历。只有有权修改设置的用户（系统管理员）才能修改。",
    "Entered on a workstation; syncs to every workstation.": "在工作站上录入，并同步到所有工作站。",
    "Part of the Chinese calendar that comes with Shopwarden.": "店务管家内置的中国节假日日历。",
    "Custom (replaces built-in)": "自定义（替代内置）",
    "Replaces the built-in entry “%1” (%2). Remove the custom entry to bring it back.":
        "替代内置条目“%1”（%2）。删除此自定义条目即可恢复内置条目。",
    "No holidays or make-up working days are listed for %1: every weekday is a working day.":
        "%1 年未列出法定节假日或调休上班日：周一至周五均为工作日。",
    "%1: %2 public holidays, %3 make-up working days, %4 custom entries.":
        "%1 年：法定节假日 %2 天，调休上班日 %3 天，自定义条目 %4 条。",
    "Add Calendar Day": "添加日历日期",
    "Edit Calendar Day": "编辑日历日期",
    "Saved %1 as a custom entry.": "已将 %1 保存为自定义条目。",
    "Removed the custom entry of %1; the built-in calendar applies to that day again.":
        "已删除 %1 的自定义条目，该日重新按内置日历执行。",
    "Import Calendar": "导入工作日历",
    "Export Calendar": "导出工作日历",
    "CSV files (*.csv);;All files (*)": "CSV 文件 (*.csv);;所有文件 (*)",
    "CSV files (*.csv)": "CSV 文件 (*.csv)",
    "Importing the calendar…": "正在导入工作日历…",
    "The file %1 cannot be read.": "无法读取文件 %1。",
    "The file %1 cannot be written.": "无法写入文件 %1。",
    "Imported %1 days: %2 added, %3 changed, %4 already up to date.":
        "已导入 %1 天：新增 %2 天，修改 %3 天，%4 天已是最新。",
    "Exported the calendar of %1 to %2.": "已将 %1 年的工作日历导出到 %2。",

    # --- MainWindow ---
    "Business-Day &Calendar…": "工作日历(&C)…",

    # --- shopwarden-admin calendar (context AdminCli) ---
    "--year must be a year from %1 to %2.": "--year 必须是 %1 至 %2 之间的年份。",
    "Usage: shopwarden-admin calendar list|import|export [options]\n"
    "\n"
    "  list    the public holidays and make-up working days of a year (--year Y)\n"
    "  import  set the days listed in a CSV file (--csv FILE), all or nothing\n"
    "  export  write a year as CSV (--year Y --out FILE)\n"
    "\n"
    "Each takes --db FILE --passphrase-file F. Run \"shopwarden-admin calendar SUBCOMMAND --help\" for details.":
        "用法：shopwarden-admin calendar list|import|export [选项]\n"
        "\n"
        "  list    列出某一年的法定节假日和调休上班日（--year 年份）\n"
        "  import  按 CSV 文件设置其中列出的日期（--csv 文件），全部成功或全部不生效\n"
        "  export  将某一年导出为 CSV（--year 年份 --out 文件）\n"
        "\n"
        "均需 --db 文件 --passphrase-file 文件。运行 \"shopwarden-admin calendar 子命令 --help\" 查看详情。",
    "Lists the public holidays and make-up working days of a year as they are in effect: the built-in Chinese calendar with this database's custom entries. One line per day: date, weekday, type, source, name (tab-separated).":
        "列出某一年实际生效的法定节假日和调休上班日：内置中国节假日日历加上本数据库的自定义条目。每天一行：日期、星期、类型、来源、名称（以制表符分隔）。",
    "The year to list.": "要列出的年份。",
    "Sets every day listed in a CSV file (header \"date,type,name\"; type holiday, workday or normal) as a custom entry. All or nothing: a bad line is named with its number and nothing is saved.":
        "将 CSV 文件（表头 \"date,type,name\"；类型为 holiday、workday 或 normal）中列出的每一天设为自定义条目。全部成功或全部不生效：有错误的行会给出行号，且不保存任何内容。",
    "The CSV file to import.": "要导入的 CSV 文件。",
    "Writes the effective calendar of a year as CSV (UTF-8 with a byte-order mark) that \"calendar import\" reads back. FILE must not exist; \"-\" writes to standard output.":
        "将某一年实际生效的工作日历写为 CSV（带字节顺序标记的 UTF-8），可由 \"calendar import\" 重新导入。文件不得已存在；\"-\" 表示写到标准输出。",
    "The year to export.": "要导出的年份。",
    "The CSV file to write.": "要写入的 CSV 文件。",
    "The calendar command needs a subcommand: list, import or export.":
        "calendar 命令需要子命令：list、import 或 export。",
    "Unknown calendar subcommand \"%1\".": "未知的 calendar 子命令 \"%1\"。",
    # The tool's main usage text gained the "calendar" line.
    "Usage: shopwarden-admin COMMAND [options]\n"
    "\n"
    "Commands:\n"
    "  init     create a new encrypted database and its first administrator\n"
    "  check    verify encryption, integrity, schema version and the audit chain\n"
    "  rekey    change the database passphrase\n"
    "  backup   write an encrypted backup copy\n"
    "  restore  check a backup and put it in place of the database\n"
    "  bench    run a benchmark (bench storage --rows N --json, bench tickets --db FILE ...)\n"
    "  seed     fill a database with demo tickets (seed --tickets N)\n"
    "  calendar business-day calendar (calendar list --year Y, import --csv FILE, export --year Y --out FILE)\n"
    "\n"
    "Run \"shopwarden-admin COMMAND --help\" for a command's options.\n"
    "Exit codes: 0 success, 2 usage error, 3 wrong passphrase or not a Shopwarden database, 4 any other error.":
        "用法：shopwarden-admin 命令 [选项]\n"
        "\n"
        "命令：\n"
        "  init     创建新的加密数据库及其第一个系统管理员\n"
        "  check    检查加密、完整性、数据库结构版本和审计链\n"
        "  rekey    更改数据库口令\n"
        "  backup   写入加密备份副本\n"
        "  restore  检查备份并用它替换数据库\n"
        "  bench    运行基准测试（bench storage --rows N --json，bench tickets --db 文件 ...）\n"
        "  seed     向数据库填充演示工单（seed --tickets N）\n"
        "  calendar 工作日历（calendar list --year 年份，import --csv 文件，export --year 年份 --out 文件）\n"
        "\n"
        "运行 \"shopwarden-admin 命令 --help\" 查看该命令的选项。\n"
        "退出码：0 成功，2 用法错误，3 口令错误或不是店务管家数据库，4 其他错误。",
}
