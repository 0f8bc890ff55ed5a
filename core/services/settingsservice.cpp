#include "services/settingsservice.h"

#include "services/sqlsupport.h"
#include "services/writetransaction.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlQuery>

namespace sw::services {

namespace {

Error badKey()
{
    return makeError(ErrorCode::InvalidInput,
                     QCoreApplication::translate(
                         "SettingsService", "A setting name must be 1 to 64 characters long and use only "
                                            "lowercase letters, digits, '.' and '_'."));
}

} // namespace

SettingsService::SettingsService(storage::Database& db, Actor actor, const Clock* clock)
    : m_db(db)
    , m_actor(std::move(actor))
    , m_clock(clock)
{}

bool SettingsService::isValidKey(const QString& key)
{
    static const QRegularExpression re(QStringLiteral("^[a-z0-9._]{1,64}$"));
    return re.match(key).hasMatch();
}

Result<QString> SettingsService::lookup(const QString& key, bool* found) const
{
    *found = false;
    QSqlQuery q(m_db.connection());
    SW_TRY(execQuery(q, QStringLiteral("SELECT value FROM settings WHERE key = ? AND deleted = 0"), {key}));
    if (!q.next())
        return QString();
    *found = true;
    return q.value(0).toString();
}

QString SettingsService::value(const QString& key, const QString& defaultValue) const
{
    bool found = false;
    auto v = lookup(key, &found);
    return (v.ok() && found) ? *v : defaultValue;
}

int SettingsService::intValue(const QString& key, int defaultValue) const
{
    bool ok = false;
    const int v = value(key).trimmed().toInt(&ok);
    return ok ? v : defaultValue;
}

bool SettingsService::boolValue(const QString& key, bool defaultValue) const
{
    const QString v = value(key).trimmed().toLower();
    if (v == QLatin1String("1") || v == QLatin1String("true"))
        return true;
    if (v == QLatin1String("0") || v == QLatin1String("false"))
        return false;
    return defaultValue;
}

Result<QMap<QString, QString>> SettingsService::list() const
{
    QSqlQuery q(m_db.connection());
    SW_TRY(execQuery(q, QStringLiteral("SELECT key, value FROM settings WHERE deleted = 0 ORDER BY key")));
    QMap<QString, QString> out;
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toString());
    return out;
}

Status SettingsService::set(const QString& key, const QString& value)
{
    SW_TRY(requirePermission(m_actor, domain::Permission::ManageSettings));
    if (!isValidKey(key))
        return badKey();
    QSqlDatabase db = m_db.connection();
    auto tx = WriteTransaction::begin(db, m_actor, m_clock);
    if (!tx)
        return tx.error();
    QSqlQuery q(db);
    SW_TRY(execQuery(q, QStringLiteral("SELECT id FROM settings WHERE key = ? AND deleted = 0"), {key}));
    if (q.next()) {
        const QString id = q.value(0).toString();
        q.finish();
        SW_TRY(tx->update(QStringLiteral("settings"), id, {{QStringLiteral("value"), value}},
                          QStringLiteral("setting.change")));
    } else {
        q.finish();
        auto id = tx->insert(QStringLiteral("settings"),
                             {{QStringLiteral("key"), key}, {QStringLiteral("value"), value}},
                             QStringLiteral("setting.change"));
        if (!id)
            return id.error();
    }
    return tx->commit();
}

Status SettingsService::unset(const QString& key)
{
    SW_TRY(requirePermission(m_actor, domain::Permission::ManageSettings));
    if (!isValidKey(key))
        return badKey();
    QSqlDatabase db = m_db.connection();
    auto tx = WriteTransaction::begin(db, m_actor, m_clock);
    if (!tx)
        return tx.error();
    QSqlQuery q(db);
    SW_TRY(execQuery(q, QStringLiteral("SELECT id FROM settings WHERE key = ? AND deleted = 0"), {key}));
    if (!q.next())
        return {}; // already at its default
    const QString id = q.value(0).toString();
    q.finish();
    SW_TRY(tx->remove(QStringLiteral("settings"), id, QStringLiteral("setting.unset")));
    return tx->commit();
}

} // namespace sw::services
