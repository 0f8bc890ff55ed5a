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
            <location line="+2" />
            <location filename="../app/admin/dbcommands.cpp" line="+25" />
            <source>File whose first line is the database passphrase ("-" = standard input).</source>
            <translation>首行为数据库口令的文件（“-”表示标准输入）。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The backup file to write; it must not exist yet.</source>
            <translation>要写入的备份文件；该文件必须尚不存在。</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Wrote the encrypted backup %1. It opens with the same passphrase as %2.</source>
            <translation>已写入加密备份 %1，其口令与 %2 相同。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Checks a backup (passphrase, integrity, schema version, audit chain) and only then replaces the database with it. A damaged or foreign backup is refused and nothing is overwritten.</source>
            <translation>先检查备份（口令、完整性、数据库结构版本、审计链），通过后才用它替换数据库。损坏的或不属于本系统的备份会被拒绝，不会覆盖任何文件。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The backup file to restore.</source>
            <translation>要恢复的备份文件。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>File whose first line is the backup's passphrase ("-" = standard input).</source>
            <translation>首行为备份口令的文件（“-”表示标准输入）。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The database file to replace (or create).</source>
            <translation>要替换（或新建）的数据库文件。</translation>
        </message>
        <message>
            <location line="+10" />
            <location filename="../app/admin/cliutil.cpp" line="+227" />
            <source>%1 is a folder, not a database file.</source>
            <translation>%1 是文件夹，不是数据库文件。</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../app/admin/cliutil.cpp" line="+16" />
            <source>The folder %1 does not exist.</source>
            <translation>文件夹 %1 不存在。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The backup and the database are the same file.</source>
            <translation>备份与数据库是同一个文件。</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Nothing was restored; %1 is unchanged.</source>
            <translation>未恢复任何内容；%1 保持不变。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Restored %1 from the backup %2.</source>
            <translation>已从备份 %2 恢复 %1。</translation>
        </message>
        <message>
            <location filename="../app/admin/benchcommand.cpp" line="+27" />
            <source>Runs a benchmark. "storage": the same bulk insert, indexed lookups and range scans on an encrypted and on an unencrypted database, with their ratio.</source>
            <translation>运行基准测试。“storage”：在加密和未加密的数据库上分别执行相同的批量插入、索引查询和范围扫描，并给出两者的比值。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Number of rows to insert.</source>
            <translation>要插入的行数。</translation>
        </message>
        <message>
            <location line="+1" />
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
            <location line="+2" />
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
            <location filename="../app/admin/cliutil.cpp" line="-153" />
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
            <location line="+11" />
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
            <location line="+4" />
            <source>The file %1 (%2) does not exist.</source>
            <translation>文件 %1（%2）不存在。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 (%2) is a folder, not a file.</source>
            <translation>%1（%2）是文件夹，不是文件。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The file %1 (%2) cannot be read: %3</source>
            <translation>无法读取文件 %1（%2）：%3</translation>
        </message>
        <message>
            <location line="+12" />
            <source>%1 (%2) cannot be read.</source>
            <translation>无法读取 %1（%2）。</translation>
        </message>
        <message>
            <location line="+20" />
            <source>The first line of %1 (%2) is too long.</source>
            <translation>%1（%2）的首行过长。</translation>
        </message>
        <message>
            <location line="+9" />
            <source>The first line of %1 (%2) is empty; an empty passphrase or password is not allowed.</source>
            <translation>%1（%2）的首行为空；不允许使用空的口令或密码。</translation>
        </message>
        <message>
            <location line="+13" />
            <source>The file %1 does not exist.</source>
            <translation>文件 %1 不存在。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The file %1 cannot be read (permission denied).</source>
            <translation>无法读取文件 %1（权限不足）。</translation>
        </message>
        <message>
            <location line="+9" />
            <source>%1 already exists; shopwarden-admin never overwrites it and has changed nothing.</source>
            <translation>%1 已存在；shopwarden-admin 从不覆盖已有文件，未做任何更改。</translation>
        </message>
        <message>
            <location filename="../app/admin/dbcommands.cpp" line="-5" />
            <source>The database file.</source>
            <translation>数据库文件。</translation>
        </message>
        <message>
            <location line="+34" />
            <source>Creates a new encrypted Shopwarden database and its first administrator. An existing file is never touched.</source>
            <translation>新建一个加密的店务管家数据库及其第一位系统管理员。绝不改动已存在的文件。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The database file to create.</source>
            <translation>要新建的数据库文件。</translation>
        </message>
        <message>
            <location line="+2" />
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
            <location line="+40" />
            <source>Created the encrypted database %1 with the administrator "%2".</source>
            <translation>已新建加密数据库 %1，系统管理员为“%2”。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Verifies a database without changing it: encryption, PRAGMA integrity_check, schema version and the audit log's hash chain. Prints "ok" last when all is well.</source>
            <translation>在不做任何更改的前提下检查数据库：加密、PRAGMA integrity_check、数据库结构版本以及审计日志的哈希链。全部正常时最后输出“ok”。</translation>
        </message>
        <message>
            <location line="+22" />
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
            <location line="+1" />
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
            <location line="+10" />
            <source>Changes the database passphrase: re-encrypts the file with a key derived from the new passphrase. On failure the old passphrase stays valid.</source>
            <translation>更改数据库口令：用由新口令派生的密钥重新加密文件。如果失败，旧口令仍然有效。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>File whose first line is the current passphrase ("-" = standard input).</source>
            <translation>首行为当前口令的文件（“-”表示标准输入）。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>File whose first line is the new passphrase ("-" = standard input).</source>
            <translation>首行为新口令的文件（“-”表示标准输入）。</translation>
        </message>
        <message>
            <location line="+22" />
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
  bench    run a benchmark (bench storage --rows N --json)

Run "shopwarden-admin COMMAND --help" for a command's options.
Exit codes: 0 success, 2 usage error, 3 wrong passphrase or not a Shopwarden database, 4 any other error.</source>
            <translation>用法：shopwarden-admin 命令 [选项]

命令：
  init     新建加密数据库及第一位系统管理员
  check    检查加密、完整性、数据库结构版本和审计链
  rekey    更改数据库口令
  backup   写入加密备份
  restore  检查备份并用它替换数据库
  bench    运行基准测试（bench storage --rows N --json）

运行“shopwarden-admin 命令 --help”查看某个命令的选项。
退出码：0 成功，2 用法错误，3 口令错误或不是店务管家数据库，4 其他错误。</translation>
        </message>
        <message>
            <location line="+59" />
            <source>Unknown command "%1".</source>
            <translation>未知命令“%1”。</translation>
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
        <name>Services</name>
        <message>
            <location filename="../core/services/sqlsupport.cpp" line="+43" />
            <source>The change was not saved because another record already uses the same value where values must be unique.</source>
            <translation>更改未保存：另一条记录已使用了相同的值，而该值必须唯一。</translation>
        </message>
        <message>
            <location line="+6" />
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
            <source>The record no longer exists; it may have been deleted meanwhile.</source>
            <translation>该记录已不存在，可能已被他人删除。</translation>
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
            <location filename="../ui/logindialog.cpp" line="+31" />
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
            <location line="+42" />
            <source>Checking…</source>
            <translation>正在验证…</translation>
        </message>
    </context>
    <context>
        <name>sw::ui::MainWindow</name>
        <message>
            <location filename="../ui/mainwindow.cpp" line="+92" />
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
            <location line="+33" />
            <source>The database passphrase was changed.</source>
            <translation>数据库口令已更改。</translation>
        </message>
        <message>
            <location line="+13" />
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
        <name>sw::ui::SessionController</name>
        <message>
            <location filename="../ui/sessioncontroller.cpp" line="+99" />
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
            <location line="+32" />
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
    <context>
        <name>Database</name>
        <message>
            <source>Please enter a passphrase.</source>
            <translation>请输入口令。</translation>
        </message>
        <message>
            <source>The file %1 already exists. Choose a new file name for the database.</source>
            <translation>文件 %1 已存在。请为数据库选择一个新的文件名。</translation>
        </message>
        <message>
            <source>The folder for the database file %1 does not exist.</source>
            <translation>数据库文件 %1 所在的文件夹不存在。</translation>
        </message>
        <message>
            <source>The encrypted database could not be created.</source>
            <translation>无法创建加密数据库。</translation>
        </message>
        <message>
            <source>The database is damaged.</source>
            <translation>数据库已损坏。</translation>
        </message>
        <message>
            <source>The passphrase could not be changed; the old passphrase is still valid.</source>
            <translation>口令未能更改；旧口令仍然有效。</translation>
        </message>
        <message>
            <source>The backup file %1 already exists.</source>
            <translation>备份文件 %1 已存在。</translation>
        </message>
        <message>
            <source>The folder for the backup file %1 does not exist.</source>
            <translation>备份文件 %1 所在的文件夹不存在。</translation>
        </message>
        <message>
            <source>The backup %1 could not be written.</source>
            <translation>无法写入备份 %1。</translation>
        </message>
        <message>
            <source>%1 is a folder, not a database file.</source>
            <translation>%1 是文件夹，不是数据库文件。</translation>
        </message>
        <message>
            <source>The backup could not be copied next to %1.</source>
            <translation>无法将备份复制到 %1 所在位置。</translation>
        </message>
        <message>
            <source>The backup %1 is damaged.</source>
            <translation>备份 %1 已损坏。</translation>
        </message>
        <message>
            <source>The database file %1 cannot be opened.</source>
            <translation>无法打开数据库文件 %1。</translation>
        </message>
        <message>
            <source>The database driver is not available.</source>
            <translation>数据库驱动不可用。</translation>
        </message>
        <message>
            <source>The database file %1 cannot be written.</source>
            <translation>无法写入数据库文件 %1。</translation>
        </message>
        <message>
            <source>The database file %1 does not exist.</source>
            <translation>数据库文件 %1 不存在。</translation>
        </message>
        <message>
            <source>The database file %1 cannot be read.</source>
            <translation>无法读取数据库文件 %1。</translation>
        </message>
        <message>
            <source>%1 is not a Shopwarden database, or it is damaged or incomplete.</source>
            <translation>%1 不是店务管家数据库，或者已损坏、不完整。</translation>
        </message>
        <message>
            <source>%1 is an unencrypted SQLite database, not a Shopwarden database.</source>
            <translation>%1 是未加密的 SQLite 数据库，不是店务管家数据库。</translation>
        </message>
        <message>
            <source>A database command failed.</source>
            <translation>数据库命令执行失败。</translation>
        </message>
        <message>
            <source>The database could not be unlocked.</source>
            <translation>无法解锁数据库。</translation>
        </message>
        <message>
            <source>Encryption is not available, so the database %1 cannot be opened.</source>
            <translation>加密功能不可用，因此无法打开数据库 %1。</translation>
        </message>
        <message>
            <source>The passphrase does not open the database %1. If the passphrase is right, the file is not a Shopwarden database or it is damaged.</source>
            <translation>该口令无法打开数据库 %1。如果口令无误，则该文件不是店务管家数据库或已损坏。</translation>
        </message>
        <message>
            <source>%1 is not a Shopwarden database, or it is damaged.</source>
            <translation>%1 不是店务管家数据库，或者已损坏。</translation>
        </message>
        <message>
            <source>The file %1 already exists.</source>
            <translation>文件 %1 已存在。</translation>
        </message>
        <message>
            <source>The file %1 could not be created.</source>
            <translation>无法创建文件 %1。</translation>
        </message>
        <message>
            <source>The database could not be copied to %1.</source>
            <translation>无法将数据库复制到 %1。</translation>
        </message>
        <message>
            <source>The file %1 could not be written.</source>
            <translation>无法写入文件 %1。</translation>
        </message>
        <message>
            <source>The file %1 could not be replaced.</source>
            <translation>无法替换文件 %1。</translation>
        </message>
    </context>
    <context>
        <name>Migrations</name>
        <message>
            <source>The database could not be upgraded to schema version %1.</source>
            <translation>无法将数据库升级到结构版本 %1。</translation>
        </message>
        <message>
            <source>A schema migration file has an invalid name.</source>
            <translation>某个数据库结构迁移文件的名称无效。</translation>
        </message>
        <message>
            <source>A schema migration file has an invalid number.</source>
            <translation>某个数据库结构迁移文件的编号无效。</translation>
        </message>
        <message>
            <source>The schema version of the database could not be read.</source>
            <translation>无法读取数据库的结构版本。</translation>
        </message>
        <message>
            <source>This database has schema version %1, but this version of Shopwarden only knows schema versions up to %2. Please install a newer Shopwarden.</source>
            <translation>此数据库的结构版本为 %1，而当前版本的店务管家只支持到版本 %2。请安装更新版本的店务管家。</translation>
        </message>
    </context>
</TS>
