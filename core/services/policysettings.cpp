#include "services/policysettings.h"

#include "services/sqlsupport.h"
#include "services/writetransaction.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace sw::services {

namespace {

const QString kSettings = QStringLiteral("settings");

// The live settings row of `key`: its id (empty when not set) and value.
Status lookup(QSqlDatabase db, const QString& key, QString* id, QString* value)
{
    QSqlQuery q(db);
    SW_TRY(execQuery(q, QStringLiteral("SELECT id, value FROM settings WHERE key = ? AND deleted = 0"), {key}));
    if (q.next()) {
        *id = q.value(0).toString();
        *value = q.value(1).toString();
    }
    return {};
}

} // namespace

std::optional<QJsonObject> readPolicyJson(QSqlDatabase db, const QString& key)
{
    QString id;
    QString text;
    if (!lookup(db, key, &id, &text).ok() || text.trimmed().isEmpty())
        return std::nullopt;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
    if (!doc.isObject())
        return std::nullopt;
    return doc.object();
}

Status storePolicyJson(WriteTransaction& tx, const QString& key, const QJsonObject& json)
{
    const QString value = QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
    QString id;
    QString current;
    SW_TRY(lookup(tx.database(), key, &id, &current));
    if (!id.isEmpty())
        return tx.update(kSettings, id, {{QStringLiteral("value"), value}}, QStringLiteral("setting.change"));
    auto inserted = tx.insert(kSettings, {{QStringLiteral("key"), key}, {QStringLiteral("value"), value}},
                              QStringLiteral("setting.change"));
    if (!inserted)
        return inserted.error();
    return {};
}

Status removePolicy(WriteTransaction& tx, const QString& key)
{
    QString id;
    QString value;
    SW_TRY(lookup(tx.database(), key, &id, &value));
    if (id.isEmpty())
        return {};
    return tx.remove(kSettings, id, QStringLiteral("setting.unset"));
}

} // namespace sw::services
