#pragma once

// Statements on the SQLite C API, for the few bulk paths (the seeder, the first pull of
// a large database) where QSqlQuery's per-row QVariant and bind-by-name work costs more
// than SQLite itself. Everything else goes through Qt SQL. Only fixed SQL from the code
// reaches these statements; values are always bound.

#include "result.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>

#include <string>

struct sqlite3;
struct sqlite3_stmt;

namespace sw::storage {

// The sqlite3 handle of a QSQLCIPHER connection, or nullptr for any other driver.
sqlite3* rawHandle(QSqlDatabase conn);

// ErrorCode::Database with `message` for the user and SQLite's own text (and `what`)
// as the detail; a unique-constraint failure is ErrorCode::Conflict.
Error rawError(sqlite3* db, const char* what, const QString& message);
// The generic message: "The database could not complete the operation."
QString rawFailureMessage();

Status rawExec(sqlite3* db, const char* sql, const QString& message = rawFailureMessage());

// One prepared statement, reused for every row. text(…, std::string/const char*) binds
// without copying (the value must live until run()); textCopy() copies.
class RawStatement
{
public:
    RawStatement(sqlite3* db, QByteArray sql, QString failureMessage = rawFailureMessage());
    ~RawStatement();
    RawStatement(const RawStatement&) = delete;
    RawStatement& operator=(const RawStatement&) = delete;

    bool ok() const { return m_stmt != nullptr; }
    // Why prepare failed (call when !ok()).
    Error prepareError() const;

    void text(int i, const std::string& v);
    void text(int i, const char* v);
    void textOrNull(int i, const std::string& v);
    void textCopy(int i, const QString& v); // a null QString binds as empty text
    void blob(int i, const QByteArray& v);  // copied
    void integer(int i, qint64 v);
    void integerOrNull(int i, qint64 v); // 0 = NULL (times, scores)
    void real(int i, double v);
    void null(int i);

    // Steps to the end and resets the statement (bindings stay until rebound).
    Status run();
    // Rows changed by the last run().
    int changes() const;

private:
    sqlite3* m_db;
    QByteArray m_sql;
    QString m_failure;
    sqlite3_stmt* m_stmt = nullptr;
    Error m_prepareError;
};

} // namespace sw::storage
