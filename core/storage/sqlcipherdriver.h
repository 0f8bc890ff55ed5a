#pragma once

// QSQLCIPHER: a Qt SQL driver over libsqlcipher, written against the public Qt API.
//
// Why our own driver: Qt's QSQLITE bundles or links plain SQLite, and swapping the
// library underneath it breaks on Windows/macOS/static builds (ARCHITECTURE.md "Storage").
//
// - open() only opens the handle (sqlite3_open_v2), sets the busy timeout and runs no
//   SQL at all, so Database can sqlite3_key() the handle before anything reads the file.
//   Connect options (";"-separated): SW_OPEN_READONLY, SW_BUSY_TIMEOUT=<ms> (default 5000).
//   User, password, host and port are ignored; keying is Database's job.
// - handle() is a QVariant holding the sqlite3* (type name "sqlite3*").
// - beginTransaction() is BEGIN IMMEDIATE: WAL writers take the write lock up front, so
//   two writers never deadlock upgrading a read lock.
// - Values bind natively: NULL, integers (64-bit), double, bool (0/1), QString (UTF-8
//   text), QByteArray (BLOB), QDateTime (UTC, ISO-8601 with ms), QDate/QTime (ISO-8601);
//   other types fail with a clear error. Columns come back as qlonglong, double,
//   QString, QByteArray; NULL as a null QVariant typed by the declared column type.
//   Precision policy: LowPrecisionInt32 gives int for INTEGER and REAL, LowPrecisionInt64
//   qlonglong for REAL; LowPrecisionDouble (Qt's default) leaves INTEGER exact.
// - Forward-only queries stream; scrollable ones cache the rows stepped so far.
// - close() finalizes every statement of its results (which then report errors instead
//   of crashing) and uses sqlite3_close_v2.
// - A table name "a.b" is taken as schema "a", table "b"; a table whose name contains
//   a dot must be passed already escaped ("\"a.b\"").

#include <QList>
#include <QMetaType>
#include <QSqlDriver>

struct sqlite3;

namespace sw::storage {

inline constexpr const char* kSqlCipherDriverName = "QSQLCIPHER";

// Registers QSQLCIPHER with QSqlDatabase (idempotent, thread-safe).
void registerSqlCipherDriver();

class SqlCipherResult;

class SqlCipherDriver : public QSqlDriver
{
    Q_OBJECT
public:
    explicit SqlCipherDriver(QObject* parent = nullptr);
    ~SqlCipherDriver() override;

    bool hasFeature(DriverFeature feature) const override;
    bool open(const QString& db, const QString& user, const QString& password, const QString& host, int port,
              const QString& connectOptions) override;
    void close() override;
    QSqlResult* createResult() const override;
    bool beginTransaction() override;
    bool commitTransaction() override;
    bool rollbackTransaction() override;
    QStringList tables(QSql::TableType type) const override;
    QSqlRecord record(const QString& tableName) const override;
    QSqlIndex primaryIndex(const QString& tableName) const override;
    QVariant handle() const override; // QVariant holding sqlite3* (type name "sqlite3*")
    QString escapeIdentifier(const QString& identifier, IdentifierType type) const override;
    bool isIdentifierEscaped(const QString& identifier, IdentifierType type) const override;
    QString formatValue(const QSqlField& field, bool trimStrings = false) const override;

    sqlite3* sqliteHandle() const { return m_db; }

private:
    friend class SqlCipherResult;
    void unregisterResult(SqlCipherResult* result) const;
    bool execSimple(const char* sql, const QString& errorText);
    // Runs a read-only statement of the driver's own (catalog queries); rows as variants.
    bool queryRows(const QString& sql, QList<QVariantList>* rows) const;
    QList<QVariantList> tableInfo(const QString& tableName, QString* unescapedTable) const;

    sqlite3* m_db = nullptr;
    // Results created by this driver; close() detaches them so none keeps a statement.
    mutable QList<SqlCipherResult*> m_results;
};

} // namespace sw::storage

Q_DECLARE_OPAQUE_POINTER(sqlite3*)
Q_DECLARE_METATYPE(sqlite3*)
