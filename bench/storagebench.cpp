#include "storagebench.h"

#include "storage/database.h"
#include "storage/secret.h"
#include "storage/sqlcipherdriver.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLocale>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QThread>
#include <QUuid>

#include <algorithm>
#include <array>
#include <cmath>
#include <memory>

namespace sw::bench {

namespace {

// Translation context of the benchmark's messages (lupdate reads StorageBench::tr).
class StorageBench
{
    Q_DECLARE_TR_FUNCTIONS(StorageBench)
};

// Everything both sides insert and look up, generated once before any timing so the
// measured time is storage work, not data generation.
struct Workload
{
    QList<QString> uuids;     // row id i has uuids[i - 1]
    QList<QString> notes;     // a pool; row i uses notes[i % size]
    QList<qint64> lookupIds;  // random row ids, same order on both sides
    QList<qint64> scanStarts; // first id of each range scan
    qint64 scanLength = 0;
};

Workload makeWorkload(const StorageBenchOptions& options)
{
    QRandomGenerator rng(options.seed);
    Workload w;
    w.uuids.reserve(options.rows);
    for (qint64 i = 0; i < options.rows; ++i) {
        // A version-4 UUID from the seeded generator: random like the app's ids, but
        // reproducible from run to run.
        QByteArray bytes(16, Qt::Uninitialized);
        rng.fillRange(reinterpret_cast<quint32*>(bytes.data()), 4);
        bytes[6] = char((bytes[6] & 0x0f) | 0x40);
        bytes[8] = char((bytes[8] & 0x3f) | 0x80);
        w.uuids.append(QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces));
    }
    // About 100 UTF-8 bytes of mixed Chinese and ASCII, like a ticket note.
    for (int i = 0; i < 1000; ++i) {
        w.notes.append(
            QStringLiteral("客户反馈包裹外箱破损，申请退款 #%1 parcel damaged, refund requested (SKU-%2)")
                .arg(i, 4, 10, QLatin1Char('0'))
                .arg(i * 37 % 10000, 4, 10, QLatin1Char('0')));
    }
    const qint64 lookups = std::min<qint64>(options.rows, options.maxLookups);
    w.lookupIds.reserve(lookups);
    for (qint64 i = 0; i < lookups; ++i)
        w.lookupIds.append(1 + qint64(rng.bounded(quint64(options.rows))));
    w.scanLength = std::min<qint64>(options.rows, options.rangeLength);
    const qint64 startSpan = options.rows - w.scanLength + 1;
    for (int i = 0; i < options.rangeScans; ++i)
        w.scanStarts.append(1 + qint64(rng.bounded(quint64(startSpan))));
    return w;
}

// Timings and counts of one side (encrypted or plain), with its prepared statements.
struct Side
{
    QSqlDatabase db;
    QSqlQuery insert;
    QSqlQuery lookup;
    QSqlQuery scan;
    qint64 insertNs = 0;
    qint64 rowsStored = 0;
    qint64 lookupNs = 0;
    qint64 lookups = 0;
    qint64 lookupsFound = 0;
    qint64 scanNs = 0;
    qint64 scans = 0;
    qint64 scannedRows = 0;
    qint64 fileBytes = 0;
    qint64 checksum = 0; // sums the values read so every value really is decoded and used
};

Error sqlFailure(const QSqlError& error)
{
    return makeError(ErrorCode::Database,
                     StorageBench::tr("The benchmark could not use its test database: %1").arg(error.text()),
                     error.text());
}

Status exec(QSqlDatabase db, const QString& sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        return sqlFailure(q.lastError());
    return {};
}

Result<QVariant> pragma(QSqlDatabase db, const QString& name)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA %1").arg(name)))
        return sqlFailure(q.lastError());
    if (!q.next())
        return makeError(ErrorCode::Database,
                         StorageBench::tr("The benchmark could not read a database setting."), name);
    return q.value(0);
}

Status createTable(QSqlDatabase db)
{
    SW_TRY(exec(db, QStringLiteral("CREATE TABLE bench_rows (id INTEGER PRIMARY KEY, uuid TEXT NOT NULL, "
                                   "note TEXT NOT NULL, qty INTEGER NOT NULL, price REAL NOT NULL)")));
    // Created before the insert so the bulk insert maintains it, as the app's tables do.
    return exec(db, QStringLiteral("CREATE INDEX bench_rows_uuid ON bench_rows(uuid)"));
}

Status prepareStatements(Side& side)
{
    side.insert = QSqlQuery(side.db);
    side.lookup = QSqlQuery(side.db);
    side.scan = QSqlQuery(side.db);
    side.lookup.setForwardOnly(true);
    side.scan.setForwardOnly(true);
    if (!side.insert.prepare(
            QStringLiteral("INSERT INTO bench_rows (id, uuid, note, qty, price) VALUES (?, ?, ?, ?, ?)")))
        return sqlFailure(side.insert.lastError());
    if (!side.lookup.prepare(QStringLiteral("SELECT id, note, qty, price FROM bench_rows WHERE uuid = ?")))
        return sqlFailure(side.lookup.lastError());
    if (!side.scan.prepare(QStringLiteral("SELECT id, uuid, note, qty, price FROM bench_rows "
                                          "WHERE id BETWEEN ? AND ? ORDER BY id")))
        return sqlFailure(side.scan.lastError());
    return {};
}

// One transaction of rows [start, end), timed from BEGIN to COMMIT.
Status insertBatch(Side& side, const Workload& w, qint64 start, qint64 end)
{
    QSqlQuery& q = side.insert;
    QElapsedTimer timer;
    timer.start();
    if (!side.db.transaction())
        return sqlFailure(side.db.lastError());
    for (qint64 i = start; i < end; ++i) {
        q.bindValue(0, i + 1);
        q.bindValue(1, w.uuids.at(i));
        q.bindValue(2, w.notes.at(i % w.notes.size()));
        q.bindValue(3, (i * 7919) % 1000);
        q.bindValue(4, double(i % 100000) / 100.0 + 0.99);
        if (!q.exec()) {
            const QSqlError error = q.lastError();
            side.db.rollback();
            return sqlFailure(error);
        }
    }
    if (!side.db.commit())
        return sqlFailure(side.db.lastError());
    side.insertNs += timer.nsecsElapsed();
    return {};
}

// Lookups number [from, to) of the workload, each by the uuid of a random row.
Status lookupChunk(Side& side, const Workload& w, qint64 from, qint64 to)
{
    QSqlQuery& q = side.lookup;
    QElapsedTimer timer;
    timer.start();
    for (qint64 k = from; k < to; ++k) {
        const qint64 id = w.lookupIds.at(k);
        q.bindValue(0, w.uuids.at(id - 1));
        if (!q.exec())
            return sqlFailure(q.lastError());
        if (q.next() && q.value(0).toLongLong() == id) {
            ++side.lookupsFound;
            side.checksum +=
                q.value(1).toString().size() + q.value(2).toLongLong() + qint64(q.value(3).toDouble());
        }
        q.finish(); // ends the read transaction like a real caller would
    }
    side.lookupNs += timer.nsecsElapsed();
    side.lookups += to - from;
    return {};
}

// Range scan number k: scanLength consecutive rows by primary key, every column read.
Status scanOne(Side& side, const Workload& w, qint64 k)
{
    QSqlQuery& q = side.scan;
    QElapsedTimer timer;
    timer.start();
    const qint64 start = w.scanStarts.at(k);
    q.bindValue(0, start);
    q.bindValue(1, start + w.scanLength - 1);
    if (!q.exec())
        return sqlFailure(q.lastError());
    while (q.next()) {
        ++side.scannedRows;
        side.checksum += q.value(0).toLongLong() + q.value(1).toString().size() +
                         q.value(2).toString().size() + q.value(3).toLongLong() +
                         qint64(q.value(4).toDouble());
    }
    q.finish();
    side.scanNs += timer.nsecsElapsed();
    ++side.scans;
    return {};
}

// Folds the WAL into the main file (outside the timings) so both sides read the same
// kind of file in the read phases and the header check below sees the real header.
Status checkpointAndCount(Side& side)
{
    SW_TRY(exec(side.db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    QSqlQuery q(side.db);
    if (!q.exec(QStringLiteral("SELECT count(*) FROM bench_rows")) || !q.next())
        return sqlFailure(q.lastError());
    side.rowsStored = q.value(0).toLongLong();
    return {};
}

qint64 fileBytes(const QString& path)
{
    return QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size();
}

bool startsWithSqliteHeader(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    return f.read(16) == QByteArray("SQLite format 3\0", 16);
}

double rounded(double value, int decimals = 3)
{
    const double scale = std::pow(10.0, decimals);
    return std::round(value * scale) / scale;
}

double ratio(qint64 encrypted, qint64 plain)
{
    return plain > 0 ? rounded(double(encrypted) / double(plain)) : 0.0;
}

QJsonObject sideJson(const Side& s)
{
    const double insertMs = double(s.insertNs) / 1e6;
    const double perSecond = insertMs > 0 ? double(s.rowsStored) * 1000.0 / insertMs : 0.0;
    return QJsonObject{
        {QStringLiteral("rows_stored"), double(s.rowsStored)},
        {QStringLiteral("insert_ms"), rounded(insertMs)},
        {QStringLiteral("insert_rows_per_s"), std::round(perSecond)},
        {QStringLiteral("lookups"), double(s.lookups)},
        {QStringLiteral("lookups_found"), double(s.lookupsFound)},
        {QStringLiteral("lookup_us_avg"),
         s.lookups > 0 ? rounded(double(s.lookupNs) / 1000.0 / double(s.lookups)) : 0.0},
        {QStringLiteral("range_scans"), double(s.scans)},
        {QStringLiteral("range_rows"), double(s.scannedRows)},
        {QStringLiteral("range_scan_ms"), rounded(double(s.scanNs) / 1e6)},
        {QStringLiteral("file_bytes"), double(s.fileBytes)},
    };
}

QJsonObject machineJson(const QString& cipherVersion)
{
    QString cpu;
    QFile cpuinfo(QStringLiteral("/proc/cpuinfo"));
    if (cpuinfo.open(QIODevice::ReadOnly | QIODevice::Text)) {
        // /proc files report size 0, so read them whole instead of testing atEnd().
        const QStringList lines = QString::fromUtf8(cpuinfo.readAll()).split(QLatin1Char('\n'));
        for (const QString& line : lines) {
            if (line.startsWith(QLatin1String("model name"))) {
                cpu = line.section(QLatin1Char(':'), 1).trimmed();
                break;
            }
        }
    }
    if (cpu.isEmpty())
        cpu = QSysInfo::currentCpuArchitecture();
    qint64 ramMb = 0;
    QFile meminfo(QStringLiteral("/proc/meminfo"));
    if (meminfo.open(QIODevice::ReadOnly | QIODevice::Text)) {
        const QString first = QString::fromUtf8(meminfo.readLine()); // "MemTotal:  24000000 kB"
        if (first.startsWith(QLatin1String("MemTotal")))
            ramMb =
                first.section(QLatin1Char(':'), 1).trimmed().section(QLatin1Char(' '), 0, 0).toLongLong() /
                1024;
    }
    return QJsonObject{
        {QStringLiteral("cpu"), cpu},
        {QStringLiteral("cores"), QThread::idealThreadCount()},
        {QStringLiteral("ram_mb"), double(ramMb)},
        {QStringLiteral("os"), QSysInfo::prettyProductName()},
        {QStringLiteral("qt"), QString::fromLatin1(qVersion())},
        {QStringLiteral("sqlcipher"), cipherVersion},
    };
}

// The settings that shape performance, read back from a connection so the report
// shows (and the run checks) that both sides really ran with the same ones.
Result<QJsonObject> settingsOf(QSqlDatabase db)
{
    QJsonObject settings;
    for (const char* name : {"page_size", "journal_mode", "synchronous", "cache_size", "temp_store",
                             "wal_autocheckpoint", "locking_mode"}) {
        auto value = pragma(db, QString::fromLatin1(name));
        if (!value)
            return value.error();
        settings.insert(QString::fromLatin1(name), QJsonValue::fromVariant(*value));
    }
    return settings;
}

// Removes the benchmark's database files however the run ends.
struct FileCleanup
{
    QStringList paths;
    ~FileCleanup()
    {
        for (const QString& path : paths) {
            for (const char* suffix : {"", "-wal", "-shm", "-journal"})
                QFile::remove(path + QString::fromLatin1(suffix));
        }
    }
};

// Closes and unregisters the plain connection after every query on it is gone.
struct ConnectionGuard
{
    QString name;
    ~ConnectionGuard()
    {
        if (name.isEmpty())
            return;
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
};

storage::Secret throwawayPassphrase()
{
    // The benchmark's database is deleted afterwards; the passphrase only has to be
    // non-empty and is wiped with the Secret.
    QByteArray hex = QByteArray::number(QRandomGenerator::system()->generate64(), 16);
    return storage::Secret::takeFrom(hex);
}

} // namespace

Result<QJsonObject> runStorageBench(const StorageBenchOptions& options)
{
    if (options.rows < 1 || options.batchSize < 1 || options.maxLookups < 1 || options.rangeScans < 1 ||
        options.rangeLength < 1) {
        return makeError(ErrorCode::InvalidInput, StorageBench::tr("The benchmark needs at least one row."));
    }
    std::unique_ptr<QTemporaryDir> tempDir;
    QString dir = options.dir;
    if (dir.isEmpty()) {
        tempDir =
            std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/shopwarden-bench-XXXXXX"));
        if (!tempDir->isValid())
            return makeError(ErrorCode::Io,
                             StorageBench::tr("The benchmark could not create a temporary folder."),
                             tempDir->errorString());
        dir = tempDir->path();
    } else if (!QFileInfo(dir).isDir()) {
        return makeError(ErrorCode::Io, StorageBench::tr("The folder %1 does not exist.").arg(dir));
    }
    const QString tag = QStringLiteral("shopwarden-bench-%1").arg(QCoreApplication::applicationPid());
    const QString encryptedPath = QDir(dir).filePath(tag + QStringLiteral("-encrypted.db"));
    const QString plainPath = QDir(dir).filePath(tag + QStringLiteral("-plain.db"));
    for (const QString& path : {encryptedPath, plainPath}) {
        if (QFileInfo::exists(path))
            return makeError(
                ErrorCode::Io,
                StorageBench::tr("The file %1 already exists; the benchmark does not overwrite files.")
                    .arg(path));
    }

    const Workload workload = makeWorkload(options);

    FileCleanup cleanup{{encryptedPath, plainPath}};
    // Creating the encrypted database runs the key derivation; it happens here, before
    // any timing starts.
    auto created = storage::Database::create(encryptedPath, throwawayPassphrase());
    if (!created)
        return created.error();
    std::unique_ptr<storage::Database> database = std::move(created).value();

    storage::registerSqlCipherDriver();
    ConnectionGuard guard{QStringLiteral("shopwarden-bench-plain-%1").arg(quintptr(&options), 0, 16)};

    QJsonObject result;
    {
        Side encrypted;
        encrypted.db = database->connection();
        Side plain;
        plain.db = QSqlDatabase::addDatabase(QString::fromLatin1(storage::kSqlCipherDriverName), guard.name);
        plain.db.setDatabaseName(plainPath);
        if (!plain.db.open())
            return sqlFailure(plain.db.lastError());

        // The plain side gets the page size and journal mode Database gives the
        // encrypted one, then every setting that influences speed is copied across.
        SW_TRY(exec(plain.db, QStringLiteral("PRAGMA page_size = 4096")));
        SW_TRY(exec(plain.db, QStringLiteral("PRAGMA journal_mode = WAL")));
        for (const char* name : {"synchronous", "cache_size", "temp_store", "wal_autocheckpoint"}) {
            auto value = pragma(encrypted.db, QString::fromLatin1(name));
            if (!value)
                return value.error();
            SW_TRY(exec(plain.db,
                        QStringLiteral("PRAGMA %1 = %2").arg(QString::fromLatin1(name), value->toString())));
        }
        // Optional tunings, applied to both sides alike.
        for (Side* side : {&encrypted, &plain}) {
            if (options.cacheSizeKiB > 0)
                SW_TRY(exec(side->db, QStringLiteral("PRAGMA cache_size = -%1").arg(options.cacheSizeKiB)));
            if (!options.synchronous.isEmpty())
                SW_TRY(exec(side->db, QStringLiteral("PRAGMA synchronous = %1").arg(options.synchronous)));
            SW_TRY(createTable(side->db));
        }

        auto encryptedSettings = settingsOf(encrypted.db);
        auto plainSettings = settingsOf(plain.db);
        if (!encryptedSettings)
            return encryptedSettings.error();
        if (!plainSettings)
            return plainSettings.error();
        if (*encryptedSettings != *plainSettings) {
            return makeError(
                ErrorCode::Internal,
                StorageBench::tr("The two benchmark databases ended up with different settings."),
                QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("encrypted"), *encryptedSettings},
                                                            {QStringLiteral("plain"), *plainSettings}})
                                      .toJson(QJsonDocument::Compact)));
        }

        for (Side* side : {&encrypted, &plain})
            SW_TRY(prepareStatements(*side));

        // The two sides take turns in small steps (a batch, a chunk of lookups, a scan),
        // the first turn alternating, so that other load on the machine, which changes
        // over a run of minutes, slows both sides alike and cancels out of the ratio.
        auto inTurn = [&encrypted, &plain](qint64 step) {
            return step % 2 == 0 ? std::array<Side*, 2>{&encrypted, &plain}
                                 : std::array<Side*, 2>{&plain, &encrypted};
        };
        const qint64 rows = options.rows;
        for (qint64 start = 0, step = 0; start < rows; start += options.batchSize, ++step) {
            for (Side* side : inTurn(step))
                SW_TRY(insertBatch(*side, workload, start, std::min(rows, start + options.batchSize)));
        }
        for (Side* side : {&encrypted, &plain})
            SW_TRY(checkpointAndCount(*side));
        // Guards the claim of the comparison: one file encrypted, the other not.
        if (startsWithSqliteHeader(encryptedPath) || !startsWithSqliteHeader(plainPath)) {
            return makeError(
                ErrorCode::Internal,
                StorageBench::tr(
                    "The benchmark databases are not what they should be (encrypted and plain)."));
        }
        constexpr qint64 kLookupChunk = 1000;
        const qint64 lookups = workload.lookupIds.size();
        for (qint64 from = 0, step = 0; from < lookups; from += kLookupChunk, ++step) {
            for (Side* side : inTurn(step))
                SW_TRY(lookupChunk(*side, workload, from, std::min(lookups, from + kLookupChunk)));
        }
        for (qint64 k = 0; k < workload.scanStarts.size(); ++k) {
            for (Side* side : inTurn(k))
                SW_TRY(scanOne(*side, workload, k));
        }
        encrypted.fileBytes = fileBytes(encryptedPath);
        plain.fileBytes = fileBytes(plainPath);

        const QJsonObject enc = sideJson(encrypted);
        const QJsonObject pln = sideJson(plain);
        result.insert(QStringLiteral("rows"), double(options.rows));
        result.insert(QStringLiteral("batch_size"), options.batchSize);
        result.insert(QStringLiteral("range_length"), double(workload.scanLength));
        result.insert(QStringLiteral("encrypted"), enc);
        result.insert(QStringLiteral("plain"), pln);
        result.insert(QStringLiteral("ratio"),
                      QJsonObject{{QStringLiteral("insert"), ratio(encrypted.insertNs, plain.insertNs)},
                                  {QStringLiteral("lookup"), ratio(encrypted.lookupNs, plain.lookupNs)},
                                  {QStringLiteral("range_scan"), ratio(encrypted.scanNs, plain.scanNs)}});
        result.insert(QStringLiteral("target"),
                      QJsonObject{{QStringLiteral("insert"), 1.3}, {QStringLiteral("lookup"), 1.3}});
        result.insert(QStringLiteral("settings"), *encryptedSettings);
        result.insert(QStringLiteral("machine"), machineJson(database->cipherVersion()));
    }
    database->releaseThreadConnection();
    return result;
}

QString formatStorageBench(const QJsonObject& r)
{
    const QLocale locale;
    const QJsonObject enc = r.value(QStringLiteral("encrypted")).toObject();
    const QJsonObject pln = r.value(QStringLiteral("plain")).toObject();
    const QJsonObject ratios = r.value(QStringLiteral("ratio")).toObject();
    const QJsonObject target = r.value(QStringLiteral("target")).toObject();
    const QJsonObject machine = r.value(QStringLiteral("machine")).toObject();

    auto num = [&locale](double v, int decimals) {
        return locale.toString(v, 'f', decimals);
    };
    auto row = [&](const QString& label, const QString& key, int decimals, const QString& ratioKey) {
        QString line = label.leftJustified(28) + num(enc.value(key).toDouble(), decimals).rightJustified(14) +
                       num(pln.value(key).toDouble(), decimals).rightJustified(14);
        if (!ratioKey.isEmpty()) {
            line += num(ratios.value(ratioKey).toDouble(), 2).rightJustified(8);
            if (target.contains(ratioKey))
                line += num(target.value(ratioKey).toDouble(), 2).rightJustified(8);
        }
        return line + QLatin1Char('\n');
    };

    QString out;
    out += StorageBench::tr("Storage benchmark: %1 rows, %2 lookups, %3 range scans of %4 rows")
               .arg(locale.toString(qint64(r.value(QStringLiteral("rows")).toDouble())),
                    locale.toString(qint64(enc.value(QStringLiteral("lookups")).toDouble())),
                    locale.toString(qint64(enc.value(QStringLiteral("range_scans")).toDouble())),
                    locale.toString(qint64(r.value(QStringLiteral("range_length")).toDouble()))) +
           QLatin1Char('\n');
    out += QString().leftJustified(28) + StorageBench::tr("encrypted").rightJustified(14) +
           StorageBench::tr("plain").rightJustified(14) + StorageBench::tr("ratio").rightJustified(8) +
           StorageBench::tr("target").rightJustified(8) + QLatin1Char('\n');
    out +=
        row(StorageBench::tr("bulk insert (ms)"), QStringLiteral("insert_ms"), 1, QStringLiteral("insert"));
    out += row(StorageBench::tr("insert (rows/s)"), QStringLiteral("insert_rows_per_s"), 0, {});
    out += row(StorageBench::tr("indexed lookup (µs, avg)"), QStringLiteral("lookup_us_avg"), 2,
               QStringLiteral("lookup"));
    out += row(StorageBench::tr("range scans (ms, total)"), QStringLiteral("range_scan_ms"), 1,
               QStringLiteral("range_scan"));
    out += row(StorageBench::tr("file size (bytes)"), QStringLiteral("file_bytes"), 0, {});
    out += StorageBench::tr("Machine: %1, %2 cores, %3 MB RAM; Qt %4; SQLCipher %5")
               .arg(machine.value(QStringLiteral("cpu")).toString())
               .arg(machine.value(QStringLiteral("cores")).toInt())
               .arg(qint64(machine.value(QStringLiteral("ram_mb")).toDouble()))
               .arg(machine.value(QStringLiteral("qt")).toString(),
                    machine.value(QStringLiteral("sqlcipher")).toString()) +
           QLatin1Char('\n');
    return out;
}

} // namespace sw::bench
