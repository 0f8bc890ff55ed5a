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
            <location line="+3" />
            <location filename="../app/admin/calendarcommand.cpp" line="+31" />
            <location filename="../app/admin/dbcommands.cpp" line="+25" />
            <location filename="../app/admin/seedcommand.cpp" line="+31" />
            <location filename="../app/admin/ticketbenchcommand.cpp" line="+22" />
            <source>File whose first line is the database passphrase ("-" = standard input).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>The backup file to write; it must not exist yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+22" />
            <source>Wrote the encrypted backup %1. It opens with the same passphrase as %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Checks a backup (passphrase, integrity, schema version, audit chain) and only then replaces the database with it. A damaged or foreign backup is refused and nothing is overwritten.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>The backup file to restore.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>File whose first line is the backup's passphrase ("-" = standard input).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>The database file to replace (or create).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <location filename="../app/admin/cliutil.cpp" line="+235" />
            <source>%1 is a folder, not a database file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <location filename="../app/admin/cliutil.cpp" line="+19" />
            <source>The folder %1 does not exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>The backup and the database are the same file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+19" />
            <source>Nothing was restored; %1 is unchanged.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Restored %1 from the backup %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../app/admin/benchcommand.cpp" line="+36" />
            <source>Runs a benchmark. "storage": the same bulk insert, indexed lookups and range scans on an encrypted and on an unencrypted database, with their ratio.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Number of rows to insert.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
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
            <location line="+4" />
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
            <location filename="../app/admin/cliutil.cpp" line="-161" />
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
            <location line="+12" />
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
            <location line="+6" />
            <source>The file %1 (%2) does not exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>%1 (%2) is a folder, not a file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>The file %1 (%2) cannot be read: %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>%1 (%2) cannot be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+20" />
            <source>The first line of %1 (%2) is too long.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>The first line of %1 (%2) is empty; an empty passphrase or password is not allowed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>The file %1 does not exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>The file %1 cannot be read (permission denied).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>%1 already exists; shopwarden-admin never overwrites it and has changed nothing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../app/admin/calendarcommand.cpp" line="-2" />
            <location filename="../app/admin/dbcommands.cpp" line="-5" />
            <location filename="../app/admin/seedcommand.cpp" line="-2" />
            <location filename="../app/admin/ticketbenchcommand.cpp" line="-2" />
            <source>The database file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+35" />
            <source>--year must be a year from %1 to %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>Usage: shopwarden-admin calendar list|import|export [options]

  list    the public holidays and make-up working days of a year (--year Y)
  import  set the days listed in a CSV file (--csv FILE), all or nothing
  export  write a year as CSV (--year Y --out FILE)

Each takes --db FILE --passphrase-file F. Run "shopwarden-admin calendar SUBCOMMAND --help" for details.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>Lists the public holidays and make-up working days of a year as they are in effect: the built-in Chinese calendar with this database's custom entries. One line per day: date, weekday, type, source, name (tab-separated).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>The year to list.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+27" />
            <source>Sets every day listed in a CSV file (header "date,type,name"; type holiday, workday or normal) as a custom entry. All or nothing: a bad line is named with its number and nothing is saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>The CSV file to import.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>The file %1 cannot be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>Imported %1 days: %2 added, %3 changed, %4 already up to date.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>Writes the effective calendar of a year as CSV (UTF-8 with a byte-order mark) that "calendar import" reads back. FILE must not exist; "-" writes to standard output.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>The year to export.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>The CSV file to write.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+28" />
            <source>The file %1 cannot be written.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+24" />
            <source>The calendar command needs a subcommand: list, import or export.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Unknown calendar subcommand "%1".</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../app/admin/dbcommands.cpp" line="+34" />
            <source>Creates a new encrypted Shopwarden database and its first administrator. An existing file is never touched.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>The database file to create.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
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
            <location line="+43" />
            <source>Created the encrypted database %1 with the administrator "%2".</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Verifies a database without changing it: encryption, PRAGMA integrity_check, schema version and the audit log's hash chain. Prints "ok" last when all is well.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+23" />
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
            <location line="+2" />
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
            <location line="+11" />
            <source>Changes the database passphrase: re-encrypts the file with a key derived from the new passphrase. On failure the old passphrase stays valid.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>File whose first line is the current passphrase ("-" = standard input).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>File whose first line is the new passphrase ("-" = standard input).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+25" />
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
  bench    run a benchmark (bench storage --rows N --json, bench tickets --db FILE ...,
           bench sync [--tickets N --clients N --seconds N] --json)
  seed     fill a database with demo tickets (seed --tickets N)
  calendar business-day calendar (calendar list --year Y, import --csv FILE, export --year Y --out FILE)

Run "shopwarden-admin COMMAND --help" for a command's options.
Exit codes: 0 success, 2 usage error, 3 wrong passphrase or not a Shopwarden database, 4 any other error.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+64" />
            <source>Unknown command "%1".</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../app/admin/seedcommand.cpp" line="-5" />
            <source>Fills a database with demo data: customers, merchants and customer-service tickets with their timelines, SLA times and search index, and a dozen after-sales requests and disputes in every status. The demo staff is created when the database has no ticket handlers. The tickets are local (not queued for sync); the after-sales requests and disputes are created through their services, with audit and sync records.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Number of tickets to add.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Also add N merchants, each with a review in one of the statuses and three documents with scans (for the merchant review queue and "bench merchants").</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Seed of the random generator (default 20261128); the same seed gives the same data.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Also add the demo teams and agents when the database already has staff.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Create the database first (it must not exist), with the demo accounts.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Print the summary as one JSON object (with seconds per phase).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>--tickets must be a whole number from 0 to 50000000.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>--seed must be a whole number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>--merchants must be a whole number from 0 to 10000000.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+20" />
            <source>%1 of %2 tickets written</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+34" />
            <source>Created the demo accounts %1. They all have the demo password that ./scripts/run --demo prints; on a database in real use, change it or deactivate them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>Added %1 demo after-sales requests in every status.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Added %1 demo disputes in every status.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Added %1 demo merchant reviews in every status.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Seeded %1 merchants with %2 reviews and %3 documents in %4 s.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Seeded %1 tickets with %2 timeline events, %3 customers and %4 merchants in %5 s.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../app/admin/ticketbenchcommand.cpp" line="-4" />
            <source>Times the ticket queue on a seeded database (see "seed"): first page, filter, sort by due time, jump to the last row, full-text search against a LIKE baseline, and opening tickets. Changes nothing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../app/admin/syncbenchcommand.cpp" line="+33" />
            <source>Times sync against a real shopwarden-server and PostgreSQL on this machine: the initial pull of N tickets with their timelines into an empty encrypted workstation database (against a PostgreSQL COPY of the same rows), how long the GUI thread stalls meanwhile, the push of local changes, and many simulated clients at once. Without --url it starts a throwaway PostgreSQL cluster and server and stops them afterwards; with --url it adds its data to that server (use an empty database).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../app/admin/merchantbenchcommand.cpp" line="+15" />
            <source>Seeds a throwaway encrypted database with merchants (one review and three documents each) and times the merchant review queue opening and filtering, against reading every open review into memory.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Number of merchants (default 100000).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Folder for the test database (default: a temporary folder).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <location filename="../app/admin/syncbenchcommand.cpp" line="+7" />
            <location filename="../app/admin/ticketbenchcommand.cpp" line="+8" />
            <source>Print one JSON object instead of a summary.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>--merchants must be a whole number from 1 to 10000000.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../app/admin/syncbenchcommand.cpp" line="+2" />
            <source>Tickets to load and pull, 3–8 timeline events each (default 100000).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Local changes to push in one sync (default 10000).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Simulated clients at once (default 50).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>How long the simulated clients run (default 60).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Ops per push of a simulated client (default 5).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Pause of a simulated client after each request (default 0: back to back); paced clients start spread over one pause.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>A running server (needs --pg; use an empty database).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>The measured workstation signs in as this user, who must see and work every ticket (a manager; default: a manager the benchmark adds).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>File whose first line is that user's password ("-" = standard input).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>With --url: libpq "host=… port=… dbname=… user=…" of the server's database, for loading the data with COPY.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>scripts/pg-test-cluster (default: looked for near this program).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>PostgreSQL's programs (default /usr/lib/postgresql/15/bin).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>shopwarden-server (default: next to this program or in ../server/).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>threads of the server started here (default: the server's own default).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Folder for the temporary files (default: the system's temporary folder). They are deleted afterwards.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>--tickets must be a whole number from 1 to 10000000.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>--push-ops must be a whole number from 1 to 1000000.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>--clients must be a whole number from 1 to 1000.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>--seconds must be a whole number from 1 to 86400.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>--batch must be a whole number from 1 to 1000.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>--think-ms must be a whole number from 0 to 600000.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>--server-threads must be a whole number from 1 to 1024.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+16" />
            <source>--url needs --pg as well.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>--url must be http(s)://host:port.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>--pg goes with --url only.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>--login and --password-file go together.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../app/admin/ticketbenchcommand.cpp" line="+2" />
            <source>Stop starting LIKE baseline searches after this many seconds (default 120).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>--baseline-budget must be a number of seconds.</source>
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
        <name>Database</name>
        <message>
            <location filename="../core/storage/database.cpp" line="+31" />
            <source>Please enter a passphrase.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+195" />
            <source>The file %1 already exists. Choose a new file name for the database.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <location line="+224" />
            <source>The folder for the database file %1 does not exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-197" />
            <source>The encrypted database could not be created.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+60" />
            <location line="+7" />
            <source>The database is damaged.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+21" />
            <location line="+24" />
            <location line="+12" />
            <source>The passphrase could not be changed; the old passphrase is still valid.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+21" />
            <source>The backup file %1 already exists.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>The folder for the backup file %1 does not exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <location line="+12" />
            <location line="+8" />
            <source>The backup %1 could not be written.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/storage/cipherfile.cpp" line="+74" />
            <location filename="../core/storage/database.cpp" line="+16" />
            <source>%1 is a folder, not a database file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/storage/database.cpp" line="+14" />
            <source>The backup could not be copied next to %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>The backup %1 is damaged.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/storage/cipherfile.cpp" line="+97" />
            <location filename="../core/storage/database.cpp" line="-372" />
            <source>The database file %1 cannot be opened.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/storage/database.cpp" line="+6" />
            <location filename="../core/storage/rowset.cpp" line="+103" />
            <location line="+11" />
            <source>The database driver is not available.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>The database file %1 cannot be written.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/storage/cipherfile.cpp" line="-101" />
            <source>The database file %1 does not exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <location line="+13" />
            <source>The database file %1 cannot be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-8" />
            <source>%1 is not a Shopwarden database, or it is damaged or incomplete.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>%1 is an unencrypted SQLite database, not a Shopwarden database.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <location line="+13" />
            <location line="+13" />
            <source>A database command failed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+19" />
            <source>The database could not be unlocked.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+26" />
            <source>Encryption is not available, so the database %1 cannot be opened.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>The passphrase does not open the database %1. If the passphrase is right, the file is not a Shopwarden database or it is damaged.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <location line="+8" />
            <source>%1 is not a Shopwarden database, or it is damaged.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>The file %1 already exists.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+25" />
            <source>The file %1 could not be created.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>The database could not be copied to %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+20" />
            <location line="+10" />
            <source>The file %1 could not be written.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+25" />
            <source>The file %1 could not be replaced.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/storage/rowset.cpp" line="-82" />
            <source>The database could not be read.</source>
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
        <name>Migrations</name>
        <message>
            <location filename="../core/storage/migrations.cpp" line="+31" />
            <source>The database could not be upgraded to schema version %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+17" />
            <source>A schema migration file has an invalid name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>A schema migration file has an invalid number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+39" />
            <source>The schema version of the database could not be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>This database has schema version %1, but this version of Shopwarden only knows schema versions up to %2. Please install a newer Shopwarden.</source>
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
        <name>Seed</name>
        <message>
            <location filename="../core/services/merchantseeder.cpp" line="+78" />
            <source>The demo data could not be written.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Services</name>
        <message>
            <location filename="../core/services/sqlsupport.cpp" line="+43" />
            <location filename="../core/storage/rawstatement.cpp" line="+29" />
            <source>The change was not saved because another record already uses the same value where values must be unique.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <location filename="../core/storage/rawstatement.cpp" line="-9" />
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
            <location line="+201" />
            <source>The record no longer exists; it may have been deleted meanwhile.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>The record was changed meanwhile; reload and try again.</source>
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
        <name>SqlCipherDriver</name>
        <message>
            <location filename="../core/storage/sqlcipherdriver.cpp" line="+150" />
            <source>Unable to open the database: the busy timeout "%1" is not a number of milliseconds.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>Unable to open the database: unknown connection option "%1".</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>Unable to open the database file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+47" />
            <source>The database connection is closed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
            <source>Unable to begin the transaction.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Unable to commit the transaction.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Unable to roll back the transaction.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/storage/sqlcipherresult.cpp" line="+149" />
            <source>Unable to prepare the statement: the database connection is closed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>Unable to prepare the statement.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Unable to prepare the statement: it contains no SQL.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Unable to prepare the statement: only one statement can be executed at a time.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+40" />
            <source>Unable to execute the statement: it is not prepared or the database connection is closed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+35" />
            <source>Unable to execute the statement: no value is bound to parameter %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+45" />
            <source>Unable to bind parameter %1: the value does not fit into a 64-bit signed integer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+41" />
            <source>Unable to bind parameter %1: values of type %2 are not supported.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>Unable to bind parameter %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+71" />
            <source>Unable to execute the statement.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Sync</name>
        <message>
            <location filename="../core/sync/conflictservice.cpp" line="+63" />
            <source>This conflict does not exist or was already resolved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>Your role does not allow this change.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>The status change is not allowed from the status the record has on the server.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Separation of duties: the same person may not take both steps (e.g. the four-eyes review).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>The record is outside the records you may change.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>This computer's clock is more than 10 minutes ahead of the server; correct the clock.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>The server does not accept one of the values.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>The record was deleted on the server.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Another record on the server already uses this value (login, name or day).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>The server refused the change (%1).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+43" />
            <source>Only the author of a change (or an administrator) may resolve its conflict.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>This conflict cannot be resolved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/sync/syncstore_rows.cpp" line="+28" />
            <source>The server sent an answer this workstation cannot use; nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+172" />
            <source>Sync needs the encrypted database driver.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/sync/syncstore.cpp" line="+231" />
            <source>The attachment is missing.</source>
            <translation type="unfinished" />
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
        <name>sw::domain::AfterSales</name>
        <message>
            <location filename="../core/domain/aftersalesenums.cpp" line="+231" />
            <source>Refund</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Exchange</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Repair</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Quality problem</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Wrong item sent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Not as described</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>No-reason return</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Damaged in transit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Missing parts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Other reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Customised item</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Perishable goods</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Opened digital goods</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Final sale</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Submitted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Checking</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Awaiting approval</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Approved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Rejected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Returned for information</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Executed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Closed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Outside the after-sales period</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Item not eligible</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Insufficient evidence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Damage caused by misuse</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Amount not justified</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Duplicate request</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Other (see explanation)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Time limit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Item restrictions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Evidence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Refundable amount</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Passed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Not applicable</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Buyer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Merchant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Platform</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Collecting evidence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Decided</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Under appeal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Settled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Full refund</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Partial refund</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Claim rejected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Other outcome</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+19" />
            <source>Refund issued</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Replacement shipped</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Repaired</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>sw::domain::AfterSalesEligibility</name>
        <message>
            <location filename="../core/domain/aftersaleseligibility.cpp" line="+80" />
            <source>“%1” is not a possible reason for a request of kind “%2”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>The current date is unknown.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Enter the delivery date.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Enter the date of the request.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>The delivery date %1 is in the future.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>The request date %1 is in the future.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>The request date %1 is before the delivery date %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>The amount must be more than %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>The order total must be more than %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>The amount %1 is more than the order total %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>The amount already refunded for the order cannot be negative.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>The number of evidence attachments cannot be negative.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>The warranty period of the item must be between 0 and %1 days; it is %2 days.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+32" />
            <source>Day %1 after delivery, within the %2-day no-reason return period.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Day %1 after delivery, past the %2-day no-reason return period.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Day %1 after delivery, within the %2-day return period for quality problems.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Day %1 after delivery, past the %2-day return period for quality problems.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Day %1 after delivery, within the %2-day exchange period for quality problems.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Day %1 after delivery, past the %2-day exchange period for quality problems.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Day %1 after delivery, within the %2-day warranty period.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Day %1 after delivery, past the %2-day warranty period.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>The item has no warranty, so repairs are not covered.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Item restrictions apply only to no-reason returns and exchanges; a quality claim or a repair is possible for any item.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>The item cannot be returned or exchanged without a reason: %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>The item is not excluded from no-reason returns and exchanges.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>Evidence is required only for quality claims.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>The after-sales policy does not require evidence.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Evidence attached: %1; a quality claim needs at least %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Evidence attached: %1, but a quality claim needs at least %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>Only refunds count against the amount still refundable on the order.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>%1 requested; %2 of the order total %3 is still refundable (%4 already refunded).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>%1 requested, but only %2 of the order total %3 is still refundable (%4 already refunded).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
            <source>All eligibility checks passed; there is nothing to override.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Only a manager can override failed eligibility checks.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>The signed-in user is unknown.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>You submitted this request, so you cannot override its eligibility checks.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Give a reason for overriding the failed eligibility checks.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>sw::domain::AfterSalesWorkflow</name>
        <message>
            <location filename="../core/domain/aftersalesworkflow.cpp" line="+59" />
            <source>The request is already “%1”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>A request that is “%1” is final and cannot be changed to “%2”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>A request cannot go from “%1” to “%2”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>The request cannot go from “%1” to “%2”: some eligibility checks failed and no manager has overridden them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>The request cannot go from “%1” to “%2” before it has all the approvals it needs.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>The request cannot go from “%1” to “%2” without a rejection reason from the catalogue and an explanation.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>The request cannot go from “%1” to “%2” without saying which information is missing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>The request cannot go from “%1” to “%2” without saying why it is closed before a decision.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>sw::domain::ApprovalLadder</name>
        <message>
            <location filename="../core/domain/approvalladder.cpp" line="+63" />
            <source>One approval at the level “%1” or higher.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>%1 approvals by different people, each at the level “%2” or higher.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+34" />
            <source>The amount must be more than %1 before the request can be approved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>The signed-in user is unknown.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>You submitted this request, so you cannot approve it: nobody approves their own request.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>You have already approved this request; the next approval must come from someone else.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Your roles do not include approving after-sales requests.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>A request of %1 needs approval at the level “%2” or higher; the highest level you can approve at is “%3”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>This request already has all the approvals it needs.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>The approval limit for agents must be more than %1; it is %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>The approval limit for leads (%1) must be higher than the limit for agents (%2).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>The amount above which several approvals are needed must be more than %1; it is %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>The number of approvals needed above %1 must be between %2 and %3; it is %4.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+29" />
            <source>The approval setting “%1” must be an amount written as text, for example "2000.00".</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>The approval setting “%1” is not valid: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>The approval settings were written by a newer or unknown version of Shopwarden.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>The approval setting “%1” must be a whole number.</source>
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
        <name>sw::domain::Credit</name>
        <message>
            <location filename="../core/domain/creditscore.cpp" line="+51" />
            <source>Upheld complaint</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Failed spot check</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Fake reviews</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>IP infringement</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Clean quarter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Dispute decided against the merchant</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>sw::domain::CreditActions</name>
        <message>
            <location filename="../core/domain/merchantcatalogue.cpp" line="+105" />
            <source>Give the reason for the %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Enter the date the %1 starts.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Enter the date the %1 ends.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>The %1 cannot end before it starts.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>A %1 has no end date.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>sw::domain::CreditCode</name>
        <message>
            <location filename="../core/domain/creditcode.cpp" line="+48" />
            <source>Enter the unified social credit code (18 characters).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>A unified social credit code has 18 characters; “%1” has %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Character %1 of the credit code, “%2”, is not allowed: only digits and the letters A–Y without I, O, S, V and Z are used.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Characters 3 to 8 of the credit code are the administrative division code and must be digits.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>The credit code %1 is not valid: its check character is “%2”, but the first 17 characters call for “%3”. Check the code for a typing error.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>sw::domain::CreditRules</name>
        <message>
            <location filename="../core/domain/creditscore.cpp" line="+24" />
            <source>The points of “%1” must be between −%2 and +%2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+54" />
            <source>The credit scoring rules cannot be used: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>the version must be a whole number from 1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>“%1” is not an event of the credit file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>the points of “%1” must be a whole number between −%2 and +%2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>the points of “%1” are missing.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>sw::domain::DisputePolicy</name>
        <message>
            <location filename="../core/domain/disputepolicy.cpp" line="+20" />
            <source>The evidence period of a dispute must be between 1 and %1 hours; it is %2 hours.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>The appeal period of a dispute must be between 1 and %1 days; it is %2 days.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+22" />
            <source>The dispute setting “%1” must be a whole number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-2" />
            <source>The dispute settings were written by a newer or unknown version of Shopwarden.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>sw::domain::DisputeRules</name>
        <message>
            <location filename="../core/domain/disputerules.cpp" line="+27" />
            <source>Evidence can be added only while the dispute is “%1”; it is “%2”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>The evidence deadline of the dispute is unknown.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>The evidence deadline (%1) has passed for “%2”; later evidence is not accepted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>Only a lead or a manager can decide a dispute.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Only a manager can decide an appeal.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>The signed-in user is unknown.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>The appeal must be decided by someone other than the person who made the first decision.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>A partial refund needs an amount more than %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>The partial refund %1 is more than the requested amount %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Only a partial refund has an amount of its own; leave the amount empty for “%1”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Give the reasoning for the decision.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+28" />
            <source>Only the buyer or the merchant can appeal a decision.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+26" />
            <source>The dispute is already “%1”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>A dispute that is “%1” is final and cannot be changed to “%2”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>A dispute cannot go from “%1” to “%2”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>The dispute cannot go from “%1” to “%2” before the evidence deadline (%3) unless both buyer and merchant have submitted their evidence.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>The dispute cannot go from “%1” to “%2” unless the buyer withdraws it or the parties settle it themselves.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>The dispute cannot go from “%1” to “%2” because the time of the decision is unknown.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>The dispute cannot go from “%1” to “%2”: it was appealed once already, and the decision on the appeal is final.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>The dispute cannot go from “%1” to “%2”: the decision of %3 could be appealed only within %4 days.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>The dispute cannot go from “%1” to “%2” before the appeal period ends (%3).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>sw::domain::EligibilityPolicy</name>
        <message>
            <location filename="../core/domain/eligibilitypolicy.cpp" line="+13" />
            <source>The no-reason return period must be between %1 days (the legal minimum) and %2 days; it is %3 days.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>The return period for quality problems must be between %1 days (the legal minimum) and %2 days; it is %3 days.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>The exchange period for quality problems must be between %1 days (the legal minimum) and %2 days; it is %3 days.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>The default warranty period must be between 1 and %1 days; it is %2 days.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>The number of evidence attachments required for a quality claim must be between 0 and %1; it is %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+27" />
            <source>The after-sales setting “%1” must be a whole number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-2" />
            <source>The after-sales eligibility settings were written by a newer or unknown version of Shopwarden.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+18" />
            <source>The after-sales setting “excludedItemFlags” must be a list.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Unknown item property “%1” in the excluded items.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>sw::domain::Merchant</name>
        <message>
            <location filename="../core/domain/merchantworkflow.cpp" line="+87" />
            <source>Submitted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>In review</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Information requested</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Second review</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Approved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Rejected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Take</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Request information</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Information received</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>First approval</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Approve (second review)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Reject</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>A required document is missing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>A scan is unreadable</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>A document has expired</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>The data do not match the documents</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <location line="+21" />
            <source>Other</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-12" />
            <source>Documents incomplete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Documents invalid or expired</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>False information</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Category not allowed on the platform</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Already registered as another merchant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>No trademark or brand authorisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/domain/merchantdocuments.cpp" line="+54" />
            <source>Business licence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Tax registration</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Legal representative's ID</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Industry permit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Trademark or brand authorisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/domain/merchantidentity.cpp" line="+41" />
            <source>Unified social credit code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Legal representative's ID number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Bank account</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/domain/merchantcatalogue.cpp" line="-83" />
            <source>General merchandise</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Apparel and shoes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Electronics and appliances</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Home and furniture</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Food</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Cosmetics</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Maternal and infant products</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Medical devices</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Brand flagship store</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+16" />
            <source>Periodic re-review</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Application</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+22" />
            <source>Warning</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Listing restriction</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Suspension</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Revocation of qualification</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>sw::domain::MerchantDocuments</name>
        <message>
            <location filename="../core/domain/merchantdocuments.cpp" line="+62" />
            <source>The %1 is required for this merchant's categories.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Enter the number of the %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Add a scan of the %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>The %1 expired on %2; an application needs current documents.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>The file “%1” is empty.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>The file “%1” is too large: scans may be at most %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>The file “%1” is not a PNG, JPEG or PDF file; scans must be images or PDF documents.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+16" />
            <source>The required-documents table was written by a newer version of Shopwarden.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>The required documents of “%1” must be a list.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>“%1” in the required documents of “%2” is not a document kind.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>sw::domain::MerchantIdentity</name>
        <message>
            <location filename="../core/domain/merchantidentity.cpp" line="+66" />
            <source>A resident ID number has 18 characters; “%1” has %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>The first 17 characters of a resident ID number are digits; character %1 is “%2”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Characters 7 to 14 of the ID number %1 are not a valid date of birth.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>The ID number %1 is not valid: its last character is “%2”, but the first 17 call for “%3”. Check it for a typing error.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>sw::domain::MerchantWorkflow</name>
        <message>
            <location filename="../core/domain/merchantworkflow.cpp" line="+21" />
            <source>“%1” is not possible while the application is “%2”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Only merchant auditors review applications.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>You gave this application its first approval, so its second review must be done by another auditor (four-eyes rule).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>This application is being reviewed by another auditor; only they can take this step.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Choose a reason and say which information the merchant must supply.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Choose a rejection reason and explain it: the merchant is told why.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>sw::domain::Money</name>
        <message>
            <location filename="../core/domain/money.cpp" line="+82" />
            <source>Enter an amount, for example 1234.50.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>“%1” is not an amount of money. Enter digits with at most two decimal places, for example 1234.50 or ¥1,234.50.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+43" />
            <source>An amount cannot be negative (“%1”). Enter the amount without a minus sign.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>“%1” has more than two decimal places; amounts are exact to the fen (0.01).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>The amount “%1” is too large.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+20" />
            <source>The total of %1 and %2 is too large.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>The difference of %1 and %2 is too large.</source>
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
        <name>sw::models::AfterSalesQueueModel</name>
        <message>
            <location filename="../models/aftersalesqueuemodel.cpp" line="+152" />
            <source>Number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Order No.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Customer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Merchant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Amount</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Approver Level</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Age</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Due</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>%1 d %2 h</source>
            <comment>duration</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>%1 h %2 min</source>
            <comment>duration</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>%1 min</source>
            <comment>duration</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+25" />
            <source>%1 (%2 of %3 approvals)</source>
            <comment>approver level</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>Overdue by %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>In %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+57" />
            <source>Overdue: a decision on %1 was due %2 (%3 after it started waiting).</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n hour(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>A decision is due %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Created %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>sw::models::MerchantQueueModel</name>
        <message>
            <location filename="../models/merchantqueuemodel.cpp" line="+200" />
            <source>Number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Legal name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Credit code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Submitted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>First reviewer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Second reviewer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Due</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Flags</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+34" />
            <source>Paused</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Duplicate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Documents expiring</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Overdue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+46" />
            <source>Overdue: the review of %1 was due %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Waiting for the merchant's information: the due clock is stopped.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Another merchant has the same credit code, legal representative's ID, bank account or phone.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>sw::models::TicketQueueModel</name>
        <message>
            <location filename="../models/ticketqueuemodel.cpp" line="+327" />
            <source>Number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Channel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Subject</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Customer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Order No.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Merchant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Priority</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Owner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>First Response Due</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Resolution Due</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>SLA</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Received</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
            <source>%1 (%2)</source>
            <comment>customer name (phone)</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Unassigned</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+69" />
            <source>The SLA clock is paused while the ticket waits for the customer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>No SLA clock is running for this ticket.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>%1: %2, due %3</source>
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
        <name>sw::services</name>
        <message>
            <location filename="../core/services/ticketseeder.cpp" line="+88" />
            <location line="+46" />
            <location line="+6" />
            <source>The demo data could not be written.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-13" />
            <source>The number of tickets to seed must not be negative.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/services/ticketservice.cpp" line="+46" />
            <source>Enter a subject for the ticket.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>The subject is %1 characters long; at most %2 characters are allowed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>The description is %1 characters long; at most %2 characters are allowed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>The customer name must be 1 to %1 characters long.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>The phone number may contain only digits, spaces, '+' and '-' (5 to 32 characters).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>The e-mail address is not valid.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>The order number may contain only letters, digits and '-' (at most 40 characters).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>The merchant name must be at most %1 characters long.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>A special case needs a reason.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>The reason must be at most %1 characters long.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>The time of receipt cannot be in the future.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/services/ticketservice_assign.cpp" line="+39" />
            <source>Only leads and managers can assign tickets. Use “Take” to take an unassigned ticket.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+18" />
            <source>You can assign tickets only to members of your team.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/services/ticketservice_attachments.cpp" line="+35" />
            <source>Only leads, managers and administrators can edit canned replies.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/services/attachmentfile.cpp" line="+50" />
            <source>The file needs a name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>The file name must be at most %1 characters long.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>The file “%1” is empty.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>The file “%1” is %2 MB; attachments may be at most %3 MB.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>sw::services::AfterSalesQuery</name>
        <message>
            <location filename="../core/services/aftersalesquery.cpp" line="+109" />
            <source>Your roles do not allow you to see after-sales requests.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>sw::services::AfterSalesService</name>
        <message>
            <location filename="../core/services/aftersalesservice_rows.cpp" line="+127" />
            <source>The after-sales request does not exist (any more).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/services/aftersalesservice.cpp" line="+52" />
            <source>No more after-sales numbers are free for %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/services/aftersalesservice_rows.cpp" line="+53" />
            <source>Only agents, leads and managers handle after-sales requests.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Your roles do not allow you to see after-sales requests.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/services/aftersalesservice.cpp" line="+12" />
            <source>%1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+99" />
            <source>Enter the order number: letters, digits and '-' only, at most 40 characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>The item name must be 1 to %1 characters long.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>The description is %1 characters long; at most %2 characters are allowed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>The warranty cannot be negative.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Amount</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Order total</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Already refunded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Compensation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
            <source>A quality claim needs evidence: attach at least %1 photo, video or inspection report before creating the request.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+41" />
            <source>After-sales request %1 (%2, %3) created.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/services/aftersalesservice_decisions.cpp" line="+24" />
            <source>Nobody decides on their own after-sales request.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>This request needs a decision at the level “%1” or higher.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/services/aftersalesservice.cpp" line="+110" />
            <source>After-sales request %1 passed the eligibility check and awaits approval (%2).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>After-sales request %1 failed the eligibility check; a manager may override it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/services/aftersalesservice_decisions.cpp" line="+28" />
            <source>Only a request that is being checked can be overridden; this one is “%1”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>The reason is %1 characters long; at most %2 characters are allowed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>%1 overrode the failed eligibility checks of after-sales request %2: %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>Only a request awaiting approval can be approved; this one is “%1”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+19" />
            <source>%1 approved after-sales request %2; it is fully approved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>%1 approved after-sales request %2; %3 more approval(s) needed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+16" />
            <source>The explanation is %1 characters long; at most %2 characters are allowed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>%1 rejected after-sales request %2 (%3): %4</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>The note is %1 characters long; at most %2 characters are allowed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>%1 returned after-sales request %2 for more information: %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/services/aftersalesservice.cpp" line="+20" />
            <source>After-sales request %1: %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+19" />
            <source>After-sales request %1 closed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>After-sales request %1 closed: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/services/aftersalesservice_evidence.cpp" line="+89" />
            <source>Evidence of request %1 can only be changed while it is submitted or returned for more information; it is now “%2”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+29" />
            <source>Evidence “%1” added to after-sales request %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+45" />
            <location line="+31" />
            <source>The evidence file does not exist; it may have been removed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-24" />
            <source>The file “%1” has not arrived from the server yet; it is fetched with the next sync.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>The stored file “%1” is damaged: its checksum does not match, so it is not opened.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+34" />
            <source>Evidence “%1” removed from after-sales request %2.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>sw::services::AfterSalesView</name>
        <message>
            <location filename="../core/services/aftersalesquery.cpp" line="+9" />
            <source>Awaiting my approval</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Eligibility failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Executed this week</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>All open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>All requests</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>sw::services::CalendarService</name>
        <message>
            <location filename="../core/services/calendarservice.cpp" line="+117" />
            <source>Public holiday</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Make-up working day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Ordinary day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>The calendar covers the years %1 to %2; %3 is outside them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <location line="+106" />
            <source>The calendar day has no valid date.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-102" />
            <source>%1 is outside the years %2 to %3 that the calendar covers.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>%1 falls on a weekend, which is a day off anyway; list only holidays that fall on weekdays.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>%1 is a weekday, which is a working day anyway; a make-up working day must fall on a weekend.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>The calendar day %1 has no name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>The name of %1 is longer than %2 characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>The name of %1 must be one line of text without tabs or line breaks.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>Sign in to see the business-day calendar.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+76" />
            <source>The calendar file is larger than 1 MB; it cannot be a calendar file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Line %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
            <source>The first line must be the header “date,type,name”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Expected three fields: date, type and name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>“%1” is not a date in the form YYYY-MM-DD.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Unknown day type “%1”; use “holiday”, “workday” or “normal”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>%1 is already listed on line %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>The calendar file is empty; it needs at least the header line “date,type,name”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>The calendar file lists no days; nothing was imported.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+72" />
            <source>%1 has no custom entry; it already follows the built-in calendar.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>sw::services::CreditFileService</name>
        <message>
            <location filename="../core/services/creditfileservice.cpp" line="+31" />
            <source>Your roles do not allow you to see merchants' credit files.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Only merchant auditors and managers record credit events and measures.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>The merchant does not exist (any more).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+29" />
            <source>Enter the %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>The %1 is %2 characters long; at most %3 characters are allowed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+110" />
            <source>explanation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Enter the date of the event; it cannot be in the future.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+31" />
            <source>reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+59" />
            <source>Dispute %1 was decided against the merchant.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>sw::services::DisputeService</name>
        <message>
            <location filename="../core/services/disputeservice.cpp" line="+107" />
            <source>A dispute is opened from an after-sales request or a ticket; choose one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>The subject must be 1 to %1 characters long.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>After-sales request %1 belongs to another ticket.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+17" />
            <source>Enter the merchant (1 to %1 characters).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Enter the buyer (1 to %1 characters).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Amount claimed: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Enter the amount the buyer claims; it must be more than %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>Dispute %1 about this is still open; continue there.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+29" />
            <source>Dispute %1 opened between buyer %2 and merchant %3 (%4 claimed): %5. Evidence is accepted until %6.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+32" />
            <source>There is no ticket or after-sales request with the number “%1”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/services/disputeservice_rows.cpp" line="+158" />
            <source>The dispute does not exist (any more).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+24" />
            <source>Only agents, leads and managers handle disputes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Only a lead or a manager mediates a dispute and adds the platform's findings.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Your roles do not allow you to see disputes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>The text is %1 characters long; at most %2 characters are allowed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+27" />
            <source>No more dispute numbers are free for %1.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../core/services/disputeservice_steps.cpp" line="+58" />
            <source>%n evidence attachment(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location line="+33" />
            <source>Write the statement.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>The number of evidence attachments must be between 0 and %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+17" />
            <source>Dispute %1: statement of the %2 recorded by %3 (%4): %5</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
            <source>Partial refund: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Give the reasoning for the decision.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+21" />
            <source>%1, %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>%1 decided the appeal in dispute %2: %3. This decision is final. Reasoning: %4</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>%1 decided dispute %2: %3. It can be appealed until %4. Reasoning: %5</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
            <source>Give the reason for the appeal.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>The %1 appealed the decision in dispute %2 (recorded by %3): %4</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
            <source>An open dispute is closed only when the buyer withdraws it or the parties settle: say which, and how.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>Dispute %1 closed without a decision: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Dispute %1 closed; the decision is final.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Dispute %1 closed; the decision is final: %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>sw::services::MerchantPolicies</name>
        <message>
            <location filename="../core/services/merchantpolicies.cpp" line="+68" />
            <source>The scoring rules were changed meanwhile (now version %1); open them again.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>sw::services::MerchantQuery</name>
        <message>
            <location filename="../core/services/merchantquery.cpp" line="+153" />
            <source>Your roles do not allow you to see merchant reviews.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+17" />
            <source>Waiting for me</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Not taken yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Second review</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Info requested</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Overdue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Re-reviews due this month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>All open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>All reviews</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>sw::services::MerchantService</name>
        <message>
            <location filename="../core/services/merchantservice.cpp" line="+53" />
            <source>%1: enter 1 to %2 characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+55" />
            <source>Legal name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Legal representative</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Brand</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Unified social credit code: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Legal representative's ID number: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>The contact phone must have 7 to 15 digits.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>The bank account must have 8 to 30 digits.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Unknown category “%1”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Choose at least one category.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+76" />
            <location filename="../core/services/merchantservice_steps.cpp" line="+208" />
            <source>The document does not exist (any more).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>The scan has not been downloaded yet; it arrives with the next synchronisation.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>The stored scan is damaged: its checksum does not match, so it is not opened.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/services/merchantservice_rows.cpp" line="+114" />
            <source>The merchant review does not exist (any more).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+81" />
            <source>Only merchant auditors review merchants.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Your roles do not allow you to see merchant reviews.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>%1: enter the document number (at most 64 characters).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>%1 (%2): %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+104" />
            <source>No more review numbers are free for %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/services/merchantservice_steps.cpp" line="-148" />
            <source>The text is %1 characters long; at most %2 characters are allowed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+111" />
            <source>Documents of %1 can no longer change: it is “%2”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Only the auditor reviewing %1 can change its documents.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+20" />
            <source>%1 %2 (%3)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+23" />
            <source>Documents are verified by the auditor reviewing the application, while it is in review.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+105" />
            <source>12 months since the approval in %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>A document expires on %1.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>sw::services::TicketEvent</name>
        <message>
            <location filename="../core/services/tickettypes.cpp" line="+57" />
            <source>Customer message</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Reply</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Internal note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Status change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Assignment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Triage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Attachment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Merge</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Merge undone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Satisfaction rating</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Ticket created</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>sw::services::TicketService</name>
        <message>
            <location filename="../core/services/ticketservice.cpp" line="+115" />
            <source>Agents can create tickets only for themselves or leave them unassigned.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
            <source>You can assign tickets only to members of your team.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+47" />
            <source>The ticket could not be saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+164" />
            <source>A special case needs a reason.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>The reason must be at most %1 characters long.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/services/ticketservice_assign.cpp" line="+16" />
            <source>Choose an owner for the ticket.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+21" />
            <source>Ticket %1 already belongs to %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>Choose an owner for the tickets.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
            <source>No ticket was reassigned. Ticket %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+39" />
            <source>Each rating must be a whole number from 1 to 5.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>The comment must be at most %1 characters long.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Only a resolved or closed ticket can be rated.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Ticket %1 has already been rated.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/services/ticketservice_attachments.cpp" line="+113" />
            <source>The attachment does not exist; it may have been removed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+21" />
            <source>The file “%1” has not arrived from the server yet; it is fetched with the next sync.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>The stored file “%1” is damaged: its checksum does not match, so it is not opened.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+23" />
            <source>The title must be 1 to %1 characters long.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+36" />
            <source>The canned reply does not exist any more.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/services/ticketservice_merge.cpp" line="+44" />
            <source>A ticket cannot be merged into itself.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+17" />
            <source>Ticket %1 is already merged into %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Ticket %1 was itself merged into %2. Merge into %2 instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Other tickets (such as %1) were merged into %2. Undo those merges first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+42" />
            <source>Ticket %1 is not merged into another ticket.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+23" />
            <source>The merge of ticket %1 cannot be undone because its record is incomplete.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>sw::services::TicketStore</name>
        <message>
            <location filename="../core/services/ticketstore.cpp" line="+64" />
            <source>You do not have access to customer-service tickets.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+92" />
            <source>The ticket does not exist; it may have been deleted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+74" />
            <source>Ticket %1 belongs to another team's agent; you cannot open it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Ticket %1 belongs to another agent. You can change only your own tickets and unassigned ones.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Ticket %1 was merged into %2 and can no longer be changed. Work on %2 instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Ticket %1 is closed and can no longer be changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+17" />
            <source>Write some text first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>The text is %1 characters long; at most %2 characters are allowed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>The chosen owner does not exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>“%1” is deactivated and cannot own tickets.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>“%1” does not handle customer-service tickets (an agent, lead or manager role is needed).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+157" />
            <source>No more ticket numbers are free for %1.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>sw::services::TicketView</name>
        <message>
            <location filename="../core/services/ticketquery.cpp" line="+79" />
            <source>My open tickets</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Unassigned</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Breaching within 2 h</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>All complaints this week</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>My team's tickets</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>All tickets</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>sw::services::ticketwhere</name>
        <message>
            <location filename="../core/services/ticketquerywhere.cpp" line="+133" />
            <source>Nothing in the search text can be searched for.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>sw::sync::SyncClient</name>
        <message>
            <location filename="../core/sync/syncclient.cpp" line="+131" />
            <source>Enter the server address as https://host or https://host:port.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>The CA certificate file cannot be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>The sync interval must be between 0 (only when asked) and 86400 seconds.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>sw::sync::SyncWorker</name>
        <message>
            <location filename="../core/sync/syncworker.cpp" line="+102" />
            <source>The CA certificate file cannot be read; check the sync settings.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+32" />
            <source>The server's certificate is not trusted (%1).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>The server did not answer in time.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>The server cannot be reached (%1).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+19" />
            <source>Enter the server address in the sync settings first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>A sync is running; try again when it has finished.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+36" />
            <location line="+135" />
            <location line="+54" />
            <source>The server sent an answer this workstation cannot use.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-186" />
            <source>The login or password is wrong.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>Too many failed sign-ins: the account is locked for %n minute(s).</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>This account is deactivated on the server.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>The server refused the sign-in (HTTP %1).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+86" />
            <location line="+46" />
            <location line="+114" />
            <location line="+33" />
            <source>Sync was cancelled.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-185" />
            <source>The server session has ended; sign in to the server again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>The server is temporarily unavailable.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>The server refused the request (HTTP %1).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+96" />
            <source>Sync was cancelled; the rows received so far are kept.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+38" />
            <source>An attachment is larger than the server accepts; ask the administrator to raise the server's blob_limit.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>sw::ui::AfterSalesDecisionDialog</name>
        <message>
            <location filename="../ui/aftersalesdecisiondialog.cpp" line="+37" />
            <source>Reject After-Sales Request %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Explanation:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Reject</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Why the request is rejected; the customer service agent passes this on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Return %1 for More Information</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;What is missing:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Return</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>e.g. a photo of the damaged part and the delivery note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Override Failed Checks of %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Reason for the override:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Override</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Why this request should be approved although a check failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Withdraw After-Sales Request %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Why it is withdrawn:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Withdraw</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>e.g. the customer withdrew the request</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>Rejection &amp;reason:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>sw::ui::AfterSalesDetailWidget</name>
        <message>
            <location filename="../ui/aftersalesdetailwidget.cpp" line="+47" />
            <source>&amp;Submit for Approval</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Override Checks…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Approve</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Reject…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Return for &amp;Info…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Mark &amp;Executed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Withdraw…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Approved</source>
            <comment>decision</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Rejected</source>
            <comment>decision</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Returned for information</source>
            <comment>decision</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+24" />
            <source>Select a request in the queue to see it here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>Status:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Kind:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Order No.:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Requested by:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Amount:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Order total:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Already refunded:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Compensation:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Delivered on:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Requested on:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Evidence items:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Ticket:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Item:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Reason:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Approval:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Notes:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+46" />
            <source>Open &amp;Dispute…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Ask the platform to mediate between the buyer and the merchant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Eligibility Checklist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Check</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Result</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Explanation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Decisions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>When</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Who</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Decision</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+61" />
            <source>Checks overridden by %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Rejected (%1): %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Withdrawn: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Information requested: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>%1 on %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <location line="+22" />
            <location line="+5" />
            <source>None</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-9" />
            <source>%1 · %2 · %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
            <source>%1 (%2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>, </source>
            <comment>list separator</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>%1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+32" />
            <source>Every check passed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>A check failed; a manager overrode it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>A check failed: only a manager can override it, with a reason.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+103" />
            <source>Dispute opened.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+37" />
            <source>%1 failed the eligibility check; a manager may override it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Submit for Approval</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>%1 was submitted for approval.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Approve</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>You approved %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Mark Executed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>%1: %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>%1 was closed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+16" />
            <source>%1 was updated.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>sw::ui::AfterSalesEvidenceBox</name>
        <message>
            <location filename="../ui/aftersalesevidencebox.cpp" line="+32" />
            <source>Evidence Files</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Save &amp;As…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>A&amp;dd…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Re&amp;move…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <location line="+56" />
            <location line="+6" />
            <source>Add Evidence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-31" />
            <source>%1 (%2, %3, %4)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+26" />
            <source>The file %1 is too large: evidence files may be at most %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>Evidence “%1” added.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <location line="+15" />
            <source>Remove Evidence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-14" />
            <source>Remove the evidence file “%1” from request %2? The file is deleted from this request on every workstation.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>Evidence “%1” removed.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>sw::ui::AfterSalesFilterBar</name>
        <message>
            <location filename="../ui/aftersalesfilterbar.cpp" line="+39" />
            <source>From</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>To</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Overdue only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Any status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Any kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Any reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Only requests created on or after this day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Only requests created on or before this day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Only requests whose decision is past due</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Clear Filters</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>sw::ui::AfterSalesNotifier</name>
        <message>
            <location filename="../ui/aftersalesnotifier.cpp" line="+48" />
            <source>Shopwarden after-sales approvals</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+62" />
            <source>Approval needed</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n after-sales request(s) await your approval: %1</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n of them overdue.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>sw::ui::AfterSalesPane</name>
        <message>
            <location filename="../ui/aftersalespane.cpp" line="+95" />
            <source>Search number, order no., item, customer… (Ctrl+F)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>&amp;New Request…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Create a refund, exchange or repair request (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Export CSV…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Write every request of the current view to a CSV file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+77" />
            <source>After-Sales</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+66" />
            <source>%n request(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%1, %n overdue</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 — loading…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+56" />
            <source>The after-sales request was created.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>aftersales-%1.csv</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <location line="+51" />
            <source>Export CSV</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-51" />
            <source>CSV files (*.csv)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+23" />
            <location line="+19" />
            <source>The file %1 cannot be written.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+7" />
            <source>Exported %n request(s).</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>sw::ui::AfterSalesPolicyDialog</name>
        <message>
            <location filename="../ui/aftersalespolicydialog.cpp" line="+31" />
            <source>After-Sales Policy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Approval Ladder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Eligibility</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Disputes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+36" />
            <source>Who approves a request depends on its amount. A higher role may always approve a lower level.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>A&amp;gents approve up to:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Leads approve up to:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Above the lead limit a manager approves.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Several approvals a&amp;bove:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Number of approvals there:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <location line="+32" />
            <source> days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-25" />
            <source>No-reason &amp;return within:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Quality problem, return within:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Quality problem, e&amp;xchange within:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Default &amp;warranty (repair):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>E&amp;vidence for a quality claim (attachments):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Excluded from no-reason returns</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Windows count days after delivery. The law's minimums (7 days; 15 days for a quality exchange) cannot be shortened.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source> h</source>
            <comment>hours</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>E&amp;vidence period after opening:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Appeal period after the decision:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>The evidence period follows the SLA clock: in business-day mode only working hours count.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+31" />
            <source>%1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Agent limit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Lead limit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Several approvals above</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>sw::ui::AfterSalesRequestDialog</name>
        <message>
            <location filename="../ui/aftersalesrequestdialog.cpp" line="+55" />
            <source>New After-Sales Request</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>e.g. SO-20260301-0001</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>The item as named on the order</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>What the customer reports</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Policy default</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source> days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-30" />
            <source>Add &amp;Evidence…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Remo&amp;ve</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+34" />
            <source>The number of evidence files added below; quality claims need at least one</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>¥ amount, e.g. 1,234.50</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>¥0.00 when nothing was refunded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Only when the platform is at fault</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>None (standalone request)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>Ticket:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Kind:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Reason:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Description:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Order No.:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Delivered on:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Item:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Item restrictions:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Warranty:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Evidence items:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>Evidence files:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Amount:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Order &amp;total:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Already re&amp;funded:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Compensation:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>&amp;Create Request</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Add Evidence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+33" />
            <location line="+54" />
            <source>The file %1 cannot be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-50" />
            <source>The file %1 is too large: evidence files may be at most %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>%1 (%2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+23" />
            <source>New After-Sales Request for Ticket %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>sw::ui::AfterSalesViewList</name>
        <message>
            <location filename="../ui/aftersalesviewlist.cpp" line="+72" />
            <source>%1 (%2)</source>
            <comment>view name (count)</comment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>sw::ui::CalendarDayDialog</name>
        <message>
            <location filename="../ui/calendardaydialog.cpp" line="+26" />
            <source>Calendar Day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>&amp;Date:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Type:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Public holidays fall on weekdays and make-up working days on weekends; an ordinary day cancels a built-in entry and may carry a note.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+55" />
            <source>Optional note, e.g. why the shop stays open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>e.g. Spring Festival</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>sw::ui::CalendarDialog</name>
        <message>
            <location filename="../ui/calendardialog.cpp" line="+89" />
            <source>&amp;Add…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Edit…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Import CSV…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>E&amp;xport CSV…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Business-Day Calendar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Public holidays and make-up working days decide which days count as business days, e.g. for SLA targets measured in business days. The built-in Chinese calendar comes with Shopwarden; custom entries made here take its place for their day and reach every workstation through sync.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>&amp;Year:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Weekday</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+23" />
            <source>You can view and export the calendar. Only users who may change settings (administrators) can change it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+88" />
            <source>Custom</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Built-in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Entered on a workstation; syncs to every workstation.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Part of the Chinese calendar that comes with Shopwarden.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Custom (replaces built-in)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Replaces the built-in entry “%1” (%2). Remove the custom entry to bring it back.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+21" />
            <source>No holidays or make-up working days are listed for %1: every weekday is a working day.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>%1: %2 public holidays, %3 make-up working days, %4 custom entries.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+50" />
            <source>Add Calendar Day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+16" />
            <source>Edit Calendar Day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
            <source>Saved %1 as a custom entry.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+19" />
            <source>Removed the custom entry of %1; the built-in calendar applies to that day again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <location line="+45" />
            <source>Import Calendar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-45" />
            <source>CSV files (*.csv);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <location line="+64" />
            <source>Export Calendar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-64" />
            <source>CSV files (*.csv)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>Importing the calendar…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>The file %1 cannot be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+18" />
            <source>Imported %1 days: %2 added, %3 changed, %4 already up to date.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+20" />
            <source>The file %1 cannot be written.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Exported the calendar of %1 to %2.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>sw::ui::CannedRepliesDialog</name>
        <message>
            <location filename="../ui/cannedrepliesdialog.cpp" line="+27" />
            <source>&amp;Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Canned Replies</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;New</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Placeholders: {customer_name} {order_no} {ticket_no} {agent_name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Title:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Text:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+79" />
            <source>Enter a title and a text.</source>
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
        <name>sw::ui::ConflictsPane</name>
        <message>
            <location filename="../ui/conflictspane.cpp" line="+97" />
            <source>&amp;Re-apply My Change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Discard My Change…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>There are no sync conflicts. Changes the server refuses are listed here until you re-apply or discard them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>When</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Table</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <location line="+322" />
            <source>Record</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-322" />
            <source>Reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Author</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Field</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>My change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Server version</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Write your change again on top of the server's version and upload it with the next sync</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Drop your change and keep the server's version</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+33" />
            <location line="+181" />
            <source>Sync Conflicts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-170" />
            <source>Tickets</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Ticket events</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Ticket attachments</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Customers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Merchants</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Canned replies</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Business-day calendar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Users</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Roles</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>User roles</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Teams</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Shared settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Subject</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Priority</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <location line="+1" />
            <source>Type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Channel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Owner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Team</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Team lead</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Customer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Customer phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Customer e-mail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Merchant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Order number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>E-mail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Login</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Display name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Active</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Setting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Merged into</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Special case</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Special-case reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Received</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Resolved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Closed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Created</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Updated</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>File name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+38" />
            <source>(empty)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+16" />
            <source>Yes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>No</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+89" />
            <source>Record id: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+41" />
            <source>The server refused this change: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+16" />
            <location line="+8" />
            <source>(no server version)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-1" />
            <source>Delete the record</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Keeps the record</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <location line="+2" />
            <source>(not shown)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>%1: your change differs from the server's version</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+19" />
            <location line="+33" />
            <source>Discard My Change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-32" />
            <source>Discard your change to %1 “%2”? The server's version is kept and your change cannot be recovered.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+32" />
            <source>Re-apply My Change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Your change was written again; it is uploaded with the next sync.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Your change was discarded; the server's version is kept.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>sw::ui::CreditActionDialog</name>
        <message>
            <location filename="../ui/creditdialogs.cpp" line="+125" />
            <source>Add Measure against %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Why, with the rule of the platform it follows</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Add</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Measure:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;From:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Until:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Reason:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>sw::ui::CreditEventDialog</name>
        <message>
            <location line="-81" />
            <source>Record Credit Event for %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>What happened, with the reference (complaint, spot-check report …)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Record</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Event:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Date:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>E&amp;xplanation:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>What-if:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+25" />
            <source>Score %1 → %2 (%3 points, rules version %4); level %5 → %6</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>sw::ui::CreditFileWidget</name>
        <message>
            <location filename="../ui/creditfilewidget.cpp" line="+61" />
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Event</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Points</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Rules</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Score</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <location line="+3" />
            <source>Recorded by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-2" />
            <source>Explanation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Measure</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>From</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Until</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>In force</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Record Event…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Add Measure…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+40" />
            <source>Events</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Measures</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+27" />
            <source>&lt;b&gt;%1&lt;/b&gt; — credit score &lt;span style="font-size:16pt; color:%2"&gt;&lt;b&gt;%3&lt;/b&gt;&lt;/span&gt; level &lt;span style="font-size:16pt; color:%2"&gt;&lt;b&gt;%4&lt;/b&gt;&lt;/span&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>v%1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Yes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>No</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+6" />
            <source>Take In %n Dispute Outcome(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location line="+30" />
            <source>The credit event was recorded.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+16" />
            <source>The measure was added to the credit file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>Dispute Outcomes</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>%n dispute outcome(s) taken into the credit file.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>sw::ui::CsvExport</name>
        <message>
            <location filename="../ui/csvexport.cpp" line="+59" />
            <source>Exporting %1 of %2 tickets…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+47" />
            <source>Counting the tickets…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Export CSV</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+27" />
            <source>The file %1 cannot be written.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
            <source>The export was cancelled.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>sw::ui::DisputeOpenDialog</name>
        <message>
            <location filename="../ui/disputeopendialog.cpp" line="+23" />
            <source>&amp;Look Up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <location line="+43" />
            <source>Open Dispute</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-42" />
            <source>CS-… or AS-…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>¥0.00</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Ticket or after-sales no.:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Buyer:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Merchant:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Subject:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Amount claimed:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+77" />
            <source>Enter the number of the ticket or after-sales request the dispute is about.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>sw::ui::DisputeStepDialog</name>
        <message>
            <location filename="../ui/disputestepdialog.cpp" line="+35" />
            <source>Add Statement — %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Party:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Statement and evidence:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Evidence &amp;attachments:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Decide — %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>¥0.00</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Outcome:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Partial refund &amp;amount:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Reasoning:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Appeal — %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Appeal &amp;by:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Reason:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Close — %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Note (how it was settled, or that the buyer withdrew):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+29" />
            <source>No party may add a statement any more.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>Nobody may appeal this dispute.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>sw::ui::DisputesPane</name>
        <message>
            <location filename="../ui/disputespane.cpp" line="+71" />
            <source>Number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Merchant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Buyer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Subject</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Evidence Until</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Decision</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Appeal Until</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Party</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Recorded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Attachments</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Statement</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Open Dispute…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Add &amp;Statement…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Decide…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Appeal…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Close…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+48" />
            <location line="+49" />
            <location line="+104" />
            <source>Disputes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-92" />
            <source>%1 (%2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+23" />
            <source>The evidence period is over: the dispute waits for a decision.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>The appeal period is over: the dispute can be closed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+27" />
            <source>No disputes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Select a dispute to see its statements.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+49" />
            <source>&lt;b&gt;%1&lt;/b&gt; — %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Buyer %1 against merchant %2; %3 claimed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Ticket %1, after-sales request %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <location line="+1" />
            <source>none</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Status: %1. Evidence from buyer and merchant until %2 (buyer: %3, merchant: %4).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <location line="+1" />
            <source>submitted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-1" />
            <location line="+1" />
            <source>nothing yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Decision by %1 on %2: %3. Reasoning: %4</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Appealed by the %1 on %2: %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Closed on %1. %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>%1, %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+28" />
            <source>Dispute opened.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+16" />
            <source>Statement recorded.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Decision recorded.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>Appeal recorded.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Dispute closed.</source>
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
            <location filename="../ui/logindialog.cpp" line="+33" />
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
            <location line="+50" />
            <source>Checking…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>sw::ui::MainWindow</name>
        <message>
            <location filename="../ui/mainwindow.cpp" line="+140" />
            <location line="+14" />
            <source>%1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+37" />
            <source>%1 (%2)</source>
            <comment>navigation entry (what waits there)</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+26" />
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
            <source>Business-Day &amp;Calendar…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>After-Sales &amp;Policy…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Merchant Review Policy…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Sync &amp;Server…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Sync Now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
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
            <location line="+69" />
            <source>The database passphrase was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+22" />
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
        <name>sw::ui::MerchantApplicationDialog</name>
        <message>
            <location filename="../ui/merchantapplicationdialog.cpp" line="+48" />
            <location line="+156" />
            <source>Long-term</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-151" />
            <source>New Merchant Application</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>18 characters, e.g. 91350100M000100Y43</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>18-character resident ID number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>&amp;Legal name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Credit code:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Legal &amp;representative:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Representative's &amp;ID:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>C&amp;ontact:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Phone:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Bank account:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>B&amp;rand:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Ca&amp;tegories:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Document</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Valid until</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Scan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Document number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Add Document…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+17" />
            <source>Documents</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>&amp;Submit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+43" />
            <source>Valid credit code %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>Choose the categories to see which documents are required.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Required: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Choose the Scan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Scans (*.png *.jpg *.jpeg *.pdf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>The file %1 cannot be read: %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>sw::ui::MerchantPolicyDialog</name>
        <message>
            <location filename="../ui/merchantpolicydialog.cpp" line="+40" />
            <source>Merchant Review Policy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Credit event</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Points</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+20" />
            <source>Tick the documents each category requires. A category's row replaces the default for it; a merchant needs the documents of all its categories.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Credit Scoring</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Required Documents</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+21" />
            <source>Version %1 is in force. Saving a change makes version %2; events already recorded keep the points they were given.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+23" />
            <source>Default</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>sw::ui::MerchantReviewDetail</name>
        <message>
            <location filename="../ui/merchantreviewdetail.cpp" line="+47" />
            <source>&amp;Take</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Request &amp;Information…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Information Re&amp;ceived…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>First &amp;Approval…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Second Review: Approve…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Reject…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>Submitted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Taken</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Information requested</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Information received</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>First approval</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Approved (second review)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Rejected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Document added</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Document verified</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Document tick removed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Periodic re-review created</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+33" />
            <source>Document</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <location line="+221" />
            <source>Required</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-221" />
            <source>Number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Valid until</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>State</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Verified</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Scan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>When</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Who</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Status after</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;View Scan…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Add or Re&amp;place…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Toggle &amp;Verified</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Select a review in the queue.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+19" />
            <source>Kind:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Legal name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Credit code:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Legal representative:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Representative's ID:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Contact:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Bank account:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Categories:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Brand:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Submitted:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Status:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Due:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Reviewers:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Rejection:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Duplicates on other merchants</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Double-click to open the other merchant's review.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+24" />
            <source>Application</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Documents</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Timeline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Credit File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+46" />
            <source>paused while waiting for the merchant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>%1 (overdue)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&lt;b&gt;%1&lt;/b&gt; — %2 — &lt;b&gt;%3&lt;/b&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>12 months since approval</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>a document expires within 30 days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+23" />
            <source>first %1, second %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+21" />
            <source>Same %1 (%2) as %3 %4</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>No other merchant shares these values.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+20" />
            <source>Present</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Missing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Expired</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Expires within 30 days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Optional</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <location line="+177" />
            <source>Long-term</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-175" />
            <source>✔ Verified</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>%1 (not downloaded yet)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+67" />
            <source>Take</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>You are reviewing %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+25" />
            <source>%1: %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+30" />
            <location line="+9" />
            <source>View Scan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-2" />
            <source>%1 %2 — %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+19" />
            <location line="+6" />
            <source>Add Document</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-5" />
            <source>The file %1 cannot be read: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>%1 added to %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Add or Replace a Document of %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>Choose the Scan…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Document:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Number:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Valid until:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Choose the Scan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Scans (*.png *.jpg *.jpeg *.pdf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>Verify Document</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>%1: tick removed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>%1 verified.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>sw::ui::MerchantStepDialog</name>
        <message>
            <location filename="../ui/merchantstepdialog.cpp" line="+36" />
            <source>Request Information for %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;What the merchant must supply:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Request</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>e.g. a legible scan of the business licence, both sides</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Information Received for %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <location line="+6" />
            <location line="+6" />
            <source>&amp;Note:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-11" />
            <source>&amp;Resume Review</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>What arrived (optional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>First Approval of %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Approve</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Optional note for the second reviewer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Second Review of %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Approve Merchant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Optional note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Reject %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Explanation:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Reject</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Why the application is rejected; the merchant is told this</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>&amp;Reason:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>sw::ui::MerchantViewList</name>
        <message>
            <location filename="../ui/merchantviewlist.cpp" line="+68" />
            <source>%1 (%2)</source>
            <comment>view name (count)</comment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>sw::ui::MerchantsPane</name>
        <message>
            <location filename="../ui/merchantspane.cpp" line="+59" />
            <source>Documents expiring</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Search number, credit code or legal name… (Ctrl+F)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Any status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Any category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Applications and re-reviews</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>&amp;New Application…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>&amp;Export CSV…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Write every review of the current view to a CSV file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+99" />
            <source>Merchant Review</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+89" />
            <source>%n periodic re-review(s) added to the queue.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location line="+18" />
            <source>%1 of %n review(s) shown</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 — loading…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+42" />
            <source>The merchant application was recorded.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>merchant-reviews-%1.csv</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <location line="+60" />
            <source>Export CSV</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-60" />
            <source>CSV files (*.csv)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+26" />
            <location line="+24" />
            <source>The file %1 cannot be written.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+8" />
            <source>Exported %n review(s).</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>sw::ui::NewTicketDialog</name>
        <message>
            <location filename="../ui/newticketdialog.cpp" line="+37" />
            <source>Special case (48 h first-response target)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Assign to me</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>New Ticket</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>What the customer wants, in one line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>What the customer said</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Name of the customer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>e.g. 138 1234 5678</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Why this is a special case</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Kind:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>C&amp;hannel:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Priority:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Subject:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Description:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>C&amp;ustomer:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>P&amp;hone:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;E-mail:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Order No.:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Merchant:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Reason:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+31" />
            <source>%1 of at most %2 characters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Enter a subject.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Enter the customer's name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>The description is too long: at most %1 characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Give the reason for the special case.</source>
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
        <name>sw::ui::SatisfactionDialog</name>
        <message>
            <location filename="../ui/satisfactiondialog.cpp" line="+28" />
            <source>Customer Satisfaction</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Attitude</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Efficiency</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Result</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>1 = very dissatisfied, 5 = very satisfied</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>%1: %2 of 5</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>What the customer said about the service (optional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Comment:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+30" />
            <source>Choose a score on each of the three scales.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>sw::ui::ScanViewer</name>
        <message>
            <location filename="../ui/scanviewer.cpp" line="+32" />
            <source>Zoom Out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Zoom In</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>100 %</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Fit Width</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+39" />
            <source>The PDF cannot be read: it is damaged or protected by a password.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
            <source>The scan cannot be shown: it is not a readable image or PDF.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+34" />
            <source>%1 %</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>sw::ui::ServerSettingsDialog</name>
        <message>
            <location filename="../ui/serversettingsdialog.cpp" line="+38" />
            <source>Allow an &amp;unencrypted connection (http)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Sign &amp;In to the Server</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Sign O&amp;ut of the Server</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Sync Server</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Only for a server on this computer or a trusted private network: passwords and data travel unencrypted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Optional: the system's certificates are used when empty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source> min</source>
            <comment>sync interval unit</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Only with Sync Now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>How often to sync while signed in to the server; 0 = only when you choose Sync Now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>&amp;Browse…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Server</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Server &amp;address:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>CA &amp;certificate:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Sync &amp;every:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Only an administrator can change the sync server of this workstation.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Account on the server</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Login:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Password:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+33" />
            <source>Signed in to the server as %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Signing in failed: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+67" />
            <source>The system's trusted certificates are used.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>The file cannot be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>The file holds no PEM certificate.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>%1 — expired on %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>%1 — valid until %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+26" />
            <source>Without a server address this workstation does not sync.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Enter an address such as https://sync.example.com:8443 (https, a host name and an optional port).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Warning: http is not encrypted. Your password and all synced data can be read on the network. Use https unless the server runs on this computer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+28" />
            <source>CA Certificate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <location line="+29" />
            <location line="+8" />
            <source>Signing in…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-24" />
            <location line="+13" />
            <location line="+10" />
            <source>Not signed in to the server.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-15" />
            <source>Sync is not available in this session.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+17" />
            <source>Signed in to the server.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>sw::ui::SessionController</name>
        <message>
            <location filename="../ui/sessioncontroller.cpp" line="+105" />
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
            <location line="+49" />
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
        <name>sw::ui::SlaNotifier</name>
        <message>
            <location filename="../ui/slanotifier.cpp" line="+61" />
            <source>Shopwarden ticket SLA alerts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+84" />
            <source>SLA breached</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n ticket(s) passed the SLA target: %1</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location line="+4" />
            <source>SLA warning</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n ticket(s) reached the SLA warning level: %1</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>sw::ui::SlaPolicyDialog</name>
        <message>
            <location filename="../ui/slapolicydialog.cpp" line="+37" />
            <source>SLA Policy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source> %</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Calendar hours (7 × 24)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Working days only (holidays and make-up days)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+25" />
            <source>&amp;First response:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>First response, &amp;special case:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Warn at:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Count time in:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Resolution targets by kind and priority:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Saving applies the new targets to every ticket that is not yet resolved: their due and warning times are recalculated at once.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+19" />
            <source> h</source>
            <comment>hours</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+34" />
            <source>Saving the policy and recalculating the due times of open tickets…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>sw::ui::SyncStatusWidget</name>
        <message>
            <location filename="../ui/syncstatuswidget.cpp" line="+35" />
            <source>Changes the server refused; click to review them</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Sync Now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Stop downloading; what was already downloaded is kept</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Changes made on this computer that the server has not received yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+51" />
            <source>Signing in to the sync server failed: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>Not configured</source>
            <comment>sync state</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Not signed in</source>
            <comment>sync state</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Signing in…</source>
            <comment>sync state</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Syncing…</source>
            <comment>sync state</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Offline</source>
            <comment>sync state</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Sync failed</source>
            <comment>sync state</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Synced</source>
            <comment>sync state</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>just now</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n minute(s) ago</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n hour(s) ago</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location line="+12" />
            <source>No sync server is set up for this workstation (Settings → Sync Server…).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Not signed in to the sync server: sign in under Settings → Sync Server….</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+49" />
            <source>Upload local changes and download the server's changes now (F9)</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+21" />
            <source>%n change(s) to upload</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location line="+6" />
            <source>%n conflict(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location line="+12" />
            <source>%1 of %2 rows</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>%1 rows</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>Building the search index…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>The downloaded tickets become searchable and get their due times; this last step cannot be cancelled.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+20" />
            <source>Sync failed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Sync failed: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>never synced</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>last sync %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Last complete sync: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>sw::ui::TicketAttachmentsWidget</name>
        <message>
            <location filename="../ui/ticketattachmentswidget.cpp" line="+28" />
            <source>A&amp;dd…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Save &amp;As…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Attachments are stored encrypted in the database (at most %1 each). Opening one writes a decrypted temporary copy to this computer, which is deleted when Shopwarden exits; Save As keeps a copy where you choose.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <location line="+40" />
            <location line="+9" />
            <source>Add Attachment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-25" />
            <source>%1 (%2, %3, %4)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+17" />
            <source>The file is too large: attachments may be at most %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/storedfileactions.cpp" line="+122" />
            <source>The file %1 cannot be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-70" />
            <location line="+14" />
            <source>Save Attachment As</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-5" />
            <source>The file %1 cannot be written.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>The attachment was saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <location line="+15" />
            <location line="+14" />
            <source>Open Attachment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-28" />
            <source>To open %1, a decrypted copy is written to a temporary folder on this computer. It is deleted when Shopwarden exits. Open it?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>No temporary folder is available.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>The temporary copy cannot be written.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>sw::ui::TicketDetailWidget</name>
        <message>
            <location filename="../ui/ticketdetailwidget.cpp" line="+43" />
            <source>Reopen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <location line="+6" />
            <source>Set to %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-5" />
            <source>Wait for Customer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Resolve</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Close Ticket</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+23" />
            <source>Select a ticket in the queue to see it here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>Status:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <location line="+148" />
            <source>Kind:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-147" />
            <source>Channel:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <location line="+148" />
            <source>Priority:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-147" />
            <source>Customer:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Order No.:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Merchant:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Owner:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>SLA:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Received:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+29" />
            <source>&amp;Take</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Make yourself the owner of this unassigned ticket</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>R&amp;ate…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Record the customer's satisfaction with the resolution</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>New After-Sales &amp;Request…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Open a refund, exchange or repair request for this ticket's order</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Open &amp;Dispute…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Ask the platform to mediate between the buyer and the merchant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>Service Timeline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Handling</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Attachments</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+27" />
            <source>&amp;Reply to customer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Internal &amp;note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Insert a canned reply, filled in for this ticket</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Type a reply (Ctrl+Enter sends)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Send</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+18" />
            <source>Assign</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Assign</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <location line="+256" />
            <source>Triage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-248" />
            <source>Special case (48 h first-response target)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Why this is a special case</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Apply &amp;Triage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Reason:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Merge</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Number of the ticket to merge into</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Merge Into</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Show this ticket's timeline inside the other ticket and close this one for edits</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Undo Merge</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+41" />
            <source>Canned reply…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+44" />
            <source>%1 · %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>%1, merged into %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>%1 (special case: %2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>%1 (%2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Unassigned</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>No running clock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>%1, %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+36" />
            <source>%1 of at most %2 characters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Send Reply</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Add &amp;Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Type a reply to the customer (Ctrl+Enter sends)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Type an internal note (Ctrl+Enter adds it)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+21" />
            <source>Canned Reply</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+27" />
            <source>Send Reply</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Add Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>The reply was sent.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>The note was added.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Change Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Take Ticket</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Assign Ticket</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+21" />
            <source>The satisfaction rating was recorded.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+16" />
            <source>The after-sales request was created.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
            <source>Dispute opened.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>Working…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+29" />
            <source>There is no ticket with the number %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Merge Tickets</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>The tickets were merged.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+21" />
            <source>Undo Merge</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>The merge was undone.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>sw::ui::TicketFilterBar</name>
        <message>
            <location filename="../ui/ticketfilterbar.cpp" line="+39" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Channel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Priority</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Owner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Team</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>SLA state</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Any SLA state</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Within target</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>SLA warning</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>SLA breached</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Breaching within 2 h</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Paused</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>From</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>To</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Only tickets received on or after this day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Only tickets received on or before this day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Merged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Also show tickets that were merged into another ticket</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Clear Filters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Remove every filter of this bar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+64" />
            <source>%1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>, </source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>Any owner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Me</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Unassigned</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>Any team</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>sw::ui::TicketTimeline</name>
        <message>
            <location filename="../ui/tickettimeline.cpp" line="+45" />
            <source>Status changed from %1 to %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Ownership changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Assigned to %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Triaged.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>An attachment was added.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Attachment added: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Tickets were merged.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Merged with %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>The merge was undone.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Satisfaction recorded: attitude %1, efficiency %2, result %3.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Ticket created.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>No events yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>System</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Customer message</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Public reply</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Internal note (not sent to the customer)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
            <source>%1 %2</source>
            <comment>event description, then its text</comment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>sw::ui::TicketViewList</name>
        <message>
            <location filename="../ui/ticketviewlist.cpp" line="+97" />
            <source>%1 (%2)</source>
            <comment>view name (count)</comment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>sw::ui::TicketsPane</name>
        <message>
            <location filename="../ui/ticketspane.cpp" line="+74" />
            <source>Search number, subject, customer, phone, order, replies… (Ctrl+F)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+79" />
            <source>Exported %1 tickets.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <location line="+251" />
            <source>Export CSV</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-239" />
            <source>Tickets</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>&amp;New Ticket…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Create a ticket for a phone, e-mail or online contact (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Export CSV…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Write every ticket of the current view to a CSV file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Reassign Selected…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Canned Replies…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>SLA &amp;Policy…</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+91" />
            <source>%n ticket(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 — loading…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+60" />
            <source>The ticket was created.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <location line="+8" />
            <location line="+10" />
            <source>Reassign Tickets</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="-9" />
            <source>New owner of the %n selected ticket(s):</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location line="+14" />
            <source>%n ticket(s) reassigned.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location line="+11" />
            <source>tickets-%1.csv</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>CSV files (*.csv)</source>
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
</TS>
