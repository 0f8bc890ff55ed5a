# Simplified Chinese for Shopwarden's UI, keyed by English source text.
# Terminology (keep consistent): user 用户, role 角色, team 团队, passphrase (database)
# 数据库口令 / 口令, password 密码, sign in 登录, sign out 退出登录, login (name) 登录名,
# deactivate 停用, activate 启用, reset password 重置密码, unlock 解锁, audit log 审计日志,
# backup 备份, restore 恢复, workbench/home 工作台, ticket 工单, after-sales 售后.
# Mnemonics follow the Chinese convention: "登录名(&L):".

# (context, source) → translation, where one English text needs different Chinese.
BY_CONTEXT = {
    ("sw::ui::UsersPane", "Users"): "用户管理",
    ("sw::models::UserTableModel", "Active"): "已启用",
    ("sw::models::UserTableModel", "Name"): "姓名",
    ("sw::domain::Ticket", "New"): "新建",
    ("sw::domain::Ticket", "Open"): "处理中",
    ("sw::domain::Ticket", "Normal"): "普通",
    ("sw::domain::Ticket", "Warning"): "预警",
    ("UserEditDialog", "User"): "用户",
}

GLOSSARY = {
    # --- shopwarden-admin (command line) ---
    "Writes an encrypted copy of the database (same passphrase) to a new file. The database may stay in use meanwhile.":
        "将数据库的加密副本（口令不变）写入一个新文件。备份期间数据库可继续使用。",
    "The database file to back up.": "要备份的数据库文件。",
    'File whose first line is the database passphrase ("-" = standard input).':
        "首行为数据库口令的文件（“-”表示标准输入）。",
    "The backup file to write; it must not exist yet.": "要写入的备份文件；该文件必须尚不存在。",
    "Wrote the encrypted backup %1. It opens with the same passphrase as %2.":
        "已写入加密备份 %1，其口令与 %2 相同。",
    "Checks a backup (passphrase, integrity, schema version, audit chain) and only then replaces the database with it. A damaged or foreign backup is refused and nothing is overwritten.":
        "先检查备份（口令、完整性、数据库结构版本、审计链），通过后才用它替换数据库。损坏的或不属于本系统的备份会被拒绝，不会覆盖任何文件。",
    "The backup file to restore.": "要恢复的备份文件。",
    'File whose first line is the backup\'s passphrase ("-" = standard input).':
        "首行为备份口令的文件（“-”表示标准输入）。",
    "The database file to replace (or create).": "要替换（或新建）的数据库文件。",
    "%1 is a folder, not a database file.": "%1 是文件夹，不是数据库文件。",
    "The folder %1 does not exist.": "文件夹 %1 不存在。",
    "The backup and the database are the same file.": "备份与数据库是同一个文件。",
    "Nothing was restored; %1 is unchanged.": "未恢复任何内容；%1 保持不变。",
    "Restored %1 from the backup %2.": "已从备份 %2 恢复 %1。",
    'Runs a benchmark. "storage": the same bulk insert, indexed lookups and range scans on an encrypted and on an unencrypted database, with their ratio.':
        "运行基准测试。“storage”：在加密和未加密的数据库上分别执行相同的批量插入、索引查询和范围扫描，并给出两者的比值。",
    "Number of rows to insert.": "要插入的行数。",
    "Print one JSON object instead of a table.": "输出一个 JSON 对象，而不是表格。",
    "Folder for the two test databases (default: a temporary folder). They are deleted afterwards.":
        "存放两个测试数据库的文件夹（默认：临时文件夹）。测试结束后会删除它们。",
    "Page cache size in KiB for both databases (default: what the app uses).":
        "两个数据库的页缓存大小，单位 KiB（默认：与应用程序相同）。",
    "PRAGMA synchronous for both databases: OFF, NORMAL or FULL (default: what the app uses).":
        "两个数据库的 PRAGMA synchronous：OFF、NORMAL 或 FULL（默认：与应用程序相同）。",
    'Unknown benchmark "%1"; the only one is "storage".': "未知的基准测试“%1”；目前只有“storage”。",
    "--rows must be a whole number from 1 to 100000000.": "--rows 必须是 1 到 100000000 之间的整数。",
    "--cache-kib must be a whole number from 1 to 67108864.": "--cache-kib 必须是 1 到 67108864 之间的整数。",
    "--synchronous must be OFF, NORMAL or FULL.": "--synchronous 必须是 OFF、NORMAL 或 FULL。",
    'Unexpected argument "%1".': "多余的参数“%1”。",
    "Missing argument %1.": "缺少参数 %1。",
    "The option --%1 is required.": "必须指定选项 --%1。",
    "The option --%1 needs a value.": "选项 --%1 需要一个值。",
    "Usage: %1": "用法：%1",
    "Options:": "选项：",
    "Show this help.": "显示此帮助。",
    'A passphrase or password file holds the secret on its first line; "-" reads it from standard input.':
        "口令或密码文件的首行即为该机密；“-”表示从标准输入读取。",
    "Exit codes: 0 success, 2 usage error, 3 wrong passphrase or not a Shopwarden database, 4 any other error.":
        "退出码：0 成功，2 用法错误，3 口令错误或不是店务管家数据库，4 其他错误。",
    'Run "shopwarden-admin %1 --help" for details.': "运行“shopwarden-admin %1 --help”查看详情。",
    'Only one passphrase or password can be read from standard input ("-").':
        "只能有一个口令或密码从标准输入（“-”）读取。",
    "standard input": "标准输入",
    "Standard input cannot be read.": "无法读取标准输入。",
    "The file %1 (%2) does not exist.": "文件 %1（%2）不存在。",
    "%1 (%2) is a folder, not a file.": "%1（%2）是文件夹，不是文件。",
    "The file %1 (%2) cannot be read: %3": "无法读取文件 %1（%2）：%3",
    "%1 (%2) cannot be read.": "无法读取 %1（%2）。",
    "The first line of %1 (%2) is too long.": "%1（%2）的首行过长。",
    "The first line of %1 (%2) is empty; an empty passphrase or password is not allowed.":
        "%1（%2）的首行为空；不允许使用空的口令或密码。",
    "The file %1 does not exist.": "文件 %1 不存在。",
    "The file %1 cannot be read (permission denied).": "无法读取文件 %1（权限不足）。",
    "%1 already exists; shopwarden-admin never overwrites it and has changed nothing.":
        "%1 已存在；shopwarden-admin 从不覆盖已有文件，未做任何更改。",
    "The database file.": "数据库文件。",
    "Creates a new encrypted Shopwarden database and its first administrator. An existing file is never touched.":
        "新建一个加密的店务管家数据库及其第一位系统管理员。绝不改动已存在的文件。",
    "The database file to create.": "要新建的数据库文件。",
    "Login of the first administrator.": "第一位系统管理员的登录名。",
    'File whose first line is the administrator\'s password ("-" = standard input).':
        "首行为系统管理员密码的文件（“-”表示标准输入）。",
    "Display name of the administrator (default: the login).": "系统管理员的显示名称（默认：登录名）。",
    'Created the encrypted database %1 with the administrator "%2".': "已新建加密数据库 %1，系统管理员为“%2”。",
    'Verifies a database without changing it: encryption, PRAGMA integrity_check, schema version and the audit log\'s hash chain. Prints "ok" last when all is well.':
        "在不做任何更改的前提下检查数据库：加密、PRAGMA integrity_check、数据库结构版本以及审计日志的哈希链。全部正常时最后输出“ok”。",
    "cipher: SQLCipher %1": "加密：SQLCipher %1",
    "integrity: FAILED": "完整性：失败",
    "PRAGMA integrity_check reports %n problem(s):": "PRAGMA integrity_check 报告了 %n 个问题：",
    "integrity: ok": "完整性：正常",
    "schema: version %1 of %2 (older; the app migrates it when it next opens it)":
        "数据库结构：版本 %1 / %2（较旧；应用程序下次打开时会自动升级）",
    "schema: version %1 of %2": "数据库结构：版本 %1 / %2",
    "audit chain: %n entries, intact": "审计链：%n 条记录，完好",
    "audit chain: BROKEN": "审计链：已损坏",
    "The check of %1 found problems (see above).": "检查 %1 时发现问题（见上文）。",
    "Changes the database passphrase: re-encrypts the file with a key derived from the new passphrase. On failure the old passphrase stays valid.":
        "更改数据库口令：用由新口令派生的密钥重新加密文件。如果失败，旧口令仍然有效。",
    'File whose first line is the current passphrase ("-" = standard input).':
        "首行为当前口令的文件（“-”表示标准输入）。",
    'File whose first line is the new passphrase ("-" = standard input).':
        "首行为新口令的文件（“-”表示标准输入）。",
    "The passphrase of %1 has been changed. From now on only the new passphrase opens it.":
        "%1 的口令已更改。从现在起只有新口令才能打开它。",
    "Usage: shopwarden-admin COMMAND [options]\n\nCommands:\n  init     create a new encrypted database and its first administrator\n  check    verify encryption, integrity, schema version and the audit chain\n  rekey    change the database passphrase\n  backup   write an encrypted backup copy\n  restore  check a backup and put it in place of the database\n  bench    run a benchmark (bench storage --rows N --json)\n\nRun \"shopwarden-admin COMMAND --help\" for a command's options.\nExit codes: 0 success, 2 usage error, 3 wrong passphrase or not a Shopwarden database, 4 any other error.":
        "用法：shopwarden-admin 命令 [选项]\n\n命令：\n  init     新建加密数据库及第一位系统管理员\n  check    检查加密、完整性、数据库结构版本和审计链\n  rekey    更改数据库口令\n  backup   写入加密备份\n  restore  检查备份并用它替换数据库\n  bench    运行基准测试（bench storage --rows N --json）\n\n运行“shopwarden-admin 命令 --help”查看某个命令的选项。\n退出码：0 成功，2 用法错误，3 口令错误或不是店务管家数据库，4 其他错误。",
    'Unknown command "%1".': "未知命令“%1”。",

    # --- audit log, sign-in ---
    "The audit log has been tampered with: entry %1 is missing.": "审计日志已被篡改：缺少第 %1 条记录。",
    "The audit log has been tampered with: entry %1 was changed.": "审计日志已被篡改：第 %1 条记录被修改过。",
    "The login or password is incorrect.": "登录名或密码不正确。",
    "This account is locked after too many failed sign-in attempts. Try again after %1 or ask an administrator to unlock it.":
        "由于登录失败次数过多，此账户已被锁定。请在 %1 之后重试，或请系统管理员解锁。",

    # --- key derivation, passphrase strength ---
    "The passphrase must not be empty.": "口令不能为空。",
    "The key derivation salt has the wrong size.": "密钥派生所用的盐长度不正确。",
    "There is not enough memory to derive the database key.": "内存不足，无法派生数据库密钥。",
    "Too short: a passphrase needs at least %1 characters.": "太短：口令至少需要 %1 个字符。",
    "Strength: weak. Use more words or more kinds of characters.": "强度：弱。请使用更多词语或更多种类的字符。",
    "Strength: fair.": "强度：中。",
    "Strength: strong.": "强度：强。",
    ", ": "、",

    # --- roles (DOMAIN.md) ---
    "Customer-service agent": "客服专员",
    "Customer-service lead": "客服主管",
    "Merchant auditor": "审核专员",
    "Trainer": "培训专员",
    "Manager": "经理",
    "Administrator": "系统管理员",

    # --- services ---
    "The change was not saved because another record already uses the same value where values must be unique.":
        "更改未保存：另一条记录已使用了相同的值，而该值必须唯一。",
    "The database could not complete the operation.": "数据库无法完成此操作。",
    "You do not have permission to manage users. Ask an administrator.": "您没有管理用户的权限，请联系系统管理员。",
    "You do not have permission to manage teams. Ask an administrator.": "您没有管理团队的权限，请联系系统管理员。",
    "You do not have permission to change shared settings. Ask an administrator.":
        "您没有更改共享设置的权限，请联系系统管理员。",
    "You do not have permission to view the audit log.": "您没有查看审计日志的权限。",
    "You do not have permission to back up or restore the database.": "您没有备份或恢复数据库的权限。",
    "An internal error occurred; the change was not saved.": "发生内部错误，更改未保存。",
    "The record no longer exists; it may have been deleted meanwhile.": "该记录已不存在，可能已被他人删除。",
    "A setting name must be 1 to 64 characters long and use only lowercase letters, digits, '.' and '_'.":
        "设置名称长度须为 1 到 64 个字符，只能包含小写字母、数字、“.”和“_”。",

    # --- user edit form (.ui) ---
    "User": "用户",
    "&Login:": "登录名(&L)：",
    "letters, digits, . _ -": "字母、数字、. _ -",
    "&Display name:": "显示名称(&D)：",
    "&Team:": "团队(&T)：",
    "New &Team…": "新建团队(&T)…",
    "&Active (may sign in)": "启用（允许登录）(&A)",
    "Roles": "角色",
    "Separation of duties: this user would both set the rules (administrator) and approve under them (manager). Give one person both roles only if there is no one else.":
        "职责分离提醒：该用户既能制定规则（系统管理员），又能依据这些规则审批（经理）。只有在确实没有其他人选时，才应让同一人兼任这两个角色。",
    "Initial password": "初始密码",
    "&Password:": "密码(&P)：",
    "&Repeat password:": "确认密码(&R)：",

    # --- user service ---
    "The login must be 3 to 32 characters long and may contain only letters, digits, '.', '_' and '-'.":
        "登录名长度须为 3 到 32 个字符，只能包含字母、数字、“.”、“_”和“-”。",
    "The name must be 1 to %1 characters long.": "姓名长度须为 1 到 %1 个字符。",
    "Choose at least one role.": "请至少选择一个角色。",
    "The password must not be the same as the login.": "密码不能与登录名相同。",
    "The password could not be protected because the computer is short of memory. Close other programs and try again.":
        "计算机内存不足，无法加密保存密码。请关闭其他程序后重试。",
    "The login “%1” is already taken.": "登录名“%1”已被占用。",
    "The chosen team does not exist any more.": "所选团队已不存在。",
    "The user no longer exists.": "该用户已不存在。",
    "You cannot deactivate your own account.": "不能停用您自己的账户。",
    "You cannot remove the administrator role from your own account.": "不能移除您自己账户的系统管理员角色。",
    "This is the last active administrator. Give another user the administrator role first.":
        "这是最后一位启用中的系统管理员。请先将系统管理员角色授予其他用户。",
    "The password must be at least %1 characters long.": "密码长度至少为 %1 个字符。",
    "The password must not consist of spaces only.": "密码不能全部由空格组成。",
    "The current password is incorrect.": "当前密码不正确。",
    "The team name must be 1 to %1 characters long.": "团队名称长度须为 1 到 %1 个字符。",
    "A team named “%1” already exists.": "名为“%1”的团队已存在。",
    "This database already has users; sign in as an administrator.": "此数据库已有用户，请以系统管理员身份登录。",

    # --- desktop command line ---
    "Shopwarden (店务管家): back office for an e-commerce platform's service staff.":
        "店务管家：电商平台服务人员的后台管理系统。",
    "Use the database FILE instead of the one in the user's data folder.": "使用指定的数据库文件，而不是用户数据文件夹中的数据库。",
    "FILE": "文件",
    "Start on a throwaway database filled with demo data; prints its passphrase and logins.":
        "使用一个填充了演示数据的临时数据库启动，并输出其口令和登录账户。",
    "--db and --demo cannot be used together.": "--db 和 --demo 不能同时使用。",

    # --- business calendar ---
    "The calendar day has no valid date.": "该日历日期无效。",
    "%1 is already in the calendar.": "%1 已在日历中。",
    "%1 falls on a weekend, which is a day off anyway; list only holidays that fall on weekdays.":
        "%1 是周末，本来就休息；只需列出落在工作日的节假日。",
    "%1 is a weekday, which is a working day anyway; a make-up working day must fall on a weekend.":
        "%1 是工作日，本来就上班；调休上班日必须在周末。",
    "The calendar day %1 has no name.": "日历日期 %1 没有名称。",
    "Line %1: the first line must be the header “date,type,name”.": "第 %1 行：首行必须是表头“date,type,name”。",
    "Line %1: expected three fields: date, type and name.": "第 %1 行：应有三个字段：日期、类型和名称。",
    "Line %1: “%2” is not a date in the form YYYY-MM-DD.": "第 %1 行：“%2”不是 YYYY-MM-DD 格式的日期。",
    "Line %1: unknown day type “%2”; use “holiday” or “workday”.": "第 %1 行：未知的日期类型“%2”；请使用“holiday”或“workday”。",
    "Line %1: %2 is already listed on line %3.": "第 %1 行：%2 已在第 %3 行列出。",
    "Line %1: %2 falls on a weekend, which is a day off anyway; list only holidays that fall on weekdays.":
        "第 %1 行：%2 是周末，本来就休息；只需列出落在工作日的节假日。",
    "Line %1: %2 is a weekday, which is a working day anyway; a make-up working day must fall on a weekend.":
        "第 %1 行：%2 是工作日，本来就上班；调休上班日必须在周末。",
    "Line %1: the day %2 has no name.": "第 %1 行：日期 %2 没有名称。",
    "The calendar file is empty; it needs at least the header line “date,type,name”.":
        "日历文件为空；至少需要表头行“date,type,name”。",
    "The built-in holiday calendar is missing.": "内置的节假日日历缺失。",

    # --- search ---
    "“%1” is a single Chinese character and cannot be searched on its own; type at least two characters.":
        "“%1”是单个汉字，无法单独搜索；请至少输入两个字。",
    "Type at least two Chinese characters, a word or a number to search.": "请输入至少两个汉字、一个单词或一个数字进行搜索。",

    # --- SLA clock ---
    "due now": "已到期",
    "%1 d %2 h left": "剩余 %1 天 %2 小时",
    "%1 h %2 min left": "剩余 %1 小时 %2 分钟",
    "%1 min left": "剩余 %1 分钟",
    "less than 1 min left": "剩余不到 1 分钟",
    "overdue by %1 d %2 h": "已超时 %1 天 %2 小时",
    "overdue by %1 h %2 min": "已超时 %1 小时 %2 分钟",
    "overdue by %1 min": "已超时 %1 分钟",
    "overdue by less than 1 min": "已超时不到 1 分钟",

    # --- SLA policy ---
    "The first-response target must be between 1 hour and 90 days (%1 hours); it is %2 hours.":
        "初步反馈时限必须在 1 小时到 90 天（%1 小时）之间；当前为 %2 小时。",
    "The first-response target for special cases must be between 1 hour and 90 days (%1 hours); it is %2 hours.":
        "特殊情况的初步反馈时限必须在 1 小时到 90 天（%1 小时）之间；当前为 %2 小时。",
    "The resolution target for %1 tickets of priority %2 must be between 1 hour and 90 days (%3 hours); it is %4 hours.":
        "优先级为%2的%1工单，解决时限必须在 1 小时到 90 天（%3 小时）之间；当前为 %4 小时。",
    "The warning threshold must be between 1 % and 99 % of the target; it is %1 %.":
        "预警阈值必须在时限的 1% 到 99% 之间；当前为 %1%。",
    "The SLA setting “%1” must be a whole number.": "SLA 设置“%1”必须是整数。",
    "The SLA settings were written by a newer or unknown version of Shopwarden.": "SLA 设置由更新的或未知版本的店务管家写入。",
    "Unknown SLA calendar “%1”; use “calendar_hours” or “business_days”.":
        "未知的 SLA 日历“%1”；请使用“calendar_hours”或“business_days”。",
    "The SLA setting “resolutionHours” must be an object.": "SLA 设置“resolutionHours”必须是一个对象。",
    "Unknown ticket kind “%1” in the resolution targets.": "解决时限中有未知的工单类型“%1”。",
    "Unknown priority “%1” in the resolution targets.": "解决时限中有未知的优先级“%1”。",
    "The resolution target for %1 tickets of priority %2 must be a whole number of hours.":
        "优先级为%2的%1工单，解决时限必须是整数小时。",

    # --- tickets (DOMAIN.md) ---
    "Inquiry": "咨询",
    "Complaint": "投诉",
    "Suggestion": "建议",
    "Online": "在线",
    "Phone": "电话",
    "Email": "邮件",
    "Low": "低",
    "Normal": "普通",
    "High": "高",
    "Urgent": "紧急",
    "New": "新建",
    "Open": "处理中",
    "Pending customer": "待客户回复",
    "Resolved": "已解决",
    "Closed": "已关闭",
    "On track": "正常",
    "Warning": "预警",
    "Breached": "已超时",
    "Met": "已达标",
    "Paused": "已暂停",
    "The ticket is already “%1”.": "工单已处于“%1”状态。",
    "A ticket that is “%1” is final and cannot be changed to “%2”.": "“%1”是最终状态，工单不能再变更为“%2”。",
    "A ticket cannot go from “%1” to “%2”.": "工单不能从“%1”变更为“%2”。",
    "The ticket needs an owner before it can go from “%1” to “%2”.": "工单需要先指定负责人，才能从“%1”变更为“%2”。",
    "The ticket cannot go from “%1” to “%2” because its resolution time is unknown.":
        "解决时间未知，工单不能从“%1”变更为“%2”。",
    "The ticket cannot go from “%1” back to “%2”: it was resolved on %3, and a ticket can only be reopened within 7 days.":
        "工单不能从“%1”退回“%2”：它已于 %3 解决，而工单只能在解决后 7 天内重新打开。",

    # --- user table ---
    "Active": "已启用",
    "Inactive": "已停用",
    "Never": "从未登录",
    "Locked after failed sign-ins until %1.": "因多次登录失败被锁定，直至 %1。",
    "Login": "登录名",
    "Name": "姓名",
    "Team": "团队",
    "Status": "状态",
    "Last sign-in": "最近登录",

    # --- storage ---
    "Please enter a passphrase.": "请输入口令。",
    "The database could not be upgraded to schema version %1.": "无法将数据库升级到结构版本 %1。",
    "The file %1 already exists. Choose a new file name for the database.": "文件 %1 已存在。请为数据库选择一个新的文件名。",
    "The folder for the database file %1 does not exist.": "数据库文件 %1 所在的文件夹不存在。",
    "The encrypted database could not be created.": "无法创建加密数据库。",
    "The database is damaged.": "数据库已损坏。",
    "The passphrase could not be changed; the old passphrase is still valid.": "口令未能更改；旧口令仍然有效。",
    "The backup file %1 already exists.": "备份文件 %1 已存在。",
    "The folder for the backup file %1 does not exist.": "备份文件 %1 所在的文件夹不存在。",
    "The backup %1 could not be written.": "无法写入备份 %1。",
    "The backup could not be copied next to %1.": "无法将备份复制到 %1 所在位置。",
    "The backup %1 is damaged.": "备份 %1 已损坏。",
    "The database file %1 cannot be opened.": "无法打开数据库文件 %1。",
    "The database driver is not available.": "数据库驱动不可用。",
    "The database file %1 cannot be written.": "无法写入数据库文件 %1。",
    "A schema migration file has an invalid name.": "某个数据库结构迁移文件的名称无效。",
    "A schema migration file has an invalid number.": "某个数据库结构迁移文件的编号无效。",
    "The schema version of the database could not be read.": "无法读取数据库的结构版本。",
    "This database has schema version %1, but this version of Shopwarden only knows schema versions up to %2. Please install a newer Shopwarden.":
        "此数据库的结构版本为 %1，而当前版本的店务管家只支持到版本 %2。请安装更新版本的店务管家。",
    "The database file %1 does not exist.": "数据库文件 %1 不存在。",
    "The database file %1 cannot be read.": "无法读取数据库文件 %1。",
    "%1 is not a Shopwarden database, or it is damaged or incomplete.": "%1 不是店务管家数据库，或者已损坏、不完整。",
    "%1 is an unencrypted SQLite database, not a Shopwarden database.": "%1 是未加密的 SQLite 数据库，不是店务管家数据库。",
    "A database command failed.": "数据库命令执行失败。",
    "The database could not be unlocked.": "无法解锁数据库。",
    "Encryption is not available, so the database %1 cannot be opened.": "加密功能不可用，因此无法打开数据库 %1。",
    "The passphrase does not open the database %1. If the passphrase is right, the file is not a Shopwarden database or it is damaged.":
        "该口令无法打开数据库 %1。如果口令无误，则该文件不是店务管家数据库或已损坏。",
    "%1 is not a Shopwarden database, or it is damaged.": "%1 不是店务管家数据库，或者已损坏。",
    "The file %1 already exists.": "文件 %1 已存在。",
    "The file %1 could not be created.": "无法创建文件 %1。",
    "The database could not be copied to %1.": "无法将数据库复制到 %1。",
    "The file %1 could not be written.": "无法写入文件 %1。",
    "The file %1 could not be replaced.": "无法替换文件 %1。",

    # --- change passphrase ---
    "Change Database Passphrase": "更改数据库口令",
    "&Change Passphrase": "更改口令(&C)",
    "The database will be re-encrypted with a key made from the new passphrase. Everyone who unlocks this workstation needs the new passphrase afterwards; backups keep the passphrase they were made with.":
        "数据库将用由新口令生成的密钥重新加密。此后任何人解锁本工作站都需要使用新口令；已有备份仍使用备份时的口令。",
    "&New passphrase:": "新口令(&N)：",
    "&Repeat new passphrase:": "确认新口令(&R)：",
    "The passphrase needs at least %1 characters.": "口令至少需要 %1 个字符。",
    "The two passphrases do not match.": "两次输入的口令不一致。",
    "Re-encrypting the database…": "正在重新加密数据库…",

    # --- first run ---
    "Welcome to Shopwarden": "欢迎使用店务管家",
    "Shopwarden keeps its data in an encrypted database on this computer. Choose the passphrase that unlocks it and create the first administrator account.":
        "店务管家将数据保存在本机的加密数据库中。请设置用于解锁数据库的口令，并创建第一个系统管理员账户。",
    "Database passphrase": "数据库口令",
    "&Passphrase:": "口令(&P)：",
    "&Repeat passphrase:": "确认口令(&R)：",
    "Nobody can recover the data without this passphrase. Write it down and keep it somewhere safe.":
        "没有此口令，任何人都无法恢复数据。请把它记下来并妥善保管。",
    "Administrator account": "系统管理员账户",
    "Pass&word:": "密码(&W)：",
    "R&epeat password:": "确认密码(&E)：",
    "Database file: %1": "数据库文件：%1",
    "Create database": "创建数据库",
    "Enter a login for the administrator.": "请输入系统管理员的登录名。",
    "Enter the administrator's display name.": "请输入系统管理员的显示名称。",
    "The two passwords do not match.": "两次输入的密码不一致。",
    "Use a password different from the database passphrase.": "密码请不要与数据库口令相同。",
    "Creating the encrypted database…": "正在创建加密数据库…",
    "A file already exists at %1.": "%1 处已存在文件。",

    # --- home ---
    "Welcome, %1": "欢迎，%1",
    "Signed in as:": "当前用户：",
    "%1 (%2)": "%1（%2）",
    "Roles:": "角色：",
    "Database file:": "数据库文件：",
    "Choose an area on the left. Only the areas your roles may open are listed.":
        "请在左侧选择功能区域。这里只列出您的角色有权打开的区域。",
    "Home": "工作台",

    # --- sign in ---
    "Sign in": "登录",
    "&Sign in": "登录(&S)",
    "Database: %1": "数据库：%1",
    "Checking…": "正在验证…",

    # --- main window ---
    "&File": "文件(&F)",
    "Change &Passphrase…": "更改数据库口令(&P)…",
    "Sign &Out": "退出登录(&O)",
    "&Quit": "退出(&Q)",
    "&Edit": "编辑(&E)",
    "&Copy": "复制(&C)",
    "&View": "视图(&V)",
    "&Refresh": "刷新(&R)",
    "&Settings": "设置(&S)",
    "&Language…": "语言(&L)…",
    "&Help": "帮助(&H)",
    "&About Shopwarden": "关于店务管家(&A)",
    "About &Qt": "关于 &Qt",
    "Signed-in user": "当前登录用户",
    "Roles of the signed-in user": "当前用户的角色",
    "The database passphrase was changed.": "数据库口令已更改。",
    "About Shopwarden": "关于店务管家",
    "<h3>Shopwarden (店务管家) %1</h3><p>Back office for an e-commerce platform's service staff: tickets, after-sales, merchant reviews, product audits, training and KPIs.</p><p>Data is kept in an encrypted SQLCipher database on this computer.</p>":
        "<h3>店务管家（Shopwarden）%1</h3><p>面向电商平台服务人员的后台管理系统：客服工单、售后、商家审核、商品审核、培训和绩效指标。</p><p>数据保存在本机经 SQLCipher 加密的数据库中。</p>",

    # --- reset password ---
    "Reset Password": "重置密码",
    "&Reset Password": "重置密码(&R)",
    "Set a new password for %1 (%2). Tell it to them in person; the old password stops working at once.":
        "为 %1（%2）设置新密码。请当面告知本人；旧密码将立即失效。",
    "&New password:": "新密码(&N)：",
    "&Repeat new password:": "确认新密码(&R)：",
    "Saving the new password…": "正在保存新密码…",

    # --- session / demo ---
    "No temporary folder is available for the demo database.": "没有可用于演示数据库的临时文件夹。",
    "Preparing the demo database…": "正在准备演示数据库…",
    "Shopwarden demo": "店务管家演示",
    "Demo database: %1": "演示数据库：%1",
    "Passphrase: %1": "口令：%1",
    "Logins (login / password):": "登录账户（登录名 / 密码）：",

    # --- settings ---
    "Settings": "设置",
    "Language": "语言",
    "Same as the system": "跟随系统",
    "The new language takes effect the next time Shopwarden starts.": "新的语言将在下次启动店务管家时生效。",
    "User interface language:": "界面语言：",

    # --- unlock ---
    "Unlock database": "解锁数据库",
    "&Unlock": "解锁(&U)",
    "Enter the passphrase of this workstation's database.": "请输入本工作站数据库的口令。",
    "Unlocking…": "正在解锁…",

    # --- user edit dialog ---
    "Edit User": "编辑用户",
    "New User": "新建用户",
    "(no team)": "（无团队）",
    "New Team": "新建团队",
    "Name of the new team:": "新团队的名称：",
    "Enter a login.": "请输入登录名。",
    "Enter a display name.": "请输入显示名称。",
    "Give the user at least one role.": "请为该用户至少分配一个角色。",
    "Creating the user…": "正在创建用户…",
    "Saving…": "正在保存…",

    # --- users pane ---
    "Filter by login or name": "按登录名或姓名筛选",
    "Users": "用户管理",
    "&New User…": "新建用户(&N)…",
    "Create a user (%1)": "新建用户（%1）",
    "&Edit…": "编辑(&E)…",
    "Edit the selected user (Enter or double-click)": "编辑所选用户（回车或双击）",
    "&Deactivate": "停用(&D)",
    "&Reset Password…": "重置密码(&R)…",
    "&Unlock": "解锁(&U)",
    "Lift the sign-in lock after too many failed attempts": "解除因多次登录失败而造成的锁定",
    "Re&fresh": "刷新(&F)",
    "&Activate": "启用(&A)",
    "Deactivate User": "停用用户",
    "Activate User": "启用用户",
    "Unlock User": "解锁用户",
}

# Each area keeps its strings in a file of its own, zh_CN_glossary_<area>.py, with a
# GLOSSARY dict and optionally a BY_CONTEXT dict; entries above win on a clash, and the
# files are read in name order.
import glob as _glob  # noqa: E402
import importlib as _importlib  # noqa: E402
import os as _os  # noqa: E402

for _path in sorted(_glob.glob(_os.path.join(_os.path.dirname(_os.path.abspath(__file__)), "zh_CN_glossary_*.py"))):
    _module = _importlib.import_module(_os.path.splitext(_os.path.basename(_path))[0])
    for _key, _text in getattr(_module, "BY_CONTEXT", {}).items():
        BY_CONTEXT.setdefault(_key, _text)
    for _key, _text in getattr(_module, "GLOSSARY", {}).items():
        GLOSSARY.setdefault(_key, _text)
