#pragma once

// Shared set-up of the QSQLCIPHER driver tests (tst_sqlcipherdriver*.cpp; not a test
// itself): real, keyed SQLCipher files, every connection keyed with sqlite3_key() on the
// raw handle right after open(), exactly as Database does.

#include "storage/sqlcipherdriver.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

namespace swtest::sqlcipher {

inline const QByteArray kRawKey = "x'2DD29CA851E7B56E4697B0E1F08507293D761A05CE4D1B628663F411A8086D99'";

inline sqlite3* handleOf(const QSqlDatabase& db)
{
    return qvariant_cast<sqlite3*>(db.driver()->handle());
}

inline bool keyConnection(const QSqlDatabase& db)
{
    sqlite3* handle = handleOf(db);
    return handle && sqlite3_key(handle, kRawKey.constData(), int(kRawKey.size())) == SQLITE_OK;
}

// Opens (and by default keys) a named connection; the caller checks isOpen().
inline QSqlDatabase openConnection(const QString& name, const QString& path, const QString& options = {},
                                   bool key = true)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QString::fromLatin1(sw::storage::kSqlCipherDriverName), name);
    db.setDatabaseName(path);
    db.setConnectOptions(options);
    if (db.open() && key && !keyConnection(db))
        db.close();
    return db;
}

inline QVariant scalar(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return QVariant();
    return q.value(0);
}

// A fresh keyed file for every test function, under one temporary directory: a test
// class calls open() from init() and close() from cleanup().
class FreshDatabase
{
public:
    explicit FreshDatabase(const QString& connectionName)
        : m_connectionName(connectionName)
    {}

    bool isValid() const { return m_dir.isValid(); }
    QString connectionName() const { return m_connectionName; }
    QString path() const { return m_path; }
    QString filePath(const QString& name) const { return m_dir.filePath(name); }
    QSqlDatabase db() const { return QSqlDatabase::database(m_connectionName, false); }

    // False, with the driver's reason in *why, when the new file cannot be opened.
    bool open(QString* why)
    {
        m_path = m_dir.filePath(QStringLiteral("test-%1.db").arg(++m_counter));
        QSqlDatabase database = openConnection(m_connectionName, m_path);
        if (!database.isOpen())
            *why = database.lastError().text();
        return database.isOpen();
    }

    void close()
    {
        {
            QSqlDatabase database = db();
            database.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }

private:
    QString m_connectionName;
    QTemporaryDir m_dir;
    QString m_path;
    int m_counter = 0;
};

} // namespace swtest::sqlcipher

#define EXEC(db, sql)                                                                                        \
    do {                                                                                                     \
        QSqlQuery q_(db);                                                                                    \
        QVERIFY2(q_.exec(sql), qPrintable(q_.lastError().text()));                                           \
    } while (false)
