#include "storage/rawstatement.h"

#include "storage/sqlcipherdriver.h"

#include <QCoreApplication>

#include <sqlite3.h>

namespace sw::storage {

sqlite3* rawHandle(QSqlDatabase conn)
{
    auto* driver = qobject_cast<SqlCipherDriver*>(conn.driver());
    return driver ? driver->sqliteHandle() : nullptr;
}

QString rawFailureMessage()
{
    // The same text (and context) as services::sqlError's.
    return QCoreApplication::translate("Services", "The database could not complete the operation.");
}

Error rawError(sqlite3* db, const char* what, const QString& message)
{
    const QString detail = QStringLiteral("%1: %2").arg(QString::fromUtf8(what), QString::fromUtf8(sqlite3_errmsg(db)));
    if (sqlite3_extended_errcode(db) == SQLITE_CONSTRAINT_UNIQUE
        || sqlite3_extended_errcode(db) == SQLITE_CONSTRAINT_PRIMARYKEY) {
        return makeError(ErrorCode::Conflict,
                         QCoreApplication::translate("Services",
                                                     "The change was not saved because another record already "
                                                     "uses the same value where values must be unique."),
                         detail);
    }
    return makeError(ErrorCode::Database, message, detail);
}

Status rawExec(sqlite3* db, const char* sql, const QString& message)
{
    if (sqlite3_exec(db, sql, nullptr, nullptr, nullptr) != SQLITE_OK)
        return rawError(db, sql, message);
    return {};
}

RawStatement::RawStatement(sqlite3* db, QByteArray sql, QString failureMessage)
    : m_db(db)
    , m_sql(std::move(sql))
    , m_failure(std::move(failureMessage))
{
    if (sqlite3_prepare_v2(db, m_sql.constData(), int(m_sql.size()), &m_stmt, nullptr) != SQLITE_OK) {
        m_prepareError = rawError(db, m_sql.constData(), m_failure);
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
    }
}

RawStatement::~RawStatement()
{
    sqlite3_finalize(m_stmt);
}

Error RawStatement::prepareError() const
{
    return m_prepareError;
}

void RawStatement::text(int i, const std::string& v)
{
    sqlite3_bind_text(m_stmt, i, v.data(), int(v.size()), SQLITE_STATIC);
}

void RawStatement::text(int i, const char* v)
{
    sqlite3_bind_text(m_stmt, i, v, -1, SQLITE_STATIC);
}

void RawStatement::textOrNull(int i, const std::string& v)
{
    if (v.empty())
        sqlite3_bind_null(m_stmt, i);
    else
        text(i, v);
}

void RawStatement::textCopy(int i, const QString& v)
{
    const QByteArray utf8 = v.toUtf8();
    sqlite3_bind_text(m_stmt, i, utf8.isNull() ? "" : utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

void RawStatement::blob(int i, const QByteArray& v)
{
    sqlite3_bind_blob(m_stmt, i, v.constData(), int(v.size()), SQLITE_TRANSIENT);
}

void RawStatement::integer(int i, qint64 v)
{
    sqlite3_bind_int64(m_stmt, i, v);
}

void RawStatement::integerOrNull(int i, qint64 v)
{
    if (v == 0)
        sqlite3_bind_null(m_stmt, i);
    else
        integer(i, v);
}

void RawStatement::real(int i, double v)
{
    sqlite3_bind_double(m_stmt, i, v);
}

void RawStatement::null(int i)
{
    sqlite3_bind_null(m_stmt, i);
}

Status RawStatement::run()
{
    if (!m_stmt)
        return m_prepareError;
    const int rc = sqlite3_step(m_stmt);
    sqlite3_reset(m_stmt);
    if (rc != SQLITE_DONE)
        return rawError(m_db, m_sql.constData(), m_failure);
    return {};
}

int RawStatement::changes() const
{
    return sqlite3_changes(m_db);
}

} // namespace sw::storage
