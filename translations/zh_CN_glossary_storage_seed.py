# Simplified Chinese for the storage driver's errors and the seed / bench tickets commands.
GLOSSARY = {
    'Usage: shopwarden-admin COMMAND [options]\n\nCommands:\n  init     create a new encrypted database and its first administrator\n  check    verify encryption, integrity, schema version and the audit chain\n  rekey    change the database passphrase\n  backup   write an encrypted backup copy\n  restore  check a backup and put it in place of the database\n  bench    run a benchmark (bench storage --rows N --json, bench tickets --db FILE ...)\n  seed     fill a database with demo tickets (seed --tickets N)\n\nRun "shopwarden-admin COMMAND --help" for a command\'s options.\nExit codes: 0 success, 2 usage error, 3 wrong passphrase or not a Shopwarden database, 4 any other error.':
        '用法：shopwarden-admin 命令 [选项]\n\n命令：\n  init     创建新的加密数据库及其第一个系统管理员\n  check    检查加密、完整性、数据库结构版本和审计链\n  rekey    更改数据库口令\n  backup   写入加密备份副本\n  restore  检查备份并用它替换数据库\n  bench    运行基准测试（bench storage --rows N --json，bench tickets --db 文件 ...）\n  seed     向数据库填充演示工单（seed --tickets N）\n\n运行 "shopwarden-admin 命令 --help" 查看该命令的选项。\n退出码：0 成功，2 用法错误，3 口令错误或不是店务管家数据库，4 其他错误。',
    'Fills a database with demo data: customers, merchants and customer-service tickets with their timelines, SLA times and search index. The demo staff is created when the database has no ticket handlers. Demo data is local: it is not queued for sync.':
        '向数据库填充演示数据：客户、商家以及带有服务跟踪、SLA 时间和搜索索引的客服工单。数据库中没有工单处理人员时会创建演示员工。演示数据仅在本机，不会排入同步队列。',
    'Number of tickets to add.': '要添加的工单数量。',
    'Seed of the random generator (default 20261128); the same seed gives the same data.':
        '随机数生成器的种子（默认 20261128）；相同的种子生成相同的数据。',
    'Also add the demo teams and agents when the database already has staff.':
        '数据库已有员工时，也添加演示团队和客服专员。',
    'Create the database first (it must not exist), with the demo accounts.':
        '先创建数据库（文件必须不存在），并带有演示账户。',
    'Print the summary as one JSON object (with seconds per phase).':
        '以一个 JSON 对象输出摘要（含各阶段秒数）。',
    '--tickets must be a whole number from 0 to 50000000.': '--tickets 必须是 0 到 50000000 之间的整数。',
    '--seed must be a whole number.': '--seed 必须是整数。',
    '%1 of %2 tickets written': '已写入 %1 / %2 个工单',
    'Created the demo accounts %1. They all have the demo password that ./scripts/run --demo prints; on a database in real use, change it or deactivate them.':
        '已创建演示账户 %1。它们都使用 ./scripts/run --demo 打印的演示密码；在实际使用的数据库中，请修改密码或停用这些账户。',
    'Seeded %1 tickets with %2 timeline events, %3 customers and %4 merchants in %5 s.':
        '已在 %5 秒内生成 %1 个工单、%2 条服务跟踪记录、%3 个客户和 %4 个商家。',
    'Times the ticket queue on a seeded database (see "seed"): first page, filter, sort by due time, jump to the last row, full-text search against a LIKE baseline, and opening tickets. Changes nothing.':
        '在已填充演示数据的数据库上（见 "seed"）测量工单队列：首页、筛选、按到期时间排序、跳到最后一行、全文搜索（对比 LIKE 基线）以及打开工单。不做任何修改。',
    'Print one JSON object instead of a summary.': '输出一个 JSON 对象而不是摘要。',
    'Stop starting LIKE baseline searches after this many seconds (default 120).':
        '超过此秒数后不再开始新的 LIKE 基线搜索（默认 120）。',
    '--baseline-budget must be a number of seconds.': '--baseline-budget 必须是秒数。',
    'Unable to open the database: the busy timeout "%1" is not a number of milliseconds.':
        '无法打开数据库：忙等待超时 "%1" 不是毫秒数。',
    'Unable to open the database: unknown connection option "%1".': '无法打开数据库：未知的连接选项 "%1"。',
    'Unable to open the database file.': '无法打开数据库文件。',
    'The database connection is closed.': '数据库连接已关闭。',
    'Unable to begin the transaction.': '无法开始事务。',
    'Unable to commit the transaction.': '无法提交事务。',
    'Unable to roll back the transaction.': '无法回滚事务。',
    'Unable to prepare the statement: the database connection is closed.': '无法准备语句：数据库连接已关闭。',
    'Unable to prepare the statement.': '无法准备语句。',
    'Unable to prepare the statement: it contains no SQL.': '无法准备语句：其中没有 SQL。',
    'Unable to prepare the statement: only one statement can be executed at a time.':
        '无法准备语句：一次只能执行一条语句。',
    'Unable to execute the statement: it is not prepared or the database connection is closed.':
        '无法执行语句：语句未准备好或数据库连接已关闭。',
    'Unable to execute the statement: no value is bound to parameter %1.': '无法执行语句：参数 %1 没有绑定值。',
    'Unable to bind parameter %1: the value does not fit into a 64-bit signed integer.':
        '无法绑定参数 %1：该值超出 64 位有符号整数范围。',
    'Unable to bind parameter %1: values of type %2 are not supported.': '无法绑定参数 %1：不支持 %2 类型的值。',
    'Unable to bind parameter %1.': '无法绑定参数 %1。',
    'Unable to execute the statement.': '无法执行语句。',
}
