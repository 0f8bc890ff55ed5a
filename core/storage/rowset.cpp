#include "storage/rowset.h"

#include "storage/sqlcipherdriver.h"

#include <QCoreApplication>
#include <QSqlDriver>

#include <memory>

#include <sqlite3.h>

namespace sw::storage {

namespace {

thread_local const RowSet* t_current = nullptr;

struct CachedSelect
{
    sqlite3* handle = nullptr;
    QString sql;
    QVariantList values;
    qint64 dataVersion = -1;
    qint64 totalChanges = -1;
    RowSet rows;
};
thread_local std::unique_ptr<CachedSelect> t_lastSelect;

Error selectError(sqlite3* handle, const char* what)
{
    return makeError(ErrorCode::Internal,
                     QCoreApplication::translate("Database", "The database could not be read."),
                     QStringLiteral("%1: %2").arg(QLatin1String(what), QString::fromUtf8(sqlite3_errmsg(handle))));
}

// PRAGMA data_version: changes when another connection commits.
Result<qint64> dataVersion(sqlite3* handle)
{
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(handle, "PRAGMA data_version", -1, &stmt, nullptr) != SQLITE_OK)
        return selectError(handle, "data_version");
    qint64 version = -1;
    if (sqlite3_step(stmt) == SQLITE_ROW)
        version = sqlite3_column_int64(stmt, 0);
    sqlite3_finalize(stmt);
    return version;
}

void inRowSet(sqlite3_context* context, int argc, sqlite3_value** argv)
{
    if (!t_current) {
        sqlite3_result_error(context, "sw_in_rowset() used outside a RowSet::Scope", -1);
        return;
    }
    if (argc != 1 || sqlite3_value_type(argv[0]) != SQLITE_INTEGER) {
        sqlite3_result_int(context, 0);
        return;
    }
    sqlite3_result_int(context, t_current->contains(sqlite3_value_int64(argv[0])) ? 1 : 0);
}

} // namespace

void RowSet::insert(qint64 n)
{
    if (n < 0)
        return; // row numbers (INTEGER PRIMARY KEY of our tables) are positive
    const auto word = std::size_t(quint64(n) >> 6);
    if (word >= m_bits.size())
        m_bits.resize(std::max(word + 1, m_bits.size() * 2), 0);
    const quint64 bit = quint64(1) << (quint64(n) & 63);
    if (!(m_bits[word] & bit)) {
        m_bits[word] |= bit;
        ++m_size;
    }
}

bool RowSet::contains(qint64 n) const
{
    if (n < 0)
        return false;
    const auto word = std::size_t(quint64(n) >> 6);
    return word < m_bits.size() && (m_bits[word] & (quint64(1) << (quint64(n) & 63)));
}

RowSet::Scope::Scope(const RowSet& set)
    : m_previous(t_current)
{
    t_current = &set;
}

RowSet::Scope::~Scope()
{
    t_current = m_previous;
}

Status RowSet::registerFunction(sqlite3* handle)
{
    // Not SQLITE_DETERMINISTIC: the answer depends on the set bound at run time.
    if (sqlite3_create_function_v2(handle, "sw_in_rowset", 1, SQLITE_UTF8, nullptr, &inRowSet, nullptr,
                                   nullptr, nullptr) != SQLITE_OK)
        return makeError(ErrorCode::Internal,
                         QCoreApplication::translate("Database", "The database driver is not available."),
                         QString::fromUtf8(sqlite3_errmsg(handle)));
    return {};
}

Result<RowSet> RowSet::select(QSqlDatabase db, const QString& sql, const QVariantList& values)
{
    auto* driver = qobject_cast<SqlCipherDriver*>(db.driver());
    sqlite3* handle = driver ? driver->sqliteHandle() : nullptr;
    if (!handle)
        return makeError(ErrorCode::Internal,
                         QCoreApplication::translate("Database", "The database driver is not available."),
                         QStringLiteral("connection is not a QSQLCIPHER connection"));
    auto version = dataVersion(handle);
    if (!version)
        return version.error();
    const qint64 changes = sqlite3_total_changes(handle);
    if (const CachedSelect* last = t_lastSelect.get(); last && last->handle == handle && last->sql == sql &&
        last->values == values && last->dataVersion == *version && last->totalChanges == changes)
        return last->rows;

    sqlite3_stmt* stmt = nullptr;
    const QByteArray text = sql.toUtf8();
    if (sqlite3_prepare_v2(handle, text.constData(), int(text.size()), &stmt, nullptr) != SQLITE_OK)
        return selectError(handle, "prepare");
    for (int i = 0; i < values.size(); ++i) {
        const QVariant& v = values.at(i);
        int rc = SQLITE_OK;
        if (v.typeId() == QMetaType::QString) {
            const QByteArray utf8 = v.toString().toUtf8();
            rc = sqlite3_bind_text(stmt, i + 1, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
        } else {
            rc = sqlite3_bind_int64(stmt, i + 1, v.toLongLong());
        }
        if (rc != SQLITE_OK) {
            sqlite3_finalize(stmt);
            return selectError(handle, "bind");
        }
    }
    RowSet rows;
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW)
        rows.insert(sqlite3_column_int64(stmt, 0));
    sqlite3_finalize(stmt);
    if (rc != SQLITE_DONE)
        return selectError(handle, "step");

    auto cached = std::make_unique<CachedSelect>();
    cached->handle = handle;
    cached->sql = sql;
    cached->values = values;
    cached->dataVersion = *version;
    cached->totalChanges = changes;
    cached->rows = rows;
    t_lastSelect = std::move(cached);
    return rows;
}

} // namespace sw::storage
