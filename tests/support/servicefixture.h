#pragma once

// A throwaway encrypted database for service tests (real SQLCipher, no mocks), plus
// small SQL helpers the tests use to look behind the services' back.

#include "services/actor.h"
#include "services/userservice.h"
#include "storage/database.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QVariant>

#include <memory>

namespace swtest {

class ServiceFixture
{
public:
    // Creates a fresh database; false (with a reason in *why) if that failed.
    bool create(QString* why)
    {
        m_db.reset();
        m_dir = std::make_unique<QTemporaryDir>();
        if (!m_dir->isValid()) {
            *why = QStringLiteral("no temporary directory");
            return false;
        }
        auto db =
            sw::storage::Database::create(m_dir->filePath(QStringLiteral("test.db")),
                                          sw::storage::Secret::fromUtf8(QStringLiteral("test passphrase")));
        if (!db.ok()) {
            *why = db.message() + QLatin1Char(' ') + db.error().detail;
            return false;
        }
        m_db = std::move(*db);
        return true;
    }

    void destroy()
    {
        m_db.reset();
        m_dir.reset();
    }

    sw::storage::Database& db() { return *m_db; }
    QSqlDatabase conn() { return m_db->connection(); }

    QVariant scalar(const QString& sql, const QVariantList& values = {})
    {
        QSqlQuery q(conn());
        if (!q.prepare(sql))
            qFatal("prepare failed: %s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        for (const QVariant& v : values)
            q.addBindValue(v);
        if (!q.exec())
            qFatal("exec failed: %s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return q.next() ? q.value(0) : QVariant();
    }

    qint64 count(const QString& tableAndWhere, const QVariantList& values = {})
    {
        return scalar(QStringLiteral("SELECT COUNT(*) FROM ") + tableAndWhere, values).toLongLong();
    }

    bool exec(const QString& sql, const QVariantList& values = {})
    {
        QSqlQuery q(conn());
        if (!q.prepare(sql))
            return false;
        for (const QVariant& v : values)
            q.addBindValue(v);
        return q.exec();
    }

    // Creates the first administrator and returns them as an Actor.
    sw::services::Actor firstAdmin(const QString& login = QStringLiteral("admin"),
                                   const QString& password = QStringLiteral("admin-password"))
    {
        auto id =
            sw::services::UserService::createFirstAdmin(db(), login, QStringLiteral("系统管理员"), password);
        if (!id.ok())
            qFatal("createFirstAdmin failed: %s", qPrintable(id.message()));
        return sw::services::Actor{*id, login, QStringLiteral("系统管理员"), {}, {sw::domain::Role::Admin}};
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<sw::storage::Database> m_db;
};

inline QDateTime fixedStart()
{
    return QDateTime(QDate(2025, 3, 1), QTime(8, 0), Qt::UTC);
}

} // namespace swtest
