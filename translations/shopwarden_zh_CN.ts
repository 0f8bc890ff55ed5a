<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>AdminCli</name>
        <message>
            <location filename="../app/admin/backupcommands.cpp" line="+43" />
            <source>Writes an encrypted copy of the database (same passphrase) to a new file. The database may stay in use meanwhile.</source>
            <translation>将数据库的加密副本（口令不变）写入一个新文件。备份期间数据库可继续使用。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The database file to back up.</source>
            <translation>要备份的数据库文件。</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../app/admin/calendarcommand.cpp" line="+31" />
            <location filename="../app/admin/dbcommands.cpp" line="+25" />
            <location filename="../app/admin/seedcommand.cpp" line="+31" />
            <location filename="../app/admin/ticketbenchcommand.cpp" line="+22" />
            <source>File whose first line is the database passphrase ("-" = standard input).</source>
            <translation>首行为数据库口令的文件（“-”表示标准输入）。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The backup file to write; it must not exist yet.</source>
            <translation>要写入的备份文件；该文件必须尚不存在。</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Wrote the encrypted backup %1. It opens with the same passphrase as %2.</source>
            <translation>已写入加密备份 %1，其口令与 %2 相同。</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Checks a backup (passphrase, integrity, schema version, audit chain) and only then replaces the database with it. A damaged or foreign backup is refused and nothing is overwritten.</source>
            <translation>先检查备份（口令、完整性、数据库结构版本、审计链），通过后才用它替换数据库。损坏的或不属于本系统的备份会被拒绝，不会覆盖任何文件。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The backup file to restore.</source>
            <translation>要恢复的备份文件。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>File whose first line is the backup's passphrase ("-" = standard input).</source>
            <translation>首行为备份口令的文件（“-”表示标准输入）。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The database file to replace (or create).</source>
            <translation>要替换（或新建）的数据库文件。</translation>
        </message>
        <message>
            <location line="+11" />
            <location filename="../app/admin/cliutil.cpp" line="+235" />
            <source>%1 is a folder, not a database file.</source>
            <translation>%1 是文件夹，不是数据库文件。</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../app/admin/cliutil.cpp" line="+19" />
            <source>The folder %1 does not exist.</source>
            <translation>文件夹 %1 不存在。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The backup and the database are the same file.</source>
            <translation>备份与数据库是同一个文件。</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Nothing was restored; %1 is unchanged.</source>
            <translation>未恢复任何内容；%1 保持不变。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Restored %1 from the backup %2.</source>
            <translation>已从备份 %2 恢复 %1。</translation>
        </message>
        <message>
            <location filename="../app/admin/benchcommand.cpp" line="+36" />
            <source>Runs a benchmark. "storage": the same bulk insert, indexed lookups and range scans on an encrypted and on an unencrypted database, with their ratio.</source>
            <translation>运行基准测试。“storage”：在加密和未加密的数据库上分别执行相同的批量插入、索引查询和范围扫描，并给出两者的比值。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Number of rows to insert.</source>
            <translation>要插入的行数。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Print one JSON object instead of a table.</source>
            <translation>输出一个 JSON 对象，而不是表格。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Folder for the two test databases (default: a temporary folder). They are deleted afterwards.</source>
            <translation>存放两个测试数据库的文件夹（默认：临时文件夹）。测试结束后会删除它们。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Page cache size in KiB for both databases (default: what the app uses).</source>
            <translation>两个数据库的页缓存大小，单位 KiB（默认：与应用程序相同）。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>PRAGMA synchronous for both databases: OFF, NORMAL or FULL (default: what the app uses).</source>
            <translation>两个数据库的 PRAGMA synchronous：OFF、NORMAL 或 FULL（默认：与应用程序相同）。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Unknown benchmark "%1"; the only one is "storage".</source>
            <translation>未知的基准测试“%1”；目前只有“storage”。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>--rows must be a whole number from 1 to 100000000.</source>
            <translation>--rows 必须是 1 到 100000000 之间的整数。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>--cache-kib must be a whole number from 1 to 67108864.</source>
            <translation>--cache-kib 必须是 1 到 67108864 之间的整数。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>--synchronous must be OFF, NORMAL or FULL.</source>
            <translation>--synchronous 必须是 OFF、NORMAL 或 FULL。</translation>
        </message>
        <message>
            <location filename="../app/admin/cliutil.cpp" line="-161" />
            <source>Unexpected argument "%1".</source>
            <translation>多余的参数“%1”。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Missing argument %1.</source>
            <translation>缺少参数 %1。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The option --%1 is required.</source>
            <translation>必须指定选项 --%1。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The option --%1 needs a value.</source>
            <translation>选项 --%1 需要一个值。</translation>
        </message>
        <message>
            <location line="+21" />
            <location line="+23" />
            <source>Usage: %1</source>
            <translation>用法：%1</translation>
        </message>
        <message>
            <location line="-22" />
            <source>Options:</source>
            <translation>选项：</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Show this help.</source>
            <translation>显示此帮助。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A passphrase or password file holds the secret on its first line; "-" reads it from standard input.</source>
            <translation>口令或密码文件的首行即为该机密；“-”表示从标准输入读取。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Exit codes: 0 success, 2 usage error, 3 wrong passphrase or not a Shopwarden database, 4 any other error.</source>
            <translation>退出码：0 成功，2 用法错误，3 口令错误或不是店务管家数据库，4 其他错误。</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Run "shopwarden-admin %1 --help" for details.</source>
            <translation>运行“shopwarden-admin %1 --help”查看详情。</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Only one passphrase or password can be read from standard input ("-").</source>
            <translation>只能有一个口令或密码从标准输入（“-”）读取。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>standard input</source>
            <translation>标准输入</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Standard input cannot be read.</source>
            <translation>无法读取标准输入。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The file %1 (%2) does not exist.</source>
            <translation>文件 %1（%2）不存在。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 (%2) is a folder, not a file.</source>
            <translation>%1（%2）是文件夹，不是文件。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The file %1 (%2) cannot be read: %3</source>
            <translation>无法读取文件 %1（%2）：%3</translation>
        </message>
        <message>
            <location line="+13" />
            <source>%1 (%2) cannot be read.</source>
            <translation>无法读取 %1（%2）。</translation>
        </message>
        <message>
            <location line="+20" />
            <source>The first line of %1 (%2) is too long.</source>
            <translation>%1（%2）的首行过长。</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The first line of %1 (%2) is empty; an empty passphrase or password is not allowed.</source>
            <translation>%1（%2）的首行为空；不允许使用空的口令或密码。</translation>
        </message>
        <message>
            <location line="+13" />
            <source>The file %1 does not exist.</source>
            <translation>文件 %1 不存在。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The file %1 cannot be read (permission denied).</source>
            <translation>无法读取文件 %1（权限不足）。</translation>
        </message>
        <message>
            <location line="+10" />
            <source>%1 already exists; shopwarden-admin never overwrites it and has changed nothing.</source>
            <translation>%1 已存在；shopwarden-admin 从不覆盖已有文件，未做任何更改。</translation>
        </message>
        <message>
            <location filename="../app/admin/calendarcommand.cpp" line="-2" />
            <location filename="../app/admin/dbcommands.cpp" line="-5" />
            <location filename="../app/admin/seedcommand.cpp" line="-2" />
            <location filename="../app/admin/ticketbenchcommand.cpp" line="-2" />
            <source>The database file.</source>
            <translation>数据库文件。</translation>
        </message>
        <message>
            <location line="+35" />
            <source>--year must be a year from %1 to %2.</source>
            <translation>--year 必须是 %1 至 %2 之间的年份。</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Usage: shopwarden-admin calendar list|import|export [options]

  list    the public holidays and make-up working days of a year (--year Y)
  import  set the days listed in a CSV file (--csv FILE), all or nothing
  export  write a year as CSV (--year Y --out FILE)

Each takes --db FILE --passphrase-file F. Run "shopwarden-admin calendar SUBCOMMAND --help" for details.</source>
            <translation>用法：shopwarden-admin calendar list|import|export [选项]

  list    列出某一年的法定节假日和调休上班日（--year 年份）
  import  按 CSV 文件设置其中列出的日期（--csv 文件），全部成功或全部不生效
  export  将某一年导出为 CSV（--year 年份 --out 文件）

均需 --db 文件 --passphrase-file 文件。运行 "shopwarden-admin calendar 子命令 --help" 查看详情。</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Lists the public holidays and make-up working days of a year as they are in effect: the built-in Chinese calendar with this database's custom entries. One line per day: date, weekday, type, source, name (tab-separated).</source>
            <translation>列出某一年实际生效的法定节假日和调休上班日：内置中国节假日日历加上本数据库的自定义条目。每天一行：日期、星期、类型、来源、名称（以制表符分隔）。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The year to list.</source>
            <translation>要列出的年份。</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Sets every day listed in a CSV file (header "date,type,name"; type holiday, workday or normal) as a custom entry. All or nothing: a bad line is named with its number and nothing is saved.</source>
            <translation>将 CSV 文件（表头 "date,type,name"；类型为 holiday、workday 或 normal）中列出的每一天设为自定义条目。全部成功或全部不生效：有错误的行会给出行号，且不保存任何内容。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The CSV file to import.</source>
            <translation>要导入的 CSV 文件。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The file %1 cannot be read.</source>
            <translation>无法读取文件 %1。</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Imported %1 days: %2 added, %3 changed, %4 already up to date.</source>
            <translation>已导入 %1 天：新增 %2 天，修改 %3 天，%4 天已是最新。</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Writes the effective calendar of a year as CSV (UTF-8 with a byte-order mark) that "calendar import" reads back. FILE must not exist; "-" writes to standard output.</source>
            <translation>将某一年实际生效的工作日历写为 CSV（带字节顺序标记的 UTF-8），可由 "calendar import" 重新导入。文件不得已存在；"-" 表示写到标准输出。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The year to export.</source>
            <translation>要导出的年份。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The CSV file to write.</source>
            <translation>要写入的 CSV 文件。</translation>
        </message>
        <message>
            <location line="+28" />
            <source>The file %1 cannot be written.</source>
            <translation>无法写入文件 %1。</translation>
        </message>
        <message>
            <location line="+24" />
            <source>The calendar command needs a subcommand: list, import or export.</source>
            <translation>calendar 命令需要子命令：list、import 或 export。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Unknown calendar subcommand "%1".</source>
            <translation>未知的 calendar 子命令 "%1"。</translation>
        </message>
        <message>
            <location filename="../app/admin/dbcommands.cpp" line="+34" />
            <source>Creates a new encrypted Shopwarden database and its first administrator. An existing file is never touched.</source>
            <translation>新建一个加密的店务管家数据库及其第一位系统管理员。绝不改动已存在的文件。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The database file to create.</source>
            <translation>要新建的数据库文件。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Login of the first administrator.</source>
            <translation>第一位系统管理员的登录名。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>File whose first line is the administrator's password ("-" = standard input).</source>
            <translation>首行为系统管理员密码的文件（“-”表示标准输入）。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Display name of the administrator (default: the login).</source>
            <translation>系统管理员的显示名称（默认：登录名）。</translation>
        </message>
        <message>
            <location line="+43" />
            <source>Created the encrypted database %1 with the administrator "%2".</source>
            <translation>已新建加密数据库 %1，系统管理员为“%2”。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Verifies a database without changing it: encryption, PRAGMA integrity_check, schema version and the audit log's hash chain. Prints "ok" last when all is well.</source>
            <translation>在不做任何更改的前提下检查数据库：加密、PRAGMA integrity_check、数据库结构版本以及审计日志的哈希链。全部正常时最后输出“ok”。</translation>
        </message>
        <message>
            <location line="+23" />
            <source>cipher: SQLCipher %1</source>
            <translation>加密：SQLCipher %1</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+4" />
            <source>integrity: FAILED</source>
            <translation>完整性：失败</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>PRAGMA integrity_check reports %n problem(s):</source>
            <translation>
                <numerusform>PRAGMA integrity_check 报告了 %n 个问题：</numerusform>
            </translation>
        </message>
        <message>
            <location line="+4" />
            <source>integrity: ok</source>
            <translation>完整性：正常</translation>
        </message>
        <message>
            <location line="+6" />
            <source>schema: version %1 of %2 (older; the app migrates it when it next opens it)</source>
            <translation>数据库结构：版本 %1 / %2（较旧；应用程序下次打开时会自动升级）</translation>
        </message>
        <message>
            <location line="+4" />
            <source>schema: version %1 of %2</source>
            <translation>数据库结构：版本 %1 / %2</translation>
        </message>
        <message numerus="yes">
            <location line="+5" />
            <source>audit chain: %n entries, intact</source>
            <translation>
                <numerusform>审计链：%n 条记录，完好</numerusform>
            </translation>
        </message>
        <message>
            <location line="+3" />
            <source>audit chain: BROKEN</source>
            <translation>审计链：已损坏</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The check of %1 found problems (see above).</source>
            <translation>检查 %1 时发现问题（见上文）。</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Changes the database passphrase: re-encrypts the file with a key derived from the new passphrase. On failure the old passphrase stays valid.</source>
            <translation>更改数据库口令：用由新口令派生的密钥重新加密文件。如果失败，旧口令仍然有效。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>File whose first line is the current passphrase ("-" = standard input).</source>
            <translation>首行为当前口令的文件（“-”表示标准输入）。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>File whose first line is the new passphrase ("-" = standard input).</source>
            <translation>首行为新口令的文件（“-”表示标准输入）。</translation>
        </message>
        <message>
            <location line="+25" />
            <source>The passphrase of %1 has been changed. From now on only the new passphrase opens it.</source>
            <translation>%1 的口令已更改。从现在起只有新口令才能打开它。</translation>
        </message>
        <message>
            <location filename="../app/admin/main.cpp" line="+26" />
            <source>Usage: shopwarden-admin COMMAND [options]

Commands:
  init     create a new encrypted database and its first administrator
  check    verify encryption, integrity, schema version and the audit chain
  rekey    change the database passphrase
  backup   write an encrypted backup copy
  restore  check a backup and put it in place of the database
  bench    run a benchmark (bench storage --rows N --json, bench tickets --db FILE ...,
           bench sync [--tickets N --clients N --seconds N] --json)
  seed     fill a database with demo tickets (seed --tickets N)
  calendar business-day calendar (calendar list --year Y, import --csv FILE, export --year Y --out FILE)

Run "shopwarden-admin COMMAND --help" for a command's options.
Exit codes: 0 success, 2 usage error, 3 wrong passphrase or not a Shopwarden database, 4 any other error.</source>
            <translation>用法：shopwarden-admin 命令 [选项]

命令：
  init     创建新的加密数据库及其第一个系统管理员
  check    检查加密、完整性、数据库结构版本和审计链
  rekey    更改数据库口令
  backup   写入加密备份副本
  restore  检查备份并用它替换数据库
  bench    运行基准测试（bench storage --rows N --json，bench tickets --db 文件 ...，
           bench sync [--tickets N --clients N --seconds N] --json）
  seed     向数据库填充演示工单（seed --tickets N）
  calendar 工作日历（calendar list --year 年份，import --csv 文件，export --year 年份 --out 文件）

运行 "shopwarden-admin 命令 --help" 查看该命令的选项。
退出码：0 成功，2 用法错误，3 口令错误或不是店务管家数据库，4 其他错误。</translation>
        </message>
        <message>
            <location line="+64" />
            <source>Unknown command "%1".</source>
            <translation>未知命令“%1”。</translation>
        </message>
        <message>
            <location filename="../app/admin/seedcommand.cpp" line="-5" />
            <source>Fills a database with demo data: customers, merchants and customer-service tickets with their timelines, SLA times and search index, and a dozen after-sales requests and disputes in every status. The demo staff is created when the database has no ticket handlers. The tickets are local (not queued for sync); the after-sales requests and disputes are created through their services, with audit and sync records.</source>
            <translation>向数据库填充演示数据：客户、商家、客服工单及其服务跟踪、SLA 时间和搜索索引，以及十余个覆盖全部状态的售后申请和纠纷。数据库中没有客服人员时会创建演示员工。工单只保存在本地（不进入同步队列）；售后申请和纠纷通过各自的服务创建，带有审计和同步记录。</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Number of tickets to add.</source>
            <translation>要添加的工单数量。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Also add N merchants, each with a review in one of the statuses and three documents with scans (for the merchant review queue and "bench merchants").</source>
            <translation>另外添加 N 个商家，每个商家一条处于某一状态的审核和三份带扫描件的证照（用于商家审核队列和“bench merchants”）。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Seed of the random generator (default 20261128); the same seed gives the same data.</source>
            <translation>随机数生成器的种子（默认 20261128）；相同的种子生成相同的数据。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Also add the demo teams and agents when the database already has staff.</source>
            <translation>数据库已有员工时，也添加演示团队和客服专员。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Create the database first (it must not exist), with the demo accounts.</source>
            <translation>先创建数据库（文件必须不存在），并带有演示账户。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Print the summary as one JSON object (with seconds per phase).</source>
            <translation>以一个 JSON 对象输出摘要（含各阶段秒数）。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>--tickets must be a whole number from 0 to 50000000.</source>
            <translation>--tickets 必须是 0 到 50000000 之间的整数。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>--seed must be a whole number.</source>
            <translation>--seed 必须是整数。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>--merchants must be a whole number from 0 to 10000000.</source>
            <translation>--merchants 必须是 0 到 10000000 之间的整数。</translation>
        </message>
        <message>
            <location line="+20" />
            <source>%1 of %2 tickets written</source>
            <translation>已写入 %1 / %2 个工单</translation>
        </message>
        <message>
            <location line="+34" />
            <source>Created the demo accounts %1. They all have the demo password that ./scripts/run --demo prints; on a database in real use, change it or deactivate them.</source>
            <translation>已创建演示账户 %1。它们都使用 ./scripts/run --demo 打印的演示密码；在实际使用的数据库中，请修改密码或停用这些账户。</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Added %1 demo after-sales requests in every status.</source>
            <translation>已添加 %1 个覆盖全部状态的演示售后申请。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Added %1 demo disputes in every status.</source>
            <translation>已添加 %1 个覆盖全部状态的演示纠纷。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Added %1 demo merchant reviews in every status.</source>
            <translation>已添加 %1 条涵盖各状态的演示商家审核。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Seeded %1 merchants with %2 reviews and %3 documents in %4 s.</source>
            <translation>已在 %4 秒内生成 %1 个商家、%2 条审核和 %3 份证照。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Seeded %1 tickets with %2 timeline events, %3 customers and %4 merchants in %5 s.</source>
            <translation>已在 %5 秒内生成 %1 个工单、%2 条服务跟踪记录、%3 个客户和 %4 个商家。</translation>
        </message>
        <message>
            <location filename="../app/admin/ticketbenchcommand.cpp" line="-4" />
            <source>Times the ticket queue on a seeded database (see "seed"): first page, filter, sort by due time, jump to the last row, full-text search against a LIKE baseline, and opening tickets. Changes nothing.</source>
            <translation>在已填充演示数据的数据库上（见 "seed"）测量工单队列：首页、筛选、按到期时间排序、跳到最后一行、全文搜索（对比 LIKE 基线）以及打开工单。不做任何修改。</translation>
        </message>
        <message>
            <location filename="../app/admin/syncbenchcommand.cpp" line="+33" />
            <source>Times sync against a real shopwarden-server and PostgreSQL on this machine: the initial pull of N tickets with their timelines into an empty encrypted workstation database (against a PostgreSQL COPY of the same rows), how long the GUI thread stalls meanwhile, the push of local changes, and many simulated clients at once. Without --url it starts a throwaway PostgreSQL cluster and server and stops them afterwards; with --url it adds its data to that server (use an empty database).</source>
            <translation>在本机用真实的 shopwarden-server 和 PostgreSQL 测量同步速度：把 N 张工单及其服务跟踪首次拉取到空的加密工作站数据库（对照 PostgreSQL 用 COPY 写入相同的行）、其间界面线程最长卡顿多久、推送本地更改，以及大量模拟客户端同时工作。不带 --url 时会启动临时的 PostgreSQL 集群和服务器，结束后停止；带 --url 时把数据加入该服务器（请使用空数据库）。</translation>
        </message>
        <message>
            <location filename="../app/admin/merchantbenchcommand.cpp" line="+15" />
            <source>Seeds a throwaway encrypted database with merchants (one review and three documents each) and times the merchant review queue opening and filtering, against reading every open review into memory.</source>
            <translation>在临时加密数据库中生成商家（每个商家一条审核和三份证照），测量商家审核队列的打开和筛选耗时，并与将全部未结审核读入内存的方式对比。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Number of merchants (default 100000).</source>
            <translation>商家数量（默认 100000）。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Folder for the test database (default: a temporary folder).</source>
            <translation>测试数据库所在文件夹（默认：临时文件夹）。</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../app/admin/syncbenchcommand.cpp" line="+7" />
            <location filename="../app/admin/ticketbenchcommand.cpp" line="+8" />
            <source>Print one JSON object instead of a summary.</source>
            <translation>输出一个 JSON 对象而不是摘要。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>--merchants must be a whole number from 1 to 10000000.</source>
            <translation>--merchants 必须是 1 到 10000000 之间的整数。</translation>
        </message>
        <message>
            <location filename="../app/admin/syncbenchcommand.cpp" line="+2" />
            <source>Tickets to load and pull, 3–8 timeline events each (default 100000).</source>
            <translation>要载入并拉取的工单数，每张 3–8 条服务跟踪（默认 100000）。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Local changes to push in one sync (default 10000).</source>
            <translation>一次同步中推送的本地更改数（默认 10000）。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Simulated clients at once (default 50).</source>
            <translation>同时运行的模拟客户端数（默认 50）。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>How long the simulated clients run (default 60).</source>
            <translation>模拟客户端运行的秒数（默认 60）。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Ops per push of a simulated client (default 5).</source>
            <translation>模拟客户端每次推送的更改数（默认 5）。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Pause of a simulated client after each request (default 0: back to back); paced clients start spread over one pause.</source>
            <translation>模拟客户端每次请求后的暂停毫秒数（默认 0：连续请求）；有暂停的客户端在一个暂停时长内错开启动。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A running server (needs --pg; use an empty database).</source>
            <translation>正在运行的服务器（需同时给出 --pg；请使用空数据库）。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The measured workstation signs in as this user, who must see and work every ticket (a manager; default: a manager the benchmark adds).</source>
            <translation>被测工作站以此用户登录，该用户须能查看和处理所有工单（经理；默认：基准测试自行添加的一位经理）。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>File whose first line is that user's password ("-" = standard input).</source>
            <translation>第一行为该用户密码的文件（“-”表示标准输入）。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>With --url: libpq "host=… port=… dbname=… user=…" of the server's database, for loading the data with COPY.</source>
            <translation>与 --url 一起使用：服务器数据库的 libpq 连接串“host=… port=… dbname=… user=…”，用于以 COPY 载入数据。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>scripts/pg-test-cluster (default: looked for near this program).</source>
            <translation>scripts/pg-test-cluster（默认：在本程序附近查找）。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>PostgreSQL's programs (default /usr/lib/postgresql/15/bin).</source>
            <translation>PostgreSQL 程序所在目录（默认 /usr/lib/postgresql/15/bin）。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>shopwarden-server (default: next to this program or in ../server/).</source>
            <translation>shopwarden-server（默认：本程序旁边或 ../server/ 中）。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>threads of the server started here (default: the server's own default).</source>
            <translation>此处启动的服务器的线程数（默认：服务器自身的默认值）。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Folder for the temporary files (default: the system's temporary folder). They are deleted afterwards.</source>
            <translation>临时文件所在文件夹（默认：系统临时文件夹），结束后删除。</translation>
        </message>
        <message>
            <location line="+11" />
            <source>--tickets must be a whole number from 1 to 10000000.</source>
            <translation>--tickets 必须是 1 到 10000000 之间的整数。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>--push-ops must be a whole number from 1 to 1000000.</source>
            <translation>--push-ops 必须是 1 到 1000000 之间的整数。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>--clients must be a whole number from 1 to 1000.</source>
            <translation>--clients 必须是 1 到 1000 之间的整数。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>--seconds must be a whole number from 1 to 86400.</source>
            <translation>--seconds 必须是 1 到 86400 之间的整数。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>--batch must be a whole number from 1 to 1000.</source>
            <translation>--batch 必须是 1 到 1000 之间的整数。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>--think-ms must be a whole number from 0 to 600000.</source>
            <translation>--think-ms 必须是 0 到 600000 之间的整数。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>--server-threads must be a whole number from 1 to 1024.</source>
            <translation>--server-threads 必须是 1 到 1024 之间的整数。</translation>
        </message>
        <message>
            <location line="+16" />
            <source>--url needs --pg as well.</source>
            <translation>--url 需要同时给出 --pg。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>--url must be http(s)://host:port.</source>
            <translation>--url 必须是 http(s)://主机:端口 的形式。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>--pg goes with --url only.</source>
            <translation>--pg 只能与 --url 一起使用。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>--login and --password-file go together.</source>
            <translation>--login 与 --password-file 必须同时给出。</translation>
        </message>
        <message>
            <location filename="../app/admin/ticketbenchcommand.cpp" line="+2" />
            <source>Stop starting LIKE baseline searches after this many seconds (default 120).</source>
            <translation>超过此秒数后不再开始新的 LIKE 基线搜索（默认 120）。</translation>
        </message>
        <message>
            <location line="+10" />
            <source>--baseline-budget must be a number of seconds.</source>
            <translation>--baseline-budget 必须是秒数。</translation>
        </message>
    </context>
    <context>
        <name>AuditLog</name>
        <message>
            <location filename="../core/services/auditlog.cpp" line="+116" />
            <source>The audit log has been tampered with: entry %1 is missing.</source>
            <translation>审计日志已被篡改：缺少第 %1 条记录。</translation>
        </message>
        <message>
            <location line="+15" />
            <source>The audit log has been tampered with: entry %1 was changed.</source>
            <translation>审计日志已被篡改：第 %1 条记录被修改过。</translation>
        </message>
    </context>
    <context>
        <name>AuthService</name>
        <message>
            <location filename="../core/services/authservice.cpp" line="+28" />
            <source>The login or password is incorrect.</source>
            <translation>登录名或密码不正确。</translation>
        </message>
        <message>
            <location line="+98" />
            <source>This account is locked after too many failed sign-in attempts. Try again after %1 or ask an administrator to unlock it.</source>
            <translation>由于登录失败次数过多，此账户已被锁定。请在 %1 之后重试，或请系统管理员解锁。</translation>
        </message>
    </context>
    <context>
        <name>Database</name>
        <message>
            <location filename="../core/storage/database.cpp" line="+31" />
            <source>Please enter a passphrase.</source>
            <translation>请输入口令。</translation>
        </message>
        <message>
            <location line="+195" />
            <source>The file %1 already exists. Choose a new file name for the database.</source>
            <translation>文件 %1 已存在。请为数据库选择一个新的文件名。</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+224" />
            <source>The folder for the database file %1 does not exist.</source>
            <translation>数据库文件 %1 所在的文件夹不存在。</translation>
        </message>
        <message>
            <location line="-197" />
            <source>The encrypted database could not be created.</source>
            <translation>无法创建加密数据库。</translation>
        </message>
        <message>
            <location line="+60" />
            <location line="+7" />
            <source>The database is damaged.</source>
            <translation>数据库已损坏。</translation>
        </message>
        <message>
            <location line="+21" />
            <location line="+24" />
            <location line="+12" />
            <source>The passphrase could not be changed; the old passphrase is still valid.</source>
            <translation>口令未能更改；旧口令仍然有效。</translation>
        </message>
        <message>
            <location line="+21" />
            <source>The backup file %1 already exists.</source>
            <translation>备份文件 %1 已存在。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The folder for the backup file %1 does not exist.</source>
            <translation>备份文件 %1 所在的文件夹不存在。</translation>
        </message>
        <message>
            <location line="+11" />
            <location line="+12" />
            <location line="+8" />
            <source>The backup %1 could not be written.</source>
            <translation>无法写入备份 %1。</translation>
        </message>
        <message>
            <location filename="../core/storage/cipherfile.cpp" line="+74" />
            <location filename="../core/storage/database.cpp" line="+16" />
            <source>%1 is a folder, not a database file.</source>
            <translation>%1 是文件夹，不是数据库文件。</translation>
        </message>
        <message>
            <location filename="../core/storage/database.cpp" line="+14" />
            <source>The backup could not be copied next to %1.</source>
            <translation>无法将备份复制到 %1 所在位置。</translation>
        </message>
        <message>
            <location line="+12" />
            <source>The backup %1 is damaged.</source>
            <translation>备份 %1 已损坏。</translation>
        </message>
        <message>
            <location filename="../core/storage/cipherfile.cpp" line="+97" />
            <location filename="../core/storage/database.cpp" line="-372" />
            <source>The database file %1 cannot be opened.</source>
            <translation>无法打开数据库文件 %1。</translation>
        </message>
        <message>
            <location filename="../core/storage/database.cpp" line="+6" />
            <location filename="../core/storage/rowset.cpp" line="+103" />
            <location line="+11" />
            <source>The database driver is not available.</source>
            <translation>数据库驱动不可用。</translation>
        </message>
        <message>
            <location line="+9" />
            <source>The database file %1 cannot be written.</source>
            <translation>无法写入数据库文件 %1。</translation>
        </message>
        <message>
            <location filename="../core/storage/cipherfile.cpp" line="-101" />
            <source>The database file %1 does not exist.</source>
            <translation>数据库文件 %1 不存在。</translation>
        </message>
        <message>
            <location line="+9" />
            <location line="+13" />
            <source>The database file %1 cannot be read.</source>
            <translation>无法读取数据库文件 %1。</translation>
        </message>
        <message>
            <location line="-8" />
            <source>%1 is not a Shopwarden database, or it is damaged or incomplete.</source>
            <translation>%1 不是店务管家数据库，或者已损坏、不完整。</translation>
        </message>
        <message>
            <location line="+12" />
            <source>%1 is an unencrypted SQLite database, not a Shopwarden database.</source>
            <translation>%1 是未加密的 SQLite 数据库，不是店务管家数据库。</translation>
        </message>
        <message>
            <location line="+11" />
            <location line="+13" />
            <location line="+13" />
            <source>A database command failed.</source>
            <translation>数据库命令执行失败。</translation>
        </message>
        <message>
            <location line="+19" />
            <source>The database could not be unlocked.</source>
            <translation>无法解锁数据库。</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Encryption is not available, so the database %1 cannot be opened.</source>
            <translation>加密功能不可用，因此无法打开数据库 %1。</translation>
        </message>
        <message>
            <location line="+9" />
            <source>The passphrase does not open the database %1. If the passphrase is right, the file is not a Shopwarden database or it is damaged.</source>
            <translation>该口令无法打开数据库 %1。如果口令无误，则该文件不是店务管家数据库或已损坏。</translation>
        </message>
        <message>
            <location line="+7" />
            <location line="+8" />
            <source>%1 is not a Shopwarden database, or it is damaged.</source>
            <translation>%1 不是店务管家数据库，或者已损坏。</translation>
        </message>
        <message>
            <location line="+11" />
            <source>The file %1 already exists.</source>
            <translation>文件 %1 已存在。</translation>
        </message>
        <message>
            <location line="+25" />
            <source>The file %1 could not be created.</source>
            <translation>无法创建文件 %1。</translation>
        </message>
        <message>
            <location line="+13" />
            <source>The database could not be copied to %1.</source>
            <translation>无法将数据库复制到 %1。</translation>
        </message>
        <message>
            <location line="+20" />
            <location line="+10" />
            <source>The file %1 could not be written.</source>
            <translation>无法写入文件 %1。</translation>
        </message>
        <message>
            <location line="+25" />
            <source>The file %1 could not be replaced.</source>
            <translation>无法替换文件 %1。</translation>
        </message>
        <message>
            <location filename="../core/storage/rowset.cpp" line="-82" />
            <source>The database could not be read.</source>
            <translation>无法读取数据库。</translation>
        </message>
    </context>
    <context>
        <name>KeyDerivation</name>
        <message>
            <location filename="../core/storage/keyderivation.cpp" line="+35" />
            <source>The passphrase must not be empty.</source>
            <translation>口令不能为空。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The key derivation salt has the wrong size.</source>
            <translation>密钥派生所用的盐长度不正确。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>There is not enough memory to derive the database key.</source>
            <translation>内存不足，无法派生数据库密钥。</translation>
        </message>
    </context>
    <context>
        <name>Migrations</name>
        <message>
            <location filename="../core/storage/migrations.cpp" line="+31" />
            <source>The database could not be upgraded to schema version %1.</source>
            <translation>无法将数据库升级到结构版本 %1。</translation>
        </message>
        <message>
            <location line="+17" />
            <source>A schema migration file has an invalid name.</source>
            <translation>某个数据库结构迁移文件的名称无效。</translation>
        </message>
        <message>
            <location line="+10" />
            <source>A schema migration file has an invalid number.</source>
            <translation>某个数据库结构迁移文件的编号无效。</translation>
        </message>
        <message>
            <location line="+39" />
            <source>The schema version of the database could not be read.</source>
            <translation>无法读取数据库的结构版本。</translation>
        </message>
        <message>
            <location line="+10" />
            <source>This database has schema version %1, but this version of Shopwarden only knows schema versions up to %2. Please install a newer Shopwarden.</source>
            <translation>此数据库的结构版本为 %1，而当前版本的店务管家只支持到版本 %2。请安装更新版本的店务管家。</translation>
        </message>
    </context>
    <context>
        <name>PassphraseStrength</name>
        <message>
            <location filename="../ui/passphrasestrength.cpp" line="+55" />
            <source>Too short: a passphrase needs at least %1 characters.</source>
            <translation>太短：口令至少需要 %1 个字符。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Strength: weak. Use more words or more kinds of characters.</source>
            <translation>强度：弱。请使用更多词语或更多种类的字符。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Strength: fair.</source>
            <translation>强度：中。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Strength: strong.</source>
            <translation>强度：强。</translation>
        </message>
    </context>
    <context>
        <name>RoleNames</name>
        <message>
            <location filename="../ui/rolenames.cpp" line="+16" />
            <source>, </source>
            <extracomment>Separator between role names in a list; Chinese uses the enumeration comma "、".</extracomment>
            <translation>、</translation>
        </message>
    </context>
    <context>
        <name>Roles</name>
        <message>
            <location filename="../core/domain/roles.cpp" line="+69" />
            <source>Customer-service agent</source>
            <translation>客服专员</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Customer-service lead</source>
            <translation>客服主管</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Merchant auditor</source>
            <translation>审核专员</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Trainer</source>
            <translation>培训专员</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Manager</source>
            <translation>经理</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Administrator</source>
            <translation>系统管理员</translation>
        </message>
    </context>
    <context>
        <name>Seed</name>
        <message>
            <location filename="../core/services/merchantseeder.cpp" line="+78" />
            <source>The demo data could not be written.</source>
            <translation>无法写入演示数据。</translation>
        </message>
    </context>
    <context>
        <name>Services</name>
        <message>
            <location filename="../core/services/sqlsupport.cpp" line="+43" />
            <location filename="../core/storage/rawstatement.cpp" line="+29" />
            <source>The change was not saved because another record already uses the same value where values must be unique.</source>
            <translation>更改未保存：另一条记录已使用了相同的值，而该值必须唯一。</translation>
        </message>
        <message>
            <location line="+6" />
            <location filename="../core/storage/rawstatement.cpp" line="-9" />
            <source>The database could not complete the operation.</source>
            <translation>数据库无法完成此操作。</translation>
        </message>
        <message>
            <location line="+22" />
            <source>You do not have permission to manage users. Ask an administrator.</source>
            <translation>您没有管理用户的权限，请联系系统管理员。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>You do not have permission to manage teams. Ask an administrator.</source>
            <translation>您没有管理团队的权限，请联系系统管理员。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>You do not have permission to change shared settings. Ask an administrator.</source>
            <translation>您没有更改共享设置的权限，请联系系统管理员。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>You do not have permission to view the audit log.</source>
            <translation>您没有查看审计日志的权限。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>You do not have permission to back up or restore the database.</source>
            <translation>您没有备份或恢复数据库的权限。</translation>
        </message>
        <message>
            <location filename="../core/services/writetransaction.cpp" line="+29" />
            <source>An internal error occurred; the change was not saved.</source>
            <translation>发生内部错误，更改未保存。</translation>
        </message>
        <message>
            <location line="+138" />
            <location line="+201" />
            <source>The record no longer exists; it may have been deleted meanwhile.</source>
            <translation>该记录已不存在，可能已被他人删除。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The record was changed meanwhile; reload and try again.</source>
            <translation>该记录已被他人修改，请刷新后重试。</translation>
        </message>
    </context>
    <context>
        <name>SettingsService</name>
        <message>
            <location filename="../core/services/settingsservice.cpp" line="+18" />
            <source>A setting name must be 1 to 64 characters long and use only lowercase letters, digits, '.' and '_'.</source>
            <translation>设置名称长度须为 1 到 64 个字符，只能包含小写字母、数字、“.”和“_”。</translation>
        </message>
    </context>
    <context>
        <name>SqlCipherDriver</name>
        <message>
            <location filename="../core/storage/sqlcipherdriver.cpp" line="+150" />
            <source>Unable to open the database: the busy timeout "%1" is not a number of milliseconds.</source>
            <translation>无法打开数据库：忙等待超时 "%1" 不是毫秒数。</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Unable to open the database: unknown connection option "%1".</source>
            <translation>无法打开数据库：未知的连接选项 "%1"。</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Unable to open the database file.</source>
            <translation>无法打开数据库文件。</translation>
        </message>
        <message>
            <location line="+47" />
            <source>The database connection is closed.</source>
            <translation>数据库连接已关闭。</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Unable to begin the transaction.</source>
            <translation>无法开始事务。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Unable to commit the transaction.</source>
            <translation>无法提交事务。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Unable to roll back the transaction.</source>
            <translation>无法回滚事务。</translation>
        </message>
        <message>
            <location filename="../core/storage/sqlcipherresult.cpp" line="+149" />
            <source>Unable to prepare the statement: the database connection is closed.</source>
            <translation>无法准备语句：数据库连接已关闭。</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Unable to prepare the statement.</source>
            <translation>无法准备语句。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Unable to prepare the statement: it contains no SQL.</source>
            <translation>无法准备语句：其中没有 SQL。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Unable to prepare the statement: only one statement can be executed at a time.</source>
            <translation>无法准备语句：一次只能执行一条语句。</translation>
        </message>
        <message>
            <location line="+40" />
            <source>Unable to execute the statement: it is not prepared or the database connection is closed.</source>
            <translation>无法执行语句：语句未准备好或数据库连接已关闭。</translation>
        </message>
        <message>
            <location line="+35" />
            <source>Unable to execute the statement: no value is bound to parameter %1.</source>
            <translation>无法执行语句：参数 %1 没有绑定值。</translation>
        </message>
        <message>
            <location line="+45" />
            <source>Unable to bind parameter %1: the value does not fit into a 64-bit signed integer.</source>
            <translation>无法绑定参数 %1：该值超出 64 位有符号整数范围。</translation>
        </message>
        <message>
            <location line="+41" />
            <source>Unable to bind parameter %1: values of type %2 are not supported.</source>
            <translation>无法绑定参数 %1：不支持 %2 类型的值。</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Unable to bind parameter %1.</source>
            <translation>无法绑定参数 %1。</translation>
        </message>
        <message>
            <location line="+71" />
            <source>Unable to execute the statement.</source>
            <translation>无法执行语句。</translation>
        </message>
    </context>
    <context>
        <name>Sync</name>
        <message>
            <location filename="../core/sync/conflictservice.cpp" line="+63" />
            <source>This conflict does not exist or was already resolved.</source>
            <translation>该冲突不存在或已处理。</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Your role does not allow this change.</source>
            <translation>您的角色无权进行此更改。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The status change is not allowed from the status the record has on the server.</source>
            <translation>服务器上该记录当前的状态不允许这一状态变更。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Separation of duties: the same person may not take both steps (e.g. the four-eyes review).</source>
            <translation>职责分离：同一人不得完成两个步骤（例如四眼复核）。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The record is outside the records you may change.</source>
            <translation>该记录不在您可修改的范围内。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This computer's clock is more than 10 minutes ahead of the server; correct the clock.</source>
            <translation>本机时钟比服务器快 10 分钟以上，请校正时钟。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The server does not accept one of the values.</source>
            <translation>服务器不接受其中的某个值。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The record was deleted on the server.</source>
            <translation>该记录已在服务器上删除。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Another record on the server already uses this value (login, name or day).</source>
            <translation>服务器上已有其他记录使用此值（登录名、名称或日期）。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The server refused the change (%1).</source>
            <translation>服务器拒绝了此更改（%1）。</translation>
        </message>
        <message>
            <location line="+43" />
            <source>Only the author of a change (or an administrator) may resolve its conflict.</source>
            <translation>只有更改的作者（或管理员）可以处理该冲突。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>This conflict cannot be resolved.</source>
            <translation>无法处理该冲突。</translation>
        </message>
        <message>
            <location filename="../core/sync/syncstore_rows.cpp" line="+28" />
            <source>The server sent an answer this workstation cannot use; nothing was changed.</source>
            <translation>服务器返回的应答本机无法使用，未做任何更改。</translation>
        </message>
        <message>
            <location line="+172" />
            <source>Sync needs the encrypted database driver.</source>
            <translation>同步需要加密数据库驱动。</translation>
        </message>
        <message>
            <location filename="../core/sync/syncstore.cpp" line="+231" />
            <source>The attachment is missing.</source>
            <translation>附件不存在。</translation>
        </message>
    </context>
    <context>
        <name>TicketSeeder</name>
        <message>
            <location filename="../core/services/ticketseedsql.cpp" line="+21" />
            <location line="+225" />
            <location line="+134" />
            <location line="+60" />
            <source>The demo data could not be written.</source>
            <translation>无法写入演示数据。</translation>
        </message>
    </context>
    <context>
        <name>UserEditDialog</name>
        <message>
            <location filename="../ui/usereditdialog.ui" line="+9" />
            <source>User</source>
            <translation>用户</translation>
        </message>
        <message>
            <location line="+14" />
            <source>&amp;Login:</source>
            <translation>登录名(&amp;L)：</translation>
        </message>
        <message>
            <location line="+7" />
            <source>letters, digits, . _ -</source>
            <translation>字母、数字、. _ -</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Display name:</source>
            <translation>显示名称(&amp;D)：</translation>
        </message>
        <message>
            <location line="+11" />
            <source>&amp;Team:</source>
            <translation>团队(&amp;T)：</translation>
        </message>
        <message>
            <location line="+15" />
            <source>New &amp;Team…</source>
            <translation>新建团队(&amp;T)…</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Active (may sign in)</source>
            <translation>启用（允许登录）(&amp;A)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Roles</source>
            <translation>角色</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Separation of duties: this user would both set the rules (administrator) and approve under them (manager). Give one person both roles only if there is no one else.</source>
            <translation>职责分离提醒：该用户既能制定规则（系统管理员），又能依据这些规则审批（经理）。只有在确实没有其他人选时，才应让同一人兼任这两个角色。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Initial password</source>
            <translation>初始密码</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Password:</source>
            <translation>密码(&amp;P)：</translation>
        </message>
        <message>
            <location line="+11" />
            <source>&amp;Repeat password:</source>
            <translation>确认密码(&amp;R)：</translation>
        </message>
    </context>
    <context>
        <name>UserService</name>
        <message>
            <location filename="../core/services/userservice.cpp" line="+36" />
            <source>The login must be 3 to 32 characters long and may contain only letters, digits, '.', '_' and '-'.</source>
            <translation>登录名长度须为 3 到 32 个字符，只能包含字母、数字、“.”、“_”和“-”。</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The name must be 1 to %1 characters long.</source>
            <translation>姓名长度须为 1 到 %1 个字符。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Choose at least one role.</source>
            <translation>请至少选择一个角色。</translation>
        </message>
        <message>
            <location line="+11" />
            <source>The password must not be the same as the login.</source>
            <translation>密码不能与登录名相同。</translation>
        </message>
        <message>
            <location line="+9" />
            <source>The password could not be protected because the computer is short of memory. Close other programs and try again.</source>
            <translation>计算机内存不足，无法加密保存密码。请关闭其他程序后重试。</translation>
        </message>
        <message>
            <location line="+22" />
            <source>The login “%1” is already taken.</source>
            <translation>登录名“%1”已被占用。</translation>
        </message>
        <message>
            <location line="+12" />
            <source>The chosen team does not exist any more.</source>
            <translation>所选团队已不存在。</translation>
        </message>
        <message>
            <location line="+56" />
            <location line="+138" />
            <location line="+123" />
            <source>The user no longer exists.</source>
            <translation>该用户已不存在。</translation>
        </message>
        <message>
            <location line="-240" />
            <source>You cannot deactivate your own account.</source>
            <translation>不能停用您自己的账户。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>You cannot remove the administrator role from your own account.</source>
            <translation>不能移除您自己账户的系统管理员角色。</translation>
        </message>
        <message>
            <location line="+13" />
            <source>This is the last active administrator. Give another user the administrator role first.</source>
            <translation>这是最后一位启用中的系统管理员。请先将系统管理员角色授予其他用户。</translation>
        </message>
        <message>
            <location line="+66" />
            <source>The password must be at least %1 characters long.</source>
            <translation>密码长度至少为 %1 个字符。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The password must not consist of spaces only.</source>
            <translation>密码不能全部由空格组成。</translation>
        </message>
        <message>
            <location line="+162" />
            <source>The current password is incorrect.</source>
            <translation>当前密码不正确。</translation>
        </message>
        <message>
            <location line="+52" />
            <source>The team name must be 1 to %1 characters long.</source>
            <translation>团队名称长度须为 1 到 %1 个字符。</translation>
        </message>
        <message>
            <location line="+11" />
            <source>A team named “%1” already exists.</source>
            <translation>名为“%1”的团队已存在。</translation>
        </message>
        <message>
            <location line="+31" />
            <source>This database already has users; sign in as an administrator.</source>
            <translation>此数据库已有用户，请以系统管理员身份登录。</translation>
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <location filename="../app/desktop/main.cpp" line="+25" />
            <source>Shopwarden (店务管家): back office for an e-commerce platform's service staff.</source>
            <translation>店务管家：电商平台服务人员的后台管理系统。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Use the database FILE instead of the one in the user's data folder.</source>
            <translation>使用指定的数据库文件，而不是用户数据文件夹中的数据库。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>FILE</source>
            <translation>文件</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Start on a throwaway database filled with demo data; prints its passphrase and logins.</source>
            <translation>使用一个填充了演示数据的临时数据库启动，并输出其口令和登录账户。</translation>
        </message>
        <message>
            <location line="+9" />
            <source>--db and --demo cannot be used together.</source>
            <translation>--db 和 --demo 不能同时使用。</translation>
        </message>
    </context>
    <context>
        <name>sw::domain::AfterSales</name>
        <message>
            <location filename="../core/domain/aftersalesenums.cpp" line="+231" />
            <source>Refund</source>
            <translation>退款</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Exchange</source>
            <translation>换货</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Repair</source>
            <translation>维修</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Quality problem</source>
            <translation>质量问题</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Wrong item sent</source>
            <translation>发错货</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Not as described</source>
            <translation>与描述不符</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No-reason return</source>
            <translation>无理由退货</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Damaged in transit</source>
            <translation>运输途中损坏</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Missing parts</source>
            <translation>少件或缺少配件</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Other reason</source>
            <translation>其他原因</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Customised item</source>
            <translation>定制商品</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Perishable goods</source>
            <translation>鲜活易腐商品</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Opened digital goods</source>
            <translation>已拆封的数字化商品</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Final sale</source>
            <translation>标注不退换</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Submitted</source>
            <translation>已提交</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Checking</source>
            <translation>核查中</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Awaiting approval</source>
            <translation>待审批</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Approved</source>
            <translation>已批准</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Rejected</source>
            <translation>已驳回</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Returned for information</source>
            <translation>待补充资料</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Executed</source>
            <translation>已执行</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Closed</source>
            <translation>已关闭</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Outside the after-sales period</source>
            <translation>超出售后期限</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Item not eligible</source>
            <translation>商品不符合售后条件</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Insufficient evidence</source>
            <translation>凭证不足</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Damage caused by misuse</source>
            <translation>人为损坏</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Amount not justified</source>
            <translation>金额依据不足</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Duplicate request</source>
            <translation>重复申请</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Other (see explanation)</source>
            <translation>其他（见说明）</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Time limit</source>
            <translation>售后期限</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Item restrictions</source>
            <translation>商品限制</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Evidence</source>
            <translation>凭证</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Refundable amount</source>
            <translation>可退金额</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Passed</source>
            <translation>通过</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Failed</source>
            <translation>未通过</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Not applicable</source>
            <translation>不适用</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Buyer</source>
            <translation>买家</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Merchant</source>
            <translation>商家</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Platform</source>
            <translation>平台</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Collecting evidence</source>
            <translation>举证中</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Decided</source>
            <translation>已裁决</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Under appeal</source>
            <translation>申诉中</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Settled</source>
            <translation>已结案</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Full refund</source>
            <translation>全额退款</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Partial refund</source>
            <translation>部分退款</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Claim rejected</source>
            <translation>驳回诉求</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Other outcome</source>
            <translation>其他处理结果</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Refund issued</source>
            <translation>已退款</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Replacement shipped</source>
            <translation>已发出换货</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Repaired</source>
            <translation>已维修</translation>
        </message>
    </context>
    <context>
        <name>sw::domain::AfterSalesEligibility</name>
        <message>
            <location filename="../core/domain/aftersaleseligibility.cpp" line="+80" />
            <source>“%1” is not a possible reason for a request of kind “%2”.</source>
            <translation>“%2”申请不能以“%1”为原因。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The current date is unknown.</source>
            <translation>无法获取当前日期。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Enter the delivery date.</source>
            <translation>请输入签收日期。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Enter the date of the request.</source>
            <translation>请输入申请日期。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The delivery date %1 is in the future.</source>
            <translation>签收日期 %1 晚于今天。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The request date %1 is in the future.</source>
            <translation>申请日期 %1 晚于今天。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The request date %1 is before the delivery date %2.</source>
            <translation>申请日期 %1 早于签收日期 %2。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The amount must be more than %1.</source>
            <translation>金额必须大于 %1。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The order total must be more than %1.</source>
            <translation>订单金额必须大于 %1。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The amount %1 is more than the order total %2.</source>
            <translation>金额 %1 超过了订单金额 %2。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The amount already refunded for the order cannot be negative.</source>
            <translation>该订单的已退款金额不能为负数。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The number of evidence attachments cannot be negative.</source>
            <translation>凭证附件数量不能为负数。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The warranty period of the item must be between 0 and %1 days; it is %2 days.</source>
            <translation>商品保修期必须在 0 到 %1 天之间，当前为 %2 天。</translation>
        </message>
        <message>
            <location line="+32" />
            <source>Day %1 after delivery, within the %2-day no-reason return period.</source>
            <translation>签收后第 %1 天，在 %2 天无理由退货期限内。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Day %1 after delivery, past the %2-day no-reason return period.</source>
            <translation>签收后第 %1 天，超过 %2 天无理由退货期限。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Day %1 after delivery, within the %2-day return period for quality problems.</source>
            <translation>签收后第 %1 天，在 %2 天质量问题退货期限内。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Day %1 after delivery, past the %2-day return period for quality problems.</source>
            <translation>签收后第 %1 天，超过 %2 天质量问题退货期限。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Day %1 after delivery, within the %2-day exchange period for quality problems.</source>
            <translation>签收后第 %1 天，在 %2 天质量问题换货期限内。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Day %1 after delivery, past the %2-day exchange period for quality problems.</source>
            <translation>签收后第 %1 天，超过 %2 天质量问题换货期限。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Day %1 after delivery, within the %2-day warranty period.</source>
            <translation>签收后第 %1 天，在 %2 天保修期内。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Day %1 after delivery, past the %2-day warranty period.</source>
            <translation>签收后第 %1 天，超过 %2 天保修期。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The item has no warranty, so repairs are not covered.</source>
            <translation>该商品没有保修，不在维修范围内。</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Item restrictions apply only to no-reason returns and exchanges; a quality claim or a repair is possible for any item.</source>
            <translation>商品限制仅适用于无理由退换货；任何商品都可以因质量问题申请售后或申请维修。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The item cannot be returned or exchanged without a reason: %1.</source>
            <translation>该商品不支持无理由退换货：%1。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The item is not excluded from no-reason returns and exchanges.</source>
            <translation>该商品支持无理由退换货。</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Evidence is required only for quality claims.</source>
            <translation>仅质量问题类申请需要提供凭证。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The after-sales policy does not require evidence.</source>
            <translation>售后规则不要求提供凭证。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Evidence attached: %1; a quality claim needs at least %2.</source>
            <translation>已附凭证 %1 份；质量问题类申请至少需要 %2 份。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Evidence attached: %1, but a quality claim needs at least %2.</source>
            <translation>已附凭证 %1 份，但质量问题类申请至少需要 %2 份。</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Only refunds count against the amount still refundable on the order.</source>
            <translation>仅退款申请计入订单的可退金额。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1 requested; %2 of the order total %3 is still refundable (%4 already refunded).</source>
            <translation>申请 %1；订单金额 %3 中仍可退 %2（已退 %4）。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 requested, but only %2 of the order total %3 is still refundable (%4 already refunded).</source>
            <translation>申请 %1，但订单金额 %3 中仅剩 %2 可退（已退 %4）。</translation>
        </message>
        <message>
            <location line="+15" />
            <source>All eligibility checks passed; there is nothing to override.</source>
            <translation>所有售后条件检查均已通过，无需特批。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Only a manager can override failed eligibility checks.</source>
            <translation>只有经理可以特批未通过的售后条件检查。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The signed-in user is unknown.</source>
            <translation>无法确定当前登录的用户。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>You submitted this request, so you cannot override its eligibility checks.</source>
            <translation>这是您提交的申请，您不能特批其售后条件检查。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Give a reason for overriding the failed eligibility checks.</source>
            <translation>请填写特批未通过的售后条件检查的理由。</translation>
        </message>
    </context>
    <context>
        <name>sw::domain::AfterSalesWorkflow</name>
        <message>
            <location filename="../core/domain/aftersalesworkflow.cpp" line="+59" />
            <source>The request is already “%1”.</source>
            <translation>该申请已经是“%1”状态。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A request that is “%1” is final and cannot be changed to “%2”.</source>
            <translation>“%1”的申请已结束，不能再改为“%2”。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>A request cannot go from “%1” to “%2”.</source>
            <translation>申请不能从“%1”变为“%2”。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The request cannot go from “%1” to “%2”: some eligibility checks failed and no manager has overridden them.</source>
            <translation>申请不能从“%1”变为“%2”：部分售后条件检查未通过，且没有经理特批。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The request cannot go from “%1” to “%2” before it has all the approvals it needs.</source>
            <translation>申请在获得所需的全部审批之前，不能从“%1”变为“%2”。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The request cannot go from “%1” to “%2” without a rejection reason from the catalogue and an explanation.</source>
            <translation>未从目录中选择驳回原因并填写说明，申请不能从“%1”变为“%2”。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The request cannot go from “%1” to “%2” without saying which information is missing.</source>
            <translation>未说明缺少哪些资料，申请不能从“%1”变为“%2”。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The request cannot go from “%1” to “%2” without saying why it is closed before a decision.</source>
            <translation>未说明在作出决定前关闭的原因，申请不能从“%1”变为“%2”。</translation>
        </message>
    </context>
    <context>
        <name>sw::domain::ApprovalLadder</name>
        <message>
            <location filename="../core/domain/approvalladder.cpp" line="+63" />
            <source>One approval at the level “%1” or higher.</source>
            <translation>需 1 人审批，级别不低于“%1”。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 approvals by different people, each at the level “%2” or higher.</source>
            <translation>需 %1 位不同人员审批，每人级别不低于“%2”。</translation>
        </message>
        <message>
            <location line="+34" />
            <source>The amount must be more than %1 before the request can be approved.</source>
            <translation>金额必须大于 %1 才能审批该申请。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The signed-in user is unknown.</source>
            <translation>无法确定当前登录的用户。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>You submitted this request, so you cannot approve it: nobody approves their own request.</source>
            <translation>这是您提交的申请，您不能审批：任何人都不能审批自己的申请。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>You have already approved this request; the next approval must come from someone else.</source>
            <translation>您已审批过该申请；下一次审批必须由其他人完成。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Your roles do not include approving after-sales requests.</source>
            <translation>您的角色无权审批售后申请。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>A request of %1 needs approval at the level “%2” or higher; the highest level you can approve at is “%3”.</source>
            <translation>金额为 %1 的申请需由“%2”或更高级别审批；您最高只能以“%3”级别审批。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>This request already has all the approvals it needs.</source>
            <translation>该申请已获得所需的全部审批。</translation>
        </message>
        <message>
            <location line="+9" />
            <source>The approval limit for agents must be more than %1; it is %2.</source>
            <translation>客服专员的审批额度必须大于 %1，当前为 %2。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The approval limit for leads (%1) must be higher than the limit for agents (%2).</source>
            <translation>客服主管的审批额度（%1）必须高于客服专员的审批额度（%2）。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The amount above which several approvals are needed must be more than %1; it is %2.</source>
            <translation>需要多人审批的金额门槛必须大于 %1，当前为 %2。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The number of approvals needed above %1 must be between %2 and %3; it is %4.</source>
            <translation>金额超过 %1 时所需的审批人数必须在 %2 到 %3 之间，当前为 %4。</translation>
        </message>
        <message>
            <location line="+29" />
            <source>The approval setting “%1” must be an amount written as text, for example "2000.00".</source>
            <translation>审批设置“%1”必须是以文本表示的金额，例如 "2000.00"。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The approval setting “%1” is not valid: %2</source>
            <translation>审批设置“%1”无效：%2</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The approval settings were written by a newer or unknown version of Shopwarden.</source>
            <translation>审批设置由更新的或未知版本的店务管家写入。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The approval setting “%1” must be a whole number.</source>
            <translation>审批设置“%1”必须是整数。</translation>
        </message>
    </context>
    <context>
        <name>sw::domain::BusinessCalendar</name>
        <message>
            <location filename="../core/domain/businesscalendar.cpp" line="+65" />
            <source>The calendar day has no valid date.</source>
            <translation>该日历日期无效。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is already in the calendar.</source>
            <translation>%1 已在日历中。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 falls on a weekend, which is a day off anyway; list only holidays that fall on weekdays.</source>
            <translation>%1 是周末，本来就休息；只需列出落在工作日的节假日。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1 is a weekday, which is a working day anyway; a make-up working day must fall on a weekend.</source>
            <translation>%1 是工作日，本来就上班；调休上班日必须在周末。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The calendar day %1 has no name.</source>
            <translation>日历日期 %1 没有名称。</translation>
        </message>
        <message>
            <location line="+139" />
            <source>Line %1: the first line must be the header “date,type,name”.</source>
            <translation>第 %1 行：首行必须是表头“date,type,name”。</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Line %1: expected three fields: date, type and name.</source>
            <translation>第 %1 行：应有三个字段：日期、类型和名称。</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Line %1: “%2” is not a date in the form YYYY-MM-DD.</source>
            <translation>第 %1 行：“%2”不是 YYYY-MM-DD 格式的日期。</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Line %1: unknown day type “%2”; use “holiday” or “workday”.</source>
            <translation>第 %1 行：未知的日期类型“%2”；请使用“holiday”或“workday”。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Line %1: %2 is already listed on line %3.</source>
            <translation>第 %1 行：%2 已在第 %3 行列出。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Line %1: %2 falls on a weekend, which is a day off anyway; list only holidays that fall on weekdays.</source>
            <translation>第 %1 行：%2 是周末，本来就休息；只需列出落在工作日的节假日。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Line %1: %2 is a weekday, which is a working day anyway; a make-up working day must fall on a weekend.</source>
            <translation>第 %1 行：%2 是工作日，本来就上班；调休上班日必须在周末。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Line %1: the day %2 has no name.</source>
            <translation>第 %1 行：日期 %2 没有名称。</translation>
        </message>
        <message>
            <location line="+9" />
            <source>The calendar file is empty; it needs at least the header line “date,type,name”.</source>
            <translation>日历文件为空；至少需要表头行“date,type,name”。</translation>
        </message>
        <message>
            <location line="+20" />
            <source>The built-in holiday calendar is missing.</source>
            <translation>内置的节假日日历缺失。</translation>
        </message>
    </context>
    <context>
        <name>sw::domain::Credit</name>
        <message>
            <location filename="../core/domain/creditscore.cpp" line="+51" />
            <source>Upheld complaint</source>
            <translation>投诉成立</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Failed spot check</source>
            <translation>抽检不合格</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Fake reviews</source>
            <translation>虚假评价</translation>
        </message>
        <message>
            <location line="+2" />
            <source>IP infringement</source>
            <translation>知识产权侵权</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Clean quarter</source>
            <translation>季度无违规</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Dispute decided against the merchant</source>
            <translation>纠纷裁决商家责任</translation>
        </message>
    </context>
    <context>
        <name>sw::domain::CreditActions</name>
        <message>
            <location filename="../core/domain/merchantcatalogue.cpp" line="+105" />
            <source>Give the reason for the %1.</source>
            <translation>请填写%1的原因。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Enter the date the %1 starts.</source>
            <translation>请填写%1的开始日期。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Enter the date the %1 ends.</source>
            <translation>请填写%1的结束日期。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The %1 cannot end before it starts.</source>
            <translation>%1的结束日期不能早于开始日期。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A %1 has no end date.</source>
            <translation>%1没有结束日期。</translation>
        </message>
    </context>
    <context>
        <name>sw::domain::CreditCode</name>
        <message>
            <location filename="../core/domain/creditcode.cpp" line="+48" />
            <source>Enter the unified social credit code (18 characters).</source>
            <translation>请输入统一社会信用代码（18 位）。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>A unified social credit code has 18 characters; “%1” has %2.</source>
            <translation>统一社会信用代码应为 18 位；“%1”为 %2 位。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Character %1 of the credit code, “%2”, is not allowed: only digits and the letters A–Y without I, O, S, V and Z are used.</source>
            <translation>信用代码第 %1 位“%2”不合法：只能使用数字和除 I、O、S、V、Z 以外的字母 A–Y。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Characters 3 to 8 of the credit code are the administrative division code and must be digits.</source>
            <translation>信用代码第 3 至 8 位为行政区划码，必须是数字。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The credit code %1 is not valid: its check character is “%2”, but the first 17 characters call for “%3”. Check the code for a typing error.</source>
            <translation>信用代码 %1 无效：校验码为“%2”，但按前 17 位应为“%3”。请检查是否输入有误。</translation>
        </message>
    </context>
    <context>
        <name>sw::domain::CreditRules</name>
        <message>
            <location filename="../core/domain/creditscore.cpp" line="+24" />
            <source>The points of “%1” must be between −%2 and +%2.</source>
            <translation>“%1”的分值必须在 −%2 到 +%2 之间。</translation>
        </message>
        <message>
            <location line="+54" />
            <source>The credit scoring rules cannot be used: %1</source>
            <translation>信用评分规则无法使用：%1</translation>
        </message>
        <message>
            <location line="+5" />
            <source>the version must be a whole number from 1.</source>
            <translation>版本号必须是不小于 1 的整数。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>“%1” is not an event of the credit file.</source>
            <translation>“%1”不是信用档案的事件类型。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>the points of “%1” must be a whole number between −%2 and +%2.</source>
            <translation>“%1”的分值必须是 −%2 到 +%2 之间的整数。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>the points of “%1” are missing.</source>
            <translation>缺少“%1”的分值。</translation>
        </message>
    </context>
    <context>
        <name>sw::domain::DisputePolicy</name>
        <message>
            <location filename="../core/domain/disputepolicy.cpp" line="+20" />
            <source>The evidence period of a dispute must be between 1 and %1 hours; it is %2 hours.</source>
            <translation>纠纷的举证期限必须在 1 到 %1 小时之间，当前为 %2 小时。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The appeal period of a dispute must be between 1 and %1 days; it is %2 days.</source>
            <translation>纠纷的申诉期限必须在 1 到 %1 天之间，当前为 %2 天。</translation>
        </message>
        <message>
            <location line="+22" />
            <source>The dispute setting “%1” must be a whole number.</source>
            <translation>纠纷设置“%1”必须是整数。</translation>
        </message>
        <message>
            <location line="-2" />
            <source>The dispute settings were written by a newer or unknown version of Shopwarden.</source>
            <translation>纠纷设置由更新的或未知版本的店务管家写入。</translation>
        </message>
    </context>
    <context>
        <name>sw::domain::DisputeRules</name>
        <message>
            <location filename="../core/domain/disputerules.cpp" line="+27" />
            <source>Evidence can be added only while the dispute is “%1”; it is “%2”.</source>
            <translation>只有在纠纷处于“%1”状态时才能提交证据；当前为“%2”。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The evidence deadline of the dispute is unknown.</source>
            <translation>无法确定该纠纷的举证期限。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The evidence deadline (%1) has passed for “%2”; later evidence is not accepted.</source>
            <translation>“%2”的举证期限（%1）已过，不再接受新的证据。</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Only a lead or a manager can decide a dispute.</source>
            <translation>只有客服主管或经理可以裁决纠纷。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Only a manager can decide an appeal.</source>
            <translation>只有经理可以裁决申诉。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The signed-in user is unknown.</source>
            <translation>无法确定当前登录的用户。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The appeal must be decided by someone other than the person who made the first decision.</source>
            <translation>申诉必须由首次裁决人以外的人员裁决。</translation>
        </message>
        <message>
            <location line="+11" />
            <source>A partial refund needs an amount more than %1.</source>
            <translation>部分退款的金额必须大于 %1。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The partial refund %1 is more than the requested amount %2.</source>
            <translation>部分退款金额 %1 超过了申请金额 %2。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Only a partial refund has an amount of its own; leave the amount empty for “%1”.</source>
            <translation>只有部分退款需要填写金额；“%1”请勿填写金额。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Give the reasoning for the decision.</source>
            <translation>请填写裁决理由。</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Only the buyer or the merchant can appeal a decision.</source>
            <translation>只有买家或商家可以对裁决提出申诉。</translation>
        </message>
        <message>
            <location line="+26" />
            <source>The dispute is already “%1”.</source>
            <translation>该纠纷已经是“%1”状态。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A dispute that is “%1” is final and cannot be changed to “%2”.</source>
            <translation>“%1”的纠纷已结束，不能再改为“%2”。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>A dispute cannot go from “%1” to “%2”.</source>
            <translation>纠纷不能从“%1”变为“%2”。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The dispute cannot go from “%1” to “%2” before the evidence deadline (%3) unless both buyer and merchant have submitted their evidence.</source>
            <translation>举证期限（%3）届满前，除非买家和商家均已提交证据，否则纠纷不能从“%1”变为“%2”。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The dispute cannot go from “%1” to “%2” unless the buyer withdraws it or the parties settle it themselves.</source>
            <translation>除非买家撤回或双方自行和解，否则纠纷不能从“%1”变为“%2”。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The dispute cannot go from “%1” to “%2” because the time of the decision is unknown.</source>
            <translation>裁决时间未知，纠纷不能从“%1”变为“%2”。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The dispute cannot go from “%1” to “%2”: it was appealed once already, and the decision on the appeal is final.</source>
            <translation>纠纷不能从“%1”变为“%2”：该纠纷已申诉过一次，申诉裁决为最终结果。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The dispute cannot go from “%1” to “%2”: the decision of %3 could be appealed only within %4 days.</source>
            <translation>纠纷不能从“%1”变为“%2”：%3 作出的裁决只能在 %4 天内申诉。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The dispute cannot go from “%1” to “%2” before the appeal period ends (%3).</source>
            <translation>申诉期（至 %3）结束前，纠纷不能从“%1”变为“%2”。</translation>
        </message>
    </context>
    <context>
        <name>sw::domain::EligibilityPolicy</name>
        <message>
            <location filename="../core/domain/eligibilitypolicy.cpp" line="+13" />
            <source>The no-reason return period must be between %1 days (the legal minimum) and %2 days; it is %3 days.</source>
            <translation>无理由退货期限必须在 %1 天（法定最低）到 %2 天之间，当前为 %3 天。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The return period for quality problems must be between %1 days (the legal minimum) and %2 days; it is %3 days.</source>
            <translation>质量问题退货期限必须在 %1 天（法定最低）到 %2 天之间，当前为 %3 天。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The exchange period for quality problems must be between %1 days (the legal minimum) and %2 days; it is %3 days.</source>
            <translation>质量问题换货期限必须在 %1 天（法定最低）到 %2 天之间，当前为 %3 天。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The default warranty period must be between 1 and %1 days; it is %2 days.</source>
            <translation>默认保修期必须在 1 到 %1 天之间，当前为 %2 天。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The number of evidence attachments required for a quality claim must be between 0 and %1; it is %2.</source>
            <translation>质量问题类申请所需的凭证数量必须在 0 到 %1 之间，当前为 %2。</translation>
        </message>
        <message>
            <location line="+27" />
            <source>The after-sales setting “%1” must be a whole number.</source>
            <translation>售后设置“%1”必须是整数。</translation>
        </message>
        <message>
            <location line="-2" />
            <source>The after-sales eligibility settings were written by a newer or unknown version of Shopwarden.</source>
            <translation>售后条件设置由更新的或未知版本的店务管家写入。</translation>
        </message>
        <message>
            <location line="+18" />
            <source>The after-sales setting “excludedItemFlags” must be a list.</source>
            <translation>售后设置“excludedItemFlags”必须是列表。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Unknown item property “%1” in the excluded items.</source>
            <translation>排除的商品属性中有未知属性“%1”。</translation>
        </message>
    </context>
    <context>
        <name>sw::domain::Merchant</name>
        <message>
            <location filename="../core/domain/merchantworkflow.cpp" line="+87" />
            <source>Submitted</source>
            <translation>已提交</translation>
        </message>
        <message>
            <location line="+2" />
            <source>In review</source>
            <translation>审核中</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Information requested</source>
            <translation>待补充资料</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Second review</source>
            <translation>复核</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Approved</source>
            <translation>已通过</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Rejected</source>
            <translation>已驳回</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Take</source>
            <translation>领取</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Request information</source>
            <translation>要求补充资料</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Information received</source>
            <translation>资料已补充</translation>
        </message>
        <message>
            <location line="+2" />
            <source>First approval</source>
            <translation>初审通过</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Approve (second review)</source>
            <translation>复核通过</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Reject</source>
            <translation>驳回</translation>
        </message>
        <message>
            <location line="+9" />
            <source>A required document is missing</source>
            <translation>缺少必需证照</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A scan is unreadable</source>
            <translation>扫描件无法辨认</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A document has expired</source>
            <translation>证照已过期</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The data do not match the documents</source>
            <translation>填报信息与证照不符</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+21" />
            <source>Other</source>
            <translation>其他</translation>
        </message>
        <message>
            <location line="-12" />
            <source>Documents incomplete</source>
            <translation>证照不齐全</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Documents invalid or expired</source>
            <translation>证照无效或已过期</translation>
        </message>
        <message>
            <location line="+2" />
            <source>False information</source>
            <translation>信息不实</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Category not allowed on the platform</source>
            <translation>经营类目不在平台准入范围内</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Already registered as another merchant</source>
            <translation>已作为其他商家入驻</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No trademark or brand authorisation</source>
            <translation>无商标注册证明或品牌授权</translation>
        </message>
        <message>
            <location filename="../core/domain/merchantdocuments.cpp" line="+54" />
            <source>Business licence</source>
            <translation>营业执照</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Tax registration</source>
            <translation>税务登记证</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Legal representative's ID</source>
            <translation>法定代表人身份证</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Industry permit</source>
            <translation>行业许可证</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Trademark or brand authorisation</source>
            <translation>商标注册证或品牌授权书</translation>
        </message>
        <message>
            <location filename="../core/domain/merchantidentity.cpp" line="+41" />
            <source>Unified social credit code</source>
            <translation>统一社会信用代码</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Legal representative's ID number</source>
            <translation>法定代表人身份证号</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Bank account</source>
            <translation>银行账号</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <location filename="../core/domain/merchantcatalogue.cpp" line="-83" />
            <source>General merchandise</source>
            <translation>综合百货</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Apparel and shoes</source>
            <translation>服饰鞋包</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Electronics and appliances</source>
            <translation>数码家电</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Home and furniture</source>
            <translation>家居家具</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Food</source>
            <translation>食品</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Cosmetics</source>
            <translation>化妆品</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Maternal and infant products</source>
            <translation>母婴用品</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Medical devices</source>
            <translation>医疗器械</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Brand flagship store</source>
            <translation>品牌旗舰店</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Periodic re-review</source>
            <translation>定期复核</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Application</source>
            <translation>入驻申请</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Warning</source>
            <translation>警告</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Listing restriction</source>
            <translation>限制上架</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Suspension</source>
            <translation>暂停经营</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Revocation of qualification</source>
            <translation>取消入驻资格</translation>
        </message>
    </context>
    <context>
        <name>sw::domain::MerchantDocuments</name>
        <message>
            <location filename="../core/domain/merchantdocuments.cpp" line="+62" />
            <source>The %1 is required for this merchant's categories.</source>
            <translation>该商家的经营类目需要提供%1。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Enter the number of the %1.</source>
            <translation>请填写%1的证件编号。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Add a scan of the %1.</source>
            <translation>请添加%1的扫描件。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The %1 expired on %2; an application needs current documents.</source>
            <translation>%1已于 %2 过期；入驻申请须提供有效证照。</translation>
        </message>
        <message>
            <location line="+9" />
            <source>The file “%1” is empty.</source>
            <translation>文件“%1”是空的。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The file “%1” is too large: scans may be at most %2.</source>
            <translation>文件“%1”过大：扫描件最大为 %2。</translation>
        </message>
        <message>
            <location line="+9" />
            <source>The file “%1” is not a PNG, JPEG or PDF file; scans must be images or PDF documents.</source>
            <translation>文件“%1”不是 PNG、JPEG 或 PDF 文件；扫描件必须是图片或 PDF 文档。</translation>
        </message>
        <message>
            <location line="+16" />
            <source>The required-documents table was written by a newer version of Shopwarden.</source>
            <translation>必需证照表由更新版本的店务管家写入，无法读取。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The required documents of “%1” must be a list.</source>
            <translation>“%1”的必需证照必须是列表。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>“%1” in the required documents of “%2” is not a document kind.</source>
            <translation>“%2”的必需证照中的“%1”不是证照类型。</translation>
        </message>
    </context>
    <context>
        <name>sw::domain::MerchantIdentity</name>
        <message>
            <location filename="../core/domain/merchantidentity.cpp" line="+66" />
            <source>A resident ID number has 18 characters; “%1” has %2.</source>
            <translation>居民身份证号应为 18 位；“%1”为 %2 位。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The first 17 characters of a resident ID number are digits; character %1 is “%2”.</source>
            <translation>身份证号前 17 位应为数字；第 %1 位是“%2”。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Characters 7 to 14 of the ID number %1 are not a valid date of birth.</source>
            <translation>身份证号 %1 的第 7 至 14 位不是有效的出生日期。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The ID number %1 is not valid: its last character is “%2”, but the first 17 call for “%3”. Check it for a typing error.</source>
            <translation>身份证号 %1 无效：末位为“%2”，但按前 17 位应为“%3”。请检查是否输入有误。</translation>
        </message>
    </context>
    <context>
        <name>sw::domain::MerchantWorkflow</name>
        <message>
            <location filename="../core/domain/merchantworkflow.cpp" line="+21" />
            <source>“%1” is not possible while the application is “%2”.</source>
            <translation>申请处于“%2”状态时不能执行“%1”。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Only merchant auditors review applications.</source>
            <translation>只有审核专员可以审核入驻申请。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>You gave this application its first approval, so its second review must be done by another auditor (four-eyes rule).</source>
            <translation>您已对该申请初审通过，复核必须由另一位审核专员完成（四眼原则）。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>This application is being reviewed by another auditor; only they can take this step.</source>
            <translation>该申请正由另一位审核专员审核，只有其本人可以执行此操作。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Choose a reason and say which information the merchant must supply.</source>
            <translation>请选择原因，并说明商家需要补充哪些资料。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Choose a rejection reason and explain it: the merchant is told why.</source>
            <translation>请选择驳回原因并加以说明：商家会收到驳回理由。</translation>
        </message>
    </context>
    <context>
        <name>sw::domain::Money</name>
        <message>
            <location filename="../core/domain/money.cpp" line="+82" />
            <source>Enter an amount, for example 1234.50.</source>
            <translation>请输入金额，例如 1234.50。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>“%1” is not an amount of money. Enter digits with at most two decimal places, for example 1234.50 or ¥1,234.50.</source>
            <translation>“%1”不是有效的金额。请输入最多两位小数的数字，例如 1234.50 或 ¥1,234.50。</translation>
        </message>
        <message>
            <location line="+43" />
            <source>An amount cannot be negative (“%1”). Enter the amount without a minus sign.</source>
            <translation>金额不能为负数（“%1”）。请输入不带负号的金额。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>“%1” has more than two decimal places; amounts are exact to the fen (0.01).</source>
            <translation>“%1”的小数超过两位；金额精确到分（0.01）。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The amount “%1” is too large.</source>
            <translation>金额“%1”过大。</translation>
        </message>
        <message>
            <location line="+20" />
            <source>The total of %1 and %2 is too large.</source>
            <translation>%1 与 %2 之和过大。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The difference of %1 and %2 is too large.</source>
            <translation>%1 与 %2 之差过大。</translation>
        </message>
    </context>
    <context>
        <name>sw::domain::SearchText</name>
        <message>
            <location filename="../core/domain/searchtext.cpp" line="+161" />
            <source>“%1” is a single Chinese character and cannot be searched on its own; type at least two characters.</source>
            <translation>“%1”是单个汉字，无法单独搜索；请至少输入两个字。</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Type at least two Chinese characters, a word or a number to search.</source>
            <translation>请输入至少两个汉字、一个单词或一个数字进行搜索。</translation>
        </message>
    </context>
    <context>
        <name>sw::domain::SlaClock</name>
        <message>
            <location filename="../core/domain/slaclock.cpp" line="+168" />
            <source>due now</source>
            <translation>已到期</translation>
        </message>
        <message>
            <location line="+7" />
            <source>%1 d %2 h left</source>
            <translation>剩余 %1 天 %2 小时</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 h %2 min left</source>
            <translation>剩余 %1 小时 %2 分钟</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 min left</source>
            <translation>剩余 %1 分钟</translation>
        </message>
        <message>
            <location line="+1" />
            <source>less than 1 min left</source>
            <translation>剩余不到 1 分钟</translation>
        </message>
        <message>
            <location line="+3" />
            <source>overdue by %1 d %2 h</source>
            <translation>已超时 %1 天 %2 小时</translation>
        </message>
        <message>
            <location line="+2" />
            <source>overdue by %1 h %2 min</source>
            <translation>已超时 %1 小时 %2 分钟</translation>
        </message>
        <message>
            <location line="+2" />
            <source>overdue by %1 min</source>
            <translation>已超时 %1 分钟</translation>
        </message>
        <message>
            <location line="+1" />
            <source>overdue by less than 1 min</source>
            <translation>已超时不到 1 分钟</translation>
        </message>
    </context>
    <context>
        <name>sw::domain::SlaPolicy</name>
        <message>
            <location filename="../core/domain/slapolicy.cpp" line="+74" />
            <source>The first-response target must be between 1 hour and 90 days (%1 hours); it is %2 hours.</source>
            <translation>初步反馈时限必须在 1 小时到 90 天（%1 小时）之间；当前为 %2 小时。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The first-response target for special cases must be between 1 hour and 90 days (%1 hours); it is %2 hours.</source>
            <translation>特殊情况的初步反馈时限必须在 1 小时到 90 天（%1 小时）之间；当前为 %2 小时。</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The resolution target for %1 tickets of priority %2 must be between 1 hour and 90 days (%3 hours); it is %4 hours.</source>
            <translation>优先级为%2的%1工单，解决时限必须在 1 小时到 90 天（%3 小时）之间；当前为 %4 小时。</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The warning threshold must be between 1 % and 99 % of the target; it is %1 %.</source>
            <translation>预警阈值必须在时限的 1% 到 99% 之间；当前为 %1%。</translation>
        </message>
        <message>
            <location line="+35" />
            <source>The SLA setting “%1” must be a whole number.</source>
            <translation>SLA 设置“%1”必须是整数。</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The SLA settings were written by a newer or unknown version of Shopwarden.</source>
            <translation>SLA 设置由更新的或未知版本的店务管家写入。</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Unknown SLA calendar “%1”; use “calendar_hours” or “business_days”.</source>
            <translation>未知的 SLA 日历“%1”；请使用“calendar_hours”或“business_days”。</translation>
        </message>
        <message>
            <location line="+11" />
            <source>The SLA setting “resolutionHours” must be an object.</source>
            <translation>SLA 设置“resolutionHours”必须是一个对象。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Unknown ticket kind “%1” in the resolution targets.</source>
            <translation>解决时限中有未知的工单类型“%1”。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Unknown priority “%1” in the resolution targets.</source>
            <translation>解决时限中有未知的优先级“%1”。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The resolution target for %1 tickets of priority %2 must be a whole number of hours.</source>
            <translation>优先级为%2的%1工单，解决时限必须是整数小时。</translation>
        </message>
    </context>
    <context>
        <name>sw::domain::Ticket</name>
        <message>
            <location filename="../core/domain/ticketenums.cpp" line="+127" />
            <source>Inquiry</source>
            <translation>咨询</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Complaint</source>
            <translation>投诉</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Suggestion</source>
            <translation>建议</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Online</source>
            <translation>在线</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Email</source>
            <translation>邮件</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Low</source>
            <translation>低</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Normal</source>
            <translation>普通</translation>
        </message>
        <message>
            <location line="+2" />
            <source>High</source>
            <translation>高</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Urgent</source>
            <translation>紧急</translation>
        </message>
        <message>
            <location line="+9" />
            <source>New</source>
            <translation>新建</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Open</source>
            <translation>处理中</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Pending customer</source>
            <translation>待客户回复</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Resolved</source>
            <translation>已解决</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Closed</source>
            <translation>已关闭</translation>
        </message>
        <message>
            <location line="+9" />
            <source>On track</source>
            <translation>正常</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Warning</source>
            <translation>预警</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Breached</source>
            <translation>已超时</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Met</source>
            <translation>已达标</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Paused</source>
            <translation>已暂停</translation>
        </message>
    </context>
    <context>
        <name>sw::domain::TicketWorkflow</name>
        <message>
            <location filename="../core/domain/ticketworkflow.cpp" line="+40" />
            <source>The ticket is already “%1”.</source>
            <translation>工单已处于“%1”状态。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>A ticket that is “%1” is final and cannot be changed to “%2”.</source>
            <translation>“%1”是最终状态，工单不能再变更为“%2”。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>A ticket cannot go from “%1” to “%2”.</source>
            <translation>工单不能从“%1”变更为“%2”。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The ticket needs an owner before it can go from “%1” to “%2”.</source>
            <translation>工单需要先指定负责人，才能从“%1”变更为“%2”。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The ticket cannot go from “%1” to “%2” because its resolution time is unknown.</source>
            <translation>解决时间未知，工单不能从“%1”变更为“%2”。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The ticket cannot go from “%1” back to “%2”: it was resolved on %3, and a ticket can only be reopened within 7 days.</source>
            <translation>工单不能从“%1”退回“%2”：它已于 %3 解决，而工单只能在解决后 7 天内重新打开。</translation>
        </message>
    </context>
    <context>
        <name>sw::models::AfterSalesQueueModel</name>
        <message>
            <location filename="../models/aftersalesqueuemodel.cpp" line="+152" />
            <source>Number</source>
            <translation>申请单号</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Order No.</source>
            <translation>订单号</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Merchant</source>
            <translation>商家</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Approver Level</source>
            <translation>审批层级</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Age</source>
            <translation>已等待</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Due</source>
            <translation>截止时间</translation>
        </message>
        <message>
            <location line="+14" />
            <source>%1 d %2 h</source>
            <comment>duration</comment>
            <translation>%1 天 %2 小时</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 h %2 min</source>
            <comment>duration</comment>
            <translation>%1 小时 %2 分钟</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 min</source>
            <comment>duration</comment>
            <translation>%1 分钟</translation>
        </message>
        <message>
            <location line="+25" />
            <source>%1 (%2 of %3 approvals)</source>
            <comment>approver level</comment>
            <translation>%1（已审批 %2/%3）</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Overdue by %1</source>
            <translation>已超时 %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>In %1</source>
            <translation>剩余 %1</translation>
        </message>
        <message>
            <location line="+57" />
            <source>Overdue: a decision on %1 was due %2 (%3 after it started waiting).</source>
            <translation>已超时：%1 的审批决定应于 %2 前作出（开始等待后 %3）。</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n hour(s)</source>
            <translation>
                <numerusform>%n 小时</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>A decision is due %1.</source>
            <translation>须在 %1 前作出审批决定。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Created %1</source>
            <translation>创建于 %1</translation>
        </message>
    </context>
    <context>
        <name>sw::models::MerchantQueueModel</name>
        <message>
            <location filename="../models/merchantqueuemodel.cpp" line="+200" />
            <source>Number</source>
            <translation>编号</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Legal name</source>
            <translation>企业名称</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Credit code</source>
            <translation>信用代码</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Category</source>
            <translation>类目</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Submitted</source>
            <translation>提交时间</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location line="+2" />
            <source>First reviewer</source>
            <translation>初审人</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Second reviewer</source>
            <translation>复核人</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Due</source>
            <translation>截止时间</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Flags</source>
            <translation>标记</translation>
        </message>
        <message>
            <location line="+34" />
            <source>Paused</source>
            <translation>已暂停</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Duplicate</source>
            <translation>疑似重复</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Documents expiring</source>
            <translation>证照将到期</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Overdue</source>
            <translation>已超时</translation>
        </message>
        <message>
            <location line="+46" />
            <source>Overdue: the review of %1 was due %2.</source>
            <translation>已超时：%1 的审核应于 %2 完成。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Waiting for the merchant's information: the due clock is stopped.</source>
            <translation>正在等待商家补充资料：审核时限暂停计时。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Another merchant has the same credit code, legal representative's ID, bank account or phone.</source>
            <translation>另有商家使用相同的信用代码、法定代表人身份证号、银行账号或电话。</translation>
        </message>
    </context>
    <context>
        <name>sw::models::TicketQueueModel</name>
        <message>
            <location filename="../models/ticketqueuemodel.cpp" line="+327" />
            <source>Number</source>
            <translation>工单号</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Channel</source>
            <translation>渠道</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Subject</source>
            <translation>主题</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Order No.</source>
            <translation>订单号</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Merchant</source>
            <translation>商家</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Priority</source>
            <translation>优先级</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Owner</source>
            <translation>处理人</translation>
        </message>
        <message>
            <location line="+1" />
            <source>First Response Due</source>
            <translation>首次响应截止</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Resolution Due</source>
            <translation>解决截止</translation>
        </message>
        <message>
            <location line="+1" />
            <source>SLA</source>
            <translation>SLA 时效</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Received</source>
            <translation>受理时间</translation>
        </message>
        <message>
            <location line="+15" />
            <source>%1 (%2)</source>
            <comment>customer name (phone)</comment>
            <translation>%1（%2）</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Unassigned</source>
            <translation>未分配</translation>
        </message>
        <message>
            <location line="+69" />
            <source>The SLA clock is paused while the ticket waits for the customer.</source>
            <translation>等待客户回复期间，SLA 计时暂停。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No SLA clock is running for this ticket.</source>
            <translation>此工单没有正在计时的 SLA。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1: %2, due %3</source>
            <translation>%1：%2，截止 %3</translation>
        </message>
    </context>
    <context>
        <name>sw::models::UserTableModel</name>
        <message>
            <location filename="../models/usertablemodel.cpp" line="+76" />
            <source>Active</source>
            <translation>已启用</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Inactive</source>
            <translation>已停用</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Never</source>
            <comment>last sign-in</comment>
            <translation>从未登录</translation>
        </message>
        <message>
            <location line="+34" />
            <source>Locked after failed sign-ins until %1.</source>
            <translation>因多次登录失败被锁定，直至 %1。</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Login</source>
            <translation>登录名</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Roles</source>
            <translation>角色</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Team</source>
            <translation>团队</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Status</source>
            <comment>active or inactive</comment>
            <translation>状态</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Last sign-in</source>
            <translation>最近登录</translation>
        </message>
    </context>
    <context>
        <name>sw::services</name>
        <message>
            <location filename="../core/services/ticketseeder.cpp" line="+88" />
            <location line="+46" />
            <location line="+6" />
            <source>The demo data could not be written.</source>
            <translation>无法写入演示数据。</translation>
        </message>
        <message>
            <location line="-13" />
            <source>The number of tickets to seed must not be negative.</source>
            <translation>要生成的工单数量不能为负数。</translation>
        </message>
        <message>
            <location filename="../core/services/ticketservice.cpp" line="+46" />
            <source>Enter a subject for the ticket.</source>
            <translation>请输入工单主题。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The subject is %1 characters long; at most %2 characters are allowed.</source>
            <translation>主题有 %1 个字，最多允许 %2 个字。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The description is %1 characters long; at most %2 characters are allowed.</source>
            <translation>描述有 %1 个字，最多允许 %2 个字。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The customer name must be 1 to %1 characters long.</source>
            <translation>客户姓名须为 1 至 %1 个字。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The phone number may contain only digits, spaces, '+' and '-' (5 to 32 characters).</source>
            <translation>电话号码只能包含数字、空格、“+”和“-”（5 至 32 个字符）。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The e-mail address is not valid.</source>
            <translation>邮箱地址无效。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The order number may contain only letters, digits and '-' (at most 40 characters).</source>
            <translation>订单号只能包含字母、数字和“-”（最多 40 个字符）。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The merchant name must be at most %1 characters long.</source>
            <translation>商家名称最多 %1 个字。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A special case needs a reason.</source>
            <translation>特殊情况必须填写原因。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The reason must be at most %1 characters long.</source>
            <translation>原因最多 %1 个字。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The time of receipt cannot be in the future.</source>
            <translation>受理时间不能晚于当前时间。</translation>
        </message>
        <message>
            <location filename="../core/services/ticketservice_assign.cpp" line="+39" />
            <source>Only leads and managers can assign tickets. Use “Take” to take an unassigned ticket.</source>
            <translation>只有主管和经理可以指派工单。未分配的工单请用“认领”。</translation>
        </message>
        <message>
            <location line="+18" />
            <source>You can assign tickets only to members of your team.</source>
            <translation>只能把工单指派给本团队成员。</translation>
        </message>
        <message>
            <location filename="../core/services/ticketservice_attachments.cpp" line="+35" />
            <source>Only leads, managers and administrators can edit canned replies.</source>
            <translation>只有主管、经理和管理员可以编辑快捷回复。</translation>
        </message>
        <message>
            <location filename="../core/services/attachmentfile.cpp" line="+50" />
            <source>The file needs a name.</source>
            <translation>文件必须有名称。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The file name must be at most %1 characters long.</source>
            <translation>文件名最多 %1 个字符。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The file “%1” is empty.</source>
            <translation>文件“%1”是空的。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The file “%1” is %2 MB; attachments may be at most %3 MB.</source>
            <translation>文件“%1”大小为 %2 MB，附件最大为 %3 MB。</translation>
        </message>
    </context>
    <context>
        <name>sw::services::AfterSalesQuery</name>
        <message>
            <location filename="../core/services/aftersalesquery.cpp" line="+109" />
            <source>Your roles do not allow you to see after-sales requests.</source>
            <translation>您的角色无权查看售后申请。</translation>
        </message>
    </context>
    <context>
        <name>sw::services::AfterSalesService</name>
        <message>
            <location filename="../core/services/aftersalesservice_rows.cpp" line="+127" />
            <source>The after-sales request does not exist (any more).</source>
            <translation>该售后申请不存在（或已被删除）。</translation>
        </message>
        <message>
            <location filename="../core/services/aftersalesservice.cpp" line="+52" />
            <source>No more after-sales numbers are free for %1.</source>
            <translation>%1 的售后申请编号已用完。</translation>
        </message>
        <message>
            <location filename="../core/services/aftersalesservice_rows.cpp" line="+53" />
            <source>Only agents, leads and managers handle after-sales requests.</source>
            <translation>只有客服专员、客服主管和经理可以处理售后申请。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Your roles do not allow you to see after-sales requests.</source>
            <translation>您的角色无权查看售后申请。</translation>
        </message>
        <message>
            <location filename="../core/services/aftersalesservice.cpp" line="+12" />
            <source>%1: %2</source>
            <translation>%1：%2</translation>
        </message>
        <message>
            <location line="+99" />
            <source>Enter the order number: letters, digits and '-' only, at most 40 characters.</source>
            <translation>请输入订单号：只能包含字母、数字和“-”，最多 40 个字符。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The item name must be 1 to %1 characters long.</source>
            <translation>商品名称长度须为 1 至 %1 个字符。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The description is %1 characters long; at most %2 characters are allowed.</source>
            <translation>说明长度为 %1 个字符，最多允许 %2 个字符。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The warranty cannot be negative.</source>
            <translation>保修期不能为负数。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Amount</source>
            <translation>申请金额</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Order total</source>
            <translation>订单总额</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Already refunded</source>
            <translation>已退款金额</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Compensation</source>
            <translation>补偿金额</translation>
        </message>
        <message>
            <location line="+15" />
            <source>A quality claim needs evidence: attach at least %1 photo, video or inspection report before creating the request.</source>
            <translation>质量问题类申请需要凭证：创建申请前请至少上传 %1 份照片、视频或检测报告。</translation>
        </message>
        <message>
            <location line="+41" />
            <source>After-sales request %1 (%2, %3) created.</source>
            <translation>已创建售后申请 %1（%2，%3）。</translation>
        </message>
        <message>
            <location filename="../core/services/aftersalesservice_decisions.cpp" line="+24" />
            <source>Nobody decides on their own after-sales request.</source>
            <translation>任何人都不能审批自己提交的售后申请。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>This request needs a decision at the level “%1” or higher.</source>
            <translation>此申请需要“%1”或更高级别审批。</translation>
        </message>
        <message>
            <location filename="../core/services/aftersalesservice.cpp" line="+110" />
            <source>After-sales request %1 passed the eligibility check and awaits approval (%2).</source>
            <translation>售后申请 %1 已通过售后条件检查，等待审批（%2）。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>After-sales request %1 failed the eligibility check; a manager may override it.</source>
            <translation>售后申请 %1 未通过售后条件检查；经理可以特批。</translation>
        </message>
        <message>
            <location filename="../core/services/aftersalesservice_decisions.cpp" line="+28" />
            <source>Only a request that is being checked can be overridden; this one is “%1”.</source>
            <translation>只有检查中的申请可以特批；此申请当前为“%1”。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The reason is %1 characters long; at most %2 characters are allowed.</source>
            <translation>理由长度为 %1 个字符，最多允许 %2 个字符。</translation>
        </message>
        <message>
            <location line="+10" />
            <source>%1 overrode the failed eligibility checks of after-sales request %2: %3</source>
            <translation>%1 特批了售后申请 %2 未通过的售后条件检查：%3</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Only a request awaiting approval can be approved; this one is “%1”.</source>
            <translation>只有待审批的申请可以批准；此申请当前为“%1”。</translation>
        </message>
        <message>
            <location line="+19" />
            <source>%1 approved after-sales request %2; it is fully approved.</source>
            <translation>%1 批准了售后申请 %2；审批已全部完成。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 approved after-sales request %2; %3 more approval(s) needed.</source>
            <translation>%1 批准了售后申请 %2；还需 %3 人审批。</translation>
        </message>
        <message>
            <location line="+16" />
            <source>The explanation is %1 characters long; at most %2 characters are allowed.</source>
            <translation>说明长度为 %1 个字符，最多允许 %2 个字符。</translation>
        </message>
        <message>
            <location line="+11" />
            <source>%1 rejected after-sales request %2 (%3): %4</source>
            <translation>%1 驳回了售后申请 %2（%3）：%4</translation>
        </message>
        <message>
            <location line="+13" />
            <source>The note is %1 characters long; at most %2 characters are allowed.</source>
            <translation>备注长度为 %1 个字符，最多允许 %2 个字符。</translation>
        </message>
        <message>
            <location line="+9" />
            <source>%1 returned after-sales request %2 for more information: %3</source>
            <translation>%1 将售后申请 %2 退回补充资料：%3</translation>
        </message>
        <message>
            <location filename="../core/services/aftersalesservice.cpp" line="+20" />
            <source>After-sales request %1: %2.</source>
            <translation>售后申请 %1：%2。</translation>
        </message>
        <message>
            <location line="+19" />
            <source>After-sales request %1 closed.</source>
            <translation>售后申请 %1 已关闭。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>After-sales request %1 closed: %2</source>
            <translation>售后申请 %1 已关闭：%2</translation>
        </message>
        <message>
            <location filename="../core/services/aftersalesservice_evidence.cpp" line="+89" />
            <source>Evidence of request %1 can only be changed while it is submitted or returned for more information; it is now “%2”.</source>
            <translation>售后申请 %1 的凭证只能在“已提交”或“退回补充资料”状态下修改；当前状态为“%2”。</translation>
        </message>
        <message>
            <location line="+29" />
            <source>Evidence “%1” added to after-sales request %2.</source>
            <translation>已为售后申请 %2 添加凭证“%1”。</translation>
        </message>
        <message>
            <location line="+45" />
            <location line="+31" />
            <source>The evidence file does not exist; it may have been removed.</source>
            <translation>该凭证文件不存在，可能已被移除。</translation>
        </message>
        <message>
            <location line="-24" />
            <source>The file “%1” has not arrived from the server yet; it is fetched with the next sync.</source>
            <translation>文件“%1”尚未从服务器下载，将在下次同步时获取。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The stored file “%1” is damaged: its checksum does not match, so it is not opened.</source>
            <translation>存储的文件“%1”已损坏：校验值不符，因此不予打开。</translation>
        </message>
        <message>
            <location line="+34" />
            <source>Evidence “%1” removed from after-sales request %2.</source>
            <translation>已从售后申请 %2 中移除凭证“%1”。</translation>
        </message>
    </context>
    <context>
        <name>sw::services::AfterSalesView</name>
        <message>
            <location filename="../core/services/aftersalesquery.cpp" line="+9" />
            <source>Awaiting my approval</source>
            <translation>待我审批</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Eligibility failed</source>
            <translation>资格校验未通过</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Executed this week</source>
            <translation>本周已执行</translation>
        </message>
        <message>
            <location line="+2" />
            <source>All open</source>
            <translation>全部未结</translation>
        </message>
        <message>
            <location line="+4" />
            <source>All requests</source>
            <translation>全部申请</translation>
        </message>
    </context>
    <context>
        <name>sw::services::CalendarService</name>
        <message>
            <location filename="../core/services/calendarservice.cpp" line="+117" />
            <source>Public holiday</source>
            <translation>法定节假日</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Make-up working day</source>
            <translation>调休上班日</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Ordinary day</source>
            <translation>普通日</translation>
        </message>
        <message>
            <location line="+13" />
            <source>The calendar covers the years %1 to %2; %3 is outside them.</source>
            <translation>工作日历涵盖 %1 至 %2 年；%3 年不在此范围内。</translation>
        </message>
        <message>
            <location line="+11" />
            <location line="+106" />
            <source>The calendar day has no valid date.</source>
            <translation>该日历日期无效。</translation>
        </message>
        <message>
            <location line="-102" />
            <source>%1 is outside the years %2 to %3 that the calendar covers.</source>
            <translation>%1 不在工作日历涵盖的 %2 至 %3 年范围内。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>%1 falls on a weekend, which is a day off anyway; list only holidays that fall on weekdays.</source>
            <translation>%1 是周末，本来就休息；只需列出落在工作日的节假日。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1 is a weekday, which is a working day anyway; a make-up working day must fall on a weekend.</source>
            <translation>%1 是工作日，本来就上班；调休上班日必须在周末。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The calendar day %1 has no name.</source>
            <translation>日历日期 %1 没有名称。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The name of %1 is longer than %2 characters.</source>
            <translation>%1 的名称超过 %2 个字符。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The name of %1 must be one line of text without tabs or line breaks.</source>
            <translation>%1 的名称必须是单行文字，不能包含制表符或换行符。</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Sign in to see the business-day calendar.</source>
            <translation>请先登录，再查看工作日历。</translation>
        </message>
        <message>
            <location line="+76" />
            <source>The calendar file is larger than 1 MB; it cannot be a calendar file.</source>
            <translation>该文件超过 1 MB，不可能是工作日历文件。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Line %1: %2</source>
            <translation>第 %1 行：%2</translation>
        </message>
        <message>
            <location line="+15" />
            <source>The first line must be the header “date,type,name”.</source>
            <translation>首行必须是表头“date,type,name”。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Expected three fields: date, type and name.</source>
            <translation>应有三个字段：日期、类型和名称。</translation>
        </message>
        <message>
            <location line="+9" />
            <source>“%1” is not a date in the form YYYY-MM-DD.</source>
            <translation>“%1”不是 YYYY-MM-DD 格式的日期。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Unknown day type “%1”; use “holiday”, “workday” or “normal”.</source>
            <translation>未知的日期类型“%1”；请使用“holiday”“workday”或“normal”。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 is already listed on line %2.</source>
            <translation>%1 已在第 %2 行列出。</translation>
        </message>
        <message>
            <location line="+9" />
            <source>The calendar file is empty; it needs at least the header line “date,type,name”.</source>
            <translation>日历文件为空；至少需要表头行“date,type,name”。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The calendar file lists no days; nothing was imported.</source>
            <translation>日历文件中没有列出任何日期，未导入任何内容。</translation>
        </message>
        <message>
            <location line="+72" />
            <source>%1 has no custom entry; it already follows the built-in calendar.</source>
            <translation>%1 没有自定义条目，已按内置日历执行。</translation>
        </message>
    </context>
    <context>
        <name>sw::services::CreditFileService</name>
        <message>
            <location filename="../core/services/creditfileservice.cpp" line="+31" />
            <source>Your roles do not allow you to see merchants' credit files.</source>
            <translation>您的角色无权查看商家信用档案。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Only merchant auditors and managers record credit events and measures.</source>
            <translation>只有审核专员和经理可以记录信用事件和处罚措施。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The merchant does not exist (any more).</source>
            <translation>该商家不存在（或已删除）。</translation>
        </message>
        <message>
            <location line="+29" />
            <source>Enter the %1.</source>
            <translation>请填写%1。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The %1 is %2 characters long; at most %3 characters are allowed.</source>
            <translation>%1共 %2 个字符，最多允许 %3 个字符。</translation>
        </message>
        <message>
            <location line="+110" />
            <source>explanation</source>
            <translation>说明</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Enter the date of the event; it cannot be in the future.</source>
            <translation>请填写事件日期，不能晚于今天。</translation>
        </message>
        <message>
            <location line="+31" />
            <source>reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <location line="+59" />
            <source>Dispute %1 was decided against the merchant.</source>
            <translation>纠纷 %1 裁决商家承担责任。</translation>
        </message>
    </context>
    <context>
        <name>sw::services::DisputeService</name>
        <message>
            <location filename="../core/services/disputeservice.cpp" line="+107" />
            <source>A dispute is opened from an after-sales request or a ticket; choose one.</source>
            <translation>纠纷须从售后申请或工单发起，请选择其一。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The subject must be 1 to %1 characters long.</source>
            <translation>纠纷事由长度须为 1 至 %1 个字符。</translation>
        </message>
        <message>
            <location line="+9" />
            <source>After-sales request %1 belongs to another ticket.</source>
            <translation>售后申请 %1 属于另一张工单。</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Enter the merchant (1 to %1 characters).</source>
            <translation>请输入商家（1 至 %1 个字符）。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Enter the buyer (1 to %1 characters).</source>
            <translation>请输入买家（1 至 %1 个字符）。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Amount claimed: %1</source>
            <translation>主张金额：%1</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Enter the amount the buyer claims; it must be more than %1.</source>
            <translation>请输入买家主张的金额，须大于 %1。</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Dispute %1 about this is still open; continue there.</source>
            <translation>与此相关的纠纷 %1 尚未结案，请在该纠纷中继续处理。</translation>
        </message>
        <message>
            <location line="+29" />
            <source>Dispute %1 opened between buyer %2 and merchant %3 (%4 claimed): %5. Evidence is accepted until %6.</source>
            <translation>已发起纠纷 %1：买家 %2 与商家 %3（主张金额 %4）：%5。举证截止时间为 %6。</translation>
        </message>
        <message>
            <location line="+32" />
            <source>There is no ticket or after-sales request with the number “%1”.</source>
            <translation>没有编号为“%1”的工单或售后申请。</translation>
        </message>
        <message>
            <location filename="../core/services/disputeservice_rows.cpp" line="+158" />
            <source>The dispute does not exist (any more).</source>
            <translation>该纠纷不存在（或已被删除）。</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Only agents, leads and managers handle disputes.</source>
            <translation>只有客服专员、客服主管和经理可以处理纠纷。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Only a lead or a manager mediates a dispute and adds the platform's findings.</source>
            <translation>只有客服主管或经理可以调解纠纷并填写平台调查意见。</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Your roles do not allow you to see disputes.</source>
            <translation>您的角色无权查看纠纷。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The text is %1 characters long; at most %2 characters are allowed.</source>
            <translation>文字长度为 %1 个字符，最多允许 %2 个字符。</translation>
        </message>
        <message>
            <location line="+27" />
            <source>No more dispute numbers are free for %1.</source>
            <translation>%1 的纠纷编号已用完。</translation>
        </message>
        <message numerus="yes">
            <location filename="../core/services/disputeservice_steps.cpp" line="+58" />
            <source>%n evidence attachment(s)</source>
            <translation>
                <numerusform>%n 份证据附件</numerusform>
            </translation>
        </message>
        <message>
            <location line="+33" />
            <source>Write the statement.</source>
            <translation>请填写陈述内容。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The number of evidence attachments must be between 0 and %1.</source>
            <translation>证据附件数量须在 0 至 %1 之间。</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Dispute %1: statement of the %2 recorded by %3 (%4): %5</source>
            <translation>纠纷 %1：%3 录入了%2的陈述（%4）：%5</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Partial refund: %1</source>
            <translation>部分退款：%1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Give the reasoning for the decision.</source>
            <translation>请填写裁决理由。</translation>
        </message>
        <message>
            <location line="+21" />
            <source>%1, %2</source>
            <translation>%1，%2</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 decided the appeal in dispute %2: %3. This decision is final. Reasoning: %4</source>
            <translation>%1 对纠纷 %2 的申诉作出裁决：%3。此裁决为终局裁决。裁决理由：%4</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 decided dispute %2: %3. It can be appealed until %4. Reasoning: %5</source>
            <translation>%1 对纠纷 %2 作出裁决：%3。可在 %4 之前申诉。裁决理由：%5</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Give the reason for the appeal.</source>
            <translation>请填写申诉理由。</translation>
        </message>
        <message>
            <location line="+11" />
            <source>The %1 appealed the decision in dispute %2 (recorded by %3): %4</source>
            <translation>%1对纠纷 %2 的裁决提出申诉（由 %3 录入）：%4</translation>
        </message>
        <message>
            <location line="+15" />
            <source>An open dispute is closed only when the buyer withdraws it or the parties settle: say which, and how.</source>
            <translation>举证中的纠纷只有在买家撤回或双方自行和解时才能结案：请说明属于哪种情况以及处理方式。</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Dispute %1 closed without a decision: %2</source>
            <translation>纠纷 %1 未经裁决结案：%2</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Dispute %1 closed; the decision is final.</source>
            <translation>纠纷 %1 已结案，裁决生效。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Dispute %1 closed; the decision is final: %2</source>
            <translation>纠纷 %1 已结案，裁决生效：%2</translation>
        </message>
    </context>
    <context>
        <name>sw::services::MerchantPolicies</name>
        <message>
            <location filename="../core/services/merchantpolicies.cpp" line="+68" />
            <source>The scoring rules were changed meanwhile (now version %1); open them again.</source>
            <translation>评分规则已被他人修改（当前为第 %1 版），请重新打开后再修改。</translation>
        </message>
    </context>
    <context>
        <name>sw::services::MerchantQuery</name>
        <message>
            <location filename="../core/services/merchantquery.cpp" line="+153" />
            <source>Your roles do not allow you to see merchant reviews.</source>
            <translation>您的角色无权查看商家审核。</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Waiting for me</source>
            <translation>待我处理</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Not taken yet</source>
            <translation>待领取</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Second review</source>
            <translation>待复核</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Info requested</source>
            <translation>待补充资料</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Overdue</source>
            <translation>已超时</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Re-reviews due this month</source>
            <translation>本月到期的定期复核</translation>
        </message>
        <message>
            <location line="+2" />
            <source>All open</source>
            <translation>全部未结</translation>
        </message>
        <message>
            <location line="+2" />
            <source>All reviews</source>
            <translation>全部审核</translation>
        </message>
    </context>
    <context>
        <name>sw::services::MerchantService</name>
        <message>
            <location filename="../core/services/merchantservice.cpp" line="+53" />
            <source>%1: enter 1 to %2 characters.</source>
            <translation>%1：请输入 1 至 %2 个字符。</translation>
        </message>
        <message>
            <location line="+55" />
            <source>Legal name</source>
            <translation>企业名称</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Legal representative</source>
            <translation>法定代表人</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Contact</source>
            <translation>联系人</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Brand</source>
            <translation>品牌</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Unified social credit code: %1</source>
            <translation>统一社会信用代码：%1</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Legal representative's ID number: %1</source>
            <translation>法定代表人身份证号：%1</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The contact phone must have 7 to 15 digits.</source>
            <translation>联系电话应为 7 至 15 位数字。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The bank account must have 8 to 30 digits.</source>
            <translation>银行账号应为 8 至 30 位数字。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Unknown category “%1”.</source>
            <translation>未知的经营类目“%1”。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Choose at least one category.</source>
            <translation>请至少选择一个经营类目。</translation>
        </message>
        <message>
            <location line="+76" />
            <location filename="../core/services/merchantservice_steps.cpp" line="+208" />
            <source>The document does not exist (any more).</source>
            <translation>该证照不存在（或已删除）。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The scan has not been downloaded yet; it arrives with the next synchronisation.</source>
            <translation>扫描件尚未下载，将在下次同步时获取。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The stored scan is damaged: its checksum does not match, so it is not opened.</source>
            <translation>存储的扫描件已损坏：校验值不符，因此不予打开。</translation>
        </message>
        <message>
            <location filename="../core/services/merchantservice_rows.cpp" line="+114" />
            <source>The merchant review does not exist (any more).</source>
            <translation>该商家审核不存在（或已删除）。</translation>
        </message>
        <message>
            <location line="+81" />
            <source>Only merchant auditors review merchants.</source>
            <translation>只有审核专员可以审核商家。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Your roles do not allow you to see merchant reviews.</source>
            <translation>您的角色无权查看商家审核。</translation>
        </message>
        <message>
            <location line="+10" />
            <source>%1: enter the document number (at most 64 characters).</source>
            <translation>%1：请填写证照编号（最多 64 个字符）。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 (%2): %3</source>
            <translation>%1（%2）：%3</translation>
        </message>
        <message>
            <location line="+104" />
            <source>No more review numbers are free for %1.</source>
            <translation>%1 的审核编号已用完。</translation>
        </message>
        <message>
            <location filename="../core/services/merchantservice_steps.cpp" line="-148" />
            <source>The text is %1 characters long; at most %2 characters are allowed.</source>
            <translation>内容有 %1 个字，最多允许 %2 个字。</translation>
        </message>
        <message>
            <location line="+111" />
            <source>Documents of %1 can no longer change: it is “%2”.</source>
            <translation>%1 的证照已不能修改：当前状态为“%2”。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Only the auditor reviewing %1 can change its documents.</source>
            <translation>只有负责审核 %1 的审核专员可以修改其证照。</translation>
        </message>
        <message>
            <location line="+20" />
            <source>%1 %2 (%3)</source>
            <translation>%1 %2（%3）</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Documents are verified by the auditor reviewing the application, while it is in review.</source>
            <translation>证照由负责该申请的审核专员在审核中核验。</translation>
        </message>
        <message>
            <location line="+105" />
            <source>12 months since the approval in %1.</source>
            <translation>距 %1 审核通过已满 12 个月。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A document expires on %1.</source>
            <translation>有证照将于 %1 到期。</translation>
        </message>
    </context>
    <context>
        <name>sw::services::TicketEvent</name>
        <message>
            <location filename="../core/services/tickettypes.cpp" line="+57" />
            <source>Customer message</source>
            <translation>客户留言</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Reply</source>
            <translation>回复客户</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Internal note</source>
            <translation>内部备注</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Status change</source>
            <translation>状态变更</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Assignment</source>
            <translation>指派</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Triage</source>
            <translation>分类定级</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Attachment</source>
            <translation>附件</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Merge</source>
            <translation>合并</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Merge undone</source>
            <translation>撤销合并</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Satisfaction rating</source>
            <translation>满意度评价</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Ticket created</source>
            <translation>工单创建</translation>
        </message>
    </context>
    <context>
        <name>sw::services::TicketService</name>
        <message>
            <location filename="../core/services/ticketservice.cpp" line="+115" />
            <source>Agents can create tickets only for themselves or leave them unassigned.</source>
            <translation>客服专员新建工单时只能指派给自己或不指派。</translation>
        </message>
        <message>
            <location line="+15" />
            <source>You can assign tickets only to members of your team.</source>
            <translation>只能把工单指派给本团队成员。</translation>
        </message>
        <message>
            <location line="+47" />
            <source>The ticket could not be saved.</source>
            <translation>无法保存工单。</translation>
        </message>
        <message>
            <location line="+164" />
            <source>A special case needs a reason.</source>
            <translation>特殊情况必须填写原因。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The reason must be at most %1 characters long.</source>
            <translation>原因最多 %1 个字。</translation>
        </message>
        <message>
            <location filename="../core/services/ticketservice_assign.cpp" line="+16" />
            <source>Choose an owner for the ticket.</source>
            <translation>请为工单选择处理人。</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Ticket %1 already belongs to %2.</source>
            <translation>工单 %1 已由 %2 处理。</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Choose an owner for the tickets.</source>
            <translation>请为这些工单选择处理人。</translation>
        </message>
        <message>
            <location line="+15" />
            <source>No ticket was reassigned. Ticket %1: %2</source>
            <translation>没有重新指派任何工单。工单 %1：%2</translation>
        </message>
        <message>
            <location line="+39" />
            <source>Each rating must be a whole number from 1 to 5.</source>
            <translation>每项评分须为 1 至 5 的整数。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The comment must be at most %1 characters long.</source>
            <translation>评价最多 %1 个字。</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Only a resolved or closed ticket can be rated.</source>
            <translation>只有已解决或已关闭的工单才能评价。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Ticket %1 has already been rated.</source>
            <translation>工单 %1 已经评价过了。</translation>
        </message>
        <message>
            <location filename="../core/services/ticketservice_attachments.cpp" line="+113" />
            <source>The attachment does not exist; it may have been removed.</source>
            <translation>附件不存在，可能已被删除。</translation>
        </message>
        <message>
            <location line="+21" />
            <source>The file “%1” has not arrived from the server yet; it is fetched with the next sync.</source>
            <translation>文件“%1”尚未从服务器下载，将在下次同步时获取。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The stored file “%1” is damaged: its checksum does not match, so it is not opened.</source>
            <translation>保存的文件“%1”已损坏：校验值不符，因此不予打开。</translation>
        </message>
        <message>
            <location line="+23" />
            <source>The title must be 1 to %1 characters long.</source>
            <translation>标题须为 1 至 %1 个字。</translation>
        </message>
        <message>
            <location line="+36" />
            <source>The canned reply does not exist any more.</source>
            <translation>该快捷回复已不存在。</translation>
        </message>
        <message>
            <location filename="../core/services/ticketservice_merge.cpp" line="+44" />
            <source>A ticket cannot be merged into itself.</source>
            <translation>工单不能并入自身。</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Ticket %1 is already merged into %2.</source>
            <translation>工单 %1 已并入 %2。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Ticket %1 was itself merged into %2. Merge into %2 instead.</source>
            <translation>工单 %1 本身已并入 %2，请改为并入 %2。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Other tickets (such as %1) were merged into %2. Undo those merges first.</source>
            <translation>已有其他工单（例如 %1）并入 %2，请先撤销这些合并。</translation>
        </message>
        <message>
            <location line="+42" />
            <source>Ticket %1 is not merged into another ticket.</source>
            <translation>工单 %1 未并入其他工单。</translation>
        </message>
        <message>
            <location line="+23" />
            <source>The merge of ticket %1 cannot be undone because its record is incomplete.</source>
            <translation>工单 %1 的合并记录不完整，无法撤销。</translation>
        </message>
    </context>
    <context>
        <name>sw::services::TicketStore</name>
        <message>
            <location filename="../core/services/ticketstore.cpp" line="+64" />
            <source>You do not have access to customer-service tickets.</source>
            <translation>您无权访问客服工单。</translation>
        </message>
        <message>
            <location line="+92" />
            <source>The ticket does not exist; it may have been deleted.</source>
            <translation>工单不存在，可能已被删除。</translation>
        </message>
        <message>
            <location line="+74" />
            <source>Ticket %1 belongs to another team's agent; you cannot open it.</source>
            <translation>工单 %1 属于其他团队的客服，您无法打开。</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Ticket %1 belongs to another agent. You can change only your own tickets and unassigned ones.</source>
            <translation>工单 %1 属于其他客服。您只能修改自己的工单和未分配的工单。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Ticket %1 was merged into %2 and can no longer be changed. Work on %2 instead.</source>
            <translation>工单 %1 已并入 %2，不能再修改，请在 %2 中处理。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Ticket %1 is closed and can no longer be changed.</source>
            <translation>工单 %1 已关闭，不能再修改。</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Write some text first.</source>
            <translation>请先输入内容。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The text is %1 characters long; at most %2 characters are allowed.</source>
            <translation>内容有 %1 个字，最多允许 %2 个字。</translation>
        </message>
        <message>
            <location line="+12" />
            <source>The chosen owner does not exist.</source>
            <translation>所选处理人不存在。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>“%1” is deactivated and cannot own tickets.</source>
            <translation>“%1”已停用，不能处理工单。</translation>
        </message>
        <message>
            <location line="+13" />
            <source>“%1” does not handle customer-service tickets (an agent, lead or manager role is needed).</source>
            <translation>“%1”不处理客服工单（需要客服专员、客服主管或经理角色）。</translation>
        </message>
        <message>
            <location line="+157" />
            <source>No more ticket numbers are free for %1.</source>
            <translation>%1 的工单号已用完。</translation>
        </message>
    </context>
    <context>
        <name>sw::services::TicketView</name>
        <message>
            <location filename="../core/services/ticketquery.cpp" line="+79" />
            <source>My open tickets</source>
            <translation>我的未结工单</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Unassigned</source>
            <translation>未分配</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Breaching within 2 h</source>
            <translation>2 小时内将超时</translation>
        </message>
        <message>
            <location line="+2" />
            <source>All complaints this week</source>
            <translation>本周全部投诉</translation>
        </message>
        <message>
            <location line="+2" />
            <source>My team's tickets</source>
            <translation>本团队工单</translation>
        </message>
        <message>
            <location line="+2" />
            <source>All tickets</source>
            <translation>全部工单</translation>
        </message>
    </context>
    <context>
        <name>sw::services::ticketwhere</name>
        <message>
            <location filename="../core/services/ticketquerywhere.cpp" line="+133" />
            <source>Nothing in the search text can be searched for.</source>
            <translation>搜索内容中没有可搜索的词。</translation>
        </message>
    </context>
    <context>
        <name>sw::sync::SyncClient</name>
        <message>
            <location filename="../core/sync/syncclient.cpp" line="+131" />
            <source>Enter the server address as https://host or https://host:port.</source>
            <translation>请按 https://主机 或 https://主机:端口 的格式输入服务器地址。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The CA certificate file cannot be read.</source>
            <translation>无法读取 CA 证书文件。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The sync interval must be between 0 (only when asked) and 86400 seconds.</source>
            <translation>同步间隔必须在 0（仅手动）到 86400 秒之间。</translation>
        </message>
    </context>
    <context>
        <name>sw::sync::SyncWorker</name>
        <message>
            <location filename="../core/sync/syncworker.cpp" line="+102" />
            <source>The CA certificate file cannot be read; check the sync settings.</source>
            <translation>无法读取 CA 证书文件，请检查同步设置。</translation>
        </message>
        <message>
            <location line="+32" />
            <source>The server's certificate is not trusted (%1).</source>
            <translation>服务器证书不受信任（%1）。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The server did not answer in time.</source>
            <translation>服务器未及时应答。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The server cannot be reached (%1).</source>
            <translation>无法连接服务器（%1）。</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Enter the server address in the sync settings first.</source>
            <translation>请先在同步设置中填写服务器地址。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>A sync is running; try again when it has finished.</source>
            <translation>正在同步，请在同步完成后重试。</translation>
        </message>
        <message>
            <location line="+36" />
            <location line="+135" />
            <location line="+54" />
            <source>The server sent an answer this workstation cannot use.</source>
            <translation>服务器返回的应答本机无法使用。</translation>
        </message>
        <message>
            <location line="-186" />
            <source>The login or password is wrong.</source>
            <translation>登录名或密码错误。</translation>
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>Too many failed sign-ins: the account is locked for %n minute(s).</source>
            <translation>
                <numerusform>登录失败次数过多，账号已锁定 %n 分钟。</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>This account is deactivated on the server.</source>
            <translation>该账号已在服务器上停用。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The server refused the sign-in (HTTP %1).</source>
            <translation>服务器拒绝了登录（HTTP %1）。</translation>
        </message>
        <message>
            <location line="+86" />
            <location line="+46" />
            <location line="+114" />
            <location line="+33" />
            <source>Sync was cancelled.</source>
            <translation>同步已取消。</translation>
        </message>
        <message>
            <location line="-185" />
            <source>The server session has ended; sign in to the server again.</source>
            <translation>服务器会话已结束，请重新登录服务器。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The server is temporarily unavailable.</source>
            <translation>服务器暂时不可用。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The server refused the request (HTTP %1).</source>
            <translation>服务器拒绝了请求（HTTP %1）。</translation>
        </message>
        <message>
            <location line="+96" />
            <source>Sync was cancelled; the rows received so far are kept.</source>
            <translation>同步已取消，已接收的记录会保留。</translation>
        </message>
        <message>
            <location line="+38" />
            <source>An attachment is larger than the server accepts; ask the administrator to raise the server's blob_limit.</source>
            <translation>有附件超过了服务器允许的大小，请联系管理员调高服务器的 blob_limit。</translation>
        </message>
    </context>
    <context>
        <name>sw::ui::AfterSalesDecisionDialog</name>
        <message>
            <location filename="../ui/aftersalesdecisiondialog.cpp" line="+37" />
            <source>Reject After-Sales Request %1</source>
            <translation>驳回售后申请 %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Explanation:</source>
            <translation>说明(&amp;E)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Reject</source>
            <translation>驳回(&amp;R)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Why the request is rejected; the customer service agent passes this on</source>
            <translation>驳回的理由；客服专员会转告客户</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Return %1 for More Information</source>
            <translation>退回 %1 补充材料</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;What is missing:</source>
            <translation>需补充的内容(&amp;W)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Return</source>
            <translation>退回(&amp;R)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>e.g. a photo of the damaged part and the delivery note</source>
            <translation>例如：破损部位的照片和快递面单</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Override Failed Checks of %1</source>
            <translation>特批 %1 未通过的检查</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Reason for the override:</source>
            <translation>特批理由(&amp;R)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Override</source>
            <translation>特批(&amp;O)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Why this request should be approved although a check failed</source>
            <translation>检查未通过但仍应批准的理由</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Withdraw After-Sales Request %1</source>
            <translation>撤回售后申请 %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Why it is withdrawn:</source>
            <translation>撤回原因(&amp;W)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Withdraw</source>
            <translation>撤回(&amp;W)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>e.g. the customer withdrew the request</source>
            <translation>例如：客户已撤回申请</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Rejection &amp;reason:</source>
            <translation>驳回原因(&amp;R)：</translation>
        </message>
    </context>
    <context>
        <name>sw::ui::AfterSalesDetailWidget</name>
        <message>
            <location filename="../ui/aftersalesdetailwidget.cpp" line="+47" />
            <source>&amp;Submit for Approval</source>
            <translation>提交审批(&amp;S)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Override Checks…</source>
            <translation>特批(&amp;O)…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Approve</source>
            <translation>批准(&amp;A)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Reject…</source>
            <translation>驳回(&amp;R)…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Return for &amp;Info…</source>
            <translation>退回补充材料(&amp;I)…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Mark &amp;Executed</source>
            <translation>标记为已执行(&amp;E)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Close</source>
            <translation>结案(&amp;C)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Withdraw…</source>
            <translation>撤回(&amp;W)…</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Approved</source>
            <comment>decision</comment>
            <translation>已批准</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Rejected</source>
            <comment>decision</comment>
            <translation>已驳回</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Returned for information</source>
            <comment>decision</comment>
            <translation>已退回补充材料</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Select a request in the queue to see it here.</source>
            <translation>在队列中选择一个申请，即可在此查看详情。</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Status:</source>
            <translation>状态：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kind:</source>
            <translation>类型：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Order No.:</source>
            <translation>订单号：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Requested by:</source>
            <translation>申请人：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Amount:</source>
            <translation>申请金额：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Order total:</source>
            <translation>订单总额：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Already refunded:</source>
            <translation>已退款：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Compensation:</source>
            <translation>补偿：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delivered on:</source>
            <translation>签收日期：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Requested on:</source>
            <translation>申请日期：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Evidence items:</source>
            <translation>凭证数量：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ticket:</source>
            <translation>关联工单：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Item:</source>
            <translation>商品：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reason:</source>
            <translation>原因：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Approval:</source>
            <translation>审批要求：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Notes:</source>
            <translation>备注：</translation>
        </message>
        <message>
            <location line="+46" />
            <source>Open &amp;Dispute…</source>
            <translation>发起纠纷(&amp;D)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ask the platform to mediate between the buyer and the merchant</source>
            <translation>请平台在买家与商家之间进行调解</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Eligibility Checklist</source>
            <translation>售后条件清单</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Check</source>
            <translation>检查项</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Result</source>
            <translation>结果</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Explanation</source>
            <translation>说明</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Decisions</source>
            <translation>审批记录</translation>
        </message>
        <message>
            <location line="+2" />
            <source>When</source>
            <translation>时间</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Who</source>
            <translation>审批人</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Decision</source>
            <translation>决定</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <location line="+61" />
            <source>Checks overridden by %1: %2</source>
            <translation>%1 已特批未通过的检查：%2</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Rejected (%1): %2</source>
            <translation>已驳回（%1）：%2</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Withdrawn: %1</source>
            <translation>已撤回：%1</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Information requested: %1</source>
            <translation>需补充材料：%1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 on %2</source>
            <translation>%1（%2）</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+22" />
            <location line="+5" />
            <source>None</source>
            <translation>无</translation>
        </message>
        <message>
            <location line="-9" />
            <source>%1 · %2 · %3</source>
            <translation>%1 · %2 · %3</translation>
        </message>
        <message>
            <location line="+15" />
            <source>%1 (%2)</source>
            <translation>%1（%2）</translation>
        </message>
        <message>
            <location line="+0" />
            <source>, </source>
            <comment>list separator</comment>
            <translation>、</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1: %2</source>
            <translation>%1：%2</translation>
        </message>
        <message>
            <location line="+32" />
            <source>Every check passed.</source>
            <translation>所有检查均已通过。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A check failed; a manager overrode it.</source>
            <translation>有检查未通过，经理已特批。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A check failed: only a manager can override it, with a reason.</source>
            <translation>有检查未通过：只有经理可以填写理由后特批。</translation>
        </message>
        <message>
            <location line="+103" />
            <source>Dispute opened.</source>
            <translation>已发起纠纷。</translation>
        </message>
        <message>
            <location line="+37" />
            <source>%1 failed the eligibility check; a manager may override it.</source>
            <translation>%1 未通过售后条件检查，可由经理特批。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Submit for Approval</source>
            <translation>提交审批</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 was submitted for approval.</source>
            <translation>%1 已提交审批。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Approve</source>
            <translation>批准</translation>
        </message>
        <message>
            <location line="+0" />
            <source>You approved %1.</source>
            <translation>您已批准 %1。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Mark Executed</source>
            <translation>标记为已执行</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1: %2.</source>
            <translation>%1：%2。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Close</source>
            <translation>结案</translation>
        </message>
        <message>
            <location line="+0" />
            <source>%1 was closed.</source>
            <translation>%1 已结案。</translation>
        </message>
        <message>
            <location line="+16" />
            <source>%1 was updated.</source>
            <translation>%1 已更新。</translation>
        </message>
    </context>
    <context>
        <name>sw::ui::AfterSalesEvidenceBox</name>
        <message>
            <location filename="../ui/aftersalesevidencebox.cpp" line="+32" />
            <source>Evidence Files</source>
            <translation>凭证文件</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Open</source>
            <translation>打开(&amp;O)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save &amp;As…</source>
            <translation>另存为(&amp;A)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A&amp;dd…</source>
            <translation>添加(&amp;D)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Re&amp;move…</source>
            <translation>移除(&amp;M)…</translation>
        </message>
        <message>
            <location line="+9" />
            <location line="+56" />
            <location line="+6" />
            <source>Add Evidence</source>
            <translation>添加凭证</translation>
        </message>
        <message>
            <location line="-31" />
            <source>%1 (%2, %3, %4)</source>
            <translation>%1（%2，%3，%4）</translation>
        </message>
        <message>
            <location line="+26" />
            <source>The file %1 is too large: evidence files may be at most %2.</source>
            <translation>文件 %1 过大：凭证文件最大为 %2。</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Evidence “%1” added.</source>
            <translation>已添加凭证“%1”。</translation>
        </message>
        <message>
            <location line="+11" />
            <location line="+15" />
            <source>Remove Evidence</source>
            <translation>移除凭证</translation>
        </message>
        <message>
            <location line="-14" />
            <source>Remove the evidence file “%1” from request %2? The file is deleted from this request on every workstation.</source>
            <translation>要从售后申请 %2 中移除凭证文件“%1”吗？该文件将在所有工作站上从此申请中删除。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Remove</source>
            <translation>移除(&amp;R)</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Evidence “%1” removed.</source>
            <translation>已移除凭证“%1”。</translation>
        </message>
    </context>
    <context>
        <name>sw::ui::AfterSalesFilterBar</name>
        <message>
            <location filename="../ui/aftersalesfilterbar.cpp" line="+39" />
            <source>From</source>
            <translation>从</translation>
        </message>
        <message>
            <location line="+2" />
            <source>To</source>
            <translation>至</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Overdue only</source>
            <translation>仅看已超时</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Any status</source>
            <translation>全部状态</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Any kind</source>
            <translation>全部类型</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Any reason</source>
            <translation>全部原因</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Only requests created on or after this day</source>
            <translation>仅显示此日期当天及之后创建的申请</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Only requests created on or before this day</source>
            <translation>仅显示此日期当天及之前创建的申请</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Only requests whose decision is past due</source>
            <translation>仅显示审批已超过截止时间的申请</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Clear Filters</source>
            <translation>清除筛选</translation>
        </message>
    </context>
    <context>
        <name>sw::ui::AfterSalesNotifier</name>
        <message>
            <location filename="../ui/aftersalesnotifier.cpp" line="+48" />
            <source>Shopwarden after-sales approvals</source>
            <translation>店务管家售后审批提醒</translation>
        </message>
        <message>
            <location line="+62" />
            <source>Approval needed</source>
            <translation>待您审批</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n after-sales request(s) await your approval: %1</source>
            <translation>
                <numerusform>%n 个售后申请待您审批：%1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n of them overdue.</source>
            <translation>
                <numerusform>其中 %n 个已超时。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>sw::ui::AfterSalesPane</name>
        <message>
            <location filename="../ui/aftersalespane.cpp" line="+95" />
            <source>Search number, order no., item, customer… (Ctrl+F)</source>
            <translation>搜索申请单号、订单号、商品、客户…（Ctrl+F）</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;New Request…</source>
            <translation>新建申请(&amp;N)…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Create a refund, exchange or repair request (%1)</source>
            <translation>新建退款、换货或维修申请（%1）</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Export CSV…</source>
            <translation>导出 CSV(&amp;E)…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Write every request of the current view to a CSV file</source>
            <translation>将当前视图中的全部申请写入 CSV 文件</translation>
        </message>
        <message>
            <location line="+77" />
            <source>After-Sales</source>
            <translation>售后审批</translation>
        </message>
        <message numerus="yes">
            <location line="+66" />
            <source>%n request(s)</source>
            <translation>
                <numerusform>%n 个申请</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%1, %n overdue</source>
            <translation>
                <numerusform>%1，其中 %n 个已超时</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 — loading…</source>
            <translation>%1 — 正在加载…</translation>
        </message>
        <message>
            <location line="+56" />
            <source>The after-sales request was created.</source>
            <translation>售后申请已创建。</translation>
        </message>
        <message>
            <location line="+11" />
            <source>aftersales-%1.csv</source>
            <translation>售后申请-%1.csv</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+51" />
            <source>Export CSV</source>
            <translation>导出 CSV</translation>
        </message>
        <message>
            <location line="-51" />
            <source>CSV files (*.csv)</source>
            <translation>CSV 文件 (*.csv)</translation>
        </message>
        <message>
            <location line="+23" />
            <location line="+19" />
            <source>The file %1 cannot be written.</source>
            <translation>无法写入文件 %1。</translation>
        </message>
        <message numerus="yes">
            <location line="+7" />
            <source>Exported %n request(s).</source>
            <translation>
                <numerusform>已导出 %n 个申请。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>sw::ui::AfterSalesPolicyDialog</name>
        <message>
            <location filename="../ui/aftersalespolicydialog.cpp" line="+31" />
            <source>After-Sales Policy</source>
            <translation>售后政策</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Approval Ladder</source>
            <translation>审批权限(&amp;A)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Eligibility</source>
            <translation>售后条件(&amp;E)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Disputes</source>
            <translation>纠纷调解(&amp;D)</translation>
        </message>
        <message>
            <location line="+36" />
            <source>Who approves a request depends on its amount. A higher role may always approve a lower level.</source>
            <translation>由谁审批取决于申请金额。较高级别的角色始终可以审批较低级别的申请。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>A&amp;gents approve up to:</source>
            <translation>客服专员审批上限(&amp;G)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Leads approve up to:</source>
            <translation>客服主管审批上限(&amp;L)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Above the lead limit a manager approves.</source>
            <translation>超过客服主管上限的由经理审批。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Several approvals a&amp;bove:</source>
            <translation>多人审批起点金额(&amp;B)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Number of approvals there:</source>
            <translation>所需审批人数(&amp;N)：</translation>
        </message>
        <message>
            <location line="+7" />
            <location line="+32" />
            <source> days</source>
            <translation> 天</translation>
        </message>
        <message>
            <location line="-25" />
            <source>No-reason &amp;return within:</source>
            <translation>无理由退货期限(&amp;R)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Quality problem, return within:</source>
            <translation>质量问题退货期限(&amp;Q)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Quality problem, e&amp;xchange within:</source>
            <translation>质量问题换货期限(&amp;X)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Default &amp;warranty (repair):</source>
            <translation>默认保修期（维修）(&amp;W)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>E&amp;vidence for a quality claim (attachments):</source>
            <translation>质量问题所需凭证（附件数）(&amp;V)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Excluded from no-reason returns</source>
            <translation>不支持无理由退货的商品</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Windows count days after delivery. The law's minimums (7 days; 15 days for a quality exchange) cannot be shortened.</source>
            <translation>期限从签收次日起按天计算。法定最低期限（7 天；质量问题换货 15 天）不能缩短。</translation>
        </message>
        <message>
            <location line="+11" />
            <source> h</source>
            <comment>hours</comment>
            <translation> 小时</translation>
        </message>
        <message>
            <location line="+3" />
            <source>E&amp;vidence period after opening:</source>
            <translation>发起后举证期(&amp;V)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Appeal period after the decision:</source>
            <translation>裁决后申诉期(&amp;A)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The evidence period follows the SLA clock: in business-day mode only working hours count.</source>
            <translation>举证期按 SLA 计时规则计算：在工作日模式下只计算工作时间。</translation>
        </message>
        <message>
            <location line="+31" />
            <source>%1: %2</source>
            <translation>%1：%2</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Agent limit</source>
            <translation>客服专员审批上限</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Lead limit</source>
            <translation>客服主管审批上限</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Several approvals above</source>
            <translation>多人审批起点金额</translation>
        </message>
    </context>
    <context>
        <name>sw::ui::AfterSalesRequestDialog</name>
        <message>
            <location filename="../ui/aftersalesrequestdialog.cpp" line="+55" />
            <source>New After-Sales Request</source>
            <translation>新建售后申请</translation>
        </message>
        <message>
            <location line="+6" />
            <source>e.g. SO-20260301-0001</source>
            <translation>例如 SO-20260301-0001</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The item as named on the order</source>
            <translation>订单上的商品名称</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What the customer reports</source>
            <translation>客户反映的问题</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Policy default</source>
            <translation>按政策默认</translation>
        </message>
        <message>
            <location line="+1" />
            <source> days</source>
            <translation> 天</translation>
        </message>
        <message>
            <location line="-30" />
            <source>Add &amp;Evidence…</source>
            <translation>添加凭证(&amp;E)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remo&amp;ve</source>
            <translation>移除(&amp;V)</translation>
        </message>
        <message>
            <location line="+34" />
            <source>The number of evidence files added below; quality claims need at least one</source>
            <translation>下方已添加的凭证文件数量；质量问题申请至少需要一个</translation>
        </message>
        <message>
            <location line="+3" />
            <source>¥ amount, e.g. 1,234.50</source>
            <translation>人民币金额，例如 1,234.50</translation>
        </message>
        <message>
            <location line="+3" />
            <source>¥0.00 when nothing was refunded</source>
            <translation>未退过款时为 ¥0.00</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Only when the platform is at fault</source>
            <translation>仅在平台责任时填写</translation>
        </message>
        <message>
            <location line="+1" />
            <source>None (standalone request)</source>
            <translation>无（独立申请）</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Ticket:</source>
            <translation>关联工单：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Kind:</source>
            <translation>类型(&amp;K)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Reason:</source>
            <translation>原因(&amp;R)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Description:</source>
            <translation>问题描述(&amp;D)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Order No.:</source>
            <translation>订单号(&amp;O)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Delivered on:</source>
            <translation>签收日期(&amp;D)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Item:</source>
            <translation>商品(&amp;I)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Item restrictions:</source>
            <translation>商品限制：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Warranty:</source>
            <translation>保修期(&amp;W)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Evidence items:</source>
            <translation>凭证数量：</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Evidence files:</source>
            <translation>凭证文件：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Amount:</source>
            <translation>申请金额(&amp;A)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Order &amp;total:</source>
            <translation>订单总额(&amp;T)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Already re&amp;funded:</source>
            <translation>已退款(&amp;F)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Compensation:</source>
            <translation>补偿金额(&amp;C)：</translation>
        </message>
        <message>
            <location line="+10" />
            <source>&amp;Create Request</source>
            <translation>创建申请(&amp;C)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Add Evidence</source>
            <translation>添加凭证</translation>
        </message>
        <message>
            <location line="+33" />
            <location line="+54" />
            <source>The file %1 cannot be read.</source>
            <translation>无法读取文件 %1。</translation>
        </message>
        <message>
            <location line="-50" />
            <source>The file %1 is too large: evidence files may be at most %2.</source>
            <translation>文件 %1 过大：凭证文件最大为 %2。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1 (%2)</source>
            <translation>%1（%2）</translation>
        </message>
        <message>
            <location line="+23" />
            <source>New After-Sales Request for Ticket %1</source>
            <translation>为工单 %1 新建售后申请</translation>
        </message>
    </context>
    <context>
        <name>sw::ui::AfterSalesViewList</name>
        <message>
            <location filename="../ui/aftersalesviewlist.cpp" line="+72" />
            <source>%1 (%2)</source>
            <comment>view name (count)</comment>
            <translation>%1（%2）</translation>
        </message>
    </context>
    <context>
        <name>sw::ui::CalendarDayDialog</name>
        <message>
            <location filename="../ui/calendardaydialog.cpp" line="+26" />
            <source>Calendar Day</source>
            <translation>日历日期</translation>
        </message>
        <message>
            <location line="+14" />
            <source>&amp;Date:</source>
            <translation>日期(&amp;D)：</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Type:</source>
            <translation>类型(&amp;T)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Name:</source>
            <translation>名称(&amp;N)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Public holidays fall on weekdays and make-up working days on weekends; an ordinary day cancels a built-in entry and may carry a note.</source>
            <translation>法定节假日须在周一至周五，调休上班日须在周六或周日；普通日用于取消内置条目，可附说明。</translation>
        </message>
        <message>
            <location line="+55" />
            <source>Optional note, e.g. why the shop stays open</source>
            <translation>可选说明，例如照常营业的原因</translation>
        </message>
        <message>
            <location line="+1" />
            <source>e.g. Spring Festival</source>
            <translation>例如：春节</translation>
        </message>
    </context>
    <context>
        <name>sw::ui::CalendarDialog</name>
        <message>
            <location filename="../ui/calendardialog.cpp" line="+89" />
            <source>&amp;Add…</source>
            <translation>添加(&amp;A)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Edit…</source>
            <translation>编辑(&amp;E)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Remove</source>
            <translation>删除(&amp;R)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Import CSV…</source>
            <translation>导入 CSV(&amp;I)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>E&amp;xport CSV…</source>
            <translation>导出 CSV(&amp;X)…</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Business-Day Calendar</source>
            <translation>工作日历</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Public holidays and make-up working days decide which days count as business days, e.g. for SLA targets measured in business days. The built-in Chinese calendar comes with Shopwarden; custom entries made here take its place for their day and reach every workstation through sync.</source>
            <translation>法定节假日和调休上班日决定哪些日子算作工作日，例如按工作日计算的 SLA 时效。店务管家内置中国节假日日历；在此录入的自定义条目会替代当天的内置条目，并通过同步下发到所有工作站。</translation>
        </message>
        <message>
            <location line="+10" />
            <source>&amp;Year:</source>
            <translation>年份(&amp;Y)：</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Weekday</source>
            <translation>星期</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Type</source>
            <translation>类型</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Source</source>
            <translation>来源</translation>
        </message>
        <message>
            <location line="+23" />
            <source>You can view and export the calendar. Only users who may change settings (administrators) can change it.</source>
            <translation>您可以查看和导出工作日历。只有有权修改设置的用户（系统管理员）才能修改。</translation>
        </message>
        <message>
            <location line="+88" />
            <source>Custom</source>
            <translation>自定义</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Built-in</source>
            <translation>内置</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Entered on a workstation; syncs to every workstation.</source>
            <translation>在工作站上录入，并同步到所有工作站。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Part of the Chinese calendar that comes with Shopwarden.</source>
            <translation>店务管家内置的中国节假日日历。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Custom (replaces built-in)</source>
            <translation>自定义（替代内置）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Replaces the built-in entry “%1” (%2). Remove the custom entry to bring it back.</source>
            <translation>替代内置条目“%1”（%2）。删除此自定义条目即可恢复内置条目。</translation>
        </message>
        <message>
            <location line="+21" />
            <source>No holidays or make-up working days are listed for %1: every weekday is a working day.</source>
            <translation>%1 年未列出法定节假日或调休上班日：周一至周五均为工作日。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1: %2 public holidays, %3 make-up working days, %4 custom entries.</source>
            <translation>%1 年：法定节假日 %2 天，调休上班日 %3 天，自定义条目 %4 条。</translation>
        </message>
        <message>
            <location line="+50" />
            <source>Add Calendar Day</source>
            <translation>添加日历日期</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Edit Calendar Day</source>
            <translation>编辑日历日期</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Saved %1 as a custom entry.</source>
            <translation>已将 %1 保存为自定义条目。</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Removed the custom entry of %1; the built-in calendar applies to that day again.</source>
            <translation>已删除 %1 的自定义条目，该日重新按内置日历执行。</translation>
        </message>
        <message>
            <location line="+9" />
            <location line="+45" />
            <source>Import Calendar</source>
            <translation>导入工作日历</translation>
        </message>
        <message>
            <location line="-45" />
            <source>CSV files (*.csv);;All files (*)</source>
            <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
        </message>
        <message>
            <location line="+8" />
            <location line="+64" />
            <source>Export Calendar</source>
            <translation>导出工作日历</translation>
        </message>
        <message>
            <location line="-64" />
            <source>CSV files (*.csv)</source>
            <translation>CSV 文件 (*.csv)</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Importing the calendar…</source>
            <translation>正在导入工作日历…</translation>
        </message>
        <message>
            <location line="+12" />
            <source>The file %1 cannot be read.</source>
            <translation>无法读取文件 %1。</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Imported %1 days: %2 added, %3 changed, %4 already up to date.</source>
            <translation>已导入 %1 天：新增 %2 天，修改 %3 天，%4 天已是最新。</translation>
        </message>
        <message>
            <location line="+20" />
            <source>The file %1 cannot be written.</source>
            <translation>无法写入文件 %1。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Exported the calendar of %1 to %2.</source>
            <translation>已将 %1 年的工作日历导出到 %2。</translation>
        </message>
    </context>
    <context>
        <name>sw::ui::CannedRepliesDialog</name>
        <message>
            <location filename="../ui/cannedrepliesdialog.cpp" line="+27" />
            <source>&amp;Save</source>
            <translation>保存(&amp;S)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Delete</source>
            <translation>删除(&amp;D)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Canned Replies</source>
            <translation>快捷回复</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;New</source>
            <translation>新建(&amp;N)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Placeholders: {customer_name} {order_no} {ticket_no} {agent_name}</source>
            <translation>可用占位符：{customer_name}（客户姓名）{order_no}（订单号）{ticket_no}（工单号）{agent_name}（客服姓名）</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Title:</source>
            <translation>标题(&amp;T):</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Text:</source>
            <translation>内容(&amp;X):</translation>
        </message>
        <message>
            <location line="+79" />
            <source>Enter a title and a text.</source>
            <translation>请输入标题和内容。</translation>
        </message>
    </context>
    <context>
        <name>sw::ui::ChangePassphraseDialog</name>
        <message>
            <location filename="../ui/changepassphrasedialog.cpp" line="+28" />
            <source>Change Database Passphrase</source>
            <translation>更改数据库口令</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Change Passphrase</source>
            <translation>更改口令(&amp;C)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The database will be re-encrypted with a key made from the new passphrase. Everyone who unlocks this workstation needs the new passphrase afterwards; backups keep the passphrase they were made with.</source>
            <translation>数据库将用由新口令生成的密钥重新加密。此后任何人解锁本工作站都需要使用新口令；已有备份仍使用备份时的口令。</translation>
        </message>
        <message>
            <location line="+11" />
            <source>&amp;New passphrase:</source>
            <translation>新口令(&amp;N)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Repeat new passphrase:</source>
            <translation>确认新口令(&amp;R)：</translation>
        </message>
        <message>
            <location line="+35" />
            <source>The passphrase needs at least %1 characters.</source>
            <translation>口令至少需要 %1 个字符。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The two passphrases do not match.</source>
            <translation>两次输入的口令不一致。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Re-encrypting the database…</source>
            <translation>正在重新加密数据库…</translation>
        </message>
    </context>
    <context>
        <name>sw::ui::ConflictsPane</name>
        <message>
            <location filename="../ui/conflictspane.cpp" line="+97" />
            <source>&amp;Re-apply My Change</source>
            <translation>重新提交我的更改(&amp;R)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Discard My Change…</source>
            <translation>放弃我的更改(&amp;D)…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>There are no sync conflicts. Changes the server refuses are listed here until you re-apply or discard them.</source>
            <translation>当前没有同步冲突。服务器拒绝的更改会列在这里，直到您重新提交或放弃。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>When</source>
            <translation>时间</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Table</source>
            <translation>数据类别</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+322" />
            <source>Record</source>
            <translation>记录</translation>
        </message>
        <message>
            <location line="-322" />
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Author</source>
            <translation>修改人</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Field</source>
            <translation>字段</translation>
        </message>
        <message>
            <location line="+0" />
            <source>My change</source>
            <translation>我的更改</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Server version</source>
            <translation>服务器版本</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Write your change again on top of the server's version and upload it with the next sync</source>
            <translation>在服务器版本的基础上重新写入您的更改，并在下次同步时上传</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Drop your change and keep the server's version</source>
            <translation>放弃您的更改，保留服务器版本</translation>
        </message>
        <message>
            <location line="+33" />
            <location line="+181" />
            <source>Sync Conflicts</source>
            <translation>同步冲突</translation>
        </message>
        <message>
            <location line="-170" />
            <source>Tickets</source>
            <translation>工单</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ticket events</source>
            <translation>工单记录</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ticket attachments</source>
            <translation>工单附件</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Customers</source>
            <translation>客户</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Merchants</source>
            <translation>商家</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Canned replies</source>
            <translation>快捷回复</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Business-day calendar</source>
            <translation>工作日历</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Users</source>
            <translation>用户</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Roles</source>
            <translation>角色</translation>
        </message>
        <message>
            <location line="+1" />
            <source>User roles</source>
            <translation>用户角色</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Teams</source>
            <translation>团队</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Shared settings</source>
            <translation>共享设置</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Title</source>
            <translation>标题</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Text</source>
            <translation>内容</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Subject</source>
            <translation>主题</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Number</source>
            <translation>编号</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Priority</source>
            <translation>优先级</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+1" />
            <source>Type</source>
            <translation>类型</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Channel</source>
            <translation>渠道</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Owner</source>
            <translation>处理人</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Team</source>
            <translation>团队</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Team lead</source>
            <translation>组长</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Customer phone</source>
            <translation>客户电话</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Customer e-mail</source>
            <translation>客户邮箱</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Merchant</source>
            <translation>商家</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Order number</source>
            <translation>订单号</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <location line="+1" />
            <source>E-mail</source>
            <translation>邮箱</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Login</source>
            <translation>登录名</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Display name</source>
            <translation>显示名称</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Password</source>
            <translation>密码</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Active</source>
            <translation>启用</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Setting</source>
            <translation>设置项</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Value</source>
            <translation>值</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Merged into</source>
            <translation>合并到</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Special case</source>
            <translation>特殊情况</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Special-case reason</source>
            <translation>特殊情况说明</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Received</source>
            <translation>受理时间</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Resolved</source>
            <translation>解决时间</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Closed</source>
            <translation>关闭时间</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Created</source>
            <translation>创建时间</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Updated</source>
            <translation>更新时间</translation>
        </message>
        <message>
            <location line="+1" />
            <source>File name</source>
            <translation>文件名</translation>
        </message>
        <message>
            <location line="+38" />
            <source>(empty)</source>
            <translation>（空）</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Yes</source>
            <translation>是</translation>
        </message>
        <message>
            <location line="+0" />
            <source>No</source>
            <translation>否</translation>
        </message>
        <message>
            <location line="+89" />
            <source>Record id: %1</source>
            <translation>记录 ID：%1</translation>
        </message>
        <message>
            <location line="+41" />
            <source>The server refused this change: %1</source>
            <translation>服务器拒绝了此更改：%1</translation>
        </message>
        <message>
            <location line="+16" />
            <location line="+8" />
            <source>(no server version)</source>
            <translation>（服务器无此记录）</translation>
        </message>
        <message>
            <location line="-1" />
            <source>Delete the record</source>
            <translation>删除该记录</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Keeps the record</source>
            <translation>保留该记录</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+2" />
            <source>(not shown)</source>
            <translation>（不显示）</translation>
        </message>
        <message>
            <location line="+14" />
            <source>%1: your change differs from the server's version</source>
            <translation>%1：您的更改与服务器版本不同</translation>
        </message>
        <message>
            <location line="+19" />
            <location line="+33" />
            <source>Discard My Change</source>
            <translation>放弃我的更改</translation>
        </message>
        <message>
            <location line="-32" />
            <source>Discard your change to %1 “%2”? The server's version is kept and your change cannot be recovered.</source>
            <translation>确定放弃您对%1“%2”的更改吗？将保留服务器版本，您的更改无法恢复。</translation>
        </message>
        <message>
            <location line="+32" />
            <source>Re-apply My Change</source>
            <translation>重新提交我的更改</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Your change was written again; it is uploaded with the next sync.</source>
            <translation>已重新写入您的更改，将在下次同步时上传。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Your change was discarded; the server's version is kept.</source>
            <translation>已放弃您的更改，保留服务器版本。</translation>
        </message>
    </context>
    <context>
        <name>sw::ui::CreditActionDialog</name>
        <message>
            <location filename="../ui/creditdialogs.cpp" line="+125" />
            <source>Add Measure against %1</source>
            <translation>对 %1 添加处罚措施</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Why, with the rule of the platform it follows</source>
            <translation>原因，并注明所依据的平台规则</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Add</source>
            <translation>添加(&amp;A)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Measure:</source>
            <translation>措施(&amp;M)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;From:</source>
            <translation>开始(&amp;F)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Until:</source>
            <translation>结束(&amp;U)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Reason:</source>
            <translation>原因(&amp;R)：</translation>
        </message>
    </context>
    <context>
        <name>sw::ui::CreditEventDialog</name>
        <message>
            <location line="-81" />
            <source>Record Credit Event for %1</source>
            <translation>为 %1 记录信用事件</translation>
        </message>
        <message>
            <location line="+4" />
            <source>What happened, with the reference (complaint, spot-check report …)</source>
            <translation>发生了什么，并注明依据（投诉、抽检报告等）</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Record</source>
            <translation>记录(&amp;R)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Event:</source>
            <translation>事件(&amp;E)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Date:</source>
            <translation>日期(&amp;D)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>E&amp;xplanation:</source>
            <translation>说明(&amp;X)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What-if:</source>
            <translation>模拟结果：</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Score %1 → %2 (%3 points, rules version %4); level %5 → %6</source>
            <translation>信用分 %1 → %2（%3 分，规则第 %4 版）；等级 %5 → %6</translation>
        </message>
    </context>
    <context>
        <name>sw::ui::CreditFileWidget</name>
        <message>
            <location filename="../ui/creditfilewidget.cpp" line="+61" />
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Event</source>
            <translation>事件</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Points</source>
            <translation>分值</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Rules</source>
            <translation>规则</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Score</source>
            <translation>信用分</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+3" />
            <source>Recorded by</source>
            <translation>记录人</translation>
        </message>
        <message>
            <location line="-2" />
            <source>Explanation</source>
            <translation>说明</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Measure</source>
            <translation>措施</translation>
        </message>
        <message>
            <location line="+0" />
            <source>From</source>
            <translation>开始</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Until</source>
            <translation>结束</translation>
        </message>
        <message>
            <location line="+0" />
            <source>In force</source>
            <translation>生效中</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Record Event…</source>
            <translation>记录事件…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add Measure…</source>
            <translation>添加措施…</translation>
        </message>
        <message>
            <location line="+40" />
            <source>Events</source>
            <translation>信用事件</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Measures</source>
            <translation>处罚措施</translation>
        </message>
        <message>
            <location line="+27" />
            <source>&lt;b&gt;%1&lt;/b&gt; — credit score &lt;span style="font-size:16pt; color:%2"&gt;&lt;b&gt;%3&lt;/b&gt;&lt;/span&gt; level &lt;span style="font-size:16pt; color:%2"&gt;&lt;b&gt;%4&lt;/b&gt;&lt;/span&gt;</source>
            <translation>&lt;b&gt;%1&lt;/b&gt; — 信用分 &lt;span style="font-size:16pt; color:%2"&gt;&lt;b&gt;%3&lt;/b&gt;&lt;/span&gt; 等级 &lt;span style="font-size:16pt; color:%2"&gt;&lt;b&gt;%4&lt;/b&gt;&lt;/span&gt;</translation>
        </message>
        <message>
            <location line="+11" />
            <source>v%1</source>
            <translation>第 %1 版</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Yes</source>
            <translation>是</translation>
        </message>
        <message>
            <location line="+0" />
            <source>No</source>
            <translation>否</translation>
        </message>
        <message numerus="yes">
            <location line="+6" />
            <source>Take In %n Dispute Outcome(s)</source>
            <translation>
                <numerusform>记入 %n 个纠纷裁决</numerusform>
            </translation>
        </message>
        <message>
            <location line="+30" />
            <source>The credit event was recorded.</source>
            <translation>信用事件已记录。</translation>
        </message>
        <message>
            <location line="+16" />
            <source>The measure was added to the credit file.</source>
            <translation>处罚措施已记入信用档案。</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Dispute Outcomes</source>
            <translation>纠纷裁决</translation>
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>%n dispute outcome(s) taken into the credit file.</source>
            <translation>
                <numerusform>已将 %n 个纠纷裁决记入信用档案。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>sw::ui::CsvExport</name>
        <message>
            <location filename="../ui/csvexport.cpp" line="+59" />
            <source>Exporting %1 of %2 tickets…</source>
            <translation>正在导出工单：%1 / %2…</translation>
        </message>
        <message>
            <location line="+47" />
            <source>Counting the tickets…</source>
            <translation>正在统计工单数量…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export CSV</source>
            <translation>导出 CSV</translation>
        </message>
        <message>
            <location line="+27" />
            <source>The file %1 cannot be written.</source>
            <translation>无法写入文件 %1。</translation>
        </message>
        <message>
            <location line="+15" />
            <source>The export was cancelled.</source>
            <translation>导出已取消。</translation>
        </message>
    </context>
    <context>
        <name>sw::ui::DisputeOpenDialog</name>
        <message>
            <location filename="../ui/disputeopendialog.cpp" line="+23" />
            <source>&amp;Look Up</source>
            <translation>查找(&amp;L)</translation>
        </message>
        <message>
            <location line="+8" />
            <location line="+43" />
            <source>Open Dispute</source>
            <translation>发起纠纷</translation>
        </message>
        <message>
            <location line="-42" />
            <source>CS-… or AS-…</source>
            <translation>CS-… 或 AS-…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>¥0.00</source>
            <translation>¥0.00</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Ticket or after-sales no.:</source>
            <translation>工单或售后申请编号(&amp;T)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Buyer:</source>
            <translation>买家(&amp;B)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Merchant:</source>
            <translation>商家(&amp;M)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Subject:</source>
            <translation>纠纷事由(&amp;S)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Amount claimed:</source>
            <translation>主张金额(&amp;A)：</translation>
        </message>
        <message>
            <location line="+77" />
            <source>Enter the number of the ticket or after-sales request the dispute is about.</source>
            <translation>请输入该纠纷所涉工单或售后申请的编号。</translation>
        </message>
    </context>
    <context>
        <name>sw::ui::DisputeStepDialog</name>
        <message>
            <location filename="../ui/disputestepdialog.cpp" line="+35" />
            <source>Add Statement — %1</source>
            <translation>添加陈述 — %1</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Party:</source>
            <translation>当事方(&amp;P)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Statement and evidence:</source>
            <translation>陈述与证据(&amp;S)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Evidence &amp;attachments:</source>
            <translation>证据附件数(&amp;A)：</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Decide — %1</source>
            <translation>裁决 — %1</translation>
        </message>
        <message>
            <location line="+5" />
            <source>¥0.00</source>
            <translation>¥0.00</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Outcome:</source>
            <translation>裁决结果(&amp;O)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Partial refund &amp;amount:</source>
            <translation>部分退款金额(&amp;A)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Reasoning:</source>
            <translation>裁决理由(&amp;R)：</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Appeal — %1</source>
            <translation>申诉 — %1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Appeal &amp;by:</source>
            <translation>申诉方(&amp;B)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Reason:</source>
            <translation>理由(&amp;R)：</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Close — %1</source>
            <translation>结案 — %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Note (how it was settled, or that the buyer withdrew):</source>
            <translation>备注（如何和解，或买家已撤回）(&amp;N)：</translation>
        </message>
        <message>
            <location line="+29" />
            <source>No party may add a statement any more.</source>
            <translation>已没有当事方可以添加陈述。</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Nobody may appeal this dispute.</source>
            <translation>此纠纷无人可以申诉。</translation>
        </message>
    </context>
    <context>
        <name>sw::ui::DisputesPane</name>
        <message>
            <location filename="../ui/disputespane.cpp" line="+71" />
            <source>Number</source>
            <translation>编号</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Merchant</source>
            <translation>商家</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Buyer</source>
            <translation>买家</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Subject</source>
            <translation>纠纷事由</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Evidence Until</source>
            <translation>举证截止</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Decision</source>
            <translation>裁决结果</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Appeal Until</source>
            <translation>申诉截止</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Party</source>
            <translation>当事方</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Recorded</source>
            <translation>录入</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Attachments</source>
            <translation>附件数</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Statement</source>
            <translation>陈述</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Open Dispute…</source>
            <translation>发起纠纷(&amp;O)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add &amp;Statement…</source>
            <translation>添加陈述(&amp;S)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Decide…</source>
            <translation>裁决(&amp;D)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Appeal…</source>
            <translation>申诉(&amp;A)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Close…</source>
            <translation>结案(&amp;C)…</translation>
        </message>
        <message>
            <location line="+48" />
            <location line="+49" />
            <location line="+104" />
            <source>Disputes</source>
            <translation>纠纷调解</translation>
        </message>
        <message>
            <location line="-92" />
            <source>%1 (%2)</source>
            <translation>%1（%2）</translation>
        </message>
        <message>
            <location line="+23" />
            <source>The evidence period is over: the dispute waits for a decision.</source>
            <translation>举证期已过：纠纷等待裁决。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The appeal period is over: the dispute can be closed.</source>
            <translation>申诉期已过：可以结案。</translation>
        </message>
        <message>
            <location line="+27" />
            <source>No disputes.</source>
            <translation>暂无纠纷。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Select a dispute to see its statements.</source>
            <translation>选择一项纠纷以查看各方陈述。</translation>
        </message>
        <message>
            <location line="+49" />
            <source>&lt;b&gt;%1&lt;/b&gt; — %2</source>
            <translation>&lt;b&gt;%1&lt;/b&gt; — %2</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Buyer %1 against merchant %2; %3 claimed.</source>
            <translation>买家 %1 与商家 %2 的纠纷，主张金额 %3。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Ticket %1, after-sales request %2.</source>
            <translation>工单 %1，售后申请 %2。</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+1" />
            <source>none</source>
            <translation>无</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Status: %1. Evidence from buyer and merchant until %2 (buyer: %3, merchant: %4).</source>
            <translation>状态：%1。买家和商家举证截止时间为 %2（买家：%3，商家：%4）。</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+1" />
            <source>submitted</source>
            <translation>已提交</translation>
        </message>
        <message>
            <location line="-1" />
            <location line="+1" />
            <source>nothing yet</source>
            <translation>尚未提交</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Decision by %1 on %2: %3. Reasoning: %4</source>
            <translation>%1 于 %2 裁决：%3。裁决理由：%4</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Appealed by the %1 on %2: %3</source>
            <translation>%1于 %2 提出申诉：%3</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Closed on %1. %2</source>
            <translation>于 %1 结案。%2</translation>
        </message>
        <message>
            <location line="+7" />
            <source>%1, %2</source>
            <translation>%1，%2</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Dispute opened.</source>
            <translation>已发起纠纷。</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Statement recorded.</source>
            <translation>已记录陈述。</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Decision recorded.</source>
            <translation>已记录裁决。</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Appeal recorded.</source>
            <translation>已记录申诉。</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Dispute closed.</source>
            <translation>纠纷已结案。</translation>
        </message>
    </context>
    <context>
        <name>sw::ui::FirstRunDialog</name>
        <message>
            <location filename="../ui/firstrundialog.cpp" line="+58" />
            <source>Welcome to Shopwarden</source>
            <translation>欢迎使用店务管家</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Shopwarden keeps its data in an encrypted database on this computer. Choose the passphrase that unlocks it and create the first administrator account.</source>
            <translation>店务管家将数据保存在本机的加密数据库中。请设置用于解锁数据库的口令，并创建第一个系统管理员账户。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Database passphrase</source>
            <translation>数据库口令</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Passphrase:</source>
            <translation>口令(&amp;P)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Repeat passphrase:</source>
            <translation>确认口令(&amp;R)：</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Nobody can recover the data without this passphrase. Write it down and keep it somewhere safe.</source>
            <translation>没有此口令，任何人都无法恢复数据。请把它记下来并妥善保管。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Administrator account</source>
            <translation>系统管理员账户</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Login:</source>
            <translation>登录名(&amp;L)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Display name:</source>
            <translation>显示名称(&amp;D)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Pass&amp;word:</source>
            <translation>密码(&amp;W)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>R&amp;epeat password:</source>
            <translation>确认密码(&amp;E)：</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Database file: %1</source>
            <translation>数据库文件：%1</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Create database</source>
            <translation>创建数据库</translation>
        </message>
        <message>
            <location line="+56" />
            <source>The passphrase needs at least %1 characters.</source>
            <translation>口令至少需要 %1 个字符。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The two passphrases do not match.</source>
            <translation>两次输入的口令不一致。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Enter a login for the administrator.</source>
            <translation>请输入系统管理员的登录名。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Enter the administrator's display name.</source>
            <translation>请输入系统管理员的显示名称。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The two passwords do not match.</source>
            <translation>两次输入的密码不一致。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Use a password different from the database passphrase.</source>
            <translation>密码请不要与数据库口令相同。</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Creating the encrypted database…</source>
            <translation>正在创建加密数据库…</translation>
        </message>
        <message>
            <location line="+14" />
            <source>A file already exists at %1.</source>
            <translation>%1 处已存在文件。</translation>
        </message>
    </context>
    <context>
        <name>sw::ui::HomePane</name>
        <message>
            <location filename="../ui/homepane.cpp" line="+18" />
            <source>Welcome, %1</source>
            <translation>欢迎，%1</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Signed in as:</source>
            <translation>当前用户：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 (%2)</source>
            <translation>%1（%2）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Roles:</source>
            <translation>角色：</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Database file:</source>
            <translation>数据库文件：</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Choose an area on the left. Only the areas your roles may open are listed.</source>
            <translation>请在左侧选择功能区域。这里只列出您的角色有权打开的区域。</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Home</source>
            <translation>工作台</translation>
        </message>
    </context>
    <context>
        <name>sw::ui::LoginDialog</name>
        <message>
            <location filename="../ui/logindialog.cpp" line="+33" />
            <source>Sign in</source>
            <translation>登录</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Sign in</source>
            <translation>登录(&amp;S)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Database: %1</source>
            <translation>数据库：%1</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Login:</source>
            <translation>登录名(&amp;L)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Password:</source>
            <translation>密码(&amp;P)：</translation>
        </message>
        <message>
            <location line="+50" />
            <source>Checking…</source>
            <translation>正在验证…</translation>
        </message>
    </context>
    <context>
        <name>sw::ui::MainWindow</name>
        <message>
            <location filename="../ui/mainwindow.cpp" line="+140" />
            <location line="+14" />
            <source>%1: %2</source>
            <translation>%1：%2</translation>
        </message>
        <message>
            <location line="+37" />
            <source>%1 (%2)</source>
            <comment>navigation entry (what waits there)</comment>
            <translation>%1（%2）</translation>
        </message>
        <message>
            <location line="+26" />
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Change &amp;Passphrase…</source>
            <translation>更改数据库口令(&amp;P)…</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Sign &amp;Out</source>
            <translation>退出登录(&amp;O)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Edit</source>
            <translation>编辑(&amp;E)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Copy</source>
            <translation>复制(&amp;C)</translation>
        </message>
        <message>
            <location line="+9" />
            <source>&amp;View</source>
            <translation>视图(&amp;V)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Refresh</source>
            <translation>刷新(&amp;R)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Settings</source>
            <translation>设置(&amp;S)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Language…</source>
            <translation>语言(&amp;L)…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Business-Day &amp;Calendar…</source>
            <translation>工作日历(&amp;C)…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>After-Sales &amp;Policy…</source>
            <translation>售后政策(&amp;P)…</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Merchant Review Policy…</source>
            <translation>商家审核规则(&amp;M)…</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Sync &amp;Server…</source>
            <translation>服务器同步(&amp;S)…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Sync Now</source>
            <translation>立即同步(&amp;S)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;About Shopwarden</source>
            <translation>关于店务管家(&amp;A)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>About &amp;Qt</source>
            <translation>关于 &amp;Qt</translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1 (%2)</source>
            <translation>%1（%2）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Signed-in user</source>
            <translation>当前登录用户</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Roles of the signed-in user</source>
            <translation>当前用户的角色</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Database file: %1</source>
            <translation>数据库文件：%1</translation>
        </message>
        <message>
            <location line="+69" />
            <source>The database passphrase was changed.</source>
            <translation>数据库口令已更改。</translation>
        </message>
        <message>
            <location line="+22" />
            <source>About Shopwarden</source>
            <translation>关于店务管家</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&lt;h3&gt;Shopwarden (店务管家) %1&lt;/h3&gt;&lt;p&gt;Back office for an e-commerce platform's service staff: tickets, after-sales, merchant reviews, product audits, training and KPIs.&lt;/p&gt;&lt;p&gt;Data is kept in an encrypted SQLCipher database on this computer.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;店务管家（Shopwarden）%1&lt;/h3&gt;&lt;p&gt;面向电商平台服务人员的后台管理系统：客服工单、售后、商家审核、商品审核、培训和绩效指标。&lt;/p&gt;&lt;p&gt;数据保存在本机经 SQLCipher 加密的数据库中。&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>sw::ui::MerchantApplicationDialog</name>
        <message>
            <location filename="../ui/merchantapplicationdialog.cpp" line="+48" />
            <location line="+156" />
            <source>Long-term</source>
            <translation>长期</translation>
        </message>
        <message>
            <location line="-151" />
            <source>New Merchant Application</source>
            <translation>新建商家入驻申请</translation>
        </message>
        <message>
            <location line="+1" />
            <source>18 characters, e.g. 91350100M000100Y43</source>
            <translation>18 位，例如 91350100M000100Y43</translation>
        </message>
        <message>
            <location line="+2" />
            <source>18-character resident ID number</source>
            <translation>18 位居民身份证号码</translation>
        </message>
        <message>
            <location line="+12" />
            <source>&amp;Legal name:</source>
            <translation>企业名称(&amp;L)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Credit code:</source>
            <translation>信用代码(&amp;C)：</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Legal &amp;representative:</source>
            <translation>法定代表人(&amp;R)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Representative's &amp;ID:</source>
            <translation>法定代表人身份证(&amp;I)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>C&amp;ontact:</source>
            <translation>联系人(&amp;O)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Phone:</source>
            <translation>电话(&amp;P)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Bank account:</source>
            <translation>银行账号(&amp;B)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>B&amp;rand:</source>
            <translation>品牌(&amp;R)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ca&amp;tegories:</source>
            <translation>经营类目(&amp;T)：</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Document</source>
            <translation>证照</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Number</source>
            <translation>编号</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Valid until</source>
            <translation>有效期至</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Scan</source>
            <translation>扫描件</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Document number</source>
            <translation>证照编号</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Add Document…</source>
            <translation>添加证照…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove</source>
            <translation>移除</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Documents</source>
            <translation>证照</translation>
        </message>
        <message>
            <location line="+9" />
            <source>&amp;Submit</source>
            <translation>提交(&amp;S)</translation>
        </message>
        <message>
            <location line="+43" />
            <source>Valid credit code %1</source>
            <translation>信用代码 %1 有效</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Choose the categories to see which documents are required.</source>
            <translation>选择经营类目后显示所需证照。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Required: %1</source>
            <translation>必需证照：%1</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Choose the Scan</source>
            <translation>选择扫描件</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Scans (*.png *.jpg *.jpeg *.pdf)</source>
            <translation>扫描件 (*.png *.jpg *.jpeg *.pdf)</translation>
        </message>
        <message>
            <location line="+12" />
            <source>The file %1 cannot be read: %2</source>
            <translation>无法读取文件 %1：%2</translation>
        </message>
    </context>
    <context>
        <name>sw::ui::MerchantPolicyDialog</name>
        <message>
            <location filename="../ui/merchantpolicydialog.cpp" line="+40" />
            <source>Merchant Review Policy</source>
            <translation>商家审核规则</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Credit event</source>
            <translation>信用事件</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Points</source>
            <translation>分值</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Tick the documents each category requires. A category's row replaces the default for it; a merchant needs the documents of all its categories.</source>
            <translation>勾选各经营类目所需的证照。类目自己的一行取代默认设置；商家需提供其所有类目的证照。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Credit Scoring</source>
            <translation>信用评分</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Required Documents</source>
            <translation>必需证照</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Version %1 is in force. Saving a change makes version %2; events already recorded keep the points they were given.</source>
            <translation>当前生效的是第 %1 版。保存修改将生成第 %2 版；已记录的事件保留当时的分值。</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Default</source>
            <translation>默认</translation>
        </message>
    </context>
    <context>
        <name>sw::ui::MerchantReviewDetail</name>
        <message>
            <location filename="../ui/merchantreviewdetail.cpp" line="+47" />
            <source>&amp;Take</source>
            <translation>领取(&amp;T)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Request &amp;Information…</source>
            <translation>要求补充资料(&amp;I)…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Information Re&amp;ceived…</source>
            <translation>资料已补充(&amp;C)…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>First &amp;Approval…</source>
            <translation>初审通过(&amp;A)…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Second Review: Approve…</source>
            <translation>复核通过(&amp;S)…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Reject…</source>
            <translation>驳回(&amp;R)…</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Submitted</source>
            <translation>已提交</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Taken</source>
            <translation>已领取</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Information requested</source>
            <translation>要求补充资料</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Information received</source>
            <translation>资料已补充</translation>
        </message>
        <message>
            <location line="+1" />
            <source>First approval</source>
            <translation>初审通过</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Approved (second review)</source>
            <translation>复核通过</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rejected</source>
            <translation>已驳回</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Document added</source>
            <translation>添加证照</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Document verified</source>
            <translation>证照已核验</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Document tick removed</source>
            <translation>取消证照核验</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Periodic re-review created</source>
            <translation>生成定期复核</translation>
        </message>
        <message>
            <location line="+33" />
            <source>Document</source>
            <translation>证照</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+221" />
            <source>Required</source>
            <translation>必需</translation>
        </message>
        <message>
            <location line="-221" />
            <source>Number</source>
            <translation>编号</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Valid until</source>
            <translation>有效期至</translation>
        </message>
        <message>
            <location line="+0" />
            <source>State</source>
            <translation>情况</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Verified</source>
            <translation>核验</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Scan</source>
            <translation>扫描件</translation>
        </message>
        <message>
            <location line="+2" />
            <source>When</source>
            <translation>时间</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Who</source>
            <translation>操作人</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Step</source>
            <translation>步骤</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Status after</source>
            <translation>之后状态</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Text</source>
            <translation>说明</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;View Scan…</source>
            <translation>查看扫描件(&amp;V)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add or Re&amp;place…</source>
            <translation>添加或替换(&amp;P)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Toggle &amp;Verified</source>
            <translation>切换核验(&amp;V)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Select a review in the queue.</source>
            <translation>请在队列中选择一个审核。</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Kind:</source>
            <translation>类型：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Legal name:</source>
            <translation>企业名称：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Credit code:</source>
            <translation>信用代码：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Legal representative:</source>
            <translation>法定代表人：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Representative's ID:</source>
            <translation>法定代表人身份证：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Contact:</source>
            <translation>联系人：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Bank account:</source>
            <translation>银行账号：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Categories:</source>
            <translation>经营类目：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Brand:</source>
            <translation>品牌：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Submitted:</source>
            <translation>提交时间：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Status:</source>
            <translation>状态：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Due:</source>
            <translation>截止时间：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reviewers:</source>
            <translation>审核人：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rejection:</source>
            <translation>驳回：</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Duplicates on other merchants</source>
            <translation>与其他商家重复的信息</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Double-click to open the other merchant's review.</source>
            <translation>双击打开另一商家的审核。</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Application</source>
            <translation>申请信息</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Documents</source>
            <translation>证照</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Timeline</source>
            <translation>时间线</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Credit File</source>
            <translation>信用档案</translation>
        </message>
        <message>
            <location line="+46" />
            <source>paused while waiting for the merchant</source>
            <translation>等待商家补充资料，暂停计时</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 (overdue)</source>
            <translation>%1（已超时）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&lt;b&gt;%1&lt;/b&gt; — %2 — &lt;b&gt;%3&lt;/b&gt;</source>
            <translation>&lt;b&gt;%1&lt;/b&gt; — %2 — &lt;b&gt;%3&lt;/b&gt;</translation>
        </message>
        <message>
            <location line="+8" />
            <source>12 months since approval</source>
            <translation>审核通过满 12 个月</translation>
        </message>
        <message>
            <location line="+1" />
            <source>a document expires within 30 days</source>
            <translation>有证照将在 30 天内到期</translation>
        </message>
        <message>
            <location line="+23" />
            <source>first %1, second %2</source>
            <translation>初审 %1，复核 %2</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Same %1 (%2) as %3 %4</source>
            <translation>%1（%2）与 %3 %4 相同</translation>
        </message>
        <message>
            <location line="+6" />
            <source>No other merchant shares these values.</source>
            <translation>没有其他商家使用这些信息。</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Present</source>
            <translation>已提供</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Missing</source>
            <translation>缺失</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Expired</source>
            <translation>已过期</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Expires within 30 days</source>
            <translation>30 天内到期</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Optional</source>
            <translation>可选</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+177" />
            <source>Long-term</source>
            <translation>长期</translation>
        </message>
        <message>
            <location line="-175" />
            <source>✔ Verified</source>
            <translation>✔ 已核验</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 (not downloaded yet)</source>
            <translation>%1（尚未下载）</translation>
        </message>
        <message>
            <location line="+67" />
            <source>Take</source>
            <translation>领取</translation>
        </message>
        <message>
            <location line="+1" />
            <source>You are reviewing %1.</source>
            <translation>您正在审核 %1。</translation>
        </message>
        <message>
            <location line="+25" />
            <source>%1: %2.</source>
            <translation>%1：%2。</translation>
        </message>
        <message>
            <location line="+30" />
            <location line="+9" />
            <source>View Scan</source>
            <translation>查看扫描件</translation>
        </message>
        <message>
            <location line="-2" />
            <source>%1 %2 — %3</source>
            <translation>%1 %2 — %3</translation>
        </message>
        <message>
            <location line="+19" />
            <location line="+6" />
            <source>Add Document</source>
            <translation>添加证照</translation>
        </message>
        <message>
            <location line="-5" />
            <source>The file %1 cannot be read: %2</source>
            <translation>无法读取文件 %1：%2</translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1 added to %2.</source>
            <translation>已将%1添加到 %2。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Add or Replace a Document of %1</source>
            <translation>添加或替换 %1 的证照</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Choose the Scan…</source>
            <translation>选择扫描件…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Document:</source>
            <translation>证照：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Number:</source>
            <translation>编号：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Valid until:</source>
            <translation>有效期至：</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Choose the Scan</source>
            <translation>选择扫描件</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Scans (*.png *.jpg *.jpeg *.pdf)</source>
            <translation>扫描件 (*.png *.jpg *.jpeg *.pdf)</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Verify Document</source>
            <translation>核验证照</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1: tick removed.</source>
            <translation>%1：已取消核验。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 verified.</source>
            <translation>%1已核验。</translation>
        </message>
    </context>
    <context>
        <name>sw::ui::MerchantStepDialog</name>
        <message>
            <location filename="../ui/merchantstepdialog.cpp" line="+36" />
            <source>Request Information for %1</source>
            <translation>要求 %1 补充资料</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;What the merchant must supply:</source>
            <translation>商家需补充(&amp;W)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Request</source>
            <translation>发送要求(&amp;R)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>e.g. a legible scan of the business licence, both sides</source>
            <translation>例如：清晰的营业执照正反面扫描件</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Information Received for %1</source>
            <translation>%1 已补充资料</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+6" />
            <location line="+6" />
            <source>&amp;Note:</source>
            <translation>备注(&amp;N)：</translation>
        </message>
        <message>
            <location line="-11" />
            <source>&amp;Resume Review</source>
            <translation>继续审核(&amp;R)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What arrived (optional)</source>
            <translation>收到了哪些资料（可选）</translation>
        </message>
        <message>
            <location line="+3" />
            <source>First Approval of %1</source>
            <translation>%1 初审通过</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Approve</source>
            <translation>通过(&amp;A)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Optional note for the second reviewer</source>
            <translation>给复核人的备注（可选）</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Second Review of %1</source>
            <translation>复核 %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Approve Merchant</source>
            <translation>批准入驻(&amp;A)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Optional note</source>
            <translation>备注（可选）</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Reject %1</source>
            <translation>驳回 %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Explanation:</source>
            <translation>说明(&amp;E)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Reject</source>
            <translation>驳回(&amp;R)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Why the application is rejected; the merchant is told this</source>
            <translation>驳回原因，将告知商家</translation>
        </message>
        <message>
            <location line="+14" />
            <source>&amp;Reason:</source>
            <translation>原因(&amp;R)：</translation>
        </message>
    </context>
    <context>
        <name>sw::ui::MerchantViewList</name>
        <message>
            <location filename="../ui/merchantviewlist.cpp" line="+68" />
            <source>%1 (%2)</source>
            <comment>view name (count)</comment>
            <translation>%1（%2）</translation>
        </message>
    </context>
    <context>
        <name>sw::ui::MerchantsPane</name>
        <message>
            <location filename="../ui/merchantspane.cpp" line="+59" />
            <source>Documents expiring</source>
            <translation>证照将到期</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Search number, credit code or legal name… (Ctrl+F)</source>
            <translation>搜索编号、信用代码或企业名称…（Ctrl+F）</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Any status</source>
            <translation>全部状态</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Any category</source>
            <translation>全部类目</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Applications and re-reviews</source>
            <translation>入驻申请和定期复核</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;New Application…</source>
            <translation>新建入驻申请(&amp;N)…</translation>
        </message>
        <message>
            <location line="+10" />
            <source>&amp;Export CSV…</source>
            <translation>导出 CSV(&amp;E)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Write every review of the current view to a CSV file</source>
            <translation>将当前视图的全部审核写入 CSV 文件</translation>
        </message>
        <message>
            <location line="+99" />
            <source>Merchant Review</source>
            <translation>商家审核</translation>
        </message>
        <message numerus="yes">
            <location line="+89" />
            <source>%n periodic re-review(s) added to the queue.</source>
            <translation>
                <numerusform>已将 %n 个定期复核加入队列。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+18" />
            <source>%1 of %n review(s) shown</source>
            <translation>
                <numerusform>显示 %1 / 共 %n 个审核</numerusform>
            </translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 — loading…</source>
            <translation>%1 — 正在加载…</translation>
        </message>
        <message>
            <location line="+42" />
            <source>The merchant application was recorded.</source>
            <translation>入驻申请已登记。</translation>
        </message>
        <message>
            <location line="+10" />
            <source>merchant-reviews-%1.csv</source>
            <translation>商家审核-%1.csv</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+60" />
            <source>Export CSV</source>
            <translation>导出 CSV</translation>
        </message>
        <message>
            <location line="-60" />
            <source>CSV files (*.csv)</source>
            <translation>CSV 文件 (*.csv)</translation>
        </message>
        <message>
            <location line="+26" />
            <location line="+24" />
            <source>The file %1 cannot be written.</source>
            <translation>无法写入文件 %1。</translation>
        </message>
        <message numerus="yes">
            <location line="+8" />
            <source>Exported %n review(s).</source>
            <translation>
                <numerusform>已导出 %n 个审核。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>sw::ui::NewTicketDialog</name>
        <message>
            <location filename="../ui/newticketdialog.cpp" line="+37" />
            <source>Special case (48 h first-response target)</source>
            <translation>特殊情况（首次响应时限 48 小时）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Assign to me</source>
            <translation>指派给我</translation>
        </message>
        <message>
            <location line="+4" />
            <source>New Ticket</source>
            <translation>新建工单</translation>
        </message>
        <message>
            <location line="+11" />
            <source>What the customer wants, in one line</source>
            <translation>用一句话概括客户诉求</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What the customer said</source>
            <translation>客户反映的内容</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Name of the customer</source>
            <translation>客户姓名</translation>
        </message>
        <message>
            <location line="+1" />
            <source>e.g. 138 1234 5678</source>
            <translation>例如 138 1234 5678</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Why this is a special case</source>
            <translation>特殊情况的原因</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Kind:</source>
            <translation>类型(&amp;K):</translation>
        </message>
        <message>
            <location line="+1" />
            <source>C&amp;hannel:</source>
            <translation>渠道(&amp;H):</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Priority:</source>
            <translation>优先级(&amp;P):</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Subject:</source>
            <translation>主题(&amp;S):</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Description:</source>
            <translation>描述(&amp;D):</translation>
        </message>
        <message>
            <location line="+2" />
            <source>C&amp;ustomer:</source>
            <translation>客户(&amp;U):</translation>
        </message>
        <message>
            <location line="+1" />
            <source>P&amp;hone:</source>
            <translation>电话(&amp;H):</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;E-mail:</source>
            <translation>邮箱(&amp;E):</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Order No.:</source>
            <translation>订单号(&amp;O):</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Merchant:</source>
            <translation>商家(&amp;M):</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Reason:</source>
            <translation>原因(&amp;R):</translation>
        </message>
        <message>
            <location line="+31" />
            <source>%1 of at most %2 characters</source>
            <translation>%1 / 最多 %2 字</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Enter a subject.</source>
            <translation>请输入主题。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Enter the customer's name.</source>
            <translation>请输入客户姓名。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The description is too long: at most %1 characters.</source>
            <translation>描述过长：最多 %1 字。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Give the reason for the special case.</source>
            <translation>请填写特殊情况的原因。</translation>
        </message>
    </context>
    <context>
        <name>sw::ui::ResetPasswordDialog</name>
        <message>
            <location filename="../ui/resetpassworddialog.cpp" line="+29" />
            <source>Reset Password</source>
            <translation>重置密码</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Reset Password</source>
            <translation>重置密码(&amp;R)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Set a new password for %1 (%2). Tell it to them in person; the old password stops working at once.</source>
            <translation>为 %1（%2）设置新密码。请当面告知本人；旧密码将立即失效。</translation>
        </message>
        <message>
            <location line="+11" />
            <source>&amp;New password:</source>
            <translation>新密码(&amp;N)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Repeat new password:</source>
            <translation>确认新密码(&amp;R)：</translation>
        </message>
        <message>
            <location line="+32" />
            <source>The two passwords do not match.</source>
            <translation>两次输入的密码不一致。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Saving the new password…</source>
            <translation>正在保存新密码…</translation>
        </message>
    </context>
    <context>
        <name>sw::ui::SatisfactionDialog</name>
        <message>
            <location filename="../ui/satisfactiondialog.cpp" line="+28" />
            <source>Customer Satisfaction</source>
            <translation>客户满意度</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Attitude</source>
            <translation>服务态度</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Efficiency</source>
            <translation>处理效率</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Result</source>
            <translation>处理结果</translation>
        </message>
        <message>
            <location line="+1" />
            <source>1 = very dissatisfied, 5 = very satisfied</source>
            <translation>1 = 非常不满意，5 = 非常满意</translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1: %2 of 5</source>
            <translation>%1：%2 分（满分 5 分）</translation>
        </message>
        <message>
            <location line="+6" />
            <source>What the customer said about the service (optional)</source>
            <translation>客户对服务的评价（可选）</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Comment:</source>
            <translation>评价：</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Choose a score on each of the three scales.</source>
            <translation>请为三项分别打分。</translation>
        </message>
    </context>
    <context>
        <name>sw::ui::ScanViewer</name>
        <message>
            <location filename="../ui/scanviewer.cpp" line="+32" />
            <source>Zoom Out</source>
            <translation>缩小</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Zoom In</source>
            <translation>放大</translation>
        </message>
        <message>
            <location line="+2" />
            <source>100 %</source>
            <translation>100%</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Fit Width</source>
            <translation>适合宽度</translation>
        </message>
        <message>
            <location line="+39" />
            <source>The PDF cannot be read: it is damaged or protected by a password.</source>
            <translation>无法读取该 PDF：文件已损坏或受密码保护。</translation>
        </message>
        <message>
            <location line="+15" />
            <source>The scan cannot be shown: it is not a readable image or PDF.</source>
            <translation>无法显示该扫描件：不是可读取的图片或 PDF。</translation>
        </message>
        <message>
            <location line="+34" />
            <source>%1 %</source>
            <translation>%1%</translation>
        </message>
    </context>
    <context>
        <name>sw::ui::ServerSettingsDialog</name>
        <message>
            <location filename="../ui/serversettingsdialog.cpp" line="+38" />
            <source>Allow an &amp;unencrypted connection (http)</source>
            <translation>允许未加密的连接 (http)(&amp;U)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Sign &amp;In to the Server</source>
            <translation>登录服务器(&amp;I)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sign O&amp;ut of the Server</source>
            <translation>退出服务器登录(&amp;U)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Sync Server</source>
            <translation>服务器同步</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Only for a server on this computer or a trusted private network: passwords and data travel unencrypted.</source>
            <translation>仅适用于本机或可信内网中的服务器：密码和数据将以明文传输。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Optional: the system's certificates are used when empty</source>
            <translation>可选；留空时使用系统证书</translation>
        </message>
        <message>
            <location line="+5" />
            <source> min</source>
            <comment>sync interval unit</comment>
            <translation> 分钟</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Only with Sync Now</source>
            <translation>仅手动同步</translation>
        </message>
        <message>
            <location line="+2" />
            <source>How often to sync while signed in to the server; 0 = only when you choose Sync Now</source>
            <translation>登录服务器后自动同步的间隔；0 表示仅在选择“立即同步”时同步</translation>
        </message>
        <message>
            <location line="+13" />
            <source>&amp;Browse…</source>
            <translation>浏览(&amp;B)…</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Server</source>
            <translation>服务器</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Server &amp;address:</source>
            <translation>服务器地址(&amp;A)：</translation>
        </message>
        <message>
            <location line="+3" />
            <source>CA &amp;certificate:</source>
            <translation>CA 证书(&amp;C)：</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Sync &amp;every:</source>
            <translation>同步间隔(&amp;E)：</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Only an administrator can change the sync server of this workstation.</source>
            <translation>只有管理员可以更改本机的同步服务器。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Account on the server</source>
            <translation>服务器账号</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Login:</source>
            <translation>登录名：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Password:</source>
            <translation>密码(&amp;P)：</translation>
        </message>
        <message>
            <location line="+33" />
            <source>Signed in to the server as %1.</source>
            <translation>已以 %1 的身份登录服务器。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Signing in failed: %1</source>
            <translation>登录失败：%1</translation>
        </message>
        <message>
            <location line="+67" />
            <source>The system's trusted certificates are used.</source>
            <translation>将使用系统信任的证书。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The file cannot be read.</source>
            <translation>无法读取该文件。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The file holds no PEM certificate.</source>
            <translation>该文件中没有 PEM 格式的证书。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>%1 — expired on %2.</source>
            <translation>%1 — 已于 %2 过期。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 — valid until %2.</source>
            <translation>%1 — 有效期至 %2。</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Without a server address this workstation does not sync.</source>
            <translation>未填写服务器地址时，本机不进行同步。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Enter an address such as https://sync.example.com:8443 (https, a host name and an optional port).</source>
            <translation>请输入类似 https://sync.example.com:8443 的地址（https、主机名，可选端口）。</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Warning: http is not encrypted. Your password and all synced data can be read on the network. Use https unless the server runs on this computer.</source>
            <translation>警告：http 连接未加密，您的密码和所有同步数据都可能在网络上被读取。除非服务器运行在本机，否则请使用 https。</translation>
        </message>
        <message>
            <location line="+28" />
            <source>CA Certificate</source>
            <translation>CA 证书</translation>
        </message>
        <message>
            <location line="+1" />
            <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
            <translation>PEM 证书 (*.pem *.crt *.cer);;所有文件 (*)</translation>
        </message>
        <message>
            <location line="+14" />
            <location line="+29" />
            <location line="+8" />
            <source>Signing in…</source>
            <translation>正在登录…</translation>
        </message>
        <message>
            <location line="-24" />
            <location line="+13" />
            <location line="+10" />
            <source>Not signed in to the server.</source>
            <translation>尚未登录服务器。</translation>
        </message>
        <message>
            <location line="-15" />
            <source>Sync is not available in this session.</source>
            <translation>本次会话无法使用同步。</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Signed in to the server.</source>
            <translation>已登录服务器。</translation>
        </message>
    </context>
    <context>
        <name>sw::ui::SessionController</name>
        <message>
            <location filename="../ui/sessioncontroller.cpp" line="+105" />
            <source>No temporary folder is available for the demo database.</source>
            <translation>没有可用于演示数据库的临时文件夹。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Preparing the demo database…</source>
            <translation>正在准备演示数据库…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Shopwarden demo</source>
            <translation>店务管家演示</translation>
        </message>
        <message>
            <location line="+49" />
            <source>Demo database: %1</source>
            <translation>演示数据库：%1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Passphrase: %1</source>
            <translation>口令：%1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Logins (login / password):</source>
            <translation>登录账户（登录名 / 密码）：</translation>
        </message>
    </context>
    <context>
        <name>sw::ui::SettingsDialog</name>
        <message>
            <location filename="../ui/settingsdialog.cpp" line="+21" />
            <source>Settings</source>
            <translation>设置</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Language</source>
            <translation>语言</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Same as the system</source>
            <translation>跟随系统</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The new language takes effect the next time Shopwarden starts.</source>
            <translation>新的语言将在下次启动店务管家时生效。</translation>
        </message>
        <message>
            <location line="+12" />
            <source>User interface language:</source>
            <translation>界面语言：</translation>
        </message>
    </context>
    <context>
        <name>sw::ui::SlaNotifier</name>
        <message>
            <location filename="../ui/slanotifier.cpp" line="+61" />
            <source>Shopwarden ticket SLA alerts</source>
            <translation>店务管家工单时效提醒</translation>
        </message>
        <message>
            <location line="+84" />
            <source>SLA breached</source>
            <translation>SLA 已超时</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n ticket(s) passed the SLA target: %1</source>
            <translation>
                <numerusform>%n 个工单已超过 SLA 时限：%1</numerusform>
            </translation>
        </message>
        <message>
            <location line="+4" />
            <source>SLA warning</source>
            <translation>SLA 预警</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n ticket(s) reached the SLA warning level: %1</source>
            <translation>
                <numerusform>%n 个工单已达到 SLA 预警线：%1</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>sw::ui::SlaPolicyDialog</name>
        <message>
            <location filename="../ui/slapolicydialog.cpp" line="+37" />
            <source>SLA Policy</source>
            <translation>SLA 时效规则</translation>
        </message>
        <message>
            <location line="+5" />
            <source> %</source>
            <translation> %</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Calendar hours (7 × 24)</source>
            <translation>自然小时（7 × 24）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Working days only (holidays and make-up days)</source>
            <translation>仅工作日（考虑节假日和调休）</translation>
        </message>
        <message>
            <location line="+25" />
            <source>&amp;First response:</source>
            <translation>首次响应(&amp;F):</translation>
        </message>
        <message>
            <location line="+1" />
            <source>First response, &amp;special case:</source>
            <translation>首次响应，特殊情况(&amp;S):</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Warn at:</source>
            <translation>预警线(&amp;W):</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Count time in:</source>
            <translation>计时方式(&amp;C):</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Resolution targets by kind and priority:</source>
            <translation>按类型和优先级的解决时限：</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Saving applies the new targets to every ticket that is not yet resolved: their due and warning times are recalculated at once.</source>
            <translation>保存后，新的时效目标将立即应用于所有尚未解决的工单，并重新计算其到期时间和预警时间。</translation>
        </message>
        <message>
            <location line="+19" />
            <source> h</source>
            <comment>hours</comment>
            <translation> 小时</translation>
        </message>
        <message>
            <location line="+34" />
            <source>Saving the policy and recalculating the due times of open tickets…</source>
            <translation>正在保存时效规则并重新计算未结工单的到期时间…</translation>
        </message>
    </context>
    <context>
        <name>sw::ui::SyncStatusWidget</name>
        <message>
            <location filename="../ui/syncstatuswidget.cpp" line="+35" />
            <source>Changes the server refused; click to review them</source>
            <translation>服务器拒绝的更改，点击查看并处理</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Sync Now</source>
            <translation>立即同步</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Stop downloading; what was already downloaded is kept</source>
            <translation>停止下载；已下载的数据会保留</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Changes made on this computer that the server has not received yet</source>
            <translation>在本机所做、服务器尚未收到的更改</translation>
        </message>
        <message>
            <location line="+51" />
            <source>Signing in to the sync server failed: %1</source>
            <translation>登录同步服务器失败：%1</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Not configured</source>
            <comment>sync state</comment>
            <translation>未配置</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Not signed in</source>
            <comment>sync state</comment>
            <translation>未登录</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Signing in…</source>
            <comment>sync state</comment>
            <translation>正在登录…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Syncing…</source>
            <comment>sync state</comment>
            <translation>同步中…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Offline</source>
            <comment>sync state</comment>
            <translation>离线</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Sync failed</source>
            <comment>sync state</comment>
            <translation>同步失败</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Synced</source>
            <comment>sync state</comment>
            <translation>已同步</translation>
        </message>
        <message>
            <location line="+9" />
            <source>just now</source>
            <translation>刚刚</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n minute(s) ago</source>
            <translation>
                <numerusform>%n 分钟前</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n hour(s) ago</source>
            <translation>
                <numerusform>%n 小时前</numerusform>
            </translation>
        </message>
        <message>
            <location line="+12" />
            <source>No sync server is set up for this workstation (Settings → Sync Server…).</source>
            <translation>本机尚未设置同步服务器（设置 → 服务器同步…）。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Not signed in to the sync server: sign in under Settings → Sync Server….</source>
            <translation>尚未登录同步服务器：请在“设置 → 服务器同步…”中登录。</translation>
        </message>
        <message>
            <location line="+49" />
            <source>Upload local changes and download the server's changes now (F9)</source>
            <translation>立即上传本机更改并下载服务器上的更改 (F9)</translation>
        </message>
        <message numerus="yes">
            <location line="+21" />
            <source>%n change(s) to upload</source>
            <translation>
                <numerusform>%n 项待上传的更改</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+6" />
            <source>%n conflict(s)</source>
            <translation>
                <numerusform>%n 个冲突</numerusform>
            </translation>
        </message>
        <message>
            <location line="+12" />
            <source>%1 of %2 rows</source>
            <translation>%1 / %2 条记录</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 rows</source>
            <translation>%1 条记录</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Building the search index…</source>
            <translation>正在建立搜索索引…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The downloaded tickets become searchable and get their due times; this last step cannot be cancelled.</source>
            <translation>正在为已下载的工单建立搜索索引并计算截止时间；这最后一步不能取消。</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Sync failed.</source>
            <translation>同步失败。</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Sync failed: %1</source>
            <translation>同步失败：%1</translation>
        </message>
        <message>
            <location line="+8" />
            <source>never synced</source>
            <translation>尚未同步</translation>
        </message>
        <message>
            <location line="+4" />
            <source>last sync %1</source>
            <translation>上次同步：%1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Last complete sync: %1</source>
            <translation>上次完整同步：%1</translation>
        </message>
    </context>
    <context>
        <name>sw::ui::TicketAttachmentsWidget</name>
        <message>
            <location filename="../ui/ticketattachmentswidget.cpp" line="+28" />
            <source>A&amp;dd…</source>
            <translation>添加(&amp;D)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Open</source>
            <translation>打开(&amp;O)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save &amp;As…</source>
            <translation>另存为(&amp;A)…</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Attachments are stored encrypted in the database (at most %1 each). Opening one writes a decrypted temporary copy to this computer, which is deleted when Shopwarden exits; Save As keeps a copy where you choose.</source>
            <translation>附件加密保存在数据库中（每个最大 %1）。打开附件时会在本机写入一份解密的临时副本，店务管家退出时删除；“另存为”则把副本保存到您选择的位置。</translation>
        </message>
        <message>
            <location line="+14" />
            <location line="+40" />
            <location line="+9" />
            <source>Add Attachment</source>
            <translation>添加附件</translation>
        </message>
        <message>
            <location line="-25" />
            <source>%1 (%2, %3, %4)</source>
            <translation>%1（%2，%3，%4）</translation>
        </message>
        <message>
            <location line="+17" />
            <source>The file is too large: attachments may be at most %1.</source>
            <translation>文件过大：附件最大为 %1。</translation>
        </message>
        <message>
            <location filename="../ui/storedfileactions.cpp" line="+122" />
            <source>The file %1 cannot be read.</source>
            <translation>无法读取文件 %1。</translation>
        </message>
        <message>
            <location line="-70" />
            <location line="+14" />
            <source>Save Attachment As</source>
            <translation>附件另存为</translation>
        </message>
        <message>
            <location line="-5" />
            <source>The file %1 cannot be written.</source>
            <translation>无法写入文件 %1。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The attachment was saved.</source>
            <translation>附件已保存。</translation>
        </message>
        <message>
            <location line="+7" />
            <location line="+15" />
            <location line="+14" />
            <source>Open Attachment</source>
            <translation>打开附件</translation>
        </message>
        <message>
            <location line="-28" />
            <source>To open %1, a decrypted copy is written to a temporary folder on this computer. It is deleted when Shopwarden exits. Open it?</source>
            <translation>打开 %1 需要在本机临时文件夹中写入一份解密副本，店务管家退出时会删除该副本。是否打开？</translation>
        </message>
        <message>
            <location line="+14" />
            <source>No temporary folder is available.</source>
            <translation>没有可用的临时文件夹。</translation>
        </message>
        <message>
            <location line="+9" />
            <source>The temporary copy cannot be written.</source>
            <translation>无法写入临时副本。</translation>
        </message>
    </context>
    <context>
        <name>sw::ui::TicketDetailWidget</name>
        <message>
            <location filename="../ui/ticketdetailwidget.cpp" line="+43" />
            <source>Reopen</source>
            <translation>重新打开</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+6" />
            <source>Set to %1</source>
            <translation>设为%1</translation>
        </message>
        <message>
            <location line="-5" />
            <source>Wait for Customer</source>
            <translation>等待客户</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Resolve</source>
            <translation>解决</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Close Ticket</source>
            <translation>关闭工单</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Select a ticket in the queue to see it here.</source>
            <translation>在工单队列中选择一个工单，即可在此查看。</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Status:</source>
            <translation>状态：</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+148" />
            <source>Kind:</source>
            <translation>类型：</translation>
        </message>
        <message>
            <location line="-147" />
            <source>Channel:</source>
            <translation>渠道：</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+148" />
            <source>Priority:</source>
            <translation>优先级：</translation>
        </message>
        <message>
            <location line="-147" />
            <source>Customer:</source>
            <translation>客户：</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Order No.:</source>
            <translation>订单号：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Merchant:</source>
            <translation>商家：</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Owner:</source>
            <translation>处理人：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>SLA:</source>
            <translation>SLA：</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Received:</source>
            <translation>受理时间：</translation>
        </message>
        <message>
            <location line="+29" />
            <source>&amp;Take</source>
            <translation>认领(&amp;T)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Make yourself the owner of this unassigned ticket</source>
            <translation>将这个未分配的工单认领为自己处理</translation>
        </message>
        <message>
            <location line="+1" />
            <source>R&amp;ate…</source>
            <translation>满意度评价(&amp;A)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Record the customer's satisfaction with the resolution</source>
            <translation>记录客户对处理结果的满意度</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New After-Sales &amp;Request…</source>
            <translation>新建售后申请(&amp;R)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open a refund, exchange or repair request for this ticket's order</source>
            <translation>为此工单的订单发起退款、换货或维修申请</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Open &amp;Dispute…</source>
            <translation>发起纠纷(&amp;D)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ask the platform to mediate between the buyer and the merchant</source>
            <translation>请平台在买家与商家之间进行调解</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Service Timeline</source>
            <translation>服务跟踪</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Handling</source>
            <translation>处理</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Attachments</source>
            <translation>附件</translation>
        </message>
        <message>
            <location line="+27" />
            <source>&amp;Reply to customer</source>
            <translation>回复客户(&amp;R)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Internal &amp;note</source>
            <translation>内部备注(&amp;N)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Insert a canned reply, filled in for this ticket</source>
            <translation>插入快捷回复（按本工单自动填写）</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Type a reply (Ctrl+Enter sends)</source>
            <translation>输入回复（Ctrl+Enter 发送）</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Send</source>
            <translation>发送(&amp;S)</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Assign</source>
            <translation>指派</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Assign</source>
            <translation>指派(&amp;A)</translation>
        </message>
        <message>
            <location line="+14" />
            <location line="+256" />
            <source>Triage</source>
            <translation>分类定级</translation>
        </message>
        <message>
            <location line="-248" />
            <source>Special case (48 h first-response target)</source>
            <translation>特殊情况（首次响应时限 48 小时）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Why this is a special case</source>
            <translation>特殊情况的原因</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Apply &amp;Triage</source>
            <translation>应用分类定级(&amp;T)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Reason:</source>
            <translation>原因：</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Merge</source>
            <translation>合并</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Number of the ticket to merge into</source>
            <translation>要并入的工单号</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Merge Into</source>
            <translation>并入(&amp;M)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Show this ticket's timeline inside the other ticket and close this one for edits</source>
            <translation>把本工单的服务跟踪并入另一工单，本工单不再可编辑</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Undo Merge</source>
            <translation>撤销合并(&amp;U)</translation>
        </message>
        <message>
            <location line="+41" />
            <source>Canned reply…</source>
            <translation>快捷回复…</translation>
        </message>
        <message>
            <location line="+44" />
            <source>%1 · %2</source>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1, merged into %2</source>
            <translation>%1，已并入 %2</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 (special case: %2)</source>
            <translation>%1（特殊情况：%2）</translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1 (%2)</source>
            <translation>%1（%2）</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Unassigned</source>
            <translation>未分配</translation>
        </message>
        <message>
            <location line="+5" />
            <source>No running clock</source>
            <translation>未在计时</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1, %2</source>
            <translation>%1，%2</translation>
        </message>
        <message>
            <location line="+36" />
            <source>%1 of at most %2 characters</source>
            <translation>%1 / 最多 %2 字</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Send Reply</source>
            <translation>发送回复(&amp;S)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Add &amp;Note</source>
            <translation>添加备注(&amp;N)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Type a reply to the customer (Ctrl+Enter sends)</source>
            <translation>输入给客户的回复（Ctrl+Enter 发送）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Type an internal note (Ctrl+Enter adds it)</source>
            <translation>输入内部备注（Ctrl+Enter 添加）</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Canned Reply</source>
            <translation>快捷回复</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Send Reply</source>
            <translation>发送回复</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Add Note</source>
            <translation>添加备注</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The reply was sent.</source>
            <translation>回复已发送。</translation>
        </message>
        <message>
            <location line="+0" />
            <source>The note was added.</source>
            <translation>备注已添加。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Change Status</source>
            <translation>更改状态</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Take Ticket</source>
            <translation>认领工单</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Assign Ticket</source>
            <translation>指派工单</translation>
        </message>
        <message>
            <location line="+21" />
            <source>The satisfaction rating was recorded.</source>
            <translation>满意度评价已记录。</translation>
        </message>
        <message>
            <location line="+16" />
            <source>The after-sales request was created.</source>
            <translation>售后申请已创建。</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Dispute opened.</source>
            <translation>已发起纠纷。</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Working…</source>
            <translation>正在处理…</translation>
        </message>
        <message>
            <location line="+29" />
            <source>There is no ticket with the number %1.</source>
            <translation>没有工单号为 %1 的工单。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Merge Tickets</source>
            <translation>合并工单</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The tickets were merged.</source>
            <translation>工单已合并。</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Undo Merge</source>
            <translation>撤销合并</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The merge was undone.</source>
            <translation>合并已撤销。</translation>
        </message>
    </context>
    <context>
        <name>sw::ui::TicketFilterBar</name>
        <message>
            <location filename="../ui/ticketfilterbar.cpp" line="+39" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Channel</source>
            <translation>渠道</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Priority</source>
            <translation>优先级</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Owner</source>
            <translation>处理人</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Team</source>
            <translation>团队</translation>
        </message>
        <message>
            <location line="+6" />
            <source>SLA state</source>
            <translation>SLA 状态</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Any SLA state</source>
            <translation>全部 SLA 状态</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Within target</source>
            <translation>时限内</translation>
        </message>
        <message>
            <location line="+1" />
            <source>SLA warning</source>
            <translation>SLA 预警</translation>
        </message>
        <message>
            <location line="+1" />
            <source>SLA breached</source>
            <translation>SLA 已超时</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Breaching within 2 h</source>
            <translation>2 小时内将超时</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Paused</source>
            <translation>已暂停</translation>
        </message>
        <message>
            <location line="+3" />
            <source>From</source>
            <translation>从</translation>
        </message>
        <message>
            <location line="+2" />
            <source>To</source>
            <translation>至</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Only tickets received on or after this day</source>
            <translation>仅显示该日及之后受理的工单</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Only tickets received on or before this day</source>
            <translation>仅显示该日及之前受理的工单</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Merged</source>
            <translation>含已合并</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Also show tickets that were merged into another ticket</source>
            <translation>同时显示已并入其他工单的工单</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Clear Filters</source>
            <translation>清除筛选</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove every filter of this bar</source>
            <translation>清除本栏的全部筛选条件</translation>
        </message>
        <message>
            <location line="+64" />
            <source>%1: %2</source>
            <translation>%1：%2</translation>
        </message>
        <message>
            <location line="+0" />
            <source>, </source>
            <translation>、</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Any owner</source>
            <translation>全部处理人</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Me</source>
            <translation>我</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unassigned</source>
            <translation>未分配</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Any team</source>
            <translation>全部团队</translation>
        </message>
    </context>
    <context>
        <name>sw::ui::TicketTimeline</name>
        <message>
            <location filename="../ui/tickettimeline.cpp" line="+45" />
            <source>Status changed from %1 to %2.</source>
            <translation>状态由“%1”改为“%2”。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Ownership changed.</source>
            <translation>处理人已变更。</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Assigned to %1.</source>
            <translation>已指派给 %1。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Triaged.</source>
            <translation>已分类定级。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>An attachment was added.</source>
            <translation>已添加附件。</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Attachment added: %1</source>
            <translation>已添加附件：%1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Tickets were merged.</source>
            <translation>工单已合并。</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Merged with %1.</source>
            <translation>已与 %1 合并。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The merge was undone.</source>
            <translation>合并已撤销。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Satisfaction recorded: attitude %1, efficiency %2, result %3.</source>
            <translation>已记录满意度：服务态度 %1，处理效率 %2，处理结果 %3。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Ticket created.</source>
            <translation>工单已创建。</translation>
        </message>
        <message>
            <location line="+12" />
            <source>No events yet.</source>
            <translation>暂无记录。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>System</source>
            <translation>系统</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Customer message</source>
            <translation>客户留言</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Public reply</source>
            <translation>回复客户</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Internal note (not sent to the customer)</source>
            <translation>内部备注（客户不可见）</translation>
        </message>
        <message>
            <location line="+15" />
            <source>%1 %2</source>
            <comment>event description, then its text</comment>
            <translation>%1 %2</translation>
        </message>
    </context>
    <context>
        <name>sw::ui::TicketViewList</name>
        <message>
            <location filename="../ui/ticketviewlist.cpp" line="+97" />
            <source>%1 (%2)</source>
            <comment>view name (count)</comment>
            <translation>%1（%2）</translation>
        </message>
    </context>
    <context>
        <name>sw::ui::TicketsPane</name>
        <message>
            <location filename="../ui/ticketspane.cpp" line="+74" />
            <source>Search number, subject, customer, phone, order, replies… (Ctrl+F)</source>
            <translation>搜索工单号、主题、客户、电话、订单、回复…（Ctrl+F）</translation>
        </message>
        <message>
            <location line="+79" />
            <source>Exported %1 tickets.</source>
            <translation>已导出 %1 个工单。</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+251" />
            <source>Export CSV</source>
            <translation>导出 CSV</translation>
        </message>
        <message>
            <location line="-239" />
            <source>Tickets</source>
            <translation>工单</translation>
        </message>
        <message>
            <location line="+10" />
            <source>&amp;New Ticket…</source>
            <translation>新建工单(&amp;N)…</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Create a ticket for a phone, e-mail or online contact (%1)</source>
            <translation>为电话、邮件或在线咨询新建工单（%1）</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Export CSV…</source>
            <translation>导出 CSV(&amp;E)…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Write every ticket of the current view to a CSV file</source>
            <translation>把当前视图的全部工单写入 CSV 文件</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Reassign Selected…</source>
            <translation>重新指派所选(&amp;R)…</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Canned Replies…</source>
            <translation>快捷回复(&amp;C)…</translation>
        </message>
        <message>
            <location line="+9" />
            <source>SLA &amp;Policy…</source>
            <translation>SLA 时效规则(&amp;P)…</translation>
        </message>
        <message numerus="yes">
            <location line="+91" />
            <source>%n ticket(s)</source>
            <translation>
                <numerusform>%n 个工单</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 — loading…</source>
            <translation>%1 — 正在加载…</translation>
        </message>
        <message>
            <location line="+60" />
            <source>The ticket was created.</source>
            <translation>工单已创建。</translation>
        </message>
        <message>
            <location line="+14" />
            <location line="+8" />
            <location line="+10" />
            <source>Reassign Tickets</source>
            <translation>重新指派工单</translation>
        </message>
        <message numerus="yes">
            <location line="-9" />
            <source>New owner of the %n selected ticket(s):</source>
            <translation>
                <numerusform>所选 %n 个工单的新处理人：</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+14" />
            <source>%n ticket(s) reassigned.</source>
            <translation>
                <numerusform>已重新指派 %n 个工单。</numerusform>
            </translation>
        </message>
        <message>
            <location line="+11" />
            <source>tickets-%1.csv</source>
            <translation>工单-%1.csv</translation>
        </message>
        <message>
            <location line="+2" />
            <source>CSV files (*.csv)</source>
            <translation>CSV 文件 (*.csv)</translation>
        </message>
    </context>
    <context>
        <name>sw::ui::UnlockDialog</name>
        <message>
            <location filename="../ui/unlockdialog.cpp" line="+25" />
            <source>Unlock database</source>
            <translation>解锁数据库</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Unlock</source>
            <translation>解锁(&amp;U)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Enter the passphrase of this workstation's database.</source>
            <translation>请输入本工作站数据库的口令。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Database file: %1</source>
            <translation>数据库文件：%1</translation>
        </message>
        <message>
            <location line="+8" />
            <source>&amp;Passphrase:</source>
            <translation>口令(&amp;P)：</translation>
        </message>
        <message>
            <location line="+38" />
            <source>Unlocking…</source>
            <translation>正在解锁…</translation>
        </message>
    </context>
    <context>
        <name>sw::ui::UserEditDialog</name>
        <message>
            <location filename="../ui/usereditdialog.cpp" line="+40" />
            <source>Edit User</source>
            <translation>编辑用户</translation>
        </message>
        <message>
            <location line="+12" />
            <source>New User</source>
            <translation>新建用户</translation>
        </message>
        <message>
            <location line="+77" />
            <source>(no team)</source>
            <translation>（无团队）</translation>
        </message>
        <message>
            <location line="+28" />
            <source>New Team</source>
            <translation>新建团队</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Name of the new team:</source>
            <translation>新团队的名称：</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Enter a login.</source>
            <translation>请输入登录名。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Enter a display name.</source>
            <translation>请输入显示名称。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Give the user at least one role.</source>
            <translation>请为该用户至少分配一个角色。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The two passwords do not match.</source>
            <translation>两次输入的密码不一致。</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Creating the user…</source>
            <translation>正在创建用户…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Saving…</source>
            <translation>正在保存…</translation>
        </message>
    </context>
    <context>
        <name>sw::ui::UsersPane</name>
        <message>
            <location filename="../ui/userspane.cpp" line="+68" />
            <source>Filter by login or name</source>
            <translation>按登录名或姓名筛选</translation>
        </message>
        <message>
            <location line="+45" />
            <location line="+51" />
            <source>Users</source>
            <translation>用户管理</translation>
        </message>
        <message>
            <location line="-41" />
            <source>&amp;New User…</source>
            <translation>新建用户(&amp;N)…</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Create a user (%1)</source>
            <translation>新建用户（%1）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Edit…</source>
            <translation>编辑(&amp;E)…</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Edit the selected user (Enter or double-click)</source>
            <translation>编辑所选用户（回车或双击）</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+65" />
            <source>&amp;Deactivate</source>
            <translation>停用(&amp;D)</translation>
        </message>
        <message>
            <location line="-62" />
            <source>&amp;Reset Password…</source>
            <translation>重置密码(&amp;R)…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Unlock</source>
            <translation>解锁(&amp;U)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Lift the sign-in lock after too many failed attempts</source>
            <translation>解除因多次登录失败而造成的锁定</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Re&amp;fresh</source>
            <translation>刷新(&amp;F)</translation>
        </message>
        <message>
            <location line="+56" />
            <source>&amp;Activate</source>
            <translation>启用(&amp;A)</translation>
        </message>
        <message>
            <location line="+62" />
            <source>Deactivate User</source>
            <translation>停用用户</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Activate User</source>
            <translation>启用用户</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Unlock User</source>
            <translation>解锁用户</translation>
        </message>
    </context>
</TS>
