#include "storage/migrations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace sw::storage {

namespace {

// A chunk holding only comments and blank lines is not a statement.
bool hasSql(const QString& chunk)
{
    const QStringList lines = chunk.split(QLatin1Char('\n'));
    return std::any_of(lines.begin(), lines.end(), [](const QString& line) {
        const QString trimmed = line.trimmed();
        return !trimmed.isEmpty() && !trimmed.startsWith(QLatin1String("--"));
    });
}

Status failStep(const Migrations::Step& step, const QString& detail)
{
    return makeError(
        ErrorCode::Database,
        QCoreApplication::translate("Migrations", "The database could not be upgraded to schema version %1.")
            .arg(step.version),
        QStringLiteral("%1: %2").arg(QFileInfo(step.path).fileName(), detail));
}

} // namespace

Result<QList<Migrations::Step>> Migrations::steps(const QString& dir)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_[A-Za-z0-9_]+\\.sql$"));
    QList<Step> result;
    const QStringList names = QDir(dir).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString& name : names) {
        const QRegularExpressionMatch match = pattern.match(name);
        if (!match.hasMatch())
            return makeError(
                ErrorCode::Internal,
                QCoreApplication::translate("Migrations", "A schema migration file has an invalid name."),
                QStringLiteral("migration file name not NNNN_name.sql: %1").arg(name));
        result.append(Step{match.captured(1).toInt(), QDir(dir).filePath(name)});
    }
    std::sort(result.begin(), result.end(),
              [](const Step& a, const Step& b) { return a.version < b.version; });
    for (qsizetype i = 0; i < result.size(); ++i) {
        if (result[i].version <= 0 || (i > 0 && result[i].version == result[i - 1].version))
            return makeError(
                ErrorCode::Internal,
                QCoreApplication::translate("Migrations", "A schema migration file has an invalid number."),
                QStringLiteral("duplicate or zero migration number %1").arg(result[i].version));
    }
    return result;
}

int Migrations::latestVersion(const QString& dir)
{
    const auto list = steps(dir);
    if (!list.ok() || list->isEmpty())
        return 0;
    return list->last().version;
}

QStringList Migrations::splitStatements(const QString& sql)
{
    QStringList statements;
    QString current;
    const QStringList lines =
        QString(sql).replace(QLatin1String("\r\n"), QLatin1String("\n")).split(QLatin1Char('\n'));
    for (const QString& line : lines) {
        if (line.trimmed() == QLatin1String("--;")) {
            if (hasSql(current))
                statements.append(current.trimmed());
            current.clear();
        } else {
            current += line + QLatin1Char('\n');
        }
    }
    if (hasSql(current))
        statements.append(current.trimmed());
    return statements;
}

Result<int> Migrations::schemaVersion(QSqlDatabase db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return makeError(ErrorCode::Database,
                         QCoreApplication::translate("Migrations",
                                                     "The schema version of the database could not be read."),
                         query.lastError().text());
    return query.value(0).toInt();
}

Status Migrations::checkNotTooNew(int dbVersion, int latest)
{
    if (dbVersion > latest)
        return makeError(ErrorCode::SchemaTooNew,
                         QCoreApplication::translate(
                             "Migrations",
                             "This database has schema version %1, but this version of Shopwarden only "
                             "knows schema versions up to %2. Please install a newer Shopwarden.")
                             .arg(dbVersion)
                             .arg(latest));
    return {};
}

Status Migrations::apply(QSqlDatabase db, const QString& dir)
{
    const auto list = steps(dir);
    SW_TRY(list);
    const int latest = list->isEmpty() ? 0 : list->last().version;
    const auto version = schemaVersion(db);
    SW_TRY(version);
    SW_TRY(checkNotTooNew(*version, latest));

    for (const Step& step : *list) {
        if (step.version <= *version)
            continue;
        QFile file(step.path);
        if (!file.open(QIODevice::ReadOnly))
            return failStep(step, file.errorString());
        const QStringList statements = splitStatements(QString::fromUtf8(file.readAll()));

        // One transaction per step: the schema changes and the version bump land together
        // or not at all (SQLite DDL is transactional).
        if (!db.transaction())
            return failStep(step, db.lastError().text());
        QString failure;
        int index = 0;
        for (const QString& statement : statements) {
            ++index;
            QSqlQuery query(db);
            if (!query.exec(statement)) {
                failure = QStringLiteral("statement %1: %2").arg(index).arg(query.lastError().text());
                break;
            }
        }
        if (failure.isEmpty()) {
            QSqlQuery bump(db);
            if (!bump.exec(QStringLiteral("PRAGMA user_version = %1").arg(step.version)))
                failure = bump.lastError().text();
        }
        if (failure.isEmpty() && !db.commit())
            failure = db.lastError().text();
        if (!failure.isEmpty()) {
            db.rollback();
            return failStep(step, failure);
        }
    }
    return {};
}

} // namespace sw::storage
