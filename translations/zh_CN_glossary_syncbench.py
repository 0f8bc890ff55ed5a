# Simplified Chinese for `shopwarden-admin bench sync` (issue 4, bench/syncbench*).
# Terms: benchmark 基准测试, workstation 工作站, server 服务器, pull 拉取, push 推送.

GLOSSARY = {
    "Usage: shopwarden-admin COMMAND [options]\n"
    "\n"
    "Commands:\n"
    "  init     create a new encrypted database and its first administrator\n"
    "  check    verify encryption, integrity, schema version and the audit chain\n"
    "  rekey    change the database passphrase\n"
    "  backup   write an encrypted backup copy\n"
    "  restore  check a backup and put it in place of the database\n"
    "  bench    run a benchmark (bench storage --rows N --json, bench tickets --db FILE ...,\n"
    "           bench sync [--tickets N --clients N --seconds N] --json)\n"
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
        "  bench    运行基准测试（bench storage --rows N --json，bench tickets --db 文件 ...，\n"
        "           bench sync [--tickets N --clients N --seconds N] --json）\n"
        "  seed     向数据库填充演示工单（seed --tickets N）\n"
        "  calendar 工作日历（calendar list --year 年份，import --csv 文件，export --year 年份 --out 文件）\n"
        "\n"
        "运行 \"shopwarden-admin 命令 --help\" 查看该命令的选项。\n"
        "退出码：0 成功，2 用法错误，3 口令错误或不是店务管家数据库，4 其他错误。",
    "Times sync against a real shopwarden-server and PostgreSQL on this machine: the initial pull of N tickets "
    "with their timelines into an empty encrypted workstation database (against a PostgreSQL COPY of the same "
    "rows), how long the GUI thread stalls meanwhile, the push of local changes, and many simulated clients at "
    "once. Without --url it starts a throwaway PostgreSQL cluster and server and stops them afterwards; with "
    "--url it adds its data to that server (use an empty database).":
        "在本机用真实的 shopwarden-server 和 PostgreSQL 测量同步速度：把 N 张工单及其服务跟踪首次拉取到空的加密工作站数据库"
        "（对照 PostgreSQL 用 COPY 写入相同的行）、其间界面线程最长卡顿多久、推送本地更改，以及大量模拟客户端同时工作。"
        "不带 --url 时会启动临时的 PostgreSQL 集群和服务器，结束后停止；带 --url 时把数据加入该服务器（请使用空数据库）。",
    "Tickets to load and pull, 3–8 timeline events each (default 100000).": "要载入并拉取的工单数，每张 3–8 条服务跟踪（默认 100000）。",
    "Local changes to push in one sync (default 10000).": "一次同步中推送的本地更改数（默认 10000）。",
    "Simulated clients at once (default 50).": "同时运行的模拟客户端数（默认 50）。",
    "How long the simulated clients run (default 60).": "模拟客户端运行的秒数（默认 60）。",
    "Ops per push of a simulated client (default 5).": "模拟客户端每次推送的更改数（默认 5）。",
    "Pause of a simulated client after each request (default 0: back to back); paced clients start spread over one pause.":
        "模拟客户端每次请求后的暂停毫秒数（默认 0：连续请求）；有暂停的客户端在一个暂停时长内错开启动。",
    "A running server (needs --pg; use an empty database).": "正在运行的服务器（需同时给出 --pg；请使用空数据库）。",
    "The measured workstation signs in as this user, who must see and work every ticket (a manager; default: a manager the benchmark adds).":
        "被测工作站以此用户登录，该用户须能查看和处理所有工单（经理；默认：基准测试自行添加的一位经理）。",
    "File whose first line is that user's password (\"-\" = standard input).": "第一行为该用户密码的文件（“-”表示标准输入）。",
    "With --url: libpq \"host=… port=… dbname=… user=…\" of the server's database, for loading the data with COPY.":
        "与 --url 一起使用：服务器数据库的 libpq 连接串“host=… port=… dbname=… user=…”，用于以 COPY 载入数据。",
    "scripts/pg-test-cluster (default: looked for near this program).": "scripts/pg-test-cluster（默认：在本程序附近查找）。",
    "PostgreSQL's programs (default /usr/lib/postgresql/15/bin).": "PostgreSQL 程序所在目录（默认 /usr/lib/postgresql/15/bin）。",
    "shopwarden-server (default: next to this program or in ../server/).": "shopwarden-server（默认：本程序旁边或 ../server/ 中）。",
    "threads of the server started here (default: the server's own default).": "此处启动的服务器的线程数（默认：服务器自身的默认值）。",
    "Folder for the temporary files (default: the system's temporary folder). They are deleted afterwards.":
        "临时文件所在文件夹（默认：系统临时文件夹），结束后删除。",
    "--tickets must be a whole number from 1 to 10000000.": "--tickets 必须是 1 到 10000000 之间的整数。",
    "--push-ops must be a whole number from 1 to 1000000.": "--push-ops 必须是 1 到 1000000 之间的整数。",
    "--clients must be a whole number from 1 to 1000.": "--clients 必须是 1 到 1000 之间的整数。",
    "--seconds must be a whole number from 1 to 86400.": "--seconds 必须是 1 到 86400 之间的整数。",
    "--batch must be a whole number from 1 to 1000.": "--batch 必须是 1 到 1000 之间的整数。",
    "--think-ms must be a whole number from 0 to 600000.": "--think-ms 必须是 0 到 600000 之间的整数。",
    "--server-threads must be a whole number from 1 to 1024.": "--server-threads 必须是 1 到 1024 之间的整数。",
    "--url needs --pg as well.": "--url 需要同时给出 --pg。",
    "--url must be http(s)://host:port.": "--url 必须是 http(s)://主机:端口 的形式。",
    "--pg goes with --url only.": "--pg 只能与 --url 一起使用。",
    "--login and --password-file go together.": "--login 与 --password-file 必须同时给出。",
}
