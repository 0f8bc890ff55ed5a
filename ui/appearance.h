#pragma once

// Application-wide look: identity (names, version) and the UI font.

class QApplication;

namespace sw::ui {

// Organisation "Shopwarden", application "Shopwarden", display name 店务管家, version.
// Call before anything touches QSettings or QStandardPaths.
void setApplicationIdentity(QApplication& app);

// Uses "Noto Sans CJK SC" when installed so Han characters take their Simplified
// Chinese shapes (the generic CJK fallback often picks the Japanese forms).
// Returns whether the family was found.
bool applyApplicationFont(QApplication& app);

const char* applicationVersion();

} // namespace sw::ui
