#include "usertablemodel.h"

#include <QBrush>
#include <QLocale>
#include <QPalette>

namespace sw::models {

using services::UserInfo;

UserTableModel::UserTableModel(services::UserService& service, QObject* parent)
    : QAbstractTableModel(parent)
    , m_service(service)
{}

Status UserTableModel::reload()
{
    auto users = m_service.list();
    if (!users.ok())
        return users.error();
    beginResetModel();
    m_users = std::move(*users);
    endResetModel();
    return {};
}

UserInfo UserTableModel::userAt(int row) const
{
    if (row < 0 || row >= m_users.size())
        return {};
    return m_users.at(row);
}

int UserTableModel::rowOfUser(const QString& userId) const
{
    for (int row = 0; row < m_users.size(); ++row) {
        if (m_users.at(row).id == userId)
            return row;
    }
    return -1;
}

int UserTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_users.size());
}

int UserTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString UserTableModel::rolesText(const QList<domain::Role>& roles)
{
    QStringList names;
    for (domain::Role role : domain::allRoles()) {
        if (roles.contains(role))
            names << domain::roleDisplayName(role);
    }
    // The Chinese enumeration comma reads naturally in both languages' UI here.
    return names.join(QStringLiteral("、"));
}

QVariant UserTableModel::displayValue(const UserInfo& user, int column) const
{
    switch (column) {
    case Login:
        return user.login;
    case DisplayName:
        return user.displayName;
    case Roles:
        return rolesText(user.roles);
    case Team:
        return user.teamName;
    case Active:
        return user.active ? tr("Active") : tr("Inactive");
    case LastLogin:
        return user.lastLoginAt.isValid()
                   ? QLocale().toString(user.lastLoginAt.toLocalTime(), QLocale::ShortFormat)
                   : tr("Never", "last sign-in");
    }
    return {};
}

QVariant UserTableModel::rawValue(const UserInfo& user, int column) const
{
    switch (column) {
    case Login:
        return user.login;
    case DisplayName:
        return user.displayName;
    case Roles:
        return rolesText(user.roles);
    case Team:
        return user.teamName;
    case Active:
        return user.active;
    case LastLogin:
        return user.lastLoginAt; // null (never) sorts first
    }
    return {};
}

QVariant UserTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const UserInfo& user = m_users.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(user, index.column());
    case Qt::ToolTipRole:
        if (user.lockedUntil.isValid()) {
            return tr("Locked after failed sign-ins until %1.")
                .arg(QLocale().toString(user.lockedUntil.toLocalTime(), QLocale::ShortFormat));
        }
        return {};
    case Qt::ForegroundRole:
        // Inactive users stay listed (they can be reactivated) but recede.
        if (!user.active)
            return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
        return {};
    case RawRole:
        return rawValue(user, index.column());
    case IdRole:
        return user.id;
    default:
        return {};
    }
}

QVariant UserTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Login:
        return tr("Login");
    case DisplayName:
        return tr("Name");
    case Roles:
        return tr("Roles");
    case Team:
        return tr("Team");
    case Active:
        return tr("Status", "active or inactive");
    case LastLogin:
        return tr("Last sign-in");
    }
    return {};
}

} // namespace sw::models
