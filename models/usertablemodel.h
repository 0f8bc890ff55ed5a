#pragma once

// The users of the workstation as a table (admin's Users pane). Read-only: changes
// go through UserService, then the pane calls reload(). No SQL here — the model asks
// the service, which checks the actor's permission.

#include "result.h"
#include "services/userservice.h"

#include <QAbstractTableModel>
#include <QList>

namespace sw::models {

class UserTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Login, DisplayName, Roles, Team, Active, LastLogin, ColumnCount };
    enum DataRole {
        RawRole = Qt::UserRole + 1, // unformatted value for sorting (QString, bool, QDateTime)
        IdRole,                     // the user's id, on every column
    };

    // The service is owned by the caller and must outlive the model.
    explicit UserTableModel(services::UserService& service, QObject* parent = nullptr);

    // Fetches the users again. On failure the model keeps its previous rows.
    Status reload();

    services::UserInfo userAt(int row) const;   // default-constructed when out of range
    int rowOfUser(const QString& userId) const; // -1 when absent

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString rolesText(const QList<domain::Role>& roles);

private:
    QVariant displayValue(const services::UserInfo& user, int column) const;
    QVariant rawValue(const services::UserInfo& user, int column) const;

    services::UserService& m_service;
    QList<services::UserInfo> m_users;
};

} // namespace sw::models
