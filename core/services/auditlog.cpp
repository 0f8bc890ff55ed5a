#include "services/auditlog.h"

#include "services/sqlsupport.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace sw::services {

namespace {

const QString kGenesisHash = QString(64, QLatin1Char('0'));

QString toJsonText(const QVariantMap& map)
{
    // QJsonObject keeps its keys sorted, so equal maps always give equal text.
    return QString::fromUtf8(QJsonDocument(QJsonObject::fromVariantMap(map)).toJson(QJsonDocument::Compact));
}

bool parseJsonObject(const QString& text, QJsonObject* out)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return false;
    *out = doc.object();
    return true;
}

// The canonical bytes that are hashed: a compact JSON array of every stored column
// except the hashes themselves. Built from the *stored* JSON text of before/after (parsed
// and re-serialised) so append and verify take exactly the same path.
QByteArray canonical(qint64 seq, const QString& at, const QString& actorId, const QString& actorLogin,
                     const QString& action, const QString& entity, const QString& entityId,
                     const QJsonObject& before, const QJsonObject& after)
{
    const QJsonArray array{QJsonValue(seq),  at,     actorId,  actorLogin,
                           action,           entity, entityId, QJsonValue(before),
                           QJsonValue(after)};
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

QString chainHash(const QString& prevHash, const QByteArray& canonicalBytes)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(prevHash.toLatin1());
    h.addData(canonicalBytes);
    return QString::fromLatin1(h.result().toHex());
}

// The driver binds a null QString as SQL NULL; the audit columns are NOT NULL text.
QString text(const QString& s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QString seqText(qint64 seq)
{
    // Plain digits: the number identifies a row, it is not a quantity to group.
    return QString::number(seq);
}

} // namespace

Status AuditLog::append(QSqlDatabase db, AuditEntry entry)
{
    QSqlQuery last(db);
    SW_TRY(execQuery(last, QStringLiteral("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1")));
    qint64 seq = 1;
    QString prevHash = kGenesisHash;
    if (last.next()) {
        seq = last.value(0).toLongLong() + 1;
        prevHash = last.value(1).toString();
    }
    last.finish();

    const QString at = toDbTime(entry.at.isValid() ? entry.at : QDateTime::currentDateTimeUtc());
    const QString beforeText = toJsonText(entry.before);
    const QString afterText = toJsonText(entry.after);
    QJsonObject before;
    QJsonObject after;
    parseJsonObject(beforeText, &before);
    parseJsonObject(afterText, &after);
    const QString hash = chainHash(prevHash, canonical(seq, at, entry.actorId, entry.actorLogin, entry.action,
                                                       entry.entity, entry.entityId, before, after));

    QSqlQuery insert(db);
    return execQuery(insert,
                     QStringLiteral("INSERT INTO audit_log (seq, at, actor_id, actor_login, action, entity, "
                                    "entity_id, before_json, after_json, prev_hash, hash) "
                                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                     {seq, at, text(entry.actorId), text(entry.actorLogin), text(entry.action),
                      text(entry.entity), text(entry.entityId), beforeText, afterText, prevHash, hash});
}

Result<qint64> AuditLog::verify(QSqlDatabase db)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    SW_TRY(
        execQuery(q, QStringLiteral("SELECT seq, at, actor_id, actor_login, action, entity, entity_id, "
                                    "before_json, after_json, prev_hash, hash FROM audit_log ORDER BY seq")));
    qint64 expectedSeq = 1;
    QString expectedPrev = kGenesisHash;
    qint64 count = 0;
    auto broken = [](const QString& message) {
        return makeError(ErrorCode::Conflict, message);
    };
    while (q.next()) {
        const qint64 seq = q.value(0).toLongLong();
        if (seq != expectedSeq) {
            return broken(QCoreApplication::translate(
                              "AuditLog", "The audit log has been tampered with: entry %1 is missing.")
                              .arg(seqText(expectedSeq)));
        }
        QJsonObject before;
        QJsonObject after;
        const bool jsonOk =
            parseJsonObject(q.value(7).toString(), &before) && parseJsonObject(q.value(8).toString(), &after);
        const QString prevHash = q.value(9).toString();
        const QString stored = q.value(10).toString();
        const QString computed =
            chainHash(prevHash, canonical(seq, q.value(1).toString(), q.value(2).toString(),
                                          q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                                          q.value(6).toString(), before, after));
        if (!jsonOk || prevHash != expectedPrev || computed != stored) {
            return broken(QCoreApplication::translate(
                              "AuditLog", "The audit log has been tampered with: entry %1 was changed.")
                              .arg(seqText(seq)));
        }
        expectedPrev = stored;
        ++expectedSeq;
        ++count;
    }
    if (q.lastError().isValid())
        return sqlError(q.lastError());
    return count;
}

Result<QList<AuditEntry>> AuditLog::recent(QSqlDatabase db, int limit)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    SW_TRY(execQuery(q,
                     QStringLiteral("SELECT seq, at, actor_id, actor_login, action, entity, entity_id, "
                                    "before_json, after_json, prev_hash, hash FROM audit_log "
                                    "ORDER BY seq DESC LIMIT ?"),
                     {qMax(0, limit)}));
    QList<AuditEntry> out;
    while (q.next()) {
        AuditEntry e;
        e.seq = q.value(0).toLongLong();
        e.at = fromDbTime(q.value(1));
        e.actorId = q.value(2).toString();
        e.actorLogin = q.value(3).toString();
        e.action = q.value(4).toString();
        e.entity = q.value(5).toString();
        e.entityId = q.value(6).toString();
        QJsonObject obj;
        if (parseJsonObject(q.value(7).toString(), &obj))
            e.before = obj.toVariantMap();
        if (parseJsonObject(q.value(8).toString(), &obj))
            e.after = obj.toVariantMap();
        e.prevHash = q.value(9).toString();
        e.hash = q.value(10).toString();
        out << e;
    }
    return out;
}

} // namespace sw::services
