#pragma once

// Shared settings (the synced `settings` table): policies an administrator sets once
// for every workstation, e.g. SLA targets or approval limits. Reading is open to every
// signed-in user; changing needs ManageSettings and goes through WriteTransaction
// (outbox + audit). Workstation-local preferences (window geometry, language) do not
// belong here — they live in QSettings.
//
// Keys are declared next to the feature that uses them, with their default, e.g.
//     inline const SettingKey<int> kResolutionHours{"tickets.resolution_hours", 72};

#include "result.h"
#include "services/actor.h"

#include <QMap>
#include <QString>

namespace sw {
class Clock;
}
namespace sw::storage {
class Database;
}

namespace sw::services {

template <typename T> struct SettingKey
{
    const char* name;
    T defaultValue;
};

class SettingsService
{
public:
    SettingsService(storage::Database& db, Actor actor, const Clock* clock = nullptr);

    // Keys: 1–64 chars of lowercase letters, digits, '.', '_' (e.g. "tickets.sla_hours").
    static bool isValidKey(const QString& key);

    // The stored value, or defaultValue when the key is not set (or cannot be read).
    QString value(const QString& key, const QString& defaultValue = {}) const;
    int intValue(const QString& key, int defaultValue) const;    // default if not an integer
    bool boolValue(const QString& key, bool defaultValue) const; // "1"/"true" and "0"/"false"

    QString get(const SettingKey<QString>& key) const
    {
        return value(QString::fromLatin1(key.name), key.defaultValue);
    }
    int get(const SettingKey<int>& key) const
    {
        return intValue(QString::fromLatin1(key.name), key.defaultValue);
    }
    bool get(const SettingKey<bool>& key) const
    {
        return boolValue(QString::fromLatin1(key.name), key.defaultValue);
    }

    Result<QMap<QString, QString>> list() const; // every set key

    Status set(const QString& key, const QString& value); // ManageSettings
    Status setInt(const QString& key, int value) { return set(key, QString::number(value)); }
    Status setBool(const QString& key, bool value)
    {
        return set(key, value ? QStringLiteral("true") : QStringLiteral("false"));
    }
    Status unset(const QString& key); // back to the default; ManageSettings

private:
    Result<QString> lookup(const QString& key, bool* found) const;

    storage::Database& m_db;
    Actor m_actor;
    const Clock* m_clock;
};

} // namespace sw::services
