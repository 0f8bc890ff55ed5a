<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>AdminCli</name>
        <message>
            <location filename="../app/admin/backupcommands.cpp" line="+43" />
            <source>Writes an encrypted copy of the database (same passphrase) to a new file. The database may stay in use meanwhile.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>The database file to back up.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <location filename="../app/admin/dbcommands.cpp" line="+25" />
            <source>File whose first line is the database passphrase ("-" = standard input).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>The backup file to write; it must not exist yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+21" />
            <source>Wrote the encrypted backup %1. It opens with the same passphrase as %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Checks a backup (passphrase, integrity, schema version, audit chain) and only then replaces the database with it. A damaged or foreign backup is refused and nothing is overwritten.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>The backup file to restore.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>File whose first line is the backup's passphrase ("-" = standard input).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>The database file to replace (or create).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <location filename="../app/admin/cliutil.cpp" line="+227" />
            <source>%1 is a folder, not a database file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <location filename="../app/admin/cliutil.cpp" line="+16" />
            <source>The folder %1 does not exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>The backup and the database are the same file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+17" />
            <source>Nothing was restored; %1 is unchanged.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Restored %1 from the backup %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../app/admin/benchcommand.cpp" line="+27" />
            <source>Runs a benchmark. "storage": the same bulk insert, indexed lookups and range scans on an encrypted and on an unencrypted database, with their ratio.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Number of rows to insert.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Print one JSON object instead of a table.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Folder for the two test databases (default: a temporary folder). They are deleted afterwards.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Page cache size in KiB for both databases (default: what the app uses).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>PRAGMA synchronous for both databases: OFF, NORMAL or FULL (default: what the app uses).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Unknown benchmark "%1"; the only one is "storage".</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>--rows must be a whole number from 1 to 100000000.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>--cache-kib must be a whole number from 1 to 67108864.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>--synchronous must be OFF, NORMAL or FULL.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../app/admin/cliutil.cpp" line="-153" />
            <source>Unexpected argument "%1".</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Missing argument %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>The option --%1 is required.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>The option --%1 needs a value.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+21" />
            <location line="+23" />
            <source>Usage: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-22" />
            <source>Options:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>Show this help.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>A passphrase or password file holds the secret on its first line; "-" reads it from standard input.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Exit codes: 0 success, 2 usage error, 3 wrong passphrase or not a Shopwarden database, 4 any other error.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Run "shopwarden-admin %1 --help" for details.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>Only one passphrase or password can be read from standard input ("-").</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>standard input</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Standard input cannot be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>The file %1 (%2) does not exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>%1 (%2) is a folder, not a file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>The file %1 (%2) cannot be read: %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>%1 (%2) cannot be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+20" />
            <source>The first line of %1 (%2) is too long.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>The first line of %1 (%2) is empty; an empty passphrase or password is not allowed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>The file %1 does not exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>The file %1 cannot be read (permission denied).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>%1 already exists; shopwarden-admin never overwrites it and has changed nothing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../app/admin/dbcommands.cpp" line="-5" />
            <source>The database file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+34" />
            <source>Creates a new encrypted Shopwarden database and its first administrator. An existing file is never touched.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>The database file to create.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Login of the first administrator.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>File whose first line is the administrator's password ("-" = standard input).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Display name of the administrator (default: the login).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+40" />
            <source>Created the encrypted database %1 with the administrator "%2".</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Verifies a database without changing it: encryption, PRAGMA integrity_check, schema version and the audit log's hash chain. Prints "ok" last when all is well.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+22" />
            <source>cipher: SQLCipher %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <location line="+4" />
            <source>integrity: FAILED</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>PRAGMA integrity_check reports %n problem(s):</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location line="+4" />
            <source>integrity: ok</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>schema: version %1 of %2 (older; the app migrates it when it next opens it)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>schema: version %1 of %2</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+5" />
            <source>audit chain: %n entries, intact</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location line="+3" />
            <source>audit chain: BROKEN</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>The check of %1 found problems (see above).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>Changes the database passphrase: re-encrypts the file with a key derived from the new passphrase. On failure the old passphrase stays valid.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>File whose first line is the current passphrase ("-" = standard input).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>File whose first line is the new passphrase ("-" = standard input).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+22" />
            <source>The passphrase of %1 has been changed. From now on only the new passphrase opens it.</source>
            <translation type="unfinished" />
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
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+59" />
            <source>Unknown command "%1".</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AuditLog</name>
        <message>
            <location filename="../core/services/auditlog.cpp" line="+116" />
            <source>The audit log has been tampered with: entry %1 is missing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
            <source>The audit log has been tampered with: entry %1 was changed.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AuthService</name>
        <message>
            <location filename="../core/services/authservice.cpp" line="+28" />
            <source>The login or password is incorrect.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+98" />
            <source>This account is locked after too many failed sign-in attempts. Try again after %1 or ask an administrator to unlock it.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>KeyDerivation</name>
        <message>
            <location filename="../core/storage/keyderivation.cpp" line="+35" />
            <source>The passphrase must not be empty.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>The key derivation salt has the wrong size.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>There is not enough memory to derive the database key.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PassphraseStrength</name>
        <message>
            <location filename="../ui/passphrasestrength.cpp" line="+55" />
            <source>Too short: a passphrase needs at least %1 characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Strength: weak. Use more words or more kinds of characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Strength: fair.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Strength: strong.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RoleNames</name>
        <message>
            <location filename="../ui/rolenames.cpp" line="+16" />
            <source>, </source>
            <extracomment>Separator between role names in a list; Chinese uses the enumeration comma "、".</extracomment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Roles</name>
        <message>
            <location filename="../core/domain/roles.cpp" line="+69" />
            <source>Customer-service agent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Customer-service lead</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Merchant auditor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Trainer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Manager</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Administrator</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Services</name>
        <message>
            <location filename="../core/services/sqlsupport.cpp" line="+43" />
            <source>The change was not saved because another record already uses the same value where values must be unique.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>The database could not complete the operation.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+22" />
            <source>You do not have permission to manage users. Ask an administrator.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>You do not have permission to manage teams. Ask an administrator.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>You do not have permission to change shared settings. Ask an administrator.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>You do not have permission to view the audit log.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>You do not have permission to back up or restore the database.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/services/writetransaction.cpp" line="+29" />
            <source>An internal error occurred; the change was not saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+138" />
            <source>The record no longer exists; it may have been deleted meanwhile.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SettingsService</name>
        <message>
            <location filename="../core/services/settingsservice.cpp" line="+18" />
            <source>A setting name must be 1 to 64 characters long and use only lowercase letters, digits, '.' and '_'.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>UserEditDialog</name>
        <message>
            <location filename="../ui/usereditdialog.ui" line="+9" />
            <source>User</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>&amp;Login:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>letters, digits, . _ -</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Display name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>&amp;Team:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
            <source>New &amp;Team…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Active (may sign in)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Roles</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Separation of duties: this user would both set the rules (administrator) and approve under them (manager). Give one person both roles only if there is no one else.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Initial password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Password:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>&amp;Repeat password:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>UserService</name>
        <message>
            <location filename="../core/services/userservice.cpp" line="+36" />
            <source>The login must be 3 to 32 characters long and may contain only letters, digits, '.', '_' and '-'.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>The name must be 1 to %1 characters long.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Choose at least one role.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>The password must not be the same as the login.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>The password could not be protected because the computer is short of memory. Close other programs and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+22" />
            <source>The login “%1” is already taken.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>The chosen team does not exist any more.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+56" />
            <location line="+138" />
            <location line="+123" />
            <source>The user no longer exists.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-240" />
            <source>You cannot deactivate your own account.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>You cannot remove the administrator role from your own account.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>This is the last active administrator. Give another user the administrator role first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+66" />
            <source>The password must be at least %1 characters long.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>The password must not consist of spaces only.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+162" />
            <source>The current password is incorrect.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+52" />
            <source>The team name must be 1 to %1 characters long.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>A team named “%1” already exists.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+31" />
            <source>This database already has users; sign in as an administrator.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <location filename="../app/desktop/main.cpp" line="+25" />
            <source>Shopwarden (店务管家): back office for an e-commerce platform's service staff.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Use the database FILE instead of the one in the user's data folder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>FILE</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Start on a throwaway database filled with demo data; prints its passphrase and logins.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>--db and --demo cannot be used together.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>sw::domain::BusinessCalendar</name>
        <message>
            <location filename="../core/domain/businesscalendar.cpp" line="+65" />
            <source>The calendar day has no valid date.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>%1 is already in the calendar.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>%1 falls on a weekend, which is a day off anyway; list only holidays that fall on weekdays.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>%1 is a weekday, which is a working day anyway; a make-up working day must fall on a weekend.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>The calendar day %1 has no name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+139" />
            <source>Line %1: the first line must be the header “date,type,name”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Line %1: expected three fields: date, type and name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>Line %1: “%2” is not a date in the form YYYY-MM-DD.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>Line %1: unknown day type “%2”; use “holiday” or “workday”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Line %1: %2 is already listed on line %3.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Line %1: %2 falls on a weekend, which is a day off anyway; list only holidays that fall on weekdays.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Line %1: %2 is a weekday, which is a working day anyway; a make-up working day must fall on a weekend.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Line %1: the day %2 has no name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>The calendar file is empty; it needs at least the header line “date,type,name”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+20" />
            <source>The built-in holiday calendar is missing.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>sw::domain::SearchText</name>
        <message>
            <location filename="../core/domain/searchtext.cpp" line="+161" />
            <source>“%1” is a single Chinese character and cannot be searched on its own; type at least two characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
            <source>Type at least two Chinese characters, a word or a number to search.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>sw::domain::SlaClock</name>
        <message>
            <location filename="../core/domain/slaclock.cpp" line="+168" />
            <source>due now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>%1 d %2 h left</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>%1 h %2 min left</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>%1 min left</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>less than 1 min left</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>overdue by %1 d %2 h</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>overdue by %1 h %2 min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>overdue by %1 min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>overdue by less than 1 min</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>sw::domain::SlaPolicy</name>
        <message>
            <location filename="../core/domain/slapolicy.cpp" line="+74" />
            <source>The first-response target must be between 1 hour and 90 days (%1 hours); it is %2 hours.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>The first-response target for special cases must be between 1 hour and 90 days (%1 hours); it is %2 hours.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>The resolution target for %1 tickets of priority %2 must be between 1 hour and 90 days (%3 hours); it is %4 hours.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>The warning threshold must be between 1 % and 99 % of the target; it is %1 %.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+35" />
            <source>The SLA setting “%1” must be a whole number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>The SLA settings were written by a newer or unknown version of Shopwarden.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>Unknown SLA calendar “%1”; use “calendar_hours” or “business_days”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>The SLA setting “resolutionHours” must be an object.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Unknown ticket kind “%1” in the resolution targets.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Unknown priority “%1” in the resolution targets.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>The resolution target for %1 tickets of priority %2 must be a whole number of hours.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>sw::domain::Ticket</name>
        <message>
            <location filename="../core/domain/ticketenums.cpp" line="+127" />
            <source>Inquiry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Complaint</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Suggestion</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Online</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Email</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Low</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Normal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>High</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Urgent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>New</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Pending customer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Resolved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Closed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>On track</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Warning</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Breached</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Met</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Paused</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>sw::domain::TicketWorkflow</name>
        <message>
            <location filename="../core/domain/ticketworkflow.cpp" line="+40" />
            <source>The ticket is already “%1”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>A ticket that is “%1” is final and cannot be changed to “%2”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>A ticket cannot go from “%1” to “%2”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>The ticket needs an owner before it can go from “%1” to “%2”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>The ticket cannot go from “%1” to “%2” because its resolution time is unknown.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>The ticket cannot go from “%1” back to “%2”: it was resolved on %3, and a ticket can only be reopened within 7 days.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>sw::models::UserTableModel</name>
        <message>
            <location filename="../models/usertablemodel.cpp" line="+76" />
            <source>Active</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Inactive</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Never</source>
            <comment>last sign-in</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+34" />
            <source>Locked after failed sign-ins until %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+24" />
            <source>Login</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Roles</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Team</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Status</source>
            <comment>active or inactive</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Last sign-in</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>sw::ui::ChangePassphraseDialog</name>
        <message>
            <location filename="../ui/changepassphrasedialog.cpp" line="+28" />
            <source>Change Database Passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Change Passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>The database will be re-encrypted with a key made from the new passphrase. Everyone who unlocks this workstation needs the new passphrase afterwards; backups keep the passphrase they were made with.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>&amp;New passphrase:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Repeat new passphrase:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+35" />
            <source>The passphrase needs at least %1 characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>The two passphrases do not match.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Re-encrypting the database…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>sw::ui::FirstRunDialog</name>
        <message>
            <location filename="../ui/firstrundialog.cpp" line="+58" />
            <source>Welcome to Shopwarden</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Shopwarden keeps its data in an encrypted database on this computer. Choose the passphrase that unlocks it and create the first administrator account.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Database passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Passphrase:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Repeat passphrase:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Nobody can recover the data without this passphrase. Write it down and keep it somewhere safe.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Administrator account</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Login:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Display name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Pass&amp;word:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>R&amp;epeat password:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Database file: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Create database</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+56" />
            <source>The passphrase needs at least %1 characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>The two passphrases do not match.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Enter a login for the administrator.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Enter the administrator's display name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>The two passwords do not match.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Use a password different from the database passphrase.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Creating the encrypted database…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>A file already exists at %1.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>sw::ui::HomePane</name>
        <message>
            <location filename="../ui/homepane.cpp" line="+18" />
            <source>Welcome, %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>Signed in as:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>%1 (%2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Roles:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Database file:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Choose an area on the left. Only the areas your roles may open are listed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
            <source>Home</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>sw::ui::LoginDialog</name>
        <message>
            <location filename="../ui/logindialog.cpp" line="+31" />
            <source>Sign in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Sign in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Database: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Login:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Password:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+42" />
            <source>Checking…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>sw::ui::MainWindow</name>
        <message>
            <location filename="../ui/mainwindow.cpp" line="+92" />
            <source>&amp;File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Change &amp;Passphrase…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Sign &amp;Out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Edit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Copy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>&amp;View</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Refresh</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Language…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;About Shopwarden</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>About &amp;Qt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>%1 (%2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Signed-in user</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Roles of the signed-in user</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Database file: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+33" />
            <source>The database passphrase was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>About Shopwarden</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&lt;h3&gt;Shopwarden (店务管家) %1&lt;/h3&gt;&lt;p&gt;Back office for an e-commerce platform's service staff: tickets, after-sales, merchant reviews, product audits, training and KPIs.&lt;/p&gt;&lt;p&gt;Data is kept in an encrypted SQLCipher database on this computer.&lt;/p&gt;</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>sw::ui::ResetPasswordDialog</name>
        <message>
            <location filename="../ui/resetpassworddialog.cpp" line="+29" />
            <source>Reset Password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Reset Password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Set a new password for %1 (%2). Tell it to them in person; the old password stops working at once.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>&amp;New password:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Repeat new password:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+32" />
            <source>The two passwords do not match.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Saving the new password…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>sw::ui::SessionController</name>
        <message>
            <location filename="../ui/sessioncontroller.cpp" line="+99" />
            <source>No temporary folder is available for the demo database.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Preparing the demo database…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Shopwarden demo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+32" />
            <source>Demo database: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Passphrase: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Logins (login / password):</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>sw::ui::SettingsDialog</name>
        <message>
            <location filename="../ui/settingsdialog.cpp" line="+21" />
            <source>Settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+22" />
            <source>Same as the system</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>The new language takes effect the next time Shopwarden starts.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>User interface language:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>sw::ui::UnlockDialog</name>
        <message>
            <location filename="../ui/unlockdialog.cpp" line="+25" />
            <source>Unlock database</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Unlock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Enter the passphrase of this workstation's database.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Database file: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>&amp;Passphrase:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+38" />
            <source>Unlocking…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>sw::ui::UserEditDialog</name>
        <message>
            <location filename="../ui/usereditdialog.cpp" line="+40" />
            <source>Edit User</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>New User</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+77" />
            <source>(no team)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+28" />
            <source>New Team</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Name of the new team:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+30" />
            <source>Enter a login.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Enter a display name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Give the user at least one role.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>The two passwords do not match.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>Creating the user…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Saving…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>sw::ui::UsersPane</name>
        <message>
            <location filename="../ui/userspane.cpp" line="+68" />
            <source>Filter by login or name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+45" />
            <location line="+51" />
            <source>Users</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-41" />
            <source>&amp;New User…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Create a user (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Edit…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Edit the selected user (Enter or double-click)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <location line="+65" />
            <source>&amp;Deactivate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-62" />
            <source>&amp;Reset Password…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Unlock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Lift the sign-in lock after too many failed attempts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Re&amp;fresh</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+56" />
            <source>&amp;Activate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+62" />
            <source>Deactivate User</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Activate User</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>Unlock User</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Database</name>
        <message>
            <source>Please enter a passphrase.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file %1 already exists. Choose a new file name for the database.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The folder for the database file %1 does not exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The encrypted database could not be created.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The database is damaged.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The passphrase could not be changed; the old passphrase is still valid.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The backup file %1 already exists.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The folder for the backup file %1 does not exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The backup %1 could not be written.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is a folder, not a database file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The backup could not be copied next to %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The backup %1 is damaged.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The database file %1 cannot be opened.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The database driver is not available.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The database file %1 cannot be written.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The database file %1 does not exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The database file %1 cannot be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is not a Shopwarden database, or it is damaged or incomplete.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is an unencrypted SQLite database, not a Shopwarden database.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A database command failed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The database could not be unlocked.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Encryption is not available, so the database %1 cannot be opened.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The passphrase does not open the database %1. If the passphrase is right, the file is not a Shopwarden database or it is damaged.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is not a Shopwarden database, or it is damaged.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file %1 already exists.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file %1 could not be created.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The database could not be copied to %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file %1 could not be written.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file %1 could not be replaced.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Migrations</name>
        <message>
            <source>The database could not be upgraded to schema version %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A schema migration file has an invalid name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A schema migration file has an invalid number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The schema version of the database could not be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This database has schema version %1, but this version of Shopwarden only knows schema versions up to %2. Please install a newer Shopwarden.</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
