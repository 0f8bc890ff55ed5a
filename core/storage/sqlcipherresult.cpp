#include "storage/sqlcipherresult.h"

#include "storage/sqlcipherdriver.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QSqlField>
#include <QTime>
#include <QUuid>

#include <sqlite3.h>

#include <limits>

namespace sw::storage {

namespace {

// Qt 6 no longer treats a variant holding a null QString/QByteArray/invalid date as
// null, but callers (and Qt's own models) mean SQL NULL by them.
bool isSqlNull(const QVariant& value)
{
    if (value.isNull())
        return true;
    switch (value.metaType().id()) {
    case QMetaType::QString:
        return value.toString().isNull();
    case QMetaType::QByteArray:
        return value.toByteArray().isNull();
    case QMetaType::QDateTime:
        return !value.toDateTime().isValid();
    case QMetaType::QDate:
        return !value.toDate().isValid();
    case QMetaType::QTime:
        return !value.toTime().isValid();
    default:
        return false;
    }
}

// True when the SQL left after the first statement holds only whitespace/comments.
bool tailIsEmpty(sqlite3* db, const char* tail)
{
    if (!tail || !*tail)
        return true;
    sqlite3_stmt* probe = nullptr;
    const char* rest = nullptr;
    const int rc = sqlite3_prepare_v2(db, tail, -1, &probe, &rest);
    const bool empty = rc == SQLITE_OK && probe == nullptr;
    sqlite3_finalize(probe);
    return empty;
}

} // namespace

QSqlError makeSqlCipherError(const QString& driverText, sqlite3* db, QSqlError::ErrorType type, int rc)
{
    QString databaseText;
    int code = rc;
    if (db) {
        databaseText = QString::fromUtf8(sqlite3_errmsg(db));
        const int extended = sqlite3_extended_errcode(db);
        // The handle's code may belong to a later call; prefer it only when it refines rc.
        if ((extended & 0xff) == (rc & 0xff))
            code = extended;
    } else {
        databaseText = QString::fromUtf8(sqlite3_errstr(rc));
    }
    return QSqlError(driverText, databaseText, type, QString::number(code));
}

QMetaType sqlCipherTypeForDeclaration(const QString& declaredType)
{
    const QString decl = declaredType.trimmed().toUpper();
    if (decl.isEmpty())
        return QMetaType();
    // Same precedence as SQLite's affinity rules: INT wins over everything else.
    if (decl.contains(QLatin1String("INT")) || decl.startsWith(QLatin1String("BOOL")))
        return QMetaType::fromType<qlonglong>();
    if (decl.contains(QLatin1String("CHAR")) || decl.contains(QLatin1String("CLOB")) ||
        decl.contains(QLatin1String("TEXT")))
        return QMetaType::fromType<QString>();
    if (decl.contains(QLatin1String("BLOB")))
        return QMetaType::fromType<QByteArray>();
    if (decl.contains(QLatin1String("REAL")) || decl.contains(QLatin1String("FLOA")) ||
        decl.contains(QLatin1String("DOUB")))
        return QMetaType::fromType<double>();
    // DATE/TIME are stored as ISO-8601 text; NUMERIC/DECIMAL and anything unknown are
    // reported as text too, so nothing is silently rounded.
    return QMetaType::fromType<QString>();
}

SqlCipherResult::SqlCipherResult(const SqlCipherDriver* driver)
    : QSqlResult(driver)
    , m_driver(driver)
{}

SqlCipherResult::~SqlCipherResult()
{
    finalizeStatement();
    if (m_driver)
        m_driver->unregisterResult(this);
}

void SqlCipherResult::detachFromConnection()
{
    finalizeStatement();
    clearRows();
    setActive(false);
    setAt(QSql::BeforeFirstRow);
}

sqlite3* SqlCipherResult::connection() const
{
    return m_driver && m_driver->isOpen() ? m_driver->sqliteHandle() : nullptr;
}

void SqlCipherResult::finalizeStatement()
{
    if (m_stmt) {
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
    }
    m_bindStorage.clear();
}

void SqlCipherResult::clearRows()
{
    m_rows.clear();
    m_rowBase = 0;
    m_done = true;
}

bool SqlCipherResult::prepareStatement(const QString& query)
{
    finalizeStatement();
    clearRows();
    m_record.clear();
    m_rowsAffected = -1;
    m_lastInsertId = QVariant();
    setActive(false);
    setAt(QSql::BeforeFirstRow);

    sqlite3* db = connection();
    if (!db) {
        setLastError(QSqlError(
            QCoreApplication::translate(
                "SqlCipherDriver", "Unable to prepare the statement: the database connection is closed."),
            QString(), QSqlError::ConnectionError));
        return false;
    }
    const QByteArray sql = query.toUtf8();
    const char* tail = nullptr;
    const int rc = sqlite3_prepare_v2(db, sql.constData(), int(sql.size()), &m_stmt, &tail);
    if (rc != SQLITE_OK) {
        setLastError(makeSqlCipherError(
            QCoreApplication::translate("SqlCipherDriver", "Unable to prepare the statement."), db,
            QSqlError::StatementError, rc));
        finalizeStatement();
        return false;
    }
    if (!m_stmt) {
        setLastError(QSqlError(QCoreApplication::translate(
                                   "SqlCipherDriver", "Unable to prepare the statement: it contains no SQL."),
                               QString(), QSqlError::StatementError));
        return false;
    }
    const qsizetype consumed = tail ? tail - sql.constData() : sql.size();
    if (consumed < sql.size() && !tailIsEmpty(db, sql.constData() + consumed)) {
        setLastError(
            QSqlError(QCoreApplication::translate(
                          "SqlCipherDriver",
                          "Unable to prepare the statement: only one statement can be executed at a time."),
                      QString(), QSqlError::StatementError));
        finalizeStatement();
        return false;
    }

    const int columns = sqlite3_column_count(m_stmt);
    for (int c = 0; c < columns; ++c) {
        const QString name = QString::fromUtf8(sqlite3_column_name(m_stmt, c));
        const QString decl = QString::fromUtf8(sqlite3_column_decltype(m_stmt, c));
        const char* table = sqlite3_column_table_name(m_stmt, c);
        QSqlField field(name, sqlCipherTypeForDeclaration(decl),
                        table ? QString::fromUtf8(table) : QString());
        m_record.append(field);
    }
    return true;
}

bool SqlCipherResult::prepare(const QString& query)
{
    setLastError(QSqlError());
    return prepareStatement(query);
}

bool SqlCipherResult::reset(const QString& query)
{
    if (!prepareStatement(query))
        return false;
    return execute();
}

bool SqlCipherResult::exec()
{
    clearRows();
    setActive(false);
    setAt(QSql::BeforeFirstRow);
    if (!m_stmt || !connection()) {
        setLastError(QSqlError(
            QCoreApplication::translate(
                "SqlCipherDriver",
                "Unable to execute the statement: it is not prepared or the database connection is closed."),
            QString(), QSqlError::StatementError));
        return false;
    }
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    m_bindStorage.clear();
    if (!bindValues())
        return false;
    return execute();
}

bool SqlCipherResult::bindValues()
{
    const QList<QVariant>& values = boundValues();
    // Qt hands us the query with "?" rewritten to ":0", ":1", ... and tells us, per
    // value slot, the placeholder name it belongs to; a name used twice has several
    // slots carrying the same value, so the first slot of each name is the one to bind.
    QHash<QString, int> slotOfName;
    for (int pos = 0; pos < values.size(); ++pos) {
        const QString name = boundValueName(pos);
        if (!slotOfName.contains(name))
            slotOfName.insert(name, pos);
    }
    const int parameters = sqlite3_bind_parameter_count(m_stmt);
    for (int p = 1; p <= parameters; ++p) {
        const char* rawName = sqlite3_bind_parameter_name(m_stmt, p);
        int slot = p - 1;
        if (rawName) {
            slot = slotOfName.value(QString::fromUtf8(rawName), -1);
        }
        if (slot < 0 || slot >= values.size()) {
            setLastError(QSqlError(
                QCoreApplication::translate(
                    "SqlCipherDriver", "Unable to execute the statement: no value is bound to parameter %1.")
                    .arg(rawName ? QString::fromUtf8(rawName) : QString::number(p)),
                QString(), QSqlError::StatementError));
            return false;
        }
        if (!bindOne(p, values.at(slot)))
            return false;
    }
    return true;
}

bool SqlCipherResult::bindOne(int parameter, const QVariant& value)
{
    sqlite3* db = connection();
    int rc = SQLITE_OK;
    auto bindText = [&](const QString& text) {
        m_bindStorage.append(text.toUtf8());
        const QByteArray& utf8 = m_bindStorage.constLast();
        return sqlite3_bind_text(m_stmt, parameter, utf8.constData(), int(utf8.size()), SQLITE_STATIC);
    };

    if (isSqlNull(value)) {
        rc = sqlite3_bind_null(m_stmt, parameter);
    } else {
        switch (value.metaType().id()) {
        case QMetaType::Bool:
            rc = sqlite3_bind_int(m_stmt, parameter, value.toBool() ? 1 : 0);
            break;
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::Short:
        case QMetaType::UShort:
        case QMetaType::Char:
        case QMetaType::SChar:
        case QMetaType::UChar:
        case QMetaType::Long:
        case QMetaType::LongLong:
            rc = sqlite3_bind_int64(m_stmt, parameter, value.toLongLong());
            break;
        case QMetaType::ULong:
        case QMetaType::ULongLong: {
            const qulonglong v = value.toULongLong();
            if (v > qulonglong(std::numeric_limits<qint64>::max())) {
                setLastError(QSqlError(
                    QCoreApplication::translate(
                        "SqlCipherDriver",
                        "Unable to bind parameter %1: the value does not fit into a 64-bit signed integer.")
                        .arg(parameter),
                    QString(), QSqlError::StatementError));
                return false;
            }
            rc = sqlite3_bind_int64(m_stmt, parameter, qint64(v));
            break;
        }
        case QMetaType::Double:
        case QMetaType::Float:
            rc = sqlite3_bind_double(m_stmt, parameter, value.toDouble());
            break;
        case QMetaType::QString:
        case QMetaType::QChar:
            rc = bindText(value.toString());
            break;
        case QMetaType::QByteArray: {
            m_bindStorage.append(value.toByteArray());
            const QByteArray& blob = m_bindStorage.constLast();
            // An empty QByteArray may have no storage; zeroblob keeps it a BLOB, not NULL.
            rc = blob.isEmpty() ? sqlite3_bind_zeroblob(m_stmt, parameter, 0)
                                : sqlite3_bind_blob(m_stmt, parameter, blob.constData(), int(blob.size()),
                                                    SQLITE_STATIC);
            break;
        }
        case QMetaType::QDateTime:
            rc = bindText(value.toDateTime().toUTC().toString(Qt::ISODateWithMs));
            break;
        case QMetaType::QDate:
            rc = bindText(value.toDate().toString(Qt::ISODate));
            break;
        case QMetaType::QTime:
            rc = bindText(value.toTime().toString(Qt::ISODateWithMs));
            break;
        case QMetaType::QUuid:
            rc = bindText(value.toUuid().toString(QUuid::WithoutBraces));
            break;
        default:
            setLastError(QSqlError(
                QCoreApplication::translate(
                    "SqlCipherDriver", "Unable to bind parameter %1: values of type %2 are not supported.")
                    .arg(parameter)
                    .arg(QString::fromLatin1(value.metaType().name())),
                QString(), QSqlError::StatementError));
            return false;
        }
    }
    if (rc != SQLITE_OK) {
        setLastError(makeSqlCipherError(
            QCoreApplication::translate("SqlCipherDriver", "Unable to bind parameter %1.").arg(parameter), db,
            QSqlError::StatementError, rc));
        return false;
    }
    return true;
}

bool SqlCipherResult::execute()
{
    sqlite3* db = connection();
    const int totalBefore = sqlite3_total_changes(db);
    const sqlite3_int64 rowidBefore = sqlite3_last_insert_rowid(db);
    m_rowsAffected = -1;
    m_lastInsertId = QVariant();
    m_done = false;

    const bool isQuery = sqlite3_column_count(m_stmt) > 0;
    // Step once even for queries: errors such as SQLITE_BUSY or a bad key surface at
    // exec() time, where callers look for them, and the first row is cached.
    if (stepOnce() == Step::Failed)
        return false;

    if (isQuery) {
        // Fill in types of expression columns (no declared type) from the first row.
        if (!m_rows.empty()) {
            for (int c = 0; c < m_record.count(); ++c) {
                if (m_record.field(c).metaType().isValid())
                    continue;
                QSqlField field = m_record.field(c);
                const QMetaType byValue = m_rows.front().value(c).metaType();
                field.setMetaType(byValue.isValid() ? byValue : QMetaType::fromType<QByteArray>());
                m_record.replace(c, field);
            }
        }
    } else {
        const bool changed = sqlite3_total_changes(db) != totalBefore;
        m_rowsAffected = changed ? sqlite3_changes(db) : 0;
        const sqlite3_int64 rowid = sqlite3_last_insert_rowid(db);
        const QByteArray verb = QByteArray(sqlite3_sql(m_stmt)).trimmed().left(7).toUpper();
        const bool isInsert = verb.startsWith("INSERT") || verb.startsWith("REPLACE");
        if ((isInsert && changed) || rowid != rowidBefore)
            m_lastInsertId = qlonglong(rowid);
    }
    setSelect(isQuery);
    setActive(true);
    setAt(QSql::BeforeFirstRow);
    return true;
}

SqlCipherResult::Step SqlCipherResult::stepOnce()
{
    if (m_done || !m_stmt)
        return Step::Done;
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) {
        if (isForwardOnly() && !m_rows.empty()) {
            m_rowBase += int(m_rows.size());
            m_rows.clear();
        }
        const int columns = sqlite3_column_count(m_stmt);
        QVariantList row;
        row.reserve(columns);
        for (int c = 0; c < columns; ++c)
            row.append(columnValue(c));
        m_rows.push_back(std::move(row));
        return Step::Row;
    }
    m_done = true;
    if (rc == SQLITE_DONE)
        return Step::Done;
    setLastError(
        makeSqlCipherError(QCoreApplication::translate("SqlCipherDriver", "Unable to execute the statement."),
                           connection(), QSqlError::StatementError, rc));
    sqlite3_reset(m_stmt);
    return Step::Failed;
}

QVariant SqlCipherResult::columnValue(int column) const
{
    switch (sqlite3_column_type(m_stmt, column)) {
    case SQLITE_INTEGER: {
        // LowPrecisionDouble is Qt's default policy, so it only governs REAL values:
        // honouring it here would turn every id into a double and lose 64-bit values.
        const qint64 v = sqlite3_column_int64(m_stmt, column);
        if (numericalPrecisionPolicy() == QSql::LowPrecisionInt32)
            return int(v);
        return qlonglong(v);
    }
    case SQLITE_FLOAT: {
        const double v = sqlite3_column_double(m_stmt, column);
        switch (numericalPrecisionPolicy()) {
        case QSql::LowPrecisionInt32:
            return int(v);
        case QSql::LowPrecisionInt64:
            return qlonglong(v);
        default:
            return v;
        }
    }
    case SQLITE_TEXT: {
        const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
        return QString::fromUtf8(text, sqlite3_column_bytes(m_stmt, column));
    }
    case SQLITE_BLOB: {
        const auto* blob = static_cast<const char*>(sqlite3_column_blob(m_stmt, column));
        const int bytes = sqlite3_column_bytes(m_stmt, column);
        return blob ? QByteArray(blob, bytes) : QByteArray("");
    }
    default: {
        const QMetaType type = column < m_record.count() ? m_record.field(column).metaType() : QMetaType();
        return QVariant(type.isValid() ? type : QMetaType::fromType<QString>());
    }
    }
}

bool SqlCipherResult::ensureRow(int index)
{
    if (index < m_rowBase)
        return false;
    while (index >= m_rowBase + int(m_rows.size())) {
        if (stepOnce() != Step::Row)
            return false;
    }
    return true;
}

const QVariantList* SqlCipherResult::rowAt(int index) const
{
    const int offset = index - m_rowBase;
    if (offset < 0 || offset >= int(m_rows.size()))
        return nullptr;
    return &m_rows[size_t(offset)];
}

bool SqlCipherResult::fetch(int i)
{
    if (!isActive() || !isSelect() || i < 0)
        return false;
    if (!ensureRow(i))
        return false;
    setAt(i);
    return true;
}

bool SqlCipherResult::fetchFirst()
{
    return fetch(0);
}

bool SqlCipherResult::fetchLast()
{
    if (!isActive() || !isSelect())
        return false;
    Step step = Step::Row;
    while (step == Step::Row)
        step = stepOnce();
    if (step == Step::Failed || m_rows.empty())
        return false;
    setAt(m_rowBase + int(m_rows.size()) - 1);
    return true;
}

QVariant SqlCipherResult::data(int i)
{
    const QVariantList* row = rowAt(at());
    if (!row || i < 0 || i >= row->size())
        return QVariant();
    return row->at(i);
}

bool SqlCipherResult::isNull(int i)
{
    const QVariantList* row = rowAt(at());
    return !row || i < 0 || i >= row->size() || row->at(i).isNull();
}

int SqlCipherResult::size()
{
    return -1;
}

int SqlCipherResult::numRowsAffected()
{
    return m_rowsAffected;
}

QSqlRecord SqlCipherResult::record() const
{
    return isActive() && isSelect() ? m_record : QSqlRecord();
}

QVariant SqlCipherResult::lastInsertId() const
{
    return isActive() ? m_lastInsertId : QVariant();
}

void SqlCipherResult::detachFromResultSet()
{
    // Releases the read lock an unfinished SELECT holds; the statement stays prepared.
    if (m_stmt)
        sqlite3_reset(m_stmt);
    clearRows();
}

} // namespace sw::storage
