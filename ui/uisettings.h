#pragma once

// The desktop app's own QSettings keys and defaults, declared once (STYLE.md: typed
// settings in one place). These are per-user, per-workstation preferences; nothing
// secret is ever stored here. Shared business settings live in the database.

#include <QString>

namespace sw::ui::settings {

// "system" (default), "zh_CN" or "en". Read at start-up; a change takes effect on restart.
inline QString languageKey()
{
    return QStringLiteral("ui/language");
}
inline QString mainWindowGeometryKey()
{
    return QStringLiteral("ui/mainWindowGeometry");
}
inline QString mainWindowStateKey()
{
    return QStringLiteral("ui/mainWindowState");
}
// Pre-fills the login field; a login name is not a secret, the password never is stored.
inline QString lastLoginKey()
{
    return QStringLiteral("ui/lastLogin");
}
inline QString usersHeaderStateKey()
{
    return QStringLiteral("ui/usersPaneHeader");
}
// Tickets pane: visible columns, their order and widths; the splitter sizes.
inline QString ticketsHeaderStateKey()
{
    return QStringLiteral("ui/ticketsPaneHeader");
}
inline QString ticketsSplitterStateKey()
{
    return QStringLiteral("ui/ticketsPaneSplitter");
}

} // namespace sw::ui::settings
