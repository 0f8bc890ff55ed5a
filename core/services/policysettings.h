#pragma once

// The policies administrators set for every workstation are JSON values in rows of the
// synced `settings` table (AfterSalesPolicies, MerchantPolicies). These read and write one
// such row inside the caller's connection or write transaction.

#include "result.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace sw::services {

class WriteTransaction;

// The JSON object stored under `key`, or nullopt when it is unset, unreadable or not an
// object (the caller then uses its default).
std::optional<QJsonObject> readPolicyJson(QSqlDatabase db, const QString& key);
// Sets `key` (inserting the row the first time).
Status storePolicyJson(WriteTransaction& tx, const QString& key, const QJsonObject& json);
// Unsets `key` (no change when it is not set).
Status removePolicy(WriteTransaction& tx, const QString& key);

} // namespace sw::services
