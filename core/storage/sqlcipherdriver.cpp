#include "storage/sqlcipherdriver.h"

#include "storage/sqlcipherresult.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlField>
#include <QSqlIndex>
#include <QSqlRecord>
#include <QTime>

#include <sqlite3.h>

#include <algorithm>
#include <mutex>

namespace sw::storage {

namespace {

constexpr int kDefaultBusyTimeoutMs = 5000;

QString quoteIdentifier(QString name)
{
    name.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + name + QLatin1Char('"');
}

// Reads one identifier part starting at pos: either "quoted" (with "" for a quote)
// or raw up to the next dot. Advances pos past it.
QString readIdentifierPart(const QString& text, qsizetype& pos)
{
    QString part;
    if (pos < text.size() && text.at(pos) == QLatin1Char('"')) {
        ++pos;
        while (pos < text.size()) {
            const QChar ch = text.at(pos++);
            if (ch == QLatin1Char('"')) {
                if (pos < text.size() && text.at(pos) == QLatin1Char('"')) {
                    part += ch;
                    ++pos;
                    continue;
                }
                break;
            }
            part += ch;
        }
        return part;
    }
    const qsizetype dot = text.indexOf(QLatin1Char('.'), pos);
    const qsizetype end = dot < 0 ? text.size() : dot;
    part = text.mid(pos, end - pos);
    pos = end;
    return part;
}

// Splits a table name as escapeIdentifier() understands it into (schema, table),
// both unescaped. The schema is empty when the name is not qualified.
std::pair<QString, QString> splitTableName(const QString& name)
{
    qsizetype pos = 0;
    const QString first = readIdentifierPart(name, pos);
    if (pos < name.size() && name.at(pos) == QLatin1Char('.') && pos + 1 < name.size()) {
        ++pos;
        return {first, readIdentifierPart(name, pos)};
    }
    return {QString(), first};
}

QVariant defaultValueFromSql(const QVariant& expression)
{
    if (expression.isNull())
        return QVariant();
    QString text = expression.toString();
    if (text.size() >= 2 && text.startsWith(QLatin1Char('\'')) && text.endsWith(QLatin1Char('\''))) {
        text = text.mid(1, text.size() - 2);
        text.replace(QLatin1String("''"), QLatin1String("'"));
    }
    return text;
}

} // namespace

void registerSqlCipherDriver()
{
    static std::once_flag once;
    std::call_once(once, [] {
        QSqlDatabase::registerSqlDriver(QString::fromLatin1(kSqlCipherDriverName),
                                        new QSqlDriverCreator<SqlCipherDriver>());
    });
}

SqlCipherDriver::SqlCipherDriver(QObject* parent)
    : QSqlDriver(parent)
{}

SqlCipherDriver::~SqlCipherDriver()
{
    close();
    // Results outliving the driver must not call back into it.
    for (SqlCipherResult* result : std::as_const(m_results))
        result->m_driver = nullptr;
    m_results.clear();
}

bool SqlCipherDriver::hasFeature(DriverFeature feature) const
{
    switch (feature) {
    case Transactions:
    case BLOB:
    case Unicode:
    case PreparedQueries:
    case NamedPlaceholders:
    case PositionalPlaceholders:
    case LastInsertId:
    case LowPrecisionNumbers:
    case FinishQuery:
        return true;
    case QuerySize:
    case SimpleLocking:
    case BatchOperations:
    case EventNotifications:
    case MultipleResultSets:
    case CancelQuery:
        return false;
    }
    return false;
}

bool SqlCipherDriver::open(const QString& db, const QString& /*user*/, const QString& /*password*/,
                           const QString& /*host*/, int /*port*/, const QString& connectOptions)
{
    if (isOpen())
        close();

    bool readOnly = false;
    int busyTimeoutMs = kDefaultBusyTimeoutMs;
    const QStringList options = connectOptions.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    for (const QString& rawOption : options) {
        const QString option = rawOption.trimmed();
        if (option == QLatin1String("SW_OPEN_READONLY")) {
            readOnly = true;
        } else if (option.startsWith(QLatin1String("SW_BUSY_TIMEOUT="))) {
            bool ok = false;
            const int ms = option.mid(int(qstrlen("SW_BUSY_TIMEOUT="))).toInt(&ok);
            if (!ok || ms < 0) {
                setLastError(QSqlError(
                    QCoreApplication::translate("SqlCipherDriver",
                                                "Unable to open the database: the busy timeout \"%1\" is "
                                                "not a number of milliseconds.")
                        .arg(option),
                    QString(), QSqlError::ConnectionError));
                setOpenError(true);
                return false;
            }
            busyTimeoutMs = ms;
        } else if (!option.isEmpty()) {
            setLastError(QSqlError(
                QCoreApplication::translate("SqlCipherDriver",
                                            "Unable to open the database: unknown connection option \"%1\".")
                    .arg(option),
                QString(), QSqlError::ConnectionError));
            setOpenError(true);
            return false;
        }
    }

    const int flags = readOnly ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    sqlite3* handle = nullptr;
    const int rc = sqlite3_open_v2(db.toUtf8().constData(), &handle, flags, nullptr);
    if (rc != SQLITE_OK) {
        setLastError(makeSqlCipherError(
            QCoreApplication::translate("SqlCipherDriver", "Unable to open the database file."), handle,
            QSqlError::ConnectionError, rc));
        sqlite3_close_v2(handle);
        setOpenError(true);
        return false;
    }
    // Neither call touches the file: the key must be set before the first read.
    sqlite3_extended_result_codes(handle, 1);
    sqlite3_busy_timeout(handle, busyTimeoutMs);
    m_db = handle;
    setOpen(true);
    setOpenError(false);
    setLastError(QSqlError());
    return true;
}

void SqlCipherDriver::close()
{
    // Detach first: a result must not finalize into a closed handle later.
    for (SqlCipherResult* result : std::as_const(m_results))
        result->detachFromConnection();
    if (m_db) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
    if (isOpen() || isOpenError()) {
        setOpen(false);
        setOpenError(false);
    }
}

QSqlResult* SqlCipherDriver::createResult() const
{
    auto* result = new SqlCipherResult(this);
    m_results.append(result);
    return result;
}

void SqlCipherDriver::unregisterResult(SqlCipherResult* result) const
{
    m_results.removeOne(result);
}

bool SqlCipherDriver::execSimple(const char* sql, const QString& errorText)
{
    if (!isOpen() || !m_db) {
        setLastError(QSqlError(
            errorText, QCoreApplication::translate("SqlCipherDriver", "The database connection is closed."),
            QSqlError::TransactionError));
        return false;
    }
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK) {
        setLastError(makeSqlCipherError(errorText, m_db, QSqlError::TransactionError, rc));
        return false;
    }
    return true;
}

bool SqlCipherDriver::beginTransaction()
{
    return execSimple("BEGIN IMMEDIATE",
                      QCoreApplication::translate("SqlCipherDriver", "Unable to begin the transaction."));
}

bool SqlCipherDriver::commitTransaction()
{
    return execSimple("COMMIT",
                      QCoreApplication::translate("SqlCipherDriver", "Unable to commit the transaction."));
}

bool SqlCipherDriver::rollbackTransaction()
{
    return execSimple("ROLLBACK",
                      QCoreApplication::translate("SqlCipherDriver", "Unable to roll back the transaction."));
}

bool SqlCipherDriver::queryRows(const QString& sql, QList<QVariantList>* rows) const
{
    if (!isOpen() || !m_db)
        return false;
    sqlite3_stmt* stmt = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v2(m_db, utf8.constData(), int(utf8.size()), &stmt, nullptr) != SQLITE_OK) {
        sqlite3_finalize(stmt);
        return false;
    }
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        QVariantList row;
        for (int c = 0; c < sqlite3_column_count(stmt); ++c) {
            switch (sqlite3_column_type(stmt, c)) {
            case SQLITE_INTEGER:
                row.append(qlonglong(sqlite3_column_int64(stmt, c)));
                break;
            case SQLITE_NULL:
                row.append(QVariant());
                break;
            default:
                row.append(QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(stmt, c)),
                                             sqlite3_column_bytes(stmt, c)));
                break;
            }
        }
        rows->append(row);
    }
    sqlite3_finalize(stmt);
    return rc == SQLITE_DONE;
}

QStringList SqlCipherDriver::tables(QSql::TableType type) const
{
    QStringList names;
    QList<QVariantList> rows;
    const int wanted = int(type);
    if (wanted & QSql::Tables) {
        queryRows(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' "
                                 "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' "
                                 "UNION ALL SELECT name FROM sqlite_temp_master WHERE type = 'table' "
                                 "ORDER BY name"),
                  &rows);
    }
    if (wanted & QSql::Views) {
        queryRows(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'view' "
                                 "UNION ALL SELECT name FROM sqlite_temp_master WHERE type = 'view' "
                                 "ORDER BY name"),
                  &rows);
    }
    if ((wanted & QSql::SystemTables) && isOpen()) {
        names.append(QStringLiteral("sqlite_master"));
        queryRows(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' "
                                 "AND name LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name"),
                  &rows);
    }
    for (const QVariantList& row : std::as_const(rows))
        names.append(row.value(0).toString());
    return names;
}

QList<QVariantList> SqlCipherDriver::tableInfo(const QString& tableName, QString* unescapedTable) const
{
    const auto [schema, table] = splitTableName(tableName);
    *unescapedTable = table;
    const QString pragma =
        schema.isEmpty()
            ? QStringLiteral("PRAGMA table_info(%1)").arg(quoteIdentifier(table))
            : QStringLiteral("PRAGMA %1.table_info(%2)").arg(quoteIdentifier(schema), quoteIdentifier(table));
    // Columns: cid, name, type, notnull, dflt_value, pk.
    QList<QVariantList> rows;
    queryRows(pragma, &rows);
    return rows;
}

QSqlRecord SqlCipherDriver::record(const QString& tableName) const
{
    QString table;
    const QList<QVariantList> info = tableInfo(tableName, &table);
    const auto pkCount = std::count_if(info.cbegin(), info.cend(),
                                       [](const QVariantList& row) { return row.value(5).toInt() > 0; });
    QSqlRecord record;
    for (const QVariantList& row : info) {
        const QString declared = row.value(2).toString();
        QMetaType type = sqlCipherTypeForDeclaration(declared);
        if (!type.isValid())
            type = QMetaType::fromType<QByteArray>();
        QSqlField field(row.value(1).toString(), type, table);
        field.setRequiredStatus(row.value(3).toInt() != 0 ? QSqlField::Required : QSqlField::Optional);
        field.setDefaultValue(defaultValueFromSql(row.value(4)));
        // Only a lone INTEGER PRIMARY KEY aliases the rowid and is filled in by SQLite.
        field.setAutoValue(pkCount == 1 && row.value(5).toInt() > 0 &&
                           declared.trimmed().compare(QLatin1String("INTEGER"), Qt::CaseInsensitive) == 0);
        record.append(field);
    }
    return record;
}

QSqlIndex SqlCipherDriver::primaryIndex(const QString& tableName) const
{
    QString table;
    QList<QVariantList> info = tableInfo(tableName, &table);
    const QSqlRecord fields = record(tableName);
    QSqlIndex index(table);
    std::stable_sort(info.begin(), info.end(), [](const QVariantList& a, const QVariantList& b) {
        return a.value(5).toInt() < b.value(5).toInt();
    });
    for (const QVariantList& row : std::as_const(info)) {
        if (row.value(5).toInt() > 0)
            index.append(fields.field(row.value(1).toString()));
    }
    return index;
}

QVariant SqlCipherDriver::handle() const
{
    return QVariant::fromValue(m_db);
}

QString SqlCipherDriver::escapeIdentifier(const QString& identifier, IdentifierType type) const
{
    if (identifier.isEmpty() || isIdentifierEscaped(identifier, type))
        return identifier;
    if (type == TableName) {
        const qsizetype dot = identifier.indexOf(QLatin1Char('.'));
        if (dot > 0 && dot < identifier.size() - 1)
            return quoteIdentifier(identifier.left(dot)) + QLatin1Char('.') +
                   quoteIdentifier(identifier.mid(dot + 1));
    }
    return quoteIdentifier(identifier);
}

bool SqlCipherDriver::isIdentifierEscaped(const QString& identifier, IdentifierType /*type*/) const
{
    return identifier.size() >= 2 && identifier.startsWith(QLatin1Char('"')) &&
           identifier.endsWith(QLatin1Char('"'));
}

QString SqlCipherDriver::formatValue(const QSqlField& field, bool trimStrings) const
{
    if (field.isNull())
        return QStringLiteral("NULL");
    const QVariant value = field.value();
    switch (field.metaType().id()) {
    case QMetaType::QString:
    case QMetaType::QChar: {
        QString text = value.toString();
        if (trimStrings) {
            while (!text.isEmpty() && text.back().isSpace())
                text.chop(1);
        }
        text.replace(QLatin1Char('\''), QLatin1String("''"));
        return QLatin1Char('\'') + text + QLatin1Char('\'');
    }
    case QMetaType::QByteArray:
        return QLatin1String("X'") + QString::fromLatin1(value.toByteArray().toHex()) + QLatin1Char('\'');
    case QMetaType::Bool:
        return value.toBool() ? QStringLiteral("1") : QStringLiteral("0");
    case QMetaType::QDateTime:
        return QLatin1Char('\'') + value.toDateTime().toUTC().toString(Qt::ISODateWithMs) + QLatin1Char('\'');
    case QMetaType::QDate:
        return QLatin1Char('\'') + value.toDate().toString(Qt::ISODate) + QLatin1Char('\'');
    case QMetaType::QTime:
        return QLatin1Char('\'') + value.toTime().toString(Qt::ISODateWithMs) + QLatin1Char('\'');
    default:
        return QSqlDriver::formatValue(field, trimStrings);
    }
}

} // namespace sw::storage
