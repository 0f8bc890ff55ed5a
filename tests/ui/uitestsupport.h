#pragma once

// Shared set-up for the widget tests: a throwaway QSettings store and test-mode
// standard paths, so no test reads or writes the developer's real configuration.

#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace swtest {

class IsolatedSettings
{
public:
    IsolatedSettings()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("ShopwardenTest"));
        QCoreApplication::setApplicationName(QStringLiteral("ShopwardenUiTest"));
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
        QSettings().clear();
    }
    bool isValid() const { return m_dir.isValid(); }
    QString path() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
};

// Argon2id runs off the GUI thread; waits for it without a fixed sleep.
constexpr int kSlowWorkTimeoutMs = 60000;

} // namespace swtest
