#pragma once

// The QSqlResult half of QSQLCIPHER (see sqlcipherdriver.h). Internal to core/storage:
// application code reaches it only through QSqlQuery and the Qt SQL models.

#include <QByteArray>
#include <QList>
#include <QSqlError>
#include <QSqlRecord>
#include <QSqlResult>
#include <QVariant>

#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace sw::storage {

class SqlCipherDriver;

// Builds the QSqlError every part of the driver reports: driverText says what failed
// (already translated), databaseText is sqlite3_errmsg and nativeErrorCode the
// extended SQLite result code.
QSqlError makeSqlCipherError(const QString& driverText, sqlite3* db, QSqlError::ErrorType type, int rc);

// QMetaType for a column's declared type, following SQLite's affinity rules closely
// enough for Qt's models (INT → LongLong, CHAR/CLOB/TEXT → QString, ...). An empty
// declaration gives an invalid QMetaType: the caller decides by value.
QMetaType sqlCipherTypeForDeclaration(const QString& declaredType);

class SqlCipherResult final : public QSqlResult
{
public:
    explicit SqlCipherResult(const SqlCipherDriver* driver);
    ~SqlCipherResult() override;

    // Called by the driver right before it closes the connection: the statement is
    // finalized and the result becomes inactive, so later use reports an error
    // instead of touching a closed handle.
    void detachFromConnection();

protected:
    bool prepare(const QString& query) override;
    bool exec() override;
    bool reset(const QString& query) override;
    QVariant data(int i) override;
    bool isNull(int i) override;
    bool fetch(int i) override;
    bool fetchFirst() override;
    bool fetchLast() override;
    int size() override;
    int numRowsAffected() override;
    QSqlRecord record() const override;
    QVariant lastInsertId() const override;
    void detachFromResultSet() override;

private:
    friend class SqlCipherDriver;
    enum class Step { Row, Done, Failed };

    sqlite3* connection() const;
    bool prepareStatement(const QString& query);
    bool bindValues();
    bool bindOne(int parameter, const QVariant& value);
    bool execute();
    Step stepOnce();
    bool ensureRow(int index);
    const QVariantList* rowAt(int index) const;
    QVariant columnValue(int column) const;
    void finalizeStatement();
    void clearRows();

    const SqlCipherDriver* m_driver = nullptr; // null once the driver is gone
    sqlite3_stmt* m_stmt = nullptr;
    QSqlRecord m_record;
    // Rows stepped so far. Scrollable results keep all of them (m_rowBase stays 0);
    // forward-only results keep only the current row, whose index is m_rowBase.
    std::vector<QVariantList> m_rows;
    int m_rowBase = 0;
    bool m_done = true;
    int m_rowsAffected = -1;
    QVariant m_lastInsertId;
    // Buffers bound with SQLITE_STATIC; they live until the next exec or finalize,
    // which spares a copy of large BLOBs.
    QList<QByteArray> m_bindStorage;
};

} // namespace sw::storage
